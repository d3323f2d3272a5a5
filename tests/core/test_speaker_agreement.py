"""Two judges of PolNeAR dev's speakers (``benchmarks/speaker_agreement``): verdicts paired
on the same attribution and speaker, agreement and Cohen's kappa (NLTK's), and the Wilson
interval the figures print (``benchmarks/speaker_verdicts.wilson``). Synthetic verdicts;
no test depends on the corpus."""

from __future__ import annotations

import pytest

from benchmarks.speaker_agreement import (
    SECOND,
    Agreement,
    agreement_line,
    compare,
    shipped_agreement,
)
from benchmarks.speaker_verdicts import VERDICTS, Verdict, load_verdicts, speaker_digest, wilson


def v(rid: str, right: bool, kind: str, speaker: str = "Ann Lee",
      official: bool = False) -> Verdict:
    return Verdict(rid, speaker_digest(speaker), official, right, kind)


@pytest.mark.parametrize(("k", "n", "lo", "hi"), [
    # Newcombe (1998), Statistics in Medicine 17:857, table I, method 3 (Wilson score)
    (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
])
def test_the_wilson_interval_is_newcombes(k: int, n: int, lo: float, hi: float):
    got = wilson(k, n)
    assert (round(got[0], 4), round(got[1], 4)) == (lo, hi)


@pytest.mark.parametrize(("k", "n"), [(1, 0), (-1, 5), (6, 5)])
def test_no_interval_without_a_proportion(k: int, n: int):
    with pytest.raises(ValueError, match="not a proportion"):
        wilson(k, n)


def test_two_judges_are_paired_on_the_same_attribution_and_speaker():
    first = [v("a:1-2:3", True, "role-unjoined"), v("b:1-2:3", True, "pronoun-chain-wrong"),
             v("c:1-2:3", False, "fragment"), v("d:1-2:3", True, "spelling-variant"),
             v("e:1-2:3", False, "no-speaker", speaker="Bo Chen")]
    second = [v("a:1-2:3", True, "role-unjoined"),
              v("b:1-2:3", True, "pronoun-chain-empty"),  # the same verdict, another kind
              v("c:1-2:3", False, "fragment"),
              v("d:1-2:3", False, "nearest-name"),  # a disagreement
              v("e:1-2:3", False, "no-speaker"),  # another speaker: not the same miss
              v("f:1-2:3", True, "agrees", official=True)]  # the first never judged it
    ag = compare(first, second)
    assert (ag.pairs, ag.agree, ag.kind_agree, ag.unmatched) == (4, 3, 2, 2)
    # verdicts (T,T) (T,T) (F,F) (T,F): observed 3/4, chance 3/4*2/4 + 1/4*2/4 = 1/2
    assert ag.kappa == pytest.approx(0.5)
    assert ag.rate == 0.75
    assert [(a.id, b.kind) for a, b in ag.differ] == [("b:1-2:3", "pronoun-chain-empty"),
                                                      ("d:1-2:3", "nearest-name")]


def test_the_agreement_line_says_counts_interval_and_kappas():
    ag = compare([v("a:1-2:3", True, "role-unjoined"), v("c:1-2:3", False, "fragment")],
                 [v("a:1-2:3", True, "role-unjoined"), v("c:1-2:3", False, "other"),
                  v("z:1-2:3", False, "other")])
    assert agreement_line(ag) == (
        "second judge, blind, on 2 of the judged misses: same verdict 2 / 2 (100.0%, 95% "
        "Wilson interval 34.2% to 100.0%), Cohen's kappa 1.000; same kind 1 / 2, kappa "
        "0.333; 1 second verdicts match no first one")  # kinds: (1/2 - 1/4) / (3/4)
    assert agreement_line(Agreement()) == "second judge: no verdict pairs"


def test_every_shipped_second_verdict_pairs_with_a_first_one():
    second = load_verdicts(SECOND)
    ag = shipped_agreement()
    assert len(second) >= 80 and ag.unmatched == 0 and ag.pairs == len(second)
    assert {b.official for b in second} == {False}  # misses only: a judged miss each
    first = {(x.id, x.digest) for x in load_verdicts(VERDICTS)}
    assert {(b.id, b.digest) for b in second} <= first
