"""Rejected suggestions (kept in the store so a rejected suggestion does not come back) and
articles removed from the library: plain documents, undoable like any tag change (one durable
journal line each). A part of ``AnnotationStore`` (see ``store.facade``)."""

from __future__ import annotations

from annotations.store.history import History
from annotations.store.records import Records
from annotations.store.types import REMOVED_PREFIX, T_META, T_REJECTED
from annotations.util.clock import now_utc


class Rejections:
    """Rejected suggestions and removed articles, read from and written to the store."""

    def __init__(self, records: Records, history: History) -> None:
        self._records = records
        self._history = history

    def reject(self, article_id: str, key: str, exact: str = "") -> None:
        """Remember that the suggestion ``key`` (kind:part:start:end) of an article was
        rejected; undo brings it back."""
        self._records.check_writable()
        rid = f"{article_id}|{key}"
        if rid in self._records.raw(T_REJECTED):
            return
        doc = {"id": rid, "article_id": article_id, "key": key, "exact": exact[:200],
               "at": now_utc().isoformat()}
        self._history.apply_docs(T_REJECTED, [None], [doc], "reject")

    def rejected(self, article_id: str) -> set[str]:
        """The keys of an article's rejected suggestions."""
        return {d["key"] for d in self._records.raw(T_REJECTED).values()
                if d.get("article_id") == article_id and isinstance(d.get("key"), str)}

    def remove_article(self, article_id: str) -> None:
        """Take an article out of the library (``article_summaries``); its record and tags
        stay, and undo brings it back."""
        self._records.check_writable()
        key = REMOVED_PREFIX + article_id
        if key in self._records.raw(T_META):
            return
        doc = {"id": key, "article_id": article_id, "at": now_utc().isoformat()}
        self._history.apply_docs(T_META, [None], [doc], "remove")

    def restore_article(self, article_id: str) -> None:
        """Put a removed article back in the library (undoable)."""
        self._records.check_writable()
        doc = self._records.raw(T_META).get(REMOVED_PREFIX + article_id)
        if doc is not None:
            self._history.apply_docs(T_META, [dict(doc)], [None], "restore")

    def removed_articles(self) -> set[str]:
        """The ids of the articles taken out of the library."""
        n = len(REMOVED_PREFIX)
        return {k[n:] for k in self._records.raw(T_META) if k.startswith(REMOVED_PREFIX)}
