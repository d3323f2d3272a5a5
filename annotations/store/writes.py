"""Writing tags: validated adds, edits, deletes and merges, each one durable journal line;
settings records (``meta``). A part of ``AnnotationStore`` (see ``store.facade``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from annotations.errors import StoreError, TagNotFound
from annotations.store.history import History
from annotations.store.records import Records, document
from annotations.store.tag_index import TagIndex
from annotations.store.types import T_META, T_TAGS, _models
from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.store.types import Tag


class Writes:
    """Validated writes of tags and settings records, each one durable journal line and (but
    settings) one undo step."""

    def __init__(self, records: Records, tags: TagIndex, history: History) -> None:
        self._records = records
        self._index = tags
        self._history = history

    def add_many(self, tags: Iterable[Tag | dict[str, Any]], action: str = "add") -> list[Tag]:
        """Validate and save many new tags with one durable write (one undo step)."""
        self._records.check_writable()
        new = [self._index.validate(t) for t in tags]
        seen: set[str] = set()
        raw = self._records.raw(T_TAGS)
        for t in new:
            if t.sid in raw or t.sid in seen:
                raise StoreError(f"tag {t.sid}: a tag with this id exists already")
            seen.add(t.sid)
        if new:
            self._history.apply([None] * len(new), new, action)
        return new

    def update(self, tag: Tag | dict[str, Any]) -> Tag:
        """Validate and save a changed tag (``updated`` is set to now)."""
        self._records.check_writable()
        data = tag.model_dump() if isinstance(tag, _models().TagBase) else dict(tag)
        sid = str(data.get("id"))
        old = self._index.get(sid)
        if old is None:
            raise TagNotFound(f"no tag {sid}")
        data["updated"] = now_utc()
        new = self._index.validate(data)
        self._history.apply([old], [new], "edit")
        return new

    def update_many(self, tags: Iterable[Tag | dict[str, Any]], action: str = "edit") -> list[Tag]:
        """Save several changed tags in one durable write and one undo step (e.g. a link)."""
        self._records.check_writable()
        before: list[Tag] = []
        after: list[Tag] = []
        now = now_utc()
        for tag in tags:
            data = tag.model_dump() if isinstance(tag, _models().TagBase) else dict(tag)
            old = self._index.get(data.get("id"))
            if old is None:
                raise TagNotFound(f"no tag {data.get('id')}")
            data["updated"] = now
            before.append(old)
            after.append(self._index.validate(data))
        if after:
            self._history.apply(before, after, action)
        return after

    def merge_groups(self, groups: list[tuple[str, list[str], str, list[str]]],
                     ids: list[str], before: list[dict[str, Any] | None], action: str) -> None:
        """``AnnotationStore.merge_groups``: the group records and their undo step in one
        journal line; the index follows (no tag is decoded or validated again)."""
        self._records.check_writable()
        entry = {"action": action, "ids": ids, "before": before, "at": now_utc().isoformat()}

        def write() -> None:
            self._records.open_db.journal.commit([["g", T_TAGS, aid, gids, payload]
                                                  for aid, gids, payload, _ in groups])
            self._index.took_groups(ids, [(aid, live) for aid, _, _, live in groups])

        self._history.record(entry, write)

    def delete(self, tag_id: str | Any) -> Tag:
        """Delete a tag (undo brings it back); returns what was deleted."""
        self._records.check_writable()
        old = self._index.get(tag_id)
        if old is None:
            raise TagNotFound(f"no tag {tag_id}")
        self._history.apply([old], [None], "delete")
        return old

    def merge(self, adds: list[Tag], replaces: list[Tag], deletes: Iterable[str] = (),
              action: str = "import", *, validated: bool = False) -> None:
        """Write imported tags, new ones and newer versions of stored ones, as they are
        (timestamps kept), and delete ``deletes``, in one durable write and one undo step.
        ``validated``: the tags are models ``validate`` made (or ``validate_with`` their
        article, for an article added in the same all-or-nothing block), not checked again."""
        self._records.check_writable()
        if not validated:
            adds = [self._index.validate(t) for t in adds]
            replaces = [self._index.validate(t) for t in replaces]
        before: list[Tag | None] = [None] * len(adds)
        for t in replaces:
            old = self._index.get(t.id)
            if old is None:
                raise TagNotFound(f"no tag {t.id}")
            before.append(old)
        after: list[Tag | None] = [*adds, *replaces]
        for sid in deletes:
            old = self._index.get(sid)
            if old is not None:
                before.append(old)
                after.append(None)
        if after:
            self._history.apply(before, after, action)

    def meta(self, key: str) -> Any:
        """A settings record kept in the store (``None`` if unset), e.g. ``sync``."""
        if key == "undo":
            raise KeyError("undo is the store's own record")
        doc = self._records.raw(T_META).get(key)
        return None if doc is None else doc.get("value")

    def set_meta(self, key: str, value: Any) -> None:
        """Keep a settings record in the store (one durable write; not undoable)."""
        self._records.check_writable()
        if key == "undo":
            raise KeyError("undo is the store's own record")
        with self._records.transaction():
            self._records.table(T_META, cache_size=0).upsert(document({"value": value}, key))
