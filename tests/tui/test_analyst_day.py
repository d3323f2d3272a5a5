"""An analyst's day without traps (#29): the TUI's items, each with the trap it removes."""

from __future__ import annotations

from pathlib import Path

from annotations import Anchor
from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, messages, press_written, screen_text, wait_until
from tui.screens.tag_form import TagForm


async def test_saving_from_the_form_names_the_speaker_or_holder(tmp_path):  # 17
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right_curly_bracket", "V", "q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        form.query_one("#f-speaker").value = "Shi Yinhong"
        await press_written(pilot, "enter")
        await wait_until(pilot, lambda: "Saved quote (Shi Yinhong)" in messages(app),
                         "the quote saved")
        await pilot.press("V", "s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        form.query_one("#f-holder").value = "the expert"
        form.query_one("#f-target").value = "the alliance"
        form.query_one("#f-polarity").value = "against"
        await press_written(pilot, "enter")
        await wait_until(pilot, lambda: "Saved stance (the expert)" in messages(app),
                         "the stance saved")
        assert not [m for m in messages(app) if "s.db" in m]


async def test_stance_form_with_holder_and_target_filled_starts_on_polarity(tmp_path):  # 8
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        side = app.screen.sides[0]
        await pilot.press("tab", "s")  # the first comment: holder is its author
        await pilot.pause()
        form = app.screen
        assert app.focused is form.query_one("#f-target")
        await pilot.press(*"the alliance", "tab", "f")
        await press_written(pilot, "enter")
        await pilot.pause()
        side.tree.focus()
        await pilot.press("j", "s")  # the next comment: its author, the last target
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        assert (form.query_one("#f-holder").value, form.query_one("#f-target").value) == (
            "passing by", "the alliance")
        polarity = form.query_one("#f-polarity")
        assert app.focused is polarity
        await pilot.press("n")
        assert polarity.value == "neutral"
        assert form.query_one("#f-target").value == "the alliance"
        # a text field's value is not selected on focus: a key adds to it, never replaces it
        await pilot.press("shift+tab")
        assert app.focused is form.query_one("#f-target")
        await pilot.press("end", "s")
        assert form.query_one("#f-target").value == "the alliances"


async def test_export_dialog_letters_choose_the_format_never_replace_the_path(tmp_path,
                                                                              monkeypatch):  # 2
    from datetime import date

    from tui.screens import export
    from tui.screens.export import ExportScreen

    class Day(date):  # the file name's day, fixed: a run across midnight names the same file
        @classmethod
        def today(cls):
            return cls(2026, 3, 4)

    monkeypatch.setattr(export, "date", Day)
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        path = dialog.query_one("#export-path")
        await pilot.press("c")  # c: csv, and the file name follows
        assert dialog.query_one("#export-format").value == "csv"
        expected = tmp_path / "exports" / "threadmark-20260304.csv"
        assert path.value == str(expected)
        await pilot.press("tab", "x")  # in the file field a key adds to the path
        assert path.value == str(expected) + "x"
        await pilot.press("backspace", "enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, ExportScreen),
                         "the export dialog closes")
        assert expected.read_text().startswith("id,kind,article_id")
        assert [p.name for p in expected.parent.iterdir()] == [expected.name]
        assert not (Path.cwd() / "c").exists() and not (Path.cwd() / "x").exists()


async def test_export_dialog_closes_after_its_writer_finished_not_from_inside_it(tmp_path,
                                                                                   monkeypatch):
    """A writer that closed its own dialog was cancelled with it now and then (the dialog's
    workers are cancelled as it goes): the dialog closes once the writer has succeeded."""
    from textual.worker import WorkerState

    from tui.screens.export import ExportScreen

    states: list[list[WorkerState]] = []
    close = ExportScreen.dismiss

    def dismiss(self, result=None):
        states.append([w.state for w in self.app.workers if w.name == "write"])
        return close(self, result)

    monkeypatch.setattr(ExportScreen, "dismiss", dismiss)
    target = tmp_path / "out.json"
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("E")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen), "the dialog")
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, ExportScreen),
                         "the export dialog closes")
        assert states == [[WorkerState.SUCCESS]]
        assert [w.state for w in app.workers if w.name == "write"] in ([], [WorkerState.SUCCESS])
    assert target.read_text().startswith("{")


