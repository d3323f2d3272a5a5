"""A thread one reply deep per level: the article JSON (comment ids left out: they are paths)."""

from __future__ import annotations

import json
import sys
import threading


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
    return {"id": "de3bde3bde3bde3b", "title": f"A thread {levels:,} replies deep",
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
