"""Search inside one passage view: every match highlighted, the reading cursor stepping
through them (a mixin of ``PassageView``, whose state it uses)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right


class PassageSearch:
    """``PassageView``'s search (``_matches`` are display offsets)."""

    _matches: list[tuple[int, int]]
    _match_starts: tuple[list[tuple[int, int]] | None, list[int]] = (None, [])
    query_text: str

    def search(self, query: str) -> int:
        """Highlight every case-insensitive match of ``query``; returns how many."""
        self.query_text = query
        self._matches = []
        if query:
            self._matches = [(m.start(), m.end()) for m in
                             re.finditer(re.escape(query), self.text, re.IGNORECASE)]
        self._restyle()
        return len(self._matches)

    def find(self, step: int = 1, include_current: bool = False) -> bool:
        """Put the reading cursor on the next (previous) match, wrapping; False if none."""
        if not self._matches:
            return False
        cur = self.cursor_offset
        starts = self._starts()
        if step > 0:
            k = (bisect_left if include_current else bisect_right)(starts, cur)
            nxt = starts[k % len(starts)]
        else:
            nxt = starts[bisect_left(starts, cur) - 1]
        self.move_cursor(self.location_of(nxt), center=True)
        return True

    @property
    def match_count(self) -> int:
        """How many matches the current search has."""
        return len(self._matches)

    def match_position(self) -> tuple[int, int]:
        """(k, n): the cursor is on match k of n (k is 0 when it is on none)."""
        cur = self.cursor_offset
        # matches never overlap (``finditer``): only the last one starting at or before the
        # cursor can hold it
        k = bisect_right(self._starts(), cur)
        if k:
            s, e = self._matches[k - 1]
            if s <= cur < max(e, s + 1):
                return k, len(self._matches)
        return 0, len(self._matches)

    def _starts(self) -> list[int]:
        """The matches' starts, in order (made once per search: keys step by bisection)."""
        of, starts = self._match_starts
        if of is not self._matches:
            starts = [s for s, _ in self._matches]
            self._match_starts = (self._matches, starts)
        return starts
