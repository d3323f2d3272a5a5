"""Typewriter double quotes: two apostrophes for one mark (``''It is over,'' he said.``), as
some wires and archives write them. They are read as a straight double mark; a word joiner
(U+2060) takes the second apostrophe's place, so every offset stays the same."""

from __future__ import annotations

import re

from .marks import Segment

JOINER = "\u2060"
_PAIR_RE = re.compile(r"''")


def typewriter_quotes(text: str) -> str:
    """``text`` with each ``''`` as ``"`` and a joiner: ``"⁠`` where it opens a quote (after a
    space, a line start or an opening bracket, and before a word), ``⁠"`` where it closes one
    (``'rich poor,' '' she said``: a space after it, or the end of the text)."""
    if "''" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opens = (before.isspace() or before in "([{—–-") and not after.isspace()
        return '"' + JOINER if opens else JOINER + '"'

    return _PAIR_RE.sub(one, text)


def trimmed(text: str, g: Segment) -> Segment:
    """A segment whose words do not hold the joiners of its marks."""
    a, b = g.inner_start, g.inner_end
    if a < b and text[a] == JOINER:
        a += 1
    if a < b and text[b - 1] == JOINER:
        b -= 1
    return g if (a, b) == (g.inner_start, g.inner_end) else Segment(g.start, g.end, a, b,
                                                                       g.closed)
