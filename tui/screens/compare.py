"""The comparison screen (``C`` in the library): how the outlets of a story framed it —
sources, shared statements, claims, readers and distinctive words — as charts and tables.
The figures are computed in a worker (``annotations.compare``); ``a`` on a proposed shared
statement accepts it (its tags link to each other, one undo step)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from annotations.model.kind_table import choice_fields
from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.widgets.bar_chart import BarChart
from tui.widgets.key_footer import KeyFooter
from tui.widgets.vim_table import VimDataTable

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

_b = keyed("compare", show=True)
TOP_SPEAKERS = 12
#: Rows a table on the screen shows at most (a story of 50 articles has 12,000 quotes).
ROWS_SHOWN = 200
#: Paragraph reaction charts shown (the busiest threads first).
PARAGRAPH_CHARTS = 6


def cell(value: Any, width: int | None = None) -> Text:
    """A table cell: untrusted text as plain ``Text`` (one line, shortened to ``width``)."""
    text = "" if value is None else visible(" ".join(str(value).split()))
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return Text(text, no_wrap=True, overflow="ellipsis")


def fill(table: DataTable, header: list[tuple[str, int | None]], rows: list[list[Any]]) -> None:
    """Columns (label, width) and rows, every cell a ``Text``."""
    table.clear(columns=True)
    for label, w in header:
        table.add_column(label, width=w)
    for r in rows:
        table.add_row(*(cell(v, w) for v, (_l, w) in zip(r, header, strict=True)))


def _meta_line(report: dict[str, Any], key: str) -> Text:
    m = report.get(f"{key}_meta") or {}
    t = Text(f"{m.get('tags', 0)} tags · {visible(report['layer'])}", style="dim")
    for f, a in (m.get("alpha") or {}).items():
        v = "-" if a["value"] is None else f"{a['value']:.2f}"
        t.append(f" · α {f} {v} ({a['units']})", style="dim")
    return t


class CompareScreen(Screen[None]):
    """See the module docstring."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    DEFAULT_CSS = """
    CompareScreen #compare-title { dock: top; height: 1; padding: 0 1; background: $panel; }
    CompareScreen #compare-tabs { height: 1fr; }
    CompareScreen TabPane { height: 1fr; padding: 0; }
    CompareScreen TabPane > VerticalScroll { height: 1fr; }
    CompareScreen DataTable { height: auto; max-height: 24; margin-bottom: 1; }
    """
    BINDINGS = [
        _b("a", "accept", "Accept statement", "accept",
           "Accept the highlighted shared statement: link its tags (one undo step)"),
        _b("r", "recompute", "Recompute", "recompute", "Compute the figures again"),
        _b("escape", "back", "Back", "back", "Back to the library"),
    ]

    class Computed(Message):
        """One figure from the worker (``name`` None: the head; ``error``: it failed)."""

        def __init__(self, name: str | None, part: dict[str, Any] | None,
                     error: str | None = None) -> None:
            super().__init__()
            self.name = name
            self.part = part
            self.error = error

    def __init__(self, targets: list[str]) -> None:
        super().__init__()
        self.targets = targets
        self.report: dict[str, Any] | None = None  # once every figure is in
        self._partial: dict[str, Any] = {}
        self._reactions: list[tuple[str, str]] = []  # the reactions table's rows

    @property
    def article_ids(self) -> list[str]:
        """The compared articles (the export screen offers them)."""
        return [a["id"] for a in self._partial.get("articles", [])]

    def compose(self) -> ComposeResult:
        yield Static(Text("Computing the comparison…", style="dim"), id="compare-title")
        with TabbedContent(id="compare-tabs"):
            for name in ("Sources", "Statements", "Claims", "Readers", "Words"):
                with TabPane(name, id=f"tab-{name.lower()}"):
                    yield VerticalScroll(id=f"pane-{name.lower()}")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.compute()

    @work(thread=True, exclusive=True, group="compare")
    def compute(self) -> None:
        """Compute the figures off the UI thread; each comes back as a message when ready."""
        from annotations.compare.registry import RegistryError
        from annotations.compare.report import figures, head
        from annotations.compare.scope import build_scope
        from annotations.errors import StoreError

        try:
            scope = build_scope(self.app.store, self.targets,
                                keep_derived=not self.app.store.readonly)
            self.post_message(self.Computed(None, head(scope)))
            for name, part in figures(scope):
                self.post_message(self.Computed(name, part))
        except (RegistryError, StoreError) as e:
            self.post_message(self.Computed(None, None, str(e)))

    async def on_compare_screen_computed(self, event: Computed) -> None:
        if event.part is None:
            self.query_one("#compare-title", Static).update(
                Text(visible(event.error or "cannot compare"), style="bold red"))
            return
        if event.name is None:
            self._partial = dict(event.part)
        else:
            self._partial.update(event.part)
        await self._show(self._partial, event.name)
        if event.name == "words":
            self.report = self._partial

    async def _show(self, rep: dict[str, Any], figure: str | None) -> None:
        arts = [a for a in rep["articles"] if a["thread_of"] is None]
        title = Text(visible(f"Story {rep['story']}" if rep["story"] else "Comparison"),
                     style="bold")
        title.append(f" · {len(arts)} articles · {visible(rep['layer'])}", style="dim")
        if figure != "words":
            title.append(" · computing…", style="dim italic")
        self.query_one("#compare-title", Static).update(title)
        names = {a["id"]: a["outlet"] or a["id"][:8] for a in rep["articles"]}
        pane = {"sources": "sources", "shared": "statements", "claims": "claims",
                "readers": "readers", "words": "words"}.get(figure or "")
        if pane is None:
            return
        await self.query_one(f"#pane-{pane}", VerticalScroll).remove_children()
        if figure == "sources":
            self._sources(rep, arts, names)
        elif figure == "shared":
            self._statements(rep, names)
        elif figure == "claims":
            self._claims(rep, arts, names)
        elif figure == "readers":
            self._readers(rep, names)
        else:
            self._words(rep)

    def _pane(self, name: str) -> VerticalScroll:
        return self.query_one(f"#pane-{name}", VerticalScroll)

    def _table(self, pane: VerticalScroll, tid: str,
               header: Sequence[tuple[str, int | None]],
               rows: list[list[Any]]) -> DataTable:
        t: DataTable = VimDataTable(id=tid, cursor_type="row", zebra_stripes=True)
        pane.mount(t)
        fill(t, list(header), rows[:ROWS_SHOWN])
        if len(rows) > ROWS_SHOWN:
            pane.mount(Static(Text(f"first {ROWS_SHOWN} of {len(rows)} rows shown · threadmark "
                                   "compare --csv DIR writes them all", style="dim")))
        return t

    def _sources(self, rep: dict[str, Any], arts: list[dict], names: dict[str, str]) -> None:
        pane = self._pane("sources")
        pane.mount(Static(_meta_line(rep, "speakers")))
        sp = rep["speakers"][:TOP_SPEAKERS]
        pane.mount(BarChart("Quotes per speaker and outlet", [s["speaker"] for s in sp],
                            [(names[a["id"]], [s["articles"].get(a["id"], {}).get("quotes", 0)
                                               for s in sp]) for a in arts],
                            id="chart-speakers"))
        header = [("Speaker", 22), ("Kind", 8)] + [(names[a["id"]][:12], 12) for a in arts]
        rows = []
        for s in rep["speakers"]:
            row: list[Any] = [s["speaker"], s["kind"]]
            for a in arts:
                c = s["articles"].get(a["id"])
                row.append(f"{c['quotes']}q {c['words']}w" if c else "— omitted")
            rows.append(row)
        self._table(pane, "table-speakers", header, rows)
        kinds = ("official", "expert", "citizen", "unnamed", "other")
        self._table(pane, "table-outlets", [("Outlet", 18), ("Speakers", 8), ("Quotes", 6)] +
                    [(k, 8) for k in kinds],
                    [[names[o["article_id"]], o["distinct_speakers"], o["quotes"],
                      *(("-" if o["share_by_kind"][k] is None else
                         f"{100 * o['share_by_kind'][k]:.0f}%") for k in kinds)]
                     for o in rep["outlets"]])

    def _statements(self, rep: dict[str, Any], names: dict[str, str]) -> None:
        pane = self._pane("statements")
        pane.mount(Static(_meta_line(rep, "shared")))
        rows = [[i, s["speaker"], "accepted" if s["accepted"] else "proposed",
                 len({m["article_id"] for m in s["members"]}), f"{s['score']:.2f}",
                 " | ".join(f"{names[m['article_id']]}: {m['exact']}" for m in s["members"])]
                for i, s in enumerate(rep["shared"], 1)]
        self._table(pane, "table-shared", [("#", 3), ("Speaker", 18), ("State", 9),
                                           ("Outlets", 7), ("Score", 5), ("Wording", 80)], rows)
        pane.mount(Static(id="statement-detail"))
        self._detail(0)
        only = rep["unshared"]
        pane.mount(Static(Text(f"Reported by one outlet only: {len(only)}", style="bold")))
        self._table(pane, "table-unshared", [("Outlet", 14), ("Speaker", 18), ("Text", 80)],
                    [[names[u["article_id"]], u["speaker"], u["exact"]] for u in only])

    def _detail(self, row: int) -> None:
        rep = self._partial if "shared" in self._partial else None
        box = self.query("#statement-detail")
        if rep is None or not box:
            return
        names = {a["id"]: a["outlet"] or a["id"][:8] for a in rep["articles"]}
        if not rep["shared"]:
            box.first(Static).update(Text("No statement reported by two outlets (yet).",
                                          style="dim"))
            return
        s = rep["shared"][min(row, len(rep["shared"]) - 1)]
        t = Text()
        t.append(visible(s["speaker"]), style="bold")
        t.append(f" · {s['why']}\n", style="dim")
        for m in s["members"]:
            t.append(visible(names[m["article_id"]]) + ": ", style="bold")
            t.append(visible(m["speaker"]) + " — ", style="dim")
            t.append("“" + visible(" ".join(m["exact"].split())) + "”\n")
        box.first(Static).update(t)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "table-shared":
            self._detail(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "table-reactions" and \
                event.cursor_row < len(self._reactions):
            from tui.screens.open_at import open_at_comment

            event.stop()
            open_at_comment(self.app, *self._reactions[event.cursor_row])

    def _comment_text(self, article_id: str, comment_id: str) -> str:
        """A comment's text (from the store's plain view of the article)."""
        view = self.app.store.article_view(article_id)
        c = view.comment(comment_id) if view is not None else None
        return c.text if c is not None else ""

    def _claims(self, rep: dict[str, Any], arts: list[dict], names: dict[str, str]) -> None:
        pane = self._pane("claims")
        pane.mount(Static(_meta_line(rep, "claims")))
        types = sorted({c["claim_type"] for c in rep["claims"]})
        pane.mount(BarChart("Claims per outlet by type", [names[a["id"]] for a in arts],
                            [(ct, [sum(c["count"] for c in rep["claims"] if c["article_id"] ==
                                       a["id"] and c["claim_type"] == ct) for a in arts])
                             for ct in types], stacked=True, id="chart-claims"))
        rows = [[names[c["article_id"]], f, v, n] for c in rep["claims_by_field"]
                for f in choice_fields("claim") for v, n in c[f].items()]
        self._table(pane, "table-claims", [("Outlet", 18), ("Field", 12), ("Value", 14),
                                           ("Count", 6)], rows)
        pane.mount(Static(Text("Claims no other outlet makes", style="bold")))
        self._table(pane, "table-claims-only", [("Outlet", 14), ("Type", 11), ("Verdict", 11),
                                                ("Claim", 80)],
                    [[names[c["article_id"]], c["claim_type"], c["verdict"], c["exact"]]
                     for c in rep["claims_only_one"]])

    def _readers(self, rep: dict[str, Any], names: dict[str, str]) -> None:
        pane = self._pane("readers")
        pane.mount(Static(_meta_line(rep, "readers")))
        self._table(pane, "table-readers", [("Outlet", 18), ("Comments", 8), ("Tagged", 6),
                                            ("Stance tags", 11)],
                    [[names[r["article_id"]], r["comments"], r["tagged"], r["stance_tags"]]
                     for r in rep["readers"]])
        stances = [(f"{names[r['article_id']]}: {s['target']}", s) for r in rep["readers"]
                   for s in r["stances"]][:20]
        pane.mount(BarChart("Stance polarity per thread and target", [x[0] for x in stances],
                            [(p, [x[1][p] for x in stances])
                             for p in ("favor", "against", "neutral")], stacked=True,
                            id="chart-stances"))
        busiest = sorted((r for r in rep["readers"] if r["comments"]),
                         key=lambda r: -r["comments"])
        if len(busiest) > PARAGRAPH_CHARTS:
            pane.mount(Static(Text(f"Paragraph reactions of the {PARAGRAPH_CHARTS} busiest "
                                   f"threads of {len(busiest)} (all: compare --csv)",
                                   style="dim")))
        for r in busiest[:PARAGRAPH_CHARTS]:
            paras = r["paragraphs"]
            pane.mount(BarChart(f"Comments reacting to each paragraph: {names[r['article_id']]}",
                                [f"¶{p['paragraph']} {' '.join(p['text'].split())}"
                                 for p in paras],
                                [("comments", [p["count"] for p in paras])],
                                classes="chart-paragraphs"))
        reacting = [(r, p, c) for r in rep["readers"] for p in r["paragraphs"]
                    for c in p["comments"]]
        pane.mount(Static(Text("Comments that quote or echo a paragraph (enter: open the "
                               "thread at the comment)", style="bold")))
        self._reactions = [(c["article_id"], c["comment"]) for _r, _p, c in reacting]
        self._table(pane, "table-reactions", [("Outlet", 14), ("¶", 3), ("Commenter", 16),
                                              ("Comment", 40)],
                    [[names[r["article_id"]], p["paragraph"], c["author"],
                      self._comment_text(c["article_id"], c["comment"])
                      if k < ROWS_SHOWN else ""] for k, (r, p, c) in enumerate(reacting)])
        self._table(pane, "table-commenters", [("Outlet", 18), ("Commenter", 24),
                                               ("Comments", 8)],
                    [[names[r["article_id"]], c["author"], c["comments"]]
                     for r in rep["readers"] for c in r["commenters"]])

    def _words(self, rep: dict[str, Any]) -> None:
        pane = self._pane("words")
        pane.mount(Static(Text("Distinctive words per outlet group (log-odds ratio, "
                               "informative Dirichlet prior; z > 1.96 is notable)",
                               style="dim")))
        self._table(pane, "table-words", [("Group", 18), ("Lang", 4), ("Word", 18),
                                          ("z", 6), ("Count", 5), ("Others", 6)],
                    [[w["group"], w["language"], w["word"], f"{w['z']:.2f}", w["count"],
                      w["count_rest"]] for w in rep["words"]])

    # -- actions ----------------------------------------------------------------------------

    def action_accept(self) -> None:
        rep = self._partial if "shared" in self._partial else None
        tables = self.query("#table-shared")
        if rep is None or not tables or not rep["shared"]:
            self.app.say("No shared statement to accept", severity="warning")
            return
        if self.app.readonly:
            self.app.say("The store is open read-only", severity="warning")
            return
        t = tables.first(DataTable)
        st = rep["shared"][min(t.cursor_row, len(rep["shared"]) - 1)]
        if st["accepted"]:
            self.app.say("Already accepted")
            return
        sid, targets, store = st["id"], self.targets, self.app.store

        def job() -> int:
            from annotations.compare.scope import build_scope
            from annotations.compare.shared import accept, statements

            found, _ = statements(build_scope(store, targets))
            match = next((s for s in found if s.id == sid), None)
            return len(accept(store, match)) if match is not None else -1

        def done(result: int) -> None:
            if result == -1:
                self.app.say("That statement changed; recomputed", severity="warning")
            else:
                self.app.say(f"Accepted: {result} tags linked")
            self.compute()

        self.app.bridge.write(job, done, changes_tags=lambda result: result != -1)

    def action_recompute(self) -> None:
        self.compute()

    def action_back(self) -> None:
        self.app.pop_screen()
