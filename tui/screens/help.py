"""The help screen: the keys of the screen below it, grouped by what they act on, with the
binding ids the ``keymap`` setting remaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.bindings import active_actions

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

#: Section titles by the part of the binding id before the dot (``reader.tags``: reader).
GROUPS = {
    "reader": "Reader: panes, views, search, tags, history",
    "passage": "Text panes: reading cursor, selection, tagging",
    "tree": "Comment tree",
    "library": "Library",
    "tags": "Tags panel",
    "form": "Tag form",
    "export": "Export",
    "app": "Everywhere",
}
ORDER = list(GROUPS)


def binding_rows(screen) -> list[tuple[str, str, str, str, str]]:
    """(group, keys, description, tooltip, id) for each active binding of ``screen``."""
    rows = []
    from textual.widgets import TextArea

    for a in active_actions(screen, include_disabled=True):
        bid = a.binding.id or ""
        # Textual's own keys carry no id: a text pane's go with the text panes
        group = bid.split(".", 1)[0] if bid else (
            "passage" if isinstance(a.node, TextArea) else "app")
        rows.append((group, " / ".join(a.keys), a.binding.description,
                     a.binding.tooltip or "", bid))
    rank = {g: i for i, g in enumerate(ORDER)}
    return sorted(rows, key=lambda r: (rank.get(r[0], len(ORDER)), r[0]))


def help_table(rows: list[tuple[str, str, str, str, str]]) -> Group:
    """A titled section per group of ``keys | action  id`` rows, the explanation under the
    action. Two columns only, so at 80 columns the explanations keep nearly the whole width
    and wrap as sentences under their action."""
    keys_w = min(18, max((len(r[1]) for r in rows), default=4))
    parts: list[Table | Text] = []
    table: Table | None = None
    last = None
    for group, keys, desc, tip, bid in rows:
        if group != last:
            parts.append(Text(("\n" if last else "") + GROUPS.get(group, group.title()),
                              style="bold underline"))
            table = Table(box=None, show_header=False, expand=True, pad_edge=False,
                          padding=(0, 1))
            table.add_column("keys", style="bold #ffaf00", no_wrap=True, width=keys_w)
            table.add_column("what", ratio=1)
            parts.append(table)
            last = group
        what = Text(desc, style="bold")
        if bid:
            what.append(f"  {bid}", style="#5f87af")
        if tip and tip != desc:
            what.append(f"\n{tip}", style="dim")
        assert table is not None
        table.add_row(Text(keys, overflow="ellipsis"), what)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the focused screen (``?`` or F1; escape closes)."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [Binding("escape,question_mark,f1,q", "dismiss", "Close", id="help.close",
                        tooltip="Close the help screen")]

    def __init__(self, below) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        self.rows = binding_rows(self.below)
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys  (escape closes; every action is also in ctrl+p; "
                              "remap with \"keymap\": {\"id\": \"key\"} in settings.json)",
                              style="bold"))
            yield Static(help_table(self.rows))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss()
