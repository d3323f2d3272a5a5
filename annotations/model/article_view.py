"""Reading an article without pydantic: navigation shared with the model, and a view of a
stored record.

The store validates an article when it is written; its journal line is checksummed. To show
a stored article (``threadmark open FILE``: the reader's first frame) the reader needs its
text and comment tree, not a second validation, and importing pydantic and building the
models would cost that frame most of its time. ``ArticleView`` is that article as plain
objects with the same attributes and navigation as ``article.Article`` (``ArticleNav``); the
models are validated later, off the first frame, when anything edits or exports.

``view_from_doc`` checks every field's type as it goes and returns None for a record it does
not fully understand: the caller then validates it with the models, which say what is wrong.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

_BLOCK_KINDS = frozenset({"paragraph", "heading", "quote", "attribution", "caption", "tags",
                          "boilerplate"})
_STATUSES = frozenset({None, "deleted", "dead", "removed"})
_OPTIONAL_TEXT = ("source", "url", "published_at", "language", "discusses")

#: Comment ids (documented in docs/bounded-inputs.md). A comment in the first ``PATH_LEVELS``
#: levels is named by its path in the tree: ``2`` is the second top-level comment, ``2.1``
#: its first reply. A deeper comment is ``n`` and its number in reading order (depth first,
#: from 1): ``n40213``. So no id is longer than ``PATH_LEVELS`` numbers, and a thread's ids
#: cost memory linear in its size at any depth (a path id grows with its depth, and a
#: thread 45,000 replies deep once cost gigabytes). An article's id is the hash of its
#: content, comments in reading order included, so both forms name the same comment for
#: as long as the article exists. The full path of a deeper comment (``1.1.1…``, as
#: threadmark wrote before) is still understood wherever an id is read.
PATH_LEVELS = 64


def comment_id(parent_id: str | None, index: int, depth: int, position: int) -> str:
    """The id of the ``index``-th reply (from 1) of ``parent_id`` (None: top level), at
    ``depth`` (0 = top level), the ``position``-th comment in reading order (from 1)."""
    if depth >= PATH_LEVELS:
        return f"n{position}"
    return f"{parent_id}.{index}" if parent_id is not None else str(index)


#: Comment trees whose reading order ``ArticleNav`` remembers (the reader shows two articles).
_ORDERS_KEPT = 4
_ORDERS: OrderedDict[int, tuple[list[Any], list[Any]]] = OrderedDict()

#: Where deeper comments (``n…``) sort among the paths: after all of them.
_DEEP = 1 << 62


def part_sort_key(part: str) -> tuple[int, ...]:
    """A tag part's place for sorting without the article: the body first, then comments by
    path; comments named by position (deeper than ``PATH_LEVELS``) last, in reading order."""
    if part == "body":
        return (-1,)
    if part[:1] == "n":
        return (_DEEP, int(part[1:]))
    return tuple(int(p) for p in part.split("."))


class ArticleNav:
    """Navigation of an article's comment tree (``comments``: top level, each with
    ``replies``; ids as ``comment_id`` gives them)."""

    if TYPE_CHECKING:
        body: str
        comments: list[Any]

    def walk(self) -> Iterator[tuple[Any, int]]:
        """Every comment in reading order (depth first) with its depth (0 = top level)."""
        stack: list[tuple[Any, int]] = [(c, 0) for c in reversed(self.comments)]
        while stack:
            c, depth = stack.pop()
            yield c, depth
            stack.extend((r, depth + 1) for r in reversed(c.replies))

    def comment_count(self) -> int:
        """How many comments the tree holds, replies included."""
        return sum(1 for _ in self.walk())

    def comment(self, comment_id: str) -> Any:
        """The comment with this id (a path, ``n`` and a position, or a deep comment's full
        path as written before), or None."""
        if comment_id[:1] == "n":
            pos = comment_id[1:]
            if not pos.isdigit() or pos[0] == "0":
                return None
            order = self._reading_order()
            return order[int(pos) - 1] if int(pos) <= len(order) else None
        nodes = self.comments
        found = None
        for part in comment_id.split("."):
            if not part.isdigit() or not 1 <= int(part) <= len(nodes):
                return None
            found = nodes[int(part) - 1]
            nodes = found.replies
        return found

    def _reading_order(self) -> list[Any]:
        """Every comment in reading order, made once per comment tree (a few trees are
        remembered: the reader asks for a deep comment at every cursor move)."""
        key = id(self.comments)
        hit = _ORDERS.get(key)
        if hit is not None and hit[0] is self.comments:
            _ORDERS.move_to_end(key)
            return hit[1]
        order = [c for c, _ in self.walk()]
        _ORDERS[key] = (self.comments, order)
        while len(_ORDERS) > _ORDERS_KEPT:
            _ORDERS.popitem(last=False)
        return order

    def part_text(self, part: str) -> str | None:
        """The text a tag's anchor indexes into: the body, or one comment's text."""
        if part == "body":
            return self.body
        c = self.comment(part)
        return c.text if c is not None else None


class BlockView:
    """A run of the body of one kind (as ``article.Block``)."""

    __slots__ = ("end", "kind", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int) -> None:
        self.kind, self.text, self.start, self.end = kind, text, start, end


class CommentView:
    """One comment and its replies (as ``article.Comment``)."""

    __slots__ = ("author", "id", "name", "posted_at", "replies", "status", "text")

    def __init__(self, id: str, author: str, name: str | None, posted_at: datetime,
                 text: str, status: str | None) -> None:
        self.id, self.author, self.name, self.posted_at = id, author, name, posted_at
        self.text, self.status = text, status
        self.replies: list[CommentView] = []


class ArticleView(ArticleNav):
    """A stored article as plain objects (as ``article.Article``, read-only by convention)."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    id: str
    title: str
    source: str | None
    url: str | None
    authors: list[str]
    published_at: str | None
    language: str | None
    discusses: str | None
    blocks: list[BlockView]


