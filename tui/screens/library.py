"""The library: the articles in the store; open one, or mark two and compare them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Header, Input

from annotations.store.library_filter import SORT_KEYS, parse_filter
from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.screens.library_rows import LibraryRows
from tui.widgets.article_table import ArticleTable
from tui.widgets.fitted_line import FittedLine
from tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

_b = keyed("library", show=True)


class LibraryScreen(Screen[None]):
    """A table of articles: title, source, comment count, tag count."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [
        _b("enter", "open", "Open", "open", "Open the article under the cursor"),
        _b("space", "mark", "Mark", "mark", "Mark or unmark an article for comparison"),
        _b("c", "compare", "Compare", "compare",
           "Open two articles side by side (the marked ones, or marked + cursor)"),
        _b("slash", "filter", "Filter", "filter",
           "Filter articles: words (title, outlet, author), lang:ru, outlet:NAME, "
           "from:2020-10, to:2020-12-31"),
        _b("s", "sort(1)", "Sort", "sort",
           "Sort by the next column (title, source, date, language, author, comments, tags, "
           "then as added)"),
        _b("r", "reverse_sort", "Reverse sort", "reverse-sort",
           "Reverse the order of the sorted column", show=False),
        _b("R", "review", "Review", "review",
           "Review where the annotators differ on this article; curate their tags"),
        _b("C", "compare_story", "Compare outlets", "compare-story",
           "How the outlets framed the story: the marked articles, or the cursor's story"),
        _b("S", "add_to_story", "Add to story", "add-to-story",
           "Add the marked articles (or the one under the cursor) to a story", show=False),
        _b("O", "outlet", "Outlet", "outlet",
           "Set the country, language and group of this article's outlet", show=False),
        _b("T", "tag_browser", "Tag browser", "tag-browser",
           "Every tag of every article, filtered and sorted", show=False),
        _b("a", "add", "Add", "add",
           "Add an article: a file path or a URL (downloaded as threadmark fetch does)"),
        _b("d", "remove", "Remove", "remove",
           "Take the article out of the library (its tags are kept; u brings it back)",
           show=False),
        _b("u", "undo", "Undo", "undo", "Undo the last change (a removal too)", show=False),
        _b("ctrl+r", "redo", "Redo", "redo", "Redo the last undone change", show=False),
        _b("escape", "clear_filter", "Clear filter", "clear-filter", "Show every article",
           show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: list[str] = []
        self.pairs: dict[str, str] = {}
        self.discussions: set[str] = set()
        self.filter_text = ""
        self.sort: tuple[str, bool] | None = None  # (column key, descending)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="filter: words, story, lang:ru, outlet:reuters, from:2020-10, "
                                "to:2020-12-31 (enter: keep, escape: clear)",
                    id="library-filter", classes="hidden")
        yield ArticleTable(id="articles")
        yield FittedLine(id="library-status")  # the store path gives way, not the name
        yield KeyFooter()

    @property
    def table(self) -> ArticleTable:
        return self.query_one("#articles", ArticleTable)

    def on_mount(self) -> None:
        self.table.focus()  # rows: on_screen_resume, which also runs when it is first shown
        self.app.tags_changed.subscribe(self, lambda _: self.refresh_rows())

    def on_screen_resume(self) -> None:
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Reload the rows from the store, keeping the cursor on the same article."""
        self._rows = LibraryRows.build(self.app.store, self.sort, self.marked)
        self._show_rows()

    _rows: LibraryRows | None = None

    def _show_rows(self) -> None:
        """Show the rows the filter keeps, keeping the cursor on the same article."""
        store = self.app.store
        t = self.table
        current = t.current_id()
        q = not parse_filter(self.filter_text).empty
        if self._rows is None:
            self._rows = LibraryRows.build(store, self.sort, self.marked)
        chosen = self._rows.select(self.filter_text)
        self.pairs, self.discussions = chosen.pairs, chosen.discussions
        t.sorted_by = self.sort
        t.set_rows(chosen.rows)
        if current is not None and t.has_row(current):  # else it stays on its row number
            t.move_cursor(t.get_row_index(current))
        total = self._rows.total
        shown = t.row_count
        status = f"{shown} of {total} articles" if q else f"{total} articles"
        if self.marked:
            status += f" · {len(self.marked)} marked (c side by side, C compares outlets)"
        after = f" · annotator {self.app.annotator}"
        if self.app.readonly:
            after += " · READ-ONLY"
        self.query_one("#library-status", FittedLine).show(f"{status} · store ", str(store.path),
                                                           after)

    def _cursor_id(self) -> str | None:
        return self.table.current_id()

    def on_article_table_selected(self, event: ArticleTable.Selected) -> None:
        event.stop()
        self._open([event.article_id])

    def _open(self, ids: Sequence[str | None]) -> None:
        from tui.screens.reader import ReaderScreen

        chosen = [i for i in ids if i]
        if chosen:
            self.app.push_screen(ReaderScreen(chosen))

    def action_open(self) -> None:
        self._open([self._cursor_id()])

    def action_mark(self) -> None:
        aid = self._cursor_id()
        if aid is None:
            return
        if aid in self.marked:
            self.marked.remove(aid)
        else:
            self.marked.append(aid)
        row = self.table.cursor_row
        self.refresh_rows()
        self.table.move_cursor(row + 1)

    def action_compare(self) -> None:
        ids = list(self.marked[-2:])
        cur = self._cursor_id()
        if not ids and cur in self.pairs:  # an article and its discussion: side by side
            ids = [self.pairs[cur], cur] if cur in self.discussions else [cur, self.pairs[cur]]
        if len(ids) < 2 and cur and cur not in ids:
            ids.append(cur)
        if len(ids) < 2:
            self.app.say("Mark two articles with space, then press c", severity="warning")
            return
        self.marked = []
        self._open(ids[:2])

    def action_compare_story(self) -> None:
        from tui.screens.compare import CompareScreen
        from tui.screens.library_story import compare_targets

        targets = compare_targets(self.app.store, self.marked, self._cursor_id())
        if targets:
            self.marked = []
            self.app.push_screen(CompareScreen(targets))

    def action_add_to_story(self) -> None:
        from tui.screens.library_story import ask_story

        ids = list(self.marked) or [i for i in [self._cursor_id()] if i]
        if ids:
            ask_story(self, ids)

    def action_outlet(self) -> None:
        from tui.screens.library_story import ask_outlet

        aid = self._cursor_id()
        if aid is not None:
            ask_outlet(self, aid)

    def action_tag_browser(self) -> None:
        from tui.screens.tag_browser import TagBrowserScreen

        self.app.push_screen(TagBrowserScreen())

    def action_review(self) -> None:
        from tui.screens.review import ReviewScreen

        aid = self._cursor_id()
        if aid is not None:
            self.app.push_screen(ReviewScreen(aid))

    def action_add(self) -> None:
        from tui.screens.add_article import AddArticleScreen

        self.app.push_screen(AddArticleScreen(), self._after_add)

    def _after_add(self, ids: list[str] | None) -> None:
        self.refresh_rows()
        if ids and self.table.has_row(ids[0]):  # the cursor on what was added
            self.table.move_cursor(self.table.get_row_index(ids[0]))

    def action_remove(self) -> None:
        aid = self._cursor_id()
        if aid is None:
            return
        store = self.app.store
        title = next((s.title for s in store.article_summaries() if s.id == aid), aid)
        # read-only, a full disk: one line (the bridge's rule)
        self.app.bridge.write(lambda: store.remove_article(aid),
                              lambda result: self._removed(aid, title))

    def _removed(self, aid: str, title: str) -> None:
        self.marked = [m for m in self.marked if m != aid]
        self.app.say(f"Removed “{visible(title)[:70]}” from the library (its tags are kept); "
                     "u undoes")

    def action_undo(self) -> None:
        self.app.history_step(redo=False)  # the rows follow: tags_changed

    def action_redo(self) -> None:
        self.app.history_step(redo=True)

    def action_sort(self, step: int) -> None:
        """Sort by the next column; after the last, back to the order articles were added."""
        keys = [None, *SORT_KEYS]
        now = self.sort[0] if self.sort is not None else None
        nxt = keys[(keys.index(now) + step) % len(keys)]
        # numbers and dates read best largest (newest) first
        self.sort = None if nxt is None else (nxt, nxt in ("date", "comments", "tags"))
        self.refresh_rows()
        self._say_sort()

    def action_reverse_sort(self) -> None:
        if self.sort is None:
            self.app.say("Not sorted: s sorts by a column")
            return
        self.sort = (self.sort[0], not self.sort[1])
        self.refresh_rows()
        self._say_sort()

    def _say_sort(self) -> None:
        if self.sort is None:
            self.app.say("In the order added")
        else:
            key, descending = self.sort
            way = "descending" if descending else "ascending"
            self.app.say(f"Sorted by {SORT_KEYS[key].lower()}, {way} (r reverses)")

    def action_filter(self) -> None:
        box = self.query_one("#library-filter", Input)
        box.remove_class("hidden")
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "library-filter":
            self.filter_text = event.value
            self._show_rows()  # the rows as built: a keystroke reads nothing from the store

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "library-filter":
            self.table.focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#library-filter", Input)
        box.value = ""
        box.add_class("hidden")
        self.filter_text = ""
        self.refresh_rows()
        self.table.focus()
