"""Writing tags: validated adds, edits, deletes and merges, each one durable journal line;
settings records (``meta``); compaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from tinydb.table import Document

from annotations.errors import StoreError, TagNotFound
from annotations.store.types import (
    T_META,
    T_TAGS,
    _models,
)
from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.model.models import Claim, Quote, Stance

    Tag = Quote | Stance | Claim


def _replace_with(doc: dict[str, Any]) -> Any:
    """A TinyDB updater that makes the record exactly ``doc`` (``update(dict)`` merges)."""
    def put(record: dict[str, Any]) -> None:
        record.clear()
        record.update(doc)
    return put


class WritesMixin:
    """``AnnotationStore``'s write methods (state lives in the store)."""

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
        if art is not None:  # a deep comment's old full path: its id now (comment_ids)
            data = _with_canonical_part(data, art)
        ctx: dict[str, Any] = {"texts": self._part_text}
        if art is not None:
            ctx["article"] = art
        return models.tag_adapter.validate_python(data, context=ctx)

    @staticmethod
    def validate_with(data: dict[str, Any], article: Any) -> Tag:
        """``validate`` for a tag on ``article``, an article not in the store yet (the same
        checks against its text; the store's other articles are not consulted)."""
        data = _with_canonical_part(data, article)
        return _models().tag_adapter.validate_python(data, context={"article": article})

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
            if sid in raw:  # the whole record: a merge of fields could mix two kinds
                table.update(_replace_with(doc), doc_ids=[sid])
                self._unindex(sid)
            else:
                table.insert(Document(doc, doc_id=sid))
            self._index(tag)

    def merge(self, adds: list[Tag], replaces: list[Tag], deletes: Iterable[str] = (),
              action: str = "import", *, validated: bool = False) -> None:
        """Write imported tags, new ones and newer versions of stored ones, as they are
        (timestamps kept), and delete ``deletes``, in one durable write and one undo step.
        ``validated``: the tags are models ``validate`` made (or ``validate_with`` their
        article, for an article added in the same all-or-nothing block), not checked again."""
        self._check_writable()
        if not validated:
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

    def merge_groups(self, groups: list[tuple[str, list[str], str, list[str]]],
                     ids: list[str], before: list[dict[str, Any] | None],
                     action: str = "import") -> None:
        """Write validated tags as group records ``(article id, ids, JSON of id -> tag, the
        ids whose version this is)`` (``import_merge`` made and checked them: a later group's
        version of an id wins), kept undecoded (``lazydocs``); ``ids`` are all their ids once
        and ``before`` the stored version of each (None: new), for undo. One durable write
        and one undo step."""
        from annotations.exchange.import_merge import write_groups

        self._check_writable()
        write_groups(self, groups, ids, before, action)

    @contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Every write inside the block in one durable journal line: if the block raises,
        nothing of it is written (an import that fails leaves the file as it was)."""
        self._check_writable()
        # the write lock first, as every writer takes it (``store_locking``): the writes in
        # the block take it again, never while holding the store's lock alone
        with self._write_lock, self._mutex, self._transaction():
            yield

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

    #: Change lines since the last snapshot past which ``compaction_due`` says so: replaying
    #: them costs more at each open than the groups of a snapshot do.
    COMPACT_AFTER_LINES = 1000
    #: Bytes of change lines written since the last snapshot past which it is due too: one
    #: big batch (an import, an ``add_many`` of thousands of tags) is one line whose every
    #: record the next open decodes, where a snapshot's groups are decoded when read.
    COMPACT_AFTER_BYTES = 4 << 20

    def compaction_due(self) -> bool:
        """Whether a snapshot would make the next open faster (the app compacts in a worker;
        on open the store compacts only when the journal is mostly dead lines; ``close``
        compacts after big batches)."""
        if self.readonly or self._db is None:  # None: closed
            return False
        journal = self._db.journal
        return journal.change_lines >= self.COMPACT_AFTER_LINES or \
            journal.appended_bytes >= self.COMPACT_AFTER_BYTES

    def compact(self) -> None:
        """Rewrite the journal as a compact snapshot (atomic). Other threads' reads go on
        while the new file is written and fsync'd; writes wait (``store_locking``)."""
        self._check_writable()
        journal = self._db.journal
        with self._mutex:
            lines = journal.snapshot()
        journal.install_snapshot(lines)  # no write can come between: the write lock is held
        with self._mutex:
            journal.snapshot_installed()


def _with_canonical_part(data: Any, article: Any) -> Any:
    """``data`` (a tag document) with its anchor's part as the comment's id today."""
    from annotations.model.comment_ids import canonical_part, is_legacy_deep

    anchor = data.get("anchor") if isinstance(data, dict) else None
    if not isinstance(anchor, dict) or not is_legacy_deep(anchor.get("part")):
        return data
    return {**data, "anchor": {**anchor, "part": canonical_part(article, anchor["part"])}}

