"""The whole comparison as JSON-ready data (``threadmark compare --json``; the screen and the
HTML page draw from it). Field names of issue #24 are kept; each figure says how many tags
are behind it (``tags``), whose tags they are (``layer``) and, with several annotators, the
agreement of the fields it depends on (``alpha``: Krippendorff's, as ``threadmark agree``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .claims import claims
from .folding import SpeakerFolder
from .readers import readers
from .scope import Scope, build_scope
from .shared import Statement, statements
from .sources import body_quotes, speakers
from .words import words_figure


def _alpha(scope: Scope, kind: str) -> dict[str, Any] | None:
    figs = scope.alpha.get(kind)
    if not figs:
        return None
    return {f: {"value": None if v is None else round(v, 4), "units": n}
            for f, (v, n) in figs.items()}


def statement_json(s: Statement) -> dict[str, Any]:
    """One shared statement."""
    return {"id": s.id, "speaker": s.speaker, "accepted": s.accepted, "score": s.score,
            "why": s.why, "tags": len(s.tags),
            "members": [{"article_id": t.anchor.article_id, "tag_id": t.sid,
                         "speaker": t.speaker, "exact": t.anchor.exact} for t in s.tags]}


def head(scope: Scope) -> dict[str, Any]:
    """What the comparison is of: the story, whose tags, the articles."""
    return {"story": scope.story, "layer": scope.layer, "annotators": scope.annotators,
            "problems": scope.problems, "articles": [m.as_json() for m in scope.members]}


def figures(scope: Scope) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each figure as soon as it is computed: (``sources``, ``shared``, ``claims``,
    ``readers``, ``words``) with their fields of the report (the screen shows them in turn)."""
    folder = SpeakerFolder(t.speaker for t in body_quotes(scope))
    src = speakers(scope, folder)
    yield "sources", {"speakers": src["speakers"], "outlets": src["outlets"],
                      "speakers_meta": {"tags": sum(r["tags"] for r in src["speakers"]),
                                        "alpha": _alpha(scope, "quote")}}
    shared, alone = statements(scope, folder)
    yield "shared", {
        "shared": [statement_json(s) for s in shared],
        "shared_meta": {"tags": sum(len(s.tags) for s in shared), "alpha": _alpha(scope, "quote")},
        "unshared": [{"article_id": t.anchor.article_id, "tag_id": t.sid, "speaker":
                      folder.fold(t.speaker), "exact": t.anchor.exact} for t in alone]}
    cl = claims(scope)
    yield "claims", {"claims": cl["claims"], "claims_by_field": cl["by_field"],
                     "claims_only_one": cl["only_one"],
                     "claims_meta": {"tags": sum(r["tags"] for r in cl["by_field"]),
                                     "alpha": _alpha(scope, "claim")}}
    rd = readers(scope)
    yield "readers", {"readers": rd, "readers_meta": {"tags": sum(r["stance_tags"] for r in rd),
                                                      "alpha": _alpha(scope, "stance")}}
    wd = words_figure(scope)
    scope.derived.save()  # the text figures computed this time, for the next comparison
    yield "words", {"words": wd,
                    "words_meta": {"method": "log-odds ratio, informative Dirichlet prior "
                                             "(Monroe, Colaresi & Quinn 2008)", "tags": 0}}


def compare(scope: Scope) -> dict[str, Any]:
    """Every figure of the comparison of ``scope``."""
    out = head(scope)
    for _name, part in figures(scope):
        out.update(part)
    return out


def compare_store(store: Any, targets: list[str], annotator: str | None = None) -> dict[str, Any]:
    """The comparison of ``STORY`` or ``ARTICLE_ID...`` in ``store``."""
    return compare(build_scope(store, targets, annotator))
