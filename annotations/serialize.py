"""JSON forms of articles (the ``inspect --json`` shape) and a readable outline."""

from __future__ import annotations

from typing import Any

import orjson

from .article import Article, Comment
from .safe_text import visible


def article_to_dict(article: Article) -> dict[str, Any]:
    """The documented ``inspect --json`` shape (datetimes as ISO 8601 strings)."""
    return article.model_dump(mode="json")


def article_to_json(article: Article, indent: bool = True) -> str:
    """``article_to_dict`` as a JSON string."""
    opts = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(article_to_dict(article), option=opts).decode()


def _comment_lines(c: Comment, depth: int, out: list[str]) -> None:
    who = f"{c.author} ({c.name})" if c.name and c.name != c.author else c.author
    first = c.text.split("\n", 1)[0]
    if len(first) > 70:
        first = first[:69] + "…"
    out.append(f"{'  ' * depth}[{c.id}] {who}, {c.posted_at:%Y-%m-%d %H:%M}: {first}")
    for r in c.replies:
        _comment_lines(r, depth + 1, out)


def article_outline(article: Article) -> str:
    """A readable outline: title, source, blocks with their kinds and offsets, the thread."""
    out = [
        article.title,
        f"id: {article.id}   source: {article.source or '-'}   "
        f"blocks: {len(article.blocks)}   comments: {article.comment_count()}",
        "",
    ]
    for b in article.blocks:
        text = b.text.replace("\n", " / ")
        if len(text) > 70:
            text = text[:69] + "…"
        out.append(f"{b.kind:<12} {b.start:>6}-{b.end:<6} {text}")
    if article.comments:
        out += ["", "Comments:"]
        for c in article.comments:
            _comment_lines(c, 1, out)
    return visible("\n".join(out))
