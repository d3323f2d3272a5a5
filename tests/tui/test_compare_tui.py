"""Pilot tests: the comparison screen (C in the library), story and outlet actions."""

from __future__ import annotations

from annotations import AnnotationStore
from annotations.compare import registry
from tests.compare_kit import story_store
from tests.tui.helpers import make_app, screen_text
from tui.screens.compare import CompareScreen
from tui.screens.library import LibraryScreen


def _store(tmp_path):
    return story_store(tmp_path / "s.db")


async def _computed(pilot, screen: CompareScreen) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert screen.report is not None


def _rows(screen, tid):
    from textual.widgets import DataTable

    t = screen.query_one(f"#{tid}", DataTable)
    return [[str(c) for c in t.get_row_at(i)] for i in range(t.row_count)]


async def test_compare_screen_from_the_cursors_story(tmp_path):
    path, arts = _store(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("C")
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.targets == ["valdai"]
        await _computed(pilot, screen)
        text = screen_text(app)
        assert "Story valdai · 2 articles · tags of ana" in text
        assert "Quotes per speaker and outlet" in text
        speakers = _rows(screen, "table-speakers")
        assert speakers[0] == ["Vladimir Putin", "official", "1q 32w", "3q 50w"]
        assert ["Mark Esper", "official", "— omitted", "1q 12w"] in speakers
        assert _rows(screen, "table-outlets")[0][:3] == ["Voennoye Obozreni…", "4", "5"]
        await pilot.press("right")  # the Statements tab
        await pilot.pause()
        shared = _rows(screen, "table-shared")
        assert [r[1:4] for r in shared] == [["Zhao Lijian", "proposed", "2"],
                                            ["Vladimir Putin", "proposed", "2"]]
        screen.query_one("#table-shared").focus()
        await pilot.press("down", "a")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [r[1:3] for r in _rows(screen, "table-shared")] == [  # accepted: score 1
            ["Vladimir Putin", "accepted"], ["Zhao Lijian", "proposed"]]
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
    with AnnotationStore(path) as s:
        linked = [t for t in s.tags(kind="quote") if t.links]
        assert sorted(t.anchor.article_id for t in linked) == sorted([arts["ru"].id,
                                                                      arts["us"].id])


async def test_readers_tab_shows_stances_and_paragraph_reactions(tmp_path):
    from tui.screens.reader import ReaderScreen

    path, arts = _store(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 50)) as pilot:
        await pilot.press("C")
        screen = app.screen
        await _computed(pilot, screen)
        screen.query_one("#compare-tabs").active = "tab-readers"
        await pilot.pause()
        assert _rows(screen, "table-readers") == [["Voennoye Obozreni…", "12", "4", "4"],
                                                  ["Newsweek", "0", "0", "0"]]
        text = screen_text(app)
        assert "Stance polarity per thread and target" in text
        assert "Voennoye Obozreniye: mili" in text
        rows = _rows(screen, "table-reactions")  # the comments that quote or echo a paragraph
        assert [r[1:3] for r in rows] == [["1", "steelmaker"], ["2", "Dear sofa exper…"]]
        assert rows[1][3] == "Found someone to offer a military allia…"
        screen.query_one("#table-reactions").focus()
        await pilot.press("down", "enter")  # opens the thread at the comment
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.article_ids == [arts["ru"].id]
        assert reader.sides[0].tree.current_id == "4.2"


