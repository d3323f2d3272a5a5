"""The one place that calls ``icu4py`` (ICU's break iterators, bundled in its wheels).

We rely on three behaviours a release could change, each checked by
``tests/core/test_compat.py::test_icu_*``:

- iterating a breaker yields the text's segments as ``str`` in order (we sum their lengths
  to get code-point offsets: ``segments()`` counts UTF-16 units, which differ after an emoji);
- the locale keyword ``@ss=standard`` turns on CLDR's sentence-break suppressions (``Mr.``);
- the word breaker uses ICU's Chinese/Japanese dictionary (``外交部`` is one word).
"""

from __future__ import annotations

from icu4py.breakers import SentenceBreaker, WordBreaker


def _clean(text: str) -> str:
    """ICU takes UTF-8: a lone surrogate becomes U+FFFD (same length, offsets unchanged)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def _bounds(breaker_cls: type, text: str, locale: str) -> list[int]:
    """Every break offset (code points) after 0, the last being ``len(text)``."""
    out: list[int] = []
    pos = 0
    for seg in breaker_cls(text, locale):
        pos += len(seg)
        out.append(pos)
    return out


def sentence_breaks(text: str, lang: str) -> list[int]:
    """ICU sentence-break offsets for ``text`` with CLDR's abbreviation suppressions."""
    return _bounds(SentenceBreaker, _clean(text), f"{lang}@ss=standard")


def word_segments(text: str, lang: str) -> list[tuple[int, int]]:
    """ICU word-break segments of ``text`` (words, spaces and punctuation alike)."""
    out: list[tuple[int, int]] = []
    start = 0
    for end in _bounds(WordBreaker, _clean(text), lang):
        out.append((start, end))
        start = end
    return out


def check() -> list[str]:
    """Problems with the ICU behaviours this module relies on (empty when all is as tested)."""
    problems = []
    emoji = "Go 😀😀. Now."
    if sentence_breaks(emoji, "en") != [len("Go 😀😀. "), len(emoji)]:
        problems.append("icu4py breakers no longer yield str segments in order (offsets)")
    if sentence_breaks("I met Mr. Smith. He left.", "en") != [17, 25]:
        problems.append("ICU's @ss=standard suppressions no longer keep 'Mr. Smith' whole")
    zh = "外交部发言人表示"
    if (0, 3) not in word_segments(zh, "zh"):
        problems.append("ICU's word breaker no longer finds the dictionary word 外交部")
    return problems
