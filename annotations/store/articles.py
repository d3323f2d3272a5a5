"""Articles in the store: adding (and re-anchoring an edited version), reading, summaries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tinydb.table import Document

from annotations.errors import StoreError
from annotations.store.types import (
    T_ARTICLES,
    ArticleAdded,
    ArticleSummary,
    ReanchorReport,
    _first_error,
    _validation_error,
)
from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.model.article_view import ArticleView
    from annotations.model.models import Claim, Quote, Stance

    Tag = Quote | Stance | Claim


class ArticlesMixin:
    """``AnnotationStore``'s article methods (state lives in the store)."""

    # -- articles ---------------------------------------------------------------------------

    def add_article(self, article: Article, replaces: str | None = None, *,
                    supersede: bool = True, keep: bool = True) -> ArticleAdded:
        """Add an article (idempotent). If it replaces an earlier version, re-anchor its tags.

        The earlier version is ``replaces`` or, if not given, the newest stored article with
        the same title and source (never with ``supersede=False``: an article from a teammate
        sits beside the local one). Its text stays in the store, so orphans remain valid.
        With ``keep=False`` the store does not keep ``article`` itself (it reads its record
        back when asked): a command that only stores articles holds one copy of each thread.
        """
        from annotations.model.article import article_to_doc

        if article.id in self._article_docs:
            stored = self._article_docs[article.id].get("article")
            if stored != article_to_doc(article):
                raise StoreError(
                    f"{self.path}: article {article.id} is stored with different text; "
                    "an id must be the hash of its text"
                )
            # same id, same text: the freshly parsed object saves re-validating the record
            if keep:
                self._articles.setdefault(article.id, article)
            self._bad_articles.pop(article.id, None)
            return ArticleAdded(article.id, new=False)
        old_id = replaces
        if old_id is None and supersede:
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
            if keep:
                self._articles[article.id] = article
            self._article_meta[article.id] = meta
            if old_id is not None and self.article(old_id) is not None:
                report = self._reanchor(old_id, article)
        return ArticleAdded(article.id, new=True, reanchor=report)

    def _reanchor(self, old_id: str, new: Article) -> ReanchorReport:
        from annotations.model.models import Anchor
        from annotations.model.reanchor import place

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

    def _known_or_doc(self, article_id: str) -> tuple[bool, Article | None, dict]:
        """(True, the validated article or None) when that is settled, else (False, None,
        the stored record)."""
        art = self._articles.get(article_id)
        if art is not None or article_id in self._bad_articles:
            return True, art, {}
        doc = self._article_docs.get(article_id)
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
            self._bad_articles[article_id] = f"{self.path}: article {article_id}: {msg}"
            return None
        self._articles[article_id] = art
        return art

    def article_view(self, article_id: str, *, comments_later: bool = False
                     ) -> Article | ArticleView | None:
        """The article for reading: the validated one if it was read before, else the stored
        record as plain objects (``article_view``: no pydantic), or, for a record that is not
        plainly what threadmark writes, the validated article (None, and a problem, if bad).
        ``comments_later``: a view whose comment tree is read when first used (not kept)."""
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

            lazy = lazy_view_from_doc(doc.get("article"), partial(self.article, article_id))
            if lazy is not None and lazy.id == article_id:
                return lazy

        view = view_from_doc(doc.get("article"))
        if view is None or view.id != article_id:
            return self.article(article_id)
        self._views[article_id] = view  # an id is the hash of its text: never stale
        return view

    def article_summaries(self) -> list[ArticleSummary]:
        """Current articles' titles, sources and counts, straight from the journal (fast)."""
        out = []
        removed = self.removed_articles()
        for aid, doc in self._article_docs.items():
            if self._article_meta[aid].get("superseded_by") or aid in removed:
                continue
            a = doc.get("article") if isinstance(doc, dict) else None
            if not isinstance(a, dict):
                continue
            authors = a.get("authors") or [None]
            out.append(ArticleSummary(aid, str(a.get("title", "")), a.get("source"),
                                      len(a.get("comments") or ()), self.tag_count(aid),
                                      a.get("url"), a.get("discusses"),
                                      *(v if isinstance(v, str) else None for v in (
                                          a.get("published_at"), a.get("language"),
                                          authors[0]))))
        return out

    def superseded_by(self, article_id: str) -> str | None:
        """The id of the version that replaced this article, if any."""
        return self._article_meta.get(article_id, {}).get("superseded_by")
