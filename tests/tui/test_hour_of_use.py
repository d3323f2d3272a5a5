"""What an hour of real use turned up (#15): forms, escape, status, search, export, settings."""

from __future__ import annotations

import json

from annotations import AnnotationStore
from annotations.text.nav import snap_to_words
from tests.conftest import RU_SEED, US_SEED
from tests.tui.helpers import make_app, messages, press_written, screen_text, wait_until
from tui.screens.export import ExportScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.screens.tag_form import TagForm
from tui.screens.tags import TagsScreen
from tui.widgets.choice import Choice


async def test_stance_on_unknown_outlet_leaves_holder_empty(tmp_path):  # 3
    text = "A title\n\nA paragraph that takes a side on the question of the day.\n"
    art = tmp_path / "a.txt"
    art.write_text(text)
    app = make_app(tmp_path / "s.db", open_paths=[art])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("V", "s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        assert form.query_one("#f-holder").value == ""  # never "the outlet"
        assert app.focused is form.query_one("#f-holder")


async def test_validation_message_goes_once_the_field_changes(tmp_path):  # 4
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("V", "q")
        await pilot.pause()
        form = app.screen
        form.query_one("#f-speaker").value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert "speaker: String should have at least 1 character" in str(
            form.query_one("#form-error").render())
        assert app.focused is form.query_one("#f-speaker")
        await press_written(pilot, "X")
        await pilot.pause()
        assert str(form.query_one("#form-error").render()) == ""


async def test_status_line_follows_the_tags_panel_and_the_focus(tmp_path):  # 5
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        await pilot.press("right_curly_bracket", "V", "q")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "quotes 1 ·" in str(reader.query_one("#status").render())
        await pilot.press("a")
        await pilot.pause()
        await press_written(pilot, "d")
        await pilot.pause()
        assert isinstance(app.screen, TagsScreen)
        assert "quotes 0 ·" in str(reader.query_one("#status").render())  # at once
        await pilot.press("escape")
        await pilot.press("slash", *"putin", "enter")
        await pilot.pause()
        # the cursor sits after the quote: the next match is the 3rd of 5 in the body
        assert "3/5 matches for 'putin'" in str(reader.query_one("#status").render())
        await pilot.press("n")
        assert "4/5 matches for 'putin'" in str(reader.query_one("#status").render())  # 18
        await pilot.press("tab")
        await pilot.pause()
        assert "matches" not in str(reader.query_one("#status").render())


def test_snap_to_words_keeps_apostrophes():  # 6
    text = "a sign of the Kremlin's goodwill, don’t 'quote'"
    i = text.index("Krem")
    assert text[slice(*snap_to_words(text, i, i + 4))] == "Kremlin's"
    j = text.index("n’t")
    assert text[slice(*snap_to_words(text, j, j + 1))] == "don’t"
    k = text.index("quote")
    assert text[slice(*snap_to_words(text, k + 1, k + 2))] == "quote"


async def test_unknown_keymap_id_and_theme_are_named_at_start(tmp_path, monkeypatch):  # 8
    cfg = tmp_path / "config" / "settings.json"
    cfg.parent.mkdir(parents=True)
    cfg.write_text(json.dumps({"theme": "no-such-theme",
                               "keymap": {"reader.tags": "t", "reader.nope": "x"}}))
    app = make_app(tmp_path / "s.db")
    async with app.run_test(size=(120, 40)) as pilot:
        # the keymap is checked once the warm-up worker (started after the first frame) ends
        await wait_until(pilot, lambda: any("keymap" in m for m in messages(app)),
                         "the keymap check")
        shown = messages(app)
        assert any("theme 'no-such-theme' is not a theme here" in m for m in shown)
        keymap = [m for m in shown if "keymap" in m]
        assert keymap == ["settings: keymap 'reader.nope': no such binding id (? lists them); "
                          "ignored"]


async def test_enter_saves_from_a_choice_and_focus_starts_where_typing_does(tmp_path):  # 10
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab", "s")  # the whole first comment: holder is its author
        await pilot.pause()
        form = app.screen
        assert app.focused is form.query_one("#f-target")
        await pilot.press(*"the alliance", "tab")
        polarity = form.query_one("#f-polarity", Choice)
        assert app.focused is polarity
        await pilot.press("f")  # first letter
        assert polarity.value == "favor"
        await pilot.press("right")
        assert polarity.value == "against"
        await pilot.press("enter")  # saves: does not open a list
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        (t,) = list(app.store)
        assert (t.holder, t.target, t.polarity) == ("goncharov.62", "the alliance", "against")


async def test_escape_steps_back_one_level(tmp_path):  # 11
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        side = reader.sides[0]
        await pilot.press("tab", "enter")  # read the first comment
        assert app.focused is side.comment_view
        await pilot.press("escape")
        assert app.focused is side.tree
        await pilot.press("escape")
        assert app.focused is side.body
        await pilot.press("v", "escape")  # a selection is cleared first
        assert app.screen is reader and side.body.selected_range() is None
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_export_default_path_confirmation_and_articles(tmp_path, ru_article):  # 14
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        path = dialog.query_one("#export-path").value
        assert path.startswith(str(tmp_path / "exports" / "threadmark-"))
        target = tmp_path / "exports" / "old.json"
        target.parent.mkdir(exist_ok=True)
        target.write_text("keep me")
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert "exists: enter again replaces it" in str(dialog.query_one("#export-error").render())
        assert target.read_text() == "keep me"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert json.loads(target.read_text())["format"] == "threadmark-export"


def test_with_articles_restores_everything_into_an_empty_store(tmp_path, capsys):  # 14
    from tui.cli import main

    store = tmp_path / "a.db"
    assert main(["import", "--store", str(store), str(RU_SEED), str(US_SEED)]) == 0
    from tests.factories import make_tags

    with AnnotationStore(store) as s:
        ru, us = s.articles()
        s.add_many(make_tags(ru, us))
    out = tmp_path / "all.json"
    assert main(["export", "--store", str(store), "--with-articles", "-o", str(out)]) == 0
    assert main(["export", "--store", str(store), "-o", str(out)]) == 2  # exists: no --force
    capsys.readouterr()
    empty = tmp_path / "empty.db"
    assert main(["import-annotations", "--store", str(empty), str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        "added 4, skipped 0, conflicts 0, rejected 0, articles 2")
    with AnnotationStore(empty) as a, AnnotationStore(store) as b:
        assert [x.id for x in a.articles()] == [x.id for x in b.articles()]
        assert sorted(t.sid for t in a) == sorted(t.sid for t in b)
        assert a.articles()[0].comment_count() == 12


async def test_read_only_form_says_so_when_it_opens(tmp_path):  # 16
    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:
        from annotations.sources.loader import load_article

        s.add_article(load_article(RU_SEED).article)
    app = make_app(store, readonly=True, open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("V", "q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        assert "READ-ONLY" in str(form.query_one("#form-error").render())
        assert "READ-ONLY" in screen_text(app)


async def test_thread_search_highlights_in_the_comment_pane(tmp_path):  # 18
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        side = app.screen.sides[0]
        await pilot.press("tab", "slash", *"china", "enter")
        await wait_until(pilot, lambda: side.shown_comment == side.tree.current_id,
                         "the comment pane shows the cursor's comment")
        assert side.tree.matches
        status = str(app.screen.query_one("#status").render())
        # 4 comments hold 6 occurrences (1, "Chinatowns" 1, 1, 3): the thread steps by comment
        # and says both (#29 item 14)
        assert side.tree.match_position() == (1, 4) and side.tree.occurrences == 6
        assert "comment 1/4 · 6 matches for 'china'" in status
        await pilot.press("n")
        assert "comment 2/4 · 6 matches for 'china'" in str(
            app.screen.query_one("#status").render())
        assert side.comment_view.match_count >= 1  # the open comment shows its matches


async def test_tags_panel_columns_stay_put_at_160_columns(tmp_path):  # 7
    other = tmp_path / "ru-copy.txt"
    other.write_text(RU_SEED.read_text(encoding="utf-8").replace("Time will tell", "Time tells"))
    app = make_app(tmp_path / "s.db", open_paths=[other, RU_SEED], seed_if_empty=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("right_curly_bracket", "V", "q")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("V", "c")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        panel = app.screen
        widths = [c.width for c in panel.table.columns.values()]
        await pilot.press("l", "down", "l")  # link the two tags
        await pilot.pause()
        assert [c.width for c in panel.table.columns.values()] == widths
        text = screen_text(app)
        assert "quote ↔1" in text and "claim ↔1" in text
        assert text.count("A article") == 2  # not clipped
        assert "▉" not in text  # no horizontal scrollbar: the columns fit


async def test_help_groups_keys_with_ids_and_hides_editing_keys(tmp_path):  # 12
    from tui.screens.help import HelpScreen

    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = help_screen.rows
        descriptions = {r[2] for r in rows}
        for editing in ("Cut", "Paste", "Delete line", "Delete character left"):
            assert editing not in descriptions
        assert [r[1] for r in rows if r[2] == "Undo"] == ["u"]  # ours only, not ^z
        ids = {r[4] for r in rows}
        assert {"reader.tags", "passage.snap-words", "app.quit"} <= ids
        groups = [r[0] for r in rows]
        assert groups == sorted(groups, key=["reader", "passage", "tree", "library", "tags",
                                             "form", "export", "app"].index)
        box = [ln[ln.index("█") + 1: ln.rindex("█")] for ln in screen_text(app).splitlines()
               if ln.count("█") >= 2]  # the help box, between its borders
        shown = [ln.strip() for ln in box if ln.strip(" ▀▄▂▅")]
        assert "Reader: panes, views, search, tags, history" in shown[2]
        # at 80 columns the explanations wrap as sentences, not one word per line
        single = [ln for ln in shown if len(ln.split()) == 1]
        assert len(single) <= 1, single


async def test_article_pane_brings_its_cursor_back_after_a_resize(tmp_path):  # 17
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = app.screen.sides[0].body
        await pilot.press(*["right_curly_bracket"] * 9)
        await pilot.resize_terminal(70, 14)
        await pilot.pause()
        await pilot.pause()
        y = body.wrapped_document.location_to_offset(body.cursor_location).y
        top = body.scroll_offset.y
        assert top <= y < top + body.scrollable_content_region.height


async def test_reply_counts_are_direct_with_the_thread_total(tmp_path):  # 9
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(160, 40)) as pilot:
        # the tree's rows are laid out at the screen's full width once the reader is shown
        await wait_until(pilot, lambda: any("▾ Vladimir Tuzakov" in ln and "reply" in ln
                                            for ln in screen_text(app).splitlines()),
                         "Tuzakov's row with its reply count")
        lines = screen_text(app).splitlines()
        tuzakov = next(ln for ln in lines if "▾ Vladimir Tuzakov" in ln)
        assert "  1 reply (2 in thread)" in tuzakov  # 3 has one reply, which has one
        goncharov = next(ln for ln in lines if "▾ goncharov.62" in ln)
        assert "  1 reply " in goncharov and "in thread" not in goncharov


async def test_export_dialog_saves_with_enter_from_the_format_choice(tmp_path):  # 10
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        target = tmp_path / "out.json"
        dialog.query_one("#export-path").value = str(target)
        # focus starts on the format choice (#29 item 2)
        assert app.focused is dialog.query_one("#export-format", Choice)
        await pilot.press("c", "enter")  # c: csv; enter exports (no list opens)
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = target.with_suffix(".csv")
        assert written.read_text().startswith("id,kind,article_id")
        assert not isinstance(app.screen, ExportScreen)
