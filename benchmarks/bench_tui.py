"""TUI speed: first frame in a real terminal (tmux), and the app's own CPU time per key.

    python -m benchmarks.bench_tui [--runs 7] [--keys 40] [--open-only]

``--open-only``: the first frames of ``threadmark open SEED`` (stored, and holding 200 tags)
and of the minimal app only, interleaved (no big stores, no keys): the quick check of #28.

First frame: process start (T0 taken by the shell right before ``exec``) to the end of the
first refresh, for threadmark on the seeds (fresh and existing store) and on a 10,000-comment
thread, next to a minimal Textual app (Header, Static, Footer).

Keys: the app's own CPU time (``time.process_time``) per key in the 10,000-comment thread,
next to a key in the minimal app that updates a Static, and to Textual's ``Tree`` holding the
same thread. Keys are posted to the app as a terminal would send them, either 150 ms apart
(each handled in full: a tree cursor key also loads the comment pane) or at 30 Hz (a held
key: the comment pane waits until the cursor rests); the CPU of an equally long idle span is
subtracted. ``pilot.press`` is not used to drive them: its waiting costs CPU in proportion to
the number of widgets on the screen, which is the harness's work, not the app's.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotations import AnnotationStore, parse_article
from benchmarks.bench_store import fill, make_tags
from benchmarks.synth import make_article_text

ROOT = Path(__file__).resolve().parent.parent


def first_frame(mode: str, args: list[str], tmp: Path) -> float:
    out = tmp / "frame.txt"
    out.unlink(missing_ok=True)
    cmd = " ".join([sys.executable, "-m", "benchmarks.tui_probe", mode, str(out), *args])
    sh = f"cd {ROOT} && T0=$(date +%s.%N) exec {cmd}"
    name = f"bench-{time.monotonic_ns()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40",
                    "sh", "-c", sh], check=True)
    deadline = time.monotonic() + 60
    try:
        while not out.exists() or not out.read_text():
            if time.monotonic() > deadline:
                raise RuntimeError(f"no first frame from {mode} {args}")
            time.sleep(0.02)
        # let the app finish as it would (it closes the store, writing its library index)
        while time.monotonic() < deadline and subprocess.run(
                ["tmux", "has-session", "-t", name], capture_output=True).returncode == 0:
            time.sleep(0.05)
        return float(out.read_text())
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
        time.sleep(0.1)


#: the character a named key types (the rest type none)
CHARACTERS = {"space": " "}
PACE = 0.15  # seconds between keys: each key is handled in full before the next
HELD = 1 / 30  # a held key, as a terminal's key repeat sends it


async def paced_cpu(app, pilot, keys: list[str], gap: float, reps: int = 3) -> float:
    """CPU ms per key when ``keys`` reach the app every ``gap`` seconds.

    The keys are posted to the app as a terminal's input would be (no ``pilot.press``, whose
    waiting costs more CPU the more widgets a screen has), and the CPU of an equally long
    idle span is subtracted, so what remains is the app's own work for the keys. Median of
    ``reps`` runs.
    """
    from textual import events

    per_key = []
    for _ in range(reps):
        await pilot.pause(0.2)
        t = time.process_time()
        await asyncio.sleep(gap * len(keys))
        idle = time.process_time() - t
        t = time.process_time()
        for k in keys:
            app.post_message(events.Key(k, k if len(k) == 1 else CHARACTERS.get(k)))
            await asyncio.sleep(gap)
        await pilot.pause(0.05)
        per_key.append((time.process_time() - t - idle) / len(keys))
    return statistics.median(per_key) * 1000


def _jk(n: int) -> list[str]:
    return ["j" if (i // 10) % 2 == 0 else "k" for i in range(n)]


async def key_cpu_threadmark(big: Path, tmp: Path, n: int) -> dict[str, float]:
    from tui.app import ThreadmarkApp

    app = ThreadmarkApp(store_path=tmp / "keys.db", open_paths=[big], annotator="bench",
                        seed_if_empty=False)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        tree = app.screen.sides[0].tree
        out["cursor"] = await paced_cpu(app, pilot, _jk(n), PACE)
        out["held"] = await paced_cpu(app, pilot, _jk(n), HELD)
        model = tree.model
        big_root = max(range(len(model.rows)),
                       key=lambda i: model.descendants(i) if model.rows[i].depth == 0 else -1)
        tree.go(big_root)
        await pilot.pause()
        # the worst case: the toggled row at the top, so every row below it repaints
        tree.scroll_to(y=model.visible_pos(big_root), animate=False)
        await pilot.pause()
        out["toggle"] = await paced_cpu(app, pilot, ["space"] * n, PACE)
        out["all"] = await paced_cpu(app, pilot, ["minus", "plus"] * (n // 2), PACE)
        out["root_replies"] = float(model.descendants(big_root))
        out["rows"] = float(len(model.rows))
        await pilot.press("shift+tab")
        out["passage"] = await paced_cpu(app, pilot, _jk(n), PACE)
    return out


def minimal_app():
    """The bare app the keys are compared with: j/k update a ``Static`` under a ``Header``
    and above a ``Footer``."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Minimal(App[None]):
        BINDINGS = [("j", "bump", "Bump"), ("k", "bump", "Bump")]
        count = 0

        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("0", id="s")
            yield Footer()

        def action_bump(self) -> None:
            self.count += 1
            self.query_one("#s", Static).update(str(self.count))

    return Minimal()


