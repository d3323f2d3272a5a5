"""Pilot tests of tagging: quote, stance, claim on the first seed; restart, edit, delete, undo."""

from __future__ import annotations

from annotations import AnnotationStore
from tests.conftest import RU_SEED
from tests.tui.helpers import (
    make_app,
    messages,
    press_written,
    screen_text,
    screen_words,
    wait_until,
)
from tui.kind_colours import palette
from tui.screens.reader import ReaderScreen
from tui.screens.tag_form import TagForm
from tui.screens.tags import TagsScreen

PUTIN = ("Time will tell how our relationship will develop further. So far we have not set "
         "these goals for ourselves, but in principle we do not exclude such a possibility. So "
         "let's see")
BORIZ = ("And Putin does not really want to associate himself with an alliance with China: in "
         "the near foreseeable future, Russia and China are competitors.")
CLAIM = ("He also noted that China is still part of the Non-Aligned Movement, a group of 120 "
         "developing countries in the world that are not formally associated with any major "
         "military bloc.")


async def quote_putin(pilot):
    """Select the Putin statement (a paragraph), tag it as a quote, accept the guesses."""
    await pilot.press("right_curly_bracket", "V", "q")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def tag_three(app, pilot):
    """Tag the Putin quote, boriz's stance and Li Lifan's claim, checking the form each time."""
    screen = app.screen
    side = screen.sides[0]
    # 1. quote: the Putin statement; the paragraph in one key, then q + enter
    await pilot.press("right_curly_bracket", "V")
    assert side.body.text_for(*side.body.selected_range()) == PUTIN
    await pilot.press("q")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, TagForm)
    assert form.query_one("#f-speaker").value == "Vladimir Putin"
    assert form.query_one("#f-speaker_role").value == "Russian president"
    assert form.query_one("#f-cue").value == "- said"
    await pilot.press("enter")
    await pilot.pause()
    assert app.screen is screen
    # 2. stance in comment 4.1 (boriz), against the alliance
    await pilot.press("tab", *["right_square_bracket"] * 3, "j")
    assert side.tree.current_id == "4.1"
    await pilot.press("enter", "slash", *"and putin", "enter", "v")
    assert side.comment_view.text_for(*side.comment_view.selected_range()) == BORIZ
    await pilot.press("s")
    await pilot.pause()
    form = app.screen
    assert form.query_one("#f-holder").value == "boriz"
    assert app.focused is form.query_one("#f-target")
    # a missing required field: inline message, nothing saved, form stays
    await pilot.press("enter")
    await pilot.pause()
    assert app.screen is form and len(app.store) == 1
    assert "target" in str(form.query_one("#form-error").render())
    await pilot.press(*"Russia-China military alliance", "tab", "a")  # a: against
    await pilot.pause()
    assert form.query_one("#f-polarity").value == "against"
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert app.screen is screen
    # 3. claim in the article
    await pilot.press("tab", "slash", *"he also noted", "enter", "v", "c")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, TagForm) and form.kind == "claim"
    assert form.query_one("#f-claimant").value == "Li Lifan"  # his indirect speech
    await pilot.press("enter")
    await pilot.pause()
    assert app.screen is screen


