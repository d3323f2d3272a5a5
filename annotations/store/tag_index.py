"""The store's tags in memory: which tags each article has (indexed at open without decoding
them), the validated tags (validated the first time they are read), the bad records, each
article's tags in reading order; validation against the stored article text, and writing
tag documents (a part of ``AnnotationStore``; see ``store.facade``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from annotations.errors import StoreError
from annotations.store.articles import Articles
from annotations.store.lazydocs import LazyDocs
from annotations.store.records import Records, doc_ids, document
from annotations.store.types import (
    T_TAGS,
    _first_error,
    _models,
    _position_key,
    _validation_error,
)
from annotations.util.gcpause import gc_paused

if TYPE_CHECKING:
    from annotations.store.types import Tag


def _replace_with(doc: dict[str, Any]) -> Any:
    """A TinyDB updater that makes the record exactly ``doc`` (``update(dict)`` merges)."""
    def put(record: dict[str, Any]) -> None:
        record.clear()
        record.update(doc)
    return put


class TagIndex:
    """Tags by id and by article, validated lazily; writes keep the index in step."""

    def __init__(self, records: Records, articles: Articles) -> None:
        self._records = records
        self._articles = articles
        self.load()

    def load(self) -> None:
        """Index the stored tags by article (after the journal was replayed or reloaded)."""
        self._tags: dict[str, Tag] = {}  # validated
        self._bad: dict[str, str] = {}  # tag id -> problem
        self._ids_by_article: dict[str, set[str]] = {}
        #: articles whose ids are still the lists of their undecoded groups (no id in two),
        #: made a set the first time the article's ids are asked for (``_ids``)
        self._id_lists: dict[str, list[list[str]]] = {}
        self._gone: set[str] = set()  # ids those lists may hold that went since
        self._sorted: dict[str, list[Tag]] = {}  # per-article reading-order cache
        if self._records.db is None:
            return
        by_article = self._ids_by_article
        raw = self._records.raw(T_TAGS)
        docs = raw
        if isinstance(raw, LazyDocs):  # a compacted store's tags: indexed undecoded
            self._id_lists = raw.undecoded_lists()
            self._gone = set(raw.gone)
            docs = raw.decoded
        for tid, doc in docs.items():
            try:
                aid = doc["anchor"]["article_id"]
            except (KeyError, TypeError):
                aid = ""
            ids = self._ids(aid)
            if ids is None:
                ids = by_article[aid] = set()
            ids.add(tid)

    def _ids(self, article_id: str) -> set[str] | None:
        """The set of an article's tag ids (made from its groups' lists on first use)."""
        lists = self._id_lists.pop(article_id, None)
        if lists is None:
            return self._ids_by_article.get(article_id)
        ids = set().union(*lists)
        if self._gone:
            ids -= self._gone
        ids.update(self._ids_by_article.get(article_id, ()))
        self._ids_by_article[article_id] = ids
        return ids

    # -- reading ----------------------------------------------------------------------------

    @property
    def problems(self) -> list[str]:
        """The bad tag records found so far, one line each."""
        return list(self._bad.values())

    @property
    def validated(self) -> dict[str, Tag]:
        """The tags validated so far by id (read-only; ``ensure_all`` validates every one)."""
        return self._tags

    def is_bad(self, sid: str) -> bool:
        """Whether the record of this tag id failed validation."""
        return sid in self._bad

    def docs_of(self, article_id: str) -> Mapping[str, Any]:
        """The stored tag documents, those of ``article_id`` decoded (a lookup of one of its
        ids then finds it without indexing the others)."""
        raw = self._records.raw(T_TAGS)
        if isinstance(raw, LazyDocs):
            raw.decode_key(article_id)
        return raw

    def ids_of(self, article_id: str) -> set[str]:
        """The ids of an article's tag records (valid or not; read-only)."""
        return self._ids(article_id) or set()

    def article_ids(self) -> list[str]:
        """The ids of the articles that have tag records (an empty id for malformed ones)."""
        return list(dict.fromkeys([*self._ids_by_article, *self._id_lists]))

    def count(self, article_id: str) -> int:
        """How many tag records an article has (without validating them)."""
        lists = self._id_lists.get(article_id)
        if lists is not None and not self._gone:  # no id in two of them
            return sum(map(len, lists))
        self._ids(article_id)
        return len(self._ids_by_article.get(article_id, ()))

    def ensure(self, article_id: str) -> None:
        """Validate the not-yet-validated tags of one article."""
        ids = self._ids(article_id)
        if not ids:
            return
        todo = [tid for tid in ids if tid not in self._tags and tid not in self._bad]
        if not todo:
            return
        raw = self.docs_of(article_id)
        ctx = {"texts": self._articles.part_text}
        validate = _models().tag_adapter.validate_python
        invalid = _validation_error()
        with gc_paused():
            for tid in todo:
                try:
                    self._tags[tid] = validate(raw[tid], context=ctx)
                except invalid as e:
                    self._bad[tid] = f"{self._records.path}: tag {tid}: {_first_error(e)}"

    def ensure_all(self) -> None:
        """Validate every article and every tag."""
        for aid in list(self._articles.docs):
            self._articles.article(aid)
        for aid in self.article_ids():
            self.ensure(aid)

    def get(self, tag_id: str | Any) -> Tag | None:
        """The tag with this id, or None (also None for a record that fails validation)."""
        sid = str(tag_id)
        tag = self._tags.get(sid)
        if tag is None and sid not in self._bad:
            doc = self._records.raw(T_TAGS).get(sid)
            if doc is not None:
                invalid = _validation_error()
                try:
                    tag = self.validate(doc)
                except (invalid, StoreError) as e:
                    msg = _first_error(e) if isinstance(e, invalid) else str(e)
                    self._bad[sid] = f"{self._records.path}: tag {sid}: {msg}"
                    return None
                self._tags[sid] = tag
        return tag

    def article_tags(self, article_id: str) -> list[Tag]:
        """One article's valid tags in reading order (cached until the article's tags change;
        read-only)."""
        cached = self._sorted.get(article_id)
        if cached is None:
            self.ensure(article_id)
            tags = self._tags
            cached = [tags[t] for t in self._ids(article_id) or () if t in tags]
            cached.sort(key=_position_key)
            self._sorted[article_id] = cached
        return cached

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
            if aid is not None and self._articles.article(aid) is None:
                raise StoreError(f"tag {data.get('id', '?')}: article {aid} is not in the store")
        art = self._articles.article(aid) if aid else None
        if art is not None:  # a deep comment's old full path: its id now (comment_ids)
            data = _with_canonical_part(data, art)
        ctx: dict[str, Any] = {"texts": self._articles.part_text}
        if art is not None:
            ctx["article"] = art
        tag_out: Tag = models.tag_adapter.validate_python(data, context=ctx)
        return tag_out

    @staticmethod
    def validate_with(data: dict[str, Any], article: Any) -> Tag:
        """``validate`` for a tag on ``article``, an article not in the store yet (the same
        checks against its text; the store's other articles are not consulted)."""
        data = _with_canonical_part(data, article)
        tag: Tag = _models().tag_adapter.validate_python(data, context={"article": article})
        return tag

    # -- writing ----------------------------------------------------------------------------

    def write_states(self, pairs: Iterable[tuple[str, Tag | None]]) -> None:
        """Put (or remove, for None) tag documents. Caller holds a transaction."""
        table = self._records.table(T_TAGS, cache_size=0)
        raw = self._records.raw(T_TAGS)
        for sid, tag in pairs:
            if tag is None:
                table.remove(doc_ids=doc_ids([sid]))
                self._unindex(sid)
                continue
            doc = tag.model_dump(mode="json")
            if sid in raw:  # the whole record: a merge of fields could mix two kinds
                table.update(_replace_with(doc), doc_ids=doc_ids([sid]))
                self._unindex(sid)
            else:
                table.insert(document(doc, sid))
            self._index(tag)

    def took_groups(self, ids: list[str], live: list[tuple[str, list[str]]]) -> None:
        """Follow group records just written: ``ids`` replaced (under any article), each
        ``(article id, ids)`` in ``live`` now stored there undecoded."""
        for sid in ids:
            self._unindex(sid)
        by_article = self._ids_by_article
        for aid, sids in live:
            self._ids(aid)
            by_article.setdefault(aid, set()).update(sids)
            self._sorted.pop(aid, None)

    def _index(self, tag: Tag) -> None:
        sid = str(tag.id)
        aid = tag.anchor.article_id
        self._tags[sid] = tag
        self._bad.pop(sid, None)
        self._ids(aid)
        self._ids_by_article.setdefault(aid, set()).add(sid)
        self._sorted.pop(aid, None)

    def _unindex(self, sid: str) -> None:
        self._bad.pop(sid, None)
        tag = self._tags.pop(sid, None)
        if tag is not None:
            aid = tag.anchor.article_id
            (self._ids(aid) or set()).discard(sid)
            self._sorted.pop(aid, None)


def _with_canonical_part(data: Any, article: Any) -> Any:
    """``data`` (a tag document) with its anchor's part as the comment's id today."""
    from annotations.model.comment_ids import canonical_part, is_legacy_deep

    anchor = data.get("anchor") if isinstance(data, dict) else None
    if not isinstance(anchor, dict) or not is_legacy_deep(anchor.get("part")):
        return data
    return {**data, "anchor": {**anchor, "part": canonical_part(article, anchor["part"])}}
