"""Start-up of the TUI: no cyclic garbage collection until the first frame is out, and work
held back until a frame is written (``AfterFrame``).

Importing Textual and the app and building the first screen make tens of thousands of objects
that live as long as the app; Python's collector would scan them again and again meanwhile
(~10 ms of a ~0.3 s start, measured by ``benchmarks/bench_tui.py``). The ``threadmark``
command pauses it before importing the app, and the app resumes it after its first frame
(freezing what it holds). The core library never touches the collector for long.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

_paused = False


def pause_collector() -> None:
    """Pause the cyclic collector for the start-up (if it runs)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Resume it, if ``pause_collector`` paused it."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


class AfterFrame:
    """Work held back until the app's first frame is written to the terminal (then run on
    the UI thread, in order, after the refresh that follows it; asked for later, after the
    next refresh).

    ``call_after_refresh`` asked for during the mount runs before that frame: the screen
    pushed in ``App.on_mount`` is rendered inside Textual's mount batch and that frame is
    thrown away, so a worker started two refreshes after the reader's mount (the
    suggestions' finder, importing pydantic in a thread) shared the interpreter with the
    reader's first frame and delayed it."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.first_written = False
        self._waiting: list[Callable[[], object]] = []

    def call(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the first frame is out (after the next refresh if it is)."""
        if self.first_written:
            self.app.call_after_refresh(callback)
        else:
            self._waiting.append(callback)

    def displayed(self) -> None:
        """The app's display ended (``App.post_display_hook``): at the first frame written
        rather than dropped inside a batch, release the waiting work."""
        if self.first_written:
            return
        from tui.compat_textual import frame_written  # (Textual: not before the app)

        if not frame_written(self.app):
            return
        self.first_written = True
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            self.app.call_after_refresh(callback)
