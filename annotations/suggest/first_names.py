"""Which sex a first name's bearers almost all are (``Karen`` a woman, ``Greg`` a man),
from the US Social Security Administration's national baby-name counts: general vocabulary
(every name given in a country), no name taken from an article. The table
(``first_names.tsv``, built by ``benchmarks/build_first_names.py``; provenance and licence in
``first_names.NOTICE.md``) is read once, on first use."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("first_names.tsv")


@cache
def _table() -> dict[str, int]:
    """Each name -> +1 (a woman's) or -1 (a man's); about 1.5 ms, once a process."""
    lines = _TABLE.read_text(encoding="ascii").splitlines()
    return {name: 1 if sex == "F" else -1
            for name, _tab, sex in (line.partition("\t") for line in lines
                                    if line and line[0] != "#")}


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of the table (``Ted``, ``Emily``; names borne by both
    sexes are not in it): a person's name, though it ends like a participle or an adverb."""
    return word.isalpha() and word[:1].isupper() and word in _table()


@lru_cache(maxsize=4096)  # each text asks of its few names again and again
def first_name_sign(name: str) -> int:
    """+1 when the person's name ``name`` (``Karen Holt``, ``J. Karen Holt``) opens
    with a woman's first name, -1 with a man's, 0 when its first name is neither, or it is
    one word (a surname alone says nothing)."""
    words = name.split()
    if len(words) < 2:
        return 0
    for w in words[:-1]:
        if len(w) == 2 and w.endswith(".") or len(w) == 1:
            continue  # an initial: "J. Michael Pearson"
        if not w.isalpha() or not w.isascii():
            return 0
        return _table().get(w[0].upper() + w[1:].lower(), 0)
    return 0
