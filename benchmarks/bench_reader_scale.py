"""Reader keys at 0, 10,000 and 50,000 tags on one article, next to a bare Textual app.

    python -m benchmarks.bench_reader_scale [--sizes 0,10000,50000] [--rounds 6] [--keys 24]
    python -m benchmarks.bench_reader_scale --quick     # sizes 0,2000, 2 rounds of 8 keys

The article: the US seed's body (which has suggestions, for ``]``/``[``) over a synthetic
thread of 2,000 comments; a fifth of the tags on the body (stances, so the body's suggested
quotes and claims stay to step through), the rest spread over the comments. The cases: tree
cursor j/k (the comment pane follows), article pane j/k, ``]``/``[`` through the body's
suggestions, ``n``/``N`` through a search of the thread; and the bare app's key (j/k
updating a ``Static`` under a ``Header`` and a ``Footer``). j/k go ten keys down, ten up;
``]``/``[`` and ``n``/``N`` four forward, four back, so two keys in eight wrap round (from
the first suggestion or match to the last and back) and scroll their pane a long way.

What is measured: the app's own CPU time per key. Keys are posted to the app as a terminal
would send them, 150 ms apart (``bench_tui.PACE``: each handled in full, the comment pane
included); the CPU of the process while idle (its rate over an idle half second just before,
times the span the keys took) is subtracted. Everything the keys cost is counted, the cyclic
collector's pauses included (their ms per key is printed apart as well).

How it stays steady on a shared machine: ``--rounds`` rounds, each of which runs every size
once and the bare app beside each size (just before it in one round, just after it in the
next), each in a fresh process (so no process's luck of memory layout, hash seed or
collector state counts for more than one round), the sizes in an order rotated every round
(no size always first). In each process every case gets a few keys of warm-up, then
``--keys`` measured keys. A round's figure for a case is its mean CPU per key (every key
counted: no key's figure is dropped as an outlier); the table shows, per case, the median
over rounds and the spread (min-max) beside it. The ratios are worked out within each round,
a case against the bare app run beside it (seconds apart) and against its own cost at 0
tags, and their median over rounds is shown with its spread. The load average is printed for
every round and at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from annotations import Anchor, AnnotationStore, Claim, Quote, Stance, parse_article
from annotations.model.thread import render_comments
from benchmarks.bench_tui import CHARACTERS, PACE, minimal_app
from benchmarks.synth import make_tree

BARE = "bare"
#: the reader's cases, in the order a process runs them
CASES = ("tree j/k", "article j/k", "article ]/[", "tree n/N (search)")
WARM_KEYS = 2  # keys each way of each case run before its measured ones (caches filled)
IDLE_SPAN = 0.5  # seconds of idle CPU measured before each case
RESULT = "RESULT "  # the child's line of figures on stdout


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


# -- one process: one app, each case once ---------------------------------------------------


async def measure_keys(app, pilot, forth: str, back: str, period: int, n: int,
                       warm: int) -> tuple[float, float]:
    """(CPU ms per key, the collector's ms per key) for ``n`` keys posted ``PACE`` apart:
    ``forth`` ``period`` times, ``back`` as often, and so on (``alternate``).

    First, unmeasured, ``warm`` keys each way (back where they began). The process's idle
    CPU rate over ``IDLE_SPAN`` seconds just before the keys, times the span they took, is
    subtracted.
    """
    from textual import events

    def post(k: str) -> None:
        app.post_message(events.Key(k, k if len(k) == 1 else CHARACTERS.get(k)))

    for k in [forth] * warm + [back] * warm:
        post(k)
        await asyncio.sleep(PACE)
    await pilot.pause(0.2)
    t, w = time.process_time(), time.perf_counter()
    await asyncio.sleep(IDLE_SPAN)
    idle_rate = (time.process_time() - t) / (time.perf_counter() - w)
    with GCMeter() as meter:
        t, w = time.process_time(), time.perf_counter()
        for k in alternate(forth, back, period, n):
            post(k)
            await asyncio.sleep(PACE)
        await pilot.pause(0.05)
        cpu = time.process_time() - t - idle_rate * (time.perf_counter() - w)
    return 1000 * cpu / n, meter.per_key_ms(n)


def alternate(forth: str, back: str, period: int, n: int) -> list[str]:
    """``forth`` ``period`` times, ``back`` as often, ``forth`` again... (``n`` keys)."""
    return [forth if (i // period) % 2 == 0 else back for i in range(n)]


async def reader_round(store: Path, path: Path, n: int, warm: int) -> dict[str, list[float]]:
    """Each reader case once: case -> [CPU ms per key, collector ms per key]."""
    from tui.app import ThreadmarkApp

    app = ThreadmarkApp(store_path=store, open_paths=[path], annotator="bench",
                        seed_if_empty=False)
    out: dict[str, list[float]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        side = app.screen.sides[0]
        assert side.body.suggestions, "the body has no suggestions to step through"
        side.tree.focus()
        await pilot.pause()
        out["tree j/k"] = list(await measure_keys(app, pilot, "j", "k", 10, n, warm))
        side.body.focus()
        await pilot.pause()
        out["article j/k"] = list(await measure_keys(app, pilot, "j", "k", 10, n, warm))
        out["article ]/["] = list(await measure_keys(
            app, pilot, "right_square_bracket", "left_square_bracket", 4, n, warm))
        side.tree.focus()
        side.tree.search("putin")
        await pilot.pause()
        out["tree n/N (search)"] = list(await measure_keys(app, pilot, "n", "N", 4, n, warm))
        out["tags"] = [float(app.store.tag_count(side.article.id)), 0.0]
    return out


async def bare_round(n: int, warm: int) -> dict[str, list[float]]:
    """The bare app's key once: {"bare": [CPU ms per key, collector ms per key]}."""
    app = minimal_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return {BARE: list(await measure_keys(app, pilot, "j", "k", 10, n, warm))}


def child(args: argparse.Namespace) -> None:
    """One round of one case (``--child bare`` or ``--child SIZE``): its figures as JSON."""
    if args.child == BARE:
        out = asyncio.run(bare_round(args.keys, args.warm))
    else:
        out = asyncio.run(reader_round(Path(args.store), Path(args.article), args.keys,
                                       args.warm))
    print(RESULT + json.dumps(out), flush=True)


def run_child(case: str, tmp: Path, keys: int, warm: int) -> dict[str, list[float]]:
    cmd = [sys.executable, "-m", "benchmarks.bench_reader_scale", "--child", case,
           "--keys", str(keys), "--warm", str(warm)]
    if case != BARE:
        cmd += ["--store", str(tmp / f"s{case}.db"), "--article", str(tmp / "article.txt")]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parent.parent)
    for line in done.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT):])
    raise RuntimeError(f"no figures from the {case} run:\n{done.stdout}\n{done.stderr}")


