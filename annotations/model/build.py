"""Build an ``Article`` from parts any reader produced: titled blocks and flat comments.

The body is the blocks' texts joined by blank lines, so every block's offsets hold
(``body[start:end] == text``). The id is the hash of the article as text (title, body and
each comment's author, time and text), so the same content always gets the same id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from annotations.model.article import Article, Block, comments_from_flat

#: Runs of spaces, tabs and no-break spaces to fold into one space (a lone space is left as
#: it is: replacing every space of a long paragraph took most of a large page's time).
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
_BLANKS = re.compile(r"\n\s*\n+")


def clean_text(text: str) -> str:
    """Whitespace folded within lines, no blank line inside (a block is one paragraph)."""
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.replace("\r", "\n").split("\n")]
    return "\n".join(ln for ln in lines if ln)


def clean_comment(text: str) -> str:
    """A comment's text: spaces folded, paragraphs kept (one blank line between)."""
    paras = [clean_text(p) for p in _BLANKS.split(text.replace("\r", "\n"))]
    return "\n\n".join(p for p in paras if p)


def content_id(title: str, body: str, flat_comments: Iterable[dict[str, Any]]) -> str:
    """16 hex digits of SHA-256 over the article's content."""
    h = hashlib.sha256(title.encode() + b"\x00" + body.encode())
    for c in flat_comments:
        h.update(f"\x00{c['depth']}\x00{c['author']}\x00{c['posted_at']}\x00".encode())
        h.update(str(c["text"]).encode())
    return h.hexdigest()[:16]


def make_article(title: str, blocks: Iterable[tuple[str, str]],
                 comments: list[dict[str, Any]] | None = None, *, consume: bool = False,
                 **meta: Any) -> Article:
    """An article of ``(kind, text)`` blocks and flat comment records (``depth`` first).
    With ``consume`` the records are let go as their comments are built (the list is left
    holding None): the readers' records and the models are not all held at once."""
    parts: list[str] = []
    out: list[Block] = []
    pos = 0
    for kind, text in blocks:
        text = text.strip("\n")
        if not text.strip():
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(text)
        out.append(Block(kind=kind, text=text, start=pos, end=pos + len(text)))
        pos += len(text)
    body = "".join(parts)
    flat = comments or []
    art = Article(id=content_id(title, body, flat), title=title, body=body, blocks=out, **meta)
    art.comments = comments_from_flat(flat, consume=consume)
    return art
