"""Start-up of the TUI: no cyclic garbage collection until the first frame is out.

Importing Textual and the app and building the first screen make tens of thousands of objects
that live as long as the app; Python's collector would scan them again and again meanwhile
(~10 ms of a ~0.3 s start, measured by ``benchmarks/bench_tui.py``). The ``threadmark``
command pauses it before importing the app, and the app resumes it after its first frame
(freezing what it holds). The core library never touches the collector for long.
"""

from __future__ import annotations

import gc

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
