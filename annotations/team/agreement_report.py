"""``threadmark agree`` output: JSON, or CSV rows (the readable table is the UI's:
``tui/cli/agree_table.py``)."""

from __future__ import annotations

import csv
import io
from typing import Any

from annotations.team.agreement import Report


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
                w.writerow([kind, "pair", p.a, p.b, m, "span", figure(v), p.matched])
            for f, (k, n) in p.kappa.items():
                w.writerow([kind, "pair", p.a, p.b, "cohen_kappa", f, figure(k), n])
        for f, figs in rep.multi[kind].items():
            for m, (v, n) in figs.items():
                w.writerow([kind, "all", "", "", {"fleiss": "fleiss_kappa",
                                                  "alpha": "krippendorff_alpha"}[m], f,
                            figure(v), n])
    return buf.getvalue()


def figure(v: float | None) -> str:
    """A figure as the reports print it (four decimals; empty when undefined)."""
    return "" if v is None else f"{v:.4f}"