# -- the rounds and their summary -----------------------------------------------------------


def rotated(items: Sequence[str], r: int) -> list[str]:
    """``items`` rotated left by ``r`` (round ``r``'s order: no case always first)."""
    k = r % len(items) if items else 0
    return [*items[k:], *items[:k]]


def paired(size: str) -> str:
    """The key of the bare app's run beside ``size`` in a round."""
    return f"{BARE} {size}"


def round_order(sizes: Sequence[str], r: int) -> list[tuple[str, str]]:
    """Round ``r``'s runs, (what runs, its key in the round): the sizes rotated, the bare app
    just before each in even rounds and just after it in odd ones."""
    out: list[tuple[str, str]] = []
    for size in rotated(sizes, r):
        pair = [(BARE, paired(size)), (size, size)]
        out += pair if r % 2 == 0 else pair[::-1]
    return out


def bare_runs(rounds: list[dict[str, dict[str, list[float]]]], sizes: Sequence[str],
              at: int = 0) -> list[float]:
    """Every run of the bare app (``at`` 0: CPU ms per key; 1: the collector's)."""
    return [r[paired(s)][BARE][at] for r in rounds for s in sizes]


def median_and_spread(values: Iterable[float]) -> tuple[float, float, float]:
    """(median, min, max)."""
    vs = sorted(values)
    return statistics.median(vs), vs[0], vs[-1]


def round_ratios(rounds: list[dict[str, dict[str, list[float]]]], size: str, case: str,
                 over: str) -> list[float]:
    """Per round, ``case`` at ``size`` divided by ``over``'s figure in the same round
    (``over`` is ``BARE`` for the bare app's key in the run beside ``size``, or a size
    for the same case there)."""
    out = []
    for rnd in rounds:
        below = rnd[paired(size)][BARE][0] if over == BARE else rnd[over][case][0]
        out.append(rnd[size][case][0] / below)
    return out


