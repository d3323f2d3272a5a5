"""A passage view's offsets: source text (the article's) versus display text (hidden
boilerplate left out, wrapped into rows), and the selection in source terms."""

from __future__ import annotations

from bisect import bisect_right


class PassageOffsets:
    """``PassageView``'s offset maps (its ``_segments``: (display, source, length) runs;
    ``_disp_starts``; ``_line_starts``: the display offset of each row)."""

    def to_source(self, disp: int) -> int:
        """Display offset -> source offset."""
        i = max(0, bisect_right(self._disp_starts, disp) - 1)
        d, s, n = self._segments[i]
        return s + min(disp - d, n)

    def to_display(self, src: int) -> int | None:
        """Source offset -> display offset (None when it lies in hidden text)."""
        for d, s, n in self._segments:
            if s <= src <= s + n:
                return d + (src - s)
        return None

    def offset_of(self, location: tuple[int, int]) -> int:
        """(row, column) -> display offset."""
        row, col = location
        row = min(row, len(self._line_starts) - 1)
        return self._line_starts[row] + col

    def location_of(self, offset: int) -> tuple[int, int]:
        """Display offset -> (row, column)."""
        row = max(0, bisect_right(self._line_starts, offset) - 1)
        return (row, offset - self._line_starts[row])

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as source offsets (start < end), or None if nothing is selected."""
        a, b = self.selection
        if a == b:
            return None
        s, e = sorted((self.offset_of(a), self.offset_of(b)))
        return self.to_source(s), self.to_source(e)

    def select_source(self, start: int, end: int) -> bool:
        """Select ``start:end`` (source offsets) and scroll to it."""
        ds, de = self.to_display(start), self.to_display(end)
        if ds is None or de is None:
            return False
        self.selection = self.selection.__class__(self.location_of(ds), self.location_of(de))
        self.scroll_cursor_visible(center=True, animate=False)
        return True

    def text_for(self, start: int, end: int) -> str:
        """The source text between two source offsets."""
        src = self.article.part_text(self.part) if self.article is not None else None
        return (src or "")[start:end]

    @property
    def cursor_offset(self) -> int:
        """The reading cursor as a display offset."""
        return self.offset_of(self.cursor_location)
