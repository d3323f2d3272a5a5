"""Names broken by mojibake: UTF-8 read as Latin-1 and written again (``Peña`` as ``PeÃ±a``,
``SÃ\\x83Â¡nchez``), and its decomposed forms (``A`` and a combining tilde for ``Ã``, a
space and a combining diaeresis for ``¨``). The finder reads such a name as one word: each
broken character becomes a letter in a copy of the text of the same length (``fold``), and
the names read there are given back as the text writes them (``restore``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

#: A stand-in letter (lower case, a word character) for a broken one.
FILL = "ı"
#: Where a word is broken: a combining mark; a C1 control or a Latin-1 sign after ``Ã`` or
#: ``Â`` (``Ã\x83``, ``Ã±``); a space between ``Ã`` and a combining mark (``Ã ̈``, a
#: decomposed ``¨``) or between such a control (after ``Ã``, or ``A`` and a combining tilde)
#: and a lower-case letter (``KÃ\x83 rner``: a sign lost). A C1 control alone is no broken
#: letter (``\x96``, ``\x92``, ``\x85``: the dashes, marks and line end of Windows-1252 read
#: as Latin-1, never inside a word).
_BROKEN = re.compile(r"[\u0300-\u036f]|(?<=[\u00c2\u00c3])[\u0080-\u009f\u00a1-\u00bf]|"
                     r"(?<=[\u00c2\u00c3]) (?=[\u0300-\u036f])|"
                     r"(?<=[\u00c2\u00c3\u0300-\u036f][\u0080-\u009f]) (?=[a-z])")
#: Any character mojibake leaves (one class: a fast scan of clean text).
_SUSPECT = re.compile(r"[\u0080-\u009f\u0300-\u036f\u00c2\u00c3]")
#: What goes on breaking the word right after a broken character (``\u0303\xb1``, the
#: ``1⁄4`` of a decomposed ``¼``).
_GOES_ON = re.compile(r"[\u0080-\u009f\u0300-\u036f\u00a1-\u00bf\u2044\d]*")


def fold(text: str) -> str:
    """``text`` with each broken character of a word as ``FILL`` (the same length); ``text``
    itself when it holds none (the common case: one search)."""
    if _SUSPECT.search(text) is None or _BROKEN.search(text) is None:
        return text
    chars = list(text)
    end = 0
    for m in _BROKEN.finditer(text):
        if m.start() < end:
            continue  # inside a run already filled: each character read once, linear
        end = _GOES_ON.match(text, m.end()).end()  # type: ignore[union-attr]
        chars[m.start():end] = FILL * (end - m.start())
    return "".join(chars)


T = TypeVar("T")


def restore(found: list[T], folded: str, text: str) -> list[T]:
    """``found`` (dataclasses with ``speaker`` and ``role``) with each word of a speaker or a
    role that holds ``FILL`` read back from ``text`` where ``folded`` writes it (whatever
    the spaces between the words: ``Tom\xa0PeÃ±a`` is read as ``Tom Peıa``)."""
    if folded is text:
        return found
    words: dict[str, str] | None = None  # each broken word of the text, read once

    def given_back(m: re.Match[str]) -> str:
        return words.get(m.group(), m.group()) if words is not None else m.group()

    out = []
    for f in found:
        changes: dict[str, Any] = {}
        for key in ("speaker", "role"):
            value = getattr(f, key)
            if value and FILL in value:
                words = _broken_words(folded, text) if words is None else words
                changes[key] = _WORD.sub(given_back, value)
        out.append(replace(f, **changes) if changes else f)  # type: ignore[type-var]
    return out


#: A word (``FILL`` is a word character).
_WORD = re.compile(r"\w+")


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _broken_words(folded: str, text: str) -> dict[str, str]:
    """Each word of ``folded`` that holds ``FILL``, and how ``text`` writes it there (the
    first place; each character read once or twice)."""
    out: dict[str, str] = {}
    k = folded.find(FILL)
    while k >= 0:
        a, b = k, k + 1
        while a > 0 and _word_char(folded[a - 1]):
            a -= 1
        while b < len(folded) and _word_char(folded[b]):
            b += 1
        out.setdefault(folded[a:b], text[a:b])
        k = folded.find(FILL, b)
    return out
