"""Which texts of a group hold two given words: how shared statements and claims find their
candidates ("two rare words in common").

Each member of a group (a quote, a claim) adds its words; ``sharing_two`` then names the
members holding at least two of a set of words. Each word keeps a bit mask of its holders,
so "two in common" is a few integer operations per word asked about. The members are kept in
chunks of ``BITS_MAX``, each chunk with masks of its own: a mask is at most ``BITS_MAX / 8``
bytes and each holder of a word sets one bit in one mask, so memory stays linear in the
words held however large the group.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Members per chunk (a mask is at most BITS_MAX / 8 bytes).
BITS_MAX = 4096


class Holders:
    """The members of one group and the words each holds (see the module docstring)."""

    def __init__(self) -> None:
        self.members: list[int] = []  # the members' own numbers, in the order added
        #: per chunk of BITS_MAX members: word -> bit mask of its holders in the chunk
        self.chunks: list[dict[str, int]] = []

    def add(self, member: int, words: Iterable[str]) -> int:
        """Add a member holding ``words``; returns its place in the group (from 0)."""
        place = len(self.members)
        self.members.append(member)
        chunk, bit = divmod(place, BITS_MAX)
        if chunk == len(self.chunks):
            self.chunks.append({})
        masks = self.chunks[chunk]
        get = masks.get
        b = 1 << bit
        for w in words:
            masks[w] = get(w, 0) | b
        return place

    def sharing_two(self, words: Iterable[str], start: int = 0) -> list[int]:
        """The members (from place ``start`` on) holding at least two of ``words``, in the
        order added."""
        words = words if isinstance(words, (set, frozenset, list, tuple)) else list(words)
        out: list[int] = []
        members = self.members
        first, skip = divmod(start, BITS_MAX)
        for c in range(first, len(self.chunks)):
            get = self.chunks[c].get
            once = twice = 0
            for w in words:
                m = get(w)
                if m:
                    twice |= once & m
                    once |= m
            base = c * BITS_MAX
            if c == first and skip:
                twice >>= skip
                base += skip
            while twice:
                low = twice & -twice
                out.append(members[base + low.bit_length() - 1])
                twice ^= low
        return out
