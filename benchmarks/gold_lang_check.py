"""Checks of the Russian and Chinese gold texts' data (no finder run: safe on held-out text).

    python -m benchmarks.gold_lang_check     # texts that repeat another gold text, if any

A gold text repeats another when both hold one same id (``wikinews_123`` and
``wikinews2_123``: one NEREL text) or share a sentence of 60 characters or more (one story
reported twice, or one text under two ids): a held-out text repeating a dev text would be
read through it."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

from benchmarks.gold_lang import GOLD_DIR, LANGS

MIN_SENTENCE = 60
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+|\n")


def long_sentences(text: str) -> set[str]:
    """The sentences of ``text`` (split after . ! ? … and at line ends) of 60 characters or
    more, their spaces normalised."""
    out = set()
    for s in _SENTENCE_END.split(text):
        s = " ".join(s.split())
        if len(s) >= MIN_SENTENCE:
            out.add(s)
    return out


def text_id(stem: str) -> tuple[str, str]:
    """The corpus and id of a gold text's file stem: ``wikinews2_123`` is ``("wikinews",
    "123")``, as ``wikinews_123`` is (a batch's digit after the prefix names no corpus)."""
    prefix, _, ident = stem.partition("_")
    return prefix.rstrip("0123456789"), ident


def repeats(files: list[Path]) -> list[tuple[str, str, str]]:
    """Each pair of ``files`` that holds one id or shares a long sentence, as (stem, stem,
    why): ``same id`` or the first shared sentence's first 60 characters."""
    sents = {f.stem: long_sentences(f.read_text(encoding="utf-8")) for f in files}
    out = []
    for a, b in combinations(sorted(sents), 2):
        if text_id(a) == text_id(b):
            out.append((a, b, "same id"))
        elif shared := sents[a] & sents[b]:
            out.append((a, b, min(shared)[:MIN_SENTENCE]))
    return out


def main() -> None:
    for lang in LANGS:
        found = repeats(sorted((GOLD_DIR / lang).glob("*.txt")))
        for a, b, why in found:
            print(f"{lang}: {a} repeats {b}: {why}")
        print(f"{lang}: {len(found)} pair(s) of texts repeat each other")


if __name__ == "__main__":
    main()
