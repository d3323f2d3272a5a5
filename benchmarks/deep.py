"""A thread one reply deep per level: the article JSON (comment ids left out: they are paths)."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterable


def deep_id(title: str, replies: Iterable[tuple[str, str]]) -> str:
    """The id (the hash of its content) of an article "The article body." whose thread is
    one reply deep per ``(author, text)``, each posted at 2020-10-26T16:13:00."""
    from annotations.model.build import make_article

    flat = [{"depth": i, "author": a, "posted_at": "2020-10-26T16:13:00", "text": t}
            for i, (a, t) in enumerate(replies)]
    return make_article(title, [("paragraph", "The article body.")], flat, consume=True).id


def deep_article(levels: int) -> dict:
    """An article whose single thread is ``levels`` replies deep."""
    root: dict = {}
    cur = root
    for i in range(levels):
        node = {"author": f"user{i}", "name": None, "posted_at": "2020-10-26T16:13:00",
                "text": f"Reply at level {i + 1}.", "replies": []}
        if i == 0:
            root = cur = node
        else:
            cur["replies"].append(node)
            cur = node
    title = f"A thread {levels:,} replies deep"
    aid = deep_id(title, ((f"user{i}", f"Reply at level {i + 1}.") for i in range(levels)))
    return {"id": aid, "title": title,
            "source": None, "body": "The article body.",
            "blocks": [{"kind": "paragraph", "text": "The article body.", "start": 0,
                        "end": 17}],
            "comments": [root] if levels else []}


def deep_article_json(levels: int) -> str:
    """``deep_article`` as JSON text (written on a big stack: ``json`` recurses)."""
    out: list[str] = []

    def run() -> None:
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, 3 * levels + 1000))
        try:
            out.append(json.dumps(deep_article(levels)))
        finally:
            sys.setrecursionlimit(old)

    old_size = threading.stack_size()
    threading.stack_size(512 * 1024 * 1024)
    try:
        t = threading.Thread(target=run)
        t.start()
    finally:
        threading.stack_size(old_size)
    t.join()
    return out[0]


if __name__ == "__main__":
    sys.stdout.write(deep_article_json(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
