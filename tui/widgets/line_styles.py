"""Overlapping styled ranges of one line flattened into ranges that do not overlap.

A line under many tags (a claim inside a quote inside a stance...) carries one span per tag;
rendering it combines the styles at every boundary, each time a row is drawn, so the cost grew
with the tags on the screen. Flattened once (each piece with the combined style of every range
over it, later ranges on top as ``Text.stylize`` draws them), a line has at most as many spans
as it has characters, however many tags cover it.
"""

from __future__ import annotations

from heapq import heappop, heappush

from rich.style import Style

Ranges = list[tuple[int, int, Style]]

#: Lines with at most this many ranges are drawn as they are (one span per tag, as the colour
#: tests read them): their rendering costs little; past it they are flattened.
FLATTEN_PAST = 16


def flatten(ranges: Ranges, length: int) -> Ranges:
    """``ranges`` (start, end, style; drawn in order, later on top) clipped to ``length`` and
    cut where any starts or ends, each piece with its combined style; uncovered gaps left
    out."""
    clipped = [(s, min(e, length), st) for s, e, st in ranges if s < min(e, length)]
    if len(clipped) <= 1:
        return clipped
    return _flattened(clipped)


#: combined styles by the styles combined (in drawing order): kept across the flattenings of
#: one restyle, so the same styles over two pieces give the same ``Style`` object
Combined = dict[tuple[Style, ...], Style]


def flatten_dense(ranges: Ranges, length: int, combined: Combined | None = None) -> Ranges:
    """``ranges`` clipped to ``length``; flattened (``flatten``) when there are more than
    ``FLATTEN_PAST`` of them (their combined styles kept in ``combined`` if given)."""
    clipped = [(s, min(e, length), st) for s, e, st in ranges if s < min(e, length)]
    return _flattened(clipped, combined) if len(clipped) > FLATTEN_PAST else clipped


def reflatten(flat: Ranges, ranges: Ranges, length: int, start: int, end: int,
              combined: Combined) -> Ranges:
    """``flat``, what ``flatten_dense(old ranges, length, combined)`` gave, after ranges
    lying within ``start:end`` changed style (``ranges``: all of the line's, in drawing
    order, the same number as before): only the pieces within ``start:end`` are worked out
    again, from the ranges over them. The same list as flattening every range anew with
    ``combined``: a step between two suggestions on a line under thousands of tags costs
    the ranges over the suggestion, not all of the line's."""
    clipped = [(s, min(e, length), st) for s, e, st in ranges if s < min(e, length)]
    if len(clipped) <= FLATTEN_PAST:
        return clipped
    end = min(end, length)
    if start >= end:
        return flat
    inside = [(max(s, start), min(e, end), st) for s, e, st in clipped if s < end and e > start]
    middle = _flattened(inside, combined) if inside else []
    left: Ranges = []
    right: Ranges = []
    for s, e, st in flat:
        if s < start:
            left.append((s, min(e, start), st))
        if e > end:
            right.append((max(s, end), e, st))
    out = left
    for piece in (*middle, *right):  # joined where the same style goes on, as flattening does
        if out and out[-1][1] == piece[0] and out[-1][2] is piece[2]:
            out[-1] = (out[-1][0], piece[1], piece[2])
        else:
            out.append(piece)
    return out


def _flattened(clipped: Ranges, combined: Combined | None = None) -> Ranges:
    # A piece's style is the styles over it combined in drawing order. Combining keeps, for
    # each attribute, the last style that sets it, so only each distinct style's last range
    # over the piece matters: the key is the distinct styles ordered by their last range,
    # kept per style in a heap of the ranges over the current point (those that ended are
    # dropped lazily). A line under thousands of tags of a few kinds costs
    # O(cuts x kinds x log ranges), not O(cuts x ranges).
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (s, e, _) in enumerate(clipped):
        starts.setdefault(s, []).append(i)
        ends.setdefault(e, []).append(i)
    cuts = sorted(starts.keys() | ends.keys())
    ended = bytearray(len(clipped))
    heaps: dict[Style, list[int]] = {}  # style -> -index of each range over the point
    live: dict[Style, int] = {}  # style -> how many of its ranges are over the point
    if combined is None:
        combined = {}
    out: Ranges = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for i in ends.get(a, ()):
            ended[i] = 1
            st = clipped[i][2]
            if live[st] == 1:
                del live[st], heaps[st]
            else:
                live[st] -= 1
        for i in starts.get(a, ()):
            st = clipped[i][2]
            live[st] = live.get(st, 0) + 1
            heappush(heaps.setdefault(st, []), -i)
        if not live:
            continue
        last = []
        for st, heap in heaps.items():
            while ended[-heap[0]]:
                heappop(heap)
            last.append((-heap[0], st))
        key = tuple(st for _, st in sorted(last)) if len(last) > 1 else (last[0][1],)
        style = combined.get(key)
        if style is None:
            style = combined[key] = key[0] if len(key) == 1 else Style.combine(key)
        if out and out[-1][1] == a and out[-1][2] is style:
            out[-1] = (out[-1][0], b, style)  # the same styles go on: one piece
        else:
            out.append((a, b, style))
    return out
