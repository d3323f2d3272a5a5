"""The comment tree: one line per comment, drawn with the Line API over a flat model.

A ``Tree`` widget rebuilds every visible node on each expand/collapse (130-210 ms of CPU with
10,000 nodes); here a collapse splices a list of row numbers and only the rows on screen that
changed are drawn (cached per row in an LRU of ``Strip``s, as Toolong does).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.compat_textual import set_virtual_size_quietly, styled_rows
from tui.widgets.comment_tree.thread_model import FlatThread
from tui.widgets.lean_scrollbar import lean_vertical_scrollbar, restyle_scrollbar

if TYPE_CHECKING:
    from tui.widgets.reading import Readable

GUIDE_COLOURS = ("#5f87af", "#87af5f", "#af875f", "#af5f87", "#5fafaf", "#afaf5f")
TAG_MARK = "●"


# priority: the tree's keys act at once (they are only active while the tree is focused)
_b = keyed("tree", priority=True)


class CommentTree(ScrollView, can_focus=True):
    """Keyboard-driven comment tree (see ``BINDINGS`` for the keys)."""

    BINDINGS = [
        _b("down,j", "cursor(1)", "Next comment", "next", "Move to the next visible comment"),
        _b("up,k", "cursor(-1)", "Previous comment", "previous",
           "Move to the previous visible comment"),
        _b("p", "parent", "Parent", "parent", "Move to the parent comment", show=True),
        _b("J", "sibling(1)", "Next sibling", "next-sibling",
           "Next comment with the same parent"),
        _b("K", "sibling(-1)", "Previous sibling", "previous-sibling",
           "Previous comment with the same parent"),
        _b("right_square_bracket", "top(1)", "Next top-level", "next-top",
           "Next top-level comment", show=True),
        _b("left_square_bracket", "top(-1)", "Previous top-level", "previous-top",
           "Previous top-level comment"),
        _b("space", "toggle", "Collapse/expand", "toggle",
           "Collapse or expand the replies of this comment", show=True),
        _b("left,h", "collapse_or_parent", "Collapse", "collapse",
           "Collapse this comment's replies, or go to the parent"),
        _b("right,l", "expand", "Expand", "expand", "Expand this comment's replies"),
        _b("minus", "collapse_all", "Collapse all", "collapse-all",
           "Show top-level comments only"),
        _b("plus,equals_sign", "expand_all", "Expand all", "expand-all", "Show every comment"),
        _b("home,g", "first", "First", "first", "First comment"),
        _b("end,G", "last", "Last", "last", "Last comment"),
        _b("pageup", "page(-1)", "Page up", "page-up", "Up one screen"),
        _b("pagedown", "page(1)", "Page down", "page-down", "Down one screen"),
        _b("enter", "open", "Read comment", "open",
           "Focus the comment's text to select and tag passages", show=True),
        _b("q", "tag('quote')", "Quote comment", "tag-quote",
           "Tag the whole comment as a quote"),
        _b("s", "tag('stance')", "Stance of comment", "tag-stance",
           "Tag the whole comment as a stance (holder: its author)"),
        _b("c", "tag('claim')", "Claim in comment", "tag-claim",
           "Tag the whole comment as a claim"),
    ]

    # a var, not a reactive: setting a reactive repaints the whole tree; watch_cursor repaints
    # just the two rows that change. Screens watch it to follow the current comment (a watch
    # runs at once; a message would arrive after the tree's repaint, costing a second one).
    cursor: var[int] = var(0, init=False)

    @dataclass
    class Opened(Message):
        """Enter was pressed on a comment."""

        tree: CommentTree
        comment_id: str

    @dataclass
    class TagComment(Message):
        """Tag the whole comment under the cursor as ``kind``."""

        tree: CommentTree
        comment_id: str
        kind: str

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._content_width = 0
        self.model: FlatThread | None = None
        self.article: Readable | None = None
        self.tagged: set[str] = set()
        self.matches: set[int] = set()
        self.occurrences = 0  # of the query in the matching comments (several in one)
        self.query_text = ""
        self._cache: LRUCache[tuple, Strip] = LRUCache(2048)
        # the same rows as Textual drew them, border and background on: a scroll puts back
        # those it drew before (each cost ~70 µs through Textual's styles and compositor)
        self._styled: LRUCache[tuple, Strip] = LRUCache(512)
        self._styled_colours: object = None  # the background colours they were drawn on

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """A ``LeanScrollBar`` (made on first use)."""
        return lean_vertical_scrollbar(self)

    # -- data ---------------------------------------------------------------------------------

    def load(self, article: Readable) -> None:
        """Show ``article``'s comments (all expanded), cursor on the first."""
        self.article = article
        self.model = FlatThread(article)
        self.matches = set()
        self.query_text = ""
        self._forget_rows()
        self.set_reactive(CommentTree.cursor, 0)
        self._update_size()
        self.scroll_to(0, 0, animate=False)
        self.refresh()

    def set_tagged(self, comment_ids: set[str]) -> None:
        """Mark the comments that hold tags."""
        if comment_ids != self.tagged:
            self.tagged = set(comment_ids)
            self._forget_rows()
            self.refresh()

    @property
    def current_id(self) -> str | None:
        """The id of the comment under the cursor."""
        if self.model is None or not self.model.rows:
            return None
        return self.model.rows[self.cursor].comment.id

    def _update_size(self) -> None:
        n = len(self.model.visible) if self.model else 0
        size = Size(self.scrollable_content_region.width, max(n, 1))
        if size == self.virtual_size:
            return
        # The vertical scrollbar is always shown (overflow-y: scroll), so a collapse changes
        # no layout: set the size without Widget.virtual_size's screen-wide layout pass.
        set_virtual_size_quietly(self, size)  # the caller repaints what changed

    # -- rendering ----------------------------------------------------------------------------

    #: the tree's rich style (None: work it out at the next render)
    _base_style: Style | None = None

    def _forget_rows(self) -> None:
        """Draw every row afresh (its marks, the search or the styles changed)."""
        self._cache.clear()
        self._styled.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Textual computes rich_style afresh on each use, walking every ancestor: once per
        # change of styles (notify_style_update), not on every frame that touches the tree
        if self._base_style is None:
            self._base_style = self.rich_style
        self._content_width = self.scrollable_content_region.width
        colours = self.background_colors
        if colours != self._styled_colours:
            self._styled.clear()
            self._styled_colours = colours
        drawn, dirty = styled_rows(self)
        top = self.gutter.top
        keys = {}
        for y in range(max(crop.y, top), min(crop.bottom, top + self.content_size.height)):
            if y in dirty or y not in drawn:
                keys[y] = key = self._row_key(y - top)
                strip = self._styled.get(key)
                if strip is not None:  # drawn before, as it is now: shown as it was
                    drawn[y] = strip
                    dirty.discard(y)
                    del keys[y]
        lines = super().render_lines(crop)
        for y, key in keys.items():
            if y in drawn:
                self._styled[key] = drawn[y]
        return lines

    def _row_key(self, y: int) -> tuple:
        """What content row ``y`` shows (the rows' cache key)."""
        pos = y + self.scroll_offset.y
        model = self.model
        if model is None or not model.rows or pos >= len(model.visible):
            return (None, y if model is not None and not model.rows else -1,
                    self._content_width)
        i = model.visible[pos]
        return (i, self._content_width, i == self.cursor, self.has_focus,
                i in model.collapsed, model.rows[i].comment.id in self.tagged,
                i in self.matches)

    def render_line(self, y: int) -> Strip:
        width = self._content_width
        model = self.model
        base = self._base_style if self._base_style is not None else self.rich_style
        if model is None or not model.rows:
            if y == 0:
                text = "No comments." if model is not None else ""
                return Strip([Segment(text, base + Style(dim=True))]).extend_cell_length(
                    width, base).crop(0, width)
            return Strip.blank(width, base)
        key = self._row_key(y)
        i, _, is_cursor = key[:3]
        if i is None:
            return Strip.blank(width, base)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(i, width, is_cursor, base)
            self._cache[key] = strip
        return strip

    def _render_row(self, i: int, width: int, is_cursor: bool, base: Style) -> Strip:
        model = self.model
        assert model is not None
        row = model.rows[i]
        c = row.comment
        segs: list[Segment] = []
        # a deep reply shows its level and the guides of the levels nearest it only, so the
        # row keeps room for its text at any depth (threads are unbounded)
        guides = min(row.depth, max(2, width // 6))
        if guides < row.depth:
            segs.append(Segment(f"{row.depth}› ", Style(dim=True)))
        for d in range(row.depth - guides, row.depth):
            segs.append(Segment("│ ", Style(color=GUIDE_COLOURS[d % len(GUIDE_COLOURS)])))
        n = model.descendants(i)
        if n:
            segs.append(Segment("▸ " if i in model.collapsed else "▾ ", Style(bold=True)))
        else:
            segs.append(Segment("  "))
        if c.id in self.tagged:
            segs.append(Segment(TAG_MARK + " ", Style(color="#ffaf00", bold=True)))
        colour = GUIDE_COLOURS[row.depth % len(GUIDE_COLOURS)]
        segs.append(Segment(visible(c.author), Style(bold=True, color=colour)))
        segs.append(Segment(f" {c.posted_at:%d %b %Y %H:%M}", Style(dim=True)))
        if n:
            direct = model.replies[i]
            label = f"  {direct} repl{'y' if direct == 1 else 'ies'}"
            if n != direct:
                label += f" ({n} in thread)"
            segs.append(Segment(label, Style(dim=True)))
        first = c.text.replace("\n", " ").strip()
        if len(first) > width and cell_len(first[:width]) >= width:
            first = first[:width]  # what the row can show (a long comment cost its length)
        first = visible(first)
        style = Style(reverse=True) if i in self.matches else Style()
        segs.append(Segment("  " + first, style))
        strip = Strip(segs).extend_cell_length(width).crop(0, width)
        if is_cursor:
            cursor_style = Style(bgcolor="#264f78" if self.has_focus else "#3a3a3a")
            strip = strip.apply_style(cursor_style)
        return strip.apply_style(base)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget_rows()
        self._base_style = None
        restyle_scrollbar(self)

    def on_resize(self) -> None:
        self._forget_rows()
        if self.model is not None:
            self._update_size()
            # the cursor stays in view at the new size, without waiting for a key
            self.call_after_refresh(self._scroll_to_cursor)
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- cursor -------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        top = self.scroll_offset.y
        self._scroll_to_cursor()
        if self.model is not None and self.scroll_offset.y == top:
            # no scroll: only the two rows whose cursor state changed need repainting
            for row in (old, new):
                if 0 <= row < len(self.model.rows):
                    self.refresh_line(self.model.visible_pos(row))
        else:
            # scrolled: every row below the border changes (ScrollView asked for them too);
            # the border rows stay as they are drawn (a whole refresh drew them again)
            self.refresh(self.size.region)

    def _scroll_to_cursor(self) -> None:
        if self.model is None or not self.model.rows:
            return
        pos = self.model.visible_pos(self.cursor)
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        if pos < top:
            self.scroll_to(y=pos, animate=False)
        elif height and pos >= top + height:
            self.scroll_to(y=pos - height + 1, animate=False)

    def go(self, i: int | None) -> bool:
        """Move the cursor to row ``i`` (revealing it); False if ``i`` is None."""
        if i is None or self.model is None:
            return False
        if not self.model.is_visible(i):
            self.model.reveal(i)
            self._after_layout_change()
        self.cursor = i
        return True

    def go_to_comment(self, comment_id: str) -> bool:
        """Move the cursor to the comment with this id."""
        if self.model is None or comment_id not in self.model.index_of:
            return False
        return self.go(self.model.index_of[comment_id])

    def _after_layout_change(self) -> None:
        self._update_size()
        self._scroll_to_cursor()
        self.refresh()

    # -- actions ------------------------------------------------------------------------------

    def _rows(self) -> FlatThread | None:
        """The thread's model when it has rows (the actions do nothing without)."""
        return self.model if self.model is not None and self.model.rows else None

    def action_cursor(self, step: int) -> None:
        if (m := self._rows()) is not None:
            self.go(m.next_visible(self.cursor, step))

    def action_page(self, step: int) -> None:
        if (m := self._rows()) is not None:
            vis = m.visible
            pos = m.visible_pos(self.cursor)
            height = max(1, self.scrollable_content_region.height - 1)
            pos = min(len(vis) - 1, max(0, pos + step * height))
            self.go(vis[pos])

    def action_first(self) -> None:
        if (m := self._rows()) is not None:
            self.go(m.visible[0])

    def action_last(self) -> None:
        if (m := self._rows()) is not None:
            self.go(m.visible[-1])

    def action_parent(self) -> None:
        if (m := self._rows()) is not None:
            self.go(m.parent(self.cursor))

    def action_sibling(self, step: int) -> None:
        if (m := self._rows()) is not None:
            self.go(m.next_sibling(self.cursor) if step > 0 else m.prev_sibling(self.cursor))

    def action_top(self, step: int) -> None:
        if (m := self._rows()) is not None:
            self.go(m.next_top(self.cursor, step))

    def _toggled(self, m: FlatThread) -> None:
        """After the cursor row's subtree was collapsed or expanded: the rows above it are
        unchanged, so (unless the view scrolls) only the rows from the cursor down repaint."""
        top = self.scroll_offset.y
        self._update_size()
        self._scroll_to_cursor()
        pos = m.visible_pos(self.cursor) - top
        height = self.scrollable_content_region.height
        if self.scroll_offset.y == top and 0 <= pos < height:
            self.refresh_lines(top + pos, height - pos)  # virtual rows: ScrollView subtracts top
        else:
            self.refresh()

    def action_toggle(self) -> None:  # type: ignore[override]  # DOMNode's toggles a class; here a subtree (binding "space")
        if (m := self._rows()) is not None:
            if m.set_collapsed(self.cursor, not m.is_collapsed(self.cursor)):
                self._toggled(m)

    def action_collapse_or_parent(self) -> None:
        if (m := self._rows()) is None:
            return
        if m.descendants(self.cursor) and not m.is_collapsed(self.cursor):
            m.set_collapsed(self.cursor, True)
            self._toggled(m)
        else:
            self.go(m.parent(self.cursor))

    def action_expand(self) -> None:
        if (m := self._rows()) is not None and m.set_collapsed(self.cursor, False):
            self._toggled(m)

    def action_collapse_all(self) -> None:
        if (m := self._rows()) is not None:
            m.collapse_all()
            self.cursor = m.top_level(self.cursor)
            self._after_layout_change()

    def action_expand_all(self) -> None:
        if (m := self._rows()) is not None:
            m.expand_all()
            self._after_layout_change()

    def action_open(self) -> None:
        cid = self.current_id
        if cid is not None:
            self.post_message(self.Opened(self, cid))

    def action_tag(self, kind: str) -> None:
        cid = self.current_id
        if cid is not None:
            self.post_message(self.TagComment(self, cid, kind))

    # -- search -------------------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Highlight comments whose author, name or text contain ``query``; returns the count
        of comments (``occurrences`` counts the query's occurrences in them)."""
        self.query_text = query
        q = query.casefold()
        self.matches = set()
        self.occurrences = 0
        if self.model is not None and q:
            for i, r in enumerate(self.model.rows):
                c = r.comment
                found = sum(f.casefold().count(q) for f in (c.text, c.author, c.name or ""))
                if found:
                    self.matches.add(i)
                    self.occurrences += found
        self._forget_rows()
        self.refresh()
        return len(self.matches)

    def match_position(self) -> tuple[int, int]:
        """(k, n): the cursor is on matching comment k of n (k is 0 when on none)."""
        if self.cursor not in self.matches:
            return 0, len(self.matches)
        return bisect_left(self._ordered_matches(), self.cursor) + 1, len(self.matches)

    def find(self, step: int = 1, include_current: bool = False) -> bool:
        """Move to the next (or previous) matching comment, wrapping around."""
        if not self.matches or self.model is None:
            return False
        ordered = self._ordered_matches()
        cur = self.cursor
        if include_current and cur in self.matches:
            return True
        if step > 0:
            nxt = ordered[bisect_right(ordered, cur) % len(ordered)]
        else:
            nxt = ordered[bisect_left(ordered, cur) - 1]
        return self.go(nxt)

    _sorted_matches: tuple[set[int] | None, list[int]] = (None, [])

    def _ordered_matches(self) -> list[int]:
        """The matching rows in order (sorted once per search: keys step by bisection)."""
        of, ordered = self._sorted_matches
        if of is not self.matches:
            ordered = sorted(self.matches)
            self._sorted_matches = (self.matches, ordered)
        return ordered