async def test_form_excerpt_does_not_double_the_spans_quotation_marks(tmp_path, us_article):  # 5
    from annotations import Anchor
    from tests.conftest import US_SEED

    span = '"You can imagine everything,"'
    start = us_article.body.index(span)
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        anchor = Anchor.for_span(us_article, "body", start, start + len(span))
        form = TagForm("quote", anchor, {}, app.save_new_tag)
        await app.push_screen(form)
        await pilot.pause()
        assert str(form.query_one("#form-excerpt").render()) == "“You can imagine everything,”"


async def test_review_says_body_and_its_footer_names_every_version_key(tmp_path, ru_article,
                                                                        us_article):  # 18
    from annotations import AnnotationStore
    from tests.factories import planned
    from tui.screens.review import ReviewScreen
    from tui.widgets.key_footer import KeyFooter

    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many(planned(ru_article, us_article))
    app = make_app(store, annotator="curator-ana")
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        table = app.screen.table
        assert [str(table.get_row_at(i)[2]) for i in range(table.row_count)] == [
            "body", "body", "body", "comment 4"]
        hints = app.screen.query_one(KeyFooter).hints()
        assert ("1-5", "Accept version") in hints
        assert not [h for h in hints if h[1].startswith("Accept version ")]
        assert table.cursor_row == 0
        await pilot.press("j", "j")  # vim keys in this list too (#29 item 7)
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1


async def test_escape_takes_the_suggestion_off_the_status_line(tmp_path):  # 10
    from tests.conftest import US_SEED
    from tests.tui.helpers import screen_text

    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = app.screen.sides[0].body
        await pilot.pause()
        await app.workers.wait_for_complete()  # the finder's worker, then its message
        await pilot.pause()
        await pilot.press("right_square_bracket")
        assert "Suggested quote: Vladimir Putin" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert body.selected_range() is None
        assert "Suggested" not in screen_text(app)
        assert "quotes 0 · stances 0 · claims 0" in screen_text(app)


async def test_tagging_comment_after_comment_keeps_the_tree_focused(tmp_path):  # 6
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        side = app.screen.sides[0]
        await pilot.press("tab", "c")  # a claim on the whole first comment
        await pilot.pause()
        assert isinstance(app.screen, TagForm)
        await press_written(pilot, "enter")
        await pilot.pause()
        assert app.focused is side.tree
        await pilot.press("j")  # no escape needed first
        assert side.tree.current_id == "1.1"
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, TagForm) and app.screen.anchor.part == "1.1"
        await pilot.press("escape")  # cancelled: the tree still has the focus
        await pilot.pause()
        assert app.focused is side.tree
        await pilot.press("j")
        assert side.tree.current_id == "2"
        assert [t.anchor.part for t in app.store.tags()] == ["1"]


async def _two_tags(tmp_path, ru_article):
    from annotations import AnnotationStore, Claim

    store = tmp_path / "s.db"
    b = ru_article.body
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        for phrase in ("Time will tell", "He also noted"):
            i = b.index(phrase)
            s.add(Claim(anchor=Anchor.for_span(ru_article, "body", i, i + len(phrase)),
                        annotator="ana", claimant=phrase))
    return store


