"""A store filled by one big batch (``add_many`` / ``import-annotations`` of 100,000 tags),
opened in a fresh process.

    python -m benchmarks.bench_big_batch [--tags 100000]

The tags spread over 200 articles are written with one ``add_many`` and the store closed.
Printed: the open in a new Python process (imports included, median of 5; ``bench_store``'s
child) as the store is left now (compacted on close after a big batch) and as it was left
before (the batch kept as one change line: closing with compaction-on-close switched off),
the same tags written a batch per article and compacted (``bench_store``'s store: the
reference for the machine's load), the deferred open the app does (library index), and what
the compaction on close costs the writer.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from annotations import AnnotationStore, parse_article
from benchmarks.bench_store import _DEFERRED_CHILD, fresh_open_ms, make_tags
from benchmarks.synth import make_article_text


def fill(path: Path, tags: list, articles: list, compact_on_close: bool) -> float:
    """Write every tag in one batch and close; returns the close's seconds."""
    store = AnnotationStore(path)
    if not compact_on_close:
        store.COMPACT_AFTER_BYTES = 1 << 62  # type: ignore[misc]
    for art in articles:
        store.add_article(art)
    store.add_many(tags)
    t = time.perf_counter()
    store.close()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tags", type=int, default=100_000)
    args = ap.parse_args()
    rng = random.Random(7)
    articles = [parse_article(make_article_text(30, seed=i, title=f"Article {i}"))
                for i in range(200)]
    per = args.tags // len(articles)
    tags = [t for art in articles for t in make_tags(art, per, rng)]
    with tempfile.TemporaryDirectory() as d:
        now, before = Path(d) / "now.db", Path(d) / "before.db"
        close_s = fill(now, tags, articles, compact_on_close=True)
        fill(before, tags, articles, compact_on_close=False)
        ref = Path(d) / "ref.db"  # bench_store's compacted store: a batch per article
        with AnnotationStore(ref) as s:
            for art in articles:
                s.add_article(art)
            for i in range(0, len(tags), per):
                s.add_many(tags[i : i + per])
            s.compact()
        rows = [("one batch, compacted on close (now)", fresh_open_ms(now)),
                ("a batch per article, compacted (reference)", fresh_open_ms(ref)),
                ("one batch, left as one change line (before)", fresh_open_ms(before)),
                ("the same, the app's deferred open (now)",
                 fresh_open_ms(now, child=_DEFERRED_CHILD))]
        sizes = now.stat().st_size, before.stat().st_size
    print(f"Store filled by one add_many of {len(tags):,} tags (200 articles): open in a "
          "fresh process, median of 5 (ms)")
    for label, ms in rows:
        print(f"  {label:<48}{ms:>8.0f}")
    print(f"  file: {sizes[0] / 2**20:.1f} MB compacted, {sizes[1] / 2**20:.1f} MB as written; "
          f"the close that compacts: {close_s * 1000:.0f} ms")
    print("goal: open under 500 ms whatever way the tags came in")


if __name__ == "__main__":
    main()
