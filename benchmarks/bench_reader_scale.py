"""Reader keys at 0, 10,000 and 50,000 tags on one article, next to a bare Textual app.

    python -m benchmarks.bench_reader_scale [--sizes 0,10000,50000] [--keys 16]

The article: the US seed's body (which has suggestions, for ``]``/``[``) over a synthetic
thread of 2,000 comments; a fifth of the tags on the body (stances, so the body's suggested
quotes and claims stay to step through), the rest spread over the comments. For each size,
the app's own CPU time per key (``bench_tui.paced_cpu``: keys posted 150 ms apart, each
handled in full, the CPU of an equally long idle span subtracted; median of 3 runs) for: tree
cursor j/k (the comment pane follows), article pane j/k, ``]``/``[`` through the body's
suggestions, and ``n``/``N`` through a search of the thread. The bare app's key updates a
``Static``; it is measured before each size and after the last (interleaved with the reader's
runs, on a loaded machine), and the ratios use the median of those runs. The load average is
printed with the figures, and the cyclic collector's time per key (``gc.callbacks``, wall time
of every collection during a case's runs, divided by its keys) for each case and the bare app.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from annotations import Anchor, AnnotationStore, Claim, Quote, Stance, parse_article
from annotations.model.thread import render_comments
from benchmarks.bench_tui import PACE, _jk, key_cpu_minimal, paced_cpu
from benchmarks.synth import make_tree


class GCMeter:
    """Time spent in the cyclic collector (``gc.callbacks``), by generation, while active."""

    def __init__(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        self._start = 0.0

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds[info["generation"]] += time.perf_counter() - self._start
            self.count[info["generation"]] += 1

    def __enter__(self) -> GCMeter:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def per_key_ms(self, keys: int) -> float:
        return 1000 * sum(self.seconds) / keys


def article_text(n_comments: int = 2000) -> str:
    from tests.conftest import US_SEED

    return (US_SEED.read_text(encoding="utf-8").rstrip()
            + "\n\nDear reader, to leave comments on the publication, you must sign in.\n"
            + "\n".join(render_comments(make_tree(n_comments, 1))) + "\n")


def tags_for(article, n: int, rng: random.Random) -> list:
    comments = [c.id for c, _ in article.walk()]
    out = []
    for i in range(n):
        part = "body" if i % 5 == 0 else rng.choice(comments)
        text = article.part_text(part)
        s = rng.randrange(0, max(1, len(text) - 10))
        e = min(len(text), s + rng.randint(5, 120))
        anchor = Anchor.for_span(article, part, s, e)
        if part == "body":  # stances: the body's suggested quotes and claims stay to step
            out.append(Stance(anchor=anchor, holder="h", target="alliance",
                              polarity="against", annotator="bench"))
        else:
            out.append(Quote(anchor=anchor, speaker="Speaker", annotator="bench") if i % 2
                       else Claim(anchor=anchor, annotator="bench"))
    return out


async def keys_at(store: Path, path: Path, n: int,
                  gcs: dict[str, float]) -> dict[str, float]:
    """CPU ms per key for each case (and, into ``gcs``, the collector's ms per key)."""
    from tui.app import ThreadmarkApp

    app = ThreadmarkApp(store_path=store, open_paths=[path], annotator="bench",
                        seed_if_empty=False)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        side = app.screen.sides[0]
        assert side.body.suggestions, "the body has no suggestions to step through"
        side.tree.focus()
        await pilot.pause()

        async def case(name: str, keys: list[str]) -> None:
            with GCMeter() as meter:
                out[name] = await paced_cpu(app, pilot, keys, PACE)
            gcs[name] = meter.per_key_ms(3 * len(keys))  # paced_cpu's 3 runs

        await case("tree j/k", _jk(n))
        side.body.focus()
        await pilot.pause()
        await case("article j/k", _jk(n))
        await case("article ]/[", ["right_square_bracket" if (i // 4) % 2 == 0
                                   else "left_square_bracket" for i in range(n)])
        side.tree.focus()
        side.tree.search("putin")
        await pilot.pause()
        await case("tree n/N (search)", ["n" if (i // 4) % 2 == 0 else "N" for i in range(n)])
        out["tags"] = float(app.store.tag_count(side.article.id))
    return out


def bare_key(n: int, gcs: list[float]) -> float:
    """The bare app's CPU ms per key; its collector's ms per key appended to ``gcs``."""
    with GCMeter() as meter:
        cpu = asyncio.run(key_cpu_minimal(n))
    gcs.append(meter.per_key_ms(6 * n))  # 3 paced and 3 held runs of n keys
    return cpu["paced"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0,10000,50000")
    ap.add_argument("--keys", type=int, default=16)
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        path = tmp / "article.txt"
        path.write_text(article_text(), encoding="utf-8")
        article = parse_article(path.read_text(encoding="utf-8"))
        results = {}
        gcs: dict[int, dict[str, float]] = {}
        bares: list[float] = []
        bare_gcs: list[float] = []
        loads = []
        for n in sizes:
            store = tmp / f"s{n}.db"
            with AnnotationStore(store) as s:
                s.add_article(article)
                if n:
                    s.add_many(tags_for(article, n, random.Random(n)))
                s.compact()
            bares.append(bare_key(args.keys, bare_gcs))
            loads.append(os.getloadavg()[0])
            gcs[n] = {}
            results[n] = asyncio.run(keys_at(store, path, args.keys, gcs[n]))
        bares.append(bare_key(args.keys, bare_gcs))
        loads.append(os.getloadavg()[0])
        bare = statistics.median(bares)
    print(f"CPU per key (ms; keys {1000 * PACE:.0f} ms apart, idle CPU subtracted, median of 3 "
          f"runs of {args.keys}); article with 2,000 comments; load average "
          f"{min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    cases = [k for k in results[sizes[0]] if k != "tags"]
    print(f"  {'key':<22}" + "".join(f"{f'{n:,} tags':>14}" for n in sizes)
          + f"{'worst/0 tags':>14}{'worst/bare':>12}")
    for case in cases:
        row = [results[n][case] for n in sizes]
        print(f"  {case:<22}" + "".join(f"{v:>14.2f}" for v in row)
              + f"{max(row) / row[0]:>13.2f}x{max(row) / bare:>11.2f}x")
    print(f"  {'bare app (Static)':<22}{bare:>14.2f}  (median of "
          + ", ".join(f"{b:.2f}" for b in bares) + ")")
    print("the cyclic collector's ms per key (gc.callbacks; counted over each case's runs)")
    for case in cases:
        print(f"  {case:<22}" + "".join(f"{gcs[n][case]:>14.2f}" for n in sizes))
    print(f"  {'bare app (Static)':<22}{statistics.median(bare_gcs):>14.2f}  (median of "
          + ", ".join(f"{b:.2f}" for b in bare_gcs) + f"; threshold {gc.get_threshold()})")
    print("goal: every key within 1.5x of its cost at 0 tags, and within 2x of the bare app")


if __name__ == "__main__":
    main()
