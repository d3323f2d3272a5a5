"""Adding an article: idempotent by id, and an edited version re-anchors the tags of the one it
replaces (a part of ``AnnotationStore``; see ``store.facade``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotations.errors import StoreError
from annotations.store.articles import Articles
from annotations.store.history import History
from annotations.store.records import Records, document
from annotations.store.tag_index import TagIndex
from annotations.store.types import T_ARTICLES, ArticleAdded, ArticleSummary, ReanchorReport
from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.store.types import Tag


class ArticleAdder:
    """Writes articles; ``summaries`` lists the library (where an edited version's earlier
    one is looked for)."""

    def __init__(self, records: Records, articles: Articles, tags: TagIndex, history: History,
                 summaries: Callable[[], list[ArticleSummary]]) -> None:
        self._records = records
        self._articles = articles
        self._tags = tags
        self._history = history
        self._summaries = summaries

    def add_article(self, article: Article, replaces: str | None = None, *,
                    supersede: bool = True, keep: bool = True) -> ArticleAdded:
        """``AnnotationStore.add_article`` (what it does is documented there)."""
        from annotations.model.article import article_to_doc

        docs = self._articles.docs
        if article.id in docs:
            stored = docs[article.id].get("article")
            if stored != article_to_doc(article):
                raise StoreError(
                    f"{self._records.path}: article {article.id} is stored with different "
                    "text; an id must be the hash of its text"
                )
            # same id, same text: the freshly parsed object saves re-validating the record
            self._articles.adopt(article, keep)
            return ArticleAdded(article.id, new=False)
        old_id = replaces
        if old_id is None and supersede:
            same = [
                s.id for s in self._summaries()
                if s.title == article.title and s.source == article.source
            ]
            old_id = same[-1] if same else None
        meta = {"added": now_utc().isoformat(), "superseded_by": None}
        doc = {"article": article_to_doc(article), **meta}
        report = None
        with self._records.transaction():
            self._records.table(T_ARTICLES).insert(document(doc, article.id))
            self._articles.added(article, meta, keep)
            if old_id is not None and self._articles.article(old_id) is not None:
                report = self._reanchor(old_id, article)
        return ArticleAdded(article.id, new=True, reanchor=report)

    def _reanchor(self, old_id: str, new: Article) -> ReanchorReport:
        from annotations.model.models import Anchor
        from annotations.model.reanchor import place

        report = ReanchorReport(old_id, new.id)
        moved_before: list[Tag | None] = []
        moved_after: list[Tag | None] = []
        for tag in list(self._tags.article_tags(old_id)):
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
        self._articles.set_meta(old_id, {**self._articles.meta(old_id), "superseded_by": new.id})
        if moved_after:
            self._history.apply(moved_before, moved_after, "re-anchor")
        return report
