"""Figure 1, sources: who is quoted in each article's body, how much, and how; the speakers
some articles quote and others leave out (omissions); per article the number of distinct
speakers and the share of quoted words by kind of source (``folding``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .folding import ROLE_KINDS, SpeakerFolder, role_kind
from .scope import Scope
from .text import word_count

MODES = ("direct", "indirect", "mixed")


def body_quotes(scope: Scope) -> list[Any]:
    """The counted layer's quotes on the bodies of the story's articles (not threads, not
    comments: readers quoting are in ``readers``)."""
    got = scope.memo.get("body_quotes")
    if got is None:
        ids = {m.id for m in scope.members if m.thread_of is None}
        got = scope.memo["body_quotes"] = [
            t for t in scope.tags if t.kind == "quote" and t.anchor.part == "body"
            and t.anchor.article_id in ids]
    return list(got)


def speakers(scope: Scope, folder: SpeakerFolder | None = None) -> dict[str, Any]:
    """``{"speakers": [...], "outlets": [...]}`` (see the JSON shape in docs/compare.md)."""
    quotes = body_quotes(scope)
    folder = folder or SpeakerFolder(t.speaker for t in quotes)
    articles = [m.id for m in scope.members if m.thread_of is None]
    rows: dict[str, dict[str, Any]] = {}
    roles: dict[str, Counter[str]] = {}
    who: dict[str, tuple[str, bool, str | None]] = {}  # speaker as tagged: key, named, role
    for t in quotes:
        got = who.get(t.speaker)
        if got is None:
            got = who[t.speaker] = (folder.fold(t.speaker), folder.named(t.speaker),
                                    folder.role(t.speaker))
        key, named, role = got
        row = rows.get(key)
        if row is None:
            row = rows[key] = {"speaker": key, "named": named, "role": None, "kind": None,
                               "articles": {}, "quotes": 0, "words": 0, "tags": 0,
                               "as_tagged": []}
            roles[key] = Counter()
        role = t.speaker_role or role
        if role:
            roles[key][role] += 1
        if t.speaker not in row["as_tagged"]:
            row["as_tagged"].append(t.speaker)
        cell = row["articles"].get(t.anchor.article_id)
        if cell is None:
            cell = row["articles"][t.anchor.article_id] = {
                "quotes": 0, "words": 0, "direct": 0, "indirect": 0, "mixed": 0}
        n = word_count(t.anchor.exact)
        cell["quotes"] += 1
        cell["words"] += n
        cell[t.mode] += 1
        row["quotes"] += 1
        row["words"] += n
        row["tags"] += 1
    for key, row in rows.items():
        common = roles[key].most_common(1)
        row["role"] = common[0][0] if common else None
        row["kind"] = role_kind(" ".join(roles[key]), row["named"])
        row["omitted_in"] = [a for a in articles if a not in row["articles"]] \
            if len(articles) > 1 else []
    ordered = sorted(rows.values(), key=lambda r: (-r["quotes"], -r["words"], r["speaker"]))
    per_article = []
    for aid in articles:
        mine = [r for r in ordered if aid in r["articles"]]
        words_by_kind = dict.fromkeys(ROLE_KINDS, 0)
        for r in mine:
            words_by_kind[r["kind"]] += r["articles"][aid]["words"]
        total = sum(words_by_kind.values())
        member = scope.member(aid)
        per_article.append({
            "article_id": aid, "outlet": member.outlet.name if member else None,
            "distinct_speakers": len(mine),
            "quotes": sum(r["articles"][aid]["quotes"] for r in mine),
            "words": total,
            "words_by_kind": words_by_kind,
            "share_by_kind": {k: round(v / total, 4) if total else None
                              for k, v in words_by_kind.items()},
            "only_here": [r["speaker"] for r in mine if len(r["articles"]) == 1
                          and len(articles) > 1],
            "tags": sum(r["articles"][aid]["quotes"] for r in mine),
        })
    return {"speakers": ordered, "outlets": per_article}
