"""The help screen: every key of the screen below it, with what it does."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def binding_rows(screen) -> list[tuple[str, str, str, str]]:
    """(where, keys, description, tooltip) for each active binding of ``screen``."""
    rows: dict[tuple[str, int], tuple[str, str, str, str]] = {}
    for ab in screen.active_bindings.values():
        b = ab.binding
        if not b.description:
            continue
        where = type(ab.node).__name__.removesuffix("Screen").removesuffix("App") or "App"
        key = (b.action, id(ab.node))
        keys = screen.app.get_key_display(b)
        if key in rows:
            w, k, d, t = rows[key]
            if keys not in k.split(" / "):
                rows[key] = (w, f"{k} / {keys}", d, t)
        else:
            rows[key] = (where, keys, b.description, b.tooltip or "")
    return sorted(rows.values(), key=lambda r: (r[0], r[2]))


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
