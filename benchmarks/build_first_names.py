"""Build ``annotations/suggest/first_names.tsv``: first names whose bearers are almost all
of one sex, from the US Social Security Administration's national baby-name counts.

    python -m benchmarks.build_first_names DIR [--out FILE]

``DIR`` holds the SSA's ``yobYYYY.txt`` files (``names.zip`` from
https://www.ssa.gov/oact/babynames/limits.html, "National data"; each line ``name,sex,count``,
names given to five babies or more in a year). The SSA's tables are a work of the US
government, in the public domain. The file shipped was built from the copy tabulated "as of
March 7, 2021" held in github.com/hackerb9/ssa-baby-names at commit
0b1a1316457d55447d1a1f7bfe57ee15e53cc2f0 (its ``raw-data/``), only the data files read.

A name is kept when babies born in ``FIRST_YEAR``-``LAST_YEAR`` (the people in today's news)
were given it ``MIN_BIRTHS`` times or more and at least ``MIN_SHARE`` of them were of one
sex. These are every name given in a country, general vocabulary: no name was taken from an
article or a gold set. The output's header records the parameters and a digest of the input
files read, so a rebuild can be checked against the file shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

FIRST_YEAR = 1920
LAST_YEAR = 2005
MIN_BIRTHS = 2000
MIN_SHARE = 0.97
OUT = Path(__file__).resolve().parents[1] / "annotations" / "suggest" / "first_names.tsv"
_LINE = re.compile(r"([A-Z][a-z]{1,14}),([FM]),(\d+)")


def count_births(src: Path) -> tuple[dict[str, list[int]], str]:
    """Births per name, ``[female, male]``, over the years kept; and a SHA-256 of the
    files read (in year order)."""
    births: dict[str, list[int]] = {}
    digest = hashlib.sha256()
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        data = (src / f"yob{year}.txt").read_bytes()
        digest.update(data)
        for line in data.decode("ascii").splitlines():
            m = _LINE.fullmatch(line.strip())
            if m is None:
                raise ValueError(f"yob{year}.txt: unexpected line {line!r}")
            name, sex, n = m.groups()
            births.setdefault(name, [0, 0])[sex == "M"] += int(n)
    return births, digest.hexdigest()


def one_sex_names(births: dict[str, list[int]]) -> list[tuple[str, str]]:
    """``(name, "F" or "M")`` for the names given ``MIN_BIRTHS`` times or more, at least
    ``MIN_SHARE`` of them to one sex; sorted by name."""
    out = []
    for name, (f, m) in sorted(births.items()):
        total = f + m
        if total >= MIN_BIRTHS and max(f, m) >= MIN_SHARE * total:
            out.append((name, "F" if f > m else "M"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path, help="directory of the SSA's yobYYYY.txt files")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    births, digest = count_births(args.src)
    names = one_sex_names(births)
    head = [f"# SSA national baby names (public domain), births {FIRST_YEAR}-{LAST_YEAR}; "
            f"kept: {MIN_BIRTHS}+ births, {MIN_SHARE:.0%}+ of one sex; "
            "built by benchmarks/build_first_names.py",
            f"# sha256 of yob{FIRST_YEAR}..yob{LAST_YEAR}.txt in year order: {digest}"]
    args.out.write_text("\n".join(head + [f"{n}\t{s}" for n, s in names]) + "\n",
                        encoding="ascii")
    women = sum(s == "F" for _n, s in names)
    print(f"{len(names)} names ({women} female, {len(names) - women} male) -> {args.out}")


if __name__ == "__main__":
    main()