async def test_mark_add_to_story_and_outlet_form(tmp_path, ru_article, us_article):
    app = make_app(tmp_path / "s.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("space", "space")  # both seeds marked
        assert app.screen.marked == [ru_article.id, us_article.id]
        await pilot.press("S")
        await pilot.pause()
        await pilot.press(*"my story", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.marked == []
        await pilot.press("home", "O")
        await pilot.pause()
        await pilot.press(*"[b]RT[/b]", "tab", *"RU", "tab", "tab", *"Russian media", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("C")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen) and app.screen.targets == ["my story"]
        arts = app.screen.report["articles"]
        assert [(a["outlet"], a["group"]) for a in arts] == [("[b]RT[/b]", "Russian media"),
                                                             ("Newsweek", "Newsweek")]
    with AnnotationStore(tmp_path / "s.db") as s:
        reg = registry.read(s)
        assert reg.stories == {"my story": [ru_article.id, us_article.id]}
        assert reg.article_outlets == {ru_article.id: "[b]RT[/b]"}


async def test_tag_browser_filters_sorts_and_opens_the_reader_at_the_tag(tmp_path):
    from tui.screens.reader import ReaderScreen
    from tui.screens.tag_browser import TagBrowserScreen

    path, arts = _store(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("T")
        screen = app.screen
        assert isinstance(screen, TagBrowserScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "18 of 18 tags · sorted by position" in screen_text(app)
        await pilot.press(*"kind:quote speaker:putin")
        await pilot.pause()
        assert [r[1] for r in _rows(screen, "browser-table")] == [
            "Vladimir Putin", "Putin", "Vladimir Putin", "President Putin"]
        await pilot.press(*" group:\"US press\" princ")
        await pilot.pause()
        assert [r[1] for r in _rows(screen, "browser-table")] == ["President Putin"]
        tag_id = screen.tags.rows[screen.matches[0]]["id"]
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.article_ids == [arts["us"].id]
        body = reader.sides[0].body
        tag = app.store.get(tag_id)
        assert body.selected_text == tag.anchor.exact
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen is screen
        screen.query_one("#browser-query").value = ""
        screen.table.focus()
        await pilot.press("s")  # position -> kind
        assert screen.sort == "kind"
        assert [r[0] for r in _rows(screen, "browser-table")][:3] == ["claim"] * 3


async def test_comment_browser_lists_one_authors_comments(tmp_path):
    path, _arts = _store(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("T")
        screen = app.screen
        await app.workers.wait_for_complete()
        screen.table.focus()
        await pilot.press("c")
        await pilot.press("slash", *"author:boriz")
        await pilot.pause()
        assert [r[0] + " " + r[2] for r in _rows(screen, "browser-table")] == [
            "boriz 2.1", "boriz 4.1"]
        assert "2 of 12 comments" in screen_text(app)
        await pilot.press("down", "down", "enter")  # the list, its second row: 4.1
        await pilot.pause()
        await pilot.pause()
        from tui.screens.reader import ReaderScreen

        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.sides[0].tree.current_id == "4.1"


async def test_library_filter_shows_a_storys_members(tmp_path, ru_article):
    from annotations.store import AnnotationStore as Store

    path = tmp_path / "s.db"
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    with Store(path) as s:
        registry.add_to_story(s, "Valdai remarks", [ru_article.id])
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"valdai")
        await pilot.pause()
        assert [r.id for r in app.screen.table.rows] == [
            ru_article.id]


async def test_hostile_names_are_shown_as_text(tmp_path):
    from annotations.model.models import Quote

    path, arts = _store(tmp_path)
    hostile = "[@click=app.quit]x[/] \x1b]52;c;cHduZWQ=\x07"
    with AnnotationStore(path) as s:
        q = next(t for t in s.tags(kind="quote") if t.speaker == "Li Lifan")
        s.add(Quote(anchor=q.anchor, speaker=hostile, speaker_role="[/]", annotator="ana"))
        registry.set_outlet(s, "[b]Evil[/b]", group="[/]", articles=[arts["us"].id])
    app = make_app(path)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("C")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert screen.report is not None
        text = screen_text(app)
        assert "[b]Evil[/b]" in text and "[@click=app.quit]x[/]" in text
        assert "\x1b" not in text
        await pilot.click("#table-speakers", offset=(3, 3))
        assert app.is_running


def test_the_keymap_knows_the_comparison_and_browser_bindings():
    """In a fresh process (here other tests import the screens): the warm-up loads them, so
    a keymap entry such as ``compare.accept`` is not called unknown."""
    import subprocess
    import sys

    code = ("import tui.app as a; a._import_reader_modules(); ids = a.known_binding_ids(); "
            "print(sorted(i for i in ids if i.split('.')[0] in ('compare', 'browser', "
            "'fields')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == str(["browser.back", "browser.comments", "browser.query",
                               "browser.sort", "compare.accept", "compare.back",
                               "compare.recompute", "fields.cancel"])


async def test_long_tables_are_cut_with_a_note(tmp_path, monkeypatch):
    import tui.screens.compare as compare_screen

    monkeypatch.setattr(compare_screen, "ROWS_SHOWN", 3)
    path, _arts = _store(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("C")
        screen = app.screen
        await _computed(pilot, screen)
        assert len(_rows(screen, "table-unshared")) == 3
        screen.query_one("#compare-tabs").active = "tab-statements"
        await pilot.pause()
        assert "first 3 of 7 rows shown · threadmark compare --csv DIR writes them all" in \
            screen_text(app)
