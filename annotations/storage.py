"""A crash-safe TinyDB storage: an append-only journal, compacted by atomic replacement.

TinyDB's ``JSONStorage`` rewrites the whole file in place on every change, so a crash mid-write
can leave it unreadable, and each insert costs a full re-serialisation. ``JournalStorage`` keeps
the tables in memory and appends one line per change (a list of put/delete operations), flushed
and fsync'd before the call returns. A line is the unit of atomicity: after ``kill -9`` the file
holds every line whose write returned, plus at most one torn last line, which is dropped on open.

File layout (UTF-8, one JSON value per line)::

    {"threadmark_store": 2}                      header: format and schema version
    [["p", "tags", "<id>", {...}], ["d", "history", "7"]]     one committed change per line

Whole-database writes (``write``) and compaction write a snapshot to a temp file, fsync it,
``os.replace`` it over the journal and fsync the directory.

``JournalTable`` is the TinyDB table class that turns each TinyDB update into just the operations
it made, so an insert costs O(1) instead of O(table).
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from .gcpause import gc_paused

SCHEMA_VERSION = 2
HEADER_KEY = "threadmark_store"

Op = list  # ["p", table, doc_id, doc] | ["d", table, doc_id]
Tables = dict[str, dict[str, dict[str, Any]]]


class StoreError(Exception):
    """A store problem with a one-line message naming the file."""


class ForeignFileError(StoreError):
    """The file exists but is not a threadmark store; it is left untouched."""


class CorruptStoreError(StoreError):
    """The store file is damaged beyond a torn last line; it is left untouched."""


class NewerStoreError(StoreError):
    """The store was written by a newer threadmark."""


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename inside it is durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_header(path: Path) -> int | None:
    """The schema version of a store file, or None if the file is not a threadmark store."""
    with path.open("rb") as f:
        first = f.readline(4096)
    try:
        head = orjson.loads(first)
    except orjson.JSONDecodeError:
        return None
    if isinstance(head, dict) and isinstance(head.get(HEADER_KEY), int):
        return head[HEADER_KEY]
    return None


def apply_ops(tables: Tables, ops: list[Op]) -> None:
    """Apply put/delete operations to in-memory tables."""
    for op in ops:
        if op[0] == "p":
            tables.setdefault(op[1], {})[op[2]] = op[3]
        else:
            t = tables.get(op[1])
            if t is not None:
                t.pop(op[2], None)


def load_journal(path: Path, expected_version: int = SCHEMA_VERSION) -> tuple[Tables, int, int]:
    """Replay a journal file: (tables, number of change lines, byte length of good data).

    Raises ``ForeignFileError`` or ``CorruptStoreError``; a torn final line (no newline, not
    valid JSON) is ignored and reported through the returned good length.
    """
    data = path.read_bytes()
    nl = data.find(b"\n")
    head_line = data if nl < 0 else data[:nl]
    try:
        head = orjson.loads(head_line)
    except orjson.JSONDecodeError:
        head = None
    if not (isinstance(head, dict) and isinstance(head.get(HEADER_KEY), int)):
        raise ForeignFileError(f"{path}: not a threadmark store (left untouched)")
    version = head[HEADER_KEY]
    if version != expected_version:
        raise CorruptStoreError(f"{path}: schema {version}, expected {expected_version}")
    tables: Tables = {}
    good = nl + 1 if nl >= 0 else len(data)
    lines = 0
    pos = good
    size = len(data)
    while pos < size:
        end = data.find(b"\n", pos)
        last = end < 0
        line = data[pos:] if last else data[pos:end]
        try:
            ops = orjson.loads(line)
            if not isinstance(ops, list):
                raise ValueError("not a list of operations")
            apply_ops(tables, ops)
        except (orjson.JSONDecodeError, ValueError, TypeError, IndexError) as e:
            if last:  # torn write of the last change: never returned to a caller
                break
            lineno = data.count(b"\n", 0, pos) + 1
            raise CorruptStoreError(
                f"{path}: line {lineno} is damaged ({e}); the file was left untouched"
            ) from None
        lines += 1
        if last:
            good = size
            break
        pos = end + 1
        good = pos
    return tables, lines, good


def write_snapshot(path: Path, tables: Tables, version: int = SCHEMA_VERSION) -> None:
    """Atomically replace ``path`` with a compact journal holding ``tables``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(orjson.dumps({HEADER_KEY: version}) + b"\n")
            for name, table in tables.items():
                items = list(table.items())
                for i in range(0, len(items), 500):
                    chunk = [["p", name, k, v] for k, v in items[i : i + 500]]
                    f.write(orjson.dumps(chunk) + b"\n")
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def remove_stray_temps(path: Path) -> None:
    """Delete temp files a crash during compaction left next to the store."""
    for p in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            p.unlink()
        except OSError:
            pass


