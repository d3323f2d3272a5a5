"""Titles in quotation marks that read as speech by their punctuation: a show, a book or a
film named after a possessive or the word for it (``on NBC's "Meet the Press."``, ``the book
"Hard Times,"``): capitalised words, not someone's words."""

from __future__ import annotations

import re

#: Words a title keeps in lower case.
_SMALL = frozenset("""of the and a an on in for to with at by or from vs. &""".split())
#: What comes right before a title: a possessive, ``on``, or the word for a work.
_BEFORE_TITLE = re.compile(r"(?:\w['’]s?|\b(?:on|show|program|programme|series|book|novel|"
                           r"memoir|film|movie|documentary|album|song|play|podcast))$", re.I)


def title_case(words: str) -> bool:
    """Every word capitalised (or a figure), small function words aside, the first one
    capitalised: ``Meet the Press.``, ``60 Minutes``."""
    ws = words.split()
    return bool(ws) and not ws[0][:1].islower() and all(
        not w[:1].islower() or w.lower() in _SMALL for w in ws)


def names_a_work(before: str, inner: str) -> bool:
    """Whether quoted words ``inner`` after the words ``before`` them are a work's title."""
    return title_case(inner) and bool(_BEFORE_TITLE.search(before.rstrip()))
