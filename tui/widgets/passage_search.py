"""Search inside one passage view: every match highlighted, the reading cursor stepping
through them (a mixin of ``PassageView``, whose state it uses)."""

from __future__ import annotations

import re


class PassageSearch:
    """``PassageView``'s search (``_matches`` are display offsets)."""

    _matches: list[tuple[int, int]]
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
        starts = [s for s, _ in self._matches]
        if step > 0:
            nxt = next((s for s in starts if s > cur or (include_current and s == cur)),
                       starts[0])
        else:
            nxt = next((s for s in reversed(starts) if s < cur), starts[-1])
        self.move_cursor(self.location_of(nxt), center=True)
        return True

    @property
    def match_count(self) -> int:
        """How many matches the current search has."""
        return len(self._matches)

    def match_position(self) -> tuple[int, int]:
        """(k, n): the cursor is on match k of n (k is 0 when it is on none)."""
        cur = self.cursor_offset
        for k, (s, e) in enumerate(self._matches, 1):
            if s <= cur < max(e, s + 1):
                return k, len(self._matches)
        return 0, len(self._matches)
