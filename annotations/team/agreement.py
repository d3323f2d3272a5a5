"""Agreement between annotators: matched spans, per-pair span F1 and Cohen's kappa, and across
all annotators Fleiss' kappa and Krippendorff's alpha (nominal) on units.

Units: the tags of one kind on one part (the body or a comment). Two annotators' tags match
exactly (same offsets) or by overlap (intersection over union ≥ ``threshold``, 0.5 by
default). Across annotators, tags that match join one *unit*; each annotator contributes at
most one value per unit (their first matching tag).

The coefficients come from NLTK's ``nltk.metrics.agreement.AnnotationTask`` (Apache 2.0):
``kappa_pairwise`` (Cohen), ``pi`` (Fleiss' kappa: Scott's pi for many coders) and ``alpha``
(Krippendorff; a unit with one value contributes nothing). Names and free-text fields
(speaker, holder, target) are compared after folding case and whitespace.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotations.model.kind_table import KINDS as KIND_DECLS
from annotations.model.kind_table import choice_fields, required_text_fields

#: The fields compared on matched units, per kind ("span": tagged or not): its choices that
#: must be given, then its free text that must be (``kind_table``).
FIELDS = {d.kind: choice_fields(d.kind) + required_text_fields(d.kind) for d in KIND_DECLS}
FREE_TEXT = frozenset(f for d in KIND_DECLS for f in required_text_fields(d.kind))
NOT_TAGGED = "(not tagged)"


def norm(field_name: str, value: Any) -> Any:
    """A field's value as compared: free text folded (case, whitespace)."""
    if value is None:
        return None
    if field_name in FREE_TEXT:
        return " ".join(str(value).split()).casefold()
    return value


def overlap(a: Any, b: Any) -> float:
    """Intersection over union of two anchors' spans (0 on different parts or articles)."""
    if a.part != b.part or a.article_id != b.article_id:
        return 0.0
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / (max(a.end, b.end) - min(a.start, b.start))


def matches(a: Any, b: Any, threshold: float | None) -> bool:
    """Exact offsets (``threshold`` None), else overlap ≥ threshold."""
    if threshold is None:
        return (a.article_id, a.part, a.start, a.end) == (b.article_id, b.part, b.start, b.end)
    return overlap(a, b) >= threshold


@dataclass
class Unit:
    """Matching tags of several annotators: ``tags[annotator]`` is that one's version."""

    kind: str
    part: str
    tags: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        """Where the unit starts: its first tag's start (tags join in reading order)."""
        return next(iter(self.tags.values())).anchor.start

    def values(self, field_name: str) -> dict[str, Any]:
        """Each annotator's value of a field (``span``: tagged or not)."""
        if field_name == "span":
            return {a: "tagged" for a in self.tags}
        return {a: norm(field_name, getattr(t, field_name, None)) for a, t in self.tags.items()}

    def agrees(self, annotators: list[str]) -> bool:
        """Every annotator tagged it, with the same span and the same field values."""
        if set(self.tags) != set(annotators):
            return False
        spans = {(t.anchor.start, t.anchor.end) for t in self.tags.values()}
        return len(spans) == 1 and all(
            len({repr(v) for v in self.values(f).values()}) == 1 for f in FIELDS[self.kind])


def _finder(parent: list[int]):  # a closure over one union-find forest
    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    return find


def build_units(tags: Iterable[Any], threshold: float | None) -> list[Unit]:
    """Units of matching tags (per kind and part), in reading order."""
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for t in tags:  # a unit never spans two articles (the same offsets in another text)
        groups.setdefault((t.kind, t.anchor.article_id, t.anchor.part), []).append(t)
    units: list[Unit] = []
    for (kind, _article, part), group in groups.items():
        group.sort(key=lambda t: (t.anchor.start, t.anchor.end))
        spans = [(t.anchor.start, t.anchor.end, t.annotator) for t in group]
        parent = list(range(len(group)))
        find = _finder(parent)
        active: list[int] = []  # tags whose span may still overlap what comes next
        for i, (ts, te, who) in enumerate(spans):
            active = [j for j in active if spans[j][1] > ts]
            for j in active:
                us, ue, other = spans[j]
                if other == who:
                    continue
                if threshold is None:
                    same = (us, ue) == (ts, te)
                else:  # spans sorted by start: us <= ts
                    inter = min(ue, te) - ts
                    same = inter > 0 and inter / (max(ue, te) - us) >= threshold
                if same:
                    parent[find(i)] = find(j)
            active.append(i)
        clusters: dict[int, Unit] = {}
        for i, t in enumerate(group):
            unit = clusters.setdefault(find(i), Unit(kind, part))
            unit.tags.setdefault(t.annotator, t)  # an annotator's first matching tag
        units.extend(clusters.values())
    units.sort(key=lambda u: (u.part != "body", u.part, u.start, u.kind))
    return units


