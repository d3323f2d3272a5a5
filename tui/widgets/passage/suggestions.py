"""Suggestions in one passage view: faint marks, ``]``/``[`` to step through them, ``A`` to
accept one as it is, ``enter`` to open the form on it, ``X`` to reject it (a mixin of
``PassageView``; the reader saves and rejects, this only asks)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from tui.bindings import keyed

if TYPE_CHECKING:
    from annotations.suggest import Suggestion

_b = keyed("passage")

#: PassageView includes these in its BINDINGS (Textual reads BINDINGS of widget classes only).
SUGGESTION_BINDINGS = [
    _b("right_square_bracket", "suggestion(1)", "Next suggestion", "next-suggestion",
       "Go to the next suggested quote or claim in this pane", show=True),
    _b("left_square_bracket", "suggestion(-1)", "Previous suggestion", "previous-suggestion",
       "Go to the previous suggested quote or claim in this pane"),
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
    """The user chose ``suggestion`` (``action``: focus, accept, edit or reject)."""

    view: object
    suggestion: Suggestion
    action: str


class PassageSuggestions:
    """``PassageView``'s suggestion marks and keys (state lives in the view)."""

    _suggestions: list[Suggestion]
    current_suggestion: Suggestion | None
    show_suggestions: bool

    def set_suggestions(self, items: list[Suggestion], show: bool | None = None) -> None:
        """Mark these suggestions (those of this view's part), in reading order."""
        mine = sorted((s for s in items if s.part == self.part), key=reading_order)
        if mine == self._suggestions and (show is None or show == self.show_suggestions):
            return
        if show is not None:
            self.show_suggestions = show
        self._suggestions = mine
        if self.current_suggestion not in mine:
            self.current_suggestion = None
        self._restyle()

    @property
    def suggestions(self) -> list[Suggestion]:
        """The suggestions marked in this view, in reading order: none in hidden text."""
        if not self.show_suggestions:
            return []
        return [s for s in self._suggestions
                if self.to_display(s.start) is not None and self.to_display(s.end) is not None]

    def suggestion_at_cursor(self) -> Suggestion | None:
        """The suggestion the reading cursor is in (the one last stepped to, first)."""
        items = self.suggestions
        if not items:
            return None
        src = self.to_source(self.cursor_offset)
        cur = self.current_suggestion
        if cur is not None and cur in items and cur.start <= src < cur.end:
            return cur
        inside = [s for s in items if s.start <= src < s.end]
        return min(inside, key=lambda s: s.end - s.start) if inside else None

    def action_suggestion(self, step: int) -> None:
        """Select the next (previous) suggestion in reading order, wrapping: from the one
        last stepped to while the cursor is on it (so suggestions that start together are
        each reached), else from the cursor."""
        items = self.suggestions
        if not items:
            self.app.bell()
            return
        src = self.to_source(self.cursor_offset)
        cur = self.current_suggestion
        if cur is not None and cur in items and cur.start <= src <= cur.end:
            target = items[(items.index(cur) + step) % len(items)]
        elif step > 0:
            k = bisect_left([s.start for s in items], src + 1)
            target = items[k % len(items)]
        else:
            target = items[bisect_left([s.start for s in items], src) - 1]
        previous, self.current_suggestion = self.current_suggestion, target
        d0, d1 = self.to_display(target.start), self.to_display(target.end)
        if d0 is not None and d1 is not None:
            self.selection = self.selection.__class__(self.location_of(d1),
                                                      self.location_of(d0))
            if not self.in_view(d0, d1):  # in view: no scroll, only its lines repaint
                self.scroll_cursor_visible(center=True)
        self.restyle_current_suggestion(previous)  # only the two suggestions' lines
        self.post_message(SuggestionAction(self, target, "focus"))

    def action_suggestion_act(self, action: str) -> None:
        """Accept, edit or reject the suggestion under the cursor (named on the status line
        first when it is not the one named there)."""
        s = self.suggestion_at_cursor()
        if s is None:
            self.app.bell()
            return
        if s != self.current_suggestion:  # the cursor moved into another: name it first
            self.current_suggestion = s
            self._restyle()
            self.post_message(SuggestionAction(self, s, "focus"))
        self.post_message(SuggestionAction(self, s, action))

    def suggestion_ready(self, action: str) -> bool | None:
        """Whether ``enter`` (edit) has a suggestion to act on: None (shown, disabled) when
        it has not."""
        return True if self.suggestion_at_cursor() is not None else None
