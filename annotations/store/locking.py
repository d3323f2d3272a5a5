"""The store's thread safety: a decorator on each public method of ``AnnotationStore`` says how
it is locked, and a deferred open is replayed (``finish_open``) before any method that needs
the journal.

A worker thread (export, sync, a save) may call the store while the UI thread reads, and the
lazy caches fill under the lock, so every public method takes the store's re-entrant lock
(``_mutex``). Those that write take the writers' lock first (``_write_lock``: journal lines in
call order) and fsync after letting go of the store's lock, so readers never wait on an fsync.

- ``reads``: the store's lock.
- ``writes``: the writers' lock, then the store's lock while memory and the file change; the
  fsync after the store's lock is released.
- ``write_locked``: the writers' lock only (``compact`` takes the store's lock itself around
  what reads memory).
- ``index_first``: a deferred open answers from its library index, replaying nothing.
- ``closes``: ``close``: waits for a writer's fsync; a deferred open never replayed only lets
  go of the file lock.
- ``unreplayed``: the store's lock, never waiting for a deferred open.
- ``locks_itself``: no wrapper: the method takes the locks it needs (documented on it).

Each decorator marks the method (``LOCK_MARK``) so a test can check every public method says
how it is locked.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from annotations.store.facade import AnnotationStore

P = ParamSpec("P")
R = TypeVar("R")
Method = Callable[Concatenate["AnnotationStore", P], R]

#: The attribute each decorator sets on the method it returns: the name of its lock scope.
LOCK_MARK = "__store_lock__"


def _marked(run: Callable[..., R], scope: str) -> None:
    setattr(run, LOCK_MARK, scope)


def _replayed(store: AnnotationStore) -> None:
    if store._pending is not None or store._open_error is not None:
        store.finish_open()  # a deferred open: replay first (or wait for the worker's)


def reads(method: Method[P, R]) -> Method[P, R]:
    """Under the store's lock, after a deferred open is replayed."""
    @functools.wraps(method)
    def run(self: AnnotationStore, *args: P.args, **kwargs: P.kwargs) -> R:
        _replayed(self)
        with self._mutex:
            return method(self, *args, **kwargs)

    _marked(run, "reads")
    return run


def writes(method: Method[P, R]) -> Method[P, R]:
    """A method that writes: writers one at a time (``_write_lock``, so journal lines stay in
    call order), the store's lock held while memory and the file change, and the fsync after
    it is released, so reads from other threads (the UI's) answer meanwhile. The method
    returns (the change acknowledged) only once its lines are on disk; if the fsync fails they
    are cut off the file, memory is reloaded and ``StoreWriteError`` raised."""
    @functools.wraps(method)
    def run(self: AnnotationStore, *args: P.args, **kwargs: P.kwargs) -> R:
        _replayed(self)
        with self._write_lock:
            db = self._records.db
            journal = db.journal if db is not None else None
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

    _marked(run, "writes")
    return run


def write_locked(method: Method[P, R]) -> Method[P, R]:
    """The writers' lock only; the method takes the store's lock while it reads memory and
    swaps files, not while it writes (``compact``)."""
    @functools.wraps(method)
    def run(self: AnnotationStore, *args: P.args, **kwargs: P.kwargs) -> R:
        _replayed(self)
        with self._write_lock:
            return method(self, *args, **kwargs)

    _marked(run, "write_locked")
    return run


def index_first(method: Method[P, R]) -> Method[P, R]:
    """``article_summaries``: a deferred open answers from its index (``_from_index``),
    replaying nothing; otherwise as ``reads``."""
    locked = reads(method)

    @functools.wraps(method)
    def run(self: AnnotationStore, *args: P.args, **kwargs: P.kwargs) -> R:
        early = self._from_index()
        return early if early is not None else locked(self, *args, **kwargs)  # type: ignore[return-value]  # _from_index answers what the method would

    _marked(run, "index_first")
    return run


def closes(method: Method[P, R]) -> Method[P, R]:
    """``close``: a deferred open never replayed (or one that failed) only lets go of the
    lock; one being replayed by a worker is waited for (the open lock, then the store's)."""
    locked = reads(method)

    @functools.wraps(method)
    def run(self: AnnotationStore, *args: P.args, **kwargs: P.kwargs) -> R | None:
        with self._write_lock:  # never while a writer's fsync is under way
            if self._pending is not None or self._open_error is not None:
                with self._open_lock:
                    if self._pending is not None or self._open_error is not None:
                        self._pending = None  # nothing was replayed: nothing to write
                        self._release_lock()
                        return None
            return locked(self, *args, **kwargs)

    _marked(run, "closes")
    return run  # type: ignore[return-value]  # close returns None either way


def unreplayed(method: Method[P, R]) -> Method[P, R]:
    """Under the store's lock, but never waiting for a deferred open (the method checks
    itself)."""
    @functools.wraps(method)
    def run(self: AnnotationStore, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._mutex:
            return method(self, *args, **kwargs)

    _marked(run, "unreplayed")
    return run


F = TypeVar("F", bound=Callable[..., object])


def locks_itself(method: F) -> F:
    """No wrapper: the method takes the locks it needs itself (its docstring says which)."""
    _marked(method, "locks_itself")
    return method
