"""A one-line choice for forms: arrows or a letter change it, and enter stays the form's.

Textual's ``Select`` opens its list on enter, so a form whose focus sits on one cannot be
saved with enter. ``Choice`` shows ``‹ value ›``; left/right (or up/down) step through the
options, a letter jumps to the next option starting with it, and enter goes on to the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.events import Key
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class Choice(Widget, can_focus=True):
    """Pick one of ``options`` (or none, when ``allow_blank``) from the keyboard."""

    DEFAULT_CSS = """
    Choice { height: 1; width: 1fr; padding: 0 1; }
    Choice:focus { text-style: bold; }
    """
    BINDINGS = [
        Binding("right,down", "step(1)", "Next option", show=False, id="choice.next",
                tooltip="The next option"),
        Binding("left,up", "step(-1)", "Previous option", show=False, id="choice.previous",
                tooltip="The previous option"),
    ]

    value: reactive[str | None] = reactive(None, init=False)

    @dataclass
    class Changed(Message):
        """The choice changed."""

        choice: Choice
        value: str | None

        @property
        def control(self) -> Choice:
            return self.choice

    def __init__(self, options: Sequence[str], value: str | None = None,
                 allow_blank: bool = False, prompt: str = "choose…", *,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.options = list(options)
        self.allow_blank = allow_blank or value is None
        self.prompt = prompt
        self.set_reactive(Choice.value, value if value in self.options else None)

    @property
    def _cycle(self) -> list[str | None]:
        return ([None] if self.allow_blank else []) + self.options

    def render(self) -> Text:
        t = Text("‹ ", style="dim")
        if self.value is None:
            t.append(self.prompt, style="dim italic")
        else:
            t.append(self.value)
        t.append(" ›", style="dim")
        return t

    def watch_value(self, value: str | None) -> None:
        self.post_message(self.Changed(self, value))

    def action_step(self, step: int) -> None:
        cycle = self._cycle
        i = cycle.index(self.value) if self.value in cycle else -1
        self.value = cycle[(i + step) % len(cycle)]

    def on_key(self, event: Key) -> None:
        ch = event.character
        if not ch or not ch.isalnum():
            return
        starts = [o for o in self.options if o.lower().startswith(ch.lower())]
        if not starts:
            self.app.bell()
        else:  # the next option with that letter: pressing it again cycles among them
            i = starts.index(self.value) if self.value in starts else -1
            self.value = starts[(i + 1) % len(starts)]
        event.stop()
        event.prevent_default()
