"""The reader's status line: one line of plain text (tag counts, a search's matches, the
suggestion stepped to), which changes on many keys (``n``/``N``, ``]``/``[``).

A ``Static`` draws a new text through Textual's whole content pipeline (word wrapping,
selection and link styles, alignment): about a third of a millisecond a key on a loaded
machine, for a line that is most often one run of plain text that fits. Such a line is drawn
here as one segment, as ``Static`` draws it (a text wider than the line: its first line as
``Static`` wraps it); anything else (a mouse selection in it, another alignment) is drawn by
``Static`` itself.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Static


class StatusLine(Static):
    """A one-line ``Static`` of plain text (never markup: shown with ``show``)."""

    _plain: str | None = None
    #: (text, width, style) -> the drawn row, for the text last drawn
    _drawn: tuple[tuple[str, int, Style], Strip] | None = None

    def show(self, text: str) -> None:
        """Show ``text`` (plain: never parsed as markup); nothing when it is shown already."""
        if text == self._plain:
            return
        self._plain = text
        self.update(Content(text), layout=False)  # one row: no layout pass

    def render_line(self, y: int) -> Strip:
        text = self._plain
        width = self.size.width
        if (not text or y != 0 or "\n" in text or self.text_selection is not None
                or self.styles.content_align != ("left", "top")):
            return super().render_line(y)
        style = self.visual_style.rich_style
        key = (text, width, style)
        if self._drawn is not None and self._drawn[0] == key:
            return self._drawn[1]
        if cell_len(text) > width:  # its first line as Static wraps it (the rest is hidden)
            text = Content(text).wrap(width)[0].plain
        # with its offset, as Static draws it (a mouse selection maps through it)
        segments = [Segment(text, style + Style.from_meta({"offset": (0, 0)}))]
        pad = width - cell_len(text)
        if pad:
            segments.append(Segment(" " * pad, Style(bgcolor=style.bgcolor)))
        strip = Strip(segments, width)
        self._drawn = (key, strip)
        return strip
