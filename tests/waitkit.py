"""Waiting in tests: on a condition with a generous deadline (never a fixed sleep), and for a
process to listen on a port of its own."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: How long a wait on a condition (the screen, a process, a port) may take before it fails:
#: generous, as a condition met returns at once and a loaded machine (load 10 on 2 cores, a
#: suite's xdist workers beside) can take seconds to start the app or to draw a frame.
PATIENCE = 90.0


def free_port() -> int:
    """A TCP port of 127.0.0.1 nobody listens on (now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate: Callable[[], Any], timeout: float = PATIENCE,
             what: str = "condition", step: float = 0.05) -> Any:
    """Poll ``predicate`` until it returns something true (returned), at most ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def listens(pid: int, port: int) -> bool:
    """Whether process ``pid`` itself has a socket listening on TCP ``port`` (from /proc: a
    connection could be answered by another process that took the port meanwhile)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            f = row.split()
            if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                inodes.add(f"socket:[{f[9]}]")
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") in inodes:
                return True
        except OSError:
            continue
    return False
