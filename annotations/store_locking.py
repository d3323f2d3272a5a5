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


def _early(method):  # noqa: ANN001, ANN202
    """Like ``_serialised``, but a deferred open answers without replaying the journal."""
    serialised = _serialised(method)

    @functools.wraps(method)
    def run(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        pending = self._pending
        if pending is not None and method.__name__ == "article_summaries":
            return list(pending.summaries)
        if method.__name__ == "close" and (pending is not None or self._open_error):
            with self._open_lock:  # not while a worker replays
                if self._pending is not None or self._open_error is not None:
                    self._pending = None  # nothing was replayed: nothing to write
                    self._release_lock()
                    return None
        return serialised(self, *args, **kwargs)

    return run


#: Every public method takes the store's re-entrant lock: a worker thread (export, sync) may
#: call the store while the UI thread reads, and the lazy caches fill under the lock.
SERIALISED = (
    "add_article", "articles", "article", "article_view", "superseded_by", "article_ids",
    "get", "tags", "tag_marks", "tag_count", "counts", "orphans", "raw_tag_docs", "stored_docs",
    "validate", "add", "add_many", "update", "update_many", "delete", "merge", "meta",
    "set_meta", "compact", "compaction_due", "undo", "redo", "can_undo", "can_redo",
    "check",
    "reject", "rejected",
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
        setattr(cls, name, _serialised(getattr(cls, name)))
    for name in ("article_summaries", "close"):
        setattr(cls, name, _early(getattr(cls, name)))
    for name in ("known_source", "remember_source"):
        setattr(cls, name, _unreplayed(getattr(cls, name)))
