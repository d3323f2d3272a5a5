"""The last clause of some words: what follows the last mark that ends a sentence or a
clause, a period after a title or an initial (``Mrs. Clinton``, ``Donald J. Trump``,
``Portsmouth, N.H.``) not counted as one."""

from __future__ import annotations

import re

from .vocab import REPORTING

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


def runs_into_quote(reported: str, after_words: str) -> bool:
    """Whether a report read in a sentence cut at a quote's mark is a subject set apart by
    an apposition, a relative clause or a participle's phrase (``reported``: ``Ann Lee, who
    knows him``, ``Ann Lee, speaking after Tom Reed``), then
    ``after_words`` up to the mark that open with its verb and run into the mark with no
    comma or colon (``, said the plan`` before ``"…``): the verb's own clause goes on into
    the quote, and the words before the verb are its subject, not what it reports."""
    words = after_words.strip(" ,").split()
    return bool(words) and words[0].lower() in REPORTING and \
        not after_words.rstrip().endswith((",", ":")) and \
        _SUBJECT_SET_APART.fullmatch(reported.strip()) is not None


#: A capitalised subject, then one apposition, relative clause or participle's phrase set
#: apart by a comma (``Ann Lee, speaking after Tom Reed``).
_SUBJECT_SET_APART = re.compile(r"[A-Z][^,]*,\s+(?:who|whose|a|an|the|[a-z]{3,}ing)\s[^,]*")
