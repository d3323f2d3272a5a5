"""``compare --html``: one self-contained page an analyst can send to an editor.

Inline CSS and SVG bar charts, every text escaped (``html.escape``), no script, no link, no
image: a Content-Security-Policy of ``default-src 'none'`` makes the browser refuse any
request the page might still try."""

from __future__ import annotations

from html import escape
from typing import Any

from .tables import Table, tables

_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:13px}
th,td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f2f2f2}
.meta{color:#555;font-size:12px}svg{display:block;margin:.5em 0}
svg text{font:12px system-ui,sans-serif;fill:#222}
"""
_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1")


def _cell(v: Any) -> str:
    if isinstance(v, bool):
        return f"<td>{'yes' if v else 'no'}</td>"
    if isinstance(v, int | float):
        return f'<td class="n">{escape(str(v))}</td>'
    return f"<td>{escape('' if v is None else str(v))}</td>"


def table_html(table: Table, name: str) -> str:
    """A table with its header."""
    header, rows = table
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_cell(v) for v in r) + "</tr>" for r in rows)
    return f'<table data-table="{escape(name)}"><thead><tr>{head}</tr></thead>' \
           f"<tbody>{body}</tbody></table>"


def bars_svg(title: str, labels: list[str], series: list[tuple[str, list[float]]],
             stacked: bool = False) -> str:
    """Horizontal bars: one row per label, one bar (or stacked segment) per series."""
    if not labels:
        return ""
    width, label_w, row_h = 640, 220, 18
    per_row = 1 if stacked or len(series) == 1 else len(series)
    totals = [sum(s[1][i] for s in series) if stacked else max(s[1][i] for s in series)
              for i in range(len(labels))]
    top = max(totals) or 1
    scale = (width - label_w - 60) / top
    legend_h = 20 if len(series) > 1 else 0
    height = legend_h + len(labels) * (row_h * per_row + 6) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>']
    x = label_w
    for k, (name, _vals) in enumerate(series if len(series) > 1 else []):
        c = _COLOURS[k % len(_COLOURS)]
        parts.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{c}"/>'
                     f'<text x="{x + 14}" y="13">{escape(name)}</text>')
        x += 20 + 7 * len(name)
    y = legend_h
    for i, label in enumerate(labels):
        short = label if len(label) <= 32 else label[:31] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">'
                     f"{escape(short)}</text>")
        x0: float = label_w
        for k, (_name, vals) in enumerate(series):
            v = vals[i]
            w = v * scale
            c = _COLOURS[k % len(_COLOURS)]
            yy = y if stacked or per_row == 1 else y + k * row_h
            parts.append(f'<rect x="{x0:.1f}" y="{yy}" width="{w:.1f}" height="{row_h - 3}" '
                         f'fill="{c}"><title>{escape(f"{label}: {_name} {v:g}")}</title></rect>')
            if not stacked and v:
                parts.append(f'<text x="{x0 + w + 4:.1f}" y="{yy + 12}">{v:g}</text>')
            if stacked:
                x0 += w
        if stacked:
            parts.append(f'<text x="{x0 + 4:.1f}" y="{y + 12}">{totals[i]:g}</text>')
        y += row_h * per_row + 6
    parts.append("</svg>")
    return "".join(parts)


def _meta(report: dict[str, Any], key: str) -> str:
    m = report.get(f"{key}_meta") or {}
    text = f"{m.get('tags', 0)} tags behind this figure; {report['layer']}"
    alpha = m.get("alpha")
    if alpha:
        text += "; Krippendorff's alpha: " + ", ".join(
            f"{f} {'—' if a['value'] is None else format(a['value'], '.2f')} ({a['units']} units)"
            for f, a in alpha.items())
    return f'<p class="meta">{escape(text)}</p>'


def html_page(report: dict[str, Any]) -> str:
    """The whole page."""
    t = tables(report)
    outlet = {a["id"]: a["outlet"] or a["id"] for a in report["articles"]}
    arts = [a["id"] for a in report["articles"] if a["thread_of"] is None]
    title = f"How outlets framed {report['story']}" if report["story"] else \
        "How outlets framed the story"
    sp = report["speakers"][:20]
    speakers_chart = bars_svg("Quotes per speaker and outlet", [s["speaker"] for s in sp],
                              [(outlet[a], [s["articles"].get(a, {}).get("quotes", 0)
                                            for s in sp]) for a in arts])
    types = sorted({c["claim_type"] for c in report["claims"]})
    claims_chart = bars_svg("Claims per outlet by type", [outlet[a] for a in arts],
                            [(ct, [sum(c["count"] for c in report["claims"]
                                       if c["article_id"] == a and c["claim_type"] == ct)
                                   for a in arts]) for ct in types], stacked=True)
    stance_rows = [(f"{outlet[r['article_id']]}: {s['target']}", s) for r in report["readers"]
                   for s in r["stances"]][:30]
    stance_chart = bars_svg("Stance polarity per thread and target", [x[0] for x in stance_rows],
                            [(p, [x[1][p] for x in stance_rows])
                             for p in ("favor", "against", "neutral")], stacked=True)
    para_charts = "".join(
        bars_svg(f"Comments reacting to each paragraph: {outlet[r['article_id']]}",
                 [f"¶{p['paragraph']} {p['text'][:40]}" for p in r["paragraphs"]],
                 [("comments", [p["count"] for p in r["paragraphs"]])])
        for r in report["readers"] if r["comments"])
    sections = [
        ("Articles", "", "", ["articles"]),
        ("Sources: who is quoted", "speakers", speakers_chart, ["speakers", "sources"]),
        ("Shared statements", "shared", "", ["shared"]),
        ("Claims", "claims", claims_chart, ["claims", "claims_only_one"]),
        ("Readers", "readers", stance_chart + para_charts,
         ["readers", "stances", "commenters", "paragraphs"]),
        ("Distinctive words", "words", "", ["words"]),
    ]
    body = [f"<h1>{escape(title)}</h1>"]
    for head, meta, chart, names in sections:
        body.append(f"<h2>{escape(head)}</h2>")
        if meta:
            body.append(_meta(report, meta))
        body.append(chart)
        body.extend(table_html(t[n], n) for n in names)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'\">"
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")
