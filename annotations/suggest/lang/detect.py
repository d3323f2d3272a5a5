"""Which quote finder reads a text: the article's metadata language when it names one, else
the text's script (Cyrillic -> Russian, Han without kana -> Chinese, else English)."""

from __future__ import annotations

import re

#: The finders there are: their language codes.
FINDERS = frozenset({"en", "ru", "zh"})
_SAMPLE = 4000  # characters looked at to tell the script
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")
_LATIN = re.compile("[A-Za-z]")


def _code(language: str | None) -> str | None:
    if not language:
        return None
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return code or None


def script_language(text: str) -> str | None:
    """``ru``, ``zh``, ``ja`` or ``en`` by the letters most of ``text`` is written in; None
    when it has too few letters to tell."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        return "en" if len(_LATIN.findall(sample)) >= 10 else None
    cyr = len(_CYRILLIC.findall(sample))
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    latin = len(_LATIN.findall(sample))
    # a Han character (or kana) carries about as much as a Latin word of five letters: a
    # Russian text naming a Japanese in brackets (``Кимура (木村 次郎右衛門)``) stays Russian
    if kana >= 3 and kana * 10 > han + kana and (han + kana) * 3 > latin + cyr:
        return "ja"
    if han >= 4 and han * 3 > latin + cyr:
        return "zh"
    if cyr >= 10 and cyr > latin:
        return "ru"
    if latin >= 10:
        return "en"
    return None


def finder_language(text: str, language: str | None = None) -> str:
    """The finder for ``text``: the declared ``language`` (the article's metadata) when a
    finder exists for it and the script does not say otherwise, else the script's (a reader's
    English comment under a Russian article is read as English), else English."""
    declared = _code(language)
    seen = script_language(text)
    if declared in FINDERS and seen in (None, declared):
        return declared
    if seen in FINDERS:
        return seen
    return "en"
