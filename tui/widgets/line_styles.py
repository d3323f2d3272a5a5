"""Overlapping styled ranges of one line flattened into ranges that do not overlap.

A line under many tags (a claim inside a quote inside a stance...) carries one span per tag;
rendering it combines the styles at every boundary, each time a row is drawn, so the cost grew
with the tags on the screen. Flattened once (each piece with the combined style of every range
over it, later ranges on top as ``Text.stylize`` draws them), a line has at most as many spans
as it has characters, however many tags cover it.
"""

from __future__ import annotations

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


def flatten_dense(ranges: Ranges, length: int) -> Ranges:
    """``ranges`` clipped to ``length``; flattened (``flatten``) when there are more than
    ``FLATTEN_PAST`` of them."""
    clipped = [(s, min(e, length), st) for s, e, st in ranges if s < min(e, length)]
    return _flattened(clipped) if len(clipped) > FLATTEN_PAST else clipped


def _flattened(clipped: Ranges) -> Ranges:
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (s, e, _) in enumerate(clipped):
        starts.setdefault(s, []).append(i)
        ends.setdefault(e, []).append(i)
    cuts = sorted(starts.keys() | ends.keys())
    active: set[int] = set()
    combined: dict[tuple[int, ...], Style] = {}
    out: Ranges = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        if not active:
            continue
        key = tuple(sorted(active))
        style = combined.get(key)
        if style is None:
            style = combined[key] = Style.combine(clipped[i][2] for i in key)
        if out and out[-1][1] == a and out[-1][2] is style:
            out[-1] = (out[-1][0], b, style)  # the same styles go on: one piece
        else:
            out.append((a, b, style))
    return out
