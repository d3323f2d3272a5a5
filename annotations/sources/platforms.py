"""Discussion threads from platforms: a Reddit thread's JSON, a Hacker News item from the
Algolia items API, a Disqus XML export. Each becomes an ``Article`` with its comment tree.

Every tree is walked without recursion (threads of any depth), Disqus parent references with
visited sets (a reply cycle is broken and counted); comments the file lacks (Reddit's ``more``
stubs) are counted and reported, never silently dropped. A value of the wrong shape is a
``PlatformError`` naming where it is. Readers build a ``Draft`` first, so the parsed file can
go before the models are made.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any

from annotations.model.article import Article
from annotations.model.build import clean_comment, clean_text, make_article
from annotations.sources.htmltext import html_to_text


class PlatformError(ValueError):
    """A platform file that cannot be read as a thread (the message says why)."""


def walk(roots: Any, children: Any):  # yields (item, depth)
    """Every item of a nested thread in reading order with its depth, without recursion:
    ``children(item)`` gives an item's replies."""
    stack: list[tuple[Any, int]] = [(iter(roots), 0)]
    while stack:
        items, depth = stack[-1]
        item = next(items, None)
        if item is None:
            stack.pop()
            continue
        yield item, depth
        kids = children(item)
        if kids:
            stack.append((iter(kids), depth + 1))


def _utc(ts: Any) -> str:
    try:
        return datetime.fromtimestamp(float(ts), UTC).isoformat()
    except (TypeError, ValueError, OverflowError):
        raise PlatformError(f"a time that is not a Unix time: {str(ts)[:30]!r}") from None


# -- Reddit ----------------------------------------------------------------------------------


class Draft:
    """An article's parts as a reader found them, built (``build``) once the file's parsed
    JSON is let go: the parsed tree and the models are not all held at once."""

    def __init__(self, title: str, blocks: list[tuple[str, str]],
                 flat: list[dict[str, Any]], warnings: list[str], **meta: Any) -> None:
        self.title, self.blocks, self.flat, self.warnings = title, blocks, flat, warnings
        self.meta = meta

    def build(self) -> tuple[Article, list[str]]:
        """The article (its comment records are used up) and the reader's warnings."""
        flat, self.flat = self.flat, []
        return make_article(self.title, self.blocks, flat, consume=True,
                            **self.meta), self.warnings


def reddit_thread(obj: list[Any]) -> tuple[Article, list[str]]:
    """A Reddit thread (``<permalink>.json``: the post's Listing, then the comments')."""
    return reddit_draft(obj).build()


def reddit_draft(obj: list[Any]) -> Draft:
    """``reddit_thread``'s parts, not built yet (``Draft``)."""
    try:
        post = obj[0]["data"]["children"][0]["data"]
        top = obj[1]["data"]["children"]
    except (KeyError, IndexError, TypeError):
        raise PlatformError("not a Reddit thread (post and comment listings)") from None
    if not isinstance(post, dict) or not isinstance(top, list):
        raise PlatformError("not a Reddit thread (post and comment listings)")
    flat: list[dict[str, Any]] = []
    missing = 0
    for child, depth in walk(top, _reddit_replies):
        if not isinstance(child, dict):
            continue
        d = child.get("data") or {}
        if not isinstance(d, dict):
            raise PlatformError(f"comment {len(flat) + 1}: 'data' is not an object")
        if child.get("kind") == "more":
            missing += max(_count(d.get("count")), len(_list_of(d, "children", "a 'more' stub")),
                           1)
            continue
        if child.get("kind") != "t1":
            continue
        text = html.unescape(str(d.get("body") or ""))
        status = {"[deleted]": "deleted", "[removed]": "removed"}.get(text.strip())
        flat.append({"depth": depth, "author": str(d.get("author") or "[deleted]"),
                     "name": None, "posted_at": _utc(d.get("created_utc")),
                     "text": clean_comment(text), "status": status})
    link = None if post.get("is_self", True) else post.get("url")
    selftext = html.unescape(str(post.get("selftext") or ""))
    blocks = [("paragraph", clean_text(p)) for p in selftext.split("\n\n")]
    if not any(t for _, t in blocks) and link:
        blocks = [("paragraph", str(link))]
    warnings = [f"{missing} comment(s) not in this file (Reddit's 'more' stubs); "
                "fetch the thread again with them expanded to read them"] if missing else []
    permalink = post.get("permalink")
    return Draft(
        html.unescape(str(post.get("title") or "(untitled)")), blocks, flat, warnings,
        source=f"r/{post.get('subreddit')}" if post.get("subreddit") else "Reddit",
        url=f"https://www.reddit.com{permalink}" if permalink else None,
        authors=[str(post["author"])] if post.get("author") else [],
        published_at=_utc(post["created_utc"]) if post.get("created_utc") else None,
        discusses=link)


