"""The adjudicated PolNeAR speaker figure (``benchmarks/speaker_verdicts``): the official
counts with a judge's verdicts on its misses. A verdict counts only for the same
attribution, the same suggested speaker and the same official verdict; any other miss is
unadjudicated and counted wrong, so stale verdicts never raise the figure. Synthetic
records and an invented article; no test depends on the corpus."""

from __future__ import annotations

import pytest

from benchmarks.polnear import Attribution, PolArticle
from benchmarks.polnear_score import score
from benchmarks.speaker_verdicts import (
    VERDICTS,
    Adjudicated,
    Verdict,
    adjudicate,
    adjudicated_line,
    attribution_id,
    load_verdicts,
    parse_verdicts,
    speaker_digest,
)

ATT = Attribution(source=((120, 125),), cue=((126, 130),), content=((90, 118),))


def verdict(rid: str, speaker: str | None, right: bool, official: bool = False,
            kind: str = "role-unjoined") -> Verdict:
    return Verdict(rid, speaker_digest(speaker), official, right, kind)


def test_an_id_holds_offsets_and_a_hash_of_the_article_never_its_name():
    rid = attribution_id("outlet_2016-09-08_some-headline-words", ATT)
    digest, spans = rid.split(":", 1)
    assert spans == "120-125:90"
    assert len(digest) == 12 and int(digest, 16) >= 0
    assert "headline" not in rid
    assert attribution_id("outlet_2016-09-08_some-headline-words", ATT) == rid  # stable
    assert attribution_id("another_article", ATT) != rid


def test_misses_read_right_are_credited_and_the_rest_stay_wrong():
    records = [("a:1-2:3", "Ann Lee", True), ("b:1-2:3", "Bo Chen", True),
               ("c:1-2:3", "Ann Lee", False),  # read right: the role is hers
               ("d:1-2:3", "Monday", False),  # read wrong
               ("e:1-2:3", None, False)]  # no verdict: unadjudicated
    adj = adjudicate(records, [verdict("c:1-2:3", "Ann Lee", True),
                               verdict("d:1-2:3", "Monday", False, kind="fragment")])
    assert (adj.total, adj.official, adj.credited, adj.wrong, adj.unadjudicated,
            adj.stale) == (5, 2, 1, 1, 1, 0)
    assert (adj.right, adj.rate, adj.misses) == (3, 0.6, 3)
    assert adj.right_kinds == {"role-unjoined": 1}
    assert adj.wrong_kinds == {"fragment": 1}


def test_a_verdict_for_another_speaker_is_stale_and_the_miss_unadjudicated():
    # the code changed: the same attribution now gets another (wrong) speaker
    records = [("a:1-2:3", "Ann Lee", True), ("c:1-2:3", "Tom Reed", False)]
    adj = adjudicate(records, [verdict("c:1-2:3", "Ann Lee", True)])
    assert (adj.right, adj.credited, adj.unadjudicated, adj.stale) == (1, 0, 1, 1)
    assert adj.rate == 0.5


def test_one_attribution_judged_for_two_speakers_counts_the_current_one():
    # the verdicts of two versions of the code: the fragment read wrong, the name right
    verdicts = [verdict("c:1-2:3", "Democratic", False, kind="fragment"),
                verdict("c:1-2:3", "Ann Lee", True, kind="pronoun-chain-wrong")]
    now = adjudicate([("c:1-2:3", "Ann Lee", False)], verdicts)
    before = adjudicate([("c:1-2:3", "Democratic", False)], verdicts)
    assert (now.credited, now.wrong, now.stale) == (1, 0, 1)
    assert (before.credited, before.wrong, before.stale) == (0, 1, 1)
    assert parse_verdicts(HEAD + ROW + "\n" + ROW.replace(
        speaker_digest("Ann Lee"), speaker_digest("Democratic")))[1].digest == \
        speaker_digest("Democratic")


def test_a_verdict_for_a_miss_that_is_gone_or_now_official_is_stale():
    records = [("a:1-2:3", "Ann Lee", True)]  # once a miss, now right officially
    adj = adjudicate(records, [verdict("a:1-2:3", "Ann Lee", True),
                               verdict("z:1-2:3", "Bo Chen", True)])  # no longer found
    assert (adj.total, adj.right, adj.credited, adj.stale, adj.sample) == (1, 1, 0, 2, 0)
    assert adjudicated_line(adj).endswith("; 2 verdicts match no current speaker")


def test_verdicts_on_official_right_speakers_are_a_sample_apart():
    records = [("a:1-2:3", "Ann Lee", True), ("b:1-2:3", "voters", True),
               ("c:1-2:3", "Bo Chen", False)]
    adj = adjudicate(records, [verdict("a:1-2:3", "Ann Lee", True, official=True),
                               verdict("b:1-2:3", "voters", False, official=True,
                                       kind="group-broader")])
    assert (adj.right, adj.total, adj.sample, adj.sample_wrong) == (2, 3, 2, 1)
    assert adj.unadjudicated == 1 and not adj.wrong_kinds
    assert adjudicated_line(adj) == (
        "dev speaker, adjudicated (judges' reading, benchmarks/polnear_verdicts; not "
        "the official figure): 0.667 (2 / 3): of 1 official misses 0 right by reading, 0 "
        "wrong, 1 unadjudicated (counted wrong); official right read: 1 of 2 wrong by "
        "reading (50.0%, 95% Wilson interval 9.5% to 90.5%)")


