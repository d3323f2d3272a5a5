"""Pydantic models of a parsed article: its blocks and its reader-comment tree."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from annotations.compat_pydantic import share_fields_set
from annotations.model.article_view import PATH_LEVELS, ArticleNav, comment_id
from annotations.model.article_view import short_comment_id as short_comment_id  # re-exported

BlockKind = Literal["paragraph", "heading", "quote", "attribution", "caption", "tags",
                    "boilerplate"]

#: Block kinds an analyst reads and tags by default (boilerplate is kept but hidden).
READABLE_KINDS: frozenset[str] = frozenset(
    {"paragraph", "heading", "quote", "attribution", "caption", "tags"}
)
#: What a comment may be marked as, when its platform says so (it is kept, never dropped).
CommentStatus = Literal["deleted", "dead", "removed"]


class Block(BaseModel):
    """A run of the body of one kind; ``body[start:end] == text``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: BlockKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Comment(BaseModel):
    """One reader comment and its replies. ``id`` is its path in the tree, e.g. ``1.2.1``, or
    for a comment deeper than ``PATH_LEVELS`` its number in reading order, ``n40213``
    (``article_view.comment_id``)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    author: str = Field(min_length=1)
    name: str | None = None
    posted_at: datetime
    text: str
    status: CommentStatus | None = None
    replies: list[Comment] = Field(default_factory=list)


class Article(ArticleNav, BaseModel):
    """A parsed article. ``body`` is the text up to the comment section; blocks index into it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    source: str | None = None
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    published_at: str | None = Field(None, description="ISO 8601 date or date-time")
    language: str | None = None
    discusses: str | None = Field(
        None, description="the URL of the article a discussion thread is about")
    body: str
    blocks: list[Block] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        from annotations.model.models import check_article_id

        return check_article_id(v)

    @model_validator(mode="after")
    def _blocks_match_body(self) -> Article:
        for i, b in enumerate(self.blocks):
            if b.end < b.start or b.end > len(self.body) or self.body[b.start : b.end] != b.text:
                raise ValueError(
                    f"blocks[{i}]: text does not match body[{b.start}:{b.end}]"
                )
        return self


def article_id_for(text: str) -> str:
    """The hash of a plain-text file as the text reader gave ids before store schema 6 (now
    ``identity.canonical_article_id``): kept to name old ids, never to give new ones."""
    norm = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


# -- documents: flat in the store, nested in ``inspect --json``; any depth, no recursion -----

_COMMENT_FIELDS = ("author", "name", "posted_at", "text", "status")


def comments_to_flat(article: Article) -> list[dict]:
    """Every comment as a record with its ``depth`` instead of ``id`` and ``replies``, in
    reading order. Depth and order give the ids back (``comment_id``)."""
    return [{"depth": d, **c.model_dump(mode="json", exclude={"id", "replies"})}
            for c, d in article.walk()]