async def key_cpu_minimal(n: int) -> dict[str, float]:
    app = minimal_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return {"paced": await paced_cpu(app, pilot, _jk(n), PACE),
                "held": await paced_cpu(app, pilot, _jk(n), HELD)}


async def key_cpu_tree(big_text: str, n: int) -> dict[str, float]:
    from rich.text import Text
    from textual.app import App, ComposeResult
    from textual.widgets import Tree

    from annotations import parse_article

    article = parse_article(big_text)

    class TreeApp(App[None]):
        def compose(self) -> ComposeResult:
            tree: Tree[None] = Tree(Text("comments"))
            stack = [(tree.root, c) for c in reversed(article.comments)]
            while stack:
                node, c = stack.pop()
                child = node.add(Text(f"{c.author} {c.text[:40]}"), expand=True,
                                 allow_expand=bool(c.replies))
                stack.extend((child, r) for r in reversed(c.replies))
            tree.root.expand()
            yield tree

    app = TreeApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        pilot.app.query_one(Tree).focus()
        await pilot.press("down")
        cursor = await paced_cpu(app, pilot, ["down", "up"] * (n // 2), PACE, reps=1)
        toggle = await paced_cpu(app, pilot, ["space"] * n, 0.3, reps=1)
    return {"cursor": cursor, "toggle": toggle}


def _print_frames(medians: dict[str, float], runs: int) -> None:
    import os

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"First frame in tmux, median of {runs} (s); load average {load}")
    minimal = medians.pop("minimal")
    print(f"  {'minimal Textual app':<44}{minimal:>8.3f}")
    for label, v in medians.items():
        print(f"  {label:<44}{v:>8.3f}   ratio {v / minimal:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--keys", type=int, default=40)
    ap.add_argument("--open-only", action="store_true",
                    help="only the minimal app and `open SEED` first frames (no keys)")
    args = ap.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("bench_tui needs tmux")
    # An installed package has its bytecode, as Textual's has in site-packages; a machine
    # with PYTHONDONTWRITEBYTECODE=1 (this kind does) would otherwise compile threadmark's
    # modules from source at every start (~40 ms), which no installed copy does.
    compileall.compile_dir(ROOT / "annotations", quiet=1)
    compileall.compile_dir(ROOT / "tui", quiet=1)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        big = tmp / "big.txt"
        big_text = make_article_text(10_000)
        big.write_text(big_text, encoding="utf-8")
        from tests.conftest import RU_SEED

        warm = tmp / "warm.db"
        first_frame("threadmark", [str(warm)], tmp)  # seeds added once
        tagged = tmp / "tagged.db"  # the seeds' store, one article holding 200 tags
        with AnnotationStore(tagged) as s:
            art = parse_article(RU_SEED.read_text(encoding="utf-8"))
            s.add_article(art)
            s.add_many(make_tags(art, 200, random.Random(5)))
        months = tmp / "months.db"  # 200 articles, 100,000 tags, compacted
        big_warm = tmp / "bigwarm.db"
        if not args.open_only:
            fill(months, 100_000, 200, 10_000, random.Random(3))
            with AnnotationStore(months) as s:
                s.compact()
        for store, files in ((tagged, [RU_SEED]), (warm, [RU_SEED]), (big_warm, [big])):
            if store is not big_warm or not args.open_only:
                first_frame("threadmark", [str(store), *map(str, files)], tmp)  # stored once
        cases = {  # label -> probe arguments for run i
            "minimal": ("minimal", lambda i: []),
            "threadmark, seeds, existing store": ("threadmark", lambda i: [str(warm)]),
            "threadmark open SEED (the reader), stored":
                ("threadmark", lambda i: [str(warm), str(RU_SEED)]),
            "the same, the article holding 200 tags":
                ("threadmark", lambda i: [str(tagged), str(RU_SEED)]),
            "library of 200 articles, 100,000 tags": ("threadmark", lambda i: [str(months)]),
            "threadmark, seeds, new store (adds them)":
                ("threadmark", lambda i: [str(tmp / f"fresh{i}.db")]),
            "threadmark, 10,000-comment thread, new store":
                ("threadmark", lambda i: [str(tmp / f"big{i}.db"), str(big)]),
            "threadmark, 10,000-comment thread, stored":
                ("threadmark", lambda i: [str(big_warm), str(big)]),
        }
        if args.open_only:
            cases = {k: v for k, v in cases.items() if k == "minimal" or "SEED" in k
                     or k.startswith("the same")}
        frames: dict[str, list[float]] = {k: [] for k in cases}
        for i in range(args.runs):  # interleaved: a slow spell of the machine hits every case
            for label, (mode, args_fn) in cases.items():
                frames[label].append(first_frame(mode, args_fn(i), tmp))
        medians = {k: statistics.median(v) for k, v in frames.items()}
        if args.open_only:
            _print_frames(medians, args.runs)
            return
        keys = asyncio.run(key_cpu_threadmark(big, tmp, args.keys))
        base_key = asyncio.run(key_cpu_minimal(args.keys))
        tree = asyncio.run(key_cpu_tree(big_text, max(6, args.keys // 4)))

    _print_frames(medians, args.runs)
    base = base_key["paced"]
    print(f"\nCPU per key (ms, app's own work: keys posted {1000 * PACE:.0f} ms apart, or at "
          f"30 Hz for a held key, idle CPU subtracted; median of 3 runs of {args.keys}); "
          f"thread of {int(keys['rows']):,} comments, toggled subtree "
          f"{int(keys['root_replies']):,} replies")
    print(f"  {'minimal app: key updates a Static':<48}{base:>8.2f}")
    print(f"  {'minimal app: same, held key (30 Hz)':<48}{base_key['held']:>8.2f}")
    for label, v, ref in (
            ("comment tree: cursor j/k, with the comment pane", keys["cursor"], base),
            ("comment tree: held key (30 Hz; pane at rest)", keys["held"], base_key["held"]),
            ("comment tree: collapse/expand (space)", keys["toggle"], base),
            ("comment tree: collapse all / expand all (-/+)", keys["all"], base),
            ("article pane: cursor j/k", keys["passage"], base),
            ("textual Tree, same thread: cursor", tree["cursor"], base),
            ("textual Tree, same thread: collapse/expand", tree["toggle"], base)):
        print(f"  {label:<48}{v:>8.2f}   ratio {v / ref:.2f}x")
    print("\ngoals: start-up within 1.5x of the minimal app; 10k thread first frame < 1 s; "
          "keys in the 10k thread within 2x of the minimal app")


if __name__ == "__main__":
    main()
