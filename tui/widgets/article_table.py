"""The library's table of articles, drawn with the Line API.

Textual's ``DataTable`` renders each cell through rich and measures every row on idle, then
renders again: a library of 200 articles cost its first frame ~0.1 s. Here a row is a few
segments built once and cached as a ``Strip`` (as Toolong does), so the first frame costs the
same for 2 articles or 2,000. Colours are component classes: every theme reaches them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotations.store.library_filter import SORT_KEYS
from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.widgets.cells import cell_len, fit

_b = keyed("articles")


@dataclass(frozen=True)
class ArticleRow:
    """One row: an article's id, whether it is marked, and its columns."""

    id: str
    title: str
    source: str | None
    comments: int
    tags: int
    marked: bool = False
    indent: bool = False  # a discussion under the article it is about
    date: str | None = None  # ISO 8601 (the column shows the day)
    language: str | None = None
    author: str | None = None


#: (label, width) of the columns after the title; the title takes what is left
_NUMBERS = (("Comments", 9), ("Tags", 6))
_SOURCE_MAX = 24
_AUTHOR_MAX = 18
_DATE_W, _LANG_W = 10, 4
_MIN_TITLE = 32


def _meta_cells(r: ArticleRow) -> list[str]:
    """Source, day, language and author as shown ("-" where the article has none)."""
    return [visible(r.source or "-").replace("\n", " "), visible((r.date or "-")[:10]),
            visible(r.language or "-"), visible(r.author or "-").replace("\n", " ")]


