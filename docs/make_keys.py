"""Write docs/keys.md from the app's bindings: every key of every screen and widget, with the
binding id the ``keymap`` setting remaps. Run ``python docs/make_keys.py`` after changing a
binding; ``tests/tui/test_docs.py`` fails while the page differs from what this prints."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

INTRO = """\
# Keys

Every key of every screen and widget, generated from the app's bindings by
`python docs/make_keys.py` (a test fails while this page differs from what it writes). In the
app, `?` or `F1` lists the keys of the focused screen and `ctrl+p` finds every action by name.

Each binding has an **id**: `"keymap": {"reader.tags": "t"}` in settings.json
([settings](command-line.md#settings)) puts it on another key. Textual's own editing keys of a
read-only text pane (cut, paste, delete line, its undo) do nothing there and are listed nowhere.
How the keys work together is in the [user guide](user-guide.md).
"""

#: Section titles by the part of the id before the dot, in the order the page shows them.
SECTIONS = {
    "app": "Everywhere",
    "library": "Library",
    "articles": "Library table",
    "reader": "Reader: panes, views, search, tags, history",
    "passage": "Text panes: reading cursor, selection, tagging, suggestions",
    "tree": "Comment tree",
    "tags": "Tags panel",
    "form": "Tag form",
    "choice": "Choice fields (forms)",
    "fields": "Field forms (story, outlet)",
    "export": "Export",
    "review": "Review",
    "compare": "Compare",
    "browser": "Tag browser",
    "table": "Tables",
    "help": "Help screen",
    "name": "Annotator name (first start)",
    "error": "Error screen",
}


def load_tui() -> None:
    """Import every module of ``tui`` so that every screen and widget class exists."""
    import tui

    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        if not info.name.endswith(".__main__"):  # ``python -m tui.cli`` runs the command
            importlib.import_module(info.name)


def key_display(keys: str) -> str:
    """``"question_mark,f1"`` -> ``"`?` `f1`"`` (modifiers kept as written: ``ctrl+r``)."""
    from textual.keys import format_key

    shown = []
    for key in keys.split(","):
        mods, _, last = key.strip().rpartition("+")
        shown.append(f"`{mods + '+' if mods else ''}{format_key(last)}`".replace("``` ", "`"))
    return " ".join(shown)


def bindings() -> dict[str, list[tuple[str, str, str, str]]]:
    """(keys, description, id, tooltip) of every binding with an id, by section."""
    from textual.binding import Binding
    from textual.dom import DOMNode

    load_tui()
    seen: dict[str, tuple[str, str, str, str]] = {}
    stack: list[type] = [DOMNode]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if not cls.__module__.startswith("tui."):
            continue
        for b in cls.__dict__.get("BINDINGS", []):
            if isinstance(b, Binding) and b.id and b.id not in seen:
                seen[b.id] = (key_display(b.key), b.description, b.id, b.tooltip or "")
    by_section: dict[str, list[tuple[str, str, str, str]]] = {}
    for bid in sorted(seen):
        by_section.setdefault(bid.split(".", 1)[0], []).append(seen[bid])
    return by_section


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    """The whole of docs/keys.md."""
    by_section = bindings()
    order = list(SECTIONS) + sorted(set(by_section) - set(SECTIONS))
    out = [INTRO]
    for section in order:
        rows = by_section.get(section)
        if not rows:
            continue
        out.append(f"\n## {SECTIONS.get(section, section.title())}\n\n")
        out.append("| keys | action | id | what it does |\n| --- | --- | --- | --- |\n")
        for keys, desc, bid, tip in rows:
            out.append(f"| {_cell(keys)} | {_cell(desc)} | `{bid}` | {_cell(tip)} |\n")
    return "".join(out)


def main() -> None:
    (HERE / "keys.md").write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
