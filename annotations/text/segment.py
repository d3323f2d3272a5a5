"""Sentences and words in any script, by ICU's Unicode/CLDR break rules (through icu4py).

Offsets are code points of the text given. ICU does the work (UAX #29 sentence and word
boundaries, CLDR's ``ss=standard`` abbreviation suppressions, the Chinese/Japanese word
dictionary); this module adds six documented rules on top (docs/text-segmentation.md):

- a line break inside a paragraph is a space (a hard-wrapped line does not end a sentence);
  a blank line always does;
- a sentence does not end after a title or an initial that precedes a name (``Mr.``, ``Dr.``,
  ``J.``, ``U.S.``, ``В.В.``, ``проф.``, ``т.е.``) when the next sentence is in the same paragraph;
- a sentence does not start with a lower-case letter (``She said "Go!" and left.``,
  ``«Нет!» — сказал он.``): ICU's rules only check that after a full stop;
- an opening bracket right after a sentence's end opens the next sentence (UAX #29 counts
  it as closing punctuation: ``…城！（评论员…）``), and so does a Chinese opening quote after
  ``。！？`` (``…卖钱。“在…``);
- a full stop followed by a dash and a capital starts a new sentence (Russian direct speech
  after the author's words: ``«…, — пояснила она. — Но мы…»``);
- Japanese ``「…。」と述べた``: a closing bracket followed at once by the quotative particle
  (``と``, ``って``) does not end the sentence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from ..compat_icu import sentence_breaks, sentence_breaks_many, word_segments

Span = tuple[int, int]

#: Abbreviations (lower case, with their final dot) that precede a word and so never end a
#: sentence when more text follows in the paragraph. General vocabulary only: titles, ranks,
#: months and Latin/Russian connective abbreviations.
ABBREVIATIONS = frozenset({
    # English (the titles textnav always kept, plus ranks, offices and months)
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "vs.", "etc.",
    "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.", "sgt.", "rev.", "hon.", "mt.",
    "pres.", "adm.", "maj.", "cmdr.", "gens.", "reps.", "sens.", "messrs.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
    "dec.", "e.g.", "i.e.", "cf.", "approx.",
    # Russian
    "т.е.", "т.к.", "т.н.", "т.о.", "напр.", "проф.", "акад.", "ген.", "им.", "ул.", "пер.",
    "просп.", "пл.", "см.", "рис.", "св.", "тов.", "г-н.", "г-жа.", "гос.", "доц.", "зам.",
    "ср.", "обл.", "р-н.", "п.",
})
#: Russian ``г.``/``гг.`` (город, годы): after a number it is a year and may end a sentence
#: (``в 2024 г. Потом…``, ``в 1990-х гг.``); otherwise it names a city (``в г. Москве``)
#: and does not.
_YEAR_OR_CITY = frozenset({"г.", "гг."})
_OPENERS = "([{«„“‘\"'‹"
_INITIALS_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+")
#: A paragraph gap stays; any other line break becomes a space (same length).
_NEWLINE_RE = re.compile(r"(\n\s*\n)|[\r\n]")
#: A full stop, then a dash and a capital: the author's words end, a new sentence of direct
#: speech begins (``«…, — пояснила она. — Но мы…»``). ICU never breaks before a dash.
_DASH_RESTART_RE = re.compile(r"[.!?…][»”\"’)]*(\s+)[—–]\s*(?=\w)")
_JA_CLOSERS = "」』"
_JA_QUOTATIVE = ("と", "って")

_LANG_SAMPLE = 4000


#: Characters of each script ``guess_language`` counts (kana, han, hangul, cyrillic).
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_CYRILLIC = "\u0400-\u04ff"


@cache
def script_patterns() -> tuple[re.Pattern[str], ...]:
    """The kana, han, hangul, cyrillic and all-four patterns of ``guess_language``, compiled
    at the first text that is not ASCII (~6 ms: not at import, which the reader's keys do)."""
    scripts = (_KANA, _HAN, _HANGUL, _CYRILLIC)
    return (*(re.compile(f"[{s}]") for s in scripts), re.compile(f"[{''.join(scripts)}]+"))


@lru_cache(maxsize=16)
def guess_language(text: str) -> str:
    """``ja``, ``zh``, ``ko``, ``ru`` or ``en`` by the script most letters of ``text`` are in
    (the first few thousand characters); ICU's rules differ little between locales."""
    sample = text[:_LANG_SAMPLE]
    if sample.isascii():
        return "en"  # (a fast path: only Latin letters can be counted)
    kana_re, han_re, hangul_re, cyrillic_re, counted_re = script_patterns()
    kana = len(kana_re.findall(sample))
    han = len(han_re.findall(sample))
    hangul = len(hangul_re.findall(sample))
    cyrillic = len(cyrillic_re.findall(sample))
    # every other letter counts as Latin (accented Latin, Greek, Arabic, ...)
    latin = sum(map(str.isalpha, counted_re.sub("", sample)))
    best = max(kana + han, hangul, cyrillic, latin)
    if best == 0 or best == latin:
        return "en"
    if best == kana + han:
        return "ja" if kana else "zh"
    return "ko" if best == hangul else "ru"


def sentences(text: str, lang: str | None = None) -> list[Span]:
    """(start, end) of every sentence, surrounding whitespace excluded."""
    return list(_sentences(text, lang or guess_language(text)))


def sentences_many(texts: Sequence[str], lang: str | None = None) -> list[list[Span]]:
    """``sentences`` of each text (its language guessed unless ``lang``), from one ICU pass
    per language over all of them: for the thousands of comments of a thread, where building
    ICU's breaker costs more than breaking a comment."""
    langs = [lang or guess_language(t) for t in texts]
    out: list[list[Span]] = [[] for _ in texts]
    for code in dict.fromkeys(langs):
        idx = [k for k, c in enumerate(langs) if c == code]
        flats = [_flat(texts[k]) for k in idx]
        for k, breaks in zip(idx, sentence_breaks_many(flats, code), strict=True):
            out[k] = list(_shape(texts[k], breaks))
    return out


#: What may close a sentence after its final punctuation (quotation marks, brackets).
_CLOSERS = "»”“’\"')]}」』）〕】›"


def merge_open(spans: Sequence[Span]) -> list[Span]:
    """The union of open spans ``(a, b)`` (nested or overlapping), as disjoint spans in
    order: a position lies strictly inside one of ``spans`` exactly when it lies strictly
    inside one of these (spans that only touch stay apart: their shared end is in
    neither)."""
    out: list[Span] = []
    for a, b in sorted(spans):
        if a >= b:
            continue
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class OpenSpans:
    """Open spans ``(a, b)``, nested or overlapping, asked whether a position lies strictly
    inside one of them, in one bisection."""

    def __init__(self, spans: Sequence[Span]) -> None:
        merged = merge_open(spans)
        self.starts = [a for a, _b in merged]
        self.ends = [b for _a, b in merged]

    def inside(self, pos: int) -> bool:
        """Whether ``a < pos < b`` for one of the spans."""
        k = bisect_left(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


def outside_quotes(text: str, spans: Sequence[Span], quotes: Sequence[Span]) -> list[Span]:
    """``spans`` (sentences of ``text`` in order) joined wherever a sentence's final
    punctuation stands inside one of ``quotes`` (quoted segments, their marks included): a
    sentence ends only outside quotation marks, so ``«Нет. Никогда», — сказал он.``,
    ``«Почему?» Он не ответил.`` and ``“…争端。”他还说，…`` are one sentence each."""
    ordered = sorted(quotes)
    starts = [a for a, _b in ordered]
    reach = []  # the furthest end among the quotes opened so far (quotes may nest)
    far = -1
    for _a, b in ordered:
        far = max(far, b)
        reach.append(far)

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos - 1) - 1  # the quotes that open before pos
        return k >= 0 and reach[k] > pos

    out: list[Span] = []
    for span in spans:
        if out:
            s0, end = out[-1]
            while end > s0 + 1 and text[end - 1] in _CLOSERS:
                end -= 1  # back over the closing marks to the final punctuation
            if inside(end - 1):
                out[-1] = (s0, span[1])
                continue
        out.append(span)
    return out


def words(text: str, lang: str | None = None) -> list[Span]:
    """(start, end) of every word (letters or digits; dictionary words in Chinese and
    Japanese), punctuation and spaces left out."""
    return list(_words(text, lang or guess_language(text)))


#: How far around a position ``words_near`` looks (words are found in that window only, so a
#: key press costs the same in a long article as in a short one).
WORD_WINDOW = 2000


def words_near(text: str, pos: int, lang: str | None = None) -> list[Span]:
    """The words of ``text`` within about ``WORD_WINDOW`` characters of ``pos`` (offsets in
    ``text``); the window's ends are moved to whitespace so no word is cut."""
    lo, hi = max(0, pos - WORD_WINDOW), min(len(text), pos + WORD_WINDOW)
    if lo > 0:
        space = next((i for i in range(lo, pos) if text[i].isspace()), None)
        lo = space if space is not None else lo
    if hi < len(text):
        space = next((i for i in range(hi, pos, -1) if text[i].isspace()), None)
        hi = space if space is not None else hi
    lang = lang or guess_language(text)
    return [(s + lo, e + lo) for s, e in _words(text[lo:hi], lang)]


def word_at(text: str, pos: int, lang: str | None = None) -> Span | None:
    """The word containing offset ``pos`` (``start <= pos < end``), if any."""
    spans = words_near(text, pos, lang)
    i = bisect_right(spans, (pos, len(text) + 1)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


def word_before(text: str, pos: int, lang: str | None = None) -> int:
    """The start of the last word that starts before ``pos`` (0 if none)."""
    starts = [s for s, _ in words_near(text, pos, lang) if s < pos]
    return starts[-1] if starts else 0


def word_after(text: str, pos: int, lang: str | None = None) -> int:
    """The end of the first word that ends after ``pos`` (the text's end if none)."""
    return next((e for _, e in words_near(text, pos, lang) if e > pos), len(text))


@lru_cache(maxsize=16)
def _words(text: str, lang: str) -> tuple[Span, ...]:
    return tuple((s, e) for s, e in word_segments(text, lang)
                 if any(c.isalnum() for c in text[s:e]))


def _flat(text: str) -> str:
    """``text`` with each line break inside a paragraph made a space (same length)."""
    return _NEWLINE_RE.sub(lambda m: m.group(1) or " ", text)


@lru_cache(maxsize=16)
def _sentences(text: str, lang: str) -> tuple[Span, ...]:
    return _shape(text, sentence_breaks(_flat(text), lang))


def _shape(text: str, breaks: list[int]) -> tuple[Span, ...]:
    """The sentences of ``text`` from ICU's ``breaks``, with this module's rules applied."""
    out: list[Span] = []
    start = 0
    for end in breaks:
        # ICU counts an opening bracket after ！ as the sentence's closing punctuation
        # (``…城！（评论员…）``), and a Chinese opening quote after 。 too: they open the next
        while start < end < len(text) and (
                unicodedata.category(text[end - 1]) == "Ps"
                or (text[end - 1] in "“‘" and end - 2 >= start and text[end - 2] in "。！？")):
            end -= 1
        span = _strip(text, start, end)
        start = end
        if span is None:
            continue
        if out and _continues(text, out[-1], span):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return tuple(piece for span in out for piece in _dash_restarts(text, span))


def _dash_restarts(text: str, span: Span) -> list[Span]:
    """``span`` cut where a dash and a capital follow a full stop."""
    pieces = []
    start = span[0]
    for m in _DASH_RESTART_RE.finditer(text, span[0], span[1]):
        if text[m.end()].isupper() and not _ends_with_abbreviation(text[start:m.start(1)]):
            pieces.append((start, m.start(1)))
            start = m.end(1)
    pieces.append((start, span[1]))
    return pieces


def _strip(text: str, start: int, end: int) -> Span | None:
    seg = text[start:end]
    stripped = seg.strip()
    if not stripped:
        return None
    s = start + len(seg) - len(seg.lstrip())
    return s, s + len(stripped)


def _continues(text: str, prev: Span, cur: Span) -> bool:
    """Whether ``cur`` carries on the sentence ``prev`` (ICU broke between them)."""
    gap = text[prev[1]:cur[0]]
    if "\n" in gap or "\u2029" in gap:
        return False
    if not gap:
        return text[prev[1] - 1] in _JA_CLOSERS and text.startswith(_JA_QUOTATIVE, cur[0])
    return _starts_lower(text, cur[0]) or _ends_with_abbreviation(text[prev[0]:prev[1]])


def _starts_lower(text: str, start: int) -> bool:
    """Whether the first letter at ``start`` (after dashes, quotes, brackets) is lower case:
    ``She said "Go!" and left.``, ``«Нет!» — сказал он.``"""
    for ch in text[start:start + 8]:
        if ch.isalpha():
            return ch.islower()
        if not (ch.isspace() or ch in _OPENERS or ch in "—–-"):
            return False
    return False


def _last_words(window: str) -> tuple[str | None, str] | None:
    """The last two whitespace-separated words of ``window`` (the first None when it holds
    one); None when it is empty or ends with whitespace. (What ``(\\S+)\\s+(\\S+)$|(\\S+)$``
    finds, without the regex's quadratic scan: it cost 70 µs a sentence.)"""
    if window.endswith("\n"):
        window = window[:-1]  # ("$" matches before a final newline)
    if not window or window[-1].isspace():
        return None
    parts = window.split()
    return (parts[-2] if len(parts) > 1 else None, parts[-1])


def _ends_with_abbreviation(sentence: str) -> bool:
    tail = _last_words(sentence[-80:])
    if tail is None:
        return False
    before, last = tail
    last = last.lstrip(_OPENERS)
    low = last.lower()
    if low in ABBREVIATIONS:
        return True
    if low in _YEAR_OR_CITY:
        return not (before and any(c.isdigit() for c in before))
    # an initial (``J.``, ``В.В.``, ``Дж.``), not a unit after a number (``до 10 G.``)
    if not _INITIALS_RE.fullmatch(last) or (before and any(c.isdigit() for c in before)):
        return False
    initial = last[:-1].split(".")[-1]
    return initial[0].isupper() and (len(initial) == 1 or initial[1].islower())
