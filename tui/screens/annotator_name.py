"""The first start's question: your name on the tags you make (saved to settings.json).

Shown when no name came from ``--annotator``, ``$THREADMARK_ANNOTATOR`` or the settings:
a login name is never used silently (two analysts on ``root`` would overwrite each other's
file in the team repository). Escape leaves the question for the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from annotations.settings import name_problem
from annotations.util.safe_text import visible

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp


class AnnotatorNameScreen(ModalScreen[str | None]):
    """Ask for the annotator name once; dismissed with the name, or None (later)."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    DEFAULT_CSS = """
    AnnotatorNameScreen { align: center middle; background: $background 60%; }
    #name-box { width: 64; max-width: 100%; height: auto; padding: 0 1;
                border: thick $accent; background: $surface; }
    #name-error { height: auto; color: $error; }
    """
    BINDINGS = [Binding("escape", "later", "Later", id="name.later",
                        tooltip="Ask again at the next start")]

    def __init__(self, stand_in: str) -> None:
        super().__init__()
        self.stand_in = stand_in

    def compose(self) -> ComposeResult:
        with Vertical(id="name-box"):
            yield Static(Text("Your name on the tags you make", style="bold"))
            yield Static(Text("Teammates see it; sync shares your tags under it. "
                              "Saved in settings.json.", style="dim"))
            yield Input(placeholder="e.g. ana", id="name-input", max_length=64)
            yield Static(Text(""), id="name-error")
            yield Static(Text(f"enter saves · escape: later (tags say {visible(self.stand_in)!r}"
                              ", sync waits for a name)", style="dim"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        problem = name_problem(name) if name else "type a name"
        if problem is not None:
            self.query_one("#name-error", Static).update(Text(f"Name: {problem}"))
            return
        self.dismiss(name)

    def action_later(self) -> None:
        self.dismiss(None)