def _count(value: Any) -> int:
    """A 'more' stub's count: a whole number (or missing)."""
    if value is None:
        return 0
    if type(value) is not int:
        raise PlatformError(f"a 'more' stub's count is not a number: {str(value)[:30]!r}")
    return value


def _list_of(obj: dict[str, Any], key: str, what: str) -> list[Any]:
    """``obj[key]`` when it is a list (missing or null: empty); else a ``PlatformError``."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise PlatformError(f"{what}: {key!r} is not a list but {type(value).__name__}")
    return value


def _reddit_replies(child: Any) -> list[Any]:
    data = child.get("data") if isinstance(child, dict) else None
    replies = data.get("replies") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(replies, dict):  # "" for no replies
        return []
    rdata = replies.get("data")
    if rdata is None:
        return []
    if not isinstance(rdata, dict):
        raise PlatformError(f"comment by {str(data.get('author'))[:40]!r}: replies.data is "
                            f"not an object but {type(rdata).__name__}")
    return _list_of(rdata, "children", f"comment by {str(data.get('author'))[:40]!r}: replies")


# -- Hacker News (Algolia items API) -----------------------------------------------------------


def _hn_status(item: dict[str, Any]) -> str | None:
    if item.get("deleted") or (item.get("author") is None and item.get("text") is None):
        return "deleted"
    if item.get("dead"):
        return "dead"
    return None


def hacker_news_item(obj: dict[str, Any]) -> tuple[Article, list[str]]:
    """A Hacker News story and its comments, as ``/api/v1/items/ID`` returns them."""
    return hacker_news_draft(obj).build()


def hacker_news_draft(obj: dict[str, Any]) -> Draft:
    """``hacker_news_item``'s parts, not built yet (``Draft``)."""
    flat: list[dict[str, Any]] = []
    top = _list_of(obj, "children", f"item {str(obj.get('id'))[:20]}")
    for item, depth in walk(top, lambda i: isinstance(i, dict) and
                            _list_of(i, "children", f"item {str(i.get('id'))[:20]}")):
        if not isinstance(item, dict):
            continue
        status = _hn_status(item)
        text = clean_comment(html_to_text(str(item.get("text") or "")))
        flat.append({"depth": depth, "author": str(item.get("author") or "[deleted]"),
                     "name": None, "posted_at": _hn_time(item),
                     "text": (text or f"[{status}]") if status else text, "status": status})
    body = [("paragraph", p) for p in clean_comment(html_to_text(str(obj.get("text") or "")))
            .split("\n\n")]
    if not any(t for _, t in body) and obj.get("url"):
        body = [("paragraph", str(obj["url"]))]
    return Draft(
        str(obj.get("title") or "(untitled)"), body, flat, [], source="Hacker News",
        url=f"https://news.ycombinator.com/item?id={obj.get('id')}",
        authors=[str(obj["author"])] if obj.get("author") else [],
        published_at=obj.get("created_at"), discusses=obj.get("url"))


def _hn_time(item: dict[str, Any]) -> str:
    if item.get("created_at_i") is not None:
        return _utc(item["created_at_i"])
    if item.get("created_at"):
        return str(item["created_at"])
    raise PlatformError(f"item {item.get('id')} has no time")


# -- Disqus export -----------------------------------------------------------------------------

_DSQ = "{http://disqus.com/disqus-internals}id"


