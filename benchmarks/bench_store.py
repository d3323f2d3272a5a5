"""Store speed at 1,000 / 10,000 / 100,000 tags, next to plain TinyDB (default JSONStorage).

    python -m benchmarks.bench_store [--sizes 1000,10000,100000] [--adds 40]

For each size the store is filled (the 100,000 case spread over 200 articles, one of which
holds 10,000 tags), then it prints medians of: one ``add`` (validated, fsync'd, with its undo
record) into a random article and into the biggest one; opening the store; and
``annotations(article_id=...)`` on the biggest article. The baseline is TinyDB's default
``JSONStorage`` holding the same records: its insert, its open + first query, and its
per-article query (a ``Query`` over one table).
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

from tinydb import Query, TinyDB

from annotations import Anchor, AnnotationStore, Claim, Quote, Stance, parse_article
from benchmarks.synth import make_article_text

GOALS = {"add": 5.0, "open": 300.0, "query": 20.0}  # ms, at 100,000 tags
_OPEN_CHILD = (
    "import sys, time; t = time.perf_counter(); "
    "from annotations.store import AnnotationStore; "
    "AnnotationStore(sys.argv[1], readonly=True).close(); "
    "print(time.perf_counter() - t)"
)
#: what the app does with a store closed cleanly: the library from the index, no replay yet
_DEFERRED_CHILD = (
    "import sys, time; t = time.perf_counter(); "
    "from annotations.store import AnnotationStore; "
    "s = AnnotationStore(sys.argv[1], readonly=True, defer=True); "
    "assert s.pending and s.article_summaries(); s.close(); "
    "print(time.perf_counter() - t)"
)


def fresh_open_ms(path: Path, runs: int = 5, child: str = _OPEN_CHILD) -> float:
    """Median of opening the store in a new Python process (imports included)."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", child, str(path)], check=True,
                             capture_output=True, text=True).stdout
        times.append(float(out) * 1000)
    return statistics.median(times)


def med_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def make_tags(article, n: int, rng: random.Random) -> list:
    body = article.body
    parts = ["body"] + [c.id for c, _ in article.walk()]
    tags = []
    for _ in range(n):
        part = rng.choice(parts)
        text = article.part_text(part)
        if len(text) < 12:
            part, text = "body", body
        s = rng.randrange(0, len(text) - 10)
        e = min(len(text), s + rng.randint(5, 120))
        anchor = Anchor.for_span(article, part, s, e)
        k = rng.random()
        if k < 0.4:
            tags.append(Quote(anchor=anchor, speaker="Speaker", annotator="bench"))
        elif k < 0.7:
            tags.append(Stance(anchor=anchor, holder="h", target="alliance",
                               polarity="against", annotator="bench"))
        else:
            tags.append(Claim(anchor=anchor, annotator="bench", note="n"))
    return tags


