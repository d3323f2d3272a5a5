"""Suggestions in one passage view: faint marks, ``]``/``[`` to step through them, ``A`` to
accept one as it is, ``enter`` to open the form on it, ``X`` to reject it (``PassageView``
owns a ``SuggestionMarks``; the reader saves and rejects, the view only asks)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from tui.bindings import keyed

if TYPE_CHECKING:
    from annotations.suggest import Suggestion
    from tui.widgets.passage.view import PassageView

_b = keyed("passage")

#: PassageView includes these in its BINDINGS (Textual reads BINDINGS of widget classes only).
#: ``]``/``[`` are priority bindings: they act as the app receives the key (only while the
#: pane is focused), not after the key has bubbled through every container to the app.
SUGGESTION_BINDINGS = [
    _b("right_square_bracket", "suggestion(1)", "Next suggestion", "next-suggestion",
       "Go to the next suggested quote or claim in this pane", show=True, priority=True),
    _b("left_square_bracket", "suggestion(-1)", "Previous suggestion", "previous-suggestion",
       "Go to the previous suggested quote or claim in this pane", priority=True),
    _b("A", "suggestion_act('accept')", "Accept", "accept-suggestion",
       "Save the suggestion under the cursor as it is (no form)"),
    _b("enter", "suggestion_act('edit')", "Edit suggestion", "edit-suggestion",
       "Open the tag form on the suggestion under the cursor, filled in"),
    _b("X", "suggestion_act('reject')", "Reject", "reject-suggestion",
       "Reject the suggestion under the cursor (kept in the store; u undoes)"),
]


def reading_order(s: Suggestion) -> tuple[int, int, int]:
    """Where a suggestion starts; at the same start a quote before a claim, then the
    shorter first."""
    return (s.start, 0 if s.kind == "quote" else 1, s.end)


@dataclass
class SuggestionAction(Message, namespace="passage_view"):
    """The user chose ``suggestion`` (``action``: accept, edit or reject)."""

    view: PassageView
    suggestion: Suggestion
    action: str


class SuggestionsShown:
    """Whether suggestions are shown: one flag, owned by the reader, read by its panes."""

    def __init__(self, on: bool = True) -> None:
        self.on = on


class SuggestionMarks:
    """One passage view's suggestions: those of its part in reading order, and the one last
    stepped to (``current``). Offsets are source offsets; ``shown`` is the reader's flag."""

    def __init__(self, shown: SuggestionsShown) -> None:
        self.shown = shown
        self.items: list[Suggestion] = []
        self.current: Suggestion | None = None
        #: the one last stepped to, once accepted or rejected (gone from ``items``): where
        #: the reader is in reading order, so the next and the previous are its neighbours
        self.left: Suggestion | None = None
        self.drawn_shown = shown.on  # the flag as the marks were last drawn

    def clear(self) -> None:
        """The text changed: its marks go."""
        self.items = []
        self.current = self.left = None

    def set(self, items: list[Suggestion], part: str) -> bool:
        """Keep the suggestions of ``part``; whether anything to draw changed."""
        mine = sorted((s for s in items if s.part == part), key=reading_order)
        if mine == self.items and self.drawn_shown == self.shown.on:
            return False
        self.drawn_shown = self.shown.on
        self.items = mine
        if self.current not in mine:
            self.left = self.current or self.left
            self.current = None
        return True

    def visible(self, shown_at: Callable[[int], bool]) -> list[Suggestion]:
        """The suggestions marked, in reading order: none when hidden, none in hidden text
        (``shown_at``: whether a source offset is shown)."""
        if not self.shown.on:
            return []
        return [s for s in self.items if shown_at(s.start) and shown_at(s.end)]

    def at(self, items: list[Suggestion], src: int) -> Suggestion | None:
        """The one of ``items`` the source offset ``src`` is in (the one last stepped to,
        first; else the shortest)."""
        cur = self.current
        if cur is not None and cur in items and cur.start <= src < cur.end:
            return cur
        inside = [s for s in items if s.start <= src < s.end]
        return min(inside, key=lambda s: s.end - s.start) if inside else None

    def step(self, items: list[Suggestion], src: int, step: int) -> Suggestion:
        """The next (previous) of ``items`` in reading order, wrapping: from the one last
        stepped to while ``src`` is on it (so suggestions that start together are each
        reached, and after it was accepted or rejected, its neighbours), else from ``src``
        (one that starts there is next, not previous). ``items`` is not empty."""
        at = self.current if self.current is not None else self.left
        if at is not None and at.start <= src <= at.end:
            if at in items:
                return items[(items.index(at) + step) % len(items)]
            keys, key = [reading_order(s) for s in items], reading_order(at)
            if step > 0:
                return items[bisect_right(keys, key) % len(items)]
            return items[bisect_left(keys, key) - 1]
        starts = [s.start for s in items]
        if step > 0:
            return items[bisect_left(starts, src) % len(items)]
        return items[bisect_left(starts, src) - 1]
