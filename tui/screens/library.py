"""The library: the articles in the store; open one, or mark two and compare them."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist

from annotations.safe_text import visible
from tui.bindings import keyed
from tui.widgets.key_footer import KeyFooter


def _fit(text: str, width: int) -> Text:
    """Plain text cut to ``width`` cells with an ellipsis."""
    t = Text(text, no_wrap=True)
    t.truncate(width, overflow="ellipsis")
    return t


_b = keyed("library", show=True)


def with_discussions(summaries: list) -> list[tuple]:
    """(summary, id of the article it discusses or None), each discussion right after its
    article (a thread whose post links to an article in the store)."""
    from annotations.urls import page_key

    by_url = {page_key(a.url): a.id for a in summaries if a.url and not a.discusses}
    under: dict[str, list] = {}
    rest = []
    for a in summaries:
        of = by_url.get(page_key(a.discusses)) if a.discusses else None
        if of is not None and of != a.id:
            under.setdefault(of, []).append(a)
        else:
            rest.append(a)
    out: list[tuple] = []
    for a in rest:
        out.append((a, None))
        out.extend((d, a.id) for d in under.get(a.id, ()))
    return out


class LibraryScreen(Screen[None]):
    """A table of articles: title, source, comment count, tag count."""

    BINDINGS = [
        _b("enter", "open", "Open", "open", "Open the article under the cursor"),
        _b("space", "mark", "Mark", "mark", "Mark or unmark an article for comparison"),
        _b("c", "compare", "Compare", "compare",
           "Open two articles side by side (the marked ones, or marked + cursor)"),
        _b("slash", "filter", "Filter", "filter", "Filter articles by title or source"),
        _b("R", "review", "Review", "review",
           "Review where the annotators differ on this article; curate their tags"),
        _b("escape", "clear_filter", "Clear filter", "clear-filter", "Show every article",
           show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: list[str] = []
        self.pairs: dict[str, str] = {}
        self.discussions: set[str] = set()
        self.filter_text = ""
        self._rows_width = -1

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="filter by title or source (enter: keep, escape: clear)",
                    id="library-filter", classes="hidden")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static(id="library-status")
        yield KeyFooter()

    @property
    def table(self) -> DataTable:
        return self.query_one("#articles", DataTable)

    def on_mount(self) -> None:
        t = self.table
        t.add_column(" ", key="mark", width=1)
        t.add_column("Title", key="title")
        t.add_column("Source", key="source")
        t.add_column("Comments", key="comments")
        t.add_column("Tags", key="tags")
        t.focus()  # rows: on_screen_resume, which also runs when the screen is first shown
        self.app.tags_changed.subscribe(self, lambda _: self.refresh_rows())

    def on_screen_resume(self) -> None:
        self.refresh_rows()

    def on_resize(self) -> None:
        if self.size.width != self._rows_width:  # titles are cut to the width
            self.refresh_rows()

    def refresh_rows(self) -> None:
        """Reload the rows from the store, keeping the cursor on the same article."""
        store = self.app.store
        t = self.table
        current = None
        if t.row_count:
            try:
                current = t.coordinate_to_cell_key(t.cursor_coordinate).row_key.value
            except CellDoesNotExist:
                current = None
        t.clear()
        q = self.filter_text.casefold()
        self._rows_width = self.size.width
        title_width = max(20, self.size.width - 40)
        summaries = store.article_summaries()
        self.pairs: dict[str, str] = {}  # discussion id -> its article's id, and back
        self.discussions: set[str] = set()
        for a, of in with_discussions(summaries):
            if q and q not in a.title.casefold() and q not in (a.source or "").casefold():
                continue
            title = visible(a.title)
            if of is not None:  # a discussion of the row above: c opens the pair
                self.pairs[a.id] = of
                self.pairs.setdefault(of, a.id)
                self.discussions.add(a.id)
                title = "  ↳ " + title
            t.add_row(
                Text("✓" if a.id in self.marked else " ", style="bold green"),
                _fit(title, title_width),
                Text(visible(a.source or "-"), style="dim" if not a.source else ""),
                Text(str(a.comments), justify="right"),
                Text(str(a.tags), justify="right"),
                key=a.id,
            )
        if current is not None:
            try:
                t.move_cursor(row=t.get_row_index(current))
            except RowDoesNotExist:  # filtered out: the cursor stays where it is
                pass
        total = len(summaries)
        shown = t.row_count
        status = f"{shown} of {total} articles" if q else f"{total} articles"
        if self.marked:
            status += f" · {len(self.marked)} marked (c compares)"
        status += f" · store {store.path} · annotator {self.app.annotator}"
        if self.app.readonly:
            status += " · READ-ONLY"
        self.query_one("#library-status", Static).update(Text(status))

    def _cursor_id(self) -> str | None:
        t = self.table
        if not t.row_count:
            return None
        return t.coordinate_to_cell_key(t.cursor_coordinate).row_key.value

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open([event.row_key.value])

    def _open(self, ids: list[str | None]) -> None:
        from tui.screens.reader import ReaderScreen

        ids = [i for i in ids if i]
        if ids:
            self.app.push_screen(ReaderScreen(ids))

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
            self.marked = self.marked[-2:]
        row = self.table.cursor_row
        self.refresh_rows()
        self.table.move_cursor(row=min(row + 1, self.table.row_count - 1))

    def action_compare(self) -> None:
        ids = list(self.marked)
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

    def action_review(self) -> None:
        from tui.screens.review import ReviewScreen

        aid = self._cursor_id()
        if aid is not None:
            self.app.push_screen(ReviewScreen(aid))

    def action_filter(self) -> None:
        box = self.query_one("#library-filter", Input)
        box.remove_class("hidden")
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "library-filter":
            self.filter_text = event.value
            self.refresh_rows()

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
