"""Figure 2, shared statements: one statement reported by several articles, each in its own
words, proposed from the speaker and the content, accepted as links between the tags.

A pair of body quotes from two articles is proposed when

- the speakers fit: the same folded name (``folding``); or one (or both) unnamed and their
  role words meet (the same role noun family, e.g. ``spokesman``/``spokesperson``, or a
  shared role word such as ``ministry``); or one unnamed with no role to compare, which asks
  for more content overlap (``UNKNOWN_SPEAKER``) — two different names never fit;
- the content meets (pairs are looked for through two or more rare words in common,
  ``rare_words``): in one language, at least ``MIN_SHARED`` content words in common
  (``text.content_words``: function words out, suffixes folded) and an overlap coefficient
  (shared / words of the shorter) of at least ``SAME_SPEAKER``; across languages, the same
  named speaker and at least one number or capitalised name in common, overlap of those at
  least ``SAME_SPEAKER``.

Pairs join statements best first; a statement holds at most one tag per article. A statement
is *accepted* once its tags link to each other (``accept`` writes the links, one undo step);
links the analyst made by hand between quotes of two articles make a statement too.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from ..suggest.vocab import ROLE_GROUPS
from .folding import SpeakerFolder
from .holders import Holders
from .scope import Scope
from .sources import body_quotes
from .text import anchors, content_words

MIN_SHARED = 3
SAME_SPEAKER = 0.5
UNKNOWN_SPEAKER = 0.6
#: A word in more quotes than this many per article (and more than 20) proposes no pair (it
#: still counts in the score of pairs that rarer words propose).
RARE_PER_ARTICLE = 3
_GENERIC_ROLE = frozenset({"a", "an", "the", "of", "for", "and", "senior", "top", "chief",
                           "deputy", "official", "officials", "unnamed", "anonymous", "said"})


@dataclass
class Statement:
    """Tags of several articles that report one statement."""

    tags: list[Any]
    speaker: str
    score: float
    accepted: bool = False
    why: str = ""

    @property
    def id(self) -> str:
        """A short stable id: the hash of its tags' ids."""
        ids = ",".join(sorted(t.sid for t in self.tags))
        return hashlib.sha256(ids.encode()).hexdigest()[:10]


@dataclass
class _Quote:
    tag: Any
    article: str
    language: str
    key: str
    named: bool
    role_words: frozenset[str]
    words: set[str] = field(default_factory=set)
    anchors: frozenset[str] | set[str] = frozenset()


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def _role_words(text: str | None) -> frozenset[str]:
    return frozenset({w.strip(".,;:()").casefold() for w in (text or "").split()}
                     - _GENERIC_ROLE - {""})


def _roles_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(a & g and b & g for g in ROLE_GROUPS)


def _speakers_fit(a: _Quote, b: _Quote) -> str | None:
    """"same", "role", "unknown" or None (they cannot be one speaker)."""
    if a.named and b.named:
        return "same" if a.key == b.key else None
    if a.role_words and b.role_words:
        return "role" if _roles_meet(a.role_words, b.role_words) else None
    return "unknown"


def _quotes(scope: Scope, folder: SpeakerFolder) -> list[_Quote]:
    out = []
    languages = {m.id: m.language for m in scope.members}
    several = len(set(languages.values())) > 1  # numbers, names: across languages
    who: dict[tuple[str, str | None], tuple[str, bool, frozenset[str]]] = {}
    for t in body_quotes(scope):
        aid = t.anchor.article_id
        got = who.get((t.speaker, t.speaker_role))
        if got is None:  # once per speaker as tagged (with its role)
            named = folder.named(t.speaker)
            roles = _role_words(t.speaker_role) | _role_words(folder.role(t.speaker))
            if not named:
                roles |= _role_words(t.speaker)
            got = who[(t.speaker, t.speaker_role)] = (folder.fold(t.speaker), named, roles)
        out.append(_Quote(t, aid, languages.get(aid, "und"), got[0], got[1], got[2],
                          content_words(t.anchor.exact),
                          anchors(t.anchor.exact) if several else _NONE))
    return out


def rare_words(sets: list[set[str]], articles: int) -> list[set[str]]:
    """Each set's words that at most ``max(20, RARE_PER_ARTICLE x articles)`` sets hold: a
    statement's own words come about once per article that reports it, while a story's
    common words would pair everything. Pairs are looked for through these words only, then
    scored on every word. (Words of one set only are left out: they pair nothing.)"""
    df = Counter(chain.from_iterable(sets))
    limit = max(20, RARE_PER_ARTICLE * articles)
    # a word only one set holds is in no two sets' words in common: left out too
    out = {w for w, n in df.items() if n > limit or n == 1}
    return [ws - out for ws in sets]