async def test_tags_panel_moves_with_vim_keys_and_refuses_a_self_link(tmp_path,
                                                                        ru_article):  # 7
    from tests.tui.helpers import screen_text
    from tui.screens.tags import TagsScreen

    app = make_app(await _two_tags(tmp_path, ru_article), open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, TagsScreen) and panel.table.cursor_row == 0
        await pilot.press("j")
        assert panel.table.cursor_row == 1
        await pilot.press("k")
        assert panel.table.cursor_row == 0
        await pilot.press("G")
        assert panel.table.cursor_row == 1
        await pilot.press("g", "l", "l")  # l on the same tag: refused, still linking
        await pilot.pause()
        assert ("A tag cannot be linked to itself: move to the other tag (escape cancels)"
                in messages(app))
        assert all(t.links == [] for t in app.store.tags())
        assert "LINK: move to the other tag" in screen_text(app)
        await press_written(pilot, "j", "l")
        first, second = sorted(app.store.tags(), key=lambda t: t.anchor.start)
        assert first.links == [second.id] and second.links == [first.id]


async def test_a_link_shows_where_it_leads_and_o_follows_it(tmp_path, ru_article,
                                                          us_article):  # 9
    from annotations import AnnotationStore, Claim, Quote
    from tui.screens.reader import ReaderScreen
    from tui.screens.tags import TagsScreen

    store = tmp_path / "s.db"
    b, span = ru_article.body, '"You can imagine everything,"'
    i, j = b.index("He also noted"), us_article.body.index(span)
    near = Claim(anchor=Anchor.for_span(ru_article, "body", 0, 10), annotator="ana",
                 claimant="the outlet")
    claim = Claim(anchor=Anchor.for_span(ru_article, "body", i, i + 13), annotator="ana",
                  claimant="Li Lifan")
    quote = Quote(anchor=Anchor.for_span(us_article, "body", j, j + len(span)),
                  annotator="ana", speaker="Vladimir Putin")
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many([near.model_copy(update={"links": [claim.id]}),
                    claim.model_copy(update={"links": [near.id, quote.id]}),
                    quote.model_copy(update={"links": [claim.id]})])
    app = make_app(store, open_paths=[RU_SEED])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, TagsScreen)
        hint = str(panel.query_one("#tags-hint").render())
        assert hint == "↔ claim · Li Lifan · “He also noted”   o follows"
        await pilot.press("o")  # within the article: the cursor goes to the linked tag
        await pilot.pause()
        assert panel.current_id() == claim.sid
        hint = str(panel.query_one("#tags-hint").render())
        assert hint == "↔ claim · the outlet · “On Friday,” (+1 more)   o follows"
        await pilot.press("o")  # the next link: the quote in the other article, opened
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen)
                         and app.screen.is_mounted
                         and app.screen.sides[0].body.selected_range() is not None,
                         "the other article's reader at the linked tag")
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.article_ids == [us_article.id]
        body = reader.sides[0].body
        assert app.focused is body and body.selected_range() == (j, j + len(span))


