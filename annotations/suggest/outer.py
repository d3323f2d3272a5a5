"""The outer source of a nested report: ``"…," Lee said, according to the Daily Planet``,
``"…," said Sam Cole, reports the Evening Star``, ``…, the Daily Planet reported.``: the
report the writer cites for the words (PolNeAR's source), not the one quoted inside it."""

from __future__ import annotations

import re

from .cues import source_mention
from .first_names import is_first_name
from .names import Mention

#: A source's words up to the comma or the stop that ends it; abbreviations' periods
#: (``Mr.``, ``U.S.``, ``A.F.L.-C.I.O.``, ``F.A.A``) and a web name's (``site.com``) kept.
_NP = r"(?:[A-Z][a-z]{0,2}\.(?:[A-Z]\.|-)*\s?|\.(?=[a-z])|[^,.;:!?“”\"()—–])"
#: A name of up to five capitalised words, ``the`` before it (``the Evening Star``).
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}"
#: When a report came out, after ``reported``: ``in 1991``, ``late Thursday``.
_WHEN = (r"(?:(?:late|early|on|in|last|earlier|this)\s+)?(?:[A-Z][a-z]+day|\d{4}|week|month|"
         r"year|night|morning|evening)")


def _cited(comma: str) -> str:
    """Whom a report is cited from, ``comma`` before it: ``, according to X``, ``, X
    reported``, ``, reports X``."""
    return (rf"(?:,?\s+according\s+to\s+(?P<np>{_NP}{{2,80}}?)|{comma}\s+(?:(?P<np2>{_NAME})\s+"
            rf"(?:first\s+|also\s+)?(?:reported|reports)(?:\s+{_WHEN})?|(?:reports?|reported)\s+"
            rf"(?P<np3>{_NAME})))")


#: The rest of a quote's sentence (a title's period in it: ``Mr. Lee said``), its cue, then
#: whom it is cited from, closing it.
_CITED_AFTER = re.compile(rf"(?:[A-Z][a-z]{{0,2}}\.\s|[^.!?;:“”\"]){{0,200}}?{_cited(',')}"
                          r"\s*(?:[.,;]|$)")
#: The same right after a quote whose comma is inside its marks (``"…," the Planet reported``).
_CITED_NEXT = re.compile(rf"{_cited('')}\s*(?:[.,;]|$)")
#: Reported words closed by whom they are cited from.
_CITED_TAIL = re.compile(rf"{_cited(',')}\s*\.?\s*$")
#: A sentence's stop kept after a word (``CNN.``), not an abbreviation's (``U.S.``).
_END_STOP = re.compile(r"(?<=[A-Za-z]{2})\.$")


def _source(m: re.Match[str] | None) -> Mention | None:
    """Who a match of ``_cited`` names."""
    if m is None:
        return None
    np = m.group("np") or m.group("np2") or m.group("np3")
    return source_mention(_END_STOP.sub("", np.strip()))


def outer_source(text: str, end: int, sentence_end: int) -> Mention | None:
    """Whom the rest of a quote's sentence (``text[end:sentence_end]``, after its cue)
    cites for it: ``, according to`` a source, ``, X reported.`` or ``, reports X.``."""
    stop = sentence_end + 1
    if text.find("according", end, stop) < 0 and text.find("report", end, stop) < 0:
        return None  # (most quotes: no pattern run)
    if text[end - 2:end - 1] == ",":  # '"…," the Daily Planet reported.'
        m = _CITED_NEXT.match(text, end, stop)
        if m is not None:
            return _source(m)
    return _source(_CITED_AFTER.match(text, end, stop))


def cited_at_end(words: str) -> Mention | None:
    """Whom reported ``words`` cite at their end (``the campaign said he will attend,
    according to the Daily Planet.``, ``…, the Daily Planet reported.``)."""
    if "report" not in words[-80:] and "according" not in words[-140:]:
        return None
    return _source(_CITED_TAIL.search(words[-200:]))


#: ``According to X,`` opening a sentence whose own clause reports the words.
_CITED_FIRST = re.compile(rf"\s*According\s+to\s+(?P<np>{_NP}{{2,80}}?),\s")


def cited_first(sentence: str) -> Mention | None:
    """Whom a sentence opened by ``According to X,`` cites for the words its clause reports
    (``According to the Daily Planet, Lee said the plan was "dead."``): a report, an outlet or
    a body, not a person named by a first name (their clause's subject speaks)."""
    if not sentence.lstrip().startswith("According"):
        return None
    m = _CITED_FIRST.match(sentence)
    who = source_mention(m.group("np").strip()) if m is not None else None
    if who is not None and who.name and not who.org and is_first_name(who.name.split()[0]):
        return None  # 'According to Ann Lee, Sam Smith said': a person's account gives way
    return who
