"""Rejected suggestions (kept in the store so a rejected suggestion does not come back) and
articles removed from the library: plain documents, undoable like any tag change (one durable
journal line each)."""

from __future__ import annotations

from typing import Any

from tinydb.table import Document

from annotations.store.types import REMOVED_PREFIX, T_META, T_REJECTED
from annotations.util.clock import now_utc


class RejectionsMixin:
    """``AnnotationStore``'s record of rejected suggestions (state lives in the store)."""

    def reject(self, article_id: str, key: str, exact: str = "") -> None:
        """Remember that the suggestion ``key`` (kind:part:start:end) of an article was
        rejected; undo brings it back."""
        self._check_writable()
        rid = f"{article_id}|{key}"
        if rid in self._raw(T_REJECTED):
            return
        doc = {"id": rid, "article_id": article_id, "key": key, "exact": exact[:200],
               "at": now_utc().isoformat()}
        self._apply_docs(T_REJECTED, [None], [doc], "reject")

    def rejected(self, article_id: str) -> set[str]:
        """The keys of an article's rejected suggestions."""
        return {d["key"] for d in self._raw(T_REJECTED).values()
                if d.get("article_id") == article_id and isinstance(d.get("key"), str)}

    def remove_article(self, article_id: str) -> None:
        """Take an article out of the library (``article_summaries``); its record and tags
        stay, and undo brings it back."""
        self._check_writable()
        key = REMOVED_PREFIX + article_id
        if key in self._raw(T_META):
            return
        doc = {"id": key, "article_id": article_id, "at": now_utc().isoformat()}
        self._apply_docs(T_META, [None], [doc], "remove")

    def restore_article(self, article_id: str) -> None:
        """Put a removed article back in the library (undoable)."""
        self._check_writable()
        doc = self._raw(T_META).get(REMOVED_PREFIX + article_id)
        if doc is not None:
            self._apply_docs(T_META, [dict(doc)], [None], "restore")

    def removed_articles(self) -> set[str]:
        """The ids of the articles taken out of the library."""
        n = len(REMOVED_PREFIX)
        return {k[n:] for k in self._raw(T_META) if k.startswith(REMOVED_PREFIX)}

    def _write_docs(self, table: str, pairs: list[tuple[str, dict[str, Any] | None]]) -> None:
        """Put (or remove, for None) plain documents of ``table``. Caller holds a
        transaction."""
        t = self._db.table(table, cache_size=0)
        raw = self._raw(table)
        for rid, doc in pairs:
            if doc is None:
                if rid in raw:
                    t.remove(doc_ids=[rid])
            elif rid in raw:
                t.update(doc, doc_ids=[rid])
            else:
                t.insert(Document(doc, doc_id=rid))
