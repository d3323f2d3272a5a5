"""``threadmark agree`` over 3 annotators x 30,000 tags each in one article.

    python -m benchmarks.bench_agree [--tags 30000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random

from annotations.model.models import Anchor, Quote
from annotations.sources.parse import parse_article
from annotations.team.agreement import agreement
from benchmarks.bench_parse import median_time

GOAL_S = 3.0


def make(n: int, seed: int = 5):
    """An article of ``n`` sentences and three annotators' quotes on them (each annotator
    skips some, shifts some spans, and picks modes and speakers at random)."""
    rng = random.Random(seed)
    sentences = [f"Sentence {i} says something worth quoting about the talks." for i in range(n)]
    art = parse_article("A long article\n\n" + " ".join(sentences) + "\n")
    tags, pos = [], 0
    spans = []
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    for who in ("ana", "ben", "cyd"):
        for s, e in spans:
            if rng.random() < 0.05:
                continue
            if rng.random() < 0.1:
                e -= 5
            tags.append(Quote.model_construct(
                kind="quote", anchor=Anchor.model_construct(
                    article_id=art.id, part="body", start=s, end=e, exact=art.body[s:e],
                    prefix="", suffix=""),
                annotator=who, speaker=rng.choice(["Putin", "Xi", "Biden"]),
                mode=rng.choice(["direct", "indirect"]), speaker_role=None, cue=None))
    return tags


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tags", type=int, default=30_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tags = make(round(args.tags / 0.95))  # each annotator skips 5%: ~30,000 tags each
    t = median_time(lambda: agreement(tags, kinds=["quote"]), args.runs)
    rep = agreement(tags, kinds=["quote"])
    per = sorted({t.annotator for t in tags})
    each = ", ".join(f"{sum(t.annotator == a for t in tags):,}" for a in per)
    print(f"3 annotators ({each} quotes) in one article, {rep.units['quote']:,} units: "
          f"median {t:.2f} s (goal < {GOAL_S} s; ratio {t / GOAL_S:.2f})")


if __name__ == "__main__":
    main()
