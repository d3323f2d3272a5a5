"""Which texts of a group hold two given words: how shared statements and claims find their
candidates ("two rare words in common").

Members (quotes, claims) join a group one by one: ``add`` names the members added before
that hold at least two of the newcomer's words (found while its words are added: one pass
over them), ``sharing_two`` the members holding two of any set of words. Each word keeps a
bit mask of its holders, so "two in common" is a few integer operations per word. Members
are kept in chunks of ``BITS_MAX``, each chunk with masks of its own: a mask is at most
``BITS_MAX / 8`` bytes and each word a member holds sets one bit in one mask, so memory
stays linear in the words held however large the group.
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

    def add(self, member: int, words: Iterable[str]) -> list[int]:
        """Add a member holding ``words``; returns the members added before it that hold at
        least two of them, in the order added."""
        ws = words if isinstance(words, (set, frozenset, list, tuple)) else list(words)
        place = len(self.members)
        self.members.append(member)
        chunk, bit = divmod(place, BITS_MAX)
        if chunk == len(self.chunks):
            self.chunks.append({})
        out: list[int] = []
        for c in range(chunk + 1):  # earlier chunks asked; its own asked and joined
            self._meet(c, ws, 0, out, 1 << bit if c == chunk else 0)
        return out

    def sharing_two(self, words: Iterable[str], start: int = 0) -> list[int]:
        """The members (from place ``start`` on) holding at least two of ``words``, in the
        order added."""
        ws = words if isinstance(words, (set, frozenset, list, tuple)) else list(words)
        out: list[int] = []
        if len(ws) > 1:
            first, skip = divmod(start, BITS_MAX)
            for c in range(first, len(self.chunks)):
                self._meet(c, ws, skip if c == first else 0, out)
        return out

    def _meet(self, chunk: int, ws: Iterable[str], skip: int, out: list[int],
              join: int = 0) -> None:
        """Append to ``out`` the members of ``chunk`` (its first ``skip`` left out) holding
        two of ``ws``; with ``join`` (a member's bit), that member joins the masks of ``ws``
        in the same pass (after they are read)."""
        masks = self.chunks[chunk]
        get = masks.get
        once = twice = 0
        for w in ws:
            m = get(w)
            if m:
                twice |= once & m
                once |= m
            if join:
                masks[w] = m | join if m else join
        bits = twice >> skip
        base = chunk * BITS_MAX + skip
        members = self.members
        while bits:
            low = bits & -bits
            out.append(members[base + low.bit_length() - 1])
            bits ^= low
