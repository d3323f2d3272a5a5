"""Overlapping styled ranges of one line flattened into ranges that do not overlap.

A line under many tags (a claim inside a quote inside a stance...) carries one span per tag;
rendering it combines the styles at every boundary, each time a row is drawn, so the cost grew
with the tags on the screen. Flattened once (each piece with the combined style of every range
over it, later ranges on top as ``Text.stylize`` draws them), a line has at most as many spans
as it has characters, however many tags cover it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from heapq import heappop, heappush
from operator import itemgetter

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


class Combined:
    """Combined styles by the styles combined (in drawing order), and each combined style's
    styles: kept across the flattenings of one restyle, so the same styles over two pieces
    give the same ``Style`` object."""

    def __init__(self) -> None:
        self._styles: dict[tuple[Style, ...], Style] = {}
        self._keys: dict[int, tuple[Style, ...]] = {}  # id of a style given -> its styles

    def get(self, key: tuple[Style, ...]) -> Style:
        """The styles of ``key`` combined (the style itself for one)."""
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = key[0] if len(key) == 1 else Style.combine(key)
            self._keys[id(style)] = key  # (alive as long as this: it is a value here)
        return style

    def key_of(self, style: Style) -> tuple[Style, ...] | None:
        """The styles ``style`` was combined from (None: not given by ``get``)."""
        return self._keys.get(id(style))


def clip(ranges: Ranges, length: int) -> Ranges:
    """``ranges`` cut at ``length``; those left empty left out."""
    return [(s, min(e, length), st) for s, e, st in ranges if s < min(e, length)]


def flatten_dense(ranges: Ranges, length: int, combined: Combined | None = None) -> Ranges:
    """``ranges`` clipped to ``length``; flattened (``flatten``) when there are more than
    ``FLATTEN_PAST`` of them (their combined styles kept in ``combined`` if given)."""
    clipped = clip(ranges, length)
    return _flattened(clipped, combined) if len(clipped) > FLATTEN_PAST else clipped


def is_dense(clipped: Ranges) -> bool:
    """Whether ``flatten_dense`` flattens these (clipped) ranges."""
    return len(clipped) > FLATTEN_PAST


def swap_in_layer(flat: Ranges, length: int, start: int, end: int, layer: Ranges,
                  layer_styles: tuple[Style, ...], combined: Combined) -> Ranges | None:
    """``flat``, a line's ranges flattened with ``combined`` (``flatten_dense``, dense),
    after one range of a *layer* over ``start:end`` changed its style; the same list as
    flattening every range anew. The layer's ranges (``layer``: the line's ranges in the
    styles ``layer_styles``, in drawing order, as they are now) are drawn one after another,
    and no other range of the line has one of those styles; so in each piece's styles (in
    drawing order) the layer's come together, and only they change. Each piece within
    ``start:end`` keeps the others and takes the styles of the layer ranges over it now.

    The cost is that of the pieces within ``start:end`` and of the layer (a few suggestions
    on a line), whatever number of ranges (tags) lie under or over them. None: a piece there
    that ``combined`` did not give."""
    end = min(end, length)
    if start >= end:
        return flat
    first = bisect_right(flat, start, key=itemgetter(1))  # the first piece ending past start
    stop = bisect_left(flat, end, key=itemgetter(0))  # the first piece starting at end or on
    cuts = sorted({start, end, *(x for s, e, _ in layer for x in (s, e) if start < x < end)})
    out = flat[:first]

    def put(a: int, b: int, style: Style) -> None:  # joined as flattening joins them
        if out and out[-1][1] == a and out[-1][2] is style:
            out[-1] = (out[-1][0], b, style)
        else:
            out.append((a, b, style))

    for s, e, style in flat[first:stop]:
        key = combined.key_of(style)
        if key is None:
            return None
        at = [i for i, st in enumerate(key) if st in layer_styles]
        if not at or at[-1] - at[0] != len(at) - 1:
            return None
        head, tail = key[:at[0]], key[at[-1] + 1:]
        if s < start:
            put(s, start, style)
        lo, hi = max(s, start), min(e, end)
        inner = [x for x in cuts if lo < x < hi]
        for a, b in zip([lo, *inner], [*inner, hi], strict=True):
            last: dict[Style, int] = {}  # the layer's styles over a:b, by their last range
            for i, (ls, le, st) in enumerate(layer):
                if ls <= a and b <= le:
                    last.pop(st, None)
                    last[st] = i
            put(a, b, combined.get(head + tuple(last) + tail))
        if e > end:
            put(end, e, style)
    if stop < len(flat):
        put(*flat[stop])
        out.extend(flat[stop + 1:])
    return out


def reflatten(flat: Ranges, ranges: Ranges, length: int, start: int, end: int,
              old: Style, new: Style, combined: Combined) -> Ranges:
    """``flat``, what ``flatten_dense(old ranges, length, combined)`` gave, after the range
    ``start:end`` changed its style from ``old`` to ``new`` (``ranges``: all of the line's
    now, in drawing order): the same list as flattening every range anew with ``combined``,
    but only the pieces within ``start:end`` are worked out again. When no other range over
    it has either style, each piece there takes ``new`` in the place of ``old`` among its
    styles; otherwise the pieces are flattened again from the ranges over it. A step between
    two suggestions on a line under thousands of tags costs the suggestion's pieces."""
    clipped = [(s, min(e, length), st) for s, e, st in ranges if s < min(e, length)]
    if len(clipped) <= FLATTEN_PAST:
        return clipped
    end = min(end, length)
    if start >= end:
        return flat
    inside = [(max(s, start), min(e, end), st) for s, e, st in clipped if s < end and e > start]
    middle = _substituted(flat, start, end, old, new, combined) if sum(
        st == old or st == new for _, _, st in inside) == 1 else None
    if middle is None:
        middle = _flattened(inside, combined)
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


def _substituted(flat: Ranges, start: int, end: int, old: Style, new: Style,
                 combined: Combined) -> Ranges | None:
    """The pieces of ``flat`` within ``start:end`` with ``new`` in the place of ``old`` among
    the styles each combines (None: a piece there that ``combined`` did not give, or one
    across ``start`` or ``end``)."""
    out: Ranges = []
    for s, e, st in flat:
        if e <= start or s >= end:
            continue
        key = combined.key_of(st)
        if key is None or s < start or e > end:
            return None
        out.append((s, e, combined.get(tuple(new if k == old else k for k in key))))
    return out


def cut(clipped: Ranges, combined: Combined) -> Ranges:
    """``clipped`` (ranges clipped to their line) cut where any starts or ends, each piece
    with its combined style, pieces with the same style *not* joined: the segments rich
    renders from a ``Text`` styled with these ranges, one for one (uncovered gaps left
    out; their styles equal to rich's, which combines every range over a piece)."""
    return _flattened(clipped, combined, join=False)


def _flattened(clipped: Ranges, combined: Combined | None = None, join: bool = True) -> Ranges:
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
        combined = Combined()
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
        if join and out and out[-1][1] == a and out[-1][2] is style:
            out[-1] = (out[-1][0], b, style)  # the same styles go on: one piece
        else:
            out.append((a, b, style))
    return out
