"""The quotes with a mark the finder misses on PolNeAR, by general kind: what to fix next,
and (by counts only) whether a kind seen on ``train`` is as common on ``dev``.

Kinds: ``no segment`` (no pair of marks the finder reads overlaps the content: marks of an
unusual shape); ``heading`` (in the article's first line); ``title case`` (every word
capitalised: read as a title); ``1 word``, ``2 words``, ``3-5 words``, ``6+ words`` (the
quoted words' length: short ones are left out unless a cue or a label introduces them)."""

from __future__ import annotations

from annotations.suggest.marks import Segment, quoted
from annotations.suggest.typewriter import trimmed, typewriter_quotes


def segments_of(text: str) -> tuple[str, list[Segment]]:
    """``text`` with typewriter marks read, and its quoted segments as the finder reads
    them."""
    text = typewriter_quotes(text)
    return text, [trimmed(text, g) for g in quoted(text)]


def miss_kind(text: str, segs: list[Segment], content: tuple[tuple[int, int], ...]) -> str:
    """The kind of one missed attribution (``text`` with typewriter marks read)."""
    mine = [g for g in segs for a, b in content if g.start < b and a < g.end]
    if not mine:
        return "no segment"
    g = mine[0]
    if "\n" not in text[:g.start]:
        return "heading"
    words = text[g.inner_start:g.inner_end].split()
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return "title case"
    n = len(words)
    return "1 word" if n == 1 else "2 words" if n == 2 else "3-5 words" if n <= 5 \
        else "6+ words"
