"""Real material in: importing saved pages, reading a big Reddit thread.

    python -m benchmarks.bench_sources [--pages 200] [--runs 5]

- 200 saved pages (the ten real fixture pages, each made distinct by a numbered paragraph)
  imported into a fresh store, timed per page (read + extract + store): median and p90;
- a generated 10,000-comment Reddit thread JSON (nested up to 8 deep), read whole.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from annotations import AnnotationStore, load_article
from benchmarks.bench_parse import median_time

FIX = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
GOAL_PAGE_MS = 100
GOAL_REDDIT_S = 1.0


def reddit_thread(n: int, seed: int = 3) -> list:
    """A Reddit thread's JSON with ``n`` comments in a random tree."""
    rng = random.Random(seed)
    roots: list[dict] = []
    open_: list[tuple[dict, int]] = []
    for i in range(n):
        c = {"kind": "t1", "data": {"author": f"user{rng.randint(1, n // 3)}",
                                    "body": f"Comment {i} &amp; its &gt; quoted text " * 3,
                                    "created_utc": 1600000000 + i, "replies": ""}}
        if not open_ or rng.random() < 0.3:
            roots.append(c)
            open_ = [(c, 0)]
        else:
            parent, depth = rng.choice(open_[-8:])
            r = parent["data"]["replies"]
            if r == "":
                r = parent["data"]["replies"] = {"kind": "Listing",
                                                 "data": {"children": []}}
            r["data"]["children"].append(c)
            if depth < 8:
                open_.append((c, depth + 1))
    post = {"kind": "t3", "data": {"title": "A big thread", "selftext": "Body", "author": "op",
                                   "subreddit": "bench", "permalink": "/r/bench/comments/x/y/",
                                   "created_utc": 1600000000, "is_self": True}}
    return [{"kind": "Listing", "data": {"children": [post]}},
            {"kind": "Listing", "data": {"children": roots}}]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    pages = sorted(p for p in (FIX / "pages").glob("*.html") if "scmp" not in p.name)
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        files = []
        for i in range(args.pages):
            src = pages[i % len(pages)].read_bytes()
            marker = f"<p>Copy {i} of this page for the benchmark.</p>".encode()
            files.append(folder / f"p{i}.html")
            files[-1].write_bytes(src.replace(b"</body>", marker + b"</body>", 1))
        per_page = []
        with AnnotationStore(folder / "s.db") as store:
            for f in files:
                t = time.perf_counter()
                store.add_article(load_article(f).article)
                per_page.append((time.perf_counter() - t) * 1000)
            n = len(store.articles(include_superseded=True))
        per_page.sort()
        med = statistics.median(per_page)
        p90 = per_page[int(len(per_page) * 0.9)]
        print(f"{args.pages} saved pages into a fresh store ({n} stored; same title and outlet "
              "make a page a new version of the one before): median "
              f"{med:.1f} ms/page, p90 {p90:.1f} ms, total {sum(per_page) / 1000:.1f} s "
              f"(goal: median < {GOAL_PAGE_MS} ms; ratio {med / GOAL_PAGE_MS:.2f})")
        thread = folder / "big.json"
        thread.write_text(json.dumps(reddit_thread(10_000)))
        art = load_article(thread).article
        assert art.comment_count() == 10_000
        t = median_time(lambda: load_article(thread), args.runs)
        mb = thread.stat().st_size / 1e6
        print(f"10,000-comment Reddit thread ({mb:.1f} MB): median {t:.3f} s "
              f"(goal < {GOAL_REDDIT_S} s; ratio {t / GOAL_REDDIT_S:.2f})")


if __name__ == "__main__":
    main()
