"""The reader: one article beside its comment tree, or two articles side by side."""

from __future__ import annotations

import asyncio
import time
from functools import partial
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import Worker

from annotations.exchange.citation import citation
from annotations.model.article_view import TagMark
from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.gc_session import release_frozen
from tui.screens.reader.margin import MarginCounts
from tui.screens.reader.search import ReaderSearch
from tui.screens.reader.suggestions import ReaderSuggestions, SuggestionsReady
from tui.screens.reader.tagging import ReaderTagging
from tui.widgets.article_side import ArticleSide
from tui.widgets.comment_tree import CommentTree
from tui.widgets.covered import Covered
from tui.widgets.key_footer import KeyFooter
from tui.widgets.passage.suggestions import SuggestionAction
from tui.widgets.passage.view import PassageView
from tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from textual import getters

    from annotations.store import Tag
    from tui.app import ThreadmarkApp

_b = keyed("reader")


class ReaderScreen(Screen[None]):
    """Read and tag one article (or compare two). It owns its search (``search_line``), its
    suggestions (``suggestions``) and its tag forms (``tagging``); the actions Textual
    dispatches to the screen hand over to them."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    #: blank itself: the sides, the status line and the footer cover it (Textual draws the
    #: screen's ~40 rows, from its cache, on every key's repaint)
    BLANK = True

    BINDINGS = [
        _b("tab", "cycle(1)", "Next pane", "next-pane",
           "Cycle the focus: article, comments (and the other article when comparing)",
           show=True, priority=True),
        _b("shift+tab", "cycle(-1)", "Previous pane", "previous-pane",
           "Cycle the focus backwards", priority=True),
        _b("z", "zoom", "Compare/single", "zoom",
           "Switch between the two-article compare view and the focused article alone"),
        _b("b", "boilerplate", "Boilerplate", "boilerplate",
           "Show or hide boilerplate (subscription lists, photo credits, ...), dimmed"),
        _b("slash", "search", "Search", "search", "Search the focused pane", show=True),
        # priority: they act as the app receives the key, not after it has bubbled from the
        # focused pane through every container (``check_action``: not while typing a search)
        _b("n", "find(1)", "Next match", "next-match", "Next search match", priority=True),
        _b("N", "find(-1)", "Previous match", "previous-match", "Previous search match",
           priority=True),
        _b("a", "tags", "Tags", "tags", "List the tags of the open article(s)", show=True),
        _b("u", "undo", "Undo", "undo", "Undo the last tag change (survives restarts)"),
        _b("ctrl+r", "redo", "Redo", "redo", "Redo the last undone tag change"),
        _b("y", "copy", "Copy", "copy",
           "Copy the selection, or the tag under the cursor as a citation"),
        _b("S", "toggle_suggestions", "Suggestions", "toggle-suggestions",
           "Show or hide the suggested quotes and claims (faint marks)"),
        _b("escape", "back", "Back", "back",
           "One level back: comment text to its tree, tree to the article, article to the "
           "library"),
    ]

    def __init__(self, article_ids: list[str]) -> None:
        super().__init__()
        self.article_ids = list(article_ids)
        self.zoomed = len(article_ids) == 1
        self.show_boilerplate = self.app.settings.show_boilerplate
        self.compare = len(article_ids) > 1
        self._pending_detail: dict[int, str | None] = {}
        self._detail_timer: asyncio.TimerHandle | None = None
        self._last_move = 0.0
        self._sides: list[ArticleSide] = []
        self.margin = MarginCounts()  # the body's count of comments echoing each paragraph
        self.search_line = ReaderSearch(self)
        self.suggestions = ReaderSuggestions(self)
        self.tagging = ReaderTagging(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "find" and isinstance(self.focused, Input):
            return False  # the search line (or a form's field) takes the letter
        return super().check_action(action, parameters)

    # -- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        store = self.app.store
        # the sides sit directly on the screen (horizontal layout, the rest docked): each
        # container layer costs every repaint and every key event a little
        for i, aid in enumerate(self.article_ids):
            # the stored record as plain objects: no pydantic before the first frame
            view = store.article_view(aid)
            if view is None:  # opened by id from the library: it is there
                raise LookupError(f"no article {aid} in the store")
            yield ArticleSide(view, i, self.suggestions.shown)
        # each in a row of its own: a repaint of the panes above (or of the status line)
        # does not overlap the clip of what it does not touch
        with Covered(id="status-row"):
            yield StatusLine(id="status")
        with Covered(id="footer-row"):
            yield KeyFooter()

    def on_mount(self) -> None:
        self.set_class(self.compare, "compare")
        self.set_class(not self.compare, "single")
        for side in self.sides:
            # drawn from the stored records (no pydantic before the first frame); the
            # suggestions worker validates them and the sides redraw from the models
            tags = self.app.store.tag_marks(side.article.id)
            side.drawn_from_marks = any(isinstance(t, TagMark) for t in tags[:1])
            side.load(tags, self.show_boilerplate)
            side.show_comment(side.tree.current_id, tags)
            self.watch(side.tree, "cursor", partial(self._tree_cursor_moved, side), init=False)
            for view in (side.body, side.comment_view):
                self.watch(view, "named_suggestion", self.suggestions.named, init=False)
            self.margin.attach(self, side)
        self.sides[0].body.focus()
        self.update_status()
        self.app.tags_changed.subscribe(self, lambda _: self.refresh_tags())
        # once the first frame is written (as the app's warm-up): the finder's thread shares
        # the interpreter with this one (two refreshes after the mount came before it)
        self.app.after_frame.call(self._start_suggestions_if_open)

    @property
    def sides(self) -> list[ArticleSide]:
        """The article sides, left to right (fixed once composed)."""
        if not self._sides:
            self._sides = list(self.query(ArticleSide))
        return self._sides

    def tags_of(self, article_id: str) -> list[Tag]:
        """An open article's tags (validated)."""
        return self.app.store.tags(article_id=article_id)

    def side_of(self, widget: Widget | None) -> ArticleSide | None:
        """The article side ``widget`` lies in, if any."""
        node: DOMNode | None = widget
        while node is not None and not isinstance(node, ArticleSide):
            node = node.parent
        return node

    @property
    def current_side(self) -> ArticleSide:
        return self.side_of(self.focused) or self.sides[0]

    def refresh_tags(self, focused: str | None = None) -> None:
        """Redraw highlights, tree marks and counts after the store changed."""
        for side in self.sides:
            side.set_tags(self.tags_of(side.article.id), focused)
        self.suggestions.refresh()
        self.update_status()

    def update_status(self, extra: str = "", first: bool = False) -> None:
        parts = []
        for side in self.sides:
            c = side.tag_index.counts  # the tags drawn (the models' once validated)
            label = f"{'AB'[side.index]}: " if self.compare else ""
            sugg = sum(len(v) for v in side.suggestions_by_part.values())
            shown = f" · {sugg} suggested" if sugg and self.suggestions.shown.on else ""
            parts.append(f"{label}quotes {c['quote']} · stances {c['stance']} · "
                         f"claims {c['claim']}{shown}")
        text = "  │  ".join(parts) + f"  │  {self.app.annotator}"
        if self.app.readonly:
            text += "  │  READ-ONLY"
        if extra:
            text = f"{extra}  │  {text}" if first else f"{text}  │  {extra}"
        self._status_extra = extra
        if self._status is None:
            self._status = self.query_one("#status", StatusLine)
        self._status.show(visible(text))  # plain text, repainted only when it changed

    _status: StatusLine | None = None

    _status_extra = ""

    def on_passage_view_selection_cleared(self, event: PassageView.SelectionCleared) -> None:
        if self._status_extra.startswith("Suggested "):  # escape left the suggestion
            self.update_status()

    # -- messages from the widgets ------------------------------------------------------------

    #: A cursor move that comes this long (seconds) after the previous one updates the
    #: comment pane at once, in the same repaint as the tree; moves that come faster (a held
    #: key) leave the pane until the cursor rests this long, so it is not reloaded and
    #: repainted for every comment the cursor passes.
    DETAIL_DELAY = 0.06

    def _tree_cursor_moved(self, side: ArticleSide) -> None:
        self._follow(side, side.tree.current_id)

    def _follow(self, side: ArticleSide, comment_id: str | None) -> None:
        """Show ``comment_id`` in ``side``'s comment pane now, or once the cursor rests."""
        if self._pending_detail.get(side.index, side.shown_comment) == comment_id:
            return
        self._pending_detail[side.index] = comment_id
        now = time.monotonic()
        burst = now - self._last_move < self.DETAIL_DELAY
        self._last_move = now
        if not burst and self._detail_timer is None:
            self.flush_detail()
            return
        # a plain event-loop handle, not a Textual Timer (which starts and cancels a task for
        # each key): rescheduling it costs next to nothing
        if self._detail_timer is not None:
            self._detail_timer.cancel()
        self._detail_timer = asyncio.get_running_loop().call_later(
            self.DETAIL_DELAY, self.call_later, self.flush_detail)

    def flush_detail(self) -> None:
        """Show the comment under each tree cursor now (if it changed)."""
        if self._detail_timer is not None:
            self._detail_timer.cancel()
            self._detail_timer = None
        pending, self._pending_detail = self._pending_detail, {}
        for side in self.sides:
            if side.index in pending and pending[side.index] != side.shown_comment:
                side.show_comment(pending[side.index])  # the side's tags, by part

    def on_unmount(self) -> None:
        if self._detail_timer is not None:
            self._detail_timer.cancel()
        # Textual's Signal keeps a subscriber's callback (and through it the subscriber) until
        # a later publish notices it is gone: let go now, so the closed reader can be collected
        self.app.tags_changed.unsubscribe(self)
        release_frozen()  # a reader frozen with the store's records can now be collected

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        side = self.side_of(self.focused)
        if side is not None and self.focused is side.comment_view:
            self.flush_detail()  # reading or selecting in it: it must be current
        self.search_line.focus_moved()  # a match count of another pane goes

    def on_comment_tree_opened(self, event: CommentTree.Opened) -> None:
        self.flush_detail()
        side = self.side_of(event.tree)
        if side is not None:
            side.comment_view.focus()

    def on_comment_tree_tag_comment(self, event: CommentTree.TagComment) -> None:
        self.flush_detail()
        side = self.side_of(event.tree)
        if side is None:
            return
        view = side.comment_view
        if view.part != event.comment_id:
            side.show_comment(event.comment_id, self.tags_of(side.article.id))
        text = view.article.part_text(event.comment_id) if view.article else ""
        if not text:
            return
        view.select_source(0, len(text))
        # the tree keeps the focus (the form hands it back): j, ], J go on to the next comment
        view.action_tag(event.kind)

    # -- actions ------------------------------------------------------------------------------

    def _panes(self) -> list[Widget]:
        sides = self.sides
        if self.compare and self.zoomed:
            sides = [self.current_side]
        out: list[Widget] = []
        for s in sides:
            out.append(s.body)
            if s.article.comments:
                out += [s.tree, s.comment_view]
        return out

    def action_cycle(self, step: int) -> None:
        if self.app.screen is not self:
            return
        if isinstance(self.focused, Input):
            self.focus_next() if step > 0 else self.focus_previous()
            return
        panes = self._panes()
        cur = self.focused
        i = panes.index(cur) if cur in panes else -1
        panes[(i + step) % len(panes)].focus()

    def action_zoom(self) -> None:
        if not self.compare:
            if len(self.article_ids) == 1:
                self.app.say("Open two articles (library: space marks, c compares) to compare")
            return
        keep = self.current_side
        self.zoomed = not self.zoomed
        self.set_class(self.zoomed, "zoomed")
        self.set_class(self.zoomed, "single")
        for s in self.sides:
            s.set_class(self.zoomed and s is not keep, "hidden")
        if self.focused is None or self.side_of(self.focused) is not keep:
            keep.body.focus()

    def action_boilerplate(self) -> None:
        self.show_boilerplate = not self.show_boilerplate
        for side in self.sides:
            side.body.set_show_boilerplate(self.show_boilerplate, self.tags_of(side.article.id))
        self.app.say("Boilerplate shown (dimmed)" if self.show_boilerplate
                     else "Boilerplate hidden")

    def action_tags(self) -> None:
        from tui.screens.tags import TagsScreen

        self.app.push_screen(TagsScreen(self.article_ids), self._after_tags)

    def _after_tags(self, result: str | None) -> None:
        self.refresh_tags()
        if result:
            self.jump_to(result)

    def jump_to(self, tag_id: str) -> bool:
        """Show a tag's span: focus its pane and select it."""
        tag = self.app.store.get(tag_id)
        if tag is None:
            return False
        self.flush_detail()
        aid = tag.anchor.article_id
        if aid not in self.article_ids and self.app.store.superseded_by(aid) is None and (
                self.app.store.article(aid) is not None):  # a link into another article
            reader = ReaderScreen([aid])
            self.app.push_screen(reader)
            self.app.call_after_refresh(reader.jump_to, tag_id)
            return True
        if tag.anchor.article_id not in self.article_ids:
            self.app.say("That tag's passage is not in this version of the article; it stays "
                         "on the earlier version (edit or delete it in the tags panel)",
                         severity="warning")
            return False
        for side in self.sides:
            if side.article.id != tag.anchor.article_id:
                continue
            if self.compare and self.zoomed and side.has_class("hidden"):
                self.action_zoom()
            if tag.anchor.part == "body":
                view = side.body
            else:
                side.tree.go_to_comment(tag.anchor.part)
                side.show_comment(tag.anchor.part, self.tags_of(side.article.id))
                view = side.comment_view
            view.focus()
            side.set_tags(self.tags_of(side.article.id), focused=tag_id)
            if not view.select_source(tag.anchor.start, tag.anchor.end) and \
                    tag.anchor.part == "body":
                self.action_boilerplate()
                view.select_source(tag.anchor.start, tag.anchor.end)
            return True
        return False

    def action_undo(self) -> None:
        self.app.history_step(redo=False, on_screen=self.article_ids)

    def action_redo(self) -> None:
        self.app.history_step(redo=True, on_screen=self.article_ids)

    def action_copy(self) -> None:
        view = self.focused
        if isinstance(view, PassageView):
            rng = view.selected_range()
            if rng is not None:
                self.app.copy_text(view.text_for(*rng))
                return
            tag = self._tag_at_cursor(view)
            if tag is not None:
                article = self.app.store.article(tag.anchor.article_id)
                self.app.copy_text(citation(tag, article), "citation")
                return
        self.app.say("Select a passage (v, V, shift+arrows) or put the cursor on a tag to copy")

    def _tag_at_cursor(self, view: PassageView) -> Tag | None:
        if view.article is None:
            return None
        pos = view.to_source(view.cursor_offset)
        best = None
        for sp in view.tag_spans:
            if sp.start <= pos < sp.end and (best is None or sp.end - sp.start <
                                              best.end - best.start):
                best = sp
        return self.app.store.get(best.tag_id) if best else None

    # -- handed over to the screen's parts -----------------------------------------------------

    async def action_search(self) -> None:
        await self.search_line.open()

    def action_find(self, step: int) -> None:
        self.search_line.find(step)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.search_line.submitted(event)

    def on_key(self, event: events.Key) -> None:
        self.search_line.key(event)

    def _start_suggestions_if_open(self) -> None:
        if self.is_attached:  # (not closed before the frame)
            self.start_suggestions()

    def start_suggestions(self) -> None:
        """Compute every open article's suggestions in the background."""
        self.suggestions.start()

    def refresh_suggestions(self) -> None:
        """Redraw the suggestions' marks."""
        self.suggestions.refresh()

    def action_toggle_suggestions(self) -> None:
        self.suggestions.toggle()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.suggestions.worker_changed(event)

    def on_suggestions_ready(self, message: SuggestionsReady) -> None:
        self.suggestions.ready(message)

    def on_passage_view_suggestion_action(self, event: SuggestionAction) -> None:
        self.suggestions.act(event)

    def on_passage_view_tag_requested(self, event: PassageView.TagRequested) -> None:
        self.tagging.requested(event)

    def action_back(self) -> None:
        """One level back: comment text to its tree, the tree to the article, the article
        (with nothing selected: a selection is cleared first) to the library."""
        side = self.side_of(self.focused)
        if side is not None and self.focused is side.comment_view:
            side.tree.focus()
        elif side is not None and self.focused is side.tree:
            side.body.focus()
        else:
            self.app.back_to_library()
