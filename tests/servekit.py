"""Helpers of the ``threadmark serve`` tests: a server on a free loopback port, the app
processes it runs, conditions to wait on, and what a browser tab's terminal has received."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from tests.waitkit import PATIENCE, free_port, listens, wait_for

#: The checkout: ``python -m tui.cli`` run here serves (and its tabs run) this working tree.
ROOT = Path(__file__).resolve().parent.parent

#: Run in every page before its own scripts: keeps the text of what the tab's WebSocket
#: receives (the app's terminal output) in ``window.__tm.text`` (its last 2 MB at most), and
#: the WebSocket's events in ``window.__tm.events``. The terminal is drawn on canvases, so this
#: is what a test can wait on.
CAPTURE_TERMINAL = """
window.__tm = {text: "", events: []};
(() => {
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      const decoder = new TextDecoder();
      this.addEventListener("open", () => window.__tm.events.push("open"));
      this.addEventListener("error", () => window.__tm.events.push("error"));
      this.addEventListener("close", (e) => window.__tm.events.push("close " + e.code));
      this.addEventListener("message", (e) => {
        if (typeof e.data === "string") return;
        const t = window.__tm.text + decoder.decode(e.data, {stream: true});
        window.__tm.text = t.length > 2000000 ? t.slice(-1000000) : t;
      });
    }
  };
})();
"""


@dataclass
class Served:
    """A running ``threadmark serve``."""

    proc: subprocess.Popen
    port: int
    store: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def app_processes(self) -> int:
        """How many browser-tab app processes the server runs now (from /proc)."""
        n = 0
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit() or int(entry.name) == self.proc.pid:
                continue
            try:
                stat = Path(entry.path, "stat").read_bytes()
                cmdline = Path(entry.path, "cmdline").read_bytes()
            except OSError:  # ended meanwhile
                continue
            session = int(stat[stat.rindex(b")") + 2:].split()[3])
            if session == self.proc.pid and b"--served-tab" in cmdline.split(b"\0"):
                n += 1
        return n


def get(url: str, **kw: Any) -> httpx.Response:
    """``httpx.get`` with the tests' generous timeout (httpx's own, 5 s, is within reach of a
    loaded machine's server)."""
    return httpx.get(url, timeout=PATIENCE, **kw)


def store_free(store: Path) -> bool:
    """Whether no process holds ``store``'s writer lock (an exclusive ``flock`` on the file;
    taken and given back here). A tab's process drops out of ``app_processes`` when its main
    thread has exited, which can be before its last thread has, and the lock goes with that."""
    try:
        fd = os.open(store, os.O_RDONLY)
    except FileNotFoundError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # the flock, if taken, goes with the descriptor
    return True


def serve_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment a test's ``threadmark serve`` runs in (its own settings, no
    COLUMNS/LINES of the test's terminal), with ``extra``."""
    env = {**os.environ, "THREADMARK_CONFIG": str(tmp_path / "settings.json"), **extra}
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    return env


def _listening(proc: subprocess.Popen, port: int) -> str | None:
    """"listening" once ``proc`` listens on ``port``, "ended" once it has exited, else None."""
    if proc.poll() is not None:
        return "ended"
    return "listening" if listens(proc.pid, port) else None


@contextmanager
def serving(tmp_path: Path, *args: str, stop: signal.Signals = signal.SIGTERM,
            **env: str) -> Iterator[Served]:
    """``threadmark serve`` (this checkout's code) on a free port with ``env`` added to its
    environment, stopped by ``stop`` (sent to its process group) on exit. A port another
    process took between ``free_port`` and the server's bind (parallel workers) is tried
    again on another port."""
    store = tmp_path / "store.db"
    for _ in range(5):
        port = free_port()
        log = (tmp_path / "serve.log").open("wb")
        proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "--annotator", "browser-user",
                                 "serve", "--port", str(port), "--store", str(store), *args],
                                env=serve_env(tmp_path, **env), stdout=log,
                                stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
        try:
            state = wait_for(partial(_listening, proc, port), what="the server to listen")
        except BaseException:  # never listened: stopped all the same
            _stop(proc, signal.SIGKILL)
            log.close()
            raise
        if state == "listening":
            break
        log.close()
        said = (tmp_path / "serve.log").read_text()
        if "address already in use" not in said:
            raise AssertionError(f"threadmark serve ended: {said[-2000:]}")
    else:
        raise AssertionError("threadmark serve found its port taken 5 times")
    try:
        yield Served(proc, port, store)
    finally:
        _stop(proc, stop)
        log.close()


def _stop(proc: subprocess.Popen, how: signal.Signals) -> None:
    """Send ``how`` to the server's process group; SIGKILL if it has not ended in 30 s."""
    try:
        os.killpg(proc.pid, how)
        proc.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    except ProcessLookupError:  # the group is gone already
        proc.wait(30)
