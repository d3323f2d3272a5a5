"""``AnnotationStore``: articles and tags in one TinyDB file that never loses a tag.

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

import gc
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tinydb.table import Document

from .clock import now_utc
from .errors import (
    StoreError,
    StoreLockedError,
    StoreWriteError,
    TagNotFound,
    os_reason,
)
from .filelock import StoreLock
from .gcpause import gc_paused
from .journal import SCHEMA_VERSION, read_version, write_temp
from .migrations import migrate
from .storage import JournalDB

__all__ = ["AnnotationStore", "StoreLockedError", "TagNotFound"]

# pydantic and the models are imported on first use, not when the store opens: the library's
# first frame needs only titles and counts from the journal (see ``article_summaries``).
if TYPE_CHECKING:
    from .article import Article
    from .models import Claim, Quote, Stance, TagBase

    Tag = Quote | Stance | Claim


def __getattr__(name: str) -> Any:
    if name == "Tag":
        from .models import Claim, Quote, Stance

        return Quote | Stance | Claim
    raise AttributeError(name)


def _models():
    from . import models

    return models


def _validation_error() -> type[Exception]:
    from pydantic import ValidationError

    return ValidationError


def _first_error(e: Exception) -> str:
    from .validation import problem_text

    return problem_text(e)

#: How many undo steps are kept (older ones are dropped).
HISTORY_LIMIT = 500

T_ARTICLES, T_TAGS, T_HISTORY, T_META = "articles", "tags", "history", "meta"


@dataclass(frozen=True)
class Change:
    """One undoable step: what it did and to which tags."""

    action: str
    ids: tuple[str, ...]

    def describe(self) -> str:
        """A short human description, e.g. ``add 1 tag``."""
        n = len(self.ids)
        return f"{self.action} {n} tag{'s' if n != 1 else ''}"


@dataclass
class ReanchorReport:
    """What happened to the tags of an article that was re-added with edited text."""

    old_article_id: str
    new_article_id: str
    placed: dict[str, str] = field(default_factory=dict)  # tag id -> position|exact|fuzzy
    orphans: list[str] = field(default_factory=list)


@dataclass
class ArticleAdded:
    """Result of ``add_article``."""

    article_id: str
    new: bool
    reanchor: ReanchorReport | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """What the library lists, read from the journal without validating the article."""

    id: str
    title: str
    source: str | None
    comments: int
    tags: int
    url: str | None = None
    discusses: str | None = None  # a discussion thread: the URL of the article it is about


def _part_key(part: str) -> tuple[int, ...]:
    return (-1,) if part == "body" else tuple(int(p) for p in part.split("."))


def _position_key(tag: TagBase) -> tuple:
    a = tag.anchor
    return (_part_key(a.part), a.start, a.end)


class AnnotationStore:
    """Articles and their tags in one crash-safe TinyDB file (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False) -> None:
        # Every file operation goes to the resolved file: a symlinked store stays a link and
        # two paths to one file meet the same lock (``filelock``).
        self.path = Path(os.path.realpath(Path(path).expanduser()))
        self.readonly = readonly
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self._lock: StoreLock | None = None
        if not readonly:
            self._lock = StoreLock(self.path)
        try:
            self._open_file()
            self._db = JournalDB(self.path, readonly=readonly, lock=self._lock)
            self._load()
            if not readonly and self._db.journal.change_lines > 2 * self._live_docs() + 1000:
                self._compact_quietly()
        except BaseException:
            self._release_lock()
            raise

    # -- lifecycle --------------------------------------------------------------------------

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def _open_file(self) -> None:
        """Create (locked), or lock and check: refuse foreign or newer files, migrate older."""
        if self._lock is not None and not self.path.exists():
            if self._create():
                return
        if not self.path.exists():
            raise StoreError(f"{self.path}: no such store")
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a store file")
        if self._lock is not None:
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
        """Compact on open; on a full disk the store stays as it is (still correct)."""
        try:
            self._db.journal.compact()
        except StoreWriteError:
            pass

    def close(self) -> None:
        """Close the file and release the lock."""
        if getattr(self, "_db", None) is not None:
            self._db.close()
            self._db = None  # type: ignore[assignment]
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
        for tid, doc in self._raw(T_TAGS).items():
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
        validate = _models().annotation_adapter.validate_python
        invalid = _validation_error()
        with gc_paused():
            for tid in todo:
                try:
                    self._tags[tid] = validate(raw[tid], context=ctx)
                except invalid as e:
                    self._bad[tid] = f"{self.path}: tag {tid}: {_first_error(e)}"
        gc.freeze()  # validated tags live as long as the store

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

    # -- articles ---------------------------------------------------------------------------

    def add_article(self, article: Article, replaces: str | None = None) -> ArticleAdded:
        """Add an article (idempotent). If it replaces an earlier version, re-anchor its tags.

        The earlier version is ``replaces`` or, if not given, the newest stored article with
        the same title and source. Its text stays in the store, so orphans remain valid.
        """
        from .article import article_to_doc

        if article.id in self._article_docs:
            stored = self._article_docs[article.id].get("article")
            if stored != article_to_doc(article):
                raise StoreError(
                    f"{self.path}: article {article.id} is stored with different text; "
                    "an id must be the hash of its text"
                )
            # same id, same text: the freshly parsed object saves re-validating the record
            self._articles.setdefault(article.id, article)
            self._bad_articles.pop(article.id, None)
            return ArticleAdded(article.id, new=False)
        old_id = replaces
        if old_id is None:
            same = [
                s.id for s in self.article_summaries()
                if s.title == article.title and s.source == article.source
            ]
            old_id = same[-1] if same else None
        meta = {"added": now_utc().isoformat(), "superseded_by": None}
        doc = {"article": article_to_doc(article), **meta}
        db = self._db
        report = None
        with self._transaction():
            db.table(T_ARTICLES).insert(Document(doc, doc_id=article.id))
            self._articles[article.id] = article
            self._article_meta[article.id] = meta
            if old_id is not None and self.article(old_id) is not None:
                report = self._reanchor(old_id, article)
        return ArticleAdded(article.id, new=True, reanchor=report)

    def _reanchor(self, old_id: str, new: Article) -> ReanchorReport:
        from .models import Anchor
        from .reanchor import place

        report = ReanchorReport(old_id, new.id)
        moved_before: list[Tag] = []
        moved_after: list[Tag] = []
        for tag in list(self._article_tags(old_id)):
            a = tag.anchor
            text = new.part_text(a.part)
            where = place(a, text) if text is not None else None
            if where is None:
                report.orphans.append(tag.sid)
                continue
            anchor = Anchor.for_span(new, a.part, where.start, where.end)
            moved = tag.model_copy(update={"anchor": anchor, "updated": now_utc()})
            report.placed[tag.sid] = where.method
            moved_before.append(tag)
            moved_after.append(moved)
        meta = {**self._article_meta[old_id], "superseded_by": new.id}
        self._db.table(T_ARTICLES).update(meta, doc_ids=[old_id])
        self._article_meta[old_id] = meta
        if moved_after:
            self._apply(moved_before, moved_after, "re-anchor")
        return report

    def articles(self, include_superseded: bool = False) -> list[Article]:
        """Stored articles in the order they were added (current versions only by default).
        An article whose record fails validation is left out and listed in ``problems``."""
        out = []
        for aid in list(self._article_docs):
            if include_superseded or not self._article_meta[aid].get("superseded_by"):
                a = self.article(aid)
                if a is not None:
                    out.append(a)
        return out

    def article(self, article_id: str) -> Article | None:
        """The article with this id (validated on first read), or None."""
        art = self._articles.get(article_id)
        if art is not None or article_id in self._bad_articles:
            return art
        doc = self._article_docs.get(article_id)
        if doc is None:
            return None
        from .article import article_from_doc

        try:
            art = article_from_doc(doc["article"])
        except (_validation_error(), ValueError, KeyError, TypeError) as e:
            msg = _first_error(e) if isinstance(e, ValueError) else f"missing {e}"
            self._bad_articles[article_id] = f"{self.path}: article {article_id}: {msg}"
            return None
        self._articles[article_id] = art
        return art

    def article_summaries(self) -> list[ArticleSummary]:
        """Current articles' titles, sources and counts, straight from the journal (fast)."""
        out = []
        for aid, doc in self._article_docs.items():
            if self._article_meta[aid].get("superseded_by"):
                continue
            a = doc.get("article") if isinstance(doc, dict) else None
            if not isinstance(a, dict):
                continue
            out.append(ArticleSummary(aid, str(a.get("title", "")), a.get("source"),
                                      len(a.get("comments") or ()), self.tag_count(aid),
                                      a.get("url"), a.get("discusses")))
        return out

    def superseded_by(self, article_id: str) -> str | None:
        """The id of the version that replaced this article, if any."""
        return self._article_meta.get(article_id, {}).get("superseded_by")

    # -- tags: reads ------------------------------------------------------------------------

    def get(self, tag_id: str | Any) -> Tag | None:
        """The tag with this id, or None (also None for a record that fails validation)."""
        sid = str(tag_id)
        tag = self._tags.get(sid)
        if tag is None and sid not in self._bad:
            doc = self._raw(T_TAGS).get(sid)
            if doc is not None:
                invalid = _validation_error()
                try:
                    tag = self.validate(doc)
                except (invalid, StoreError) as e:
                    msg = _first_error(e) if isinstance(e, invalid) else str(e)
                    self._bad[sid] = f"{self.path}: tag {sid}: {msg}"
                    return None
                self._tags[sid] = tag
        return tag

    def __len__(self) -> int:
        self._ensure_all()
        return len(self._tags)

    def __iter__(self) -> Iterator[Tag]:
        self._ensure_all()
        return iter(list(self._tags.values()))

    def annotations(
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
        if article_id is not None:
            pool: Iterable[Tag] = self._article_tags(article_id)
            if kind is annotator is label is text is part is None:
                return list(pool)
        else:
            self._ensure_all()
            pool = self._tags.values()
        kinds = {kind} if isinstance(kind, str) else set(kind) if kind is not None else None
        needle = text.casefold() if text else None
        out = []
        for t in pool:
            if kinds is not None and t.kind not in kinds:
                continue
            if annotator is not None and t.annotator != annotator:
                continue
            if label is not None and label not in t.labels:
                continue
            if part is not None and t.anchor.part != part:
                continue
            if needle is not None and needle not in searchable(t):
                continue
            out.append(t)
        if article_id is None:
            out.sort(key=lambda t: (t.anchor.article_id, _position_key(t)))
        return out

    def tag_count(self, article_id: str) -> int:
        """How many tag records an article has (without validating them)."""
        return len(self._ids_by_article.get(article_id, ()))

    def counts(self, article_id: str | None = None) -> dict[str, int]:
        """Number of tags per kind (of one article, or of the whole store)."""
        out = {"quote": 0, "stance": 0, "claim": 0}
        if article_id is None:
            self._ensure_all()
            pool: Iterable[Tag] = self._tags.values()
        else:
            pool = self._article_tags(article_id)
        for t in pool:
            out[t.kind] += 1
        return out

    def orphans(self, article_id: str | None = None) -> list[Tag]:
        """Tags left on superseded article versions (not placed in the new text)."""
        out = []
        for aid in list(self._ids_by_article):
            newer = self.superseded_by(aid)
            if newer is None or (article_id is not None and article_id not in (aid, newer)):
                continue
            out.extend(self._article_tags(aid))
        return sorted(out, key=_position_key)

    # -- tags: writes -----------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: store is open read-only")

    def validate(self, tag: Tag | dict[str, Any]) -> Tag:
        """Validate a tag (model or dict) against the models and the stored article text."""
        models = _models()
        data = tag.model_dump() if isinstance(tag, models.TagBase) else tag
        aid = None
        if isinstance(data, dict):
            anchor = data.get("anchor")
            if isinstance(anchor, models.Anchor):
                anchor = anchor.model_dump()
            aid = anchor.get("article_id") if isinstance(anchor, dict) else None
            if aid is not None and self.article(aid) is None:
                raise StoreError(f"tag {data.get('id', '?')}: article {aid} is not in the store")
        art = self.article(aid) if aid else None
        ctx: dict[str, Any] = {"texts": self._part_text}
        if art is not None:
            ctx["article"] = art
        return models.annotation_adapter.validate_python(data, context=ctx)

    def add(self, tag: Tag | dict[str, Any]) -> Tag:
        """Validate and save a new tag; it is on disk when this returns."""
        return self.add_many([tag], action="add")[0]

    def add_many(self, tags: Iterable[Tag | dict[str, Any]], action: str = "add") -> list[Tag]:
        """Validate and save many new tags with one durable write (one undo step)."""
        self._check_writable()
        new = [self.validate(t) for t in tags]
        seen: set[str] = set()
        raw = self._raw(T_TAGS)
        for t in new:
            if t.sid in raw or t.sid in seen:
                raise StoreError(f"tag {t.sid}: a tag with this id exists already")
            seen.add(t.sid)
        if new:
            self._apply([None] * len(new), new, action)
        return new

    def update(self, tag: Tag | dict[str, Any]) -> Tag:
        """Validate and save a changed tag (``updated`` is set to now)."""
        self._check_writable()
        data = tag.model_dump() if isinstance(tag, _models().TagBase) else dict(tag)
        sid = str(data.get("id"))
        old = self.get(sid)
        if old is None:
            raise TagNotFound(f"no tag {sid}")
        data["updated"] = now_utc()
        new = self.validate(data)
        self._apply([old], [new], "edit")
        return new

    def update_many(self, tags: Iterable[Tag | dict[str, Any]], action: str = "edit") -> list[Tag]:
        """Save several changed tags in one durable write and one undo step (e.g. a link)."""
        self._check_writable()
        before: list[Tag | None] = []
        after: list[Tag | None] = []
        now = now_utc()
        for tag in tags:
            data = tag.model_dump() if isinstance(tag, _models().TagBase) else dict(tag)
            old = self.get(data.get("id"))
            if old is None:
                raise TagNotFound(f"no tag {data.get('id')}")
            data["updated"] = now
            before.append(old)
            after.append(self.validate(data))
        if after:
            self._apply(before, after, action)
        return after  # type: ignore[return-value]

    def delete(self, tag_id: str | Any) -> Tag:
        """Delete a tag (undo brings it back); returns what was deleted."""
        self._check_writable()
        old = self.get(tag_id)
        if old is None:
            raise TagNotFound(f"no tag {tag_id}")
        self._apply([old], [None], "delete")
        return old

    def _write_states(self, pairs: Iterable[tuple[str, Tag | None]]) -> None:
        """Put (or remove, for None) tag documents. Caller holds a transaction."""
        table = self._db.table(T_TAGS, cache_size=0)
        raw = self._raw(T_TAGS)
        for sid, tag in pairs:
            if tag is None:
                table.remove(doc_ids=[sid])
                self._unindex(sid)
                continue
            doc = tag.model_dump(mode="json")
            if sid in raw:
                table.update(doc, doc_ids=[sid])
                self._unindex(sid)
            else:
                table.insert(Document(doc, doc_id=sid))
            self._index(tag)

    def _apply(self, before: list[Tag | None], after: list[Tag | None], action: str) -> None:
        """Write a change and its undo record in one durable journal line."""
        ids = [str((b or a).id) for b, a in zip(before, after, strict=True)]  # type: ignore[union-attr]
        # Only the side that is about to disappear is recorded; undo records the other side
        # when it runs. So an import of 100,000 tags costs an undo entry of 100,000 ids.
        entry = {
            "action": action,
            "ids": ids,
            "before": [b.model_dump(mode="json") if b else None for b in before],
            "at": now_utc().isoformat(),
        }
        hist = self._db.table(T_HISTORY, cache_size=0)
        with self._transaction():
            self._write_states(zip(ids, after, strict=True))
            redo = [s for s in self._history_seqs if s >= self._pos]
            if redo:
                hist.remove(doc_ids=[_seq_id(s) for s in redo])
            hist.insert(Document(entry, doc_id=_seq_id(self._pos)))
            kept = [s for s in self._history_seqs if s < self._pos] + [self._pos]
            if len(kept) > HISTORY_LIMIT:
                drop, kept = kept[:-HISTORY_LIMIT], kept[-HISTORY_LIMIT:]
                hist.remove(doc_ids=[_seq_id(s) for s in drop])
            self._set_pos(self._pos + 1)
        self._history_seqs = kept

    def _set_pos(self, pos: int) -> None:
        self._db.table(T_META, cache_size=0).upsert(Document({"pos": pos}, doc_id="undo"))
        self._pos = pos

    def _step(self, seq: int, which: Literal["before", "after"]) -> Change:
        """Go to the ``which`` side of history entry ``seq``, keeping the current side in it."""
        other = "after" if which == "before" else "before"
        entry = dict(self._raw(T_HISTORY)[_seq_id(seq)])
        states: list[tuple[str, Tag | None]] = []
        for sid, doc in zip(entry["ids"], entry[which], strict=True):
            states.append((sid, self.validate(doc) if doc is not None else None))
        current = [self.get(sid) for sid in entry["ids"]]
        entry[other] = [t.model_dump(mode="json") if t else None for t in current]
        del entry[which]
        with self._transaction():
            self._write_states(states)
            hist = self._db.table(T_HISTORY, cache_size=0)
            hist.remove(doc_ids=[_seq_id(seq)])  # replace: update() would merge stale sides
            hist.insert(Document(entry, doc_id=_seq_id(seq)))
            self._set_pos(seq if which == "before" else seq + 1)
        return Change(entry["action"], tuple(entry["ids"]))

    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return any(s < self._pos for s in self._history_seqs)

    def can_redo(self) -> bool:
        """Whether there is an undone step to redo."""
        return any(s >= self._pos for s in self._history_seqs)

    def undo(self) -> Change | None:
        """Undo the last add/edit/delete (also across restarts); None if nothing to undo."""
        self._check_writable()
        done = [s for s in self._history_seqs if s < self._pos]
        return self._step(done[-1], "before") if done else None

    def redo(self) -> Change | None:
        """Redo the last undone step; None if nothing to redo."""
        self._check_writable()
        undone = [s for s in self._history_seqs if s >= self._pos]
        return self._step(undone[0], "after") if undone else None

    def raw_tag_docs(self) -> dict[str, dict[str, Any]]:
        """The stored JSON documents of the tags by id (read-only: do not modify)."""
        return self._raw(T_TAGS)

    def merge(self, adds: list[Tag], replaces: list[Tag], deletes: Iterable[str] = (),
              action: str = "import") -> None:
        """Write imported tags, new ones and newer versions of stored ones, as they are
        (timestamps kept), and delete ``deletes``, in one durable write and one undo step."""
        self._check_writable()
        adds = [self.validate(t) for t in adds]
        replaces = [self.validate(t) for t in replaces]
        before: list[Tag | None] = [None] * len(adds)
        for t in replaces:
            old = self.get(t.id)
            if old is None:
                raise TagNotFound(f"no tag {t.id}")
            before.append(old)
        after: list[Tag | None] = [*adds, *replaces]
        for sid in deletes:
            old = self.get(sid)
            if old is not None:
                before.append(old)
                after.append(None)
        if after:
            self._apply(before, after, action)

    def meta(self, key: str) -> Any:
        """A settings record kept in the store (``None`` if unset), e.g. ``sync``."""
        if key == "undo":
            raise KeyError("undo is the store's own record")
        doc = self._raw(T_META).get(key)
        return None if doc is None else doc.get("value")

    def set_meta(self, key: str, value: Any) -> None:
        """Keep a settings record in the store (one durable write; not undoable)."""
        self._check_writable()
        if key == "undo":
            raise KeyError("undo is the store's own record")
        with self._transaction():
            self._db.table(T_META, cache_size=0).upsert(Document({"value": value}, doc_id=key))

    def compact(self) -> None:
        """Rewrite the journal as a compact snapshot (atomic)."""
        self._check_writable()
        self._db.journal.compact()


def _seq_id(seq: int) -> str:
    return f"{seq:012d}"


def searchable(tag: TagBase) -> str:
    """The text a search matches in: tagged text, note, labels and the kind's fields."""
    parts = [tag.anchor.exact, tag.note, " ".join(tag.labels)]
    for name in ("speaker", "speaker_role", "holder", "target", "claimant", "evidence"):
        v = getattr(tag, name, None)
        if v:
            parts.append(v)
    return "\n".join(parts).casefold()
