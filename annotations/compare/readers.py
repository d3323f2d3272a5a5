"""Figure 4, readers: per article, its comments (its own thread and the discussion threads
about it): how many, how many tagged, stance polarity per target, the most active
commenters, and which body paragraphs readers react to.

A comment reacts to a paragraph when it quotes or echoes it: a quoted segment of the
comment, or one of its sentences, most of whose word triples are in the article's body
(``suggest.echo.ArticleEcho.source_of``, the suggester's echo matching); the paragraph is
the one holding the middle of the matched triples. A comment counts once per paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Any

from ..suggest.echo import ArticleEcho
from ..suggest.marks import quoted
from ..textnav import sentence_bounds
from .scope import Member, Scope

POLARITIES = ("favor", "against", "neutral")
TOP_COMMENTERS = 10
#: Paragraph-like blocks a reader can react to.
PARAGRAPH_KINDS = frozenset({"paragraph", "quote", "heading"})


def _target(text: str) -> str:
    return " ".join(text.split()).casefold()


def paragraphs(article: Any) -> list[tuple[int, int]]:
    """(start, end) of the body's paragraphs (blocks of ``PARAGRAPH_KINDS``; the lines of
    the body when it has no blocks)."""
    spans = [(b.start, b.end) for b in article.blocks if b.kind in PARAGRAPH_KINDS]
    if spans or article.blocks:
        return spans
    from ..suggest.marks import paragraph_spans

    return paragraph_spans(article.body)


def echoes(echo: ArticleEcho, text: str) -> list[int]:
    """Body offsets the comment ``text`` quotes or echoes."""
    out = []
    spans = [(g.inner_start, g.inner_end) for g in quoted(text)]
    spans += sentence_bounds(text)
    for s, e in spans:
        pos = echo.source_of(text[s:e])
        if pos is not None:
            out.append(pos)
    return out


def _reader_row(article: Member, threads: list[Member], scope: Scope) -> dict[str, Any]:
    art = article.article
    echo = ArticleEcho.of(art, [])
    paras = paragraphs(art)
    starts = [s for s, _ in paras]
    reacting: list[list[dict[str, str]]] = [[] for _ in paras]
    authors: Counter[str] = Counter()
    stances: dict[str, Counter[str]] = {}
    shown: dict[str, str] = {}
    comments = tagged = stance_tags = 0
    for m in [article, *threads]:
        tags = scope.tags_of(m.id)
        parts = {t.anchor.part for t in tags if t.anchor.part != "body"}
        for t in tags:
            if t.kind == "stance" and t.anchor.part != "body":
                key = _target(t.target)
                shown.setdefault(key, " ".join(t.target.split()))
                stances.setdefault(key, Counter())[t.polarity] += 1
                stance_tags += 1
        for c, _depth in m.article.walk():
            comments += 1
            authors[c.author] += 1
            if c.id in parts:
                tagged += 1
            if not c.text:
                continue
            hit = set()
            for pos in echoes(echo, c.text):
                k = bisect_right(starts, pos) - 1
                if k >= 0 and pos < paras[k][1]:
                    hit.add(k)
            for k in sorted(hit):
                reacting[k].append({"article_id": m.id, "comment": c.id, "author": c.author})
    return {
        "article_id": article.id,
        "threads": [t.id for t in threads],
        "comments": comments,
        "tagged": tagged,
        "stances": [{"target": shown[k], **{p: v.get(p, 0) for p in POLARITIES},
                     "tags": sum(v.values())}
                    for k, v in sorted(stances.items(), key=lambda kv: (-sum(kv[1].values()),
                                                                         kv[0]))],
        "stance_tags": stance_tags,
        "commenters": [{"author": a, "comments": n}
                       for a, n in sorted(authors.items(), key=lambda x: (-x[1], x[0]))
                       [:TOP_COMMENTERS]],
        "paragraphs": [{"paragraph": k + 1, "start": s, "end": e, "text": art.body[s:e],
                        "count": len(reacting[k]), "comments": reacting[k]}
                       for k, (s, e) in enumerate(paras)],
    }


def readers(scope: Scope) -> list[dict[str, Any]]:
    """One row per article of the story (see the module docstring)."""
    out = []
    for m in scope.members:
        if m.thread_of is not None:
            continue
        threads = [t for t in scope.members if t.thread_of == m.id]
        out.append(_reader_row(m, threads, scope))
    return out
