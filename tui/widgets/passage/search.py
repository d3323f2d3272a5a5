"""Search inside one passage view: every match of a query, and where the reading cursor
steps to next (``PassageView`` owns one and draws its matches)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right


class SearchMatches:
    """A query's case-insensitive matches in one text, as display offsets."""

    def __init__(self) -> None:
        self.query = ""
        self.spans: list[tuple[int, int]] = []  # (start, end) display offsets, in order
        self._starts: tuple[list[tuple[int, int]] | None, list[int]] = (None, [])

    def clear(self) -> None:
        """No search."""
        self.query = ""
        self.spans = []

    def run(self, query: str, text: str) -> int:
        """Find every match of ``query`` in ``text``; returns how many."""
        self.query = query
        self.spans = []
        if query:
            self.spans = [(m.start(), m.end()) for m in
                          re.finditer(re.escape(query), text, re.IGNORECASE)]
        return len(self.spans)

    def next_start(self, cursor: int, step: int, include_current: bool = False) -> int | None:
        """Where the next (``step`` < 0: previous) match from ``cursor`` starts, wrapping;
        None when there is none."""
        if not self.spans:
            return None
        starts = self.starts()
        if step > 0:
            k = (bisect_left if include_current else bisect_right)(starts, cursor)
            return starts[k % len(starts)]
        return starts[bisect_left(starts, cursor) - 1]

    def position(self, cursor: int) -> tuple[int, int]:
        """(k, n): ``cursor`` is on match k of n (k is 0 when it is on none)."""
        # matches never overlap (``finditer``): only the last one starting at or before the
        # cursor can hold it
        k = bisect_right(self.starts(), cursor)
        if k:
            s, e = self.spans[k - 1]
            if s <= cursor < max(e, s + 1):
                return k, len(self.spans)
        return 0, len(self.spans)

    def starts(self) -> list[int]:
        """The matches' starts, in order (made once per search: keys step by bisection)."""
        of, starts = self._starts
        if of is not self.spans:
            starts = [s for s, _ in self.spans]
            self._starts = (self.spans, starts)
        return starts
