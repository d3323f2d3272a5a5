"""How a sync writes what it pulled into the store: one durable journal line, one undo step.

A day's few changes go through ``AnnotationStore.merge`` (the tags as models). A big pull (a
new member's first sync: every tag of the team) with no deletion goes in as group records
(``AnnotationStore.merge_groups``, as ``import-annotations`` writes): each article's tags as
JSON strings of ``lazydocs.GROUP_TAGS`` tags, kept undecoded by the store, so the write costs
about the tags' JSON once instead of a journal record and an index entry per tag. Both
record the same undo step (every id, and the stored version of each replaced tag).
"""

from __future__ import annotations

from typing import Any

import orjson

from annotations.store.lazydocs import GROUP_TAGS

#: From this many tags (new and replaced) without deletions, a pull is written as groups.
GROUPS_FROM = 2000
#: Tags in one group record (as a compacted store's, and ``import_merge``'s).
GROUP_SIZE = GROUP_TAGS


def write_pull(store: Any, adds: dict[str, Any], replaces: dict[str, Any],
               deletes: list[str], action: str = "sync") -> None:
    """Write validated tags (by id: ``adds`` new, ``replaces`` newer versions of stored
    ones) and delete ``deletes``, in one durable write and one undo step."""
    if deletes or len(adds) + len(replaces) < GROUPS_FROM:
        store.merge(list(adds.values()), list(replaces.values()), deletes, action=action,
                    validated=True)
        return
    before: list[dict[str, Any] | None] = [None] * len(adds)
    for sid in replaces:
        old = store.get(sid)
        before.append(old.model_dump(mode="json") if old is not None else None)
    tags = {**adds, **replaces}
    store.merge_groups(groups(tags), list(tags), before, action=action)


def groups(tags: dict[str, Any]) -> list[tuple[str, list[str], str, list[str]]]:
    """``tags`` (by id) as group records: (article id, ids, the JSON object id -> tag, the
    ids whose version this is), at most ``GROUP_SIZE`` tags each."""
    by_article: dict[str, list[str]] = {}
    for sid, tag in tags.items():
        by_article.setdefault(tag.anchor.article_id, []).append(sid)
    out = []
    for aid, some in by_article.items():
        for start in range(0, len(some), GROUP_SIZE):
            ids = some[start : start + GROUP_SIZE]
            payload = "{" + ",".join(orjson.dumps(sid).decode() + ":" + tags[sid].model_dump_json()
                                     for sid in ids) + "}"
            out.append((aid, ids, payload, ids))
    return out
