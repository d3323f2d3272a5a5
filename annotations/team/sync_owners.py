"""Who owns an annotator name in the team repository.

Each store has a store id (a UUID kept in the store's ``store_id`` record, made on first
use). ``owners/<name>.json`` (``{"annotator": name, "store": id}``) records which store
writes ``members/<name>/``; a second store syncing under that name is refused, and
``threadmark sync --take-over NAME`` is the one way to move a name to a new machine.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import ThreadmarkError
from annotations.team.sync_files import NotRegular, read_regular, write_regular
from annotations.util.safe_text import visible

FOLDER = "owners"


def store_id(store: Any) -> tuple[str, bool]:
    """This store's id, and whether it is new (the caller keeps it before pushing it)."""
    sid = store.meta("store_id")
    if isinstance(sid, str) and sid:
        return sid, False
    return str(uuid.uuid4()), True


def owner_of(work: Path, name: str) -> str | None:
    """The store id that owns ``name`` in the clone; None when nobody does (no record, or
    one that is not a readable regular file: ownership guards against two stores sharing
    a name by mistake, and git authenticates no writer)."""
    try:
        doc = orjson.loads(read_regular(work, f"{FOLDER}/{name}.json", limit=4096))
    except (NotRegular, orjson.JSONDecodeError):
        return None
    sid = doc.get("store") if isinstance(doc, dict) else None
    return sid if isinstance(sid, str) and sid else None


def claim(work: Path, name: str, me: str, take_over: bool, error: type[ThreadmarkError]) \
        -> list[str]:
    """Make ``name`` this store's (``me``) in the clone, or raise ``error`` (one line) when
    another store owns it and ``take_over`` is not given. Returns lines about files replaced."""
    owner = owner_of(work, name)
    if owner == me:
        return []
    if owner is not None and not take_over:
        shown = visible(name)
        raise error(f"annotator {shown!r} is another store's in the team repository; sync "
                    f"under your own name (--annotator), or move the name to this store with "
                    f"threadmark sync --take-over {shown}")
    data = orjson.dumps({"annotator": name, "store": me}, option=orjson.OPT_SORT_KEYS) + b"\n"
    return write_regular(work, f"{FOLDER}/{name}.json", data)
