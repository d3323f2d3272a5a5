"""What a tag's links lead to, in one line each (the tags panel shows them and follows them)."""

from __future__ import annotations

from typing import Any

from annotations.exchange.citation import quoted, who_of
from annotations.util.safe_text import visible


def linked_tags(store: Any, tag: Any) -> list[Any]:
    """The tags ``tag`` links to that the store still holds, in the order linked."""
    out = []
    for tid in tag.links:
        other = store.get(str(tid))
        if other is not None:
            out.append(other)
    return out


def describe_link(store: Any, other: Any, here: str | None = None) -> str:
    """``claim · Li Lifan · “He also noted…” · in “Title”`` (the article named when it is
    not ``here``)."""
    text = " ".join(other.anchor.exact.split())
    if len(text) > 50:
        text = text[:49] + "…"
    line = f"{other.kind} · {who_of(other)} · {quoted(text)}"
    if other.anchor.article_id != here:
        article = store.article(other.anchor.article_id)
        title = article.title if article is not None else other.anchor.article_id
        line += f" · in {quoted(title[:60])}"
    return visible(line)


def links_back(other: Any, tag: Any) -> int:
    """The index of ``tag`` among ``other``'s links (so following on cycles past it)."""
    ids = [str(t) for t in other.links]
    return ids.index(str(tag.id)) if str(tag.id) in ids else -1
