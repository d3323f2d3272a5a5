"""The tag browser's index (no textual): every tag of every current article, read from the
stored records without validating them (each was validated when written), with its outlet,
group and stories, filtered by a query such as

    kind:quote speaker:putin group:"US press" verdict:false alliance

``field:value`` keeps the tags whose field holds ``value`` (case-folded substring); the
fields are kind, speaker (also holder and claimant: ``who``), outlet, group, story,
annotator, label, verdict; other words must all appear in the tag's text, note, labels or
fields. A query that only narrows the one before it is answered from its matches.

The same filters for comments (``CommentIndex``): author, outlet, group, story and text.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from typing import Any

from annotations.model.kind_table import WHO_FIELDS

from . import registry

FIELDS = ("kind", "who", "outlet", "group", "story", "annotator", "label", "verdict")
ALIASES = {"speaker": "who", "holder": "who", "claimant": "who", "by": "annotator",
           "labels": "label", "source": "outlet", "stories": "story", "author": "who"}
SORTS = ("position", "kind", "who", "outlet", "annotator", "updated")


@dataclass(frozen=True)
class Query:
    """A parsed query: field needles and free-text needles (all case-folded)."""

    fields: tuple[tuple[str, str], ...] = ()
    words: tuple[str, ...] = ()

    def narrows(self, other: Query) -> bool:
        """Whether every match of ``self`` is a match of ``other`` (a refinement)."""
        mine = dict(self.fields)
        return all(f in mine and v in mine[f] for f, v in other.fields) and all(
            any(w in mw for mw in self.words) for w in other.words) and len(
            {f for f, _ in self.fields}) == len(self.fields)


def parse_query(text: str, fields: tuple[str, ...] = FIELDS) -> tuple[Query, str | None]:
    """(query, problem or None). An unknown ``field:`` is searched as text and named."""
    try:
        parts = shlex.split(text)
    except ValueError:  # an unclosed quote while typing: read it as plain words
        parts = text.replace('"', " ").replace("'", " ").split()
    fs: list[tuple[str, str]] = []
    ws: list[str] = []
    problem = None
    for p in parts[:64]:
        name, sep, value = p.partition(":")
        key = ALIASES.get(name.casefold(), name.casefold())
        if sep and key in fields:
            if value:
                fs.append((key, value.casefold()))
        else:
            if sep and name and problem is None and not name.startswith("http"):
                problem = f"no field {name[:20]!r}: searched as text"
            ws.append(p.casefold())
    return Query(tuple(fs), tuple(ws)), problem


@dataclass
class _Index:
    """Rows as columns; per field the rows of each distinct value."""

    n: int = 0
    values: dict[str, list[str]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    by_value: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    _last: tuple[Query, int, list[int]] | None = None
    _fields: dict[tuple[str, str], set[int] | None] = field(default_factory=dict)
    _ranked: tuple[int, list[int]] | None = None

    def add_value(self, name: str, row: int, value: str) -> None:
        self.by_value.setdefault(name, {}).setdefault(value.casefold(), []).append(row)

    def _rank(self, order: list[int]) -> list[int]:
        """Each row's place in ``order`` (kept for the last order asked)."""
        if self._ranked is None or self._ranked[0] != id(order):
            rank = [0] * len(order)
            for pos, i in enumerate(order):
                rank[i] = pos
            self._ranked = (id(order), rank)
        return self._ranked[1]

    def _field_rows(self, name: str, needle: str) -> set[int] | None:
        """Rows whose ``name`` holds ``needle`` (None: every row); the last 64 kept."""
        key = (name, needle)
        if key in self._fields:
            return self._fields[key]
        if len(self._fields) >= 64:
            self._fields.pop(next(iter(self._fields)))
        got = self._fields[key] = self._match_field(name, needle)
        return got

    def _match_field(self, name: str, needle: str) -> set[int] | None:
        groups = self.by_value.get(name, {})
        hits = [rows for v, rows in groups.items() if needle in v]
        if len(hits) == len(groups):
            return None  # every row: no narrowing
        out: set[int] = set()
        for rows in hits:
            out.update(rows)
        return out

    def filter(self, q: Query, order: list[int], identity: bool = False) -> list[int]:
        """Rows matching ``q`` in ``order`` (``identity``: ``order`` is 0, 1, 2...)."""
        pool = order
        last = self._last
        if last is not None and last[1] == id(order) and q.narrows(last[0]) and \
                len(last[2]) < len(order):  # (as long: it is ``order``, which is faster)
            pool = last[2]
        cand: set[int] | None = None
        for name, needle in q.fields:
            rows = self._field_rows(name, needle)
            if rows is not None:
                cand = rows if cand is None else cand & rows
        if cand is not None:
            if pool is order and identity:  # ints sort in about linear time from a set
                pool = sorted(cand)
            elif pool is order and len(cand) * 4 < len(order):
                pool = sorted(cand, key=self._rank(order).__getitem__)
            else:
                pool = [i for i in pool if i in cand]
        text = self.text
        for w in q.words:
            pool = [i for i in pool if w in text[i]]
        if pool is order:
            pool = list(order)
        self._last = (q, id(order), pool)
        return pool


