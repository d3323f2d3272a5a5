"""The comparison as flat tables (header, rows): ``compare --csv DIR`` writes one file per
table, the HTML page and the text summary show them."""

from __future__ import annotations

import csv
import io
from typing import Any

from annotations.model.kind_table import choice_fields

#: figure 3's counted fields (``claims.FIELDS``)
CLAIM_FIELDS = choice_fields("claim")

Table = tuple[list[str], list[list[Any]]]


def _names(report: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["outlet"] or a["id"] for a in report["articles"]}


def tables(report: dict[str, Any]) -> dict[str, Table]:
    """Every table of the report, by file stem."""
    outlet = _names(report)
    arts = [a["id"] for a in report["articles"] if a["thread_of"] is None]
    out: dict[str, Table] = {}
    out["articles"] = (["id", "title", "outlet", "group", "language", "country", "thread_of"],
                       [[a[k] for k in ("id", "title", "outlet", "group", "language", "country",
                                        "thread_of")] for a in report["articles"]])
    rows = []
    for s in report["speakers"]:
        for aid in arts:
            c = s["articles"].get(aid)
            rows.append([s["speaker"], s["kind"], s["role"], aid, outlet[aid],
                         *(c[k] if c else 0 for k in ("quotes", "words", "direct", "indirect",
                                                        "mixed")),
                         "omitted" if aid in s["omitted_in"] else ""])
    out["speakers"] = (["speaker", "kind", "role", "article_id", "outlet", "quotes", "words",
                        "direct", "indirect", "mixed", "omission"], rows)
    kinds = list(report["outlets"][0]["words_by_kind"]) if report["outlets"] else []
    out["sources"] = (["article_id", "outlet", "distinct_speakers", "quotes", "words",
                       *(f"share_{k}" for k in kinds)],
                      [[o["article_id"], o["outlet"], o["distinct_speakers"], o["quotes"],
                        o["words"], *(o["share_by_kind"][k] for k in kinds)]
                       for o in report["outlets"]])
    out["shared"] = (["statement", "speaker", "accepted", "score", "article_id", "outlet",
                      "tag_id", "exact"],
                     [[s["id"], s["speaker"], s["accepted"], s["score"], m["article_id"],
                       outlet.get(m["article_id"], ""), m["tag_id"], m["exact"]]
                      for s in report["shared"] for m in s["members"]])
    out["claims"] = (["article_id", "outlet", "field", "value", "count"],
                     [[c["article_id"], outlet[c["article_id"]], f, v, n]
                      for c in report["claims_by_field"]
                      for f in CLAIM_FIELDS
                      for v, n in c[f].items()])
    out["claims_only_one"] = (["article_id", "outlet", "claim_type", "verdict", "exact"],
                              [[c["article_id"], outlet[c["article_id"]], c["claim_type"],
                                c["verdict"], c["exact"]] for c in report["claims_only_one"]])
    out["stances"] = (["article_id", "outlet", "target", "favor", "against", "neutral"],
                      [[r["article_id"], outlet[r["article_id"]], s["target"], s["favor"],
                        s["against"], s["neutral"]] for r in report["readers"]
                       for s in r["stances"]])
    out["readers"] = (["article_id", "outlet", "comments", "tagged", "stance_tags"],
                      [[r["article_id"], outlet[r["article_id"]], r["comments"], r["tagged"],
                        r["stance_tags"]] for r in report["readers"]])
    out["commenters"] = (["article_id", "author", "comments"],
                         [[r["article_id"], c["author"], c["comments"]]
                          for r in report["readers"] for c in r["commenters"]])
    out["paragraphs"] = (["article_id", "paragraph", "reacting_comments", "text"],
                         [[r["article_id"], p["paragraph"], p["count"], p["text"]]
                          for r in report["readers"] for p in r["paragraphs"]])
    out["words"] = (["group", "language", "word", "z", "count", "count_rest"],
                    [[w["group"], w["language"], w["word"], w["z"], w["count"],
                      w["count_rest"]] for w in report["words"]])
    return out


def csv_text(table: Table) -> str:
    """One table as CSV (cells that could start a spreadsheet formula made inert)."""
    from annotations.exchange.export import _cell

    buf = io.StringIO()
    w = csv.writer(buf)
    header, rows = table
    w.writerow(header)
    for r in rows:
        w.writerow([_cell(v) for v in r])
    return buf.getvalue()
