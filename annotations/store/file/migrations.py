"""Schema migrations of store files. Each runs after a byte-for-byte backup of the file.

Schema history:
- 1: tags had one optional ``label`` string, no ``links`` and no ``updated`` time.
- 2: ``labels`` (a list), ``links`` (related tag ids), ``updated``; undo history in the file.
- 3: a CRC-32 on every journal line; articles' comments stored flat (any depth).
- 4: a snapshot keeps each article's tags as one group line, decoded when first read.
- 5: a comment deeper than 64 levels is ``n`` and its number in reading order, not its full
  path (``article_view.comment_id``): tags on one are rewritten (``comment_ids``).
- 6: an article's id is the hash of its content (``identity``); every record naming an
  article is rewritten, the old ids kept as a map (``article_ids``).

A migration that fails leaves the file as it was and one backup (a retry reuses it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.errors import CorruptStoreError
from annotations.store.file.journal import (
    SCHEMA_VERSION,
    Tables,
    backup,
    check_records,
    replay,
    write_snapshot,
)

if TYPE_CHECKING:
    from annotations.store.file.filelock import StoreLock


def _v1_to_v2(tables: Tables) -> Tables:
    tags = tables.get("tags", {})
    for doc in tags.values():
        label = doc.pop("label", None)
        doc.setdefault("labels", [label] if label else [])
        doc.setdefault("links", [])
        doc.setdefault("updated", doc.get("created"))
    return tables


def _v2_to_v3(tables: Tables) -> Tables:
    from annotations.model.article import nested_to_flat

    for key, doc in tables.get("articles", {}).items():
        art = doc["article"]
        try:
            art["comments"] = nested_to_flat(art.get("comments", []))
        except ValueError as e:
            raise CorruptStoreError(f"article {key}: {e}") from None
    return tables


def _v3_to_v4(tables: Tables) -> Tables:
    return tables  # the same records: the snapshot writes the tags as groups


def _v4_to_v5(tables: Tables) -> Tables:
    from annotations.model.comment_ids import migrate_tag_parts

    migrate_tag_parts(tables)
    return tables


def _v5_to_v6(tables: Tables) -> Tables:
    from annotations.store.file.article_ids import migrate_article_ids

    migrate_article_ids(tables)
    return tables


MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {1: _v1_to_v2, 2: _v2_to_v3,
                                                     3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}


def migrate(path: Path, lock: StoreLock | None = None) -> tuple[int, Path]:
    """Migrate ``path`` to the current schema; returns (old version, backup path).

    Every record is checked before anything is written; ``CorruptStoreError`` leaves the file
    untouched.
    """
    data = path.read_bytes()
    rep = replay(path, data)
    check_records(path, rep.tables, rep.version)
    tables = rep.tables
    bak = backup(path, f"v{rep.version}")
    for v in range(rep.version, SCHEMA_VERSION):
        try:
            tables = MIGRATIONS[v](tables)
        except CorruptStoreError as e:
            raise CorruptStoreError(f"{path}: {e}; left untouched (backup {bak.name})") from None
    check_records(path, tables, SCHEMA_VERSION)
    write_snapshot(path, tables, lock=lock)
    return rep.version, bak
