"""Synthetic articles with big comment threads in the outlets' format (for benchmarks).

    python -m benchmarks.synth 10000 > big.txt
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta

from annotations.model.article import Comment
from annotations.model.thread import render_comments

WORDS = (
    "alliance china russia putin beijing moscow military treaty sanctions trade pipeline "
    "washington expert opinion response official spokesman relations strategic partner "
    "the a of and to in is that it was for on are with as be at by this not but"
).split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def make_tree(n: int, seed: int = 1) -> list[Comment]:
    """``n`` comments in a random tree (a third top level, depth up to 8)."""
    rng = random.Random(seed)
    t0 = datetime(2020, 10, 26, 16, 13)
    roots: list[dict] = []
    open_nodes: list[tuple[dict, int]] = []
    for i in range(n):
        body = [_sentence(rng, rng.randint(12, 30)) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.15:
            body.insert(1, "")
        node = {
            "author": f"user{rng.randint(1, n // 3 + 1)}",
            "name": rng.choice([None, f"Name {rng.randint(1, 999)}"]),
            "posted_at": t0 + timedelta(minutes=i),
            "text": "\n".join(body),
            "replies": [],
        }
        if not open_nodes or rng.random() < 0.33:
            roots.append(node)
            open_nodes = [(node, 0)]
        else:
            parent, depth = rng.choice(open_nodes[-8:])
            parent["replies"].append(node)
            if depth < 8:
                open_nodes.append((node, depth + 1))
    return _ids(roots, "")


def _ids(nodes: list[dict], prefix: str) -> list[Comment]:
    return [
        Comment.model_construct(
            id=f"{prefix}{i}", author=d["author"], name=d["name"], posted_at=d["posted_at"],
            text=d["text"], replies=_ids(d["replies"], f"{prefix}{i}."),
        )
        for i, d in enumerate(nodes, 1)
    ]


def make_article_text(n_comments: int, seed: int = 1, title: str | None = None) -> str:
    """A whole article file: title, a few paragraphs, and a thread of ``n_comments``."""
    rng = random.Random(seed)
    paras = [" ".join(_sentence(rng, 20) for _ in range(4)) for _ in range(6)]
    head = [title or f"Synthetic article with {n_comments} comments", ""]
    head += [p for para in paras for p in (para, "")]
    head.append("Dear reader, to leave comments on the publication, you must sign in.")
    return "\n".join(head + render_comments(make_tree(n_comments, seed))) + "\n"


if __name__ == "__main__":
    sys.stdout.write(make_article_text(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
