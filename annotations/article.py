"""Pydantic models of a parsed article: its blocks and its reader-comment tree."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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