def _block(b: Any, body: str) -> BlockView | None:
    if type(b) is not dict or b.keys() != {"kind", "text", "start", "end"}:
        return None
    kind, text, start, end = b["kind"], b["text"], b["start"], b["end"]
    if kind not in _BLOCK_KINDS or type(text) is not str or type(start) is not int or \
            type(end) is not int or not 0 <= start <= end <= len(body) or \
            body[start:end] != text:
        return None
    return BlockView(kind, text, start, end)


def _comments(items: Any) -> list[CommentView] | None:
    if type(items) is not list:
        return None
    roots: list[CommentView] = []
    open_: list[CommentView] = []
    for position, rec in enumerate(items, 1):
        if type(rec) is not dict or not rec.keys() <= {"depth", "author", "name", "posted_at",
                                                       "text", "status"}:
            return None
        depth, author, name = rec.get("depth"), rec.get("author"), rec.get("name")
        text, status, posted = rec.get("text"), rec.get("status"), rec.get("posted_at")
        if type(depth) is not int or not 0 <= depth <= len(open_) or type(author) is not str \
                or not author or (name is not None and type(name) is not str) or \
                type(text) is not str or status not in _STATUSES or type(posted) is not str:
            return None
        try:
            when = datetime.fromisoformat(posted)
        except ValueError:
            return None
        del open_[depth:]
        siblings = open_[-1].replies if open_ else roots
        cid = comment_id(open_[-1].id if open_ else None, len(siblings) + 1, depth, position)
        c = CommentView(cid, author, name, when, text, status)
        siblings.append(c)
        open_.append(c)
    return roots


