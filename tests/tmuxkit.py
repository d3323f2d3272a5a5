"""Driving the installed ``threadmark`` in tmux: the command, send/capture helpers."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

THREADMARK = Path(sys.executable).with_name("threadmark")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def wait_for(session: str, needle: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if needle in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} not on screen after {timeout}s:\n{screen}")