async def test_undo_of_a_change_in_another_article_asks_first_and_names_it(
        tmp_path, ru_article, us_article):  # 3
    from annotations import AnnotationStore, Quote

    store = tmp_path / "s.db"
    span = '"You can imagine everything,"'
    j = us_article.body.index(span)
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add(Quote(anchor=Anchor.for_span(us_article, "body", j, j + len(span)),
                    annotator="ana", speaker="Vladimir Putin"))
    us_title = "China Calls Russia's Talk of Possible Military Alliance 'Po…"  # 59 + …
    app = make_app(store, open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await press_written(pilot, "u")
        assert messages(app)[-1] == (f"The last change (add 1 tag) is in “{us_title}”, not on "
                                     "screen: u again to undo it there")
        assert len(app.store.tags()) == 1
        await press_written(pilot, "u")
        assert messages(app)[-1] == f"Undid: add 1 tag in “{us_title}”"
        assert app.store.tags() == []
        await press_written(pilot, "ctrl+r")  # redo is asked about the same way
        assert messages(app)[-1].startswith("The next change (add 1 tag) is in “China Calls")
        assert app.store.tags() == []
        # a change on screen is undone at once, and named
        await pilot.press("right_curly_bracket", "V", "q")
        await pilot.pause()
        await press_written(pilot, "enter")
        await press_written(pilot, "u")
        assert messages(app)[-1] == ("Undid: add 1 tag in “China reacted to Putin's words about "
                                     "a possible military al…”")


async def test_a_link_post_gives_the_thread_the_room(tmp_path):  # 15
    from tests.conftest import ROOT

    post = ROOT / "tests" / "fixtures" / "reddit" / "thread_link_post.json"
    app = make_app(tmp_path / "s.db", open_paths=[post])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        side = app.screen.sides[0]
        assert side.article.body == "https://v.redd.it/cwx8m5iuc7ja1"
        body, tree, comment = side.body, side.tree, side.comment_view
        # the link sits in a strip across the top; the tree and the comment share the rest
        assert body.size.height <= 3 and body.region.width >= 110
        assert tree.region.y > body.region.y and tree.region.height >= 28
        assert tree.region.width + comment.region.width >= 110
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])  # an article keeps its layout
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        side = app.screen.sides[0]
        assert side.tree.region.x > side.body.region.x
        assert side.body.region.height > 30


async def test_library_shows_date_language_author_sorts_and_filters(tmp_path):  # 12
    from annotations import AnnotationStore, parse_article
    from tui.screens.library import LibraryScreen

    meta = [("Putin on an alliance", "RIA", "2020-10-26T16:13:00", "ru", ["Ivanov"]),
            ("China calls talk positive", "Newsweek", "2020-10-23", "en", ["Jack Dutton"]),
            ("Beijing reacts", "SCMP", "2020-11-02", "zh", [])]
    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:
        for title, source, date, lang, authors in meta:
            art = parse_article(f"{title}\n\nThe text of {title}.\n")
            s.add_article(art.model_copy(update={"source": source, "published_at": date,
                                                 "language": lang, "authors": authors}))
    app = make_app(store, seed_if_empty=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.table

        def shown():
            return [[str(c) for c in [*table.get_row_at(i)[1:3], *table.details_at(i)]]
                    for i in range(table.row_count)]

        assert shown() == [["Putin on an alliance", "RIA", "2020-10-26", "ru", "Ivanov"],
                           ["China calls talk positive", "Newsweek", "2020-10-23", "en",
                            "Jack Dutton"],
                           ["Beijing reacts", "SCMP", "2020-11-02", "zh", "-"]]
        await pilot.press("s")  # by title
        assert [r[0] for r in shown()] == ["Beijing reacts", "China calls talk positive",
                                           "Putin on an alliance"]
        assert "Title▲" in screen_text(app)
        await pilot.press("s")  # by source
        assert [r[1] for r in shown()] == ["Newsweek", "RIA", "SCMP"]
        await pilot.press("s")  # by date, newest first
        assert [r[2] for r in shown()] == ["2020-11-02", "2020-10-26", "2020-10-23"]
        assert "Sorted by date, descending (r reverses)" in messages(app)
        await pilot.press("r")
        assert [r[2] for r in shown()] == ["2020-10-23", "2020-10-26", "2020-11-02"]
        assert "Date▲" in screen_text(app)
        await pilot.press("slash", *"from:2020-10-24 to:2020-10")
        await pilot.pause()
        assert [r[0] for r in shown()] == ["Putin on an alliance"]
        assert "1 of 3 articles" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("slash", *"lang:zh")
        await pilot.pause()
        assert [r[0] for r in shown()] == ["Beijing reacts"]


async def _writes_done(app, pilot):
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_add_a_file_and_a_url_from_the_library_and_remove_one_with_undo(tmp_path,
                                                                           monkeypatch):  # 11
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from tests.conftest import ROOT
    from tui.screens.add_article import AddArticleScreen
    from tui.screens.library import LibraryScreen

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(
        Quiet, directory=str(ROOT / "tests" / "fixtures" / "pages")))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    page = tmp_path / "note.txt"
    page.write_text("A note on the alliance\n\nThe text of the note, in one paragraph.\n")
    # paths typed relative to the working folder: each key typed costs ~50 ms (Pilot waits
    # for idle), and tmp_path's ~80 characters typed twice cost 8-16 s
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path / "data" / "s.db")
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            library = app.screen
            assert isinstance(library, LibraryScreen) and library.table.row_count == 2
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, AddArticleScreen)
            await pilot.press(*"missing.txt", "enter")
            await _writes_done(app, pilot)
            dialog = app.screen
            assert isinstance(dialog, AddArticleScreen)  # stays open, saying why
            error = str(dialog.query_one("#add-error").render())
            assert error == "missing.txt: no such file"
            dialog.query_one("#add-source").value = ""
            await pilot.press(*page.name, "enter")
            # the add, its write and the dialog's closing are a chain of workers and messages
            await wait_until(pilot, lambda: app.screen is library and
                             library.table.row_count == 3, "the file added, the dialog closed")
            assert library.table.get_row_at(library.table.cursor_row)[1].plain == (
                "A note on the alliance")
            assert "Added “A note on the alliance”" in messages(app)
            await pilot.press("a", *f"{base}/missing.html", "enter")
            await wait_until(pilot, lambda: isinstance(app.screen, AddArticleScreen) and
                             str(app.screen.query_one("#add-error").render()), "the fetch's error")
            assert str(app.screen.query_one("#add-error").render()) == (
                f"{base}/missing.html: HTTP 404 File not found")
            app.screen.query_one("#add-source").value = ""
            await pilot.press(*f"{base}/reuters.com.parasite.html", "enter")
            await wait_until(pilot, lambda: app.screen is library and
                             library.table.row_count == 4, "the page added, the dialog closed")
            kept = list((tmp_path / "data" / "sources").iterdir())
            assert [p.suffix for p in kept] == [".html"]  # kept as threadmark fetch keeps it
            added = library.table.get_row_at(library.table.cursor_row)[1].plain
            # remove it from the library; u brings it back
            await press_written(pilot, "d")
            assert library.table.row_count == 3
            assert messages(app)[-1] == (f"Removed “{added}” from the library (its tags are "
                                         "kept); u undoes")
            await press_written(pilot, "u")
            assert library.table.row_count == 4
            assert messages(app)[-1].startswith("Undid: remove 1 article from the library in")
    finally:
        httpd.shutdown()
        httpd.server_close()


