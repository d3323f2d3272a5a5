"""Issue #24's speed goals: a story of 50 articles, 20,000 tags and 50,000 comments —
``threadmark compare --json`` (the whole command, store opened) and the comparison screen's
first frame with its figures, each under 1 s; the tag browser filtering 500,000 tags under
100 ms a keystroke.

    python -m benchmarks.bench_compare [--articles 50] [--tags 20000] [--comments 50000]
                                       [--browser-tags 500000] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from annotations.compare import registry
from annotations.compare.browse import TagIndex
from annotations.model.models import Anchor, Claim, Quote, Stance
from annotations.model.thread import render_comments
from annotations.sources.adding import add_file
from annotations.sources.parse import parse_article
from annotations.store import AnnotationStore
from benchmarks.synth import WORDS, make_tree

GOAL_S = 1.0
KEY_GOAL_S = 0.1
FIRST = ("Anna", "Boris", "Chen", "Dmitri", "Elena", "Feng", "Greg", "Hui")
SPEAKERS = [f"{f} {last}" for f in FIRST for last in ("Ivanova", "Li", "Smith", "Wang", "Petrov")]
ROLES = ["a Foreign Ministry spokesman", "an official", "one analyst", "a local resident"]


def vocabulary(n: int = 6000, seed: int = 3) -> tuple[list[str], list[float]]:
    """``n`` made-up words and Zipf cumulative weights (rank r: 1/r), the common ones being
    ``synth.WORDS``: word frequencies as in real text, not a 50-word language."""
    rng = random.Random(seed)
    made = {"".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou")
                    for _ in range(rng.randint(2, 4))) for _ in range(n)}
    vocab = list(WORDS) + sorted(made - set(WORDS))[: n - len(WORDS)]
    cum, total = [], 0.0
    for r in range(1, len(vocab) + 1):
        total += 1 / r
        cum.append(total)
    return vocab, cum


VOCAB, CUM = vocabulary()


def _article(i: int, n_comments: int, n_sentences: int, rng: random.Random) -> tuple[Any,
                                                                                     list, str]:
    sentences = []
    for k in range(n_sentences):
        words = rng.choices(VOCAB, cum_weights=CUM, k=rng.randint(10, 24))
        sentences.append(f"S{i}x{k} " + " ".join(words) + ".")
    paras = [" ".join(sentences[k:k + 8]) for k in range(0, len(sentences), 8)]
    lines = [f"Story article {i}", ""] + [p for para in paras for p in (para, "")]
    lines.append("Dear reader, to leave comments on the publication, you must sign in.")
    text = "\n".join(lines + render_comments(make_tree(n_comments, seed=i + 1))) + "\n"
    return parse_article(text), sentences, text


def build(path: Path, articles: int, tags: int, comments: int,
          via_files: bool = False) -> list[str]:
    """The store and the story ``big``; returns the article ids. ``via_files``: each article
    written to a file and added as ``threadmark import`` adds it (``sources.adding``)."""
    rng = random.Random(24)
    per_tags = tags // articles
    n_quotes, n_claims = per_tags * 6 // 10, per_tags // 10
    n_stances = per_tags - n_quotes - n_claims
    ids = []
    with AnnotationStore(path) as store:
        for i in range(articles):
            art, sentences, text = _article(i, comments // articles, n_quotes + n_claims + 4,
                                            rng)
            if via_files:
                f = path.with_name(f"article-{i}.txt")
                f.write_text(text, encoding="utf-8")
                assert add_file(store, f).ids == [art.id]
            else:
                store.add_article(art)
            ids.append(art.id)
            body = art.body
            made: list[Any] = []
            for k, s in enumerate(sentences[: n_quotes + n_claims]):
                start = body.find(s)
                a = Anchor.for_span(art, "body", start, start + len(s))
                if k < n_quotes:
                    who = rng.choice(SPEAKERS) if rng.random() < 0.9 else rng.choice(ROLES)
                    made.append(Quote(anchor=a, speaker=who, annotator="ana",
                                      mode=rng.choice(("direct", "indirect", "mixed"))))
                else:
                    made.append(Claim(anchor=a, annotator="ana",
                                      claim_type=rng.choice(("factual", "causal"))))
            walk = [c for c, _d in art.walk() if c.text]
            for c in rng.sample(walk, min(n_stances, len(walk))):
                made.append(Stance(anchor=Anchor.for_span(art, c.id, 0, min(40, len(c.text))),
                                   holder=c.author, annotator="ana",
                                   target=rng.choice(("alliance", "sanctions", "trade")),
                                   polarity=rng.choice(("favor", "against", "neutral"))))
            store.add_many(made)
            registry.set_outlet(store, f"Outlet {i}", language="en",
                                group=f"Group {i % 3}", articles=[art.id])
        registry.add_to_story(store, "big", ids)
        store.compact()
    return ids


def time_cli(path: Path, runs: int, imported: Path) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of ``threadmark compare big --json`` (a fresh process each
    run; CPU time tells what the command costs on a machine others share): ``cold`` with no
    derived data beside the store (deleted before each run: the articles stored without the
    add path), ``warm`` with what the run before kept (``compare.derived``), ``imported`` on
    the store ``imported`` (the same story added through ``sources.adding``) with the derived
    data as the adds left it (put back before each run: the first comparison after an
    import). Every run's JSON is checked byte-identical to the first's."""
    import resource

    from annotations.compare.derived import derived_path

    after_adds = derived_path(imported).read_bytes()
    out = {}
    for name in ("cold", "warm", "imported"):
        store = imported if name == "imported" else path
        env = {**os.environ, "THREADMARK_STORE": str(store)}
        walls, cpus = [], []
        for _ in range(runs):
            if name == "cold":
                derived_path(path).unlink(missing_ok=True)
            elif name == "imported":
                derived_path(imported).write_bytes(after_adds)
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tui.cli", "compare", "big", "--json"],
                           env=env, check=True, stdout=subprocess.DEVNULL)
            walls.append(time.perf_counter() - t)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
        out[name] = (statistics.median(walls), statistics.median(cpus))
    return out


