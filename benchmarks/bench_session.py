"""Memory over a session: open and close 100 readers, next to a bare Textual app pushing and
popping 100 screens.

    python -m benchmarks.bench_session [--readers 100]

Each reader opens the seed with 200 tags (the first library row) and goes back to the
library, driven by Pilot. Printed: the process's resident memory (RSS, from
``/proc/self/statm``) after the 10th and the last, their ratio, and how many closed reader
screens are still alive after a full collection (weak references).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import tempfile
import weakref
from pathlib import Path

from annotations import AnnotationStore, parse_article
from benchmarks.bench_store import make_tags


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


async def readers(store: Path, n: int) -> tuple[list[float], int]:
    from tests.tui.helpers import make_app
    from tui.screens.library import LibraryScreen
    from tui.screens.reader import ReaderScreen

    app = make_app(store, seed_if_empty=False)
    sizes: list[float] = []
    refs = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        for i in range(1, n + 1):
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, ReaderScreen)
            refs.append(weakref.ref(app.screen))
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            if i % 10 == 0:
                gc.collect()
                sizes.append(rss_mb())
        gc.collect()
        alive = sum(r() is not None for r in refs)
    return sizes, alive


async def bare(n: int) -> list[float]:
    from textual.app import App, ComposeResult
    from textual.screen import Screen
    from textual.widgets import Footer, Header, Static

    class Page(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("page " * 2000)
            yield Footer()

    app: App[None] = App()
    sizes = []
    async with app.run_test(size=(120, 40)) as pilot:
        for i in range(1, n + 1):
            await app.push_screen(Page())
            await pilot.pause()
            app.pop_screen()
            await pilot.pause()
            if i % 10 == 0:
                gc.collect()
                sizes.append(rss_mb())
    return sizes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--readers", type=int, default=100)
    args = ap.parse_args()
    from tests.conftest import RU_SEED

    with tempfile.TemporaryDirectory() as d:
        store = Path(d) / "s.db"
        with AnnotationStore(store) as s:
            art = parse_article(RU_SEED.read_text(encoding="utf-8"))
            s.add_article(art)
            s.add_many(make_tags(art, 200, random.Random(5)))
        sizes, alive = asyncio.run(readers(store, args.readers))
    base = asyncio.run(bare(args.readers))
    print(f"RSS (MB) after opening and closing N screens; {args.readers} in all")
    print(f"  {'':<36}{'after 10':>10}{'after ' + str(args.readers):>12}{'ratio':>8}")
    print(f"  {'threadmark readers':<36}{sizes[0]:>10.1f}{sizes[-1]:>12.1f}"
          f"{sizes[-1] / sizes[0]:>7.2f}x")
    print(f"  {'bare Textual app, pushed screens':<36}{base[0]:>10.1f}{base[-1]:>12.1f}"
          f"{base[-1] / base[0]:>7.2f}x")
    print("  threadmark, every 10: " + " ".join(f"{x:.0f}" for x in sizes))
    print(f"  closed readers still alive after gc.collect(): {alive} of {args.readers}")
    print("goal: no reader alive; RSS after 100 within 10% of after 10")


if __name__ == "__main__":
    main()
