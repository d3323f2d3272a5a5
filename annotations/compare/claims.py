"""Figure 3, claims: per article, the counted layer's claims by ``claim_type``,
``checkworthy`` and ``verdict``; and the claims one article makes that no other does (no
claim of another article shares ``shared.MIN_SHARED`` content words, two of them rare, and
half the shorter's: ``shared.rare_words``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from annotations.model.kind_table import choice_fields

from .holders import Holders
from .scope import Scope
from .shared import MIN_SHARED, SAME_SPEAKER, rare_words
from .text import content_words

#: the fields counted: a claim's choices (``kind_table``)
FIELDS = choice_fields("claim")


def claims(scope: Scope) -> dict[str, Any]:
    """``{"claims": [{article_id, claim_type, count}], "by_field": ..., "only_one": ...}``."""
    arts = [m.id for m in scope.members if m.thread_of is None]
    body = {a: [t for t in scope.tags_of(a, "claim") if t.anchor.part == "body"] for a in arts}
    rows: list[dict[str, Any]] = []
    by_field: list[dict[str, Any]] = []
    for aid in arts:
        counts = Counter(t.claim_type for t in body[aid])
        rows.extend({"article_id": aid, "claim_type": k, "count": n}
                    for k, n in sorted(counts.items()))
        by_field.append({"article_id": aid, "tags": len(body[aid]),
                         **{f: dict(sorted(Counter(getattr(t, f) for t in body[aid]).items()))
                            for f in FIELDS}})
    flat = [t for a in arts for t in body[a]]
    words = [content_words(t.anchor.exact) for t in flat]
    rare = rare_words(words, len(arts))
    holders = Holders()
    echoed = [False] * len(flat)
    for i, t in enumerate(flat):
        if len(rare[i]) < 2:  # two rare words in common, as for statements
            continue
        aid, mine = t.anchor.article_id, words[i]
        for j in holders.add(i, rare[i]):  # claims before this one
            if flat[j].anchor.article_id != aid and (n := len(mine & words[j])) >= MIN_SHARED \
                    and n >= SAME_SPEAKER * min(len(mine), len(words[j])):
                echoed[i] = echoed[j] = True
    only = []
    if len(arts) > 1:
        only = [{"article_id": t.anchor.article_id, "tag_id": t.sid, "exact": t.anchor.exact,
                 "claim_type": t.claim_type, "verdict": t.verdict, "claimant": t.claimant}
                for i, t in enumerate(flat) if not echoed[i]]
    return {"claims": rows, "by_field": by_field, "only_one": only}
