"""Figure 4, readers: per article, its comments (its own thread and the discussion threads
about it): how many, how many tagged, stance polarity per target, the most active
commenters, and which body paragraphs readers react to.

A comment reacts to a paragraph when it quotes or echoes it, by the suggester's echo
matching (``suggest.echo``: word triples, lower case): ``MIN_TRIPLES`` word triples in a row
of the comment are triples of that paragraph (five words in a row: common phrases such as
"of the United States" alone are not an echo). A comment counts once per paragraph. All
comments of a thread are read with one pass of the word pattern.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (the scope's registry: not imported by an add, ``on_add``)
    from .derived import DerivedData
    from .scope import Member, Scope

POLARITIES = ("favor", "against", "neutral")
TOP_COMMENTERS = 10
#: Paragraph-like blocks a reader can react to.
PARAGRAPH_KINDS = frozenset({"paragraph", "quote", "heading"})
MIN_TRIPLES = 3
#: Words per triple: the suggester's (``suggest.echo.N``, a test checks; importing the
#: suggester would cost a comparison that reads its reactions from ``derived`` 30 ms).
N = 3
_SEP = "\x00"
_TOKEN_RE = re.compile(r"\w+|\x00")
_WORD_RE = re.compile(r"\w+")


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


def triple_index(body: str, paras: list[tuple[int, int]]) -> dict[tuple[str, ...], int]:
    """Each word triple of the paragraphs -> 1 + the number of the first paragraph holding it."""
    index: dict[tuple[str, ...], int] = {}
    for k, (s, e) in enumerate(paras):
        ws = list(map(str.lower, _WORD_RE.findall(body, s, e)))
        for sh in zip(*(ws[i:] for i in range(N)), strict=False):  # as echo's _shingles
            index.setdefault(sh, k + 1)
    return index


def reactions(index: dict[tuple[str, ...], int], texts: list[str]) -> list[list[int]]:
    """For each text, the paragraphs (0-based) it quotes or echoes (``MIN_TRIPLES``)."""
    if not texts:
        return []
    toks = _TOKEN_RE.findall(_SEP.join(texts).lower())
    toks.append(_SEP)
    hits = list(map(index.get, zip(*(toks[i:] for i in range(N)), strict=False)))
    out: list[list[int]] = []
    i = 0
    for _ in texts:
        j = toks.index(_SEP, i)
        seg = hits[i:max(i, j - N + 1)]
        found: set[int] = set()
        if len(seg) - seg.count(None) >= MIN_TRIPLES:
            run, last = 0, None
            for h in seg:
                run = run + 1 if h and h == last else (1 if h else 0)
                last = h
                if run >= MIN_TRIPLES and h is not None:
                    found.add(h - 1)
        out.append(sorted(found))
        i = j + 1
    return out


def paragraph_counts(article: Any) -> list[tuple[int, int, int]]:
    """(start, end, comments that quote or echo it) of each body paragraph of ``article``
    (an ``Article`` or an ``ArticleView``), counting the comments of its own thread."""
    paras = paragraphs(article)
    counts = [0] * len(paras)
    texts = [c.text.replace(_SEP, " ") for c, _depth in article.walk()]
    for hit in reactions(triple_index(article.body, paras), texts):
        for k in hit:
            counts[k] += 1
    return [(s, e, n) for (s, e), n in zip(paras, counts, strict=True)]


#: Paragraph reactions by (article id, thread ids): ids are hashes of the texts, so a result
#: never goes stale; the screen's recompute after an accept reads them from here.
_REACTIONS: dict[tuple[str, ...], tuple[list[tuple[int, int]], list[list[dict[str, str]]],
                                        Counter[str], int, dict[str, set[str]]]] = {}
_REACTIONS_KEPT = 256


def _is_comments(v: Any) -> bool:
    """The shape of a ``c:`` entry of ``derived``: [count, {author: n}, [comment ids]]."""
    return type(v) is list and len(v) == 3 and type(v[0]) is int and type(v[1]) is dict \
        and type(v[2]) is list and set(map(type, v[1].values())) <= {int} \
        and set(map(type, v[2])) <= {str}  # (the types of 50,000 ids in C, not a generator)


def _reacting_check(paras: int) -> Callable[[Any], bool]:
    """The shape of an ``r:`` entry: [[paragraph (0-based), comment id, author], ...]."""
    def check(v: Any) -> bool:
        return type(v) is list and all(
            type(r) is list and len(r) == 3 and type(r[0]) is int and 0 <= r[0] < paras
            and type(r[1]) is str and type(r[2]) is str for r in v)
    return check


def _thread_figures(m: Member, derived: DerivedData) -> tuple[int, dict[str, int], list[str]]:
    """(comments, comments per author, comment ids) of one article's comments."""
    key = f"c:{m.id}"
    got = derived.get(key, _is_comments)
    if got is None:
        got = comments_entry(m.article)
        derived.put(key, got)
    return got[0], got[1], got[2]


