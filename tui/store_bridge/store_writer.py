"""Store writes off the UI thread, one at a time, in the order they were asked for.

Every write validates and fsyncs: on a slow disk that is tens of milliseconds, which the UI
must not wait for. A worker per write would let a quick ``d`` then ``u`` (delete, then undo
it) reach the store in either order; here one worker thread runs the queued writes in order,
and each write's ``then`` runs back on the UI thread once the write is durable (so "Saved" is
only said of what is on disk). A write's exception is handed to ``then`` as its result.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

Job = Callable[[], Any]
Then = Callable[[Any], None]


class StoreWriter:
    """The app's queue of store writes (see the module docstring)."""

    def __init__(self, app: App) -> None:
        self.app = app
        self._jobs: deque[tuple[Job, Then | None]] = deque()
        self._lock = threading.Lock()
        self._running = False

    @property
    def busy(self) -> bool:
        """Whether a write is queued or under way."""
        with self._lock:
            return self._running

    def submit(self, job: Job, then: Then | None = None) -> None:
        """Run ``job()`` after the writes before it; then ``then(result)`` on the UI thread
        (``result`` is the exception if the job raised one)."""
        with self._lock:
            self._jobs.append((job, then))
        # the app's worker: closing a screen must not cancel a write under way
        self._restart()

    def _drain(self) -> None:
        try:
            while True:
                with self._lock:
                    if not self._jobs:
                        return
                    job, then = self._jobs.popleft()
                try:
                    result = job()
                except Exception as e:  # noqa: BLE001 - handed to ``then``, which reports it
                    result = e
                if then is not None and self.app.is_running:  # (quitting: written, not said)
                    self.app.call_from_thread(then, result)
        finally:
            with self._lock:
                self._running = False
                left = bool(self._jobs)
            if left and self.app.is_running:  # the loop was broken off: go on with the rest
                self.app.call_from_thread(self._restart)

    def _restart(self) -> None:
        with self._lock:
            if self._running or not self._jobs:
                return
            self._running = True
        self.app.run_worker(self._drain, thread=True, group="store-write",
                            exit_on_error=False)
