"""Work held back until the app has written a frame to the terminal.

``call_after_refresh`` runs before the frame is out: the screen pushed in ``App.on_mount``
is rendered inside Textual's mount batch and that frame is thrown away, so a worker started
two refreshes after the reader's mount (the suggestions' finder, importing pydantic in a
thread) shared the interpreter with the reader's first frame and delayed it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.compat_textual import frame_written

if TYPE_CHECKING:
    from textual.app import App


class AfterFrame:
    """Callbacks run (on the UI thread, in order) once the app's next frame is written."""

    def __init__(self, app: App) -> None:
        self.app = app
        self._waiting: list[Callable[[], object]] = []

    def call(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` after the next frame the app writes out."""
        self._waiting.append(callback)

    def displayed(self) -> None:
        """The app's display ended (``App.post_display_hook``): release the waiting work if
        the frame was written rather than dropped inside a batch."""
        if not self._waiting or not frame_written(self.app):
            return
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            self.app.call_later(callback)
