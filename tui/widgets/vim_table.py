"""A ``DataTable`` that also moves with the vim keys every other list here takes."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.bindings import keyed

_b = keyed("table")


class VimDataTable(DataTable):
    """``j``/``k`` down and up a row, ``g``/``G`` first and last (arrows still work)."""

    BINDINGS = [
        _b("j", "cursor_down", "Down", "down", "Next row"),
        _b("k", "cursor_up", "Up", "up", "Previous row"),
        _b("g", "scroll_top", "First", "first", "First row"),
        _b("G", "scroll_bottom", "Last", "last", "Last row"),
    ]
