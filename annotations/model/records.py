"""Record shapes: what each table's records must look like for the store's bookkeeping to
rely on them. A tag whose fields fail the models is a softer problem (the store skips and
lists it); a record of a shape no threadmark writes stops the open (``check_records``) or is
dropped by ``check --repair`` (``bad_records``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, MutableMapping
from pathlib import Path
from typing import Any

from annotations.errors import CorruptStoreError
from annotations.store.lazydocs import LazyDocs, plain_tag

Tables = dict[str, MutableMapping[str, Any]]
_HIST_KEY = re.compile(r"^\d{12}$")
_STR = frozenset({str})
_DOC_OR_NONE = frozenset({dict, type(None)})


def _is_int(v: Any) -> bool:
    return type(v) is int


def record_problem(table: str, key: str, doc: Any) -> str | None:
    """Why a stored record has a shape no threadmark writes, or None if it is fine.

    Only the shape the store's own bookkeeping relies on is checked here; a tag whose fields
    fail the models is a softer problem (skipped and listed by the store).
    """
    if not isinstance(doc, dict):
        return "is not an object"
    if table == "tags":
        if doc.get("id") != key:
            return f"is stored under a key that differs from its id {str(doc.get('id'))[:40]!r}"
        anchor = doc.get("anchor")
        if not isinstance(anchor, dict) or not isinstance(anchor.get("article_id"), str):
            return "has no anchor with a text article_id"
    elif table == "articles":
        art = doc.get("article")
        if not isinstance(art, dict) or art.get("id") != key:
            return "holds no article with this id"
        if not isinstance(art.get("comments", []), list):
            return "has comments that are not a list"
        sup = doc.get("superseded_by")
        if sup is not None and not isinstance(sup, str):
            return "has a superseded_by that is not an article id"
    elif table == "history":
        if not _HIST_KEY.match(key):
            return "has a position that is not a whole number"
        ids = doc.get("ids")
        if not isinstance(doc.get("action"), str) or not isinstance(ids, list) or not \
                set(map(type, ids)) <= _STR:  # (C-speed over an import's 100,000 ids)
            return "is not an undo record (action and ids)"
        sides = [s for s in ("before", "after") if s in doc]
        if not sides:
            return "is not an undo record (no before or after)"
        for s in sides:
            v = doc[s]
            if not isinstance(v, list) or len(v) != len(ids) or not \
                    set(map(type, v)) <= _DOC_OR_NONE:
                return f"is not an undo record ({s} does not match ids)"
    elif table == "rejected":
        if doc.get("id") != key or not isinstance(doc.get("key"), str) or not isinstance(
                doc.get("article_id"), str):
            return "is not a rejected suggestion (id, article_id, key)"
    elif table == "meta":
        if key == "undo" and not (_is_int(doc.get("pos")) and doc["pos"] >= 0):
            return "has an undo position that is not a whole number"
    return None


def check_records(path: Path, tables: Tables, version: int) -> None:
    """Raise ``CorruptStoreError`` for the first record of a shape no threadmark writes."""
    for table, records in tables.items():
        if version < 2 and table != "tags":
            continue
        if table == "tags":  # the big table: the common case checked inline, fast
            # (a group's tags are checked when it is decoded: lazydocs)
            docs = records.decoded if isinstance(records, LazyDocs) else records
            bad = next((k for k, d in docs.items() if not plain_tag(k, d)), None)
            keys: Iterable[str] = () if bad is None else (bad,)
        else:
            keys = records
        for key in keys:
            why = record_problem(table, key, records[key])
            if why is not None:
                raise CorruptStoreError(
                    f"{path}: {table} record {key[:40]!r} {why}; the file was left untouched "
                    "(threadmark check --repair keeps every good record)"
                )


def bad_records(tables: Tables) -> list[tuple[str, str, str]]:
    """Every (table, key, why) whose shape is wrong (for repair)."""
    return [(t, k, why) for t, recs in tables.items() for k, d in recs.items()
            if (why := record_problem(t, k, d)) is not None]


