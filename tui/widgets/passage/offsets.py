"""A passage view's offsets: source text (the article's) versus display text (hidden
boilerplate left out, wrapped into rows)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Protocol


class _Block(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def hidden_ranges(source: str, blocks: Iterable[_Block]) -> list[tuple[int, int]]:
    """The source ranges left out of the display: each boilerplate block's lines with the
    newlines after them (a block at the end: with the newlines before it), sorted."""
    hidden = []
    for b in blocks:
        if b.kind != "boilerplate":
            continue
        s = source.rfind("\n", 0, b.start) + 1
        e = b.end
        while e < len(source) and source[e] == "\n":
            e += 1
        if e >= len(source):  # at the end: drop the newlines before it too
            while s > 0 and source[s - 1] == "\n":
                s -= 1
        hidden.append((s, e))
    return sorted(hidden)


def kept_segments(source: str, blocks: Iterable[_Block]) -> list[tuple[int, int, int]]:
    """The runs of ``source`` shown, as (display start, source start, length), with the
    boilerplate of ``blocks`` left out (``OffsetMap.segments``)."""
    segs: list[tuple[int, int, int]] = []
    pos = disp = 0
    for s, e in hidden_ranges(source, blocks):
        if s > pos:
            segs.append((disp, pos, s - pos))
            disp += s - pos
        pos = max(pos, e)
    if pos < len(source) or not segs:
        segs.append((disp, pos, len(source) - pos))
    return segs


class OffsetMap:
    """Display offsets <-> source offsets <-> (row, column) of one shown text.

    ``segments`` are the kept runs of the source, as (display start, source start, length);
    ``line_starts`` the display offset of each row of the display text."""

    def __init__(self, segments: list[tuple[int, int, int]] | None = None,
                 lines: list[str] | None = None) -> None:
        self.segments: list[tuple[int, int, int]] = segments or []
        self.disp_starts = [d for d, _, _ in self.segments]
        lines = lines or [""]
        self.line_starts: list[int] = [0, *accumulate(len(ln) + 1 for ln in lines)][
            : len(lines)]

    def to_source(self, disp: int) -> int:
        """Display offset -> source offset."""
        i = max(0, bisect_right(self.disp_starts, disp) - 1)
        d, s, n = self.segments[i]
        return s + min(disp - d, n)

    def to_display(self, src: int) -> int | None:
        """Source offset -> display offset (None when it lies in hidden text)."""
        for d, s, n in self.segments:
            if s <= src <= s + n:
                return d + (src - s)
        return None

    def offset_of(self, location: tuple[int, int]) -> int:
        """(row, column) -> display offset."""
        row, col = location
        row = min(row, len(self.line_starts) - 1)
        return self.line_starts[row] + col

    def location_of(self, offset: int) -> tuple[int, int]:
        """Display offset -> (row, column)."""
        row = max(0, bisect_right(self.line_starts, offset) - 1)
        return (row, offset - self.line_starts[row])
