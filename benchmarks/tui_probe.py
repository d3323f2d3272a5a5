"""Child process for bench_tui: start an app in a real terminal, record the first frame, exit.

    T0=<epoch seconds at exec> python -m benchmarks.tui_probe MODE OUT [STORE] [FILES...]

MODE is ``minimal`` (Header, Static, Footer) or ``threadmark``. The time from T0 to the end of
the first refresh after mount (two refresh cycles, for both modes) is written to OUT.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _done(app, out: str) -> None:
    Path(out).write_text(f"{time.time() - float(os.environ['T0']):.6f}")
    app.exit()


def main() -> None:
    mode, out = sys.argv[1], sys.argv[2]
    if mode == "minimal":
        from textual.app import App, ComposeResult
        from textual.widgets import Footer, Header, Static

        class Minimal(App[None]):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Static("Hello")
                yield Footer()

            def on_mount(self) -> None:
                self.call_after_refresh(lambda: self.call_after_refresh(_done, self, out))

        Minimal().run()
        return
    from tui.startup import pause_collector

    pause_collector()  # what `threadmark` does before it imports the app (tui/cli/__init__.py)
    from tui.app import ThreadmarkApp  # what `threadmark` imports

    class Probe(ThreadmarkApp):
        # Textual calls ``on_mount`` of every class in the MRO: this one runs after the
        # app's own (calling ``super().on_mount()`` here would mount the app twice)
        def on_mount(self) -> None:
            self.call_after_refresh(lambda: self.call_after_refresh(_done, self, out))

    Probe(store_path=sys.argv[3], open_paths=sys.argv[4:], annotator="bench").run()


if __name__ == "__main__":
    main()
