"""The one place that calls ``icu4py`` (ICU's break iterators, bundled in its wheels).

We rely on three behaviours a release could change, each checked by
``tests/core/test_compat.py::test_icu_*``:

- iterating a breaker yields the text's segments as ``str`` in order (we sum their lengths
  to get code-point offsets: ``segments()`` counts UTF-16 units, which differ after an emoji);
- the locale keyword ``@ss=standard`` turns on CLDR's sentence-break suppressions (``Mr.``);
- the word breaker uses ICU's Chinese/Japanese dictionary (``外交部`` is one word);
- texts joined by U+2029 (a paragraph separator: UAX #29 always breaks after it and no rule
  looks past it) break as each alone does, so one breaker serves many texts
  (``sentence_breaks_many``: building a breaker with ``@ss=standard`` costs about 0.25 ms,
  breaking a comment a few µs).
"""

from __future__ import annotations

from collections.abc import Sequence

from icu4py.breakers import SentenceBreaker, WordBreaker

#: What joins texts broken in one pass: PARAGRAPH SEPARATOR, a hard sentence break.
_JOIN = "\u2029"


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


def sentence_breaks_many(texts: Sequence[str], lang: str) -> list[list[int]]:
    """``sentence_breaks`` of each text, from one breaker over all of them joined by U+2029
    (offsets in each text; an empty text has none)."""
    joined = _JOIN.join(_clean(t) for t in texts)
    out: list[list[int]] = [[] for _ in texts]
    if not joined:
        return out
    ends = []
    pos = 0
    for t in texts:
        pos += len(t)
        ends.append(pos)
        pos += len(_JOIN)
    k = 0
    start = 0  # where text k starts in the joined string
    for b in _bounds(SentenceBreaker, joined, f"{lang}@ss=standard"):
        while k < len(texts) and b > ends[k] + len(_JOIN):
            start, k = ends[k] + len(_JOIN), k + 1
        if k >= len(texts):
            break
        got = min(b, ends[k]) - start
        if got > 0 and (not out[k] or out[k][-1] != got):
            out[k].append(got)
    return out


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
    many = ["I met Mr.", "Dr. Who? e.g. this", "", "Go 😀😀. Now.\n\netc. and so"]
    if sentence_breaks_many(many, "en") != [sentence_breaks(t, "en") for t in many]:
        problems.append("ICU no longer breaks texts joined by U+2029 as it breaks each alone")
    zh = "外交部发言人表示"
    if (0, 3) not in word_segments(zh, "zh"):
        problems.append("ICU's word breaker no longer finds the dictionary word 外交部")
    return problems
