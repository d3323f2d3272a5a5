"""The tags panel: the open articles' tags; jump, edit, delete, undo, link, copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static
from textual.widgets.data_table import RowDoesNotExist

from annotations.model.article_view import short_comment_id
from annotations.model.models import KINDS
from annotations.store import Tag
from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.kind_colours import palette
from tui.screens.tag_links import describe_link, linked_tags, links_back
from tui.store_bridge.bridge import first_line
from tui.widgets.vim_table import VimDataTable

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

_b = keyed("tags", show=True)


def key_fields(t: Tag) -> str:
    """The fields that say what a tag is about, in one line."""
    if t.kind == "quote":
        return f"{t.speaker}" + (f" ({t.speaker_role})" if t.speaker_role else "")
    if t.kind == "stance":
        return f"{t.holder} {t.polarity} {t.target}" + (
            f" ×{t.intensity}" if t.intensity else "")
    return f"{t.claimant or '?'} · {t.claim_type} · {t.verdict}"


class TagsScreen(ModalScreen[str | None]):
    """Lists tags; dismisses with a tag id to jump to, or None."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [
        _b("enter", "jump", "Jump", "jump", "Show this tag's passage"),
        _b("e", "edit", "Edit", "edit", "Edit this tag in the form"),
        _b("d", "delete", "Delete", "delete", "Delete this tag (u undoes)"),
        _b("u", "undo", "Undo", "undo", "Undo the last tag change"),
        _b("ctrl+r", "redo", "Redo", "redo", "Redo the last undone change", show=False),
        _b("l", "link", "Link", "link",
           "Link this tag to another: press l here, then l (or enter) on the other tag"),
        _b("o", "follow", "Follow link", "follow-link",
           "Go to the tag this one is linked to (again: the next link); in another article, "
           "open it there"),
        _b("y", "copy", "Copy citation", "copy", "Copy the tag as a citation"),
        _b("f", "filter", "Filter kind", "filter", "Cycle: all, quotes, stances, claims"),
        _b("1", "only('quote')", "Quotes", "only-quotes", "Show quotes only", show=False),
        _b("2", "only('stance')", "Stances", "only-stances", "Show stances only", show=False),
        _b("3", "only('claim')", "Claims", "only-claims", "Show claims only", show=False),
        _b("0", "only('')", "All kinds", "all-kinds", "Show every kind", show=False),
        _b("escape,a", "close", "Close", "close", "Back to the reader"),
    ]

    def __init__(self, article_ids: list[str]) -> None:
        super().__init__()
        self.article_ids = article_ids
        self.kind: str | None = None
        self.linking: str | None = None
        self.orphan_ids: set[str] = set()

    def compose(self) -> ComposeResult:
        with Vertical(id="tags-box"):
            yield Static(id="tags-title")
            yield VimDataTable(id="tags-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="tags-hint")

    @property
    def table(self) -> DataTable:
        return self.query_one("#tags-table", DataTable)

    #: Fixed widths (cells) of the narrow columns; Fields and Excerpt share the rest. Fixed,
    #: so a row that gains a link mark or a long place never re-flows the others.
    KIND_W, WHERE_W, BY_W = 9, 18, 10

    def on_mount(self) -> None:
        self._columns_for = 0
        self.refresh_rows()
        self.table.focus()
        # any change (here, in a form, an undo) redraws the rows once it is on disk
        self.app.tags_changed.subscribe(self, lambda _: self.refresh_rows())

    def on_resize(self) -> None:
        self.refresh_rows()

    def _set_columns(self) -> None:
        """(Re)create the columns for the table's width: they always fit, no scrolling."""
        t = self.table
        width = max(40, t.size.width or self.size.width)
        if self._columns_for == width:
            return
        self._columns_for = width
        t.clear(columns=True)
        # each column pads a cell either side; the scrollbar takes one more
        rest = max(20, width - self.KIND_W - self.WHERE_W - self.BY_W - 2 * 5 - 2)
        fields_w = rest * 2 // 5
        for key, label, w in (("kind", "Kind", self.KIND_W), ("fields", "Fields", fields_w),
                              ("excerpt", "Excerpt", rest - fields_w),
                              ("where", "Where", self.WHERE_W), ("by", "By", self.BY_W)):
            t.add_column(label, key=key, width=w)

    def tags(self) -> list[Tag]:
        """The open articles' tags, then their orphans (left on an earlier version)."""
        store = self.app.store
        out: list[Tag] = []
        for aid in self.article_ids:
            out += store.tags(article_id=aid, kind=self.kind or None)
        self.orphan_ids = set()
        seen = {t.sid for t in out}
        for aid in self.article_ids:  # two open versions of one article share their orphans
            for t in store.orphans(aid):
                if (self.kind is None or t.kind == self.kind) and t.sid not in seen:
                    out.append(t)
                    seen.add(t.sid)
                    self.orphan_ids.add(t.sid)
        return out

    def refresh_rows(self, keep: str | None = None) -> None:
        store = self.app.store
        t = self.table
        cur = keep or self.current_id()
        row = t.cursor_row
        t.clear()
        self._set_columns()
        many = len(self.article_ids) > 1
        marks = palette(self.app).marks
        for tag in self.tags():
            excerpt = visible(tag.anchor.exact.replace("\n", " "))
            if len(excerpt) > 60:
                excerpt = excerpt[:59] + "…"
            part = tag.anchor.part
            where = "article" if part == "body" else f"comment {short_comment_id(part, 10)}"
            if tag.sid in self.orphan_ids:
                where = f"ORPHAN {where}"  # on an earlier version (the hint says so)
            elif many:
                where = f"{'AB'[self.article_ids.index(tag.anchor.article_id)]} {where}"
            link = f" ↔{len(tag.links)}" if tag.links else ""
            t.add_row(Text(tag.kind + link, style=f"bold {marks[tag.kind]}", no_wrap=True,
                           overflow="ellipsis"),
                      Text(visible(key_fields(tag)), no_wrap=True, overflow="ellipsis"),
                      Text(excerpt, no_wrap=True, overflow="ellipsis"),
                      Text(where, no_wrap=True, overflow="ellipsis"),
                      Text(visible(tag.annotator), style="dim", no_wrap=True,
                           overflow="ellipsis"), key=tag.sid)
        if cur is not None:
            try:
                t.move_cursor(row=t.get_row_index(cur))
            except RowDoesNotExist:  # deleted or filtered out: the cursor keeps its row
                t.move_cursor(row=min(row, t.row_count - 1))
        counts = {k: 0 for k in KINDS}
        for aid in self.article_ids:
            for k, n in store.counts(aid).items():
                counts[k] += n
        title = Text("Tags  ", style="bold")
        title.append(f"quotes {counts['quote']} · stances {counts['stance']} · "
                     f"claims {counts['claim']}")
        if self.kind:
            title.append(f"   showing {self.kind}s only (0: all)", style="dim")
        self.query_one("#tags-title", Static).update(title)
        self._show_hint()

    def _show_hint(self) -> None:
        """The keys, or where the current tag's links lead (``o`` follows them)."""
        hint = Text(style="dim")
        tag = None if self.linking else self.current()
        links = linked_tags(self.app.store, tag) if tag is not None else []
        if self.linking:
            hint.append("LINK: move to the other tag and press l or enter (escape: cancel)")
        elif links and tag is not None:
            here = tag.anchor.article_id
            hint.append(f"↔ {describe_link(self.app.store, links[0], here)}", style="")
            more = f" (+{len(links) - 1} more)" if len(links) > 1 else ""
            hint.append(f"{more}   o follows")
        else:
            hint.append("enter jump · e edit · d delete · u undo · l link · y copy · f filter"
                        + ("  ·  ORPHAN: left on an earlier version of the article"
                           if self.orphan_ids else ""))
        self.query_one("#tags-hint", Static).update(hint)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_hint()

    _followed: tuple[str, int] | None = None  # (tag id, index of the link last followed)

    def action_follow(self) -> None:
        tag = self.current()
        links = linked_tags(self.app.store, tag) if tag is not None else []
        if tag is None or not links:
            self.app.say("This tag has no links (l links it to another)")
            return
        k = 0
        if self._followed is not None and self._followed[0] == tag.sid:
            k = (self._followed[1] + 1) % len(links)
        other = links[k]
        try:
            row = self.table.get_row_index(other.sid)
        except RowDoesNotExist:  # another article (or filtered out): the reader shows it
            self.dismiss(other.sid)
            return
        self.table.move_cursor(row=row)
        self._followed = (other.sid, links_back(other, tag))

    def current_id(self) -> str | None:
        t = self.table
        if not t.row_count:
            return None
        return t.coordinate_to_cell_key(t.cursor_coordinate).row_key.value

    def current(self) -> Tag | None:
        cid = self.current_id()
        return self.app.store.get(cid) if cid else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_jump()

    def action_jump(self) -> None:
        if self.linking:
            self.action_link()
            return
        cid = self.current_id()
        if cid:
            self.dismiss(cid)

    def action_close(self) -> None:
        if self.linking:
            self.linking = None
            self.refresh_rows()
            return
        self.dismiss(None)

    def action_edit(self) -> None:
        from tui.screens.tag_form import TagForm

        tag = self.current()
        if tag is None:
            return
        self.app.push_screen(
            TagForm(tag.kind, tag.anchor, {}, self.app.save_edited_tag, editing=tag),
            lambda saved: self.refresh_rows())

    def action_delete(self) -> None:
        tag = self.current()
        if tag is None:
            return
        # tags_changed redraws the rows too (keeping the cursor's row)
        self.app.bridge.write(lambda: self.app.store.delete(tag.id),
                              lambda result: self._deleted(tag))

    def _deleted(self, tag: Tag) -> None:
        self.app.say(f"Deleted {tag.kind}; u undoes")

    def action_undo(self) -> None:
        # the rows follow (tags_changed)
        self.app.history_step(redo=False, on_screen=self.article_ids)

    def action_redo(self) -> None:
        self.app.history_step(redo=True, on_screen=self.article_ids)

    def action_link(self) -> None:
        tag = self.current()
        if tag is None:
            return
        if self.linking is None:
            self.linking = tag.sid
            self.refresh_rows()
            return
        if tag.sid == self.linking:  # still linking: the other tag is yet to be chosen
            self.app.say("A tag cannot be linked to itself: move to the other tag (escape "
                         "cancels)", severity="warning")
            return
        first = self.app.store.get(self.linking)
        self.linking = None
        if first is None:
            self.refresh_rows()
            return
        changed = []
        if tag.id not in first.links:
            changed.append(first.model_copy(update={"links": [*first.links, tag.id]}))
        if first.id not in tag.links:
            changed.append(tag.model_copy(update={"links": [*tag.links, first.id]}))
        self.app.bridge.write(  # both ends: one undo step
            lambda: self.app.store.update_many(changed, action="link"),
            lambda result: self._linked(first, tag),
            refused=self._not_linked)

    def _not_linked(self, error: Exception) -> None:
        self.app.say(first_line(error), severity="error")
        self.refresh_rows()

    def _linked(self, first: Tag, tag: Tag) -> None:
        self.refresh_rows(keep=tag.sid)
        self.app.say(f"Linked {first.kind} and {tag.kind}")

    def action_copy(self) -> None:
        from annotations.exchange.citation import citation

        tag = self.current()
        if tag is not None:
            article = self.app.store.article(tag.anchor.article_id)
            self.app.copy_text(citation(tag, article), "citation")

    def action_filter(self) -> None:
        order = [None, "quote", "stance", "claim"]
        self.kind = order[(order.index(self.kind) + 1) % len(order)]
        self.refresh_rows()

    def action_only(self, kind: str) -> None:
        self.kind = kind or None
        self.refresh_rows()