def _article_facts(store: Any) -> tuple[dict[str, tuple[str, str]], dict[str, list[str]],
                                        dict[str, str]]:
    reg = registry.read(store)
    stories: dict[str, list[str]] = {}
    for name, ids in reg.stories.items():
        for aid in ids:
            stories.setdefault(aid, []).append(name)
    facts, titles = {}, {}
    for s in store.article_summaries():
        o = reg.outlet_of(s.id, s.source)
        facts[s.id] = (o.name, o.group or "")
        titles[s.id] = s.title
    return facts, stories, titles


class TagIndex:
    """Every tag of the store's current articles, ready to filter (see the module docstring)."""

    def __init__(self, store: Any) -> None:
        from annotations.store.reading_order import sort_by_position

        facts, stories, self.titles = _article_facts(store)
        self.rows: list[dict[str, Any]] = []
        self.ix = _Index()
        for aid in facts:
            docs = sort_by_position(list(store.stored_docs(aid)))
            outlet, group = facts[aid]
            for d in docs:
                self._add(d, aid, outlet, group, stories.get(aid, []))
        self.ix.n = len(self.rows)
        self._orders: dict[str, list[int]] = {"position": list(range(self.ix.n))}

    def _add(self, d: dict[str, Any], aid: str, outlet: str, group: str,
             stories: list[str]) -> None:
        ix = self.ix
        i = len(self.rows)
        kind = str(d.get("kind", ""))
        who = str(next((d[f] for f in WHO_FIELDS if d.get(f)), ""))
        labels = [str(x) for x in d.get("labels") or []]
        a = d.get("anchor") or {}
        row = {"id": str(d.get("id")), "article_id": aid, "part": str(a.get("part", "")),
               "start": a.get("start", 0), "exact": str(a.get("exact", "")), "kind": kind,
               "who": who, "outlet": outlet, "group": group, "annotator":
               str(d.get("annotator", "")), "labels": labels, "verdict": str(d.get("verdict")
                                                                            or ""),
               "updated": str(d.get("updated", "")), "stories": stories}
        self.rows.append(row)
        for name in ("kind", "who", "outlet", "group", "annotator", "verdict"):
            ix.add_value(name, i, row[name])
        for s in stories:
            ix.add_value("story", i, s)
        for lab in labels:
            ix.add_value("label", i, lab)
        fields = [row["exact"], str(d.get("note", "")), " ".join(labels), who,
                  *(str(d.get(f) or "") for f in ("speaker_role", "target", "evidence",
                                                   "claim_type", "polarity"))]
        ix.text.append("\n".join(fields).casefold())

    def __len__(self) -> int:
        return self.ix.n

    def order(self, sort: str) -> list[int]:
        """Row numbers sorted by ``sort`` (one of ``SORTS``; computed once)."""
        got = self._orders.get(sort)
        if got is None:
            rows = self.rows
            if sort == "updated":
                got = sorted(range(len(rows)), key=lambda i: rows[i]["updated"], reverse=True)
            else:
                got = sorted(range(len(rows)), key=lambda i: rows[i][sort].casefold())
            self._orders[sort] = got
        return got

    def search(self, text: str, sort: str = "position") -> tuple[list[int], str | None]:
        """(matching row numbers in ``sort`` order, a problem with the query or None)."""
        q, problem = parse_query(text)
        return self.ix.filter(q, self.order(sort), identity=sort == "position"), problem


class CommentIndex:
    """Every comment of the store's current articles: author, outlet, group, story, text."""

    FIELDS = ("who", "outlet", "group", "story")

    def __init__(self, store: Any) -> None:
        facts, stories, self.titles = _article_facts(store)
        self.rows: list[dict[str, Any]] = []
        self.ix = _Index()
        for aid, (outlet, group) in facts.items():
            view = store.article_view(aid)
            if view is None:
                continue
            for c, _depth in view.walk():
                i = len(self.rows)
                self.rows.append({"article_id": aid, "comment": c.id, "who": c.author,
                                  "outlet": outlet, "group": group, "text": c.text})
                self.ix.add_value("who", i, c.author)
                self.ix.add_value("outlet", i, outlet)
                self.ix.add_value("group", i, group)
                for s in stories.get(aid, []):
                    self.ix.add_value("story", i, s)
                self.ix.text.append(c.text.casefold())
        self.ix.n = len(self.rows)
        self._order = list(range(self.ix.n))

    def __len__(self) -> int:
        return self.ix.n

    def search(self, text: str) -> tuple[list[int], str | None]:
        """(matching row numbers in reading order, a problem or None)."""
        q, problem = parse_query(text, self.FIELDS)
        return self.ix.filter(q, self._order, identity=True), problem