def summary(rounds: list[dict[str, dict[str, list[float]]]], sizes: list[str]) -> list[str]:
    """The tables: per case and size the median ms per key over rounds with min-max; per
    case the worst over sizes of the within-round ratios' medians (against the bare app, and
    against the case at the first size)."""
    lines = []
    bare = median_and_spread(bare_runs(rounds, sizes))
    head = f"  {'key':<18}" + "".join(f"{f'{int(s):,} tags':>20}" for s in sizes)
    lines.append(head + f"{'worst/0 tags':>20}{'worst/bare':>20}")
    for case in CASES:
        row = f"  {case:<18}"
        for s in sizes:
            m, lo, hi = median_and_spread(r[s][case][0] for r in rounds)
            row += f"{m:>8.2f} ({lo:.2f}-{hi:.2f})"
        worst_self = max((median_and_spread(round_ratios(rounds, s, case, sizes[0]))
                          for s in sizes[1:]), default=(1.0, 1.0, 1.0))
        worst_bare = max(median_and_spread(round_ratios(rounds, s, case, BARE))
                         for s in sizes)
        for m, lo, hi in (worst_self, worst_bare):
            row += f"{m:>7.2f}x ({lo:.2f}-{hi:.2f})"
        lines.append(row)
    lines.append(f"  {'bare app (Static)':<18}{bare[0]:>8.2f} ({bare[1]:.2f}-{bare[2]:.2f})")
    lines.append("the cyclic collector's ms per key, median (max) over rounds (counted in "
                 "the figures above)")
    for case in CASES:
        lines.append(f"  {case:<18}" + "".join(
            f"{statistics.median(g):>10.2f} ({max(g):.2f})      "
            for g in ([r[s][case][1] for r in rounds] for s in sizes)))
    g = bare_runs(rounds, sizes, 1)
    lines.append(f"  {'bare app (Static)':<18}{statistics.median(g):>10.2f} ({max(g):.2f})")
    return lines


def build_stores(tmp: Path, sizes: list[int]) -> None:
    path = tmp / "article.txt"
    path.write_text(article_text(), encoding="utf-8")
    article = parse_article(path.read_text(encoding="utf-8"))
    for n in sizes:
        with AnnotationStore(tmp / f"s{n}.db") as s:
            s.add_article(article)
            if n:
                s.add_many(tags_for(article, n, random.Random(n)))
            s.compact()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0,10000,50000")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--keys", type=int, default=24, help="measured keys per case and round")
    ap.add_argument("--warm", type=int, default=WARM_KEYS)
    ap.add_argument("--quick", action="store_true",
                    help="a quick check: sizes 0,2000, 2 rounds of 8 keys")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    ap.add_argument("--article", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    if args.quick:
        args.sizes, args.rounds, args.keys = "0,2000", 2, 8
    started = time.monotonic()
    sizes = [str(int(x)) for x in args.sizes.split(",")]
    rounds: list[dict[str, dict[str, list[float]]]] = []
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        build_stores(tmp, [int(s) for s in sizes])
        for r in range(args.rounds):
            rnd, took = {}, []
            for case, key in round_order(sizes, r):
                t = time.monotonic()
                rnd[key] = run_child(case, tmp, args.keys, args.warm)
                took.append(f"{case} {time.monotonic() - t:.0f} s")
                loads.append(os.getloadavg()[0])
            rounds.append(rnd)
            print(f"round {r + 1}/{args.rounds}: {', '.join(took)}; load {loads[-1]:.1f}",
                  file=sys.stderr, flush=True)
    now = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"CPU per key (ms; keys {1000 * PACE:.0f} ms apart, idle CPU subtracted; each "
          f"round a fresh process per size and one for the bare app beside each, "
          f"{args.warm} warm-up keys each way and {args.keys} measured keys of each kind; "
          f"median (min-max) over {args.rounds} interleaved rounds); article with 2,000 "
          f"comments; {time.monotonic() - started:.0f} s")
    print(f"load average over the rounds {min(loads):.1f}-{max(loads):.1f} (1 min), now "
          f"{now} (1, 5, 15 min) on {os.cpu_count()} cores")
    print("j/k: 10 down, 10 up; ]/[ and n/N: 4 forward, 4 back (2 keys in 8 wrap round and "
          "scroll the pane)")
    print("ratios: worked out within each round (against the bare app run beside the size), "
          "median (min-max) over rounds; the worst size")
    for line in summary(rounds, sizes):
        print(line)
    print("goal: every key within 1.5x of its cost at 0 tags, and within 2x of the bare app")


if __name__ == "__main__":
    main()
