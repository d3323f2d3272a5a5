"""Figure 5, words: per outlet group, the words most distinctive of it against the other
groups of the same language: the log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words", eqs. 16-22).

For a group *i* and the rest *j* (every other group's texts in that language), with ``y`` the
word counts, ``n`` their totals, and the prior ``a_w`` = ``prior_scale`` x the word's count in
all texts of the language (``a_0`` their sum):

    delta_w = log((y_wi + a_w) / (n_i + a_0 - y_wi - a_w))
            - log((y_wj + a_w) / (n_j + a_0 - y_wj - a_w))
    var_w  ~= 1 / (y_wi + a_w) + 1 / (y_wj + a_w)
    z_w     = delta_w / sqrt(var_w)

Counted texts: the body paragraphs of the story's articles (not comments, not boilerplate),
words as ``text.words`` without English function words and single Latin letters. Listed:
the ``TOP`` words of highest z (z > 0) per group, with their count in the group and in the
rest.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import orjson

from .text import STOPWORDS, words

if TYPE_CHECKING:  # (the scope's registry: not imported by an add, ``on_add``)
    from .scope import Scope

TOP = 15
_TEXT_KINDS = frozenset({"paragraph", "quote", "heading", "attribution"})


def log_odds(group: Mapping[str, int], rest: Mapping[str, int],
             prior: Mapping[str, float],
             only: Iterable[str] | None = None) -> dict[str, tuple[float, float]]:
    """{word: (delta, z)} of ``group`` against ``rest`` with the Dirichlet ``prior`` (of the
    prior's words, or of the words ``only`` names)."""
    n_i = sum(group.values())
    n_j = sum(rest.values())
    a0 = sum(prior.values())
    out = {}
    for w in prior if only is None else only:
        a = prior[w]
        yi = group.get(w, 0)
        yj = rest.get(w, 0)
        if a <= 0:
            continue
        delta = math.log((yi + a) / (n_i + a0 - yi - a)) - math.log((yj + a) / (n_j + a0 - yj - a))
        var = 1 / (yi + a) + 1 / (yj + a)
        out[w] = (delta, delta / math.sqrt(var))
    return out


def _text(article: Any) -> str:
    blocks = [article.body[b.start:b.end] for b in article.blocks if b.kind in _TEXT_KINDS]
    return "\n".join(blocks) if blocks or article.blocks else article.body


def counted(text: str) -> Counter[str]:
    """The counted words of ``text`` (``text.words`` without English function words and
    single Latin letters)."""
    return Counter(w for w in words(text) if w not in STOPWORDS and (len(w) > 1 or ord(w) > 0x2fff))


def distinctive(texts: Mapping[tuple[str, str], list[str]], top: int = TOP,
                prior_scale: float = 1.0) -> list[dict[str, Any]]:
    """Rows ``{group, language, word, z, delta, count, count_rest}`` from texts keyed by
    (group, language)."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    for key, docs in texts.items():
        c = counts.setdefault(key, Counter())
        for d in docs:
            c.update(counted(d))
    return distinctive_counts(counts, top, prior_scale)


def distinctive_counts(counts: Mapping[tuple[str, str], Counter[str]], top: int = TOP,
                       prior_scale: float = 1.0) -> list[dict[str, Any]]:
    """``distinctive`` from the texts' word counts keyed by (group, language)."""
    out: list[dict[str, Any]] = []
    for lang in sorted({k[1] for k in counts}):
        groups = sorted(k for k in counts if k[1] == lang)
        if len(groups) < 2:
            continue
        total: Counter[str] = Counter()
        for g in groups:
            total.update(counts[g])
        prior = {w: prior_scale * n for w, n in total.items()}
        for g in groups:
            mine = counts[g]
            rest = {w: d for w, n in total.items() if (d := n - mine.get(w, 0)) > 0}
            scored = log_odds(mine, rest, prior, only=mine)  # listed: words of the group
            best = sorted(((z, d, w) for w, (d, z) in scored.items() if z > 0 and
                           counts[g][w] > 0), key=lambda x: (-x[0], x[2]))[:top]
            out.extend({"group": g[0], "language": lang, "word": w, "z": round(z, 4),
                        "delta": round(d, 4), "count": counts[g][w],
                        "count_rest": rest.get(w, 0)}
                       for z, d, w in best)
    return out


def words_figure(scope: Scope, top: int = TOP) -> list[dict[str, Any]]:
    """The distinctive words of each outlet group of the story (kept in ``derived`` by the
    articles' grouping: ids are hashes of the texts, so the figure depends on nothing else)."""
    arts = [m for m in scope.members if m.thread_of is None]
    digest = hashlib.sha256(orjson.dumps([top, [[m.group, m.language, m.id] for m in arts]]))
    key = f"W:{digest.hexdigest()[:40]}"
    rows = scope.derived.get(key, _is_rows)
    if rows is not None:
        return rows
    counts: dict[tuple[str, str], Counter[str]] = {}
    for m in arts:
        c = counts.setdefault((m.group, m.language), Counter())
        wkey = f"w:{m.id}"
        got = scope.derived.get(wkey, _is_counts)
        if got is None:
            got = words_entry(m.article)
            scope.derived.put(wkey, got)
        c.update(got)
    rows = distinctive_counts(counts, top)
    scope.derived.put(key, rows)
    return rows


def words_entry(article: Any) -> Counter[str]:
    """The ``w:`` entry of an article (or a view): the counted words of its body texts."""
    return counted(_text(article))


def _is_counts(v: Any) -> bool:
    """The shape of a ``w:`` entry of ``derived``: {word: count > 0}."""
    return type(v) is dict and all(type(n) is int and n > 0 for n in v.values())


_ROW_TYPES = {"group": str, "language": str, "word": str, "z": float, "delta": float,
              "count": int, "count_rest": int}


def _is_rows(v: Any) -> bool:
    """The shape of a ``W:`` entry: the figure's rows."""
    return type(v) is list and all(
        type(r) is dict and r.keys() == _ROW_TYPES.keys()
        and all(type(r[k]) is t for k, t in _ROW_TYPES.items()) for r in v)
