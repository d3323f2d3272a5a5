"""Who speaks a quote that no cue introduces, inside a sentence: the subject of the sentence
(``Carson called the political system "rotten to the core."``, ``He praised those who left
but said, "We are in a different ballgame."``)."""

from __future__ import annotations

import re

from .cues import clause_subject
from .names import Mention, parse_np
from .subjects import strip_fronted

#: Auxiliaries and the commonest irregular past forms: a clause's verb.
_VERBISH = frozenset("""is are was were will would could can may might must has had have do
    does did should shall made took gave went came saw knew thought found got felt left kept
    held brought began became ran won lost paid met sent built spent led meant told said
    wrote spoke broke chose stood sold bought""".split())


def partial_subject(before: str, inner: str) -> Mention | None:
    """The subject of the clause ``before`` a quote whose words are ``inner``, when the quote
    holds three words or more and ``before`` reads as a clause (a subject and a verb)."""
    lead = before.strip()
    if len(inner.split()) < 3 or not lead:
        return None
    clause = strip_fronted(lead)
    words = clause.split()
    if len(words) < 3 or not any(w.islower() and (w.endswith(("ed", "s")) or w in _VERBISH)
                                 for w in words[1:]):
        return None
    head = parse_np(clause.split(",", 1)[0]) if "," in clause else None
    # "Tom Reed, a party operative who …, said …": the name that opens the clause
    m = head if head is not None and head.name and not head.org else clause_subject(clause)
    if m is None or m.pronoun in ("i", "we") or not (m.name or m.pronoun or m.role):
        return None
    return m


_LABEL_RE = re.compile(r"\b(?:called|calls|calling|dubbed|dubbing|labeled|labelled|labeling|"
                       r"branded|branding|described\s+(?:\S+\s+){1,4}as|describing\s+(?:\S+\s+)"
                       r"{1,4}as)\s+(?:\S+\s+){0,3}(?:an?\s+)?$")


def labels(before: str) -> bool:
    """Whether the words before a quote name what someone calls something (``called him a``,
    ``described the protests as``): the short quote after them is that person's word."""
    return bool(_LABEL_RE.search(before))