def comments_entry(art: Any) -> list[Any]:
    """The ``c:`` entry of an article (or a view): [count, {author: n}, [comment ids]]."""
    walk = [c for c, _depth in art.walk()]
    return [len(walk), dict(Counter(c.author for c in walk)), [c.id for c in walk]]


def reacting_entry(index: dict[tuple[str, ...], int], thread: Any) -> list[list[Any]]:
    """The ``r:`` entry of the comments of ``thread`` against an article's paragraphs
    (``index``: its ``triple_index``): [[paragraph, comment id, author], ...]."""
    walk = [c for c, _depth in thread.walk()]
    return [[k, c.id, c.author] for c, hit in zip(
        walk, reactions(index, [c.text.replace(_SEP, " ") for c in walk]), strict=True)
        for k in hit]


def _text_figures(article: Member, threads: list[Member], derived: DerivedData) -> tuple[
        list[tuple[int, int]], list[list[dict[str, str]]], Counter[str], int,
        dict[str, set[str]]]:
    """(paragraphs, reacting comments per paragraph, comments per author, comments, comment
    ids per thread) of an article and its threads: what depends on the texts only (kept in
    the process, and in ``derived`` beside the store)."""
    key = (article.id, *(t.id for t in threads))
    got = _REACTIONS.get(key)
    if got is not None:
        return got
    art = article.article
    paras = paragraphs(art)
    index: dict[tuple[str, ...], int] | None = None
    reacting: list[list[dict[str, str]]] = [[] for _ in paras]
    authors: Counter[str] = Counter()
    ids: dict[str, set[str]] = {}
    comments = 0
    check = _reacting_check(len(paras))
    for m in [article, *threads]:
        n, by_author, thread_ids = _thread_figures(m, derived)
        comments += n
        ids[m.id] = set(thread_ids)
        authors.update(by_author)
        rkey = f"r:{article.id}:{m.id}"
        found = derived.get(rkey, check)
        if found is None:
            if index is None:
                index = triple_index(art.body, paras)
            found = reacting_entry(index, m.article)
            derived.put(rkey, found)
        for k, cid, author in found:
            reacting[k].append({"article_id": m.id, "comment": cid, "author": author})
    if len(_REACTIONS) >= _REACTIONS_KEPT:
        _REACTIONS.pop(next(iter(_REACTIONS)))
    got = _REACTIONS[key] = (paras, reacting, authors, comments, ids)
    return got


def _reader_row(article: Member, threads: list[Member], scope: Scope) -> dict[str, Any]:
    art = article.article
    paras, reacting, authors, comments, ids = _text_figures(article, threads,
                                                             scope.derived)
    stances: dict[str, Counter[str]] = {}
    shown: dict[str, str] = {}
    tagged = stance_tags = 0
    targets: dict[str, str] = {}  # a target as tagged -> as counted
    for m in [article, *threads]:
        tags = [t for t in scope.tags_of(m.id) if t.anchor.part != "body"]
        for t in tags:
            if t.kind == "stance":
                key = targets.get(t.target)
                if key is None:
                    key = targets[t.target] = _target(t.target)
                    shown.setdefault(key, " ".join(t.target.split()))
                counts = stances.get(key)
                if counts is None:
                    counts = stances[key] = Counter()
                counts[t.polarity] += 1
                stance_tags += 1
        tagged += len({t.anchor.part for t in tags} & ids[m.id])
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
                        "count": len(reacting[k]), "comments": list(reacting[k])}
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
