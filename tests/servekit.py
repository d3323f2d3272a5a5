"""Helpers of the ``threadmark serve`` tests: a server on a free loopback port, the app
processes it runs, conditions to wait on, and what a browser tab's terminal has received."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def free_port() -> int:
    """A TCP port of 127.0.0.1 nobody listens on (now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate: Callable[[], Any], timeout: float = 30.0, what: str = "condition",
             step: float = 0.05) -> Any:
    """Poll ``predicate`` until it returns something true (returned), at most ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


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


def serve_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment a test's ``threadmark serve`` runs in (its own settings, no
    COLUMNS/LINES of the test's terminal), with ``extra``."""
    env = {**os.environ, "THREADMARK_CONFIG": str(tmp_path / "settings.json"), **extra}
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    return env


@contextmanager
def serving(tmp_path: Path, *args: str, stop: signal.Signals = signal.SIGTERM,
            **env: str) -> Iterator[Served]:
    """``threadmark serve`` (this checkout's code) on a free port with ``env`` added to its
    environment, stopped by ``stop`` (sent to its process group) on exit."""
    store = tmp_path / "store.db"
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "--annotator", "browser-user",
                             "serve", "--port", str(port), "--store", str(store), *args],
                            env=serve_env(tmp_path, **env), stdout=log,
                            stderr=subprocess.STDOUT, cwd=ROOT,
                            start_new_session=True)

    def listening() -> bool:
        if proc.poll() is not None:
            raise AssertionError("threadmark serve ended: "
                                 + (tmp_path / "serve.log").read_text()[-2000:])
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        except OSError:
            return False
        return True

    try:
        wait_for(listening, what="the server to listen")
        yield Served(proc, port, store)
    finally:
        os.killpg(proc.pid, stop)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(30)
        log.close()
