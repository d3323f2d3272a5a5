"""How much a reader reads: words in spaced scripts, characters in Chinese and Japanese.

A page must hold ``MIN_READING_WORDS`` of running text to count as an article. Words are what
whitespace separates (as the rule always counted them); in Chinese and Japanese, written
without spaces, ``CJK_CHARS_PER_WORD`` characters count as one word: 40 words of English are
as much text as 80 characters of Chinese or Japanese (docs/text-segmentation.md says why).
"""

from __future__ import annotations

import re
import unicodedata

MIN_READING_WORDS = 40
CJK_CHARS_PER_WORD = 2


def is_cjk(ch: str) -> bool:
    """A Han ideograph, kana or CJK symbol letter (a script written without spaces)."""
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3040 <= o <= 0x30FF
            or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F or 0x31F0 <= o <= 0x31FF
            or 0xFF66 <= o <= 0xFF9D)


def _is_cjk_punctuation(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFF65


#: ``is_cjk`` and the CJK punctuation as character classes: counting a 20 MB page's text
#: character by character in Python took most of its reading time (#23).
_CJK = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff\uf900-\ufaff"
                  "\U00020000-\U0003134f\u31f0-\u31ff\uff66-\uff9d]")
_SPACELESS = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff\uf900-\ufaff"
                        "\U00020000-\U0003134f\u31f0-\u31ff\uff66-\uff9d"
                        "\u3000-\u303f\uff00-\uff65]")


def _cjk_count(text: str) -> int:
    return len(text) - len(_CJK.sub("", text))


def reading_words(text: str) -> float:
    """The length of ``text`` in words a reader reads: whitespace-separated words, plus
    1/``CJK_CHARS_PER_WORD`` word for each Chinese or Japanese character (their punctuation
    counts nothing)."""
    return len(_SPACELESS.sub(" ", text).split()) + _cjk_count(text) / CJK_CHARS_PER_WORD


def describe_length(text: str) -> str:
    """``24 words`` or ``61 characters`` (CJK text): how a refusal names what it found."""
    cjk = _cjk_count(text)
    if cjk * 2 > len(text.strip()):
        return f"{cjk} characters"
    return f"{int(reading_words(text))} words"


def cut_to_cells(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` terminal cells with ``…`` (a CJK character or an
    emoji takes two cells, a combining mark none), for plain-text output such as
    ``threadmark inspect``."""
    if sum(_cells(c) for c in text) <= cells:
        return text
    used = 0
    for i, ch in enumerate(text):
        used += _cells(ch)
        if used > cells - 1:
            return text[:i] + "…"
    return text


def _cells(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
