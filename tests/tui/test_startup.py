"""The threadmark command pauses the cyclic collector for the TUI's start-up only."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import gc, sys
from tui.startup import pause_collector
pause_collector()
from tui.app import ThreadmarkApp

class Probe(ThreadmarkApp):
    def on_mount(self):
        print("mount", gc.isenabled())
        self.ticks = 0
        self.set_interval(0.05, self.tick)

    def tick(self):
        # once the collector runs again, or after 1,200 ticks (60 s at least: a bound
        # generous for a loaded machine; a collector not back by then never will be)
        if self.ticks < 0:  # said already: exiting
            return
        self.ticks += 1
        if gc.isenabled() or self.ticks >= 1200:
            print("later", gc.isenabled())
            self.ticks = -1
            self.exit()

import asyncio

async def main():
    async with Probe(store_path=sys.argv[1], annotator="ana").run_test() as pilot:
        while pilot.app.is_running:  # until the probe has seen the collector again
            await pilot.pause(0.05)  # (a poll step: the app's own loop runs meanwhile)

asyncio.run(main())
"""


def test_the_collector_runs_again_once_the_first_frame_is_out(tmp_path):
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "s.db")],
                         capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert out.stdout.split() == ["mount", "False", "later", "True"], out.stderr[-2000:]


def test_a_store_that_cannot_open_resumes_it_too(tmp_path):
    bad = tmp_path / "s.db"
    bad.write_text("not a store\\n")
    out = subprocess.run([sys.executable, "-c", PROBE, str(bad)],
                         capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert out.stdout.split() == ["mount", "False", "later", "True"], out.stderr[-2000:]