def comments_from_flat(items: Any, consume: bool = False) -> list[Comment]:
    """The comment tree from flat records in reading order; ``ValueError`` names a bad one.

    Each record has a ``depth`` (0 for top level, at most one more than the record before).
    A record may carry its ``id``: it must be the one ``comment_id`` gives it (the k-th
    reply of ``1.2`` is ``1.2.k``), or, below ``PATH_LEVELS``, its full path as threadmark
    wrote it before; a duplicate or an id out of place is refused. Time and memory are
    linear in the records (a given full path is compared, never built, beyond its parent's).
    With ``consume``, each record is let go (``items[i] = None``) once its comment is built,
    so records and comments are not all held at once.
    """
    if not isinstance(items, list):
        raise ValueError("comments: not a list")
    roots: list[Comment] = []
    open_: list[Comment] = []  # the comment open at each depth
    paths: list[str | None] = []  # its full path where known (as given, or its id)
    for i, rec in enumerate(items):
        if not isinstance(rec, dict):
            raise ValueError(f"comments[{i}]: not an object")
        depth = rec.get("depth")
        if type(depth) is not int or not 0 <= depth <= len(open_):
            raise ValueError(f"comments[{i}].depth: must be 0 to {len(open_)}")
        del open_[depth:]
        del paths[depth:]
        siblings = open_[-1].replies if open_ else roots
        index = len(siblings) + 1
        want = comment_id(open_[-1].id if open_ else None, index, depth, i + 1)
        cid = rec.get("id", want)
        path = want if depth < PATH_LEVELS else None
        if cid != want:
            parent_path = paths[-1] if paths else None
            if depth >= PATH_LEVELS and type(cid) is str and parent_path is not None and \
                    len(cid) == len(parent_path) + 1 + len(str(index)) and \
                    cid == f"{parent_path}.{index}":
                path = cid  # a deep comment's full path, as written before
            elif any(c.id == cid for c in siblings):
                raise ValueError(f"comments[{i}]: duplicate comment id {str(cid)[:40]!r}")
            else:
                raise ValueError(
                    f"comments[{i}]: id {str(cid)[:40]!r} where {want[-40:]!r} was expected")
        extra = set(rec) - set(_COMMENT_FIELDS) - {"id", "depth", "replies"}
        if extra:
            raise ValueError(f"comments[{i}].{sorted(extra)[0]}: extra field not permitted")
        try:
            c = Comment.model_validate({"id": want, **{k: rec[k] for k in _COMMENT_FIELDS
                                                       if k in rec}})
        except ValidationError as e:
            err = e.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            raise ValueError(f"comments[{i}].{loc}: {err['msg']}") from None
        share_fields_set(c)  # one set of field names for all: a quarter of a comment
        siblings.append(c)
        open_.append(c)
        paths.append(path)
        if consume:
            items[i] = None
    return roots


def nested_to_flat(comments: Any, consume: bool = False) -> list[dict]:
    """Nested comment objects (``replies`` lists, as in ``inspect --json``) as flat records
    with their depth (and their ``id`` where given, to be checked). With ``consume`` the
    objects themselves become the records (their ``replies`` taken out): no second copy."""
    if not isinstance(comments, list):
        raise ValueError("comments: not a list")
    out: list[dict] = []
    stack: list[tuple[Any, int]] = [(c, 0) for c in reversed(comments)]
    while stack:
        c, depth = stack.pop()
        if not isinstance(c, dict):
            raise ValueError(f"comments: item {len(out)} is not an object")
        replies = c.get("replies", [])
        if not isinstance(replies, list):
            raise ValueError(f"comments: replies of {str(c.get('id'))[:20]!r} are not a list")
        if "depth" in c:
            raise ValueError(f"comments: item {len(out)}.depth: extra field not permitted")
        if consume:
            c.pop("replies", None)
            c["depth"] = depth
            out.append(c)
        else:
            out.append({**{k: v for k, v in c.items() if k != "replies"}, "depth": depth})
        stack.extend((r, depth + 1) for r in reversed(replies))
    return out


def _article_from(obj: Any, flat: list[dict], consume: bool = False) -> Article:
    if not isinstance(obj, dict):
        raise ValueError("not an article object")
    art = Article.model_validate({**obj, "comments": []})
    art.comments = comments_from_flat(flat, consume=consume)
    return art


def article_to_doc(article: Article) -> dict:
    """The store's record of an article: its fields, comments flat (see ``comments_to_flat``)."""
    doc = article.model_dump(mode="json", exclude={"comments"})
    doc["comments"] = comments_to_flat(article)
    return doc


def article_from_doc(doc: Any) -> Article:
    """An article from the store's record; ``ValueError``/``ValidationError`` if it is bad."""
    return _article_from(doc, doc.get("comments", []) if isinstance(doc, dict) else [])


def article_from_obj(obj: Any, consume: bool = False) -> Article:
    """An article from the ``inspect --json`` shape (nested replies, any depth; a comment's
    ``id`` may be left out). With ``consume`` the comment objects of ``obj`` are used up as
    they are read (memory: one copy of the thread, not three)."""
    nested = obj.get("comments", []) if isinstance(obj, dict) else []
    flat = nested_to_flat(nested, consume=consume)
    if consume and isinstance(obj, dict):
        obj["comments"] = []
    return _article_from(obj, flat, consume=consume)