def disqus_export(data: bytes) -> tuple[list[Article], list[str]]:
    """One article per thread that has posts; deleted and spam posts skipped and counted."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise PlatformError(f"not well-formed XML ({e})") from None

    def local(el) -> str:
        return etree.QName(el).localname

    def child(el, name: str):
        return next((c for c in el if isinstance(c.tag, str) and local(c) == name), None)

    def text_of(el, name: str) -> str:
        c = child(el, name)
        return (c.text or "").strip() if c is not None else ""

    threads: dict[str, dict[str, str]] = {}
    posts: list[dict[str, Any]] = []
    skipped = 0
    for el in root:
        if not isinstance(el.tag, str):
            continue
        if local(el) == "thread":
            threads[el.get(_DSQ, "")] = {k: text_of(el, k) for k in
                                         ("link", "message", "title", "forum", "createdAt")}
        elif local(el) == "post":
            if text_of(el, "isDeleted") == "true" or text_of(el, "isSpam") == "true":
                skipped += 1
                posts.append({"id": el.get(_DSQ), "skip": True,
                              "parent": _ref(child(el, "parent"))})
                continue
            author = child(el, "author")
            name = text_of(author, "name") if author is not None else ""
            handle = text_of(author, "username") if author is not None else ""
            posts.append({"id": el.get(_DSQ), "skip": False,
                          "thread": _ref(child(el, "thread")), "parent": _ref(child(el, "parent")),
                          "author": handle or name or "(anonymous)",
                          "name": name if handle and name and name != handle else None,
                          "posted_at": text_of(el, "createdAt"),
                          "text": clean_comment(html_to_text(text_of(el, "message")))})
    del root  # the parsed file goes before the models come (memory: one at a time)
    children, in_cycle = _link_posts(posts)
    posts.clear()
    flats: dict[str, list[dict[str, Any]]] = {}
    for tid in threads:
        roots = children.get(f"thread:{tid}")
        if not roots:
            continue
        flat = flats[tid] = []
        for p, depth in walk(roots, lambda p: children.get(id(p))):
            for key in ("id", "skip", "thread", "parent"):  # the post becomes the record
                del p[key]
            p["depth"] = depth
            flat.append(p)
    children.clear()
    articles = []
    for tid, flat in flats.items():
        t = threads[tid]
        link = t["link"] or None
        message = clean_comment(html_to_text(t["message"]))
        blocks = [("paragraph", m) for m in message.split("\n\n")] if message else \
            [("paragraph", link or "(no text)")]
        flats[tid] = []
        articles.append(make_article(
            t["title"] or link or f"Disqus thread {tid}", blocks, flat,
            source=t["forum"] or "Disqus", url=link, discusses=link,
            published_at=t["createdAt"] or None, consume=True))
        del flat
    warnings = [f"{skipped} deleted or spam post(s) skipped"] if skipped else []
    if in_cycle:
        warnings.append(f"{in_cycle} post(s) in a reply cycle, kept at top level")
    return articles, warnings


def _link_posts(posts: list[dict[str, Any]]) -> tuple[dict[Any, list[dict[str, Any]]], int]:
    """Each kept post under its parent: ``children`` maps ``id(parent post)`` (or
    ``"thread:<id>"`` for the top level) to its replies, in file order; also how many posts
    sat in a reply cycle. Linear time, every chain walked with a visited set:

    - a reply to a skipped (deleted, spam) post moves up to the nearest kept ancestor; a
      chain of skipped posts that loops ends at the top level;
    - when two posts share an id, replies go to the first of them;
    - a post whose ancestors loop back to it (its own parent, or each other's) is kept at
      the top level of its thread, and counted.
    """
    by_id: dict[Any, dict[str, Any]] = {}
    for p in posts:
        by_id.setdefault(p["id"], p)
    kept_parent: dict[int, dict[str, Any] | None] = {}  # id(post) -> kept parent post
    for p in posts:
        if p["skip"]:
            continue
        seen: set[int] = set()
        parent = by_id.get(p["parent"]) if p["parent"] is not None else None
        while parent is not None and parent["skip"] and id(parent) not in seen:
            seen.add(id(parent))
            parent = by_id.get(parent["parent"]) if parent["parent"] is not None else None
        kept_parent[id(p)] = parent if parent is not None and not parent["skip"] else None
    # break cycles: 0 not reached yet, 1 on the chain being followed, 2 settled
    state: dict[int, int] = {}
    in_cycle = 0
    for p in posts:
        if p["skip"] or state.get(id(p)):
            continue
        chain: list[dict[str, Any]] = []
        cur: dict[str, Any] | None = p
        while cur is not None and not state.get(id(cur)):
            state[id(cur)] = 1
            chain.append(cur)
            cur = kept_parent[id(cur)]
        if cur is not None and state[id(cur)] == 1:  # the chain came back to itself
            loop = chain[next(i for i, c in enumerate(chain) if c is cur):]
            for c in loop:
                kept_parent[id(c)] = None
            in_cycle += len(loop)
        for c in chain:
            state[id(c)] = 2
    children: dict[Any, list[dict[str, Any]]] = {}
    for p in posts:
        if p["skip"]:
            continue
        parent = kept_parent[id(p)]
        key = id(parent) if parent is not None else f"thread:{p['thread']}"
        children.setdefault(key, []).append(p)
    return children, in_cycle


def _ref(el) -> str | None:
    return el.get(_DSQ) if el is not None else None
