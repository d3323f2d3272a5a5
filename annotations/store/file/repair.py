"""``threadmark check --repair``: keep every good line of a damaged store, after a backup.

The damaged file is first copied byte for byte (``<store>.repair.bak``); then the journal is
replayed skipping lines that fail their checksum or shape and records of a shape no threadmark
writes, and the result is written back atomically. A foreign file is never touched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from annotations.errors import StoreError, os_reason
from annotations.store.file.filelock import StoreLock
from annotations.store.file.journal import (
    SCHEMA_VERSION,
    backup,
    bad_records,
    replay,
    write_snapshot,
)
from annotations.store.file.migrations import MIGRATIONS
from annotations.util.safe_files import special_kind


@dataclass
class RepairReport:
    """What a repair kept and dropped."""

    path: Path
    kept_lines: int = 0
    damaged_lines: list[tuple[int, str]] = field(default_factory=list)
    dropped_records: list[tuple[str, str, str]] = field(default_factory=list)
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        """Whether anything had to be dropped (and so the file was rewritten)."""
        return bool(self.damaged_lines or self.dropped_records)

    def lines(self) -> list[str]:
        """A readable report, one line each."""
        if not self.changed:
            return [f"{self.path}: no damage found; nothing changed"]
        out = [f"{self.path}: line {n} dropped ({why})" for n, why in self.damaged_lines]
        out += [f"{self.path}: {t} record {k[:40]!r} dropped ({why})"
                for t, k, why in self.dropped_records]
        out.append(f"{self.path}: kept {self.kept_lines} good line(s); the damaged file is "
                   f"saved as {self.backup}")
        return out


def repair(path: str | os.PathLike[str]) -> RepairReport:
    """Repair the store at ``path`` (it must not be open for writing elsewhere)."""
    real = Path(os.path.realpath(Path(path).expanduser()))
    special = special_kind(real)  # before the lock opens it: a FIFO would block
    if special is not None:
        raise StoreError(f"{real}: is {special}, not a store file")
    lock = StoreLock(real)
    lock.acquire()
    try:
        data = real.read_bytes()
        rep = replay(real, data, lenient=True)
        report = RepairReport(real, rep.change_lines, rep.damaged)
        report.dropped_records = bad_records(rep.tables)
        if not report.changed:
            return report
        for table, key, _ in report.dropped_records:
            rep.tables[table].pop(key, None)
        try:
            report.backup = backup(real, "repair")
            tables = rep.tables
            for v in range(rep.version, SCHEMA_VERSION):
                tables = MIGRATIONS[v](tables)
            write_snapshot(real, tables, lock=lock)
        except OSError as e:
            raise StoreError(f"{real}: could not repair ({os_reason(e)}); left untouched") from None
        return report
    finally:
        lock.release()
