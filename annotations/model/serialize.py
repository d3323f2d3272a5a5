"""JSON forms of articles (the ``inspect --json`` shape) and a readable outline.

Both walk the comment tree without recursion, so a thread of any depth prints. JSON meant
for a terminal escapes the characters a terminal would act on (``terminal_safe_json``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from annotations.model.article import Article, short_comment_id
from annotations.text.measure import cut_to_cells
from annotations.util.safe_text import visible
from annotations.util.terminal_json import terminal_safe_json as terminal_safe_json  # re-exported

_INDENT = orjson.OPT_INDENT_2
#: Deepest indentation ``article_to_json`` writes (nesting levels, two spaces each).
MAX_INDENT = 64


def article_to_dict(article: Article) -> dict[str, Any]:
    """The documented ``inspect --json`` shape (datetimes as ISO 8601 strings).

    Builds nested dicts, so keep it for threads of ordinary depth; ``article_to_json``
    handles any depth.
    """
    return orjson.loads(article_to_json(article, indent=False))


class _Chunks:
    """Pieces of text written on in batches (``append`` as a list's): a thread's JSON is
    streamed, never held whole."""

    __slots__ = ("parts", "write")

    def __init__(self, write: Callable[[str], object]) -> None:
        self.write = write
        self.parts: list[str] = []

    def append(self, piece: str) -> None:
        self.parts.append(piece)
        if len(self.parts) >= 4096:
            self.flush()

    def flush(self) -> None:
        self.write("".join(self.parts))
        self.parts.clear()


def write_article_json(article: Article, write: Callable[[str], object],
                       indent: bool = True) -> None:
    """``article_to_json``'s text handed to ``write`` in pieces (memory: one batch)."""
    out = _Chunks(write)
    _article_json(article, out, indent)  # type: ignore[arg-type]  # _Chunks is append-only, all _article_json uses of a list
    out.flush()


def article_to_json(article: Article, indent: bool = True) -> str:
    """The ``inspect --json`` shape as text, exactly as ``orjson`` would indent it (up to
    ``MAX_INDENT`` levels of nesting)."""
    out: list[str] = []
    _article_json(article, out, indent)
    return "".join(out)


def _article_json(article: Article, out: list[str], indent: bool) -> None:
    nl, sep = ("\n", ": ") if indent else ("", ":")

    def pad(level: int) -> str:
        # indentation stops growing past MAX_INDENT levels: a thread thousands of replies
        # deep would otherwise print gigabytes of spaces (the JSON is the same)
        return "  " * min(level, MAX_INDENT) if indent else ""

    def value(v: Any, level: int) -> str:
        text = orjson.dumps(v, option=_INDENT if indent else 0).decode()
        return text.replace("\n", "\n" + pad(level)) if indent else text

    out.append("{")
    head = article.model_dump(mode="json", exclude={"comments"})
    first = True
    for name in Article.model_fields:
        out.append(("" if first else ",") + nl + pad(1) + f'"{name}"' + sep)
        first = False
        if name == "comments":
            _comments_json(article, out, nl, sep, pad, value)
        else:
            out.append(value(head[name], 1))
    out.append(nl + "}")


def _comments_json(article: Article, out: list[str], nl: str, sep: str, pad, value) -> None:
    """The nested ``comments`` list, iteratively: items of a list at level L sit at L+1."""
    if not article.comments:
        out.append("[]")
        return
    out.append("[")
    stack: list[list[Any]] = [[article.comments, 0, 1]]
    while stack:
        frame = stack[-1]
        items, i, level = frame
        if i == len(items):
            stack.pop()
            out.append(nl + pad(level) + "]")
            if stack:  # this list was a comment's replies: close that comment
                out.append(nl + pad(level - 1) + "}")
            continue
        frame[1] = i + 1
        c = items[i]
        out.append(("," if i else "") + nl + pad(level + 1) + "{")
        fields = c.model_dump(mode="json", exclude={"replies"})
        for name, v in fields.items():
            out.append(nl + pad(level + 2) + f'"{name}"' + sep + value(v, level + 2) + ",")
        out.append(nl + pad(level + 2) + '"replies"' + sep)
        if c.replies:
            out.append("[")
            stack.append([c.replies, 0, level + 2])
        else:
            out.append("[]" + nl + pad(level + 1) + "}")


def article_outline(article: Article) -> str:
    """A readable outline: title, source, blocks with their kinds and offsets, the thread."""
    out: list[str] = []
    _outline(article, out)
    return visible("\n".join(out))


def write_article_outline(article: Article, write: Callable[[str], object]) -> None:
    """``article_outline``'s text handed to ``write`` in pieces (memory: one batch)."""
    out = _Lines(lambda text: write(visible(text)))
    _outline(article, out)  # type: ignore[arg-type]  # as in write_article_json
    out.flush()


class _Lines(_Chunks):
    """``_Chunks`` of lines: a newline between them."""

    __slots__ = ("first",)

    def __init__(self, write: Callable[[str], object]) -> None:
        super().__init__(write)
        self.first = True

    def append(self, piece: str) -> None:
        super().append(piece if self.first else "\n" + piece)
        self.first = False


def _outline(article: Article, out: list[str]) -> None:
    """The outline's lines, each handed to ``out.append``."""
    out.append(article.title)
    out.append(f"id: {article.id}   source: {article.source or '-'}   "
               f"blocks: {len(article.blocks)}   comments: {article.comment_count()}")
    meta = [f"{k}: {v}" for k, v in (
        ("url", article.url), ("authors", "; ".join(article.authors)),
        ("published", article.published_at), ("language", article.language),
        ("discusses", article.discusses)) if v]
    if meta:
        out.append("   ".join(meta))
    out.append("")
    for b in article.blocks:
        text = cut_to_cells(b.text.replace("\n", " / "), 70)
        out.append(f"{b.kind:<12} {b.start:>6}-{b.end:<6} {text}")
    if article.comments:
        out.append("")
        out.append("Comments:")
        for c, depth in article.walk():
            who = f"{c.author} ({c.name})" if c.name and c.name != c.author else c.author
            if c.status:
                who += f" [{c.status}]"
            first = cut_to_cells(c.text.split("\n", 1)[0], 70)
            indent = "  " * (depth + 1) if depth < 40 else f"  … {depth} levels … "
            when = f"{c.posted_at:%Y-%m-%d %H:%M}"
            out.append(f"{indent}[{short_comment_id(c.id)}] {who}, {when}: {first}")