class JournalStorage(Storage):
    """TinyDB storage on an append-only journal (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._batch: list[Op] | None = None
        self._fd: int | None = None
        if not self.path.exists():
            if readonly:
                raise StoreError(f"{self.path}: no such store")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_snapshot(self.path, {})
        elif not readonly:
            remove_stray_temps(self.path)
        with gc_paused():
            self._tables, self.change_lines, good = load_journal(self.path)
        # The replayed tables are long-lived: keep the cyclic GC from re-scanning them.
        gc.freeze()
        if not readonly:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
            self.recovered_torn_line = good < self.path.stat().st_size
            if self.recovered_torn_line:
                os.truncate(self.path, good)  # drop the torn last line of a crashed write
            with self.path.open("rb") as f:
                f.seek(-1, os.SEEK_END)
                complete = f.read(1) == b"\n"
            if not complete:  # a whole last line whose newline never made it
                os.write(self._fd, b"\n")
            if self.recovered_torn_line or not complete:
                os.fsync(self._fd)
        else:
            self.recovered_torn_line = False

    # -- TinyDB's Storage interface ---------------------------------------------------------

    def read(self) -> Tables:
        """The live tables (TinyDB reads them; ``JournalTable`` writes through ``commit``)."""
        return self._tables

    def write(self, data: Tables) -> None:
        """Replace the whole database (TinyDB's generic path): an atomic snapshot."""
        self._check_writable()
        write_snapshot(self.path, data)
        self._tables = data
        self.change_lines = 0
        self._reopen()

    def close(self) -> None:
        """Close the journal file."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    # -- journal ----------------------------------------------------------------------------

    def commit(self, ops: list[Op]) -> None:
        """Make ``ops`` durable (one journal line, fsync'd), then apply them in memory."""
        if not ops:
            return
        self._check_writable()
        if self._batch is not None:
            self._batch.extend(ops)
            apply_ops(self._tables, ops)
            return
        self._append(ops)
        apply_ops(self._tables, ops)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group every commit inside the block into one durable journal line."""
        if self._batch is not None:  # nested: the outer transaction writes
            yield
            return
        self._batch = []
        try:
            yield
            ops, self._batch = self._batch, None
            if ops:
                self._append(ops)
        except BaseException:
            self._batch = None
            # memory may hold changes that never reached the disk: reload what is durable
            self._tables, self.change_lines, _ = load_journal(self.path)
            raise

    def compact(self) -> None:
        """Rewrite the journal as a snapshot of the live tables (atomic)."""
        self.write(self._tables)

    def _append(self, ops: list[Op]) -> None:
        line = orjson.dumps(ops) + b"\n"
        fd = self._fd
        assert fd is not None
        size = os.lseek(fd, 0, os.SEEK_END)
        try:
            written = os.write(fd, line)
            while written < len(line):
                written += os.write(fd, line[written:])
            os.fsync(fd)
        except BaseException:
            # The caller will be told this change failed: it must not reappear later.
            try:
                os.ftruncate(fd, size)
            except OSError:
                pass  # a torn line is dropped on the next open anyway
            raise
        self.change_lines += 1

    def _reopen(self) -> None:
        self.close()
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)

    def _check_writable(self) -> None:
        if self.readonly or self._fd is None:
            raise StoreError(f"{self.path}: store is open read-only")


class _TrackingTable(MutableMapping):
    """The view of one table that TinyDB's updaters see: records changes instead of making them.

    Reads copy the document (updaters mutate what they read), writes and deletes go to an
    overlay; ``ops()`` lists what changed.
    """

    def __init__(self, name: str, base: Mapping[str, dict]) -> None:
        self.name = name
        self.base = base
        self.overlay: dict[str, dict | None] = {}

    def __getitem__(self, key: Any) -> dict:
        k = str(key)
        if k in self.overlay:
            doc = self.overlay[k]
            if doc is None:
                raise KeyError(key)
            return doc
        doc = dict(self.base[k])
        self.overlay[k] = doc
        return doc

    def __setitem__(self, key: Any, value: dict) -> None:
        self.overlay[str(key)] = value

    def __delitem__(self, key: Any) -> None:
        k = str(key)
        if k not in self:
            raise KeyError(key)
        self.overlay[k] = None

    def __contains__(self, key: object) -> bool:
        k = str(key)
        if k in self.overlay:
            return self.overlay[k] is not None
        return k in self.base

    def __iter__(self) -> Iterator[str]:
        for k in self.base:
            if self.overlay.get(k, True) is not None:
                yield k
        for k, v in self.overlay.items():
            if v is not None and k not in self.base:
                yield k

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def ops(self) -> list[Op]:
        out: list[Op] = []
        for k, doc in self.overlay.items():
            if doc is None:
                if k in self.base:
                    out.append(["d", self.name, k])
            elif self.base.get(k) != doc:
                out.append(["p", self.name, k, doc])
        return out


class JournalTable(Table):
    """A TinyDB table whose writes append only what changed to a ``JournalStorage``."""

    document_id_class = str

    def _update_table(self, updater) -> None:  # noqa: ANN001 - TinyDB's signature
        storage = self._storage
        if not isinstance(storage, JournalStorage):  # pragma: no cover - defensive
            super()._update_table(updater)
            return
        view = _TrackingTable(self.name, storage.read().get(self.name, {}))
        updater(view)
        storage.commit(view.ops())
        self.clear_cache()


class JournalDB(TinyDB):
    """TinyDB on a ``JournalStorage`` with ``JournalTable`` tables (string document ids)."""

    table_class = JournalTable
    default_storage_class = JournalStorage

    @property
    def journal(self) -> JournalStorage:
        """The storage, typed."""
        return self.storage  # type: ignore[return-value]