class ArticleTable(ScrollView, can_focus=True):
    """Articles, one a line, under a header line; the cursor is a row."""

    COMPONENT_CLASSES = {
        "article-table--header",
        "article-table--cursor",
        "article-table--cursor-blurred",
        "article-table--zebra",
        "article-table--mark",
    }
    DEFAULT_CSS = """
    ArticleTable { background: $surface; }
    ArticleTable > .article-table--header { text-style: bold; background: $panel; }
    ArticleTable > .article-table--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: bold; }
    ArticleTable > .article-table--cursor-blurred { background: $block-cursor-blurred-background; }
    ArticleTable > .article-table--zebra { background: $surface-lighten-1; }
    ArticleTable > .article-table--mark { color: $success; text-style: bold; }
    """
    BINDINGS = [
        _b("down,j", "cursor(1)", "Next article", "next", "Move to the next article"),
        _b("up,k", "cursor(-1)", "Previous article", "previous", "Move to the previous article"),
        _b("pagedown", "page(1)", "Page down", "page-down", "Down one screen"),
        _b("pageup", "page(-1)", "Page up", "page-up", "Up one screen"),
        _b("home,g", "first", "First", "first", "First article"),
        _b("end,G", "last", "Last", "last", "Last article"),
    ]

    cursor_row: var[int] = var(0, init=False)

    @dataclass
    class Selected(Message):
        """A click on the cursor's row (enter is the screen's ``open``)."""

        table: ArticleTable
        article_id: str

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[ArticleRow] = []
        self._index: dict[str, int] = {}
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._source_width = 6
        self._author_width = 6
        self.sorted_by: tuple[str, bool] | None = None  # (column key, descending)

    # -- data ---------------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: list[ArticleRow]) -> None:
        """Show ``rows``; the cursor stays on its row number (clamped)."""
        self.rows = rows
        self._index = {r.id: i for i, r in enumerate(rows)}
        self._source_width = min(_SOURCE_MAX, max([6, *(cell_len(visible(r.source or "-"))
                                                       for r in rows)]))
        self._author_width = min(_AUTHOR_MAX, max([6, *(cell_len(visible(r.author or "-"))
                                                       for r in rows)]))
        self._cache.clear()
        self.virtual_size = Size(0, len(rows) + 1)  # never wider than the view
        self.set_reactive(ArticleTable.cursor_row, min(self.cursor_row, max(0, len(rows) - 1)))
        self.refresh()

    def has_row(self, article_id: str) -> bool:
        return article_id in self._index

    def get_row_index(self, article_id: str) -> int:
        """The row of ``article_id``; ``KeyError`` if it is not shown."""
        return self._index[article_id]

    def current_id(self) -> str | None:
        """The id of the article under the cursor."""
        return self.rows[self.cursor_row].id if self.rows else None

    def get_row_at(self, row: int) -> list[Text]:
        """The cells of ``row`` as the table shows them (mark, title, source, numbers);
        ``details_at`` has the date, language and author."""
        r = self.rows[row]
        title = ("  ↳ " if r.indent else "") + visible(r.title)
        return [Text("✓" if r.marked else " "), Text(title), Text(visible(r.source or "-")),
                Text(str(r.comments)), Text(str(r.tags))]

    def details_at(self, row: int) -> list[Text]:
        """The date, language and author cells of ``row`` as shown when there is room."""
        return [Text(c) for c in _meta_cells(self.rows[row])[1:]]

    def move_cursor(self, row: int) -> None:
        if self.rows:
            self.cursor_row = max(0, min(row, len(self.rows) - 1))

    # -- rendering ----------------------------------------------------------------------------

    def _columns(self, width: int) -> list[tuple[int, int]]:
        """(index in title, source, date, language, author; width) of the text columns shown
        at ``width`` cells: date, language and author only while the title keeps
        ``_MIN_TITLE`` cells (a narrow terminal shows title and source, as before)."""
        fixed = 2 + sum(w + 1 for _, w in _NUMBERS)
        shown = [(1, self._source_width)]
        for col in ((2, _DATE_W), (3, _LANG_W), (4, self._author_width)):
            if width - fixed - sum(w + 1 for _, w in [*shown, col]) < _MIN_TITLE:
                break
            shown.append(col)
        return [(0, max(10, width - fixed - sum(w + 1 for _, w in shown))), *shown]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._cached(("header", width), lambda: self._header(width))
        row = y - 1 + self.scroll_offset.y
        if row >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        state = (row == self.cursor_row, self.has_focus)
        return self._cached((row, width, state), lambda: self._row(row, width, *state))

    def _cached(self, key: tuple, make) -> Strip:  # a Strip factory
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = make()
        return strip

    def _cells(self, mark: Segment, texts: list[str], numbers: list[str],
               width: int, style: Style) -> Strip:
        """A line: the mark, ``texts`` (title, source, date, language, author) left-aligned in
        their columns, ``numbers`` right-aligned; widths in terminal cells (a CJK character or
        an emoji takes two), cut with …"""
        segs = [mark]
        for i, w in self._columns(width):
            segs.append(Segment(" " + fit(texts[i], w)))
        for (_, w), n in zip(_NUMBERS, numbers, strict=True):
            segs.append(Segment(" " + fit(n, w, right=True)))
        return Strip(segs).extend_cell_length(width).crop(0, width).apply_style(style)

    def _header(self, width: int) -> Strip:
        style = self.rich_style + self.get_component_rich_style("article-table--header")
        labels = ["Title", "Source", "Date", "Lang", "Author"]
        numbers = [lbl for lbl, _ in _NUMBERS]
        if self.sorted_by is not None:  # the sorted column's label carries ▲ or ▼
            key, descending = self.sorted_by
            arrow = "▼" if descending else "▲"
            i = list(SORT_KEYS).index(key)
            if i < len(labels):
                labels[i] += arrow
            else:
                numbers[i - len(labels)] = arrow + numbers[i - len(labels)]
        return self._cells(Segment(" "), labels, numbers, width, style)

    def _row(self, row: int, width: int, cursor: bool, focused: bool) -> Strip:
        r = self.rows[row]
        style = self.rich_style
        if row % 2:
            style += self.get_component_rich_style("article-table--zebra")
        if cursor:
            style += self.get_component_rich_style(
                "article-table--cursor" if focused else "article-table--cursor-blurred")
        mark = Segment("✓", self.get_component_rich_style("article-table--mark")) if r.marked \
            else Segment(" ")
        title = ("  ↳ " if r.indent else "") + visible(r.title).replace("\n", " ")
        return self._cells(mark, [title, *_meta_cells(r)], [str(r.comments), str(r.tags)],
                           width, style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(0, len(self.rows) + 1)
        self.refresh()

    def on_focus(self) -> None:
        self.refresh_line_of(self.cursor_row)

    def on_blur(self) -> None:
        self.refresh_line_of(self.cursor_row)

    def refresh_line_of(self, row: int) -> None:
        """Repaint ``row`` (rows sit one line below the header)."""
        self.refresh_line(row + 1)

    # -- cursor -------------------------------------------------------------------------------

    def watch_cursor_row(self, old: int, new: int) -> None:
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height - 1)  # below the header
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False)
        if self.scroll_offset.y == top:  # only the two rows whose cursor state changed
            self.refresh_line_of(old)
            self.refresh_line_of(new)
        else:
            self.refresh()

    def action_cursor(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step * max(1, self.scrollable_content_region.height
                                                       - 2))

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.rows) - 1)

    def on_click(self, event: events.Click) -> None:
        row = event.y - 1 + self.scroll_offset.y
        if 0 <= row < len(self.rows):
            if row == self.cursor_row:
                self.post_message(self.Selected(self, self.rows[row].id))
            else:
                self.cursor_row = row
