"""Median parse time of big synthetic threads.

    python -m benchmarks.bench_parse [--runs 7]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time

from annotations import parse_article
from benchmarks.synth import make_article_text
from tests.conftest import RU_SEED

GOAL_10K_S = 0.3


def median_time(fn, runs: int) -> float:
    """Median wall time of ``fn()`` over ``runs`` runs (seconds)."""
    times = []
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    seed_text = RU_SEED.read_text(encoding="utf-8")
    rows = [("seed 000 (12 comments)", len(seed_text.encode()), 12, seed_text)]
    for n in (1_000, 10_000, 30_000):
        text = make_article_text(n)
        rows.append((f"synthetic {n:,} comments", len(text.encode()), n, text))
    print(f"{'input':<28} {'MB':>6} {'median s':>9} {'µs/comment':>11}")
    for label, size, n, text in rows:
        art = parse_article(text)
        assert art.comment_count() == n, (label, art.comment_count())
        t = median_time(lambda text=text: parse_article(text), args.runs)
        print(f"{label:<28} {size / 1e6:>6.2f} {t:>9.4f} {t / n * 1e6:>11.1f}")
        if n == 10_000:
            ten_k = t
    print(f"\n10,000-comment goal: < {GOAL_10K_S} s; measured {ten_k:.3f} s "
          f"(ratio to goal {ten_k / GOAL_10K_S:.2f})")


if __name__ == "__main__":
    main()
