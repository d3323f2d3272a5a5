"""Sentence splitters compared on real text with hand-checked sentences.

    python -m benchmarks.bench_segment [--runs 5] [--show-errors]

Gold: ``benchmarks/gold/sentences/gold.json`` (Japanese, Chinese, Russian and English news
text; README there says where each comes from), in two splits: ``dev`` (read while
threadmark's rules were written) and ``heldout`` (hand-split, then measured). A sentence
counts when a splitter gives exactly its span (whitespace trimmed); the table gives recall and
precision per language and the median time per 10,000 characters. threadmark's own splitter
(ICU + its rules), ICU alone, and the rule threadmark had before #25 always run; pysbd,
sentencex and razdel (Russian only) when importable (they are not dependencies).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from annotations import load_article
from annotations.compat_icu import sentence_breaks
from annotations.text.segment import sentences

GOLD = Path(__file__).parent / "gold" / "sentences"
ROOT = Path(__file__).parent.parent
Span = tuple[int, int]
Splitter = Callable[[str, str], list[Span]]


def load_gold() -> list[dict]:
    """Each text: name, lang, text, and its sentences as spans."""
    out = []
    for item in json.loads((GOLD / "gold.json").read_text(encoding="utf-8")):
        if "page" in item:
            a = load_article(ROOT / item["page"]).article
            end = a.blocks[-1].start if a.blocks[-1].kind == "boilerplate" else len(a.body)
            text = a.body[:end]
        else:
            text = (GOLD / item["file"]).read_text(encoding="utf-8-sig")
        spans, pos = [], 0
        for s in item["sentences"]:
            i = text.index(s, pos)
            spans.append((i, i + len(s)))
            pos = i + len(s)
        out.append({**item, "text": text, "spans": spans})
    return out


def _trimmed(text: str, pieces: list[tuple[int, int]]) -> list[Span]:
    out = []
    for s, e in pieces:
        seg = text[s:e]
        if seg.strip():
            a = s + len(seg) - len(seg.lstrip())
            out.append((a, a + len(seg.strip())))
    return out


def _from_strings(text: str, parts: list[str]) -> list[Span]:
    """Spans of ``parts`` found in order in ``text`` (splitters that return strings)."""
    spans, pos = [], 0
    for p in parts:
        p = p.strip()
        if not p:
            continue
        i = text.find(p, pos)
        if i < 0:
            continue  # the splitter changed the text: the sentence cannot match
        spans.append((i, i + len(p)))
        pos = i + len(p)
    return spans


def icu_alone(text: str, lang: str) -> list[Span]:
    bounds = [0, *sentence_breaks(text, lang)]
    return _trimmed(text, list(zip(bounds, bounds[1:], strict=False)))


# the rule threadmark used before #25 (annotations/text/nav.py), kept here as the baseline
_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n\s*\n")
_ABBREV = re.compile(r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|U\.S|U\.K)\.)$")


def regex_before(text: str, lang: str) -> list[Span]:
    pieces, start = [], 0
    for m in _END_RE.finditer(text):
        para = m.group().startswith("\n")
        end = m.start() if para else m.end()
        if not para and _ABBREV.search(text[max(0, end - 5):end]) and end < len(text) \
                and not text[end:].startswith("\n\n"):
            continue
        pieces.append((start, end))
        start = m.end()
    pieces.append((start, len(text)))
    return _trimmed(text, pieces)


def _by_paragraph(split: Callable[[str], list[str]]) -> Splitter:
    """Run a splitter paragraph by paragraph (none of them treats a blank line as a break)."""
    def run(text: str, lang: str) -> list[Span]:
        out, pos = [], 0
        for para in text.split("\n"):
            start = text.index(para, pos)
            pos = start + len(para)
            out += [(start + s, start + e) for s, e in _from_strings(para, split(para))]
        return out
    return run


def optional_splitters() -> dict[str, tuple[Splitter, set[str]]]:
    """The other libraries installed here: name -> (splitter, languages it serves)."""
    found: dict[str, tuple[Splitter, set[str]]] = {}
    try:
        import pysbd

        segs: dict[str, object] = {}

        def pysbd_split(text: str, lang: str) -> list[Span]:
            seg = segs.setdefault(lang, pysbd.Segmenter(language=lang, clean=False))
            return _by_paragraph(seg.segment)(text, lang)  # type: ignore[attr-defined]

        found["pysbd 0.3.4"] = (pysbd_split, {"en", "ru", "zh", "ja"})
    except ImportError:
        pass
    try:
        import sentencex

        found["sentencex"] = (
            lambda text, lang: _by_paragraph(
                lambda p: list(sentencex.segment(lang, p)))(text, lang),
            {"en", "ru", "zh", "ja"})
    except ImportError:
        pass
    try:
        import razdel

        found["razdel"] = (
            lambda text, lang: _by_paragraph(
                lambda p: [s.text for s in razdel.sentenize(p)])(text, lang),
            {"ru"})
    except ImportError:
        pass
    return found


def score(gold: list[dict], split: Splitter, langs: set[str]) -> dict[str, tuple[int, int, int]]:
    """lang -> (gold sentences, found exactly, sentences given)."""
    out: dict[str, tuple[int, int, int]] = {}
    for g in gold:
        if g["lang"] not in langs:
            continue
        got = set(split(g["text"], g["lang"]))
        want = set(g["spans"])
        n, hit, given = out.get(g["lang"], (0, 0, 0))
        out[g["lang"]] = (n + len(want), hit + len(want & got), given + len(got))
    return out


def speed_ms(gold: list[dict], split: Splitter, langs: set[str], runs: int) -> float:
    """Median milliseconds per 10,000 characters over ``runs`` passes."""
    texts = [(g["text"], g["lang"]) for g in gold if g["lang"] in langs]
    chars = sum(len(t) for t, _ in texts)
    times = []
    for run in range(runs):
        t0 = time.perf_counter()
        for t, lang in texts:
            split(t + " " * (run + 1), lang)  # a text not seen before: no cache
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000 * 10_000 / max(chars, 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    everything = load_gold()
    every = {g["lang"] for g in everything}
    splitters: dict[str, tuple[Splitter, set[str]]] = {
        "threadmark (ICU + rules)": (sentences, every),
        "ICU alone (ss=standard)": (icu_alone, every),
        "regex before #25": (regex_before, every),
        **optional_splitters(),
    }
    for part in ("dev", "heldout"):
        gold = [g for g in everything if g["split"] == part]
        langs = sorted({g["lang"] for g in gold})
        counts = {lang: sum(len(g["spans"]) for g in gold if g["lang"] == lang)
                  for lang in langs}
        print(f"{part}: sentences " + ", ".join(f"{lang} {n}" for lang, n in counts.items()))
        print(f"{'splitter':26}" + "".join(f"{lang + ' R/P':>14}" for lang in langs)
              + f"{'ms/10k chars':>14}")
        for name, (split, served) in splitters.items():
            s = score(gold, split, served)
            cells = []
            for lang in langs:
                if lang in s:
                    n, hit, given = s[lang]
                    cells.append(f"{hit / n:.2f}/{hit / max(given, 1):.2f}".rjust(14))
                else:
                    cells.append("-".rjust(14))
            ms = speed_ms(gold, split, served, args.runs)
            print(f"{name:26}" + "".join(cells) + f"{ms:14.2f}")
            if args.show_errors:
                for g in gold:
                    if g["lang"] in served:
                        got = set(split(g["text"], g["lang"]))
                        for a, b in sorted(got - set(g["spans"])):
                            print(f"    {g['name']}: gave {g['text'][a:b]!r}")
        print()


if __name__ == "__main__":
    main()
