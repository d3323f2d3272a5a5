"""The last clause of some words: what follows the last mark that ends a sentence or a
clause, a period after a title or an initial (``Mrs. Clinton``, ``Donald J. Trump``,
``Portsmouth, N.H.``) not counted as one."""

from __future__ import annotations

import re

_ENDS = re.compile(r"[.;:!?]\s")
#: A title, an initial or a dotted abbreviation right before a period: no sentence's end.
_ABBREVIATION = re.compile(r"(?:^|[\s(\"“])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|"
                           r"Col|Prof|Capt|Sgt|Adm|Maj|Cmdr|Rev|Hon|Supt|Det|Insp|Atty|Sens|"
                           r"Reps|Ft|Mt)$|[A-Z]\.[A-Z]$")

#: A dateline opening a story's first sentence: ``WASHINGTON — ``, ``LA CROSSE, Wisc. — ``.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][\w'’.-]*){0,3}\s+[—–-]+\s+")


def last_clause(text: str, ends: re.Pattern[str] = _ENDS) -> str:
    """``text`` after its last match of ``ends`` (a period, semicolon, colon, question or
    exclamation mark and a space), skipping a period that ends a title or an initial; a
    dateline before a story's first clause is none of it."""
    for m in reversed(list(ends.finditer(text))):
        if text[m.start()] == "." and ends_abbreviation(text[:m.start()]):
            continue
        return text[m.end():]
    return _DATELINE.sub("", text, count=1)


def ends_abbreviation(text: str) -> bool:
    """Whether ``text`` ends with a title, an initial or a dotted abbreviation whose period
    would follow (``… Vermont Sen``, ``Donald J``, ``N.H``)."""
    return _ABBREVIATION.search(text) is not None
