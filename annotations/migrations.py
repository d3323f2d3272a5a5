"""Schema migrations of store files. Each runs after a byte-for-byte backup of the file.

Schema history:
- 1: tags had one optional ``label`` string, no ``links`` and no ``updated`` time.
- 2: ``labels`` (a list), ``links`` (related tag ids), ``updated``; undo history in the file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .storage import SCHEMA_VERSION, StoreError, Tables, fsync_dir, load_journal, write_snapshot


def _v1_to_v2(tables: Tables) -> Tables:
    tags = tables.get("tags", {})
    for doc in tags.values():
        label = doc.pop("label", None)
        doc.setdefault("labels", [label] if label else [])
        doc.setdefault("links", [])
        doc.setdefault("updated", doc.get("created"))
    return tables


MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {1: _v1_to_v2}


def backup_path_for(path: Path, version: int) -> Path:
    """Where the pre-migration copy of a schema-``version`` file goes (never overwritten)."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v{version}.{n}.bak")
        n += 1
    return candidate


def migrate(path: Path, version: int) -> Path:
    """Migrate ``path`` from ``version`` to the current schema; returns the backup's path."""
    tables, _, _ = load_journal(path, expected_version=version)
    backup = backup_path_for(path, version)
    shutil.copy2(path, backup)
    with backup.open("rb") as f:
        os.fsync(f.fileno())
    fsync_dir(path.parent)
    for v in range(version, SCHEMA_VERSION):
        step = MIGRATIONS.get(v)
        if step is None:
            raise StoreError(f"{path}: no migration from schema {v}")
        tables = step(tables)
    write_snapshot(path, tables, SCHEMA_VERSION)
    return backup
