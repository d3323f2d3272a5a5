"""Undo and redo: every change and its undo record in one journal line; 500 steps kept (a
part of ``AnnotationStore``; see ``store.facade``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from annotations.store.records import Records, doc_ids, document
from annotations.store.tag_index import TagIndex
from annotations.store.types import (
    HISTORY_LIMIT,
    T_HISTORY,
    T_META,
    T_TAGS,
    Change,
    _seq_id,
)
from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.store.types import Tag


class History:
    """The undo steps (their sequence numbers) and the position between done and undone."""

    def __init__(self, records: Records, tags: TagIndex) -> None:
        self._records = records
        self._tags = tags
        self.load()

    def load(self) -> None:
        """Read the steps and the position (after the journal was replayed or reloaded)."""
        self._newest_at: datetime | None = None  # the latest step time given, read when needed
        if self._records.db is None:
            self._seqs: list[int] = []
            self._pos = 0
            return
        self._seqs = sorted(int(k) for k in self._records.raw(T_HISTORY))
        self._pos = int(self._records.raw(T_META).get("undo", {}).get("pos", 0))

    def apply(self, before: Sequence[Tag | None], after: Sequence[Tag | None],
              action: str) -> None:
        """Write a change and its undo record in one durable journal line."""
        ids = [str((b or a).id) for b, a in zip(before, after, strict=True)]  # type: ignore[union-attr]  # one side of each pair is a tag
        # Only the side that is about to disappear is recorded; undo records the other side
        # when it runs. So an import of 100,000 tags costs an undo entry of 100,000 ids.
        entry = {
            "action": action,
            "ids": ids,
            "before": [b.model_dump(mode="json") if b else None for b in before],
            "at": now_utc().isoformat(),
        }
        self.record(entry, lambda: self._tags.write_states(zip(ids, after, strict=True)))

    def apply_docs(self, table: str, before: Sequence[dict[str, Any] | None],
                   after: Sequence[dict[str, Any] | None], action: str) -> None:
        """``apply`` for plain documents of another table (rejections)."""
        ids = [str((b or a)["id"]) for b, a in zip(before, after, strict=True)]  # type: ignore[index]  # one side of each pair is a document
        entry = {"action": action, "table": table, "ids": ids, "before": before,
                 "at": now_utc().isoformat()}
        pairs = list(zip(ids, after, strict=True))
        self.record(entry, lambda: self._records.write_docs(table, pairs))

    def record(self, entry: dict[str, Any], write: Callable[[], None]) -> None:
        """Run ``write`` and add ``entry`` as the newest undo step (dropping the redo steps
        and the oldest beyond the limit), in one transaction: one durable journal line."""
        hist = self._records.table(T_HISTORY, cache_size=0)
        if isinstance(entry.get("at"), str):
            entry["at"] = self._unique_time(entry["at"])
        with self._records.transaction():
            write()
            redo = [s for s in self._seqs if s >= self._pos]
            if redo:
                hist.remove(doc_ids=doc_ids([_seq_id(s) for s in redo]))
            hist.insert(document(entry, _seq_id(self._pos)))
            kept = [s for s in self._seqs if s < self._pos] + [self._pos]
            if len(kept) > HISTORY_LIMIT:
                drop, kept = kept[:-HISTORY_LIMIT], kept[-HISTORY_LIMIT:]
                hist.remove(doc_ids=doc_ids([_seq_id(s) for s in drop]))
            self._set_pos(self._pos + 1)
        self._seqs = kept

    def _unique_time(self, at: str) -> str:
        """``at``, or a millisecond after the latest step time given if it is not later: a
        step's time tells it apart from the step it replaces, even within one millisecond
        (``history_mark`` names a step by its position and time)."""
        if self._newest_at is None:
            times = [_time(e.get("at")) for e in self._records.raw(T_HISTORY).values()
                     if isinstance(e, dict)]
            self._newest_at = max((t for t in times if t is not None), default=None)
        when = _time(at)
        if when is None:
            return at
        if self._newest_at is not None and when <= self._newest_at:
            when = self._newest_at + timedelta(milliseconds=1)
        self._newest_at = when
        return when.isoformat()

    def _set_pos(self, pos: int) -> None:
        self._records.table(T_META, cache_size=0).upsert(document({"pos": pos}, "undo"))
        self._pos = pos

    def _step(self, seq: int, which: Literal["before", "after"]) -> Change:
        """Go to the ``which`` side of history entry ``seq``, keeping the current side in it."""
        other = "after" if which == "before" else "before"
        entry = dict(self._records.raw(T_HISTORY)[_seq_id(seq)])
        articles = self._articles_of(entry)
        table = entry.get("table")
        if table is not None:  # plain documents (rejections), not tags
            raw = self._records.raw(table)
            docs = list(zip(entry["ids"], entry[which], strict=True))
            entry[other] = [dict(raw[i]) if i in raw else None for i in entry["ids"]]
            write: Callable[[], None] = lambda: self._records.write_docs(table, docs)  # noqa: E731
        else:
            states: list[tuple[str, Tag | None]] = []
            for sid, doc in zip(entry["ids"], entry[which], strict=True):
                states.append((sid, self._tags.validate(doc) if doc is not None else None))
            current = [self._tags.get(sid) for sid in entry["ids"]]
            entry[other] = [t.model_dump(mode="json") if t else None for t in current]
            write = lambda: self._tags.write_states(states)  # noqa: E731
        del entry[which]
        with self._records.transaction():
            write()
            hist = self._records.table(T_HISTORY, cache_size=0)
            # replace: update() would merge stale sides
            hist.remove(doc_ids=doc_ids([_seq_id(seq)]))
            hist.insert(document(entry, _seq_id(seq)))
            self._set_pos(seq if which == "before" else seq + 1)
        return Change(entry["action"], tuple(entry["ids"]), articles)

    def ids_in_history(self) -> set[str]:
        """The id of every tag an undo or redo step remembers: tags this store has held."""
        out: set[str] = set()
        for entry in self._records.raw(T_HISTORY).values():
            if entry.get("table") is None:
                out.update(str(i) for i in entry.get("ids", ()))
        return out

    def history_mark(self) -> list[Any]:
        """Where the history stands now: [position, time of the newest step done] (for
        ``annotators_changed_since``; JSON, to keep in a meta record)."""
        entry = self._records.raw(T_HISTORY).get(_seq_id(self._pos - 1)) if self._pos > 0 else None
        return [self._pos, entry.get("at") if isinstance(entry, dict) else None]

    def annotators_changed_since(self, mark: Any) -> dict[str, set[str]] | None:
        """Every tag a step done, undone or redone since ``mark`` (a ``history_mark``) has
        touched, with the annotators it has had in any state since; None when the history
        can no longer tell (steps dropped past the limit, or undone and replaced)."""
        if not (isinstance(mark, list) and len(mark) == 2 and isinstance(mark[0], int)):
            return None
        pos, at = mark
        hist = self._records.raw(T_HISTORY)
        seqs = self._seqs
        if pos > 0:
            entry = hist.get(_seq_id(pos - 1))
            if not isinstance(entry, dict) or entry.get("at") != at:
                return None
        elif seqs and seqs[0] != 0:  # no step at the mark, and the first ones are gone
            return None
        low = min(pos, self._pos)
        tags = self._records.raw(T_TAGS)
        out: dict[str, set[str]] = {}
        for seq in seqs:
            if seq < low:
                continue
            entry = hist[_seq_id(seq)]
            if entry.get("table") is not None:  # rejections, not tags
                continue
            for side in ("before", "after"):
                for sid, doc in zip(entry.get("ids", ()), entry.get(side) or (), strict=False):
                    names = out.setdefault(str(sid), set())
                    if isinstance(doc, dict):
                        names.add(str(doc.get("annotator")))
            for sid in entry.get("ids", ()):
                names = out.setdefault(str(sid), set())
                doc = tags.get(str(sid))
                if isinstance(doc, dict):
                    names.add(str(doc.get("annotator")))
        return out

    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return any(s < self._pos for s in self._seqs)

    def can_redo(self) -> bool:
        """Whether there is an undone step to redo."""
        return any(s >= self._pos for s in self._seqs)

    def peek(self, redo: bool = False) -> Change | None:
        """The step ``undo`` (``redo``) would take next, with the articles it touches (so a
        reader can tell a change on screen from one elsewhere); None if there is none."""
        seqs = [s for s in self._seqs if (s >= self._pos if redo else s < self._pos)]
        if not seqs:
            return None
        entry = self._records.raw(T_HISTORY)[_seq_id(seqs[0] if redo else seqs[-1])]
        return Change(entry["action"], tuple(entry["ids"]), self._articles_of(entry))

    def _articles_of(self, entry: dict[str, Any]) -> tuple[str, ...]:
        """The article ids an undo entry's documents (either side) belong to, in order."""
        found: dict[str, None] = {}
        table = entry.get("table")
        raw = self._records.raw(table if table is not None else T_TAGS)
        stored = entry.get("before") or entry.get("after") or []
        for i, sid in enumerate(entry["ids"]):
            doc = raw.get(sid) or (stored[i] if i < len(stored) else None)
            if not isinstance(doc, dict):
                continue
            if table is not None:  # a rejection or a removal names its article
                if isinstance(doc.get("article_id"), str):
                    found.setdefault(doc["article_id"], None)
            elif isinstance(doc.get("anchor"), dict):
                found.setdefault(str(doc["anchor"].get("article_id")), None)
        return tuple(found)

    def undo(self) -> Change | None:
        """Undo the last add/edit/delete (also across restarts); None if nothing to undo."""
        self._records.check_writable()
        done = [s for s in self._seqs if s < self._pos]
        return self._step(done[-1], "before") if done else None

    def redo(self) -> Change | None:
        """Redo the last undone step; None if nothing to redo."""
        self._records.check_writable()
        undone = [s for s in self._seqs if s >= self._pos]
        return self._step(undone[0], "after") if undone else None


def _time(value: Any) -> datetime | None:
    """A step's recorded time, or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None
