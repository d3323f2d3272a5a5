"""A name that only modifies the noun phrase it opens: ``Obama consultant Cornell Belcher``,
``Clinton campaign chairman John Podesta``. The phrase's subject is the later name."""

from __future__ import annotations

import re

from .names import titled
from .vocab import MODIFIERS, ORG_WORDS, REPORTING

_RUN_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*)*")
#: Between the two names: a possessive and at most three lower-case words (a role).
_GAP_RE = re.compile(r"(?:['’]s)?(?:[ \u00a0]+[a-z][\w-]*){1,3}[ \u00a0]+")


def modifier_pairs(text: str, mentions: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(modifier position, head position) of each pair of mentions where the first, with a
    few lower-case role words, stands right before the second (sorted ``mentions``)."""
    out = []
    for (p1, _n1), (p2, _n2) in zip(mentions, mentions[1:], strict=False):
        run = _RUN_RE.match(text, p1)
        if run is None or p2 - run.end() > 40:
            continue
        gap = _GAP_RE.fullmatch(text, run.end(), p2)
        words = gap.group().split()[-3:] if gap else []
        words = [w for w in words if w not in ("'s", "’s")]
        if words and titled(words[-1]) and not words[-1].endswith("s") and all(
                w not in REPORTING and (titled(w) or w in MODIFIERS or w in ORG_WORDS)
                for w in words):  # "consultant", "campaign chairman"; not "told reporters"
            out.append((p1, p2))
    return out


_LEAD_RE = re.compile(r"(?:^|[.!?\n][\"”’]?\s+)(?P<words>(?:[\w'’.-]+[ \u00a0]+){1,4})$")


def role_led(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` opens its sentence behind a role only (``Reed consultant
    Pat Quinn picked …``, ``Former Gov. Pat Quinn said``): it is the sentence's subject."""
    m = _LEAD_RE.search(text, max(0, pos - 80), pos)
    if m is None:
        return False
    words = m.group("words").split()
    return titled(words[-1]) and all(
        w[:1].isupper() or titled(w) or w in MODIFIERS or w in ORG_WORDS for w in words)
