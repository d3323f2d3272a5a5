"""Build an ``Article`` from parts any reader produced: titled blocks and flat comments.

The body is the blocks' texts joined by blank lines, so every block's offsets hold
(``body[start:end] == text``). The id is the hash of the article's content
(``identity.canonical_article_id``), so the same content always gets the same id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from annotations.model.article import Article, Block, comments_from_flat
from annotations.model.identity import UNSET_ID, canonical_article_id

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
    art = Article(id=UNSET_ID, title=title, body=body, blocks=out, **meta)
    art.comments = comments_from_flat(flat, consume=consume)
    art.id = canonical_article_id(art)
    return art
