"""Names broken by mojibake: UTF-8 read as Latin-1 and written again (``Peña`` as ``PeÃ±a``,
``SarukhÃ\\x83Â¡n``), and its decomposed forms (``A`` and a combining tilde for ``Ã``, a
space and a combining diaeresis for ``¨``). The finder reads such a name as one word: each
broken character becomes a letter in a copy of the text of the same length (``fold``), and
the names read there are given back as the text writes them (``restore``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

#: A stand-in letter (lower case, a word character) for a broken one.
FILL = "ı"
#: Where a word is broken: a C1 control or a combining mark; a Latin-1 sign after ``Ã`` or
#: ``Â`` (``Ã±``); a space between ``Ã`` and a combining mark (``Ã ̈``, a decomposed ``¨``)
#: or between a C1 control and a lower-case letter (``KÃ\x83 rner``: a sign lost).
_BROKEN = re.compile(r"[\u0080-\u009f\u0300-\u036f]|(?<=[\u00c2\u00c3])[\u00a1-\u00bf]|"
                     r"(?<=[\u00c2\u00c3]) (?=[\u0300-\u036f])|(?<=[\u0080-\u009f]) (?=[a-z])")
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
    """``found`` (dataclasses with ``speaker`` and ``role``) with each speaker or role that
    holds ``FILL`` read back from ``text`` where ``folded`` writes it."""
    if folded is text:
        return found
    out = []
    seen: dict[str, str] = {}  # each name looked up once, however many quotes it speaks
    for f in found:
        changes: dict[str, Any] = {}
        for key in ("speaker", "role"):
            value = getattr(f, key)
            if value and FILL in value:
                if value not in seen:
                    k = folded.find(value)
                    seen[value] = text[k:k + len(value)] if k >= 0 else value
                changes[key] = seen[value]
        out.append(replace(f, **changes) if changes else f)  # type: ignore[type-var]
    return out
