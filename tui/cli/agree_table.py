"""The readable ``threadmark agree`` table (rich): one per kind, untrusted names as plain
``Text`` (the JSON and CSV forms are ``annotations.team.agreement_report``)."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from annotations.team.agreement import FIELDS, Report
from annotations.team.agreement_report import figure
from annotations.util.safe_text import visible


def report_table(rep: Report) -> Group:
    """Readable tables, one per kind (rich; untrusted names are plain Text)."""
    matching = ("matching: exact offsets" if rep.threshold is None else
                f"matching: overlap ≥ {rep.threshold:g} of the union")
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
                      figure(p.precision), figure(p.recall), figure(p.f1),
                      *(f"{figure(k)} ({n})" for k, n in (p.kappa[f] for f in fields)))
        parts.append(t)
        m = Table(title=f"{kind}s, all annotators", title_justify="left")
        for col in ("field", "Fleiss κ (units)", "Krippendorff α (units)"):
            m.add_column(col, justify="left" if col == "field" else "right")
        for f, figs in rep.multi[kind].items():
            m.add_row(f, *(f"{figure(v)} ({n})" for v, n in (figs["fleiss"], figs["alpha"])))
        parts.append(m)
    return Group(*parts)
