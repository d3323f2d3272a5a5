"""The reader's search: ``/`` searches the focused pane, ``n``/``N`` step through matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import Input

from tui.widgets.comment_tree import CommentTree
from tui.widgets.passage.view import PassageView

if TYPE_CHECKING:
    from tui.screens.reader import ReaderScreen

#: What can be searched: a passage (by match) or a comment tree (by comment).
Searchable = PassageView | CommentTree


class ReaderSearch:
    """``ReaderScreen``'s search line (made on first use), the pane it searches and whether
    the status line shows its matches."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.target: Searchable | None = None  # the pane searched
        self.status_shown = False  # the status line shows a search's matches

    async def _box(self) -> Input:
        """The search line, made on first use (not part of the first frame)."""
        found = self.screen.query("#search")
        if found:
            return found.first(Input)
        box = Input(placeholder="search (enter: find, escape: cancel)", id="search",
                    classes="hidden")
        await self.screen.mount(box, before=self.screen.query_one("#status-row"))
        return box

    async def open(self) -> None:
        """``/``: the search line, for the focused pane."""
        target = self.screen.focused
        if self.screen.side_of(target) is None or not isinstance(target, Searchable):
            return
        self.target = target
        box = await self._box()
        box.remove_class("hidden")
        box.value = ""
        box.focus()

    def submitted(self, event: Input.Submitted) -> None:
        """``enter`` in the search line: search the pane, go to the first match."""
        if event.input.id != "search":
            return
        event.stop()
        event.input.add_class("hidden")
        target = self.target
        if target is None:
            return
        target.focus()
        n = target.search(event.value)
        if n:
            target.find(1, include_current=True)
        side = self.screen.side_of(target)
        if side is not None and target is side.tree:  # the open comment shows them too
            side.comment_view.search(event.value)
        self.show_status(target)

    def show_status(self, target: Searchable) -> None:
        """``3/9 matches for 'putin'`` in the status line (until the focus moves on)."""
        query = target.query_text
        if not query:
            self.status_shown = False
            self.screen.update_status()
            return
        k, n = target.match_position()
        where = f"{k}/{n}" if k else f"{n}"
        self.status_shown = True
        if isinstance(target, CommentTree):  # the thread steps by comment: say both counts
            occurrences = target.occurrences
            self.screen.update_status(f"comment {where} · {occurrences} "
                                      f"match{'es' if occurrences != 1 else ''} for {query!r}")
            return
        self.screen.update_status(f"{where} match{'es' if n != 1 else ''} for {query!r}")

    def key(self, event: events.Key) -> None:
        """``escape`` in the search line: back to the pane, no search."""
        box = self.screen.focused
        if event.key == "escape" and isinstance(box, Input) and box.id == "search":
            event.stop()
            box.add_class("hidden")
            if self.target is not None:
                self.target.focus()

    def find(self, step: int) -> None:
        """``n``/``N``: the next (previous) match of the focused pane's search."""
        target = self.screen.focused
        side = self.screen.side_of(target)
        if side is not None and target is side.comment_view and side.tree.query_text:
            target = side.tree
        if isinstance(target, Searchable) and target.query_text:
            if not target.find(step):
                self.screen.app.bell()
            self.show_status(target)
        else:
            self.screen.app.say("No search: press / to search the focused pane")

    def focus_moved(self) -> None:
        """The focus moved: a match count that speaks of another pane goes."""
        focused = self.screen.focused
        if self.status_shown and focused is not self.target and not isinstance(focused, Input):
            self.status_shown = False
            self.screen.update_status()
