"""What a comparison counts: the articles of a story (or the ids given), the discussion threads
about them, and whose tags.

Whose tags: the curated layer when there is one (tags carrying ``from:<annotator>`` labels,
written by the review screen), else one annotator when asked, else every annotator's tags
(``layer`` says which). With two or more annotators (the curator left out) Krippendorff's
alpha of each field (``threadmark agree``'s figure) goes beside the figures that depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import registry
from .derived import DerivedData
from .registry import Outlet, RegistryError

#: (kind, field) pairs whose agreement the comparison shows.
ALPHA_FIELDS = {
    "quote": ("span", "speaker", "mode"),
    "stance": ("span", "polarity", "target"),
    "claim": ("span", "claim_type", "checkworthy", "verdict"),
}


@dataclass
class Member:
    """One article of the comparison (or a thread discussing one: ``thread_of``)."""

    article: Any  # an annotations.model.article.Article
    outlet: Outlet
    thread_of: str | None = None

    @property
    def id(self) -> str:
        return str(self.article.id)

    @property
    def language(self) -> str:
        """The outlet's language as the analyst set it, else the article's, else "und"."""
        return (self.outlet.language or self.article.language or "und").casefold()

    @property
    def group(self) -> str:
        """The outlet's group, else the outlet's name (each outlet a group of its own)."""
        return self.outlet.group or self.outlet.name or "(no outlet)"

    def as_json(self) -> dict[str, Any]:
        a = self.article
        return {"id": self.id, "title": a.title, "outlet": self.outlet.name or None,
                "group": self.group, "language": self.language,
                "country": self.outlet.country, "thread_of": self.thread_of}


@dataclass
class Scope:
    """The articles compared, the tags counted, and the agreement behind them."""

    story: str | None
    members: list[Member]
    tags: list[Any]
    layer: str
    annotators: list[str]
    alpha: dict[str, dict[str, tuple[float | None, int]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: figures of the texts kept beside the store (none kept for a scope made by hand)
    derived: DerivedData = field(default_factory=lambda: DerivedData(None))
    #: what several figures read, worked out once (``sources.body_quotes``)
    memo: dict[str, Any] = field(default_factory=dict)

    def member(self, article_id: str) -> Member | None:
        return self._members.get(article_id)

    def tags_of(self, article_id: str, kind: str | None = None) -> list[Any]:
        return [t for t in self._by_article.get(article_id, ())
                if kind is None or t.kind == kind]

    def __post_init__(self) -> None:
        self._members = {m.id: m for m in self.members}
        self._by_article: dict[str, list[Any]] = {}
        for t in self.tags:
            self._by_article.setdefault(t.anchor.article_id, []).append(t)


def resolve_ids(store: Any, targets: list[str], reg: registry.Registry) -> tuple[str | None,
                                                                                 list[str]]:
    """(story name or None, article ids) of ``STORY`` or ``ARTICLE_ID...``."""
    if len(targets) == 1 and targets[0] in reg.stories:
        return targets[0], list(reg.stories[targets[0]])
    known = set(store.article_ids(include_superseded=True))
    ids = []
    for t in targets:
        if t in reg.stories:
            ids.extend(reg.stories[t])
        elif t in known:
            ids.append(t)
        else:
            raise RegistryError(f"{store.path}: no story or article {t[:60]!r}")
    return None, list(dict.fromkeys(ids))


def _threads(store: Any, ids: list[str]) -> dict[str, str]:
    """Discussion threads in the store about the articles ``ids``: thread id -> article id."""
    from annotations.sources.urls import page_key

    summaries = store.article_summaries()
    wanted = set(ids)
    by_url = {page_key(s.url): s.id for s in summaries if s.id in wanted and s.url}
    out = {}
    for s in summaries:
        if s.discusses and s.id not in wanted:
            of = by_url.get(page_key(s.discusses))
            if of is not None:
                out[s.id] = of
    return out


def curators(tags: list[Any]) -> list[str]:
    """Annotators whose tags carry ``from:`` labels (the curated layer's authors)."""
    from annotations.team.curation import FROM

    return sorted({t.annotator for t in tags
                   if t.labels and any(x.startswith(FROM) for x in t.labels)})


def build_scope(store: Any, targets: list[str], annotator: str | None = None, *,
                keep_derived: bool = True) -> Scope:
    """The scope of ``compare STORY|ARTICLE_ID...`` (``RegistryError`` for an unknown one).
    ``keep_derived=False`` (``--read-only``) reads the derived data but never writes it."""
    reg = registry.read(store)
    story, ids = resolve_ids(store, targets, reg)
    members: list[Member] = []
    problems = list(reg.problems)
    threads = _threads(store, ids)
    for aid, of in [*((i, None) for i in ids), *threads.items()]:
        # plain objects (no pydantic for 50,000 comments), the comment tree read when used
        art = store.article_view(aid, comments_later=True)
        if art is None:
            problems.append(f"article {aid}: not readable in the store (left out)")
            continue
        members.append(Member(art, reg.outlet_of(aid, art.source), of))
    from .lite import lite_tags

    every = [t for m in members for t in lite_tags(store, m.id, problems)]
    names = sorted({t.annotator for t in every})
    cur = curators(every)
    if annotator is not None:
        if annotator not in names:
            raise RegistryError(f"no tags by {annotator[:40]!r} in these articles")
        tags = [t for t in every if t.annotator == annotator]
        layer = f"tags of {annotator}"
    elif cur:
        tags = [t for t in every if t.annotator in cur]
        layer = f"curated layer ({', '.join(cur)})"
    else:
        tags = every
        layer = "tags of " + (", ".join(names) if names else "nobody yet")
    scope = Scope(story, members, tags, layer, names, problems=problems,
                  derived=DerivedData(store.path, writable=keep_derived))
    others = [t for t in every if t.annotator not in cur]
    if len({t.annotator for t in others}) >= 2:
        from annotations.team.agreement import agreement

        rep = agreement(others)
        scope.alpha = {k: {f: rep.multi[k][f]["alpha"] for f in fs if f in rep.multi[k]}
                       for k, fs in ALPHA_FIELDS.items()}
    return scope
