"""A one-line status whose middle part (a file path) gives way when the line is too narrow:
shortened in its middle with an ellipsis, so what comes after it (the annotator's name)
stays in view at any width."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from annotations.util.safe_text import visible
from tui.widgets.cells import cell_len, cut_middle


class FittedLine(Static):
    """``before``, ``middle`` and ``after`` on one line (plain text, never markup); when
    they do not fit the widget's width, ``middle`` is cut in its middle (``cut_middle``),
    so ``before`` and ``after`` stay whole as long as they fit."""

    _parts: tuple[str, str, str] = ("", "", "")

    def show(self, before: str, middle: str, after: str) -> None:
        """Show the three parts (control characters shown as symbols: ``visible``)."""
        parts = (visible(before), visible(middle), visible(after))
        if parts != self._parts:
            self._parts = parts
            self.refresh()

    @property
    def plain(self) -> str:
        """The line as shown at the widget's width now."""
        before, middle, after = self._parts
        room = self.content_region.width - cell_len(before) - cell_len(after)
        return before + cut_middle(middle, max(room, 1)) + after

    def render(self) -> Text:
        return Text(self.plain, no_wrap=True, overflow="ellipsis")

    def on_resize(self) -> None:
        self.refresh()
