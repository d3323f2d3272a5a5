"""The suggester over one article: its body, each comment, and claims."""

from __future__ import annotations

from typing import Any

from annotations.model.article import Article
from annotations.text.nav import sentence_bounds
from annotations.text.segment import sentences_many

from .claims import find_claims
from .echo import MARKS, ArticleEcho
from .lang import find_quotes_in, finder_language
from .marks import line_sentences
from .quotes import QuoteFind
from .suggestion import Suggestion


def _set_off(article: Article) -> list[tuple[int, int, str | None]]:
    out = []
    blocks = article.blocks
    for i, b in enumerate(blocks):
        if b.kind != "quote":
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        line = nxt.text if nxt is not None and nxt.kind == "attribution" else None
        out.append((b.start, b.end, line))
    return out


def _quote(part: str, text: str, q: QuoteFind) -> Suggestion:
    return Suggestion("quote", part, q.start, q.end, text[q.start:q.end],
                      {"speaker": q.speaker, "speaker_role": q.role, "cue": q.cue,
                       "mode": q.mode}, q.score)


def body_quotes(article: Article, bounds: list[tuple[int, int]] | None = None
                ) -> list[Suggestion]:
    """The quotes of the article's body."""
    text = article.body
    return [_quote("body", text, q)
            for q in find_quotes_in(text, article.language, _set_off(article), bounds=bounds)]


def cut_at_blocks(text: str, bounds: list[tuple[int, int]], starts: list[int]
                  ) -> list[tuple[int, int]]:
    """``bounds`` (the sentences of ``text``, in order) cut where a block starts inside one:
    a line of site furniture with no full stop (``Advertisement``) and the paragraph on the
    next line are two sentences, not one (the claim below the line was lost). ``starts``:
    the blocks' starts, in order."""
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in bounds:
        while k < len(starts) and starts[k] <= s:
            k += 1
        while k < len(starts) and starts[k] < e:
            head = len(text[s:starts[k]].rstrip())  # (the line break is no one's)
            if head:
                out.append((s, s + head))
            s = starts[k]
            k += 1
        out.append((s, e))
    return out


def _furniture_edges(article: Article) -> list[int]:
    """Where a block of site furniture starts, and the block after it: the only block
    starts that end a sentence (not a line of a wrapped paragraph the parser reads as a list
    of tags or an attribution: ``rents, wages, and prices``, ``— which the council …``)."""
    blocks = article.blocks
    return [b.start for k, b in enumerate(blocks)
            if b.kind == "boilerplate" or k and blocks[k - 1].kind == "boilerplate"]


def _body(article: Article, claims: bool) -> tuple[list[Suggestion], list[Suggestion]]:
    """(quotes, every body suggestion in reading order)."""
    bounds = cut_at_blocks(article.body, sentence_bounds(article.body), _furniture_edges(article))
    junk = [(b.start, b.end) for b in article.blocks if b.kind == "boilerplate"]
    quotes = [q for q in body_quotes(article, bounds)  # a teaser or a menu is not the text
              if not any(a < q.end and q.start < b for a, b in junk)]
    skip = [(b.start, b.end) for b in article.blocks if b.kind not in ("paragraph", "quote")]
    found = find_claims(article.body, "body", quotes, bounds=bounds, skip=skip) if claims \
        else []
    return quotes, sorted(quotes + found, key=lambda s: (s.start, s.kind))


def suggest_part(article: Article, part: str, echo: ArticleEcho | None = None,
                 claims: bool = True) -> list[Suggestion]:
    """The suggestions of one part: ``body`` or a comment id."""
    if part == "body":
        return _body(article, claims)[1]
    c = article.comment(part)
    if c is None or not c.text.strip():
        return []
    echo = echo or ArticleEcho.of(article, body_quotes(article))
    return echo.comment_quotes(part, c.text, c.author)


def suggest(article: Article, claims: bool = True) -> list[Suggestion]:
    """Every suggestion of the article and its thread, body first, then comments in
    reading order."""
    quotes, out = _body(article, claims)
    marked = [c for c, _depth in article.walk() if MARKS.intersection(c.text)]
    if not marked:
        return out
    echo = ArticleEcho.of(article, quotes)
    # the sentences of every comment from one ICU pass per language, not one per comment
    # (building ICU's breaker costs more than breaking a comment)
    langs = [finder_language(c.text, article.language) for c in marked]
    plain = [k for k, lang in enumerate(langs) if lang not in ("ru", "zh")]
    bounds: dict[int, list[tuple[int, int]]] = dict(zip(
        plain, sentences_many([marked[k].text for k in plain]), strict=True))
    lines: dict[int, list[tuple[int, int]]] = {}
    for lang in ("ru", "zh"):
        mine = [k for k, x in enumerate(langs) if x == lang]
        lines.update(zip(mine, line_sentences([marked[k].text for k in mine], lang),
                         strict=True))
    for k, c in enumerate(marked):
        out.extend(echo.comment_quotes(c.id, c.text, c.author, bounds.get(k), lines.get(k)))
    return out


def attribute(article: Article, part: str, start: int, end: int,
              known: list[Suggestion] | None = None) -> dict[str, Any]:
    """What the tag form proposes for a span: the fields of the quote suggestion that
    overlaps it most, else the comment's author (a comment) or nothing. ``known``: the
    article's suggestions when they are at hand (``suggest(article)``), so the finder does
    not run again."""
    pool = [s for s in known if s.part == part] if known is not None else suggest_part(
        article, part, claims=False)
    found = [s for s in pool if s.kind == "quote"]
    best = max(found, key=lambda s: min(end, s.end) - max(start, s.start), default=None)
    if best is not None and min(end, best.end) - max(start, best.start) > 0:
        return dict(best.fields)
    if part != "body":
        c = article.comment(part)
        if c is not None:
            return {"speaker": c.author, "speaker_role": None, "cue": None, "mode": "direct"}
    return {"speaker": None, "speaker_role": None, "cue": None, "mode": "direct"}


def default_holder(article: Article, part: str) -> str:
    """A stance's default holder: the comment's author, or the outlet for article text;
    empty (for the analyst to fill) when the outlet is unknown: never a placeholder."""
    if part != "body":
        c = article.comment(part)
        if c is not None:
            return c.author
    return article.source or ""
