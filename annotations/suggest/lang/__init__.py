"""Suggestions in languages other than English: which language a text is in, and the quote
finders for Russian (``ru``) and Chinese (``zh``). Word lists here are general vocabulary
(verbs of saying, titles), never names, places or institutions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .detect import finder_language, script_language
from .visible import visible_name, visible_span

if TYPE_CHECKING:
    from ..quotes import QuoteFind

__all__ = ["find_quotes_in", "finder_language", "script_language"]


def find_quotes_in(text: str, language: str | None = None,
                   set_off: Sequence[tuple[int, int, str | None]] = (), indirect: bool = True,
                   bounds: list[tuple[int, int]] | None = None,
                   lines: list[tuple[int, int]] | None = None) -> list[QuoteFind]:
    """The quotes of ``text`` by the finder of its language (``language``: the article's
    metadata, else the text's script decides); English and the languages without a finder
    of their own go to the English one, unchanged. When already known, ``bounds``: the
    text's sentences (``sentence_bounds``, for English); ``lines``: the sentences of its
    lines (``marks.line_sentences`` in the finder's language, for Russian and Chinese)."""
    lang = finder_language(text, language)
    if lang == "ru":
        from .ru import find_quotes_ru

        found = find_quotes_ru(text, lines)
    elif lang == "zh":
        from .zh import find_quotes_zh

        found = find_quotes_zh(text, lines)
    else:
        from ..quotes import find_quotes

        return find_quotes(text, set_off, indirect=indirect, bounds=bounds)
    # a quote starts and ends on a visible character (not a direction mark or a space), and
    # a speaker or role read out of the text shows no invisible or control character
    found = [replace(q, start=a, end=b, speaker=visible_name(q.speaker),
                     role=closed_role(visible_name(q.role)))
             for q in found for a, b in [visible_span(text, q.start, q.end)] if a < b]
    return found if indirect else [q for q in found if q.mode != "indirect"]


#: Closing quotation marks, each with the opening mark it closes.
_CLOSING = (("''", "''"), ("»", "«"), ("”", "“"), ('"', '"'))


def closed_role(role: str | None) -> str | None:
    """``role`` without a closing quotation mark at its end whose opening mark it lacks
    (``Вокалист группы Северный Ветер''``: a wiki's italics read from the second mark)."""
    if role is None:
        return None
    for close, opening in _CLOSING:
        if role.endswith(close):
            rest = role[: -len(close)]
            if rest.count(opening) % 2 == 0 if close == opening else opening not in rest:
                return rest.rstrip() or None
    return role