def time_screen(path: Path) -> tuple[float, float, float, float]:
    """Seconds from ``C`` to the first figure shown and to every figure shown: wall, then
    the process's CPU (every thread: the worker's and the app's)."""
    from tui.app import ThreadmarkApp
    from tui.screens.compare import CompareScreen

    async def run() -> tuple[float, float, float, float]:
        app = ThreadmarkApp(store_path=path, open_paths=[], annotator="ana")
        async with app.run_test(size=(80, 40)) as pilot:
            await app.workers.wait_for_complete()  # the app's warm-up: the store's replay
            await pilot.pause()
            t, c = time.perf_counter(), time.process_time()
            app.push_screen(CompareScreen(["big"]))
            screen = app.screen
            while not screen.query("#table-speakers"):
                await asyncio.sleep(0.01)
            first, first_cpu = time.perf_counter() - t, time.process_time() - c
            while screen.report is None:
                await asyncio.sleep(0.02)
            await pilot.pause()
            return first, first_cpu, time.perf_counter() - t, time.process_time() - c

    return asyncio.run(run())


class _FakeStore:
    """What ``TagIndex`` reads, for half a million tags without writing them to a file."""

    def __init__(self, n_tags: int, n_articles: int = 200) -> None:
        rng = random.Random(7)
        self.docs: dict[str, list[dict]] = {}
        for a in range(n_articles):
            aid = f"{a:016x}"
            self.docs[aid] = [{
                "id": f"{a:08x}-{k:08x}", "kind": kind,
                "anchor": {"article_id": aid, "part": "body", "start": k * 40,
                           "end": k * 40 + 30, "exact": " ".join(
                               rng.choices(VOCAB, cum_weights=CUM, k=8))},
                "annotator": rng.choice(("ana", "ben", "cyd")), "labels": [],
                "speaker": rng.choice(SPEAKERS) if kind == "quote" else None,
                "verdict": "unverified" if kind == "claim" else None,
                "updated": f"2024-01-{1 + k % 28:02d}"}
                for k in range(n_tags // n_articles)
                for kind in [rng.choice(("quote", "quote", "claim", "stance"))]]

    def meta(self, key: str) -> Any:
        if key == "outlets":
            return {f"Outlet {i}": {"group": f"Group {i % 3}"} for i in range(10)}
        return None

    def article_summaries(self) -> list:
        from annotations.store.types import ArticleSummary

        return [ArticleSummary(aid, aid, f"Outlet {i % 10}", 0, len(d))
                for i, (aid, d) in enumerate(self.docs.items())]

    def stored_docs(self, aid: str) -> list[dict]:
        return self.docs[aid]


def time_browser(n_tags: int) -> tuple[float, list[tuple[str, float, float]]]:
    """(index build seconds, [(query typed so far, wall, CPU seconds)]) over typing three
    queries."""
    store = _FakeStore(n_tags)
    t = time.perf_counter()
    ix = TagIndex(store)  # type: ignore[arg-type]
    build_s = time.perf_counter() - t
    out = []
    for query in ("kind:quote speaker:chen", "group:group 1 alliance", "pipeline treaty"):
        for k in range(1, len(query) + 1):
            t, c = time.perf_counter(), time.process_time()
            ix.search(query[:k])
            out.append((query[:k], time.perf_counter() - t, time.process_time() - c))
        ix.search("")
    return build_s, out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=50)
    p.add_argument("--tags", type=int, default=20_000)
    p.add_argument("--comments", type=int, default=50_000)
    p.add_argument("--browser-tags", type=int, default=500_000)
    p.add_argument("--runs", type=int, default=3)
    a = p.parse_args()
    # the command as an installed copy runs it: with its bytecode (a machine setting
    # PYTHONDONTWRITEBYTECODE=1, as this kind does, would compile every module at each run)
    root = Path(__file__).resolve().parent.parent
    compileall.compile_dir(root / "annotations", quiet=1)
    compileall.compile_dir(root / "tui", quiet=1)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "story.db"
        t = time.perf_counter()
        build(path, a.articles, a.tags, a.comments)
        print(f"built: {a.articles} articles, {a.tags} tags, {a.comments} comments "
              f"in {time.perf_counter() - t:.1f} s")
        imported = Path(d) / "imported" / "story.db"
        imported.parent.mkdir()
        t = time.perf_counter()
        build(imported, a.articles, a.tags, a.comments, via_files=True)
        print(f"built again through the add path (files added as `import` adds them) in "
              f"{time.perf_counter() - t:.1f} s")
        cli = time_cli(path, a.runs, imported)
        first, first_cpu, every, every_cpu = time_screen(path)  # warm: after the command
    build_s, keys = time_browser(a.browser_tags)
    times = [s for _q, s, _c in keys]
    cpus = [c for _q, _s, c in keys]
    worst = max(keys, key=lambda x: x[1])
    print(f"{'measure':<48} {'median':>9} {'goal':>7} {'ratio':>6}")
    for name, v, goal in (("compare --json (whole command), wall", cli["warm"][0], GOAL_S),
                          ("compare --json (whole command), CPU", cli["warm"][1], GOAL_S),
                          ("compare --json, no derived data, wall", cli["cold"][0], GOAL_S),
                          ("compare --json, no derived data, CPU", cli["cold"][1], GOAL_S),
                          ("compare --json, first after an import, wall", cli["imported"][0],
                           GOAL_S),
                          ("compare --json, first after an import, CPU", cli["imported"][1],
                           GOAL_S),
                          ("screen: C to the first figure (sources), wall", first, GOAL_S),
                          ("screen: C to the first figure, CPU", first_cpu, GOAL_S),
                          ("screen: C to every figure shown, wall", every, GOAL_S),
                          ("screen: C to every figure shown, CPU", every_cpu, GOAL_S),
                          (f"browser: keystroke over {a.browser_tags} tags, wall",
                           statistics.median(times), KEY_GOAL_S),
                          ("browser: keystroke, CPU", statistics.median(cpus), KEY_GOAL_S),
                          ("browser: slowest keystroke, wall", worst[1], KEY_GOAL_S),
                          ("browser: slowest keystroke, CPU", max(cpus), KEY_GOAL_S)):
        print(f"{name:<48} {v * 1000:>7.0f}ms {goal * 1000:>5.0f}ms {v / goal:>6.2f}")
    print(f"browser index built in {build_s:.2f} s (once, in a worker); slowest keystroke: "
          f"{worst[0]!r}")


if __name__ == "__main__":
    main()
