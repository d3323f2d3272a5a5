"""Direct speech by its quotation marks: every pair in use (``"…"``, ``“…”``, ``„…“``, ``«…»``,
``»…«``, ``‘…’``), and quotes that run over paragraphs (an opening mark with no closing one
continues into the next paragraph that opens with a mark)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..text.segment import merge_open, outside_quotes, sentences_many

#: Opening mark -> the marks that close it.
PAIRS: dict[str, str] = {"“": "”“\"", "„": "“”", "«": "»", "»": "«", "‘": "’", "‚": "‘’",
                         '"': '"”', "「": "」", "『": "』"}  # a straight mark may close a curly one
_LETTER = re.compile(r"\w")


@dataclass(frozen=True)
class Segment:
    """A run of quoted text: ``start:end`` includes the marks; ``open_`` the paragraph it
    continues into when its closing mark is missing."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'\"‘":
        # an apostrophe or a closing mark has a letter before it; markup left in the text
        # (tweet-date="…">) has an equals sign or a bracket
        return not _LETTER.match(before) and before != "=" and after != ">" and \
            not after.isspace()
    if ch == "»":  # German style »…« only where a « closes it
        return not after.isspace()
    return True


def _is_closer(text: str, i: int) -> bool:
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "’'\"":
        # don’t, it's: a closing mark is not followed by a letter
        return not _LETTER.match(after)
    return True


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line (a paragraph in threadmark's text)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s = pos + (len(line) - len(line.lstrip()))
        e = pos + len(line.rstrip())
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


def segments(text: str, start: int, end: int) -> list[Segment]:
    """Quoted segments of ``text[start:end]`` (one paragraph), outermost marks only."""
    out: list[Segment] = []
    close = _Closes(text, end)
    i = start
    while i < end:
        ch = text[i]
        if ch == "”" and _starts_paragraph(text, start, i) and text.find("”", i + 1, end) > 0:
            ch = "“"  # '”This is why …,” said X': a closing mark typed for the opening one
        if ch in PAIRS and _is_opener(text, i):
            closers = PAIRS[ch]
            j = i + 1
            while j < end:
                c = text[j]
                if c in closers and _is_closer(text, j) and j > i + 1:
                    break
                # a nested pair of another family: skip over it whole
                if c in PAIRS and c not in closers and c not in "'’" and _is_opener(text, j):
                    k = close.after(j)
                    if k is not None:
                        j = k + 1
                        continue
                j += 1
            if j >= end and ch == "“":  # '“… cutting the rate,’ he says': a mistyped close
                k = max(text.rfind(p + "’", i + 1, end) for p in ",.!?")
                if k > i:
                    j = k + 1
            if j < end:
                out.append(Segment(i, j + 1, i + 1, j, True))
                i = j + 1
                continue
            if ch in "‘'":  # a stray single mark: an apostrophe, not a quote
                i += 1
                continue
            out.append(Segment(i, end, i + 1, end, False))
            break
        i += 1
    return out


def _starts_paragraph(text: str, start: int, i: int) -> bool:
    """Whether only spaces and invisible format marks (a direction mark) come before ``i``
    in the paragraph that starts at ``start`` (read up to the first other character)."""
    return all(text[k].isspace() or unicodedata.category(text[k]) == "Cf"
               for k in range(start, i))


class _Closes:
    """The closing mark of the opening mark at a position, up to ``end``; each opening
    mark's family remembers its last answer, so the marks of a paragraph are read once per
    family, not once per opening mark (10,000 unclosed «„ cost a pass, not 10,000)."""

    def __init__(self, text: str, end: int) -> None:
        self.text = text
        self.end = end
        self.known: dict[str, tuple[int, int | None]] = {}  # mark -> (asked at, answer)

    def after(self, i: int) -> int | None:
        """The first closing mark of ``text[i]``'s family after ``i`` (None: none)."""
        mark = self.text[i]
        got = self.known.get(mark)
        # the first closer after an earlier position is the first after i too, when it
        # lies after i (and none after an earlier position is none after i)
        if got is not None and got[0] <= i and (got[1] is None or got[1] > i):
            return got[1]
        closers = PAIRS[mark]
        found = next((j for j in range(i + 1, self.end)
                      if self.text[j] in closers and _is_closer(self.text, j)), None)
        self.known[mark] = (i, found)
        return found


def quoted(text: str) -> list[Segment]:
    """Every quoted segment of a text; an unclosed one runs on through the following
    paragraphs that open with a quotation mark, to the first closing mark."""
    paras = paragraph_spans(text)
    out: list[Segment] = []
    carry: Segment | None = None
    for ps, pe in paras:
        segs = segments(text, ps, pe)
        if carry is not None:
            if segs and segs[0].start == ps:
                first = segs[0]
                merged = Segment(carry.start, first.end, carry.inner_start, first.inner_end,
                                 first.closed)
                segs = [merged, *segs[1:]]
            else:
                out.append(carry)
            carry = None
        if segs and not segs[-1].closed:
            carry = segs.pop()
        out.extend(segs)
    if carry is not None:
        out.append(carry)
    return out


def line_sentences(texts: Sequence[str], lang: str) -> list[list[tuple[int, int]]]:
    """The sentences of every paragraph (``paragraph_spans``) of each text, offsets in that
    text, from one ICU pass over all of them (a thread's comments share it)."""
    paras = [paragraph_spans(t) for t in texts]
    found = iter(sentences_many([t[a:b] for t, ps in zip(texts, paras, strict=True)
                                 for a, b in ps], lang))
    out = []
    for ps in paras:
        out.append([(a + s, a + e) for a, _b in ps for s, e in next(found)])
    return out


def by_sentence(text: str, segs: list[Segment], lang: str,
                spans: list[tuple[int, int]] | None = None
                ) -> Iterator[tuple[int, int, int, list[Segment]]]:
    """For each sentence of each paragraph of ``text`` (``spans``, its ``line_sentences``,
    joined where a sentence's end falls inside a quoted segment): (paragraph index, start,
    end, the quoted segments that open in it)."""
    spans = line_sentences([text], lang)[0] if spans is None else spans
    # each paragraph is given only the quoted stretches over it, and each sentence finds
    # its segments by bisection: linear in the text however many quotes and paragraphs
    quotes = merge_open([(g.start, g.end) for g in segs])
    q_starts = [a for a, _b in quotes]
    q_ends = [b for _a, b in quotes]
    ordered = sorted(segs, key=lambda g: g.start)
    g_starts = [g.start for g in ordered]
    i = 0
    for k, (ps, pe) in enumerate(paragraph_spans(text)):
        mine = []
        while i < len(spans) and spans[i][0] < pe:
            if spans[i][0] >= ps:
                mine.append(spans[i])
            i += 1
        over = quotes[bisect_right(q_ends, ps):bisect_left(q_starts, pe)]
        for ss, se in outside_quotes(text, mine, over):
            lo, hi = bisect_left(g_starts, max(ss, ps)), bisect_left(g_starts, min(se, pe))
            yield k, ss, se, ordered[lo:hi]
