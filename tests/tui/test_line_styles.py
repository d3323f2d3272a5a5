"""Flattened line styles draw exactly what the overlapping ranges drew."""

from __future__ import annotations

import random

from rich.console import Console
from rich.style import Style
from rich.text import Text

from tui.widgets.line_styles import FLATTEN_PAST, flatten, flatten_dense

STYLES = [Style(bgcolor="red"), Style(color="blue"), Style(bold=True),
          Style(bgcolor="green", italic=True), Style(reverse=True), Style(underline=True)]


def _segments(line: str, ranges) -> list[tuple[str, Style | None]]:
    """Each character as drawn, with its style."""
    text = Text(line)
    for s, e, style in ranges:
        text.stylize(style, s, min(e, len(line)))
    console = Console(width=200, color_system="truecolor")
    return [(ch, seg.style) for seg in text.render(console) for ch in seg.text]


def test_flattened_ranges_render_the_same_segments():
    rng = random.Random(4)
    line = "Moscow and Beijing discussed a possible military alliance, the spokesman said."
    for _ in range(300):
        ranges = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randrange(0, len(line) + 5)
            e = s + rng.randint(0, 30) if rng.random() < 0.8 else 10**9  # to the line's end
            ranges.append((s, e, rng.choice(STYLES)))
        flat = flatten(ranges, len(line))
        assert _segments(line, flat) == _segments(line, ranges)
        assert all(s < e for s, e, _ in flat)
        assert all(e0 <= s1 for (_, e0, _), (s1, _, _) in zip(flat, flat[1:], strict=False))
        assert len(flat) <= len(line)


def test_many_ranges_over_one_line_become_at_most_one_per_character():
    line = "x" * 40
    ranges = [(i % 40, i % 40 + 10, STYLES[i % len(STYLES)]) for i in range(5000)]
    flat = flatten(ranges, len(line))
    assert len(flat) <= 40
    assert [(a, b) for a, b, _ in flat] == [(i, i + 1) for i in range(40)]


def test_lines_with_few_ranges_keep_one_span_per_range():
    ranges = [(0, 10, STYLES[0]), (5, 8, STYLES[1])]
    assert flatten_dense(ranges, 40) == ranges
    many = [(i, i + 3, STYLES[i % 6]) for i in range(FLATTEN_PAST + 1)]
    assert flatten_dense(many, 40) == flatten(many, 40) != many


def test_a_line_under_thousands_of_ranges_combines_only_its_distinct_styles(monkeypatch):
    """Each piece's style comes from the distinct styles over it (six here), not from every
    one of the thousands of ranges over it: ``]`` restyles such a line on every key."""
    combine = Style.combine
    sizes = []

    def counting(styles):
        styles = list(styles)
        sizes.append(len(styles))
        return combine(styles)

    monkeypatch.setattr(Style, "combine", counting)
    line = "y" * 400
    rng = random.Random(9)
    ranges = []
    for i in range(3000):
        s = rng.randrange(0, 390)
        ranges.append((s, s + rng.randint(5, 120), STYLES[i % len(STYLES)]))
    flat = flatten(ranges, len(line))
    assert sizes and max(sizes) <= len(STYLES)
    monkeypatch.setattr(Style, "combine", combine)
    assert _segments(line, flat) == _segments(line, ranges)


def test_reflattening_a_changed_range_gives_what_flattening_anew_gives():
    """A range changes style (a suggestion stepped to or from): the pieces worked out again
    within it (its style put in place of the old one among their styles, or flattened again
    when another range over it has either style), spliced into the old ones, are the very
    list a flattening of every range gives (same pieces, same ``Style`` objects)."""
    from tui.widgets.line_styles import Combined, reflatten

    rng = random.Random(28)
    old_style, new_style = Style(bgcolor="grey30"), Style(bgcolor="yellow", bold=True)
    kinds = [Style(color=c) for c in ("red", "green", "blue")] + [
        Style(bold=True), Style(underline=True), Style(bgcolor="grey23")]
    checked = dense = shared = 0
    for _ in range(400):
        length = rng.randint(20, 400)
        n = rng.choice([3, 10, 40, 200])
        with_either = rng.random() < 0.3  # other suggestions drawn in either style
        styles = kinds + [old_style, new_style] if with_either else kinds
        ranges = []
        for _ in range(n):
            s = rng.randrange(length)
            ranges.append((s, min(length + 5, s + rng.randint(1, 60)), rng.choice(styles)))
        s = rng.randrange(length)
        e = rng.choice([min(length, s + rng.randint(1, 80)), 10**9])
        at = rng.randrange(len(ranges) + 1)
        before = [*ranges[:at], (s, e, old_style), *ranges[at:]]
        after = [*ranges[:at], (s, e, new_style), *ranges[at:]]
        combined = Combined()
        flat = flatten_dense(before, length, combined)
        spliced = reflatten(flat, after, length, s, e, old_style, new_style, combined)
        anew = flatten_dense(after, length, combined)
        assert spliced == anew
        assert all(a[2] is b[2] for a, b in zip(spliced, anew, strict=True))
        checked += 1
        dense += len(before) > FLATTEN_PAST
        shared += with_either
    assert checked == 400 and dense > 100 and shared > 50


def test_swapping_a_layer_range_gives_what_flattening_anew_gives():
    """A suggestion stepped to or from, on a line under blocks below and tags above, its
    fellow suggestions overlapping it in either style: the pieces within it take the
    layer's styles over them now (the rest of each piece's styles kept), spliced into the
    old pieces: the very list a flattening of every range gives (same ``Style`` objects)."""
    from tui.widgets.line_styles import Combined, swap_in_layer

    rng = random.Random(2028)
    faint, current = Style(italic=True, dim=True), Style(italic=True, underline=True)
    below = [Style(bgcolor="grey23"), Style(color="grey50")]
    above = [Style(bgcolor=c) for c in ("red", "green", "blue")] + [Style(reverse=True)]
    checked = shared = 0
    for _ in range(400):
        length = rng.randint(20, 300)

        def ranges(n: int, styles: list[Style], length: int = length
                   ) -> list[tuple[int, int, Style]]:
            out = []
            for _ in range(n):
                s = rng.randrange(length)
                e = rng.choice([s + rng.randint(1, 80), 10**9])
                out.append((s, e, rng.choice(styles)))
            return out

        layer = ranges(rng.randint(1, 5), [faint, faint, current])
        k = rng.randrange(len(layer))
        s, e, old = layer[k]
        new = current if old is faint else faint
        after_layer = [*layer[:k], (s, e, new), *layer[k + 1:]]
        under, over = ranges(rng.randint(0, 4), below), ranges(rng.choice([20, 60, 300]), above)
        combined = Combined()
        flat = flatten_dense(under + layer + over, length, combined)
        anew = flatten_dense(under + after_layer + over, length, combined)
        clipped = [(a, min(b, length), st) for a, b, st in after_layer if a < min(b, length)]
        swapped = swap_in_layer(flat, length, s, e, clipped, (faint, current), combined)
        assert swapped == anew
        assert all(a[2] is b[2] for a, b in zip(swapped, anew, strict=True))
        checked += 1
        shared += any(a < min(e, length) and s < b for i, (a, b, _) in enumerate(layer)
                      if i != k)
    assert checked == 400 and shared > 100
