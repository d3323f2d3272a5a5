"""A newsroom's library: 5,000 articles holding 500,000 tags, next to a bare Textual app.

    python -m benchmarks.bench_library_scale [--articles 5000] [--tags 500000] [--runs 3]
                                             [--store-only] [--keep DIR]

The store is filled two ways: a batch per article (as analysts tag, then compacted) and one
``add_many`` of every tag (one big import). Printed: the library's first frame in a real
terminal (tmux, ``bench_tui.first_frame``; runs interleaved with the bare app's, median); the
app's own CPU per keystroke typed into the library's filter (``bench_tui.paced_cpu``: keys
150 ms apart, idle CPU subtracted, median of 3 runs; the table is refiltered on each); and the
store's open in a fresh process (imports included, median of 5), full (wall and CPU, then
reading one article's tags) and deferred (the library index the app reads for its first
frame), for both stores; a fresh process adding one tag. ``--store-only`` measures the store
alone; ``--keep DIR`` keeps the stores there and reuses them.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from annotations import AnnotationStore, parse_article
from benchmarks.bench_store import _DEFERRED_CHILD, fresh_open_ms, make_tags
from benchmarks.bench_tui import CHARACTERS, PACE, first_frame, paced_cpu
from benchmarks.synth import make_article_text

#: typed into the filter one key at a time, then erased (199 of 5,000 rows match)
TYPED = "article 12"


def articles_and_tags(n_articles: int, n_tags: int, seed: int = 11) -> tuple[list, list]:
    """``n_articles`` small synthetic articles (a title each, 8 comments) and ``n_tags``
    tags spread evenly over them."""
    rng = random.Random(seed)
    texts = min(50, n_articles)  # a few texts under many titles: building stays quick
    arts = [parse_article(make_article_text(8, seed=i % texts, title=f"Article {i}"))
            for i in range(n_articles)]
    per = n_tags // n_articles
    by_text = {i: make_tags(arts[i], per, rng) for i in range(texts)}
    tags = []
    for i, art in enumerate(arts):
        for t in by_text[i % texts]:
            tags.append(t.model_copy(update={
                "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                "anchor": t.anchor.model_copy(update={"article_id": art.id})}))
    return arts, tags


#: a fresh process: open the store (full), read one article's tags, close; prints the wall
#: seconds of each step and the process's CPU seconds (user + system, start-up included)
_CHILD = (
    "import resource, sys, time; t = time.perf_counter(); "
    "from annotations.store import AnnotationStore; "
    "s = AnnotationStore(sys.argv[1], readonly=True); t1 = time.perf_counter(); "
    "r = resource.getrusage(resource.RUSAGE_SELF); c1 = r.ru_utime + r.ru_stime; "
    "aid = s.article_ids()[len(s.article_ids()) // 2]; n = len(s.tags(article_id=aid)); "
    "t2 = time.perf_counter(); s.close(); "
    "r = resource.getrusage(resource.RUSAGE_SELF); "
    "print(t1 - t, c1, t2 - t1, r.ru_utime + r.ru_stime - c1, n)"
)


def fresh_open(path: Path, runs: int = 5) -> tuple[float, float, float, float]:
    """Medians, in ms, over fresh processes: the full open (wall, CPU), then reading one
    article's tags (validated) after it (wall, CPU)."""
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], check=True,
                             capture_output=True, text=True).stdout.split()
        rows.append([float(v) * 1000 for v in out[:4]])
    med = [statistics.median(r[i] for r in rows) for i in range(4)]
    return med[0], med[1], med[2], med[3]


def write_ms(path: Path) -> float:
    """Wall ms of a fresh process opening the store writable, adding one tag to one article
    and closing it (the group map rewritten)."""
    child = (
        "import sys, time; t = time.perf_counter(); "
        "from annotations import AnnotationStore, Quote, Anchor; "
        "s = AnnotationStore(sys.argv[1]); aid = s.article_ids()[7]; "
        "s.add(Quote(anchor=Anchor.for_span(s.article(aid), 'body', 0, 20), speaker='W', "
        "annotator='bench')); s.close(); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", child, str(path)], check=True,
                         capture_output=True, text=True).stdout
    return float(out) * 1000


