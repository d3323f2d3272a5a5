"""The candidate index of shared statements and claims (``holders``: bit masks per group of
speakers, ``shared._candidates``) proposes exactly what the all-pairs rules of
docs/compare.md propose: checked on generated stories against every pair."""

from __future__ import annotations

from collections import Counter
from itertools import chain, combinations
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.compare import holders
from annotations.compare.claims import claims
from annotations.compare.holders import Holders
from annotations.compare.lite import LiteAnchor, LiteTag
from annotations.compare.registry import Outlet
from annotations.compare.scope import Member, Scope
from annotations.compare.shared import (
    MIN_SHARED,
    RARE_PER_ARTICLE,
    SAME_SPEAKER,
    UNKNOWN_SPEAKER,
    _pairs,
    _Quote,
    _speakers_fit,
    statements,
)
from annotations.compare.text import content_words

#: few words, so that many texts share some and a few words are in more than 20 texts
#: (common: they propose no pair)
VOCAB = [f"w{k}" for k in range(14)]
ARTICLES = [f"a{k}" for k in range(5)]

_words = st.sets(st.sampled_from(VOCAB), min_size=0, max_size=9)
_quote = st.tuples(
    st.sampled_from(ARTICLES), st.sampled_from(["en", "en", "ru"]),
    st.sampled_from(["Anna Li", "Boris Wang", "Chen Smith", None, None]),  # None: unnamed
    st.sampled_from([frozenset(), frozenset({"spokesman"}), frozenset({"ministry"}),
                     frozenset({"analyst"})]),
    _words, st.sets(st.sampled_from(["2024", "moscow", "valdai"]), max_size=2))
_story = st.lists(_quote, min_size=0, max_size=70)

_SLOW = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _quotes(made: list) -> list[_Quote]:
    return [_Quote(SimpleNamespace(sid=f"t{i}"), art, lang, key or "/".join(sorted(roles)),
                   key is not None, roles, set(ws), set(anchors))
            for i, (art, lang, key, roles, ws, anchors) in enumerate(made)]


def _rare_by_definition(sets: list[set[str]], articles: int) -> list[set[str]]:
    """Each set's words that at most max(20, 3 x articles) of the sets hold."""
    df = Counter(chain.from_iterable(sets))
    limit = max(20, RARE_PER_ARTICLE * articles)
    return [{w for w in ws if df[w] <= limit} for ws in sets]


def _all_pairs(qs: list[_Quote]) -> list[tuple[float, int, int, str]]:
    """Every pair of quotes put to the rules of docs/compare.md, best first."""
    rare = _rare_by_definition([q.words for q in qs], len({q.article for q in qs}))
    out = []
    for i, j in combinations(range(len(qs)), 2):
        a, b = qs[i], qs[j]
        if a.article == b.article:
            continue
        fit = _speakers_fit(a, b)
        if a.language == b.language:  # one language: content words, two of them rare
            n = len(a.words & b.words)
            if fit is None or len(rare[i] & rare[j]) < 2 or n < MIN_SHARED:
                continue
            score = n / min(len(a.words), len(b.words))
            if score >= (UNKNOWN_SPEAKER if fit == "unknown" else SAME_SPEAKER):
                out.append((score, i, j, f"{fit} speaker, {n} content words shared"))
        elif a.named and b.named and a.key == b.key and a.anchors and b.anchors:
            n = len(a.anchors & b.anchors)
            score = n / min(len(a.anchors), len(b.anchors))
            if n and score >= SAME_SPEAKER:
                out.append((score, i, j, f"same speaker, {n} numbers/names shared"))
    return sorted(out, key=lambda p: (-p[0], p[1], p[2]))


@pytest.mark.parametrize("bits_max", [4096, 5])  # one chunk of masks; several
@settings(max_examples=150, **_SLOW)
@given(st.lists(_words, max_size=40), st.integers(0, 45))
def test_holders_name_the_members_holding_two_words(bits_max, sets, start):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(holders, "BITS_MAX", bits_max)
        group = Holders()
        for k, ws in enumerate(sets):
            met = group.add(100 + k, ws)
            assert met == [100 + j for j in range(k) if len(sets[j] & ws) > 1]
        for ws in sets:
            assert group.sharing_two(ws, start) == [
                100 + j for j in range(start, len(sets)) if len(sets[j] & ws) > 1]


@settings(max_examples=300, **_SLOW)
@given(_story)
def test_the_candidate_index_proposes_the_pairs_of_the_all_pairs_rule(made):
    qs = _quotes(made)
    assert _pairs(qs) == _all_pairs(qs)