async def test_tag_restart_edit_delete_undo(tmp_path, ru_article):
    store = tmp_path / "s.db"
    app = make_app(store, open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await tag_three(app, pilot)
        tags = app.store.tags(article_id=ru_article.id)
        assert [(t.kind, t.anchor.part, t.anchor.exact) for t in tags] == [
            ("quote", "body", PUTIN), ("claim", "body", CLAIM), ("stance", "4.1", BORIZ)]
        q, c, s = tags
        assert (q.speaker, q.speaker_role, q.annotator) == (
            "Vladimir Putin", "Russian president", "ana")
        assert (s.holder, s.target, s.polarity) == (
            "boriz", "Russia-China military alliance", "against")
        assert "quotes 1 · stances 1 · claims 1" in screen_text(app)

    # restart on the same store: all three highlighted and listed
    app = make_app(store, open_paths=[RU_SEED], annotator="bo")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        side = app.screen.sides[0]
        spans = {(sp.kind, sp.start, sp.end) for sp in side.body.tag_spans}
        assert spans == {("quote", q.anchor.start, q.anchor.end),
                         ("claim", c.anchor.start, c.anchor.end)}
        assert side.tree.tagged == {"4.1"}
        await pilot.press("tab", *["right_square_bracket"] * 3, "j")
        await wait_until(pilot, lambda: side.shown_comment == side.tree.current_id,
                         "the comment pane shows the cursor's comment")
        assert [(sp.kind, sp.start) for sp in side.comment_view.tag_spans] == [
            ("stance", s.anchor.start)]
        # the highlight is drawn: the quote's first line carries the quote background
        line = side.body.get_line(side.body.location_of(side.body.to_display(324))[0])
        quote_bg = palette(app).tags["quote"].bgcolor
        assert any(span.style.bgcolor == quote_bg for span in line.spans)

        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, TagsScreen), "the tags panel")
        panel = app.screen
        assert isinstance(panel, TagsScreen) and panel.table.row_count == 3
        assert "quotes 1 · stances 1 · claims 1" in screen_text(app)
        # edit the quote's role
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, TagForm), "the tag form")
        assert isinstance(app.screen, TagForm) and app.screen.editing.sid == q.sid
        await pilot.press("tab", "end", *" at Valdai", "enter")
        # the edit is saved in the app's write queue: the form closes once it is durable
        await wait_until(pilot, lambda: app.screen is panel, "the form closed after its save")
        assert app.store.get(q.id).speaker_role == "Russian president at Valdai"
        assert app.store.get(q.id).annotator == "ana"  # the author of the tag is kept
        # delete the claim, then undo
        await press_written(pilot, "down", "d")
        assert app.store.get(c.id) is None and panel.table.row_count == 2
        await press_written(pilot, "u")
        assert app.store.get(c.id) == c and panel.table.row_count == 3
        # filter by kind
        await pilot.press("2")
        assert panel.table.row_count == 1
        await pilot.press("0")
        # jump: enter on the stance shows its span in the comment pane
        await pilot.press("end", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert app.focused is side.comment_view and side.tree.current_id == "4.1"
        assert side.comment_view.text_for(*side.comment_view.selected_range()) == BORIZ
    with AnnotationStore(store) as st:
        assert len(st) == 3 and st.get(q.id).speaker_role.endswith("at Valdai")
        # the undo history survived the restart: the delete was undone, the edit is next
        assert st.undo().action == "edit"
        assert st.get(q.id).speaker_role == "Russian president"


async def test_copy_selection_and_citation_headless(tmp_path, monkeypatch):
    import pyperclip

    def no_clipboard(text):
        raise pyperclip.PyperclipException("no clipboard")

    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v", "y")
        assert app.clipboard.startswith("On Friday, October 23,") and app.clipboard.endswith(
            "such an alliance.")
        assert any("OSC 52" in m for m in messages(app))
        await quote_putin(pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard == (f"“{PUTIN}” — Vladimir Putin, China reacted to Putin's words "
                                 "about a possible military alliance between Moscow and Beijing")


async def test_link_two_tags_and_redo(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await quote_putin(pilot)
        await pilot.press("left_curly_bracket", "v", "c")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("l", "down", "l")
        claim, quote = app.store.tags(kind="claim")[0], app.store.tags(
            kind="quote")[0]
        assert claim.links == [quote.id] and quote.links == [claim.id]
        assert "↔1" in screen_text(app)
        await press_written(pilot, "u")  # one step undoes both ends
        assert app.store.get(quote.id).links == [] and app.store.get(claim.id).links == []
        await press_written(pilot, "ctrl+r")
        assert app.store.get(claim.id).links == [quote.id]
        assert app.store.get(quote.id).links == [claim.id]


async def test_tag_sentence_under_cursor_without_selection(tmp_path, ru_article):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, TagForm)
        assert app.screen.anchor.exact == ru_article.body[:ru_article.body.index(" The Chinese")]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and len(app.store) == 0


async def test_escape_clears_selection_then_goes_back(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = app.screen.sides[0].body
        await pilot.press("v", "v")
        s, e = body.selected_range()
        assert body.text_for(s, e).endswith("reaction to Putin's words.")
        await pilot.press("shift+left", "shift+left", "shift+left", "W")  # "...Putin's wor"
        assert body.text_for(*body.selected_range()).endswith("reaction to Putin's words")
        await pilot.press("escape")
        assert body.selected_range() is None and isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        assert type(app.screen).__name__ == "LibraryScreen"


async def test_export_from_the_tui(tmp_path, monkeypatch):
    import json

    from tui.screens.export import ExportScreen

    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await quote_putin(pilot)
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        box = app.screen.query_one("#export-path")
        target = tmp_path / "out.json"
        box.value = ""
        # tab: from the format to the file; typed relative to the working folder (tmp_path),
        # each key costing a Pilot idle wait
        await pilot.press("tab", *target.name, "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        doc = json.loads(target.read_text(encoding="utf-8"))
        assert doc["format"] == "threadmark-export"
        assert [a["speaker"] for a in doc["annotations"]] == ["Vladimir Putin"]
        assert any(f"Wrote {target.name} (json" in m for m in messages(app))


async def test_tag_whole_comment_from_the_tree(tmp_path, ru_article):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab", *["right_square_bracket"] * 3, "j", "s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        assert form.anchor.part == "4.1" and form.anchor.exact == ru_article.comment("4.1").text
        assert form.query_one("#f-holder").value == "boriz"


async def test_orphans_listed_in_tags_panel(tmp_path, ru_article):
    from annotations import Anchor, AnnotationStore, Claim

    store = tmp_path / "s.db"
    gone = "a group of 120 developing countries in the world"
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        i = ru_article.body.index(gone)
        s.add(Claim(anchor=Anchor.for_span(ru_article, "body", i, i + len(gone)),
                    annotator="ana"))
    edited = tmp_path / "edited.txt"
    edited.write_text(RU_SEED.read_text(encoding="utf-8").replace(", " + gone, ""),
                      encoding="utf-8")
    app = make_app(store, open_paths=[edited])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert any("0 tag(s) re-anchored, 1 orphaned" in m for m in messages(app))
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.table.row_count == 1
        row = [str(c) for c in app.screen.table.get_row_at(0)]
        assert row[3] == "ORPHAN article"
        assert "ORPHAN: left on an earlier version" in screen_text(app)
        assert row[2] == "a group of 120 developing countries in the world"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any("not in this version" in m for m in messages(app))


async def test_theme_choice_is_saved(tmp_path, monkeypatch):
    import json

    from annotations.settings import settings_path

    app = make_app(tmp_path / "s.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.theme = "nord"
        await pilot.pause()
    assert json.loads(settings_path().read_text())["theme"] == "nord"
    app = make_app(tmp_path / "s.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "nord"


async def test_locked_store_then_read_only(tmp_path, ru_article):
    from annotations import AnnotationStore

    store = tmp_path / "s.db"
    with AnnotationStore(store) as other:  # another threadmark holds the store
        other.add_article(ru_article)
        app = make_app(store)
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: "in use by another threadmark" in screen_words(app),
                             "the lock's message")
            assert "--read-only" in screen_words(app)
        app = make_app(store, open_paths=[RU_SEED], readonly=True)
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: "READ-ONLY" in screen_text(app), "the read-only mark")
            assert isinstance(app.screen, ReaderScreen)
            await pilot.press("right_curly_bracket", "V", "q")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, TagForm)
            assert "read-only" in str(form.query_one("#form-error").render())
            await pilot.press("escape", "u")
            await pilot.pause()
            assert app.is_running
        assert len(other) == 0
