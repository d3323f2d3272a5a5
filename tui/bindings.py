"""Binding helpers shared by every screen and widget.

- ``keyed("reader")`` makes Bindings whose ids are ``reader.<name>`` (remappable through the
  ``keymap`` setting) and which always carry a tooltip.
- ``active_actions(screen)`` lists a screen's active bindings once per action, for the footer,
  the command palette and the help screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode


def keyed(prefix: str, show: bool = False, priority: bool = False) -> Callable[..., Binding]:
    """A Binding factory: ``make(key, action, description, name, tooltip, show=, priority=)``.

    ``priority=True`` (for a widget) runs its bindings as the app receives the key, instead of
    after the key has bubbled from the focused widget through every container to the app.
    """

    def make(key: str, action: str, description: str, name: str, tooltip: str,
             show: bool = show, priority: bool = priority) -> Binding:
        return Binding(key, action, description, show=show, id=f"{prefix}.{name}",
                       tooltip=tooltip, priority=priority)

    return make


@dataclass
class ActiveAction:
    """One bound action of a screen and every key that triggers it."""

    binding: Binding
    node: DOMNode
    keys: list[str]
    enabled: bool


#: TextArea's editing actions: they do nothing in a read-only text pane, so no footer, help
#: or palette lists them (``u``/``ctrl+r`` undo tag changes; ``y`` copies).
EDITING_ACTIONS = frozenset({
    "delete_left", "delete_word_left", "delete_right", "delete_word_right", "cut", "paste",
    "copy", "delete_to_start_of_line", "delete_to_end_of_line_or_delete_line", "delete_line",
    "undo", "redo",
})


def _editing_key_of_read_only_text(node: DOMNode, binding: Binding) -> bool:
    return (binding.action in EDITING_ACTIONS and getattr(node, "read_only", False)
            and not binding.id)


def active_actions(screen, shown_only: bool = False,
                   include_disabled: bool = False) -> list[ActiveAction]:
    """The screen's active bindings with a description, one per (action, node), in order."""
    found: dict[tuple[str, int], ActiveAction] = {}
    for ab in screen.active_bindings.values():
        b = ab.binding
        if not b.description or (shown_only and not b.show):
            continue
        if _editing_key_of_read_only_text(ab.node, b):
            continue
        if not ab.enabled and not include_disabled:
            continue
        keys = screen.app.get_key_display(b)
        entry = found.get((b.action, id(ab.node)))
        if entry is None:
            found[(b.action, id(ab.node))] = ActiveAction(b, ab.node, [keys], ab.enabled)
        elif keys not in entry.keys:
            entry.keys.append(keys)
    return list(found.values())
