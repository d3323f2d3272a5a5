"""``AnnotationStore``: articles and tags in one TinyDB file that never loses a tag.

A small facade over modules that each hold one concern: ``filelock`` (one writer),
``journal``/``storage`` (the file), ``migrations``, ``store_index`` (the library index beside
the file: a deferred open), ``store_articles`` (articles and re-anchoring), ``store_queries``
(reads), ``store_writes`` (validated writes, merges), ``store_history`` (undo/redo),
``store_rejections`` (rejected suggestions), ``store_sources`` (files seen before),
``store_locking`` (one lock for every method), ``store_types`` (shared types). This module
opens the file and keeps the lazily filled caches the others read.

    with AnnotationStore(path) as store:
        store.add_article(article)
        saved = store.add(Quote(anchor=Anchor.for_span(article, "body", 324, 499),
                                speaker="Vladimir Putin", annotator="ana"))

- Every write is validated against the models and the article text, and is on disk (fsync'd)
  before the call returns (see ``storage.JournalStorage``).
- Every record is validated when the store opens; bad records are listed in ``problems`` and
  skipped, never crashed on and never deleted.
- One writer at a time (an advisory lock next to the file); others may open read-only.
- Undo/redo cover add, update, delete and batches, and survive a restart.
- Re-adding an edited article re-anchors its tags; those that cannot be placed stay on the old
  version and are listed by ``orphans()``.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotations.errors import (
    StoreError,
    StoreLockedError,
    StoreWriteError,
    TagNotFound,
    os_reason,
)
from annotations.store.file.filelock import StoreLock
from annotations.store.file.journal import SCHEMA_VERSION, read_version, write_temp
from annotations.store.file.migrations import migrate
from annotations.store.file.storage import JournalDB
from annotations.store.index import StoreIndex, read_index, stamp_of, write_index
from annotations.store.lazydocs import LazyDocs
from annotations.util.gcpause import gc_paused

__all__ = [
    "HISTORY_LIMIT", "AnnotationStore", "ArticleAdded", "ArticleSummary", "Change",
    "ReanchorReport", "StoreLockedError", "TagNotFound", "searchable",
]

# pydantic and the models are imported on first use, not when the store opens: the library's
# first frame needs only titles and counts from the journal (see ``article_summaries``).
if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.model.article_view import ArticleView
    from annotations.model.models import Claim, Quote, Stance

    Tag = Quote | Stance | Claim


def __getattr__(name: str) -> Any:
    if name == "Tag":
        from annotations.model.models import Claim, Quote, Stance

        return Quote | Stance | Claim
    raise AttributeError(name)


from annotations.store.articles import ArticlesMixin  # noqa: E402 - after the lazy Tag alias
from annotations.store.history import HistoryMixin  # noqa: E402
from annotations.store.locking import serialise  # noqa: E402
from annotations.store.queries import QueriesMixin  # noqa: E402
from annotations.store.rejections import RejectionsMixin  # noqa: E402
from annotations.store.seen_files import SourcesMixin  # noqa: E402
from annotations.store.types import (  # noqa: E402
    HISTORY_LIMIT,
    T_ARTICLES,
    T_HISTORY,
    T_META,
    T_TAGS,
    ArticleAdded,
    ArticleSummary,
    Change,
    ReanchorReport,
    _first_error,
    _models,
    _position_key,
    _validation_error,
    searchable,
)
from annotations.store.writes import WritesMixin  # noqa: E402
from annotations.util.safe_files import special_kind  # noqa: E402


class AnnotationStore(ArticlesMixin, QueriesMixin, WritesMixin, HistoryMixin,
                      RejectionsMixin, SourcesMixin):
    """Articles and their tags in one crash-safe TinyDB file (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False, *,
                 defer: bool = False) -> None:
        """Open (or create) the store at ``path``.

        With ``defer``, a store closed cleanly since its last change (its library index
        matches the file: ``store_index``) is only locked here; ``article_summaries`` answers
        from the index, and the journal is replayed by ``finish_open`` (call it from a worker)
        or by the first call that needs it. Errors the replay finds are raised from there.
        """
        # Every file operation goes to the resolved file: a symlinked store stays a link and
        # two paths to one file meet the same lock (``filelock``).
        self._mutex = threading.RLock()
        self._write_lock = threading.RLock()  # writers in order; taken before ``_mutex``
        self._open_lock = threading.Lock()
        self.path = Path(os.path.realpath(Path(path).expanduser()))
        self.readonly = readonly
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self._lock: StoreLock | None = None
        self._db = None  # type: ignore[assignment]
        self._pending: StoreIndex | None = None  # a deferred open's index, until replayed
        self._open_error: StoreError | None = None
        self._sources: dict[str, dict[str, Any]] = {}
        if not readonly:
            self._lock = StoreLock(self.path)
        try:
            index = read_index(self.path) if defer or not readonly else None
            if index is not None:
                self._sources = index.sources
            if defer and index is not None and self._lock_if_current(index):
                self._pending = index
                return
            self._replay(self._open_file())
        except BaseException:
            self._release_lock()
            raise

    def _lock_if_current(self, index: StoreIndex) -> bool:
        """Lock the file (writable) and say whether it is still the one ``index`` describes."""
        try:
            st = os.stat(self.path)
        except OSError:
            return False
        if stamp_of(st) != index.stamp or not stat.S_ISREG(st.st_mode):
            return False
        if self._lock is not None:
            self._lock.acquire()  # StoreLockedError if another process writes
            assert self._lock.fd is not None
            if stamp_of(os.fstat(self._lock.fd)) != index.stamp:  # written before we locked
                return False
        return True

    def _replay(self, data: bytes | None) -> None:
        self._db = JournalDB(self.path, readonly=self.readonly, lock=self._lock, data=data)
        del data
        self._load()
        if not self.readonly and self._db.journal.change_lines > 2 * self._live_docs() + 1000:
            self._compact_quietly()

    @property
    def pending(self) -> bool:
        """Whether a deferred open still has to replay the journal."""
        return self._pending is not None

    def finish_open(self) -> None:
        """Replay the journal of a deferred open (at most once; any thread). Raises the
        ``StoreError`` the replay found, then and on every later call."""
        with self._open_lock:
            if self._open_error is not None:
                raise self._open_error
            if self._pending is None:
                return
            try:
                self._replay(self._open_file(locked=True))
            except StoreError as e:
                self._open_error = e
                self._release_lock()
                raise
            except BaseException:
                self._release_lock()
                raise
            finally:
                self._pending = None

    # -- lifecycle --------------------------------------------------------------------------

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def _open_file(self, locked: bool = False) -> bytes | None:
        """Create (locked), or lock and check: refuse foreign or newer files, migrate older.
        Returns the file's bytes when they are current (so they are read once)."""
        if self._lock is not None and not locked and not self.path.exists():
            if self._create():
                return None
        if not self.path.exists():
            raise StoreError(f"{self.path}: no such store")
        special = special_kind(self.path)  # before the lock opens it: a FIFO would block
        if special is not None:
            raise StoreError(f"{self.path}: is {special}, not a store file")
        if self._lock is not None and not locked:
            self._lock.acquire()
        try:
            data = self.path.read_bytes()
        except OSError as e:
            raise StoreError(f"{self.path}: cannot read ({os_reason(e)})") from None
        if not data:
            raise StoreError(f"{self.path}: empty file, not a threadmark store (left untouched)")
        version = read_version(self.path, data)
        if version < SCHEMA_VERSION:
            if self.readonly:
                raise StoreError(f"{self.path}: schema {version} needs migrating; open it writable")
            try:
                self.migrated_from, self.backup_path = migrate(self.path, self._lock)
            except OSError as e:
                raise StoreWriteError(
                    f"{self.path}: could not migrate ({os_reason(e)}); left untouched"
                ) from None
            return None
        return data

    def _create(self) -> bool:
        """A new empty store at ``path``; False if another process created one first."""
        assert self._lock is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = write_temp(self.path, {})
            return self._lock.create(tmp)
        except OSError as e:
            raise StoreWriteError(
                f"{self.path}: cannot create the store ({os_reason(e)})"
            ) from None

    def _compact_quietly(self) -> None:
        """Compact (on open, or on close after big batches); on a full disk the store stays
        as it is (still correct)."""
        try:
            self._db.journal.compact()
        except StoreWriteError:  # no room: the uncompacted journal is as good, only longer
            return

    def close(self) -> None:
        """Close the file, write the library index (writable stores) and release the lock."""
        if self._db is not None:
            if self._lock is not None and \
                    self._db.journal.appended_bytes >= self.COMPACT_AFTER_BYTES:
                self._compact_quietly()  # big batches were written: the next open is quick
            summaries = self.article_summaries() if self._lock is not None else None
            self._db.close()
            self._db = None  # type: ignore[assignment]
            if summaries is not None and self._lock is not None and self._lock.fd is not None:
                write_index(self.path, StoreIndex(stamp_of(os.fstat(self._lock.fd)),
                                                  summaries, self._sources))
        self._release_lock()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One durable journal line; if writing it fails, memory goes back to what is on disk,
        so nothing the caller was not told is saved can be shown as saved."""
        try:
            with self._db.journal.transaction():
                yield
        except BaseException:
            self._load()
            raise

    # -- loading ----------------------------------------------------------------------------

    def _raw(self, table: str) -> dict[str, dict[str, Any]]:
        return self._db.journal.read().get(table, {})

    def _live_docs(self) -> int:
        return sum(len(t) for t in self._db.journal.read().values())

    def _load(self) -> None:
        # Articles and tags are validated lazily, the first time they are read: opening a
        # 100,000-tag store costs a journal replay, not 100,000 validations.
        self._articles: dict[str, Article] = {}  # validated
        self._views: dict[str, ArticleView] = {}  # read without the models (article_view)
        self._article_meta: dict[str, dict[str, Any]] = {
            aid: {k: v for k, v in doc.items() if k != "article"} if isinstance(doc, dict)
            else {} for aid, doc in self._article_docs.items()
        }
        self._texts: dict[tuple[str, str], str | None] = {}
        self._tags: dict[str, Tag] = {}  # validated
        self._bad: dict[str, str] = {}  # tag id -> problem
        self._bad_articles: dict[str, str] = {}
        self._ids_by_article: dict[str, set[str]] = {}
        self._sorted: dict[str, list[Tag]] = {}  # per-article reading-order cache
        by_article = self._ids_by_article
        raw = self._raw(T_TAGS)
        docs = raw
        if isinstance(raw, LazyDocs):  # a compacted store's tags: indexed undecoded
            by_article.update(raw.undecoded_by_key())
            docs = raw.decoded
        for tid, doc in docs.items():
            try:
                aid = doc["anchor"]["article_id"]
            except (KeyError, TypeError):
                aid = ""
            ids = by_article.get(aid)
            if ids is None:
                ids = by_article[aid] = set()
            ids.add(tid)
        hist = self._raw(T_HISTORY)
        self._history_seqs = sorted(int(k) for k in hist)
        self._pos = int(self._raw(T_META).get("undo", {}).get("pos", 0))

    @property
    def _article_docs(self) -> dict[str, dict[str, Any]]:
        return self._raw(T_ARTICLES)

    @property
    def problems(self) -> list[str]:
        """Bad records found so far (``check()`` validates everything first)."""
        if self._db is None:  # a deferred open not replayed yet, or closed
            return []
        return list(self._bad_articles.values()) + list(self._bad.values())

    def check(self) -> list[str]:
        """Validate every record now; returns the problems (one line each)."""
        self._ensure_all()
        return self.problems

    def _ensure(self, article_id: str) -> None:
        """Validate the not-yet-validated tags of one article."""
        ids = self._ids_by_article.get(article_id)
        if not ids:
            return
        todo = [tid for tid in ids if tid not in self._tags and tid not in self._bad]
        if not todo:
            return
        raw = self._raw(T_TAGS)
        ctx = {"texts": self._part_text}
        validate = _models().tag_adapter.validate_python
        invalid = _validation_error()
        with gc_paused():
            for tid in todo:
                try:
                    self._tags[tid] = validate(raw[tid], context=ctx)
                except invalid as e:
                    self._bad[tid] = f"{self.path}: tag {tid}: {_first_error(e)}"

    def _ensure_all(self) -> None:
        for aid in list(self._article_docs):
            self.article(aid)
        for aid in list(self._ids_by_article):
            self._ensure(aid)

    def _part_text(self, article_id: str, part: str) -> str | None:
        key = (article_id, part)
        try:
            return self._texts[key]
        except KeyError:
            art = self.article(article_id)
            text = art.part_text(part) if art is not None else None
            self._texts[key] = text
            return text

    def _index(self, tag: Tag) -> None:
        sid = str(tag.id)
        aid = tag.anchor.article_id
        self._tags[sid] = tag
        self._bad.pop(sid, None)
        self._ids_by_article.setdefault(aid, set()).add(sid)
        self._sorted.pop(aid, None)

    def _unindex(self, sid: str) -> None:
        self._bad.pop(sid, None)
        tag = self._tags.pop(sid, None)
        if tag is not None:
            aid = tag.anchor.article_id
            self._ids_by_article.get(aid, set()).discard(sid)
            self._sorted.pop(aid, None)

    def _article_tags(self, article_id: str) -> list[Tag]:
        """One article's valid tags in reading order (cached until the article's tags change)."""
        cached = self._sorted.get(article_id)
        if cached is None:
            self._ensure(article_id)
            tags = self._tags
            cached = [tags[t] for t in self._ids_by_article.get(article_id, ()) if t in tags]
            cached.sort(key=_position_key)
            self._sorted[article_id] = cached
        return cached


serialise(AnnotationStore)