def test_an_id_two_attributions_share_takes_no_verdict():
    # two attributions with the same source and content start (one id): a verdict on one
    # could be read for the other, so neither is adjudicated
    records = [("c:1-2:3", "Ann Lee", False), ("c:1-2:3", "Ann Lee", False),
               ("d:1-2:3", "Ann Lee", False)]
    adj = adjudicate(records, [verdict("c:1-2:3", "Ann Lee", True),
                               verdict("d:1-2:3", "Ann Lee", True)])
    assert (adj.credited, adj.unadjudicated, adj.stale) == (1, 2, 1)


def test_nothing_counted_is_no_figure():
    assert adjudicate([], [verdict("a:1-2:3", "Ann Lee", True)]).rate == 0.0
    assert Adjudicated().right == 0


HEAD = "# a comment\nid\tspeaker\tofficial\tverdict\tkind\n"
ROW = f"0123456789ab:120-125:90\t{speaker_digest('Ann Lee')}\twrong\tright\trole-unjoined"


def test_a_verdict_file_is_read():
    assert parse_verdicts(HEAD + ROW + "\n\n") == [
        Verdict("0123456789ab:120-125:90", speaker_digest("Ann Lee"), False, True,
                "role-unjoined")]


@pytest.mark.parametrize(("text", "why"), [
    ("id\tspeaker\n" + ROW, "t:1: the header must be"),
    (HEAD + ROW.replace("\tright\t", "\tmaybe\t"), "t:3: 'maybe' is neither"),
    (HEAD + ROW + "\n" + ROW, "t:4: 0123456789ab:120-125:90 judged twice for one speaker"),
    (HEAD + ROW.replace("0123456789ab", "nyt_2016-09-08_obama"), "t:3: not an attribution"),
    (HEAD + ROW.replace("role-unjoined", "Ann Lee said so"), "t:3: the kind must be"),
    (HEAD + ROW + "\textra", "t:3: 6 columns, not 5"),
])
def test_a_bad_verdict_file_names_the_line(text: str, why: str):
    with pytest.raises(ValueError, match=why):
        parse_verdicts(text, "t")


def test_the_shipped_verdicts_parse_and_hold_no_corpus_text():
    verdicts = load_verdicts(VERDICTS)
    assert len(verdicts) >= 200
    assert {v.official for v in verdicts} == {True, False}
    assert load_verdicts(VERDICTS.with_name("absent.tsv")) == []


def test_the_scorer_records_each_counted_speaker_under_its_id():
    text = ('Sen. Ann Lee spoke on Monday. "We will fix the roads this year," the senator '
            'said.')
    src = text.index("the senator")
    content = text.index('"We')
    att = Attribution(source=((src, src + len("the senator")),),
                      cue=((text.index("said"), text.index("said") + 4),),
                      content=((content, text.index(" the senator")),))
    sc = score([PolArticle("an_article", text, [att])])
    [(rid, speaker, right)] = sc.speaker_records
    assert rid == attribution_id("an_article", att)
    assert (sc.speaker, right) == ([int(right), 1], right)
    adj = adjudicate(sc.speaker_records, [verdict(rid, speaker, True, official=right)])
    assert adj.rate == 1.0 and adj.unadjudicated == 0


def test_bench_prints_the_adjudicated_figure_under_dev_only(tmp_path, capsys, monkeypatch):
    import benchmarks.bench_polnear as bench

    text = 'Ann Lee spoke on Monday.\n\n"We will fix the roads," the mayor said.\n'
    src, cue, quote = text.index("the mayor"), text.index("said"), text.index('"We')
    ann = (f"T1\tSource {src} {src + 9}\tthe mayor\nT2\tCue {cue} {cue + 4}\tsaid\n"
           f"T3\tContent {quote} {text.index(' the mayor')}\tquote\n"
           "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n")
    for split in ("train", "dev"):
        for sub in ("text", "attributions"):
            (tmp_path / "data" / split / sub).mkdir(parents=True)
        (tmp_path / "data" / split / "text" / "a.txt").write_text(text, encoding="utf-8")
        (tmp_path / "data" / split / "attributions" / "a_x.ann").write_text(ann,
                                                                           encoding="utf-8")
    [art] = bench.load_split(tmp_path, "dev")
    [(rid, speaker, right)] = score([art]).speaker_records
    monkeypatch.setattr(bench, "load_verdicts", lambda: [verdict(rid, speaker, True, right)])
    bench.report_polnear(str(tmp_path))
    lines = capsys.readouterr().out.splitlines()
    figures = [k for k, line in enumerate(lines) if "dev speaker, adjudicated" in line]
    [at] = figures
    assert lines[at].split()[:2] == ["second", "figure:"]
    assert "1.000 (1 / 1)" in lines[at] and "0 unadjudicated" in lines[at]
    assert lines[at - 2].split()[0] == "dev"  # under dev's row and its chain line
    # beside it, the second judge's agreement with the first (the shipped verdict files)
    assert lines[at + 1].split()[:3] == ["second", "judge,", "blind,"]
    assert "Cohen's kappa" in lines[at + 1]
