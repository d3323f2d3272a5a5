"""Which texts of a group hold two given words: how shared statements and claims find their
candidates ("two rare words in common").

Each member of a group (a quote, a claim) adds its words; ``sharing_two`` then names the
members holding at least two of a set of words. In a group of at most ``BITS_MAX`` members
each word keeps a bit mask of its holders, and "two in common" is a few integer operations
per word; a larger group keeps lists and counts (masks would cost memory that grows as the
square of its size). Words only one member holds are dropped when only members ask.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain

#: Largest group kept as bit masks (a mask is at most BITS_MAX / 8 bytes).
BITS_MAX = 4096


def two_or_more(masks: Iterable[int]) -> int:
    """The bits set in at least two of ``masks``."""
    once = twice = 0
    for m in masks:
        twice |= once & m
        once |= m
    return twice


def bit_positions(bits: int) -> Iterator[int]:
    """The positions of the bits set in ``bits``, lowest first."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


class Holders:
    """The members of one group and the words each holds (see the module docstring)."""

    def __init__(self) -> None:
        self.members: list[int] = []  # the members' own numbers, in the order added
        self._lists: dict[str, list[int]] = {}  # word -> places of its holders
        self._masks: dict[str, int] | None = None

    def add(self, member: int, words: Iterable[str]) -> int:
        """Add a member holding ``words``; returns its place in the group (from 0)."""
        place = len(self.members)
        self.members.append(member)
        lists = self._lists
        for w in words:
            got = lists.get(w)
            if got is None:
                lists[w] = [place]
            else:
                got.append(place)
        return place

    def finish(self, own_only: bool = True) -> None:
        """Done adding: make the masks of a small group. ``own_only``: only the group's own
        members will ask (words with one holder pair nothing: dropped)."""
        if own_only:
            self._lists = {w: ps for w, ps in self._lists.items() if len(ps) > 1}
        if len(self.members) <= BITS_MAX:
            masks = {}
            for w, ps in self._lists.items():
                m = 0
                for p in ps:
                    m |= 1 << p
                masks[w] = m
            self._masks = masks

    def sharing_two(self, words: Iterable[str], start: int = 0) -> Iterator[int]:
        """The members (from place ``start`` on) holding at least two of ``words``."""
        members = self.members
        if self._masks is not None:
            found = two_or_more(filter(None, map(self._masks.get, words))) >> start
            return (members[start + k] for k in bit_positions(found)) if found else iter(())
        counts = Counter(chain.from_iterable(filter(None, map(self._lists.get, words))))
        return (members[p] for p, n in counts.items() if n > 1 and p >= start)
