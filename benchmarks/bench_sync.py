"""``threadmark sync`` of 10,000 new tags: push from one store, pull into a second.

    python -m benchmarks.bench_sync [--tags 10000]

Prints the wall time of each sync and how much of it was git's own (the git commands).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

from annotations import Anchor, AnnotationStore, Quote, load_article
from annotations.team import sync as sync_module
from benchmarks.synth import make_article_text

GOAL_S = 5.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tags", type=int, default=10_000)
    args = ap.parse_args()
    git_time = [0.0]
    real = sync_module._git

    def timed(*a, **kw):
        t = time.perf_counter()
        try:
            return real(*a, **kw)
        finally:
            git_time[0] += time.perf_counter() - t

    sync_module._git = timed
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        remote = root / "team.git"
        subprocess.run(["git", "init", "--bare", "--quiet", "-b", "main", str(remote)],
                       check=True)
        src = root / "a.txt"
        sentences = [f"Sentence {i} of a long article about the talks." for i in
                     range(args.tags)]
        src.write_text(make_article_text(200).split("\n", 1)[0] + "\n\n" +
                       " ".join(sentences) + "\n")
        article = load_article(src).article
        spans, pos = [], 0
        for sent in sentences:
            spans.append((pos, pos + len(sent)))
            pos += len(sent) + 1
        stores = {}
        for who in ("ana", "ben"):
            stores[who] = root / who / "s.db"
            with AnnotationStore(stores[who]) as s:
                s.add_article(article)
                s.set_meta("sync", {"remote": str(remote)})
        with AnnotationStore(stores["ana"]) as s:
            s.add_many([Quote(anchor=Anchor.for_span(article, "body", a, b), annotator="ana",
                              speaker="Speaker") for a, b in spans])
        for who in ("ana", "ben"):
            git_time[0] = 0.0
            t = time.perf_counter()
            with AnnotationStore(stores[who]) as s:
                rep = sync_module.sync(s, who)
            wall = time.perf_counter() - t
            what = f"push {rep.pushed['new']:,}" if who == "ana" else \
                f"pull {rep.pulled_added:,}"
            print(f"{who}: {what} tags in {wall:.2f} s, of which git {git_time[0]:.2f} s "
                  f"({git_time[0] / wall:.0%})")
            if who == "ana":
                total = wall
            else:
                total += wall
        print(f"push then pull of {len(spans):,} new tags: {total:.2f} s "
              f"(goal < {GOAL_S} s; ratio {total / GOAL_S:.2f})")


if __name__ == "__main__":
    main()
