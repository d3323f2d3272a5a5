"""Sync across older layouts of the team repository.

- After store schema 6: this store's article files under an id from before (its
  ``article_ids.LEGACY_IDS``) are taken out of the team repository once the file under the id
  the article has now is there, so teammates stop meeting them.
- Before shards: an annotator's tags were one file, ``tags/<name>.jsonl``. Teammates' files of
  that layout are still read as they are; this store's own is read once more on its first
  sync (``unsharded_file``), its lines moved into the store's shards, and deleted
  (``drop_unsharded_file``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from annotations.store.file.article_ids import LEGACY_IDS
from annotations.team.sync_files import NotRegular, exists_regular, read_regular


def current_id(store: Any, article_id: str) -> str:
    """The id an article has now, for an id from before schema 6 this store held."""
    legacy = store.meta(LEGACY_IDS)
    new = legacy.get(article_id) if isinstance(legacy, dict) else None
    return new if isinstance(new, str) else article_id


def drop_old_article_files(store: Any, work: Path) -> int:
    """Delete ``articles/<old id>.json`` (a regular file in the clone) for each article this
    store renamed whose ``articles/<new id>.json`` is there; returns how many."""
    legacy = store.meta(LEGACY_IDS)
    n = 0
    for old, new in (legacy.items() if isinstance(legacy, dict) else ()):
        rel = f"articles/{old}.json"
        if exists_regular(work, rel) and exists_regular(work, f"articles/{new}.json"):
            os.unlink(work / rel)  # checked: a regular file, every folder real, inside
            n += 1
    return n


def unsharded_file(work: Path, stem: str) -> bytes:
    """The bytes of ``tags/<stem>.jsonl`` (the layout before shards) as a regular file of the
    clone; b"" when there is none (or something else is in its place)."""
    try:
        return read_regular(work, f"tags/{stem}.jsonl")
    except NotRegular:
        return b""


def drop_unsharded_file(work: Path, stem: str) -> bool:
    """Delete ``tags/<stem>.jsonl`` when it is a regular file of the clone; whether it was."""
    rel = f"tags/{stem}.jsonl"
    if not exists_regular(work, rel):
        return False
    os.unlink(work / rel)  # checked: a regular file, every folder real, inside
    return True
