"""The quotes with a mark the finder misses on PolNeAR, by general kind: what to fix next,
and (by counts only) whether a kind seen on ``train`` is as common on ``dev``.

Kinds: ``no segment`` (no pair of marks the finder reads overlaps the content: marks of an
unusual shape); ``heading`` (in the article's first line); ``title case`` (every word
capitalised: read as a title); ``1 word``, ``2 words``, ``3-5 words``, ``6+ words`` (the
quoted words' length: short ones are left out unless a cue or a label introduces them)."""

from __future__ import annotations

from collections import Counter

from annotations.suggest.marks import quoted
from annotations.suggest.quotes import find_quotes
from annotations.suggest.typewriter import trimmed, typewriter_quotes
from benchmarks.polnear import PolArticle
from benchmarks.polnear_score import MARKS


def miss_kind(text: str, segs: list, content: tuple[tuple[int, int], ...]) -> str:
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


def miss_kinds(articles: list[PolArticle]) -> Counter[str]:
    """How many missed attributions holding a mark there are of each kind."""
    out: Counter[str] = Counter()
    for art in articles:
        text = typewriter_quotes(art.text)
        quotes = find_quotes(art.text)
        segs = [trimmed(text, g) for g in quoted(text)]
        for att in art.attributions:
            content = art.span_text(att.content)
            if not any(m in content for m in MARKS):
                continue
            if any(q.start < b and a < q.end for q in quotes for a, b in att.content):
                continue
            out[miss_kind(text, segs, att.content)] += 1
    return out