def view_from_doc(doc: Any) -> ArticleView | None:
    """The store's record of an article as an ``ArticleView``; None if any field is not what
    threadmark writes (validate it with the models to learn what)."""
    if type(doc) is not dict:
        return None
    body, title, aid = doc.get("body"), doc.get("title"), doc.get("id")
    authors = doc.get("authors", [])
    if type(body) is not str or type(title) is not str or type(aid) is not str or \
            type(authors) is not list or not all(type(a) is str for a in authors):
        return None
    known = {"id", "title", "body", "authors", "blocks", "comments", *_OPTIONAL_TEXT}
    if not doc.keys() <= known:
        return None
    optional = {k: doc.get(k) for k in _OPTIONAL_TEXT}
    if any(v is not None and type(v) is not str for v in optional.values()):
        return None
    raw_blocks = doc.get("blocks", [])
    if type(raw_blocks) is not list:
        return None
    blocks = [_block(b, body) for b in raw_blocks]
    comments = _comments(doc.get("comments", []))
    if comments is None or any(b is None for b in blocks):
        return None
    return ArticleView(id=aid, title=title, body=body, authors=list(authors), blocks=blocks,
                       comments=comments, **optional)


class LazyCommentsView(ArticleView):
    """An ``ArticleView`` whose comment tree is built from the record the first time
    ``comments`` is read: what needs only the body (the comparison's first figures, or every
    figure when its text figures are kept in ``compare.derived``) skips reading a thread of
    thousands of comments. A tree ``view_from_doc`` would not take is read through
    ``fallback`` (the validated article); if that fails too, ``StoreError``."""

    def __init__(self, raw_comments: list[Any], fallback: Callable[[], Any],
                 **fields: Any) -> None:
        super().__init__(**fields)
        self._raw_comments: list[Any] | None = raw_comments
        self._fallback = fallback
        self._tree: list[Any] | None = None

    @property
    def comments(self) -> list[Any]:  # type: ignore[override]
        if self._tree is None:
            tree = _comments(self._raw_comments)
            if tree is None:
                art = self._fallback()
                if art is None:
                    from annotations.errors import StoreError

                    raise StoreError(f"article {self.id}: its comments are not readable")
                tree = art.comments
            self._tree, self._raw_comments = tree, None
        return self._tree


def lazy_view_from_doc(doc: Any, fallback: Callable[[], Any]) -> LazyCommentsView | None:
    """``view_from_doc`` but for the comment tree, built when first read (see
    ``LazyCommentsView``); None if any other field is not what threadmark writes."""
    if type(doc) is not dict:
        return None
    raw = doc.get("comments", [])
    if type(raw) is not list:
        return None
    head = view_from_doc({**doc, "comments": []})
    if head is None:
        return None
    fields = dict(head.__dict__)
    del fields["comments"]
    return LazyCommentsView(raw, fallback, **fields)


def short_comment_id(comment_id: str, width: int = 24) -> str:
    """A comment's id, shortened for display when it is a long path: ``1.2.1`` stays,
    ``1.1.1…`` (a full path of thousands of levels) becomes ``…1.1.3 (level 4,811)``."""
    if len(comment_id) <= width:
        return comment_id
    level = comment_id.count(".") + 1
    return f"…{comment_id[-12:].lstrip('.')} (level {level:,})"


class AnchorMark:
    """Where a tag sits (as ``models.Anchor``, without its text)."""

    __slots__ = ("article_id", "end", "part", "start")

    def __init__(self, article_id: str, part: str, start: int, end: int) -> None:
        self.article_id, self.part, self.start, self.end = article_id, part, start, end


class TagMark:
    """A stored tag as far as drawing it needs: its id, kind and anchor."""

    __slots__ = ("anchor", "id", "kind")

    def __init__(self, id: str, kind: str, anchor: AnchorMark) -> None:
        self.id, self.kind, self.anchor = id, kind, anchor


_KINDS = frozenset({"quote", "stance", "claim"})


def mark_from_doc(doc: Any) -> TagMark | None:
    """A stored tag record as a ``TagMark``; None if it is not plainly one."""
    if type(doc) is not dict or doc.get("kind") not in _KINDS or type(doc.get("id")) is not str:
        return None
    a = doc.get("anchor")
    if type(a) is not dict:
        return None
    aid, part, start, end = a.get("article_id"), a.get("part"), a.get("start"), a.get("end")
    if type(aid) is not str or type(part) is not str or type(start) is not int or \
            type(end) is not int or not 0 <= start < end:
        return None
    return TagMark(doc["id"], doc["kind"], AnchorMark(aid, part, start, end))