def test_the_generated_stories_hold_pairs_of_every_kind():
    """Stories drawn as the strategy above draws them reach what the test is for: common
    words, pairs of one speaker, of a role and of an unknown speaker, across languages."""
    import random

    rng = random.Random(3)
    whys: Counter[str] = Counter()
    common = 0
    for _ in range(60):
        made = [(rng.choice(ARTICLES), rng.choice(["en", "en", "ru"]),
                 rng.choice(["Anna Li", "Boris Wang", "Chen Smith", None, None]),
                 rng.choice([frozenset(), frozenset({"spokesman"}), frozenset({"ministry"})]),
                 set(rng.sample(VOCAB, rng.randint(0, 9))),
                 set(rng.sample(["2024", "moscow", "valdai"], rng.randint(0, 2))))
                for _ in range(rng.randint(5, 70))]
        qs = _quotes(made)
        common += sum(1 for n in Counter(chain.from_iterable(q.words for q in qs)).values()
                      if n > 20)
        got = _pairs(qs)
        assert got == _all_pairs(qs)
        whys.update((why.split(",")[0], "content words" in why) for *_x, why in got)
    assert common > 0
    assert set(whys) == {("same speaker", True), ("role speaker", True),
                         ("unknown speaker", True), ("same speaker", False)}
    assert min(whys.values()) > 10


def _scope(made: list, kind: str) -> Scope:
    """A scope of generated body tags (``made``: article, language, speaker, roles, words,
    anchors), one article per outlet."""
    arts = sorted({m[0] for m in made})
    members = [Member(SimpleNamespace(id=a, language=None, title=a), Outlet(a, language="en"))
               for a in arts]
    tags = [LiteTag(f"t{i}", kind, LiteAnchor(art, "body", i, i + 1, " ".join(sorted(ws))),
                    "ana", speaker=key or " ".join(["a", *sorted(roles)]) or "someone")
            for i, (art, _lang, key, roles, ws, _anchors) in enumerate(made)]
    return Scope("s", members, tags, "tags of ana", ["ana"])


@settings(max_examples=150, **_SLOW)
@given(_story)
def test_claims_only_one_article_makes_are_those_no_other_echoes(made):
    scope = _scope(made, "claim")
    words = [content_words(t.anchor.exact) for t in scope.tags]
    rare = _rare_by_definition(words, len(scope.members))

    def echoed(i: int, j: int) -> bool:
        n = len(words[i] & words[j])
        return scope.tags[i].anchor.article_id != scope.tags[j].anchor.article_id and \
            n >= MIN_SHARED and n >= SAME_SPEAKER * min(len(words[i]), len(words[j])) and \
            len(rare[i] & rare[j]) > 1

    n = len(scope.tags)
    order = sorted(range(n), key=lambda i: (scope.tags[i].anchor.article_id, i))  # as listed
    want = [scope.tags[i].id for i in order
            if not any(echoed(i, j) for j in range(n) if j != i)] if len(scope.members) > 1 \
        else []
    assert [c["tag_id"] for c in claims(scope)["only_one"]] == want


@settings(max_examples=150, **_SLOW)
@given(_story)
def test_statements_join_the_pairs_best_first_one_tag_per_article(made):
    """Statements as their definition makes them from every proposed pair: best first, a
    pair joining two statements only when no article is in both; the quotes left alone in
    the story's order."""
    scope = _scope([m[:2] + (m[2], frozenset(), m[4], m[5]) for m in made], "quote")
    found, alone = statements(scope)
    tags = scope.tags
    # the reference: every pair of the rule over the same quotes, joined best first
    from annotations.compare.folding import SpeakerFolder
    from annotations.compare.shared import _quotes as quotes_of

    qs = quotes_of(scope, SpeakerFolder(t.speaker for t in tags))
    group = {i: {i} for i in range(len(qs))}
    for _score, i, j, _why in _all_pairs(qs):
        a, b = group[i], group[j]
        if a is not b and not {qs[k].article for k in a} & {qs[k].article for k in b}:
            a |= b
            for k in b:
                group[k] = a
    want = {frozenset(tags[k].id for k in g) for g in map(frozenset, group.values())
            if len(g) > 1}
    assert {frozenset(t.id for t in s.tags) for s in found} == want
    assert all(len({t.anchor.article_id for t in s.tags}) == len(s.tags) for s in found)
    assert all([t.anchor.start for t in s.tags] == sorted(t.anchor.start for t in s.tags)
               for s in found)
    joined = {t.id for s in found for t in s.tags}
    assert [t.id for t in alone] == [t.id for t in tags if t.id not in joined]