def fill(path: Path, arts: list, tags: list, one_batch: bool) -> None:
    per = len(tags) // len(arts)
    with AnnotationStore(path) as s:
        for a in arts:
            s.add_article(a)
        if one_batch:
            s.add_many(tags)
        else:
            for i in range(0, len(tags), per):
                s.add_many(tags[i : i + per])
            s.compact()


async def filter_cpu(store: Path) -> tuple[float, int, int]:
    """CPU ms per key typed into the library's filter; rows before and after."""
    from textual import events

    from tui.app import ThreadmarkApp

    app = ThreadmarkApp(store_path=store, annotator="bench", seed_if_empty=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.store is None or app.store.pending:  # the journal replayed after the frame
            await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        table = app.screen.table
        before = table.row_count
        await pilot.press("slash")
        keys = [c if c != " " else "space" for c in TYPED]
        runs = []
        for _ in range(3):
            runs.append(await paced_cpu(app, pilot, keys + ["backspace"] * len(keys), PACE,
                                        reps=1))
        for k in keys:
            app.post_message(events.Key(k, k if len(k) == 1 else CHARACTERS.get(k)))
            await pilot.pause(PACE)
        after = app.screen.table.row_count
    return statistics.median(runs), before, after


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--tags", type=int, default=500_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--store-only", action="store_true",
                    help="measure the store alone (no first frame, no filter)")
    ap.add_argument("--keep", type=Path, help="build the stores in this folder and keep "
                    "them (reused when there)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = args.keep or Path(d)
        stores = {"a batch per article, compacted": tmp / "batches.db",
                  "one import of every tag": tmp / "import.db"}
        if not all(p.exists() for p in stores.values()):
            arts, tags = articles_and_tags(args.articles, args.tags)
            for i, path in enumerate(stores.values()):
                if not path.exists():
                    fill(path, arts, tags, one_batch=i == 1)  # closed: its indexes written
            del arts, tags
        frames: dict[str, list[float]] = {"bare": [], **{k: [] for k in stores}}
        for _ in range(0 if args.store_only else args.runs):  # interleaved
            frames["bare"].append(first_frame("minimal", [], tmp))
            for label, path in stores.items():
                frames[label].append(first_frame("threadmark", [str(path)], tmp))
        opens = {label: (*fresh_open(path), fresh_open_ms(path, child=_DEFERRED_CHILD))
                 for label, path in stores.items()}
        if not args.store_only:
            key_ms, before, after = asyncio.run(filter_cpu(stores["one import of every tag"]))
        writes = {label: write_ms(path) for label, path in stores.items()}
        size = stores["one import of every tag"].stat().st_size / 2**20
    print(f"Library of {args.articles:,} articles, {args.tags:,} tags ({size:.0f} MB)")
    if not args.store_only:
        bare = statistics.median(frames["bare"])
        print(f"  first frame in tmux, median of {args.runs} interleaved (s)")
        print(f"    {'bare Textual app':<40}{bare:>8.3f}")
        for label in stores:
            v = statistics.median(frames[label])
            print(f"    {label:<40}{v:>8.3f}   ratio {v / bare:.2f}x")
    print("  store in a fresh process, median of 5 (ms): full open wall / CPU (start-up "
          "included), then one article's tags read wall / CPU; the app's open (index) wall")
    for label, (full, full_cpu, read, read_cpu, deferred) in opens.items():
        print(f"    {label:<40}{full:>8.0f} /{full_cpu:>5.0f}{read:>8.0f} /{read_cpu:>5.0f}"
              f"{deferred:>8.0f}")
    for label, ms in writes.items():
        print(f"  a fresh process adds one tag ({label}): {ms:.0f} ms, open to close")
    if not args.store_only:
        print(f"  filter: CPU per keystroke (ms; '{TYPED}' typed and erased, keys "
              f"{1000 * PACE:.0f} ms apart, median of 3 runs): {key_ms:.1f}; rows "
              f"{before:,} -> {after:,}")
    print("goal: first frame within 1.5x of the bare app; filter < 50 ms a key; open < 500 ms")


if __name__ == "__main__":
    main()
