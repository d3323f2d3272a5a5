"""Driving the installed ``threadmark`` in tmux: the command, send/capture helpers."""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.waitkit import PATIENCE

THREADMARK = Path(sys.executable).with_name("threadmark")
_server_kept: list[bool] = []
#: A tmux server of this test process's own: parallel workers (and other runs on the machine)
#: neither share its buffers nor race a shared server that exits with its last session.
TMUX = ["tmux", "-L", f"threadmark-tests-{os.getpid()}"]


def _environment() -> dict[str, str]:
    """The environment for tmux: this process's, as Python knows it, not the C-level one a
    child inherits by default. When pytest runs in a terminal, GNU readline (which pytest
    imports early: ``_pytest.capture._readline_workaround``) exports the terminal's
    ``COLUMNS`` and ``LINES`` with ``setenv``; the server copied them into every pane, and
    Textual, which prefers them to the pane's real size, drew a 110x32 pane as 160x45 (its
    rows never on screen)."""
    return dict(os.environ)


@atexit.register
def remove_server() -> None:
    """The tests' server goes with the process, and its socket file (which tmux leaves).
    Called at the end of the test session (``pytest_unconfigure``), and at exit otherwise:
    servers of suite runs with xdist, which outlive their last session, were found running
    with no session after their worker had gone (three, and a socket file each), so an
    ending that skips atexit functions (execnet ends a worker with ``os._exit`` when its
    work does not stop in time) must not be the only way out."""
    if not _server_kept:
        return
    _server_kept.clear()
    tmux_run("kill-server")
    sock = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}" / TMUX[-1]
    if sock.is_socket():
        sock.unlink()


def _keep_server() -> None:
    """Start the tests' server once with ``exit-empty off``: by default a tmux server exits
    with its last session, and a ``new-session`` that reaches it while it exits fails with
    "server exited unexpectedly" (seen 1 run in 6 under load, between two tests)."""
    if not _server_kept:
        subprocess.run([*TMUX, "start-server", ";", "set-option", "-g", "exit-empty", "off"],
                       capture_output=True, text=True, check=True, env=_environment())
        _server_kept.append(True)


def tmux_run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a tmux command on the tests' server (its exit status is the caller's to read)."""
    if args[:1] != ("kill-server",):
        _keep_server()
    return subprocess.run([*TMUX, *args], capture_output=True, text=True, env=_environment())


def tmux(*args: str) -> str:
    """Run a tmux command on the tests' server; its output (fails saying tmux's error)."""
    r = tmux_run(*args)
    if r.returncode != 0:
        raise AssertionError(f"tmux {' '.join(args[:2])} failed: {r.stderr.strip()}")
    return r.stdout


def wait_for(session: str, needle: str, timeout: float = PATIENCE) -> str:
    """Poll the pane until ``needle`` is on it; the screen then."""
    return wait_screen(session, lambda screen: needle in screen, f"{needle!r}", timeout)


def wait_screen(session: str, holds: Callable[[str], bool], what: str,
                timeout: float = PATIENCE) -> str:
    """Poll the pane until ``holds(screen)``; fails naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if holds(screen):
            return screen
        time.sleep(0.05)
    raise AssertionError(f"never on screen within {timeout}s: {what}\n{screen}")


def wait_gone(session: str, needle: str, timeout: float = PATIENCE) -> str:
    """Poll the pane until ``needle`` is no longer on it."""
    return wait_screen(session, lambda screen: needle not in screen, f"{needle!r} gone", timeout)


def wait_ended(session: str, timeout: float = PATIENCE) -> None:
    """Wait until tmux no longer has ``session`` (its command has exited)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if tmux_run("has-session", "-t", session).returncode != 0:
            return
        time.sleep(0.05)
    raise AssertionError(f"session {session} still running after {timeout}s:\n"
                         + tmux("capture-pane", "-p", "-t", session))


def wait_dead(pid: int, timeout: float = PATIENCE) -> None:
    """Wait until process ``pid`` has died: gone, or a zombie its parent has yet to reap
    whose other threads have exited too (until the last one has, the process's files, and
    the store's lock with them, are still open)."""
    deadline = time.monotonic() + timeout
    status = Path(f"/proc/{pid}/status")
    while time.monotonic() < deadline:
        try:
            fields = dict(ln.split(":", 1) for ln in status.read_text().splitlines()
                          if ":" in ln)
        except FileNotFoundError:
            return
        if fields.get("State", "").split()[:1] == ["Z"] and (
                int(fields.get("Threads", "1")) <= 1):
            return
        time.sleep(0.02)
    raise AssertionError(f"process {pid} still alive after {timeout}s")
