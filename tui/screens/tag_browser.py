"""The tag browser (``T`` in the library): every tag of every article, filtered as you type
(``kind:quote speaker:putin group:"US press" alliance``), sorted, ``enter`` opens the reader at
the tag; ``c`` switches to the comments (all comments by one author: ``author:NAME``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from annotations.compare.browse import SORTS, CommentIndex, TagIndex
from tui.bindings import keyed
from tui.screens.compare import cell
from tui.widgets.key_footer import KeyFooter
from tui.widgets.vim_table import VimDataTable

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

_b = keyed("browser", show=True)
#: Rows drawn at most (the count says how many match).
SHOWN = 300


class TagBrowserScreen(Screen[None]):
    """See the module docstring."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    DEFAULT_CSS = """
    TagBrowserScreen #browser-query { dock: top; margin: 0 1; }
    TagBrowserScreen #browser-status { dock: bottom; height: 1; padding: 0 1;
        background: $panel; color: $text-muted; margin-bottom: 1; }
    TagBrowserScreen DataTable { height: 1fr; }
    """
    BINDINGS = [
        _b("slash", "query", "Filter", "query", "Type a filter (field:value words)"),
        _b("s", "sort", "Sort", "sort", "Sort by the next key: position, kind, who, outlet..."),
        _b("c", "comments", "Tags/comments", "comments",
           "Browse comments instead of tags (and back)"),
        _b("escape", "back", "Back", "back", "Back to the library"),
    ]

    class Indexed(Message):
        """The worker's indexes."""

        def __init__(self, tags: TagIndex, comments: CommentIndex) -> None:
            super().__init__()
            self.tags = tags
            self.comments = comments

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.tags: TagIndex | None = None
        self.comments: CommentIndex | None = None
        self.mode = "tags"
        self.sort = "position"
        self.matches: list[int] = []

    def compose(self) -> ComposeResult:
        yield Input(value=self.initial, id="browser-query",
                    placeholder='kind:quote speaker:putin group:"US press" words…  '
                                "(down: the list)")
        yield VimDataTable(id="browser-table", cursor_type="row", zebra_stripes=True)
        yield Static(Text("Indexing every tag…", style="dim"), id="browser-status")
        yield KeyFooter()

    @property
    def table(self) -> DataTable:
        return self.query_one("#browser-table", DataTable)

    def on_mount(self) -> None:
        self.query_one("#browser-query", Input).focus()
        self.build()

    @work(thread=True, exclusive=True, group="browser")
    def build(self) -> None:
        """Index the store off the UI thread."""
        store = self.app.store
        self.post_message(self.Indexed(TagIndex(store), CommentIndex(store)))

    def on_tag_browser_screen_indexed(self, event: Indexed) -> None:
        self.tags, self.comments = event.tags, event.comments
        self.refilter()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "browser-query":
            self.refilter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.table.focus()

    def on_key(self, event) -> None:  # down from the query goes to the list
        if event.key == "down" and self.focused is self.query_one("#browser-query", Input):
            event.stop()
            self.table.focus()

    def refilter(self) -> None:
        """Filter with the query as typed and redraw the first ``SHOWN`` matches."""
        text = self.query_one("#browser-query", Input).value
        t = self.table
        t.clear(columns=True)
        if self.mode == "tags":
            if self.tags is None:
                return
            self.matches, problem = self.tags.search(text, self.sort)
            total = len(self.tags)
            for label, w in (("Kind", 6), ("Who", 18), ("Outlet", 14), ("By", 8),
                             ("Text", 60)):
                t.add_column(label, width=w)
            rows = self.tags.rows
            for i in self.matches[:SHOWN]:
                r = rows[i]
                t.add_row(cell(r["kind"]), cell(r["who"], 18), cell(r["outlet"], 14),
                          cell(r["annotator"], 8), cell(r["exact"], 200), key=str(i))
            what = "tags"
        else:
            if self.comments is None:
                return
            self.matches, problem = self.comments.search(text)
            total = len(self.comments)
            for label, w in (("Author", 18), ("Outlet", 14), ("Comment", 8), ("Text", 60)):
                t.add_column(label, width=w)
            rows = self.comments.rows
            for i in self.matches[:SHOWN]:
                r = rows[i]
                t.add_row(cell(r["who"], 18), cell(r["outlet"], 14), cell(r["comment"], 8),
                          cell(r["text"], 200), key=str(i))
            what = "comments"
        status = Text(f"{len(self.matches)} of {total} {what}")
        if self.mode == "tags":
            status.append(f" · sorted by {self.sort}")
        if len(self.matches) > SHOWN:
            status.append(f" · first {SHOWN} shown")
        if problem:
            status.append(f" · {problem}", style="yellow")
        self.query_one("#browser-status", Static).update(status)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.open_row(int(event.row_key.value or 0))

    def open_row(self, i: int) -> None:
        """Open the reader at the tag (or comment) of row ``i``."""
        from tui.screens.open_at import open_at_comment, open_at_tag

        if self.mode == "tags" and self.tags is not None:
            row = self.tags.rows[i]
            open_at_tag(self.app, row["article_id"], row["id"])
        elif self.comments is not None:
            row = self.comments.rows[i]
            open_at_comment(self.app, row["article_id"], row["comment"])

    def action_query(self) -> None:
        self.query_one("#browser-query", Input).focus()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refilter()

    def action_comments(self) -> None:
        self.mode = "comments" if self.mode == "tags" else "tags"
        self.refilter()

    def action_back(self) -> None:
        self.app.pop_screen()