def _candidates(qs: list[_Quote]) -> list[tuple[int, int]]:
    """The pairs of quotes (i < j, each pair once) of two articles that may be one statement:
    two rare content words in common, and speakers that may be the same (named: the same
    name or an unnamed one; unnamed: anyone).

    Quotes are grouped by language and speaker (the unnamed of a language one group), each
    group's words in a ``Holders``. The unnamed join their group first, each meeting those
    before it; then each named quote joins its group, meeting the named ones before it, and
    asks the unnamed of its language. A quote with fewer than two rare words meets nobody."""
    rare = rare_words([q.words for q in qs], len({q.article for q in qs}))
    out: list[tuple[int, int]] = []
    groups: dict[tuple[str, str | None], Holders] = {}
    for named in (False, True):
        for i, q in enumerate(qs):
            ws = rare[i]
            if q.named is not named or len(ws) < 2:
                continue
            key = (q.language, q.key if named else None)
            group = groups.get(key)
            if group is None:
                group = groups[key] = Holders()
            found = group.add(i, ws)  # quotes before this one
            if named and (unnamed := groups.get((q.language, None))) is not None:
                found += unnamed.sharing_two(ws)
            art = q.article
            out.extend((j, i) if j < i else (i, j) for j in found if qs[j].article != art)
    return out


def _pairs(qs: list[_Quote]) -> list[tuple[float, int, int, str]]:
    """Every proposed pair (score, i, j, why), best first."""
    out = []
    for i, j in _candidates(qs):
        q = qs[i]
        n = len(q.words & qs[j].words)
        if n < MIN_SHARED:
            continue
        fit = _speakers_fit(q, qs[j])
        if fit is None:
            continue
        score = n / min(len(q.words), len(qs[j].words))
        if score >= (UNKNOWN_SPEAKER if fit == "unknown" else SAME_SPEAKER):
            out.append((score, i, j, f"{fit} speaker, {n} content words shared"))
    by_key: dict[str, list[int]] = {}
    for i, q in enumerate(qs):  # across languages: the same named speaker, numbers, names
        if q.named and q.anchors:
            by_key.setdefault(q.key, []).append(i)
    for idx in by_key.values():
        if len({qs[i].language for i in idx}) < 2:
            continue
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                a, b = qs[i], qs[j]
                if a.language == b.language or a.article == b.article:
                    continue
                n = len(a.anchors & b.anchors)
                score = n / min(len(a.anchors), len(b.anchors))
                if n and score >= SAME_SPEAKER:
                    out.append((score, i, j, f"same speaker, {n} numbers/names shared"))
    out.sort(key=lambda p: (-p[0], p[1], p[2]))
    return out


def statements(scope: Scope, folder: SpeakerFolder | None = None) -> tuple[list[Statement],
                                                                              list[Any]]:
    """(statements of two or more articles, quotes that only one article reports)."""
    qs_all = body_quotes(scope)
    folder = folder or SpeakerFolder(t.speaker for t in qs_all)
    qs = _quotes(scope, folder)
    parent = list(range(len(qs)))
    arts: dict[int, set[str]] = {}  # a statement's articles, by its root (made when joined)
    scores: list[float] = [1.0] * len(qs)
    whys: list[str] = [""] * len(qs)
    joined: set[int] = set()  # the quotes of the statements

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int, score: float, why: str) -> None:
        ri, rj = find(i), find(j)
        a = arts.get(ri) or {qs[ri].article}
        b = arts.get(rj) or {qs[rj].article}
        if ri == rj or a & b:
            return
        parent[rj] = ri
        arts[ri] = a | b
        scores[ri] = min(scores[ri], scores[rj], score)
        whys[ri] = whys[ri] or why
        joined.update((i, j))

    if any(q.tag.links for q in qs):  # the analyst's links first
        index = {q.tag.sid: i for i, q in enumerate(qs)}
        for i, q in enumerate(qs):
            for other in q.tag.links:
                j = index.get(str(other))
                if j is not None and qs[j].article != q.article:
                    join(i, j, 1.0, "linked")
    for score, i, j, why in _pairs(qs):
        join(i, j, score, why)
    groups: dict[int, list[int]] = {}
    for i in sorted(joined):
        groups.setdefault(find(i), []).append(i)
    alone = [q.tag for i, q in enumerate(qs) if i not in joined]
    out = []
    for root, members in groups.items():
        tags = [qs[i].tag for i in members]
        ids = {str(t.id) for t in tags}
        accepted = all(ids - {str(t.id)} <= {str(x) for x in t.links} for t in tags)
        named = [qs[i] for i in members if qs[i].named]
        speaker = named[0].key if named else qs[members[0]].key
        out.append(Statement(tags, speaker, round(scores[root], 4), accepted,
                             "linked" if accepted else whys[root]))
    out.sort(key=lambda s: (-len(s.tags), -s.score, s.speaker, s.id))
    return out, alone


def accept(store: Any, statement: Statement) -> list[Any]:
    """Link every tag of the statement to the others (one durable write, one undo step)."""
    from uuid import UUID

    changed = []
    for t in statement.tags:
        fresh = store.get(t.id)
        if fresh is None:
            continue
        have = {str(x) for x in fresh.links}
        want = [UUID(str(o.id)) for o in statement.tags
                if str(o.id) != str(t.id) and str(o.id) not in have]
        if want:
            changed.append(fresh.model_copy(update={"links": [*fresh.links, *want]}))
    return store.update_many(changed, action="link") if changed else []
