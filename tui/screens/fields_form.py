"""A small modal form of text fields (a story's name; an outlet's country, language and
group): enter saves, escape cancels. Values come back as a dict, or None when cancelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotations.util.safe_text import visible

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp


class FieldsForm(ModalScreen[dict[str, str] | None]):
    """Fields ``(key, label, value)`` under a title."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="fields.cancel",
                        tooltip="Close without saving")]
    DEFAULT_CSS = """
    FieldsForm { align: center middle; background: $background 60%; }
    FieldsForm > Vertical { width: 64; height: auto; border: round $accent;
                            background: $surface; padding: 0 1; }
    FieldsForm Input { margin-bottom: 0; }
    """

    def __init__(self, title: str, fields: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.form_title = title
        self.fields = fields

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(visible(self.form_title), style="bold"))
            for key, label, value in self.fields:
                yield Label(Text(label))
                yield Input(value=value, id=f"field-{key}")
            yield Static(Text("enter: save · escape: cancel", style="dim"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss({key: self.query_one(f"#field-{key}", Input).value
                      for key, _l, _v in self.fields})

    def action_cancel(self) -> None:
        self.dismiss(None)
