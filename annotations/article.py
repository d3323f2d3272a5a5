"""Pydantic models of a parsed article: its blocks and its reader-comment tree."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

BlockKind = Literal["paragraph", "quote", "attribution", "caption", "tags", "boilerplate"]

#: Block kinds an analyst reads and tags by default (boilerplate is kept but hidden).
READABLE_KINDS: frozenset[str] = frozenset(
    {"paragraph", "quote", "attribution", "caption", "tags"}
)


class Block(BaseModel):
    """A run of the body of one kind; ``body[start:end] == text``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: BlockKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Comment(BaseModel):
    """One reader comment and its replies. ``id`` is its path in the tree, e.g. ``1.2.1``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    author: str = Field(min_length=1)
    name: str | None = None
    posted_at: datetime
    text: str
    replies: list[Comment] = Field(default_factory=list)


class Article(BaseModel):
    """A parsed article. ``body`` is the text up to the comment section; blocks index into it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    source: str | None = None
    body: str
    blocks: list[Block] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)

    @model_validator(mode="after")
    def _blocks_match_body(self) -> Article:
        for i, b in enumerate(self.blocks):
            if b.end < b.start or b.end > len(self.body) or self.body[b.start : b.end] != b.text:
                raise ValueError(
                    f"blocks[{i}]: text does not match body[{b.start}:{b.end}]"
                )
        return self

    # -- navigation -------------------------------------------------------------------------

    def walk(self) -> Iterator[tuple[Comment, int]]:
        """Every comment in reading order (depth first) with its depth (0 = top level)."""
        stack: list[tuple[Comment, int]] = [(c, 0) for c in reversed(self.comments)]
        while stack:
            c, depth = stack.pop()
            yield c, depth
            stack.extend((r, depth + 1) for r in reversed(c.replies))

    def comment_count(self) -> int:
        """How many comments the tree holds, replies included."""
        return sum(1 for _ in self.walk())

    def comment(self, comment_id: str) -> Comment | None:
        """The comment with this path id, or None."""
        nodes = self.comments
        found: Comment | None = None
        for part in comment_id.split("."):
            if not part.isdigit() or not 1 <= int(part) <= len(nodes):
                return None
            found = nodes[int(part) - 1]
            nodes = found.replies
        return found

    def part_text(self, part: str) -> str | None:
        """The text a tag's anchor indexes into: the body, or one comment's text."""
        if part == "body":
            return self.body
        c = self.comment(part)
        return c.text if c is not None else None


def article_id_for(text: str) -> str:
    """A stable id: the same (newline-normalised) text always gives the same id."""
    norm = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


# -- documents: flat in the store, nested in ``inspect --json``; any depth, no recursion -----

_COMMENT_FIELDS = ("id", "author", "name", "posted_at", "text")


def comments_to_flat(article: Article) -> list[dict]:
    """Every comment as a record without ``replies``, in reading order (ids give the tree)."""
    return [c.model_dump(mode="json", exclude={"replies"}) for c, _ in article.walk()]


def _expected_id(parent: str, k: int) -> str:
    return f"{parent}.{k}" if parent else str(k)


def comments_from_flat(items: Any) -> list[Comment]:
    """The comment tree from flat records in reading order; ``ValueError`` names a bad one.

    Ids are tree paths: the k-th reply of ``1.2`` is ``1.2.k``; a duplicate or an id out of
    place is refused.
    """
    if not isinstance(items, list):
        raise ValueError("comments: not a list")
    roots: list[Comment] = []
    by_id: dict[str, Comment] = {}
    for i, rec in enumerate(items):
        if not isinstance(rec, dict):
            raise ValueError(f"comments[{i}]: not an object")
        cid = rec.get("id")
        if not isinstance(cid, str):
            raise ValueError(f"comments[{i}].id: not a string")
        if cid in by_id:
            raise ValueError(f"comments[{i}]: duplicate comment id {cid!r}")
        parent_id, _, _ = cid.rpartition(".")
        siblings = roots if not parent_id else (
            by_id[parent_id].replies if parent_id in by_id else None)
        if siblings is None:
            raise ValueError(f"comments[{i}]: id {cid!r} has no parent {parent_id!r} before it")
        want = _expected_id(parent_id, len(siblings) + 1)
        if cid != want:
            raise ValueError(f"comments[{i}]: id {cid!r} where {want!r} was expected")
        extra = set(rec) - set(_COMMENT_FIELDS) - {"replies"}
        if extra:
            raise ValueError(f"comments[{i}].{sorted(extra)[0]}: extra field not permitted")
        try:
            c = Comment.model_validate({k: rec[k] for k in _COMMENT_FIELDS if k in rec})
        except ValidationError as e:
            err = e.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            raise ValueError(f"comments[{i}].{loc}: {err['msg']}") from None
        siblings.append(c)
        by_id[cid] = c
    return roots


def nested_to_flat(comments: Any) -> list[dict]:
    """Nested comment objects (``replies`` lists, as in ``inspect --json``) as flat records."""
    if not isinstance(comments, list):
        raise ValueError("comments: not a list")
    out: list[dict] = []
    stack: list[Any] = list(reversed(comments))
    while stack:
        c = stack.pop()
        if not isinstance(c, dict):
            raise ValueError(f"comments: item {len(out)} is not an object")
        replies = c.get("replies", [])
        if not isinstance(replies, list):
            raise ValueError(f"comments: replies of {str(c.get('id'))[:20]!r} are not a list")
        out.append({k: v for k, v in c.items() if k != "replies"})
        stack.extend(reversed(replies))
    return out


def _article_from(obj: Any, flat: list[dict]) -> Article:
    if not isinstance(obj, dict):
        raise ValueError("not an article object")
    art = Article.model_validate({**obj, "comments": []})
    art.comments = comments_from_flat(flat)
    return art


def article_to_doc(article: Article) -> dict:
    """The store's record of an article: its fields, comments flat (see ``comments_to_flat``)."""
    doc = article.model_dump(mode="json", exclude={"comments"})
    doc["comments"] = comments_to_flat(article)
    return doc


def article_from_doc(doc: Any) -> Article:
    """An article from the store's record; ``ValueError``/``ValidationError`` if it is bad."""
    return _article_from(doc, doc.get("comments", []) if isinstance(doc, dict) else [])


def article_from_obj(obj: Any) -> Article:
    """An article from the ``inspect --json`` shape (nested replies, any depth)."""
    nested = obj.get("comments", []) if isinstance(obj, dict) else []
    return _article_from(obj, nested_to_flat(nested))
