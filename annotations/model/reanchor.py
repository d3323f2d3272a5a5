"""Re-anchoring: find where a tagged span went when its article's text was edited.

Tried in order: the same position (the text there is unchanged), the exact text (prefix and
suffix decide between repeats, then closeness to the old position), then a fuzzy match whose
similarity is at least ``FUZZY_THRESHOLD``. A span that none of these places is an orphan.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from annotations.model.models import CONTEXT_CHARS, Anchor

FUZZY_THRESHOLD = 0.8
Method = Literal["position", "exact", "fuzzy"]


@dataclass(frozen=True)
class Placement:
    """Where a span was placed in the new text, and how it was found."""

    start: int
    end: int
    method: Method
    score: float = 1.0


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> int:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _fuzzy(text: str, anchor: Anchor) -> Placement | None:
    exact = anchor.exact
    if len(exact) < 8 or not text:
        return None
    sm = difflib.SequenceMatcher(None, text, exact, autojunk=False)
    m = sm.find_longest_match(0, len(text), 0, len(exact))
    if m.size < max(4, len(exact) // 5):
        return None
    guess = max(0, m.a - m.b)
    best: Placement | None = None
    best_rank = 0.0
    n = len(exact)
    # try windows around the guess; lengths within 25% of the original span
    for ds in range(-n // 4, n // 4 + 1, max(1, n // 20)):
        s0 = max(0, guess + ds)
        for dl in range(-n // 4, n // 4 + 1, max(1, n // 20)):
            e0 = min(len(text), s0 + n + dl)
            if e0 <= s0:
                continue
            s, e = _snap_to_words(text, s0, e0)
            cand = text[s:e].strip()
            if not cand:
                continue
            s = text.index(cand, s)
            e = s + len(cand)
            ratio = difflib.SequenceMatcher(None, cand, exact, autojunk=False).ratio()
            if ratio < FUZZY_THRESHOLD:
                continue
            # similarity first; matching context (prefix/suffix) breaks near-ties
            rank = ratio + 0.2 * _context_score(text, s, e, anchor) / (2 * CONTEXT_CHARS)
            if best is None or rank > best_rank:
                best, best_rank = Placement(s, e, "fuzzy", ratio), rank
    return best


def place(anchor: Anchor, text: str) -> Placement | None:
    """Where ``anchor``'s span is in ``text`` (the edited part), or None (an orphan)."""
    if text[anchor.start : anchor.end] == anchor.exact:
        return Placement(anchor.start, anchor.end, "position")
    hits = [m.start() for m in re.finditer(re.escape(anchor.exact), text)]
    if hits:
        n = len(anchor.exact)
        best = max(
            hits,
            key=lambda s: (_context_score(text, s, s + n, anchor), -abs(s - anchor.start)),
        )
        return Placement(best, best + n, "exact")
    return _fuzzy(text, anchor)
