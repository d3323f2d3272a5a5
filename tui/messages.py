"""Plain dataclass messages shared between screens."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class TagsChanged(Message):
    """The store's tags changed (add, edit, delete, undo, redo, import)."""

    article_ids: tuple[str, ...] = ()


@dataclass
class JumpToTag(Message):
    """Show this tag's span in the reader."""

    tag_id: str
