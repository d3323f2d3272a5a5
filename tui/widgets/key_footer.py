"""A one-line footer of the focused screen's main keys.

Textual's ``Footer`` mounts one widget per key and recomposes on every focus change; with ten
keys that was half of threadmark's start-up time. This draws the same hints as one ``Text``
and only repaints when the bindings change.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget

from tui.bindings import active_actions


class KeyFooter(Widget):
    """The ``show=True`` bindings of the active screen, and the palette key."""

    DEFAULT_CSS = """
    KeyFooter { dock: bottom; height: 1; background: $footer-background; }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    _last: list[tuple[str, str]] | None = None

    def _changed(self, screen: Screen) -> None:
        # Textual re-publishes bindings after every action; repaint only on a real change,
        # or this full-width line would widen every key's repaint to the whole screen.
        hints = self.hints()
        if hints != self._last:
            self._last = hints
            self.refresh()

    def hints(self) -> list[tuple[str, str]]:
        """(keys, description) of each shown binding, in binding order."""
        return [(a.keys[0], a.binding.description)
                for a in active_actions(self.screen, shown_only=True)]

    def render(self) -> Text:
        t = Text(no_wrap=True, overflow="ellipsis")
        key_style = "bold #ffaf00"
        for keys, desc in self.hints():
            t.append(f" {keys}", style=key_style)
            t.append(f" {desc} ")
        t.append(" ^p", style=key_style)
        t.append(" palette")
        return t
