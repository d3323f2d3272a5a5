"""Articles in the store as read: validated on first read, or read as plain objects for the
reader's first frame; superseded versions; the library's summaries (a part of
``AnnotationStore``; adding an article is ``store.adding_articles``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from annotations.store.lazy_articles import LazyArticles, article_stub, record_meta
from annotations.store.records import Records, doc_ids
from annotations.store.types import (
    T_ARTICLES,
    ArticleSummary,
    _first_error,
    _validation_error,
)

if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.model.article_view import ArticleView


class Articles:
    """The stored articles and what is known of them: validated articles, plain views, bad
    records, each article's meta (``added``, ``superseded_by``) and its parts' texts."""

    def __init__(self, records: Records) -> None:
        self._records = records
        self.load()

    def load(self) -> None:
        """Forget what was read (after the journal was replayed or reloaded)."""
        self._articles: dict[str, Article] = {}  # validated
        self._views: dict[str, ArticleView] = {}  # read without the models (article_view)
        self._bad: dict[str, str] = {}  # article id -> problem
        self._texts: dict[tuple[str, str], str | None] = {}
        self._meta: dict[str, dict[str, Any]] = {}
        if self._records.db is None:
            return
        docs = self.docs
        if isinstance(docs, LazyArticles):  # records left in the file: their meta is known
            self._meta = {aid: docs.meta(aid) for aid in docs}
        else:
            self._meta = {aid: record_meta(doc) for aid, doc in docs.items()}

    @property
    def docs(self) -> Mapping[str, dict[str, Any]]:
        """The stored article records by id (read-only)."""
        return self._records.raw(T_ARTICLES)

    @property
    def problems(self) -> list[str]:
        """The bad article records found so far, one line each."""
        return list(self._bad.values())

    def meta(self, article_id: str) -> dict[str, Any]:
        """An article's meta record (``added``, ``superseded_by``)."""
        return self._meta[article_id]

    def holds(self, article_id: str) -> bool:
        """Whether the validated article is kept in memory (not read back when asked)."""
        return article_id in self._articles

    def adopt(self, article: Article, keep: bool = True) -> None:
        """Take a freshly parsed article stored with the same id and text as the validated
        one (it saves re-validating the record; ``keep=False``: only the problem is cleared)."""
        if keep:
            self._articles.setdefault(article.id, article)
        self._bad.pop(article.id, None)

    def added(self, article: Article, meta: dict[str, Any], keep: bool = True) -> None:
        """Remember an article just written (unless not ``keep``: read back when asked) and
        its meta record."""
        if keep:
            self._articles[article.id] = article
        self._meta[article.id] = meta

    def set_meta(self, article_id: str, meta: dict[str, Any]) -> None:
        """Write an article's meta record. Caller holds a transaction."""
        self._records.table(T_ARTICLES).update(meta, doc_ids=doc_ids([article_id]))
        self._meta[article_id] = meta

    def articles(self, include_superseded: bool = False) -> list[Article]:
        """Stored articles in the order they were added (current versions only by default).
        An article whose record fails validation is left out and listed in ``problems``."""
        out = []
        for aid in list(self.docs):
            if include_superseded or not self._meta[aid].get("superseded_by"):
                a = self.article(aid)
                if a is not None:
                    out.append(a)
        return out

    def _known_or_doc(self, article_id: str) -> tuple[bool, Article | None, dict[str, Any]]:
        """(True, the validated article or None) when that is settled, else (False, None,
        the stored record)."""
        art = self._articles.get(article_id)
        if art is not None or article_id in self._bad:
            return True, art, {}
        doc = self.docs.get(article_id)
        return (True, None, {}) if doc is None else (False, None, doc)

    def article(self, article_id: str) -> Article | None:
        """The article with this id (validated on first read), or None."""
        known, art, doc = self._known_or_doc(article_id)
        if known:
            return art
        from annotations.model.article import article_from_doc

        try:
            art = article_from_doc(doc["article"])
        except (_validation_error(), ValueError, KeyError, TypeError) as e:
            msg = _first_error(e) if isinstance(e, ValueError) else f"missing {e}"
            self._bad[article_id] = f"{self._records.path}: article {article_id}: {msg}"
            return None
        self._articles[article_id] = art
        return art

    def article_view(self, article_id: str, *, comments_later: bool = False,
                     read_later: Callable[[str], Article | None] | None = None
                     ) -> Article | ArticleView | None:
        """The article for reading: the validated one if it was read before, else the stored
        record as plain objects (``article_view``: no pydantic), or, for a record that is not
        plainly what threadmark writes, the validated article (None, and a problem, if bad).
        ``comments_later``: a view whose comment tree is read when first used (not kept), by
        ``read_later`` (the store's locked ``article``: it runs outside this call)."""
        view = self._views.get(article_id)
        if view is not None:
            return view
        known, art, doc = self._known_or_doc(article_id)
        if known:
            return art
        from annotations.model.article_view import view_from_doc

        if comments_later:
            from functools import partial

            from annotations.model.article_view import lazy_view_from_doc

            lazy = lazy_view_from_doc(doc.get("article"),
                                      partial(read_later or self.article, article_id))
            if lazy is not None and lazy.id == article_id:
                return lazy

        view = view_from_doc(doc.get("article"))
        if view is None or view.id != article_id:
            return self.article(article_id)
        self._views[article_id] = view  # an id is the hash of its text: never stale
        return view

    def part_text(self, article_id: str, part: str) -> str | None:
        """The text of one part (the body or a comment) of an article, or None."""
        key = (article_id, part)
        try:
            return self._texts[key]
        except KeyError:
            art = self.article(article_id)
            text = art.part_text(part) if art is not None else None
            self._texts[key] = text
            return text

    def summaries(self, removed: set[str],
                  tag_count: Callable[[str], int]) -> list[ArticleSummary]:
        """Current articles' titles, sources and counts, straight from the journal (fast),
        leaving out those ``removed`` from the library."""
        out = []
        docs = self.docs
        lazy = docs if isinstance(docs, LazyArticles) else None
        for aid in docs:
            if self._meta[aid].get("superseded_by") or aid in removed:
                continue
            if lazy is not None:  # what the library lists, without reading the record
                a = lazy.stub(aid)
            else:
                doc = docs[aid]
                a = article_stub(doc.get("article")) if isinstance(doc, dict) else None
            if a is None:
                continue
            out.append(ArticleSummary(aid, a["title"], a["source"], a["comments"],
                                      tag_count(aid), a["url"], a["discusses"],
                                      *(v if isinstance(v, str) else None for v in (
                                          a["published_at"], a["language"], a["author"]))))
        return out

    def superseded_by(self, article_id: str) -> str | None:
        """The id of the version that replaced this article, if any."""
        return self._meta.get(article_id, {}).get("superseded_by")

    def article_ids(self, include_superseded: bool = False) -> list[str]:
        """Stored articles' ids in the order they were added (no validation)."""
        return [aid for aid in self.docs
                if include_superseded or not self._meta[aid].get("superseded_by")]
