"""A crash-safe TinyDB storage: an append-only, checksummed journal (see ``journal``).

TinyDB's ``JSONStorage`` rewrites the whole file in place on every change, so a crash mid-write
can leave it unreadable, and each insert costs a full re-serialisation. ``JournalStorage`` keeps
the tables in memory and appends one line per change (a list of put/delete operations), flushed
and fsync'd before the call returns. A line is the unit of atomicity: after ``kill -9`` the file
holds every line whose write returned, plus at most one torn last line, which is dropped on open.

Whole-database writes (``write``) and compaction write a snapshot to a temp file, fsync it, lock
it (``filelock.StoreLock.install``), ``os.replace`` it over the journal and fsync the directory.

``JournalTable`` is the TinyDB table class that turns each TinyDB update into just the operations
it made, so an insert costs O(1) instead of O(table).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from annotations import compat_tinydb
from annotations.errors import (
    CorruptStoreError,
    ForeignFileError,
    NewerStoreError,
    StoreError,
    StoreWriteError,
    os_reason,
)
from annotations.store.file.filelock import StoreLock
from annotations.store.file.group_map import GroupLines, open_journal
from annotations.store.file.journal import (
    HEADER_KEY,
    SCHEMA_VERSION,
    ArticleLine,
    GroupLine,
    Op,
    Replay,
    Tables,
    apply_ops,
    check_records,
    fsync_dir,
    remove_stray_temps,
    replay,
    snapshot_lines,
    write_line,
    write_snapshot,
)
from annotations.store.lazy_articles import LazyArticles
from annotations.util.gcpause import gc_paused

__all__ = [
    "HEADER_KEY", "SCHEMA_VERSION", "CorruptStoreError", "ForeignFileError", "JournalDB",
    "JournalStorage", "NewerStoreError", "StoreError", "StoreWriteError", "fsync_dir",
]


def load_journal(path: Path, data: bytes | None = None) -> tuple[Replay, GroupLines | None]:
    """Replay a current-schema journal (its bytes, or the file: through its group map when
    that is current, its groups then left in the file, read through the ``GroupLines``)."""
    if data is None:
        rep, file = open_journal(path)
    else:
        rep, file = replay(path, data), None
    try:
        if rep.version != SCHEMA_VERSION:
            raise CorruptStoreError(f"{path}: schema {rep.version}, expected {SCHEMA_VERSION}")
        check_records(path, {name: t.loaded() if isinstance(t, LazyArticles) else t
                             for name, t in rep.tables.items()}, rep.version)
    except BaseException:
        if file is not None:
            file.close()
        raise
    return rep, file


class JournalStorage(Storage):
    """TinyDB storage on an append-only journal (see the module docstring).

    The file must exist with the current schema (``AnnotationStore`` creates and migrates it);
    a writer passes the ``StoreLock`` it holds on the file.
    """

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False,
                 lock: StoreLock | None = None, data: bytes | None = None) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.lock = lock
        self._batch: list[Op] | None = None
        self._fd: int | None = None
        #: bytes of tag records put by change lines since this storage opened or last
        #: snapshot (``write_line``)
        self.appended_bytes = 0
        #: set by the store around a write (``store_locking``): lines are written at once but
        #: fsync'd by ``sync_pending`` once the store's read lock is released
        self.sync_later = False
        self._unsynced_from: int | None = None  # file offset of the first unsynced line
        #: the lines of the file that are one group each (``group_map`` keeps them)
        self.group_lines: list[GroupLine] = []
        self.article_lines: list[ArticleLine] = []  # ... and one article record each
        self._snapshot_groups: list[GroupLine] = []
        self._snapshot_articles: list[ArticleLine] = []
        self._group_files: list[GroupLines] = []  # the files groups are still read from
        self._map_stamp: list[int] | None = None  # see ``current_map_stamp``
        if not readonly:
            remove_stray_temps(self.path)
        good = self._load(data)
        del data
        self.recovered_torn_line = False
        if not readonly:
            try:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CLOEXEC)
                self.recovered_torn_line = good < self.path.stat().st_size
                if self.recovered_torn_line:
                    os.truncate(self.path, good)  # drop the torn last line of a crashed write
                    os.fsync(self._fd)
            except OSError as e:
                self.close()
                raise StoreWriteError(f"{self.path}: cannot write ({os_reason(e)})") from None

    @property
    def trusted_group_lines(self) -> list[GroupLine]:
        """``group_lines``, or none once one of them was found damaged (no map is written
        for a damaged file: its next open replays every line and says which is bad)."""
        if any(f.damaged for f in self._group_files):
            return []
        return self.group_lines

    @property
    def current_map_stamp(self) -> list[int] | None:
        """The file identity the map beside it was read for at the last load, while no line
        it names was found damaged (the map is then still the file's while that identity
        holds: nothing to write again); else None."""
        if any(f.damaged for f in self._group_files) or self._map_stamp is None:
            return None
        return self._map_stamp

    @property
    def trusted_article_lines(self) -> list[ArticleLine]:
        """``article_lines``, or none once a line the map names was found damaged."""
        if any(f.damaged for f in self._group_files):
            return []
        return self.article_lines

    def _load(self, data: bytes | None = None) -> int:
        """Replay the journal into memory; returns the byte length of its good data."""
        with gc_paused():
            rep, file = load_journal(self.path, data)
        if file is not None:
            self._group_files.append(file)
        self._map_stamp = file.stamp if file is not None else None
        self._tables, self.change_lines = rep.tables, rep.change_lines
        self.group_lines = rep.groups
        self.article_lines = rep.articles
        return rep.good_length

    # -- TinyDB's Storage interface ---------------------------------------------------------

    def read(self) -> Tables:  # type: ignore[override]  # tables may be LazyDocs (a Mapping decoded when read); TinyDB only reads them through Mapping methods
        """The live tables (TinyDB reads them; ``JournalTable`` writes through ``commit``)."""
        return self._tables

    def write(self, data: Tables) -> None:  # type: ignore[override]  # as ``read``: Mapping tables
        """Replace the whole database (TinyDB's generic path): an atomic snapshot."""
        self._check_writable()
        groups: list[GroupLine] = []
        articles: list[ArticleLine] = []
        try:
            write_snapshot(self.path, data, lock=self.lock,
                           lines=snapshot_lines(data, groups, articles))
        except OSError as e:
            raise StoreWriteError(
                f"{self.path}: could not rewrite the store ({os_reason(e)}); it is unchanged"
            ) from None
        self._tables = data
        self.group_lines, self.article_lines = groups, articles
        self.change_lines = 0
        self.appended_bytes = 0
        self._unsynced_from = None  # the snapshot (fsync'd) holds those lines' changes
        self._reopen()

    def close(self) -> None:
        """Close the journal file (groups not read by then can no longer be)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        for file in self._group_files:
            file.close()
        self._group_files = []

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
            self._load()
            raise

    def compact(self) -> None:
        """Rewrite the journal as a snapshot of the live tables (atomic)."""
        self.write(self._tables)

    # Compaction in three steps, so that the store's lock is held only while memory is read
    # (``snapshot``) and the file handle swapped (``snapshot_installed``), not while the new
    # file is written and fsync'd (``install_snapshot``: the caller keeps writers out).

    def snapshot(self) -> list[bytes]:
        """The lines of a snapshot of the live tables."""
        self._check_writable()
        self._snapshot_groups, self._snapshot_articles = [], []
        return snapshot_lines(self._tables, self._snapshot_groups, self._snapshot_articles)

    def install_snapshot(self, lines: list[bytes]) -> None:
        """Write ``lines`` to a temp file, fsync it and put it in the journal's place."""
        self._check_writable()
        try:
            write_snapshot(self.path, self._tables, lock=self.lock, lines=lines)
        except OSError as e:
            raise StoreWriteError(
                f"{self.path}: could not rewrite the store ({os_reason(e)}); it is unchanged"
            ) from None

    def snapshot_installed(self) -> None:
        """Append to the new file from now on (nothing was written since ``snapshot``)."""
        self.group_lines, self._snapshot_groups = self._snapshot_groups, []
        self.article_lines, self._snapshot_articles = self._snapshot_articles, []
        self.change_lines = 0
        self.appended_bytes = 0
        self._unsynced_from = None
        self._reopen()

    def _append(self, ops: list[Op]) -> None:
        fd = self._fd
        assert fd is not None
        size = os.lseek(fd, 0, os.SEEK_END)
        try:
            written, tag_puts = write_line(fd, ops)
            if self.sync_later:
                if self._unsynced_from is None:
                    self._unsynced_from = size
            else:
                os.fsync(fd)
        except BaseException as e:
            # The caller will be told this change failed: it must not reappear later.
            try:
                os.ftruncate(fd, size)
            except OSError:
                pass  # a torn line is dropped on the next open anyway
            if isinstance(e, OSError):
                raise StoreWriteError(
                    f"{self.path}: could not save ({os_reason(e)}); nothing was saved"
                ) from None
            raise
        if len(ops) == 1 and ops[0][0] == "g":  # a line the group map can point to
            self.group_lines.append((size, written, self.change_lines + 2, ops[0][2],
                                     ops[0][3]))
        self.change_lines += 1
        # what a snapshot would save the next open: tag records put one by one (group
        # records are kept undecoded, and the other tables are records in a snapshot too)
        self.appended_bytes += tag_puts

    def sync_pending(self) -> None:
        """fsync the lines written with ``sync_later``. If that fails they are cut off the
        file and ``StoreWriteError`` raised: the caller reloads memory (``discard_unsynced``
        already did the tables) under its lock, and tells its caller nothing was saved."""
        start, self._unsynced_from = self._unsynced_from, None
        if start is None or self._fd is None:
            return
        try:
            os.fsync(self._fd)
        except OSError as e:
            try:
                os.ftruncate(self._fd, start)
            except OSError:
                pass  # a line that never reached the disk whole is dropped on the next open
            self._load()
            raise StoreWriteError(
                f"{self.path}: could not save ({os_reason(e)}); nothing was saved"
            ) from None

    def _reopen(self) -> None:
        """Append to the file now at ``path``. The files groups and articles are still read
        from stay open (the old file is unchanged: its lines still check out) until
        ``close``."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CLOEXEC)

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


class JournalTable(compat_tinydb.UpdateHookTable):
    """A TinyDB table whose writes append only what changed to a ``JournalStorage``."""

    document_id_class = str  # type: ignore[assignment]  # string ids: TinyDB only calls it to convert and compares the results

    def apply_update(self, updater: Callable[[dict[str, Any]], None]) -> None:
        """Run TinyDB's updater on a tracking view and journal only what it changed."""
        storage = self.storage
        assert isinstance(storage, JournalStorage)  # JournalDB's storage class
        view = _TrackingTable(self.name, storage.read().get(self.name, {}))
        updater(view)  # type: ignore[arg-type]  # TinyDB's updaters only get, set and delete items
        storage.commit(view.ops())
        self.clear_cache()


class JournalDB(TinyDB):
    """TinyDB on a ``JournalStorage`` with ``JournalTable`` tables (string document ids)."""

    table_class = JournalTable
    default_storage_class = JournalStorage  # type: ignore[assignment]  # TinyDB types it as its JSONStorage; any Storage works

    @property
    def journal(self) -> JournalStorage:
        """The storage, typed."""
        storage = self.storage
        assert isinstance(storage, JournalStorage)  # default_storage_class, never another
        return storage
