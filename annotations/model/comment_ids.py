"""Tags written before comment ids were bounded: a comment deeper than ``PATH_LEVELS`` was
named by its full path (``1.1.1…``, thousands of numbers); it is ``n`` and its number in
reading order now (``article_view.comment_id``). These map the old form to the new one, in
one pass over an article's comments (a trie of the paths asked for), so a store migrates,
and a teammate's old file imports, in time linear in the comments and the paths.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotations.model.article_view import PATH_LEVELS


def is_legacy_deep(part: Any) -> bool:
    """Whether ``part`` is a full path deeper than ``PATH_LEVELS`` (the old form)."""
    return type(part) is str and part[:1].isdigit() and part.count(".") >= PATH_LEVELS


def canonical_ids(flat: list[dict[str, Any]], paths: Iterable[str]) -> dict[str, str]:
    """For each full path of ``paths`` found among ``flat`` (an article's comments as the
    store keeps them: records in reading order with a ``depth``), its id now; paths that
    name no comment are left out."""
    trie: dict[int, Any] = {}
    ends: dict[int, str] = {}  # id(trie node) -> the path that ends there
    for path in paths:
        node = trie
        for step in path.split("."):
            node = node.setdefault(int(step), {})
        ends[id(node)] = path
    out: dict[str, str] = {}
    nodes: list[dict[int, Any] | None] = []  # the trie node of the open comment per depth
    counts: list[int] = [0]  # replies seen so far under the open comment per depth
    for position, rec in enumerate(flat, 1):
        depth = rec.get("depth") if isinstance(rec, dict) else None
        if type(depth) is not int or not 0 <= depth <= len(nodes):
            break  # a damaged record: the store's checks name it
        del nodes[depth:]
        del counts[depth + 1:]
        counts[depth] += 1
        parent: dict[int, Any] | None = nodes[depth - 1] if depth else trie
        child = parent.get(counts[depth]) if parent is not None else None
        nodes.append(child)
        counts.append(0)
        if child is not None and id(child) in ends and depth >= PATH_LEVELS:
            out[ends[id(child)]] = f"n{position}"
    return out


def migrate_tag_parts(tables: dict[str, Any]) -> int:
    """Rewrite every stored tag (and undo-history copy) whose part is a deep comment's full
    path to that comment's id now; returns how many were rewritten. A path naming no
    comment is left as it was (the store's checks report it, as before)."""
    wanted: dict[str, set[str]] = {}
    for doc in _tag_docs(tables):
        anchor = doc.get("anchor")
        if isinstance(anchor, dict) and is_legacy_deep(anchor.get("part")):
            wanted.setdefault(str(anchor.get("article_id")), set()).add(anchor["part"])
    if not wanted:
        return 0
    mapping: dict[tuple[str, str], str] = {}
    articles = tables.get("articles", {})
    for aid, paths in wanted.items():
        rec = articles.get(aid)
        art = rec.get("article") if isinstance(rec, dict) else None
        flat = art.get("comments") if isinstance(art, dict) else None
        if isinstance(flat, list):
            mapping.update({(aid, p): cid for p, cid in canonical_ids(flat, paths).items()})
    n = 0
    for doc in _tag_docs(tables):
        anchor = doc.get("anchor")
        if isinstance(anchor, dict):
            new = mapping.get((str(anchor.get("article_id")), str(anchor.get("part"))))
            if new is not None:
                anchor["part"] = new
                n += 1
    return n


def _tag_docs(tables: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Every tag document of the tables: the tags, and the copies the undo history keeps."""
    for doc in tables.get("tags", {}).values():
        if isinstance(doc, dict):
            yield doc
    for entry in tables.get("history", {}).values():
        for side in ("before", "after"):
            docs = entry.get(side) if isinstance(entry, dict) else None
            for doc in docs if isinstance(docs, list) else []:
                if isinstance(doc, dict):
                    yield doc


def canonical_part(article: Any, part: Any) -> Any:
    """``part`` as the id of the comment it names today (an old deep full path becomes
    ``n…``); any other value is returned as it is."""
    if not is_legacy_deep(part):
        return part
    c = article.comment(part)
    return c.id if c is not None else part
