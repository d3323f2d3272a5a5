"""Reading tags: filtered queries in reading order, marks for drawing, counts, orphans, the
stored documents (a part of ``AnnotationStore``; see ``store.facade``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from annotations.store.articles import Articles
from annotations.store.reading_order import sort_by_position
from annotations.store.records import Records
from annotations.store.tag_index import TagIndex
from annotations.store.types import T_TAGS, _position_key, searchable

if TYPE_CHECKING:
    from annotations.model.article_view import TagMark
    from annotations.store.types import Tag


class Queries:
    """Reads of the tags (validating what they return on first read)."""

    def __init__(self, records: Records, articles: Articles, tags: TagIndex) -> None:
        self._records = records
        self._articles = articles
        self._index = tags

    def all_tags(self) -> list[Tag]:
        """Every valid tag of the store (validating them all)."""
        self._index.ensure_all()
        return list(self._index.validated.values())

    def tags(
        self,
        article_id: str | None = None,
        kind: str | Iterable[str] | None = None,
        annotator: str | None = None,
        label: str | None = None,
        text: str | None = None,
        part: str | None = None,
    ) -> list[Tag]:
        """``AnnotationStore.tags``: the filters and the order are documented there."""
        if article_id is not None:
            pool: Iterable[Tag] = self._index.article_tags(article_id)
            if kind is annotator is label is text is part is None:
                return list(pool)
        else:
            self._index.ensure_all()
            pool = self._index.validated.values()
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

    def tag_marks(self, article_id: str) -> list[Tag | TagMark]:
        """An article's tags as far as drawing them needs (id, kind, anchor), in reading
        order: the validated tags once they are, before that the stored records read without
        the models (no pydantic: the reader's first frame). ``tags()`` validates them."""
        ids = self._index.ids_of(article_id)
        tags, is_bad = self._index.validated, self._index.is_bad
        if all(t in tags or is_bad(t) for t in ids):
            return list(self._index.article_tags(article_id))
        from annotations.model.article_view import mark_from_doc

        raw = self._index.docs_of(article_id)
        marks: list[Tag | TagMark] = [
            m for t in ids if not is_bad(t) and (m := mark_from_doc(raw.get(t)))]
        marks.sort(key=_position_key)
        return marks

    def counts(self, article_id: str | None = None) -> dict[str, int]:
        """Number of tags per kind (of one article, or of the whole store)."""
        out = {"quote": 0, "stance": 0, "claim": 0}
        if article_id is None:
            self._index.ensure_all()
            pool: Iterable[Tag] = self._index.validated.values()
        else:
            pool = self._index.article_tags(article_id)
        for t in pool:
            out[t.kind] += 1
        return out

    def orphans(self, article_id: str | None = None) -> list[Tag]:
        """Tags left on superseded article versions (not placed in the new text)."""
        out = []
        for aid in self._index.article_ids():
            newer = self._articles.superseded_by(aid)
            if newer is None or (article_id is not None and article_id not in (aid, newer)):
                continue
            out.extend(self._index.article_tags(aid))
        return sorted(out, key=_position_key)

    def raw_tag_docs(self) -> Mapping[str, dict[str, Any]]:
        """The stored JSON documents of the tags by id (read-only: do not modify)."""
        return self._records.raw(T_TAGS)

    def stored_docs(self, article_id: str) -> list[dict[str, Any]]:
        """One article's tag documents as stored, in reading order, without validating
        them: every record was validated when it was written and each journal line carries
        a checksum, so export can trust them (records already found bad are left out).
        Do not modify what this returns."""
        raw = self._index.docs_of(article_id)
        is_bad = self._index.is_bad
        docs = [raw[t] for t in self._index.ids_of(article_id) if not is_bad(t)]
        return sort_by_position(docs)
