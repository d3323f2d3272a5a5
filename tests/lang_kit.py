"""Shared factories of the Russian and Chinese suggestion tests: an article of paragraphs,
and the quotes the finder suggests in one of its parts."""

from __future__ import annotations

from annotations.model.build import make_article
from annotations.suggest import suggest
from annotations.suggest.lang.ru import find_quotes_ru


def article(*paras: str, language: str | None = None, comments: list | None = None):
    """An article whose body is ``paras`` (with ``comments`` as its thread)."""
    return make_article("t", [("paragraph", p) for p in paras], comments or [],
                        language=language)


def quotes(a, part: str = "body") -> list[tuple]:
    """(exact, speaker, role, cue, mode) of every quote suggested in ``part``."""
    return [(s.exact, s.fields["speaker"], s.fields["speaker_role"], s.fields["cue"],
             s.fields["mode"]) for s in suggest(a, claims=False) if s.part == part]


def ru_speakers(text: str) -> list[tuple[str, str | None]]:
    """(the quote's first three words, its speaker) for every quote the Russian finder finds
    in ``text``."""
    return [(" ".join(text[q.start:q.end].split()[:3]), q.speaker) for q in find_quotes_ru(text)]


def ru_found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(the quote's first three words, its speaker, its cue) for every quote the Russian
    finder finds in ``text``."""
    return [(" ".join(text[q.start:q.end].split()[:3]), q.speaker, q.cue)
            for q in find_quotes_ru(text)]
