"""Curating several annotators' tags into one layer (the review screen's core, no UI).

For one article, the units of ``agreement.build_units`` (the curator's own tags left out) are
either *agreeing* (every annotator, same span, same fields) or *disagreements*. Accepting a
version copies it into the curated layer: a new tag by the curator whose ``labels`` gain
``from:<annotator>`` for every annotator whose version it equals (span and fields). A unit is
*resolved* once the curated layer holds a tag of its kind that matches one of its versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import uuid4

from annotations.team.agreement import FIELDS, Unit, build_units, matches, norm
from annotations.util.clock import now_utc

FROM = "from:"


@dataclass
class Review:
    """The units of one article and what the curated layer already holds."""

    annotators: list[str]
    units: list[Unit]  # every unit, in reading order
    curated: list[Any]  # the curator's tags on the article
    threshold: float | None = 0.5

    def resolved(self, unit: Unit) -> bool:
        """Whether the curated layer holds this unit."""
        return any(c.kind == unit.kind and any(matches(c.anchor, t.anchor, self.threshold)
                                               for t in unit.tags.values())
                   for c in self.curated)

    @property
    def disagreements(self) -> list[Unit]:
        """Units where the annotators differ (a span only some tagged, offsets, fields)."""
        return [u for u in self.units if not u.agrees(self.annotators)]

    @property
    def agreeing(self) -> list[Unit]:
        """Units every annotator tagged identically."""
        return [u for u in self.units if u.agrees(self.annotators)]

    def progress(self) -> tuple[int, int]:
        """(resolved, all) of the disagreements."""
        d = self.disagreements
        return sum(self.resolved(u) for u in d), len(d)


def review(store: Any, article_id: str, curator: str, threshold: float | None = 0.5) -> Review:
    """The review of one article's tags (every annotator but the curator)."""
    tags = store.tags(article_id=article_id)
    curated = [t for t in tags if t.annotator == curator]
    others = [t for t in tags if t.annotator != curator]
    names = sorted({t.annotator for t in others})
    return Review(names, build_units(others, threshold), curated, threshold)


def is_curated(tag: Any, curator: str) -> bool:
    """Whether ``tag`` belongs to a curated layer: this store's curator's, or a teammate's
    (a curated copy carries ``from:`` labels whatever the curator's name)."""
    return tag.annotator == curator or any(x.startswith(FROM) for x in tag.labels)


def same_version(a: Any, b: Any) -> bool:
    """Same kind, span and compared fields."""
    return (a.kind == b.kind and (a.anchor.part, a.anchor.start, a.anchor.end) ==
            (b.anchor.part, b.anchor.start, b.anchor.end) and all(
                norm(f, getattr(a, f, None)) == norm(f, getattr(b, f, None))
                for f in FIELDS[a.kind]))


def curated_copy(version: Any, unit: Unit, curator: str, **changes: Any) -> dict[str, Any]:
    """The document of a curated tag taken from ``version`` (with ``changes``)."""
    doc = version.model_dump()
    doc.update(changes)
    proxy = version.model_copy(update=changes) if changes else version
    sources = sorted(a for a, t in unit.tags.items() if same_version(t, proxy))
    labels = [x for x in doc.get("labels", []) if not x.startswith(FROM)]
    now = now_utc()
    doc.update(id=uuid4(), annotator=curator, created=now, updated=now, links=[],
               labels=labels + [FROM + a for a in sources])
    return doc
