"""A speaker's role as the tag form proposes it: a role noun phrase, never a courtesy title
alone (``Mr.``), a clause's first word (``When President``), a dangling word or trailing
punctuation (``authors,``)."""

from __future__ import annotations

import re

from .vocab import TITLES

#: Courtesy titles and abbreviated ones: part of how a name is written, not a role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "sen",
                        "rep", "gov", "gen", "capt", "lt", "col", "sgt", "prof", "rev", "st"})
#: Words that open a clause or a phrase before the role, or dangle after it.
_EDGE = frozenset({"when", "while", "after", "before", "as", "if", "since", "because", "so",
                   "but", "and", "or", "yet", "then", "in", "on", "at", "of", "for", "to",
                   "with", "by", "from", "that", "which", "who", "last", "this", "week",
                   "friends", "though", "although", "once", "until", "unless", "where"})
_SENTENCE_END = re.compile(r"(\S*)[.!?]+[\s\"“”]+(?=\S)")


def _bare(word: str) -> str:
    return word.strip(".,;:()[]\"“”'’‘—–").lower()


def clean_role(role: str | None) -> str | None:
    """The role part of ``role``, or None when nothing of a role is left."""
    if not role:
        return None
    text = role.strip()
    ends = [m.end() for m in _SENTENCE_END.finditer(text)  # "emerged. Trump's chairman,"
            if len(m.group(1)) > 1 and _bare(m.group(1)) not in HONORIFICS]
    text = text[ends[-1]:] if ends else text
    text = re.sub(r"\([^()]*\)?", " ", text)  # "(R-Fla.)"
    pieces = [p for p in (x.strip() for x in text.split(",")) if p]
    if not pieces:
        return None
    # "the convention, his top aide,": the piece that holds a role noun, the last first
    text = next((p for p in reversed(pieces) if any(_bare(w) in TITLES for w in p.split())),
                pieces[-1])
    # "a party operative who played a major role …": the noun phrase, not its clause
    text = re.split(r"\s(?:who|whom|whose|which|that)\s", text, maxsplit=1)[0]
    words = text.split()
    while words and (_bare(words[0]) in _EDGE or _bare(words[0]) in HONORIFICS):
        words.pop(0)
    while words and (_bare(words[-1]) in _EDGE or _bare(words[-1]) in HONORIFICS
                     or _bare(words[-1]) in {"the", "a", "an"} or not _bare(words[-1])):
        words.pop()
    if not any(_bare(w) in TITLES or _bare(w).rsplit("-", 1)[-1] in TITLES for w in words):
        return None  # "former", "Epstein", "6:00p.m": no role noun ("president-elect" is one)
    out = " ".join(words).strip(".,;:—–-\"“”‘’'()[] ")  # "aide —", "“spokesman"
    return out or None
