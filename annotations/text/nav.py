"""Sentence, paragraph and word boundaries in plain text (offsets are code points).

``annotations.text.segment`` (ICU and its patterns) is imported at the first sentence or word
asked for: the reader imports this module for its keys, and its first frame needs neither."""

from __future__ import annotations

import re
from bisect import bisect_right

_PARA_RE = re.compile(r"\n\s*\n")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, leading/trailing whitespace excluded (ICU's Unicode
    sentence boundaries with abbreviation handling: ``annotations.text.segment``)."""
    from annotations.text.segment import sentences

    return sentences(text)


#: The longest stretch read as one sentence by the suggester. No sentence of prose comes near
#: it; a text with no full stops (a list, a one-line dump) is read in stretches of it, so the
#: work per quote stays bounded and such a text costs time linear in its length.
LONGEST_SENTENCE = 1500


def capped_sentences(text: str, bounds: list[tuple[int, int]],
                     limit: int = LONGEST_SENTENCE) -> list[tuple[int, int]]:
    """``bounds`` with every sentence longer than ``limit`` cut into stretches of at most
    ``limit`` characters, each cut at the last space of its second half (else at ``limit``);
    the stretches keep the sentences' form (no whitespace at either end)."""
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        while e - s > limit:
            cut = text.rfind(" ", s + limit // 2, s + limit)
            cut = cut if cut > s else s + limit
            end = cut
            while end > s and text[end - 1].isspace():
                end -= 1
            out.append((s, end))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if not stripped:
        return
    s = start + (len(seg) - len(seg.lstrip()))
    out.append((s, s + len(stripped)))


def sentence_at(text: str, pos: int) -> tuple[int, int] | None:
    """The sentence containing ``pos`` (or the next one after it)."""
    bounds = sentence_bounds(text)
    if not bounds:
        return None
    return next_sentence(text, pos) or bounds[-1]


def next_sentence(text: str, end: int) -> tuple[int, int] | None:
    """The first sentence that ends after ``end``."""
    bounds = sentence_bounds(text)
    i = bisect_right([e for _, e in bounds], end)
    return bounds[i] if i < len(bounds) else None


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every blank-line separated paragraph."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _PARA_RE.finditer(text):
        _add(text, start, m.start(), out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


def paragraph_at(text: str, pos: int) -> tuple[int, int] | None:
    """The paragraph containing ``pos`` (or the next one after it)."""
    bounds = paragraph_bounds(text)
    for s, e in bounds:
        if pos < e:
            return (s, e)
    return bounds[-1] if bounds else None


def word_left(text: str, pos: int) -> int:
    """Where ``ctrl+left`` goes from ``pos``: the start of the word before it (dictionary
    words in Chinese and Japanese), or 0."""
    from annotations.text.segment import word_before

    return word_before(text, pos)


def word_right(text: str, pos: int) -> int:
    """Where ``ctrl+right`` goes from ``pos``: the end of the word after it, or the end."""
    from annotations.text.segment import word_after

    return word_after(text, pos)


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` to whole words (Unicode word boundaries: ``Kremlin's`` is one word,
    Chinese and Japanese words come from ICU's dictionary), then trim surrounding whitespace."""
    from annotations.text.segment import word_at

    if 0 < start < len(text):
        w = word_at(text, start)
        if w and w[0] < start:
            start = w[0]
    if 0 < end < len(text):
        w = word_at(text, end - 1)
        if w and w[1] > end:
            end = w[1]
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    if lead + trail >= len(seg):
        return start, end
    return start + lead, end - trail