async def test_the_tag_browser_table_moves_with_vim_keys_too(tmp_path):  # 7
    from tests.compare_kit import story_store
    from tui.screens.tag_browser import TagBrowserScreen

    path, _ = story_store(tmp_path / "s.db")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("T")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TagBrowserScreen)
        table = screen.table
        table.focus()
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1 == 17
        await pilot.press("g")
        assert table.cursor_row == 0


async def test_no_lock_file_after_the_app_quits(tmp_path):  # 20
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert (tmp_path / "s.db.lock").exists()  # while it runs: who holds the store
        # the opened file's derived data for comparisons, kept after the first frame
        await wait_until(pilot, lambda: (tmp_path / "s.db.derived").exists(), "derived data")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.db", "s.db.derived", "s.db.index"]


def test_review_context_does_not_double_the_spans_quotation_marks(us_article):  # 5
    from annotations import Quote
    from tui.screens.review import _version_text

    span = '"You can imagine everything,"'
    j = us_article.body.index(span)
    tag = Quote(anchor=Anchor.for_span(us_article, "body", j, j + len(span)), annotator="ana",
                speaker="Vladimir Putin")
    text = _version_text("ana", 1, tag, {"quote": "red"}).plain
    assert "“You can imagine everything,”" in text and "““" not in text and '"' not in text
