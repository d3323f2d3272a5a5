"""Time to export 100,000 tags in each format (medians), from a freshly opened store; and
``threadmark export --format json`` of 100,000 tags in one article as a whole process.

    python -m benchmarks.bench_export [--tags 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotations import AnnotationStore
from annotations.exchange.export import FORMATS, export_text
from benchmarks.bench_store import fill

GOAL_JSON_S = 3.0
GOAL_PROCESS_S = 2.0


def whole_process(tags: int, runs: int, d: Path) -> tuple[float, float]:
    """(median seconds before, after compaction) of the ``threadmark export`` process on a
    store whose one article holds every tag."""
    path = d / "one-article.db"
    fill(path, tags, 1, tags, random.Random(11))
    cmd = [str(Path(sys.executable).with_name("threadmark")), "export", "--store", str(path),
           "--format", "json", "-o", str(d / "out.json"), "--force"]

    def run() -> float:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    before = run()
    with AnnotationStore(path) as s:
        s.compact()
    return before, run()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tags", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "store.db"
        n_articles = 200 if args.tags >= 100_000 else max(1, args.tags // 500)
        fill(path, args.tags, n_articles, args.tags // 10, random.Random(7))
        print(f"{args.tags:,} tags; each run opens the store, then exports everything")
        print(f"{'format':<8}{'median s':>10}{'MB':>8}{'µs/tag':>9}")
        results = {}
        for fmt in FORMATS:
            times = []
            size = 0
            for _ in range(args.runs):
                t = time.perf_counter()
                with AnnotationStore(path, readonly=True) as s:
                    size = len(export_text(s, fmt).encode())
                times.append(time.perf_counter() - t)
            results[fmt] = m = statistics.median(times)
            print(f"{fmt:<8}{m:>10.2f}{size / 1e6:>8.1f}{m / args.tags * 1e6:>9.1f}")
        before, after = whole_process(args.tags, args.runs, Path(d))
    print(f"\njson goal < {GOAL_JSON_S} s: measured {results['json']:.2f} s "
          f"(ratio to goal {results['json'] / GOAL_JSON_S:.2f})")
    print(f"threadmark export --format json, {args.tags:,} tags in one article, whole "
          f"process: {after:.2f} s compacted, {before:.2f} s before (goal < {GOAL_PROCESS_S} s)")


if __name__ == "__main__":
    main()
