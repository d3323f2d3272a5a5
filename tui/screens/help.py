"""The help screen: every key of the screen below it, with what it does."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.bindings import active_actions


def binding_rows(screen) -> list[tuple[str, str, str, str]]:
    """(where, keys, description, tooltip) for each active binding of ``screen``."""
    rows = []
    for a in active_actions(screen, include_disabled=True):
        where = type(a.node).__name__.removesuffix("Screen").removesuffix("App") or "App"
        rows.append((where, " / ".join(a.keys), a.binding.description, a.binding.tooltip or ""))
    return sorted(rows, key=lambda r: (r[0], r[2]))


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the focused screen (``?`` or F1; escape closes)."""

    BINDINGS = [Binding("escape,question_mark,f1,q", "dismiss", "Close", id="help.close",
                        tooltip="Close the help screen")]

    def __init__(self, below) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        below = self.below
        table = Table(expand=True, box=None, show_edge=False, pad_edge=False)
        table.add_column("Keys", style="bold #ffaf00", no_wrap=True)
        table.add_column("Action", style="bold")
        table.add_column("What it does", style="dim")
        table.add_column("Where", style="#5f87af", no_wrap=True)
        self.rows = binding_rows(below)
        for where, keys, desc, tip in self.rows:
            table.add_row(Text(keys), Text(desc), Text(tip), Text(where))
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys  (escape closes; every action is also in ctrl+p)",
                              style="bold"))
            yield Static(table)

    def action_dismiss(self) -> None:
        self.dismiss()
