"""The store's thread safety: every public method under one re-entrant lock, and a deferred
open replayed (``finish_open``) before any method that needs the journal."""

from __future__ import annotations

import functools


def _serialised(method):  # noqa: ANN001, ANN202
    @functools.wraps(method)
    def run(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self._pending is not None or self._open_error is not None:
            self.finish_open()  # a deferred open: replay first (or wait for the worker's)
        with self._mutex:
            return method(self, *args, **kwargs)

    return run


def _writing(method):  # noqa: ANN001, ANN202
    """A method that writes: writers one at a time (``_write_lock``, so journal lines stay in
    call order), the store's lock held while memory and the file change, and the fsync after
    it is released, so reads from other threads (the UI's) answer meanwhile. The method
    returns (the change acknowledged) only once its lines are on disk; if the fsync fails they
    are cut off the file, memory is reloaded and ``StoreWriteError`` raised."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self._pending is not None or self._open_error is not None:
            self.finish_open()
        with self._write_lock:
            journal = self._db.journal if self._db is not None else None
            if journal is None or journal.sync_later:  # closed, or an outer write syncs
                with self._mutex:
                    return method(self, *args, **kwargs)
            journal.sync_later = True
            try:
                with self._mutex:
                    result = method(self, *args, **kwargs)
            finally:
                journal.sync_later = False
            try:
                journal.sync_pending()  # only the write lock held: readers go on
            except BaseException:
                with self._mutex:
                    self._load()  # what is on disk, the unsynced lines cut off
                raise
            return result

    return run


def _write_locked(method):  # noqa: ANN001, ANN202
    """``compact``: the write lock only; the method takes the store's lock while it reads
    memory and swaps files, not while it writes the snapshot."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self._pending is not None or self._open_error is not None:
            self.finish_open()
        with self._write_lock:
            return method(self, *args, **kwargs)

    return run


def _summaries_early(method):  # noqa: ANN001, ANN202
    """``article_summaries``: a deferred open answers from its index, replaying nothing."""
    serialised = _serialised(method)

    @functools.wraps(method)
    def run(self):  # noqa: ANN001, ANN202
        pending = self._pending
        return list(pending.summaries) if pending is not None else serialised(self)

    return run


def _close_early(method):  # noqa: ANN001, ANN202
    """``close``: a deferred open never replayed (or one that failed) only lets go of the
    lock; one being replayed by a worker is waited for (the open lock, then the store's)."""
    serialised = _serialised(method)

    @functools.wraps(method)
    def run(self):  # noqa: ANN001, ANN202
        with self._write_lock:  # never while a writer's fsync is under way
            close(self)

    def close(self):  # noqa: ANN001, ANN202
        if self._pending is not None or self._open_error is not None:
            with self._open_lock:
                if self._pending is not None or self._open_error is not None:
                    self._pending = None  # nothing was replayed: nothing to write
                    self._release_lock()
                    return
        serialised(self)

    return run


#: Every public method takes the store's re-entrant lock: a worker thread (export, sync) may
#: call the store while the UI thread reads, and the lazy caches fill under the lock. Those
#: that write (``WRITING``) fsync after letting go of it.
WRITING = ("add_article", "add", "add_many", "update", "update_many", "delete", "merge",
           "merge_groups",
           "set_meta", "undo", "redo", "reject", "remove_article", "restore_article")
SERIALISED = (
    "add_article", "articles", "article", "article_view", "superseded_by", "article_ids",
    "get", "tags", "tag_marks", "tag_count", "counts", "orphans", "raw_tag_docs", "stored_docs",
    "validate", "add", "add_many", "update", "update_many", "delete", "merge", "merge_groups",
    "meta",
    "set_meta", "compaction_due", "undo", "redo", "can_undo", "can_redo", "peek",
    "check", "ids_in_history",
    "reject", "rejected", "remove_article", "restore_article",
    "removed_articles",
    "__len__", "__iter__",
)


def _unreplayed(method):  # noqa: ANN001, ANN202
    """Under the lock, but never waiting for a deferred open (the method checks itself)."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        with self._mutex:
            return method(self, *args, **kwargs)

    return run


def serialise(cls: type) -> None:
    """Wrap the store's public methods (``SERIALISED``; the summaries and ``close``, which a
    deferred open answers early; the remembered files, which never wait for it)."""
    for name in SERIALISED:
        wrap = _writing if name in WRITING else _serialised
        setattr(cls, name, wrap(getattr(cls, name)))
    cls.compact = _write_locked(cls.compact)
    cls.article_summaries = _summaries_early(cls.article_summaries)
    cls.close = _close_early(cls.close)
    for name in ("known_source", "remember_source"):
        setattr(cls, name, _unreplayed(getattr(cls, name)))
