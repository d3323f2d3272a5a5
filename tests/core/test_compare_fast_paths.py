"""The comparison's faster paths give exactly what their plain definitions give: words found
by ``\\w+`` when a text allows it, content words through the word map, shared-statement
candidates found from the named side."""

from __future__ import annotations

import random
import re
import string
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.compare import text
from annotations.compare.shared import _candidates, _Quote, rare_words

_ALPHABET = "ab'’ _\u0301\u0300中Ωé1-.\u0130sSЖ"


def _samples(n: int = 3000) -> list[str]:
    rng = random.Random(24)
    fixed = ["Don’t SAY «Привет» 中国人 İstanbul", "it's the US's", "e\u0301cole naïve",
             "a_b c1 2,3", "x'", "'x", "", "日本語テキスト abc", "İ".casefold()]
    return fixed + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14)))
                    for _ in range(n)]


#: The word pattern as first written (one character at a time).
_LETTERS = rf"(?:[^\W{text._CJK}]|[\u0300-\u036f])+"
_PLAIN_WORD_RE = re.compile(rf"[{text._CJK}]|{_LETTERS}(?:['’]{_LETTERS})?")


def test_words_are_the_word_patterns_words():
    for s in _samples(20_000):
        for t in (s, s.casefold().replace("’", "'")):
            assert text._find(t) == _PLAIN_WORD_RE.findall(t), t
            assert text._patterns()[0].findall(t) == _PLAIN_WORD_RE.findall(t), t
        assert text.word_count(s) == len(_PLAIN_WORD_RE.findall(s))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=127),
                                   st.sampled_from(string.ascii_letters + "''__")),
               max_size=40))
def test_words_of_ascii_text_are_the_word_patterns_words(s):
    """ASCII text's words come from ``bytes.translate`` and ``split`` (the pattern only for
    pieces with an apostrophe): the same words as the pattern finds."""
    assert text._find(s) == _PLAIN_WORD_RE.findall(s)
    assert text.words(s) == _PLAIN_WORD_RE.findall(s.lower())
    assert text.word_count(s) == len(_PLAIN_WORD_RE.findall(s))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("as'’sSx"), max_size=9))
def test_stem_drops_a_possessive_then_a_plural_then_keeps_six_characters(word):
    plain = word
    for s in ("'s", "'"):
        plain = plain.removesuffix(s)
    if len(plain) > 3 and plain.endswith("s") and not plain.endswith("ss"):
        plain = plain[:-1]
    assert text.stem(word) == plain[:6]


def test_content_words_are_the_stemmed_non_function_words():
    for s in _samples():
        plain = {text.stem(w) for w in text.words(s)
                 if w not in text.STOPWORDS and (len(w) > 1 or ord(w) > 0x2fff)}
        assert text.content_words(s) == plain, s


def _brute(qs: list[_Quote]) -> list[set[int]]:
    """The candidates by their definition: later quotes of another article in the same
    language, a speaker that may be the same, two rare words in common."""
    rare = rare_words([q.words for q in qs], len({q.article for q in qs}))
    out: list[set[int]] = [set() for _ in qs]
    for i, j in combinations(range(len(qs)), 2):
        a, b = qs[i], qs[j]
        if a.language != b.language or a.article == b.article:
            continue
        if a.named and b.named and a.key != b.key:
            continue
        if len(rare[i] & rare[j]) > 1:
            out[i].add(j)
    return out


@pytest.mark.parametrize("bits_max", [4096, 8])  # masks; lists for groups over 8
def test_candidates_are_those_of_the_definition(monkeypatch, bits_max):
    from annotations.compare import holders

    monkeypatch.setattr(holders, "BITS_MAX", bits_max)
    rng = random.Random(7)
    vocab = [f"w{k}" for k in range(150)]  # each in about 15 quotes: rare (at most 20)
    qs = []
    for _ in range(400):
        named = rng.random() < 0.7
        qs.append(_Quote(None, f"a{rng.randrange(12)}", rng.choice(("en", "en", "ru")),
                         rng.choice(("putin", "zhao", "esper")) if named else
                         rng.choice(("spokesman", "official")), named, frozenset(),
                         set(rng.sample(vocab, rng.randint(2, 9)))))
    got = _candidates(qs)
    assert len(set(got)) == len(got)  # each pair once
    assert sorted(got) == [(i, j) for i, later in enumerate(_brute(qs)) for j in sorted(later)]
    assert len(got) > 100  # pairs of every kind were there to find


def test_terminal_safe_json_escapes_what_a_terminal_acts_on():
    from annotations.model.serialize import terminal_safe_json as from_serialize
    from annotations.util.terminal_json import terminal_safe_json

    assert from_serialize is terminal_safe_json
    assert terminal_safe_json('{"a": "plain ascii"}') == '{"a": "plain ascii"}'
    assert terminal_safe_json('{"a": "del\x7f"}') == '{"a": "del\\u007f"}'
    assert terminal_safe_json('{"a": "Путин \u202e\x9b \u2028"}') == \
        '{"a": "Путин \\u202e\\u009b \\u2028"}'


def test_compare_json_imports_no_models(tmp_path):
    import subprocess
    import sys

    from tests.compare_kit import story_store

    path, _arts = story_store(tmp_path / "store.db")
    code = ("import sys\nfrom tui.cli import main\n"
            f"rc = main(['compare', 'valdai', '--json', '--store', {str(path)!r}])\n"
            "print('loaded:', sorted(m for m in ('pydantic', 'textual',"
            " 'annotations.model.article') if m in sys.modules), rc, file=sys.stderr)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       check=True)
    assert r.stderr.strip().splitlines()[-1] == "loaded: [] 0"
    assert '"story": "valdai"' in r.stdout


def test_log_odds_of_some_words_are_those_of_every_word():
    from collections import Counter

    from annotations.compare.words import distinctive, log_odds

    group = Counter({"pipeline": 4, "trade": 2, "alliance": 1})
    rest = Counter({"trade": 3, "alliance": 5, "sanctions": 2})
    prior = {w: float(group[w] + rest[w]) for w in group | rest}
    every = log_odds(group, rest, prior)
    assert log_odds(group, rest, prior, only=group) == {w: every[w] for w in group}
    texts = {("A", "en"): ["pipeline pipeline trade sanctions"],
             ("B", "en"): ["alliance trade trade pipeline"], ("C", "ru"): ["мир"]}
    rows = distinctive(texts, top=5)
    # as every word's scores gave them (the rest's words and C's language listed nowhere)
    assert [(r["group"], r["word"], r["count"], r["count_rest"], r["z"]) for r in rows] == [
        ("A", "sanctions", 1, 0, 0.6438), ("A", "pipeline", 2, 1, 0.5317),
        ("B", "alliance", 1, 0, 0.6438), ("B", "trade", 2, 1, 0.5317)]


def test_reactions_count_the_suggesters_word_triples():
    from annotations.compare import readers
    from annotations.suggest import echo

    assert readers.N == echo.N
