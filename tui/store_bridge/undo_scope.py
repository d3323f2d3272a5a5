"""Undo and redo that say which article they change, and that ask before changing one the
analyst is not looking at (the store's history is one line across every article)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotations.exchange.citation import quoted


@dataclass(frozen=True)
class Elsewhere:
    """The next step changes only articles that are not on screen: not taken."""

    change: Any  # a store Change (with its ``articles``)


def step(store: Any, redo: bool, on_screen: list[str] | None,
         confirmed: tuple | None) -> Any:
    """Undo (redo) the next step, unless it touches none of ``on_screen`` and was not
    ``confirmed`` (``key`` of the same step, asked about before). Runs in the write queue."""
    if on_screen is not None:
        nxt = store.peek(redo)
        if nxt is not None and nxt.articles and not set(nxt.articles) & set(on_screen) and (
                confirmed != key(redo, nxt)):
            return Elsewhere(nxt)
    return store.redo() if redo else store.undo()


def key(redo: bool, change: Any) -> tuple:
    """What identifies a step for the confirmation (direction, action, tag ids)."""
    return (redo, change.action, change.ids)


def where(store: Any, change: Any) -> str:
    """`` in “Title”`` (or `` in 3 articles``) for a change's articles; "" when unknown."""
    ids = list(change.articles)
    if len(ids) > 1:
        return f" in {len(ids)} articles"
    if not ids:
        return ""
    article = store.article(ids[0])
    title = article.title if article is not None else ids[0]
    return f" in {quoted(title if len(title) <= 60 else title[:59] + '…')}"


def elsewhere_message(store: Any, redo: bool, change: Any) -> str:
    """What the reader says instead of changing an article that is not on screen."""
    verb, key_name = ("redo", "ctrl+r") if redo else ("undo", "u")
    which = "next" if redo else "last"
    return (f"The {which} change ({change.describe()}) is{where(store, change)}, not on "
            f"screen: {key_name} again to {verb} it there")
