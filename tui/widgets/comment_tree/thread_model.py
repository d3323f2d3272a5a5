"""A flat, terminal-free model of a comment tree for the Line-API tree view.

Comments are kept in reading order (depth first) with their depth, parent and subtree end, so
navigation is O(1)-ish and collapsing recomputes only a list of visible row numbers.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotations.model.article import Comment
    from tui.widgets.reading import Readable



@dataclass(frozen=True, slots=True)
class Row:
    """One comment in reading order."""

    comment: Comment
    depth: int
    parent: int  # row index of the parent, -1 for top level
    end: int  # one past the last row of this comment's subtree


class FlatThread:
    """Rows in reading order plus the collapsed set and the visible row list."""

    def __init__(self, article: Readable) -> None:
        self.rows: list[Row] = []
        self.index_of: dict[str, int] = {}
        self._build(article.comments, 0, -1)
        self.replies: list[int] = [0] * len(self.rows)  # direct replies per row
        for r in self.rows:
            if r.parent >= 0:
                self.replies[r.parent] += 1
        self.collapsed: set[int] = set()
        self.visible: list[int] = list(range(len(self.rows)))
        self._with_replies: list[int] | None = None
        self._top_rows: list[int] = []

    def _build(self, comments: list[Comment], depth: int, parent: int) -> None:
        # iterative, so depth is unbounded
        stack: list[tuple[list[Comment], int, int, int]] = [(comments, 0, depth, parent)]
        pending_end: list[int] = []
        while stack:
            items, i, d, p = stack.pop()
            if i >= len(items):
                if pending_end:
                    row_i = pending_end.pop()
                    r = self.rows[row_i]
                    self.rows[row_i] = Row(r.comment, r.depth, r.parent, len(self.rows))
                continue
            c = items[i]
            stack.append((items, i + 1, d, p))
            me = len(self.rows)
            self.rows.append(Row(c, d, p, me + 1))
            self.index_of[c.id] = me
            pending_end.append(me)
            stack.append((c.replies, 0, d + 1, me))

    def __len__(self) -> int:
        return len(self.rows)

    def descendants(self, i: int) -> int:
        """Number of replies (all levels) below row ``i``."""
        return self.rows[i].end - i - 1

    # -- collapsing ---------------------------------------------------------------------------

    def _recompute(self) -> None:
        vis: list[int] = []
        i, n = 0, len(self.rows)
        collapsed = self.collapsed
        rows = self.rows
        while i < n:
            vis.append(i)
            i = rows[i].end if i in collapsed else i + 1
        self.visible = vis

    def is_collapsed(self, i: int) -> bool:
        """Whether row ``i``'s replies are hidden."""
        return i in self.collapsed

    def set_collapsed(self, i: int, value: bool) -> bool:
        """Collapse or expand one subtree; returns whether anything changed."""
        if self.descendants(i) == 0 or (i in self.collapsed) == value:
            return False
        if value:
            self.collapsed.add(i)
        else:
            self.collapsed.discard(i)
        if not self.is_visible(i):
            self._recompute()
            return True
        # only row i's subtree changes: splice its rows out of (or into) the visible list
        vis = self.visible
        pos = bisect_left(vis, i)
        end = self.rows[i].end
        if value:
            del vis[pos + 1 : bisect_left(vis, end, pos + 1)]
        else:
            vis[pos + 1 : pos + 1] = self._visible_below(i)
        return True

    def _visible_below(self, i: int) -> list[int] | range:
        """The rows of ``i``'s subtree (``i`` excluded) that show when ``i`` is expanded."""
        end = self.rows[i].end
        if not any(i < c < end for c in self.collapsed):
            return range(i + 1, end)
        out: list[int] = []
        rows, collapsed = self.rows, self.collapsed
        j = i + 1
        while j < end:
            out.append(j)
            j = rows[j].end if j in collapsed else j + 1
        return out

    def collapse_all(self) -> None:
        """Show only top-level comments."""
        if self._with_replies is None:  # computed once: both lists only depend on the rows
            rows = self.rows
            self._with_replies = [i for i, r in enumerate(rows) if r.end > i + 1]
            self._top_rows = [i for i, r in enumerate(rows) if r.parent < 0]
        self.collapsed = set(self._with_replies)
        self.visible = list(self._top_rows)

    def expand_all(self) -> None:
        """Show every comment."""
        self.collapsed = set()
        self.visible = list(range(len(self.rows)))

    def reveal(self, i: int) -> None:
        """Expand every collapsed ancestor of row ``i``."""
        changed = False
        p = self.rows[i].parent
        while p >= 0:
            if p in self.collapsed:
                self.collapsed.discard(p)
                changed = True
            p = self.rows[p].parent
        if changed:
            self._recompute()

    # -- navigation (row indices; None when there is nowhere to go) -----------------------

    def visible_pos(self, i: int) -> int:
        """Position of row ``i`` in the visible list (or of the nearest visible row before)."""
        pos = bisect_left(self.visible, i)
        if pos < len(self.visible) and self.visible[pos] == i:
            return pos
        return max(0, pos - 1)

    def is_visible(self, i: int) -> bool:
        """Whether row ``i`` is shown (no collapsed ancestor). O(log n)."""
        pos = bisect_left(self.visible, i)
        return pos < len(self.visible) and self.visible[pos] == i

    def next_visible(self, i: int, step: int = 1) -> int | None:
        """The visible row ``step`` positions after (or before) ``i``."""
        pos = self.visible_pos(i) + step
        return self.visible[pos] if 0 <= pos < len(self.visible) else None

    def parent(self, i: int) -> int | None:
        """The parent row."""
        p = self.rows[i].parent
        return p if p >= 0 else None

    def next_sibling(self, i: int) -> int | None:
        """The next row with the same parent."""
        r = self.rows[i]
        j = r.end
        if j < len(self.rows) and self.rows[j].parent == r.parent:
            return j
        return None

    def prev_sibling(self, i: int) -> int | None:
        """The previous row with the same parent."""
        r = self.rows[i]
        start = r.parent + 1 if r.parent >= 0 else 0
        j = start
        prev = None
        while j < i:
            prev = j
            j = self.rows[j].end
        return prev

    def top_level(self, i: int) -> int:
        """The top-level ancestor of row ``i``."""
        while self.rows[i].parent >= 0:
            i = self.rows[i].parent
        return i

    def next_top(self, i: int, step: int = 1) -> int | None:
        """The next (or previous, step=-1) top-level comment."""
        top = self.top_level(i)
        if step > 0:
            j = self.rows[top].end
            return j if j < len(self.rows) else None
        if top != i:
            return top
        return self.prev_sibling(top)
