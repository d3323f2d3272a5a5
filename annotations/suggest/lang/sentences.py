"""Sentences of one paragraph for the Russian and Chinese finders, never cut inside a quoted
segment (``«…. …», — сказал он.`` is one sentence; so is ``「…。」他說``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..marks import Segment, paragraph_spans

_RU_END = re.compile(r"[.!?…]+[»\"”“)]*(?=\s+[«„\"“(—–-]?[А-ЯЁA-Z0-9])")
# abbreviations a Russian sentence does not end at (general vocabulary)
# (units such as "руб." end sentences: mid-sentence they are followed by a lower-case word)
_RU_ABBREV = re.compile(r"(?:^|[\s(])(?:[А-ЯЁA-Z]|г|гг|т\.е|т\.д|т\.п|т\.н|им|ул|н\.э|см|ст|"
                        r"проф|акад|ген|св|рис)\.$")
_ZH_END = re.compile(r"[。！？!?]+[」』”’）)]*")


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def sentences(text: str, start: int, end: int, lang: str,
              quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``; ``quotes``: sorted spans of
    quoted segments, inside which no sentence ends."""
    starts = [a for a, _b in quotes]
    cuts: list[int] = []
    if lang == "zh":
        for m in _ZH_END.finditer(text, start, end):
            if not _inside(quotes, starts, m.start()):
                cuts.append(m.end())
    else:
        for m in _RU_END.finditer(text, start, end):
            if _inside(quotes, starts, m.start()):
                continue
            if text[m.start()] == "." and _RU_ABBREV.search(text, max(start, m.start() - 8),
                                                           m.start() + 1):
                continue
            cuts.append(m.end())
    out = []
    s = start
    for c in cuts + [end]:
        while s < c and text[s].isspace():
            s += 1
        if c > s:
            out.append((s, c))
        s = c
    return out


def by_sentence(text: str, segs: list[Segment], lang: str
                ) -> Iterator[tuple[int, int, int, list[Segment]]]:
    """For each sentence of each paragraph of ``text``: (paragraph index, start, end, the
    quoted segments that open in it)."""
    for k, (ps, pe) in enumerate(paragraph_spans(text)):
        here = [g for g in segs if ps <= g.start < pe]
        for ss, se in sentences(text, ps, pe, lang, [(g.start, g.end) for g in here]):
            yield k, ss, se, [g for g in here if ss <= g.start < se]
