"""Sentence, paragraph and word boundaries in plain text (offsets are code points)."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before
# whitespace, or at a blank line. Abbreviations such as "U.S." or "Mr." are not ends.
_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n\s*\n")
_ABBREV = re.compile(r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|U\.S|U\.K)\.)$")
_PARA_RE = re.compile(r"\n\s*\n")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, leading/trailing whitespace excluded."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        if not m.group().startswith("\n") and _ABBREV.search(text[max(0, end - 5) : end]):
            # "U.S." / "Mr." : not the end, unless a blank line or text end follows
            if end < len(text) and not text[end:].startswith("\n\n"):
                continue
        _add(text, start, end, out)
        start = m.end()
    _add(text, start, len(text), out)
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
    for s, e in sentence_bounds(text):
        if pos < e:
            return (s, e)
    bounds = sentence_bounds(text)
    return bounds[-1] if bounds else None


def next_sentence(text: str, end: int) -> tuple[int, int] | None:
    """The first sentence that ends after ``end``."""
    for s, e in sentence_bounds(text):
        if e > end:
            return (s, e)
    return None


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


#: Characters that join two letters into one word: ``Kremlin's``, ``don’t``.
_JOINERS = "'’"


def _word_char(text: str, i: int) -> bool:
    c = text[i]
    if c.isalnum():
        return True
    return c in _JOINERS and 0 < i < len(text) - 1 and text[i - 1].isalnum() and \
        text[i + 1].isalnum()


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` to whole words (an apostrophe between letters is part of the
    word), then trim surrounding whitespace."""
    while 0 < start < len(text) and _word_char(text, start - 1) and _word_char(text, start):
        start -= 1
    while 0 < end < len(text) and _word_char(text, end - 1) and _word_char(text, end):
        end += 1
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    if lead + trail >= len(seg):
        return start, end
    return start + lead, end - trail
