"""The articles table, each record read from the file the first time it is used.

A store opened through its group map (``file/group_map``) also leaves each article's line in
the file when the map holds what the store needs of it without the article itself: its meta
(the record but the article: ``added``, ``superseded_by``) and its summary for the library
(``article_stub``: title, source, number of comments...). ``LazyArticles`` keeps those, and
reads, checksums and checks the line the first time the record is read; puts and deletes
replace an entry as in a dict.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from annotations.store.lazydocs import Deferred

_STUB_TEXT = ("title", "source", "url", "discusses", "published_at", "language", "author")


def article_stub(article: Any) -> dict[str, Any] | None:
    """What the library lists of a stored article (a plain dict; None if it is not one)."""
    if not isinstance(article, dict):
        return None
    authors = article.get("authors") or [None]
    stub: dict[str, Any] = {k: article.get(k) for k in _STUB_TEXT[1:6]}
    stub["title"] = str(article.get("title", ""))
    stub["author"] = authors[0] if isinstance(authors, list) else None
    stub["comments"] = len(article.get("comments") or ())
    return stub


def good_stub(stub: Any) -> bool:
    """Whether ``stub`` has the shape ``article_stub`` gives."""
    if type(stub) is not dict or set(stub) != {*_STUB_TEXT, "comments"} or \
            type(stub["comments"]) is not int or type(stub["title"]) is not str:
        return False
    return True


def record_meta(doc: Any) -> dict[str, Any]:
    """An article record but its article."""
    return {k: v for k, v in doc.items() if k != "article"} if isinstance(doc, dict) else {}


class _Later:
    __slots__ = ("deferred", "meta", "stub")

    def __init__(self, deferred: Deferred, meta: dict[str, Any], stub: dict[str, Any]) -> None:
        self.deferred, self.meta, self.stub = deferred, meta, stub


class LazyArticles(MutableMapping):
    """Article records by id; some still in the file (see the module docstring)."""

    __slots__ = ("_docs",)

    def __init__(self, docs: dict[str, Any] | None = None) -> None:
        self._docs: dict[str, Any] = dict(docs) if docs else {}

    def add_later(self, key: str, deferred: Any, meta: dict[str, Any],
                  stub: dict[str, Any]) -> None:
        """An article line left in the file: ``deferred.load()`` gives its record."""
        self._docs[key] = _Later(deferred, meta, stub)

    def is_loaded(self, key: str) -> bool:
        """Whether the record of ``key`` is in memory (not still in the file)."""
        return type(self._docs.get(key)) is not _Later

    def meta(self, key: str) -> dict[str, Any]:
        """The record of ``key`` but its article, reading nothing."""
        v = self._docs[key]
        return dict(v.meta) if type(v) is _Later else record_meta(v)

    def stub(self, key: str) -> dict[str, Any] | None:
        """What the library lists of the article of ``key`` (``article_stub``), reading
        nothing."""
        v = self._docs[key]
        if type(v) is _Later:
            return dict(v.stub)
        return article_stub(v.get("article")) if isinstance(v, dict) else None

    def __getitem__(self, key: str) -> Any:
        v = self._docs[key]
        if type(v) is _Later:
            v = self._docs[key] = v.deferred.load()
        return v

    def __setitem__(self, key: str, value: Any) -> None:
        self._docs[key] = value

    def __delitem__(self, key: str) -> None:
        del self._docs[key]

    def __contains__(self, key: object) -> bool:
        return key in self._docs

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)

    def loaded(self) -> dict[str, Any]:
        """The records in memory (those in the file are checked when read)."""
        return {k: v for k, v in self._docs.items() if type(v) is not _Later}