@dataclass
class PairFigures:
    """Two annotators on one kind: span precision/recall/F1 and Cohen's kappa per field."""

    a: str
    b: str
    tags_a: int
    tags_b: int
    matched: int
    kappa: dict[str, tuple[float | None, int]]  # field -> (kappa, matched units behind it)

    @property
    def precision(self) -> float | None:  # b against a as the reference
        return self.matched / self.tags_b if self.tags_b else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.tags_a if self.tags_a else None

    @property
    def f1(self) -> float | None:
        n = self.tags_a + self.tags_b
        return 2 * self.matched / n if n else None


def _pair_matches(ta: list[Any], tb: list[Any], threshold: float | None) -> list[tuple]:
    """One-to-one matches of two annotators' tags on one part, best overlap first (greedy).
    Candidates come from a bisect on start offsets: O(n log n) for ordinary spans."""
    tb = sorted(tb, key=lambda t: t.anchor.start)
    spans_b = [(t.anchor.start, t.anchor.end) for t in tb]
    starts = [s for s, _ in spans_b]
    longest = max((e - s for s, e in spans_b), default=0)
    cands = []
    for i, x in enumerate(ta):
        xs, xe = x.anchor.start, x.anchor.end
        for j in range(bisect_left(starts, xs - longest), bisect_left(starts, xe)):
            ys, ye = spans_b[j]
            if threshold is None:
                if (xs, xe) == (ys, ye):
                    cands.append((-1.0, i, j))
                continue
            inter = min(xe, ye) - max(xs, ys)
            if inter > 0:
                iou = inter / (max(xe, ye) - min(xs, ys))
                if iou >= threshold:
                    cands.append((-iou, i, j))
    cands.sort()
    used_a, used_b, out = set(), set(), []
    for _, i, j in cands:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((ta[i], tb[j]))
    return out


def _by_part(tags: list[Any]) -> dict[tuple[str, str], list[Any]]:
    out: dict[tuple[str, str], list[Any]] = {}
    for t in tags:  # per article and part: the same offsets in two articles never match
        out.setdefault((t.anchor.article_id, t.anchor.part), []).append(t)
    return out


