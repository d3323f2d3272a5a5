"""A full-screen error when the store cannot be opened (the file is left untouched)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp


class ErrorScreen(Screen[None]):
    """Shows one problem and waits for the user to quit."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [Binding("escape,q", "app.quit", "Quit", id="error.quit",
                        tooltip="Quit threadmark")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="error-box"):
            yield Static(Text("threadmark cannot open its store", style="bold red"))
            yield Static(Text(self.message), id="error-message")
            hint = "Nothing was changed. Pass --store PATH to use another store"
            if "in use by another threadmark" in self.message:
                hint += ", or --read-only to read this one"
            yield Static(Text(hint + ".", style="dim"))
        yield KeyFooter()
