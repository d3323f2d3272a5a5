"""``AnnotationStore``: articles and tags in one TinyDB file that never loses a tag.

A facade over parts it owns, each a class with its own state (see ``store.__init__``):
``Records`` (the open file's tables and durable transactions), ``Articles`` (articles as
read), ``TagIndex`` (tags in memory, validation, tag writes), ``History`` (undo/redo),
``Queries`` (reads of tags), ``Writes`` (validated tag writes, settings), ``ArticleAdder``
(adding and re-anchoring), ``Rejections`` (rejected suggestions, removed articles),
``SeenFiles`` (files seen before). The facade opens, replays, compacts and closes the file
(``file/``: the journal, storage, migrations, file lock; ``index``: the library index beside
it) and says how each public method is locked (``locking``).

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
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotations.errors import StoreError, StoreWriteError, os_reason
from annotations.store.adding_articles import ArticleAdder
from annotations.store.articles import Articles
from annotations.store.file.filelock import StoreLock
from annotations.store.file.group_map import identity, write_map
from annotations.store.file.journal import SCHEMA_VERSION, read_version, write_temp
from annotations.store.file.migrations import migrate
from annotations.store.file.storage import JournalDB
from annotations.store.history import History
from annotations.store.index import StoreIndex, read_index, stamp_of, write_index
from annotations.store.locking import (
    closes,
    index_first,
    locks_itself,
    reads,
    unreplayed,
    write_locked,
    writes,
)
from annotations.store.queries import Queries
from annotations.store.records import Records
from annotations.store.rejections import Rejections
from annotations.store.seen_files import SeenFiles
from annotations.store.tag_index import TagIndex
from annotations.store.types import ArticleAdded, ArticleSummary, Change
from annotations.store.writes import Writes
from annotations.util.safe_files import special_kind

# pydantic and the models are imported on first use, not when the store opens: the library's
# first frame needs only titles and counts from the journal (see ``article_summaries``).
#: the longest first line read to check a store file's header (``read_version``)
_HEADER_MAX = 4096

if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.model.article_view import ArticleView, TagMark
    from annotations.store.types import Tag


class AnnotationStore:
    """Articles and their tags in one crash-safe TinyDB file (see the module docstring)."""

    #: Change lines since the last snapshot past which ``compaction_due`` says so: replaying
    #: them costs more at each open than the groups of a snapshot do.
    COMPACT_AFTER_LINES = 1000
    #: Bytes of change lines written since the last snapshot past which it is due too: one
    #: big batch (an import, an ``add_many`` of thousands of tags) is one line whose every
    #: record the next open decodes, where a snapshot's groups are decoded when read.
    COMPACT_AFTER_BYTES = 4 << 20

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
        self._pending: StoreIndex | None = None  # a deferred open's index, until replayed
        self._open_error: StoreError | None = None
        # the parts (each owns its state; they meet only through these references)
        self._records = Records(self.path, readonly, self._load)
        self._articles = Articles(self._records)
        self._tags = TagIndex(self._records, self._articles)
        self._history = History(self._records, self._tags)
        self._queries = Queries(self._records, self._articles, self._tags)
        self._writes = Writes(self._records, self._tags, self._history)
        self._rejections = Rejections(self._records, self._history)
        self._adder = ArticleAdder(self._records, self._articles, self._tags, self._history,
                                   self.article_summaries)
        self._seen = SeenFiles({}, self._stored_ids)
        if not readonly:
            self._lock = StoreLock(self.path)
        try:
            index = read_index(self.path) if defer or not readonly else None
            if index is not None:
                self._seen.sources = index.sources
            if defer and index is not None and self._lock_if_current(index):
                self._pending = index
                return
            self._open_file()
            self._replay()
        except BaseException:
            self._release_lock()
            raise

    @property
    def _db(self) -> JournalDB | None:
        """The open database (None before a deferred open is replayed and after close)."""
        return self._records.db

    def _load(self) -> None:
        """Every part forgets what it read and reads the tables again (after a replay, or when
        a write failed: memory goes back to what is on disk)."""
        # Articles and tags are validated lazily, the first time they are read: opening a
        # 100,000-tag store costs a journal replay, not 100,000 validations.
        self._articles.load()
        self._tags.load()
        self._history.load()

    def _raw(self, table: str) -> Mapping[str, Any]:
        """One table's stored documents (tests look at the history's records)."""
        return self._records.raw(table)

    def _stored_ids(self) -> set[str]:
        pending = self._pending
        if pending is not None:
            return {s.id for s in pending.summaries}
        return set(self.article_ids())

    def _from_index(self) -> list[ArticleSummary] | None:
        pending = self._pending
        return list(pending.summaries) if pending is not None else None

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

    def _replay(self) -> None:
        db = self._records.db = JournalDB(self.path, readonly=self.readonly, lock=self._lock)
        self._load()
        lines = db.journal.change_lines
        if not self.readonly and lines > 2 * self._records.live_docs() + 1000:
            self._compact_quietly()

    @property
    def pending(self) -> bool:
        """Whether a deferred open still has to replay the journal."""
        return self._pending is not None

    @locks_itself
    def finish_open(self) -> None:
        """Replay the journal of a deferred open (at most once; any thread; the open lock).
        Raises the ``StoreError`` the replay found, then and on every later call."""
        with self._open_lock:
            if self._open_error is not None:
                raise self._open_error
            if self._pending is None:
                return
            try:
                self._open_file(locked=True)
                self._replay()
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

    def _open_file(self, locked: bool = False) -> None:
        """Create (locked), or lock and check: refuse foreign or newer files, migrate older
        (the journal reads the file itself: through its group map, most of it is left
        unread)."""
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
            with self.path.open("rb") as f:
                data = f.readline(_HEADER_MAX)
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
            self._records.open_db.journal.compact()
        except StoreWriteError:  # no room: the uncompacted journal is as good, only longer
            return

    @closes
    def close(self) -> None:
        """Close the file, write the library index (writable stores) and release the lock."""
        db = self._records.db
        if db is not None:
            if self._lock is not None and \
                    db.journal.appended_bytes >= self.COMPACT_AFTER_BYTES:
                self._compact_quietly()  # big batches were written: the next open is quick
            summaries = self.article_summaries() if self._lock is not None else None
            groups = db.journal.trusted_group_lines
            article_lines = db.journal.trusted_article_lines
            map_stamp = db.journal.current_map_stamp
            db.close()
            self._records.db = None
            if summaries is not None and self._lock is not None and self._lock.fd is not None:
                st = os.fstat(self._lock.fd)
                write_index(self.path, StoreIndex(stamp_of(st), summaries, self._seen.sources))
                if map_stamp != identity(st):  # else the map read at open is still the file's
                    write_map(self.path, st, groups, article_lines)
        self._release_lock()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def problems(self) -> list[str]:
        """Bad records found so far (``check()`` validates everything first)."""
        if self._records.db is None:  # a deferred open not replayed yet, or closed
            return []
        return self._articles.problems + self._tags.problems

    @reads
    def check(self) -> list[str]:
        """Validate every record now; returns the problems (one line each)."""
        self._tags.ensure_all()
        return self.problems

    # -- articles (``Articles``, ``ArticleAdder``) ---------------------------------------------

    @writes
    def add_article(self, article: Article, replaces: str | None = None, *,
                    supersede: bool = True, keep: bool = True) -> ArticleAdded:
        """Add an article (idempotent). If it replaces an earlier version, re-anchor its tags.

        The earlier version is ``replaces`` or, if not given, the newest stored article with
        the same title and source (never with ``supersede=False``: an article from a teammate
        sits beside the local one). Its text stays in the store, so orphans remain valid.
        With ``keep=False`` the store does not keep ``article`` itself (it reads its record
        back when asked): a command that only stores articles holds one copy of each thread.
        """
        return self._adder.add_article(article, replaces, supersede=supersede, keep=keep)

    @reads
    def articles(self, include_superseded: bool = False) -> list[Article]:
        """Stored articles in the order they were added (current versions only by default).
        An article whose record fails validation is left out and listed in ``problems``."""
        return self._articles.articles(include_superseded)

    @reads
    def article(self, article_id: str) -> Article | None:
        """The article with this id (validated on first read), or None."""
        return self._articles.article(article_id)

    @reads
    def article_view(self, article_id: str, *, comments_later: bool = False
                     ) -> Article | ArticleView | None:
        """The article for reading: the validated one if it was read before, else the stored
        record as plain objects (``article_view``: no pydantic), or, for a record that is not
        plainly what threadmark writes, the validated article (None, and a problem, if bad).
        ``comments_later``: a view whose comment tree is read when first used (not kept)."""
        return self._articles.article_view(article_id, comments_later=comments_later,
                                           read_later=self.article)

    @index_first
    def article_summaries(self) -> list[ArticleSummary]:
        """Current articles' titles, sources and counts, straight from the journal (fast)."""
        return self._articles.summaries(self._rejections.removed_articles(), self._tags.count)

    @reads
    def superseded_by(self, article_id: str) -> str | None:
        """The id of the version that replaced this article, if any."""
        return self._articles.superseded_by(article_id)

    @reads
    def article_ids(self, include_superseded: bool = False) -> list[str]:
        """Stored articles' ids in the order they were added (no validation)."""
        return self._articles.article_ids(include_superseded)

    # -- tags: reads (``TagIndex``, ``Queries``) -----------------------------------------------

    @reads
    def get(self, tag_id: str | Any) -> Tag | None:
        """The tag with this id, or None (also None for a record that fails validation)."""
        return self._tags.get(tag_id)

    @reads
    def __len__(self) -> int:
        return len(self._queries.all_tags())

    @reads
    def __iter__(self) -> Iterator[Tag]:
        return iter(self._queries.all_tags())

    @reads
    def tags(
        self,
        article_id: str | None = None,
        kind: str | Iterable[str] | None = None,
        annotator: str | None = None,
        label: str | None = None,
        text: str | None = None,
        part: str | None = None,
    ) -> list[Tag]:
        """Tags matching every filter given, in reading order (body first, then comments).

        ``text`` matches case-insensitively in the tagged text, the note and the kind's fields.
        """
        return self._queries.tags(article_id, kind, annotator, label, text, part)

    @reads
    def tag_marks(self, article_id: str) -> list[Tag | TagMark]:
        """An article's tags as far as drawing them needs (id, kind, anchor), in reading
        order: the validated tags once they are, before that the stored records read without
        the models (no pydantic: the reader's first frame). ``tags()`` validates them."""
        return self._queries.tag_marks(article_id)

    @reads
    def tag_count(self, article_id: str) -> int:
        """How many tag records an article has (without validating them)."""
        return self._tags.count(article_id)

    @reads
    def counts(self, article_id: str | None = None) -> dict[str, int]:
        """Number of tags per kind (of one article, or of the whole store)."""
        return self._queries.counts(article_id)

    @reads
    def orphans(self, article_id: str | None = None) -> list[Tag]:
        """Tags left on superseded article versions (not placed in the new text)."""
        return self._queries.orphans(article_id)

    @reads
    def raw_tag_docs(self) -> Mapping[str, dict[str, Any]]:
        """The stored JSON documents of the tags by id (read-only: do not modify)."""
        return self._queries.raw_tag_docs()

    @reads
    def stored_docs(self, article_id: str) -> list[dict[str, Any]]:
        """One article's tag documents as stored, in reading order, without validating
        them: every record was validated when it was written and each journal line carries
        a checksum, so export can trust them (records already found bad are left out).
        Do not modify what this returns."""
        return self._queries.stored_docs(article_id)

    @reads
    def validate(self, tag: Tag | dict[str, Any]) -> Tag:
        """Validate a tag (model or dict) against the models and the stored article text."""
        return self._tags.validate(tag)

    @staticmethod
    @locks_itself
    def validate_with(data: dict[str, Any], article: Any) -> Tag:
        """``validate`` for a tag on ``article``, an article not in the store yet (the same
        checks against its text; the store's other articles are not consulted). Reads
        nothing of the store: no lock."""
        return TagIndex.validate_with(data, article)

    # -- tags: writes (``Writes``) -------------------------------------------------------------

    @writes
    def add(self, tag: Tag | dict[str, Any]) -> Tag:
        """Validate and save a new tag; it is on disk when this returns."""
        return self._writes.add_many([tag], action="add")[0]

    @writes
    def add_many(self, tags: Iterable[Tag | dict[str, Any]], action: str = "add") -> list[Tag]:
        """Validate and save many new tags with one durable write (one undo step)."""
        return self._writes.add_many(tags, action)

    @writes
    def update(self, tag: Tag | dict[str, Any]) -> Tag:
        """Validate and save a changed tag (``updated`` is set to now)."""
        return self._writes.update(tag)

    @writes
    def update_many(self, tags: Iterable[Tag | dict[str, Any]], action: str = "edit") -> list[Tag]:
        """Save several changed tags in one durable write and one undo step (e.g. a link)."""
        return self._writes.update_many(tags, action)

    @writes
    def delete(self, tag_id: str | Any) -> Tag:
        """Delete a tag (undo brings it back); returns what was deleted."""
        return self._writes.delete(tag_id)

    @writes
    def merge(self, adds: list[Tag], replaces: list[Tag], deletes: Iterable[str] = (),
              action: str = "import", *, validated: bool = False) -> None:
        """Write imported tags, new ones and newer versions of stored ones, as they are
        (timestamps kept), and delete ``deletes``, in one durable write and one undo step.
        ``validated``: the tags are models ``validate`` made (or ``validate_with`` their
        article, for an article added in the same all-or-nothing block), not checked again."""
        self._writes.merge(adds, replaces, deletes, action, validated=validated)

    @writes
    def merge_groups(self, groups: list[tuple[str, list[str], str, list[str]]],
                     ids: list[str], before: list[dict[str, Any] | None],
                     action: str = "import") -> None:
        """Write validated tags as group records ``(article id, ids, JSON of id -> tag, the
        ids whose version this is)`` (``import_merge`` made and checked them: a later group's
        version of an id wins), kept undecoded (``lazydocs``); ``ids`` are all their ids once
        and ``before`` the stored version of each (None: new), for undo. One durable write
        and one undo step."""
        self._writes.merge_groups(groups, ids, before, action)

    @locks_itself
    @contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Every write inside the block in one durable journal line: if the block raises,
        nothing of it is written (an import that fails leaves the file as it was). Takes the
        writers' lock, then the store's, for the whole block (a deferred open is replayed
        first)."""
        if self._pending is not None or self._open_error is not None:
            self.finish_open()
        self._records.check_writable()
        # the write lock first, as every writer takes it (``locking``): the writes in the
        # block take it again, never while holding the store's lock alone
        with self._write_lock, self._mutex, self._records.transaction():
            yield

    @reads
    def meta(self, key: str) -> Any:
        """A settings record kept in the store (``None`` if unset), e.g. ``sync``."""
        return self._writes.meta(key)

    @writes
    def set_meta(self, key: str, value: Any) -> None:
        """Keep a settings record in the store (one durable write; not undoable)."""
        self._writes.set_meta(key, value)

    @reads
    def compaction_due(self) -> bool:
        """Whether a snapshot would make the next open faster (the app compacts in a worker;
        on open the store compacts only when the journal is mostly dead lines; ``close``
        compacts after big batches)."""
        db = self._records.db
        if self.readonly or db is None:  # None: closed
            return False
        journal = db.journal
        return journal.change_lines >= self.COMPACT_AFTER_LINES or \
            journal.appended_bytes >= self.COMPACT_AFTER_BYTES

    @write_locked
    def compact(self) -> None:
        """Rewrite the journal as a compact snapshot (atomic). Other threads' reads go on
        while the new file is written and fsync'd; writes wait (``locking``)."""
        self._records.check_writable()
        journal = self._records.open_db.journal
        with self._mutex:
            lines = journal.snapshot()
        journal.install_snapshot(lines)  # no write can come between: the write lock is held
        with self._mutex:
            journal.snapshot_installed()

    # -- history (``History``) -----------------------------------------------------------------

    @writes
    def undo(self) -> Change | None:
        """Undo the last add/edit/delete (also across restarts); None if nothing to undo."""
        return self._history.undo()

    @writes
    def redo(self) -> Change | None:
        """Redo the last undone step; None if nothing to redo."""
        return self._history.redo()

    @reads
    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return self._history.can_undo()

    @reads
    def can_redo(self) -> bool:
        """Whether there is an undone step to redo."""
        return self._history.can_redo()

    @reads
    def peek(self, redo: bool = False) -> Change | None:
        """The step ``undo`` (``redo``) would take next, with the articles it touches (so a
        reader can tell a change on screen from one elsewhere); None if there is none."""
        return self._history.peek(redo)

    @reads
    def history_mark(self) -> list[Any]:
        """Where the history stands now: [position, time of the newest step done] (for
        ``annotators_changed_since``; JSON, to keep in a meta record)."""
        return self._history.history_mark()

    @reads
    def annotators_changed_since(self, mark: Any) -> dict[str, set[str]] | None:
        """Every tag a step done, undone or redone since ``mark`` (a ``history_mark``) has
        touched, with the annotators it has had in any state since; None when the history
        can no longer tell (steps dropped past the limit, or undone and replaced)."""
        return self._history.annotators_changed_since(mark)

    @reads
    def ids_in_history(self) -> set[str]:
        """The id of every tag an undo or redo step remembers: tags this store has held."""
        return self._history.ids_in_history()

    # -- rejected suggestions, removed articles (``Rejections``) -------------------------------

    @writes
    def reject(self, article_id: str, key: str, exact: str = "") -> None:
        """Remember that the suggestion ``key`` (kind:part:start:end) of an article was
        rejected; undo brings it back."""
        self._rejections.reject(article_id, key, exact)

    @reads
    def rejected(self, article_id: str) -> set[str]:
        """The keys of an article's rejected suggestions."""
        return self._rejections.rejected(article_id)

    @writes
    def remove_article(self, article_id: str) -> None:
        """Take an article out of the library (``article_summaries``); its record and tags
        stay, and undo brings it back."""
        self._rejections.remove_article(article_id)

    @writes
    def restore_article(self, article_id: str) -> None:
        """Put a removed article back in the library (undoable)."""
        self._rejections.restore_article(article_id)

    @reads
    def removed_articles(self) -> set[str]:
        """The ids of the articles taken out of the library."""
        return self._rejections.removed_articles()

    # -- files seen before (``SeenFiles``) ----------------------------------------------------

    @unreplayed
    def known_source(self, data: bytes) -> tuple[list[str], list[str]] | None:
        """The article ids (and parser warnings) these file bytes gave when last added, if
        every one of them is still in the store."""
        return self._seen.known_source(data)

    @unreplayed
    def remember_source(self, data: bytes, ids: list[str], warnings: list[str]) -> None:
        """Note that these file bytes parsed into ``ids`` (kept in the library index)."""
        self._seen.remember_source(data, ids, warnings)
