"""The reader's search: ``/`` searches the focused pane, ``n``/``N`` step through matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

if TYPE_CHECKING:
    from textual.widget import Widget


class ReaderSearch:
    """``ReaderScreen``'s search line (made on first use) and match status."""

    search_target: Widget | None = None
    _search_status: bool = False

    async def _search_box(self) -> Input:
        """The search line, made on first use (not part of the first frame)."""
        found = self.query("#search")
        if found:
            return found.first(Input)
        box = Input(placeholder="search (enter: find, escape: cancel)", id="search",
                    classes="hidden")
        await self.mount(box, before=self.query_one("#status"))
        return box

    async def action_search(self) -> None:
        target = self.focused
        side = self.side_of(target)
        if side is None:
            return
        self.search_target = target
        box = await self._search_box()
        box.remove_class("hidden")
        box.value = ""
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        event.stop()
        box = event.input
        box.add_class("hidden")
        target = self.search_target
        if target is None:
            return
        target.focus()
        n = target.search(event.value)  # type: ignore[attr-defined]
        if n:
            target.find(1, include_current=True)  # type: ignore[attr-defined]
        side = self.side_of(target)
        if side is not None and target is side.tree:  # the open comment shows them too
            side.comment_view.search(event.value)
        self._show_search_status(target)

    def _show_search_status(self, target: Widget) -> None:
        """``3/9 matches for 'putin'`` in the status line (until the focus moves on)."""
        query = getattr(target, "query_text", "")
        if not query:
            self._search_status = False
            self.update_status()
            return
        k, n = target.match_position()  # type: ignore[attr-defined]
        where = f"{k}/{n}" if k else f"{n}"
        self._search_status = True
        occurrences = getattr(target, "occurrences", None)
        if occurrences is not None:  # the thread steps by comment: say both counts
            self.update_status(f"comment {where} · {occurrences} "
                               f"match{'es' if occurrences != 1 else ''} for {query!r}")
            return
        self.update_status(f"{where} match{'es' if n != 1 else ''} for {query!r}")

    def on_key(self, event) -> None:
        box = self.focused
        if event.key == "escape" and isinstance(box, Input) and box.id == "search":
            event.stop()
            box.add_class("hidden")
            if self.search_target is not None:
                self.search_target.focus()

    def action_find(self, step: int) -> None:
        target = self.focused
        side = self.side_of(target)
        if side is not None and target is side.comment_view and side.tree.query_text:
            target = side.tree
        if target is not None and getattr(target, "query_text", ""):
            if not target.find(step):  # type: ignore[attr-defined]
                self.app.bell()
            self._show_search_status(target)
        else:
            self.app.say("No search: press / to search the focused pane")