def cohen(pairs: list[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of paired values (None when undefined: no pairs, or one category)."""
    if not pairs:
        return None
    data = [(c, i, v) for i, (x, y) in enumerate(pairs) for c, v in
            (("a", x), ("b", y))]
    if len({d[2] for d in data}) < 2:
        return 1.0  # all the same value: perfect agreement, though kappa is 0/0
    return _task(data).kappa_pairwise("a", "b")


def pair_figures(tags: list[Any], a: str, b: str, kind: str, threshold: float | None,
                 parts: dict[str, dict[tuple[str, str], list[Any]]] | None = None) -> PairFigures:
    """Figures of one annotator pair on one kind (``parts``: each annotator's tags of the
    kind by part, when the caller has them already)."""
    if parts is None:
        parts = {n: _by_part([t for t in tags if t.annotator == n and t.kind == kind])
                 for n in (a, b)}
    pa, pb = parts[a], parts[b]
    ta = [t for p in pa.values() for t in p]
    tb = [t for p in pb.values() for t in p]
    matched: list[tuple[Any, Any]] = []
    for part in pa.keys() & pb.keys():
        matched += _pair_matches(pa[part], pb[part], threshold)
    kappa = {}
    for f in FIELDS[kind]:
        vals = [(norm(f, getattr(x, f, None)), norm(f, getattr(y, f, None))) for x, y in matched]
        kappa[f] = (cohen(vals), len(vals))
    return PairFigures(a, b, len(ta), len(tb), len(matched), kappa)


def multi_figures(units: list[Unit], annotators: list[str],
                  field_name: str) -> dict[str, tuple[float | None, int]]:
    """Fleiss' kappa (units every annotator tagged) and Krippendorff's alpha (every unit with
    two or more values) of one field: ``{"fleiss": (value, units), "alpha": (value, units)}``.
    For ``span`` an annotator who did not tag a unit gives "not tagged"."""
    span = field_name == "span"
    names = set(annotators)
    full: list[tuple[str, int, Any]] = []  # units every annotator tagged (Fleiss)
    pairable: list[tuple[str, int, Any]] = []  # units with two or more values (alpha)
    n_full = n_pairable = 0
    for i, u in enumerate(units):
        item = i
        if span:  # tagged or not: no field to read
            tags = u.tags
            rows = [(a, item, "tagged" if a in tags else NOT_TAGGED) for a in annotators]
            full += rows
            pairable += rows
            n_full += 1
            n_pairable += 1
            continue
        vals = u.values(field_name)
        have = names & vals.keys()
        # values are labels as they are (hashable: strings, None); NLTK compares them by ==
        rows = [(a, item, vals[a]) for a in annotators if a in vals]
        if have == names:
            full += rows
            n_full += 1
        if len(have) > 1:
            pairable += rows
            n_pairable += 1
    if span:  # the same data for both: one task
        both = nominal(full, ("fleiss", "alpha"))
        return {"fleiss": (both[0], n_full), "alpha": (both[1], n_pairable)}
    return {"fleiss": (nominal(full, "fleiss"), n_full),
            "alpha": (nominal(pairable, "alpha"), n_pairable)}


def _task(data: list[tuple[str, Any, Any]]):  # an AnnotationTask
    """NLTK's ``AnnotationTask`` whose per-item agreement (``agr``, a public method) skips
    NLTK's debug logging: formatting its log arguments cost two thirds of the run on 90,000
    values. The coefficients are NLTK's own; tests check them against the plain class."""
    from nltk.metrics.agreement import AnnotationTask

    class QuietTask(AnnotationTask):
        def agr(self, cA, cB, i, data=None):  # NLTK's signature
            rows = data or self.data
            labels = {x["coder"]: x["labels"] for x in rows if x["item"] == i and
                      x["coder"] in (cA, cB)}
            return 1.0 - float(self.distance(labels[cA], labels[cB]))

    return QuietTask(data)


def nominal(data: list[tuple[str, Any, Any]], measure: str | tuple[str, ...]) -> Any:
    """Fleiss' kappa (``fleiss``) or Krippendorff's alpha (``alpha``) of (coder, unit, value)
    triples; None without data, 1.0 when every value is the same (0/0 otherwise). A tuple of
    measures gives a tuple of figures from one task."""
    names = (measure,) if isinstance(measure, str) else measure
    if not data:
        out: tuple = tuple(None for _ in names)
    elif len({d[2] for d in data}) < 2:
        out = tuple(1.0 for _ in names)
    else:
        task = _task(data)
        out = tuple(getattr(task, {"fleiss": "pi", "alpha": "alpha"}[m])() for m in names)
    return out[0] if isinstance(measure, str) else out


@dataclass
class Report:
    """Everything ``threadmark agree`` prints."""

    annotators: list[str]
    threshold: float | None
    pairs: dict[str, list[PairFigures]]  # kind -> per pair
    multi: dict[str, dict[str, dict[str, tuple[float | None, int]]]]  # kind -> field -> ...
    units: dict[str, int]  # kind -> units


def agreement(tags: list[Any], annotators: list[str] | None = None,
              kinds: Iterable[str] = ("quote", "stance", "claim"),
              threshold: float | None = 0.5) -> Report:
    """The figures for ``tags`` (already filtered to the articles wanted)."""
    from annotations.util.gcpause import gc_paused

    names = sorted(annotators or {t.annotator for t in tags})
    tags = [t for t in tags if t.annotator in names]
    report = Report(names, threshold, {}, {}, {})
    with gc_paused():  # many small tuples and dicts, no cycles: the collector only costs
        _fill(report, tags, names, kinds, threshold)
    return report


def _fill(report: Report, tags: list[Any], names: list[str], kinds: Iterable[str],
          threshold: float | None) -> None:
    for kind in kinds:
        kt = [t for t in tags if t.kind == kind]
        units = build_units(kt, threshold)
        report.units[kind] = len(units)
        by_name: dict[str, list[Any]] = {n: [] for n in names}
        for t in kt:
            by_name[t.annotator].append(t)
        parts = {n: _by_part(ts) for n, ts in by_name.items()}
        report.pairs[kind] = [pair_figures(kt, a, b, kind, threshold, parts)
                              for a, b in combinations(names, 2)]
        report.multi[kind] = {f: multi_figures(units, names, f)
                              for f in ("span", *FIELDS[kind])}
