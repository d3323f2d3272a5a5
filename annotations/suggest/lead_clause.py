"""Who speaks a quote that a clause opens with a verb the cue rules do not read as a cue:
``The ad claims "…"``, ``It added, "…"``, ``The email went on to say: "…"``, ``A stunned
Oldham quipped, "…"``, ``as the prosecutor Anna Berg put it, "…"``: the subject of the
clause that ends right before the opening mark."""

from __future__ import annotations

import re

from .cues import subject_of
from .fallbacks import TEXT_NOUNS
from .names import Mention
from .vocab import FUNCTION_WORDS, REPORTING

#: A text that speaks: a determiner, up to three words, a noun for a text.
_TEXT_RE = re.compile(r"(?P<det>the|this|that|an?|its|his|her|their)\s+"
                      r"(?P<np>(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))", re.I)
#: Words between the subject and the verb that are not the subject.
_ADVERBS = frozenset("""also then again later once now simply just only still even further
    quickly flatly""".split())
_SAYING = frozenset({"read", "reads", "reading", "say", "saying", "put"})


def _verb_like(word: str) -> bool:
    """A lower-case word that can end a clause as its verb: a reporting verb, a past or
    third-person form (``quipped``, ``claims``), ``read``, ``put``."""
    if not word.islower() or word in FUNCTION_WORDS:
        return False
    return word in REPORTING or word in _SAYING or len(word) > 4 and (
        word.endswith("ed") or word.endswith("s") and not word.endswith(("ss", "ous")))


def lead_speaker(lead: str) -> Mention | None:
    """The subject of the clause ``lead`` (the words of a sentence before an opening mark)
    when that clause ends with its verb, a comma or a colon allowed after it (``on to say``,
    ``put it`` and ``that`` too): a text (``the ad``), ``it``, or a person."""
    # the clause that ends before the mark: after a sentence's end, a parenthesis or a dash
    clause = re.split(r"[.;:!?]\s|\(|\s[—–-]+\s", lead.strip())[-1].strip().rstrip(",:—–- ")
    clause = re.sub(r"\s+(?:that|it)$", "", clause)  # "…claims that", "…put it"
    clause = re.sub(r"\s+(?:went|goes|go)\s+on\s+to\s+say$", " says", clause)
    words = clause.split()
    if len(words) < 2 or not _verb_like(words[-1]):
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].strip(",") in _ADVERBS:
        k -= 1
    before = " ".join(words[:k]).rstrip(",")
    before = re.sub(r"^(?:[Aa]s|[Aa]nd|[Bb]ut|[Ss]o)\s+", "", before)
    if before.split()[-1:] in (["it"], ["It"]) and len(before.split(",")[-1].split()) <= 4:
        return Mention(pronoun="it")  # "It added", "At the bottom it reads"
    m = _TEXT_RE.fullmatch(before)
    if m is not None and m.group("head") in TEXT_NOUNS:
        return Mention(role=m.group("np"), definite=m.group("det").lower() not in ("a", "an"))
    if len(before.split()) > 12:
        return None
    found = subject_of(before)
    if found is not None and found.name and found.name.split()[0].lower() in FUNCTION_WORDS:
        return None  # "Despite his": a fronted word, no one's name
    return found if found is not None and (found.name or found.role or found.pronoun in (
        "he", "she", "they")) else None
