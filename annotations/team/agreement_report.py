"""``threadmark agree`` output: a readable table (rich), JSON, or CSV rows."""

from __future__ import annotations

import csv
import io
from typing import Any

from annotations.team.agreement import FIELDS, Report


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def report_dict(rep: Report) -> dict[str, Any]:
    """The report as JSON-ready data."""
    out: dict[str, Any] = {
        "annotators": rep.annotators,
        "matching": "exact offsets" if rep.threshold is None else
        f"overlap >= {rep.threshold:g} of the union",
        "kinds": {},
    }
    for kind, pairs in rep.pairs.items():
        out["kinds"][kind] = {
            "units": rep.units[kind],
            "pairs": [{"a": p.a, "b": p.b, "tags_a": p.tags_a, "tags_b": p.tags_b,
                       "matched": p.matched, "precision": _r(p.precision),
                       "recall": _r(p.recall), "f1": _r(p.f1),
                       "cohen_kappa": {f: {"value": _r(k), "units": n}
                                       for f, (k, n) in p.kappa.items()}} for p in pairs],
            "all": {f: {m: {"value": _r(v), "units": n} for m, (v, n) in figs.items()}
                    for f, figs in rep.multi[kind].items()},
        }
    return out


def report_csv(rep: Report) -> str:
    """One row per figure: kind, scope, a, b, measure, field, value, units."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["kind", "scope", "a", "b", "measure", "field", "value", "units"])
    for kind, pairs in rep.pairs.items():
        for p in pairs:
            for m, v in (("precision", p.precision), ("recall", p.recall), ("f1", p.f1)):
                w.writerow([kind, "pair", p.a, p.b, m, "span", _fmt(v), p.matched])
            for f, (k, n) in p.kappa.items():
                w.writerow([kind, "pair", p.a, p.b, "cohen_kappa", f, _fmt(k), n])
        for f, figs in rep.multi[kind].items():
            for m, (v, n) in figs.items():
                w.writerow([kind, "all", "", "", {"fleiss": "fleiss_kappa",
                                                  "alpha": "krippendorff_alpha"}[m], f,
                            _fmt(v), n])
    return buf.getvalue()


def _fmt(v: float | None) -> str:
    return "" if v is None else f"{v:.4f}"


def report_table(rep: Report):  # noqa: ANN201 - a rich renderable
    """Readable tables, one per kind (rich; untrusted names are plain Text)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    matching = ("matching: exact offsets" if rep.threshold is None else
                f"matching: overlap ≥ {rep.threshold:g} of the union")
    from annotations.util.safe_text import visible

    parts: list[Any] = [Text(visible(f"annotators: {', '.join(rep.annotators)}   {matching}"),
                             style="bold")]
    for kind, pairs in rep.pairs.items():
        if not rep.units[kind]:  # nothing of this kind tagged: no tables of zeros
            parts.append(Text(f"{kind}s: none tagged"))
            continue
        fields = FIELDS[kind]
        t = Table(title=f"{kind}s: {rep.units[kind]} units", title_justify="left")
        for col in ("pair", "tags", "matched", "P", "R", "F1", *(f"κ {f}" for f in fields)):
            t.add_column(col, justify="left" if col == "pair" else "right")
        for p in pairs:
            t.add_row(Text(visible(f"{p.a} / {p.b}")), f"{p.tags_a} / {p.tags_b}", str(p.matched),
                      _fmt(p.precision), _fmt(p.recall), _fmt(p.f1),
                      *(f"{_fmt(k)} ({n})" for k, n in (p.kappa[f] for f in fields)))
        parts.append(t)
        m = Table(title=f"{kind}s, all annotators", title_justify="left")
        for col in ("field", "Fleiss κ (units)", "Krippendorff α (units)"):
            m.add_column(col, justify="left" if col == "field" else "right")
        for f, figs in rep.multi[kind].items():
            m.add_row(f, *(f"{_fmt(v)} ({n})" for v, n in (figs["fleiss"], figs["alpha"])))
        parts.append(m)
    return Group(*parts)
