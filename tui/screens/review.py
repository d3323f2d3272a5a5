"""The review screen: where several annotators differ on one article, each version side by
side; one key accepts a version into the curated layer, another every unit they agree on."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import ValidationError
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Static

from annotations.errors import StoreError
from annotations.exchange.citation import quoted
from annotations.model.article_view import short_comment_id
from annotations.model.kind_table import BY_KIND
from annotations.team.agreement import FIELDS, agreement
from annotations.team.curation import Review, curated_copy, review
from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.kind_colours import palette
from tui.store_bridge.save_error import SaveError
from tui.widgets.key_footer import KeyFooter
from tui.widgets.vim_table import VimDataTable

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

_b = keyed("review", show=True)
MAX_VERSIONS = 5


def _version_text(name: str, n: int, tag, marks: dict[str, str]) -> Text:
    t = Text(f"{n} {name}\n", style="bold")
    if tag is None:
        t.append("(not tagged)", style="dim italic")
        return t
    a = tag.anchor
    t.append(f"{tag.kind} ", style=f"bold {marks[tag.kind]}")
    t.append(f"{a.start}-{a.end}\n", style="dim")
    t.append("…" + visible(a.prefix.replace("\n", " ")), style="dim")  # the text around it
    t.append(quoted(visible(a.exact.replace("\n", " "))[:200]), style="italic")
    t.append(visible(a.suffix.replace("\n", " ")) + "…\n", style="dim")
    for f in FIELDS[tag.kind]:
        t.append(f"{f}: ", style="dim")
        t.append(visible(str(getattr(tag, f, None) or "-")) + "\n")
    return t


class ReviewScreen(Screen[None]):
    """Curate one article's tags (see the module docstring)."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [
        # the footer shows one hint for all of them: "1-5 Accept version"
        replace(_b("1", "accept(1)", "Accept version", "accept-1",
                   "Copy annotator 1's version of this unit into the curated layer (2-"
                   f"{MAX_VERSIONS}: the others')", show=True),
                key_display=f"1-{MAX_VERSIONS}"),
        *[_b(str(n), f"accept({n})", f"Accept version {n}", f"accept-{n}",
             f"Copy annotator {n}'s version of this unit into the curated layer",
             show=False) for n in range(2, MAX_VERSIONS + 1)],
        _b("A", "accept_agreeing", "Accept agreeing", "accept-agreeing",
           "Accept every unit all annotators tagged identically (one undo step)"),
        _b("e", "edit", "Edit, accept", "edit",
           "Edit the first annotator's version in the form, then accept it"),
        _b("u", "undo", "Undo", "undo", "Undo the last change (curated tags too)"),
        _b("ctrl+r", "redo", "Redo", "redo", "Redo the last undone change", show=False),
        _b("escape", "back", "Back", "back", "Back to the library"),
    ]

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.state: Review | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="review-title")
        yield Static(id="review-figures")
        yield VimDataTable(id="review-units", cursor_type="row", zebra_stripes=True)
        yield Horizontal(id="review-versions")
        yield KeyFooter()

    @property
    def table(self) -> DataTable:
        return self.query_one("#review-units", DataTable)

    @property
    def curator(self) -> str:
        return self.app.settings.curator

    def on_mount(self) -> None:
        t = self.table
        for key, label, w in (("n", "#", 4), ("kind", "Kind", 7), ("where", "Where", 14),
                              ("who", "Tagged by", 22), ("state", "State", 10),
                              ("text", "Text", None)):
            t.add_column(label, key=key, width=w)
        self.app.tags_changed.subscribe(self, lambda _: self.reload())
        self.reload()
        t.focus()

    def reload(self) -> None:
        """Recompute the units from the store and redraw everything."""
        store = self.app.store
        self.state = review(store, self.article_id, self.curator)
        st = self.state
        t = self.table
        keep: int = t.cursor_row if t.row_count else 0
        t.clear()
        for i, u in enumerate(st.disagreements, 1):
            where = "body" if u.part == "body" else f"comment {short_comment_id(u.part, 10)}"
            first = next(iter(u.tags.values()))
            done = st.resolved(u)
            t.add_row(str(i), u.kind, where, Text(", ".join(sorted(u.tags))),
                      Text("resolved" if done else "open", style="green" if done else "bold"),
                      Text(visible(first.anchor.exact.replace("\n", " "))[:120],
                           no_wrap=True, overflow="ellipsis"), key=str(i))
        if t.row_count:
            t.move_cursor(row=min(keep, t.row_count - 1))
        resolved, total = st.progress()
        article = store.article(self.article_id)
        title = Text(visible(article.title if article is not None else self.article_id),
                     style="bold")
        title.append(f"   {resolved} of {total} resolved · annotators "
                     f"{', '.join(st.annotators) or '-'} · curated as {self.curator}",
                     style="dim")
        self.query_one("#review-title", Static).update(title)
        self.query_one("#review-figures", Static).update(self._figures())
        self._show_versions()

    def _figures(self) -> Text:
        st = self.state
        out = Text()
        if st is None or len(st.annotators) < 2:
            return Text("agreement: needs two or more annotators", style="dim")
        tags = [t for u in st.units for t in u.tags.values()]
        rep = agreement(tags, st.annotators)
        for kind in ("quote", "stance", "claim"):
            if not rep.units[kind]:
                continue
            f1s = [p.f1 for p in rep.pairs[kind] if p.f1 is not None]
            alpha, n = rep.multi[kind]["span"]["alpha"]
            out.append(f"{kind}s: {rep.units[kind]} units · mean pair F1 "
                       f"{sum(f1s) / len(f1s):.2f} · α span "
                       f"{'-' if alpha is None else f'{alpha:.2f}'} ({n})   ")
        return out

    def current(self):  # the unit under the cursor
        st = self.state
        t = self.table
        if st is None or not t.row_count:
            return None
        return st.disagreements[t.cursor_row]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_versions()

    def _show_versions(self) -> None:
        box = self.query_one("#review-versions", Horizontal)
        box.remove_children()
        unit = self.current()
        if unit is None or self.state is None:
            box.mount(Static(Text("Nothing to review: the annotators agree everywhere "
                                  "(A accepts what they agree on).", style="dim")))
            return
        marks = palette(self.app).marks
        for n, name in enumerate(self.state.annotators[:MAX_VERSIONS], 1):
            box.mount(Static(_version_text(name, n, unit.tags.get(name), marks),
                             classes="review-version"))

    # -- actions ------------------------------------------------------------------------------

    def _save(self, docs: list[dict], saved: str, then=None) -> None:
        """Store curated copies in the app's write queue; say ``saved`` (and run ``then``)
        once they are on disk, or the one line that says why not."""
        def done(result: object) -> None:
            self.app.say(saved)
            if then is not None:
                then()

        self.app.bridge.write(lambda: self.app.store.add_many(docs, action="curate"), done)

    def action_accept(self, n: int) -> None:
        unit, st = self.current(), self.state
        if unit is None or st is None or n > len(st.annotators):
            return
        name = st.annotators[n - 1]
        version = unit.tags.get(name)
        if version is None:
            self.app.say(f"{name} did not tag this unit", severity="warning")
            return
        self._save([curated_copy(version, unit, self.curator)], f"Accepted {name}'s version",
                   self._next_open)

    def action_accept_agreeing(self) -> None:
        st = self.state
        if st is None:
            return
        todo = [u for u in st.agreeing if not st.resolved(u)]
        if not todo:
            self.app.say("No agreeing unit left to accept")
            return
        docs = [curated_copy(next(iter(u.tags.values())), u, self.curator) for u in todo]
        self._save(docs, f"Accepted {len(docs)} unit(s) every annotator agrees on")

    def action_edit(self) -> None:
        from tui.screens.tag_form import TagForm

        unit, st = self.current(), self.state
        if unit is None or st is None:
            return
        name, version = next((a, unit.tags[a]) for a in st.annotators if a in unit.tags)

        def save(data: dict):  # the form's save function
            changes = {k: v for k, v in data.items() if k not in ("kind", "anchor")}
            try:
                doc = curated_copy(version, unit, self.curator, **changes)
                tag = self.app.store.add(doc)
            except ValidationError as e:
                return SaveError.from_validation(e)
            except (StoreError, ValueError) as e:
                return SaveError(None, str(e))
            return tag  # the form's write publishes tags_changed

        fields = {f: getattr(version, f) for f in BY_KIND[version.kind].names}
        self.app.push_screen(TagForm(version.kind, version.anchor, fields, save))

    def _next_open(self) -> None:
        st, t = self.state, self.table
        if st is None:
            return
        for i, u in enumerate(st.disagreements):
            if i > t.cursor_row and not st.resolved(u):
                t.move_cursor(row=i)
                return

    def action_undo(self) -> None:
        self.app.history_step(redo=False, on_screen=[self.article_id])

    def action_redo(self) -> None:
        self.app.history_step(redo=True, on_screen=[self.article_id])

    def action_back(self) -> None:
        self.app.pop_screen()
