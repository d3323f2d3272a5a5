"""TUI speed: first frame in a real terminal (tmux), and the app's own CPU time per key.

    python -m benchmarks.bench_tui [--runs 7] [--keys 40]

First frame: process start (T0 taken by the shell right before ``exec``) to the end of the
first refresh, for threadmark on the seeds (fresh and existing store) and on a 10,000-comment
thread, next to a minimal Textual app (Header, Static, Footer).

Keys: CPU time (``time.process_time``) spent per key press, which is the app's own work: the
test harness's ~50 ms of waiting per ``pilot.press`` is sleep and does not count. Tree cursor
keys are measured twice: pressed in a row (as a held key: the comment pane follows only once
the cursor rests), and one at a time with a rest after each, so the comment pane's reload is
counted in full. Cursor moves
and collapse/expand in the 10,000-comment thread are compared with a key in the minimal app
that updates a Static, and with Textual's ``Tree`` holding the same thread.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
        return float(out.read_text())
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
        time.sleep(0.1)


def median_frame(mode: str, args_fn, runs: int, tmp: Path) -> float:
    return statistics.median(first_frame(mode, args_fn(i), tmp) for i in range(runs))


async def key_cpu_threadmark(big: Path, tmp: Path, n: int) -> dict[str, float]:
    from tui.app import ThreadmarkApp

    app = ThreadmarkApp(store_path=tmp / "keys.db", open_paths=[big], annotator="bench",
                        seed_if_empty=False)
    out: dict[str, list[float]] = {"cursor": [], "toggle": [], "passage": [], "settled": [],
                                   "held": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        tree = app.screen.sides[0].tree
        settle = app.screen.DETAIL_DELAY * 2
        for i in range(max(6, n // 4)):
            # one key, then rest until the comment pane has followed: its reload counts too
            t = time.process_time()
            await pilot.press("j" if i % 2 == 0 else "k")
            await pilot.pause(settle)
            out["settled"].append(time.process_time() - t)
        big_root = max(range(len(tree.model.rows)), key=lambda i: tree.model.descendants(i)
                       if tree.model.rows[i].depth == 0 else -1)
        for i in range(n):
            t = time.process_time()
            await pilot.press("j" if i % 2 == 0 else "k")
            out["cursor"].append(time.process_time() - t)
        # a held key: events at 30 Hz, as a terminal's key repeat sends them (not pilot.press,
        # which waits for idle between keys); CPU over the burst, per key
        from textual import events

        for _rep in range(3):
            t = time.process_time()
            for i in range(n):
                key = "j" if (i // 10) % 2 == 0 else "k"
                app.post_message(events.Key(key, key))
                await asyncio.sleep(1 / 30)
            await pilot.pause(0.2)
            out.setdefault("held", []).append((time.process_time() - t) / n)
        tree.go(big_root)
        await pilot.pause()
        for _ in range(n):
            t = time.process_time()
            await pilot.press("space")
            out["toggle"].append(time.process_time() - t)
        await pilot.press("tab")
        for i in range(n):
            t = time.process_time()
            await pilot.press("j" if i % 2 == 0 else "k")
            out["passage"].append(time.process_time() - t)
        rows = len(tree.model.rows)
    res = {k: statistics.median(v) * 1000 for k, v in out.items()}
    res["root_replies"] = float(tree.model.descendants(big_root))
    res["rows"] = float(rows)
    return res


async def key_cpu_minimal(n: int) -> float:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Minimal(App[None]):
        BINDINGS = [("j", "bump", "Bump")]
        count = 0

        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("0", id="s")
            yield Footer()

        def action_bump(self) -> None:
            self.count += 1
            self.query_one("#s", Static).update(str(self.count))

    times = []
    async with Minimal().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(n):
            t = time.process_time()
            await pilot.press("j")
            times.append(time.process_time() - t)
    return statistics.median(times) * 1000


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

    out: dict[str, list[float]] = {"cursor": [], "toggle": []}
    async with TreeApp().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        tree = pilot.app.query_one(Tree)
        tree.focus()
        await pilot.press("down")
        for i in range(n):
            t = time.process_time()
            await pilot.press("down" if i % 2 == 0 else "up")
            out["cursor"].append(time.process_time() - t)
        for _ in range(n):
            t = time.process_time()
            await pilot.press("space")
            out["toggle"].append(time.process_time() - t)
    return {k: statistics.median(v) * 1000 for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--keys", type=int, default=40)
    args = ap.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("bench_tui needs tmux")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        big = tmp / "big.txt"
        big_text = make_article_text(10_000)
        big.write_text(big_text, encoding="utf-8")
        warm = tmp / "warm.db"
        first_frame("threadmark", [str(warm)], tmp)  # seeds added once
        minimal = median_frame("minimal", lambda i: [], args.runs, tmp)
        fresh = median_frame("threadmark", lambda i: [str(tmp / f"fresh{i}.db")], args.runs, tmp)
        warm_t = median_frame("threadmark", lambda i: [str(warm)], args.runs, tmp)
        big_t = median_frame("threadmark", lambda i: [str(tmp / f"big{i}.db"), str(big)],
                             args.runs, tmp)
        big_warm = tmp / "bigwarm.db"
        first_frame("threadmark", [str(big_warm), str(big)], tmp)
        big_warm_t = median_frame("threadmark", lambda i: [str(big_warm), str(big)],
                                  args.runs, tmp)
        keys = asyncio.run(key_cpu_threadmark(big, tmp, args.keys))
        base_key = asyncio.run(key_cpu_minimal(args.keys))
        tree = asyncio.run(key_cpu_tree(big_text, max(6, args.keys // 4)))

    print(f"First frame in tmux, median of {args.runs} (s)")
    print(f"  {'minimal Textual app':<44}{minimal:>8.3f}")
    for label, v in (("threadmark, seeds, existing store", warm_t),
                     ("threadmark, seeds, new store (adds them)", fresh),
                     ("threadmark, 10,000-comment thread, new store", big_t),
                     ("threadmark, 10,000-comment thread, stored", big_warm_t)):
        print(f"  {label:<44}{v:>8.3f}   ratio {v / minimal:.2f}x")
    print(f"\nCPU per key press, median of {args.keys} (ms); thread of {int(keys['rows']):,} "
          f"comments, toggled subtree {int(keys['root_replies']):,} replies")
    print(f"  {'minimal app: key updates a Static':<44}{base_key:>8.2f}")
    for label, v in (("comment tree: cursor j/k, keys in a row", keys["cursor"]),
                     ("comment tree: one key + comment pane update", keys["settled"]),
                     ("comment tree: held key, 30 Hz repeat", keys["held"]),
                     ("comment tree: collapse/expand (space)", keys["toggle"]),
                     ("article pane: cursor j/k", keys["passage"])):
        print(f"  {label:<44}{v:>8.2f}   ratio {v / base_key:.2f}x")
    print(f"  {'textual Tree, same thread: cursor':<44}{tree['cursor']:>8.2f}   ratio "
          f"{tree['cursor'] / base_key:.2f}x")
    print(f"  {'textual Tree, same thread: collapse/expand':<44}{tree['toggle']:>8.2f}   ratio "
          f"{tree['toggle'] / base_key:.2f}x")
    print("\ngoals: start-up within 1.5x of the minimal app; 10k thread first frame < 1 s; "
          "keys in the 10k thread within 2x of the minimal app")


if __name__ == "__main__":
    main()