def fill(path: Path, total: int, n_articles: int, big: int, rng: random.Random):
    articles = [parse_article(make_article_text(30, seed=i, title=f"Article {i}"))
                for i in range(n_articles)]
    counts = [big] + [(total - big) // max(1, n_articles - 1)] * (n_articles - 1)
    counts[-1] += total - sum(counts)
    all_tags = []
    with AnnotationStore(path) as store:
        for art, n in zip(articles, counts, strict=True):
            store.add_article(art)
            tags = make_tags(art, n, rng)
            store.add_many(tags)
            all_tags.extend(tags)
    return articles, all_tags


def bench_size(total: int, adds: int, tmp: Path) -> dict[str, float]:
    rng = random.Random(total)
    n_articles, big = (200, 10_000) if total >= 100_000 else (max(1, total // 500), total // 10)
    path = tmp / f"store-{total}.db"
    articles, tags = fill(path, total, n_articles, big, rng)
    r: dict[str, float] = {}
    with AnnotationStore(path) as store:
        extra = make_tags(articles[1 % n_articles], adds, rng)
        it = iter(extra)
        r["add"] = med_ms(lambda: store.add(next(it)), adds)
        extra = make_tags(articles[0], adds, rng)
        it = iter(extra)
        r["add_big"] = med_ms(lambda: store.add(next(it)), adds)
        big_id = articles[0].id
        r["query"] = med_ms(lambda: store.tags(article_id=big_id), 9)
    r["open_journal"] = fresh_open_ms(path)  # every change line replayed
    with AnnotationStore(path) as store:
        t = time.perf_counter()
        store.compact()  # what the app does in a worker once 1,000 lines have gathered
        r["compact"] = (time.perf_counter() - t) * 1000
    r["open"] = fresh_open_ms(path)  # per-article groups, decoded when read
    r["open_deferred"] = fresh_open_ms(path, child=_DEFERRED_CHILD)  # index written on close
    r["open_same"] = med_ms(lambda: AnnotationStore(path, readonly=True).close(), 5)
    cold = []
    for _ in range(3):
        with AnnotationStore(path, readonly=True) as st:
            cold.append(med_ms(lambda st=st: st.tags(article_id=articles[0].id), 1))
    r["query_cold"] = statistics.median(cold)
    r["size_mb"] = path.stat().st_size / 1e6

    # baseline: plain TinyDB, default JSONStorage, the same records in one table
    base = tmp / f"tinydb-{total}.json"
    docs = [t.model_dump(mode="json") for t in tags]
    db = TinyDB(base)
    db.table("tags").insert_multiple(docs)
    db.close()
    db = TinyDB(base)
    table = db.table("tags", cache_size=0)
    base_runs = 5 if total >= 100_000 else max(5, adds // 4)
    extra = [t.model_dump(mode="json") for t in make_tags(articles[0], base_runs, rng)]
    it = iter(extra)
    r["base_add"] = med_ms(lambda: table.insert(next(it)), base_runs)
    db.close()
    q = Query().anchor.article_id == articles[0].id

    def open_and_query():
        d = TinyDB(base)
        d.table("tags", cache_size=0).search(q)
        d.close()

    r["base_open"] = med_ms(open_and_query, 3)
    d = TinyDB(base)
    t2 = d.table("tags", cache_size=0)
    t2.search(q)
    r["base_query"] = med_ms(lambda: t2.search(q), 5)
    d.close()
    return r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--adds", type=int, default=40)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as d:
        rows = {n: bench_size(n, args.adds, Path(d)) for n in sizes}
    print("medians, ms          " + "".join(f"{n:>14,}" for n in sizes))
    lines = [
        ("add (random article)", "add"), ("add (biggest article)", "add_big"),
        ("open, fresh process", "open"), ("  before compaction", "open_journal"),
        ("  from its index", "open_deferred"),
        ("  in this process", "open_same"), ("compaction", "compact"),
        ("query one article", "query"),
        ("  first, after open", "query_cold"),
        ("TinyDB JSON insert", "base_add"), ("TinyDB JSON open+query", "base_open"),
        ("TinyDB JSON query", "base_query"), ("file size, MB", "size_mb"),
    ]
    for label, key in lines:
        print(f"{label:<21}" + "".join(f"{rows[n][key]:>14.2f}" for n in sizes))
    print("ratio TinyDB/ours    ")
    for label, ours, theirs in (("  insert vs add", "add", "base_add"),
                                ("  open", "open", "base_open"),
                                ("  query", "query", "base_query")):
        print(f"{label:<21}" + "".join(
            f"{rows[n][theirs] / rows[n][ours]:>13.1f}x" for n in sizes))
    top = rows[max(sizes)]
    print(f"\ngoals at {max(sizes):,} tags: add < {GOALS['add']} ms (got {top['add']:.2f}, "
          f"{top['add_big']:.2f} into the 10k article); open (fresh process) < "
          f"{GOALS['open']:.0f} ms (got {top['open']:.0f}); query < {GOALS['query']} ms "
          f"(got {top['query']:.2f})")


if __name__ == "__main__":
    main()
