"""The PolNeAR loader and scorer on a tiny invented article in the corpus' formats (brat
standoff and CoreNLP XML): no test depends on the corpus itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.polnear import load_split
from benchmarks.polnear_score import is_speech_cue, names_source, score

TEXT = 'Ann Lee spoke.\n\n"We will win," she said. Voters say taxes are too high for them.\n'
ANN = """T1\tSource 31 34\tshe
T2\tCue 35 39\tsaid
T3\tContent 16 30\t"We will win,"
T4\tAttribution 35 39\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 41 47\tVoters
T6\tCue 48 51\tsay
T7\tContent 52 70;71 79\ttaxes are too high for them
T8\tAttribution 48 51\tsay
E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
"""


def _token(i: int, word: str, a: int, b: int) -> str:
    return (f'<token id="{i}"><word>{word}</word><CharacterOffsetBegin>{a}'
            f'</CharacterOffsetBegin><CharacterOffsetEnd>{b}</CharacterOffsetEnd></token>')


XML = f"""<?xml version="1.0"?><root><document><sentences>
<sentence id="1"><tokens>{_token(1, "Ann", 0, 3)}{_token(2, "Lee", 4, 7)}
{_token(3, "spoke", 8, 13)}</tokens></sentence>
<sentence id="2"><tokens>{_token(1, "she", 31, 34)}</tokens></sentence>
</sentences><coreference><coreference>
<mention representative="true"><sentence>1</sentence><start>1</start><end>3</end>
<head>2</head><text>Ann Lee</text></mention>
<mention><sentence>2</sentence><start>1</start><end>2</end><head>1</head><text>she</text>
</mention></coreference></coreference></document></root>"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    for split in ("train", "test"):
        d = tmp_path / "data" / split
        for sub in ("text", "attributions", "corenlp"):
            (d / sub).mkdir(parents=True)
        (d / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
        (d / "attributions" / "a_ab12.ann").write_text(ANN, encoding="utf-8")
        (d / "corenlp" / "a.txt.xml").write_text(XML, encoding="utf-8")
    return tmp_path


def test_reads_attributions_and_chains(corpus: Path) -> None:
    [art] = load_split(corpus, "train")
    assert [art.span_text(a.content) for a in art.attributions] == [
        '"We will win,"', "taxes are too high for them"]
    assert art.chains == [[(0, 7), (31, 34)]]
    assert art.source_forms(art.attributions[0]) == ["she", "Ann Lee", "she"]
    assert (corpus / "data/train/corenlp/a.txt.xml.coref.json").is_file()
    assert load_split(corpus, "train")[0].chains == [[(0, 7), (31, 34)]]  # from the cache


def test_never_reads_test(corpus: Path) -> None:
    with pytest.raises(ValueError, match="never test"):
        load_split(corpus, "test")


def test_scores_the_finder(corpus: Path) -> None:
    sc = score(load_split(corpus, "train"))
    assert sc.counts["opening"] == [1, 1]
    assert sc.counts["indirect"] == [1, 1]
    assert sc.speaker_named == [1, 1]  # "Voters" (not "she")
    assert sc.speaker == [2, 2]  # "she" -> the chain's "Ann Lee"; "Voters"
    assert sc.speaker_pronoun == [1, 1]  # "she"
    assert sc.direct == [1, 1]
    assert sc.misses == []


def test_names_source() -> None:
    assert names_source("Jeb Bush", ["Former Florida Gov. Jeb Bush"])
    assert names_source("Trump", ["Donald Trump"])
    assert names_source("Donald Trump", ["Mr. Trump"])
    assert not names_source("Trump", ["Trump International Hotel"])
    assert names_source("John Weaver", ["A top strategist, John Weaver,"])
    assert names_source("Marco Rubio", ["rival Sen. Marco Rubio (R-Fla.)"])
    assert not names_source("Ted Cruz", ["Morton Blackwell, a Ted Cruz supporter"])
    assert not names_source(None, ["he"])
    assert names_source("Joseph R. Biden Jr.", ["Mr. Biden"])  # a generational suffix
    assert names_source("Luther Stan Pate IV", ["Pate"])
    assert not names_source("Hunter Biden Jr.", ["Joseph R. Biden"])
    assert names_source("Lee Zeldin", ["Republican Rep. Lee Zeldin of New York, a supporter"])
    assert names_source("Dossym Satpayev", ["political scientist Dossym Satpayev in Almaty"])
    assert not names_source("New York", ["Rep. Lee Zeldin of New York"])
    assert names_source("Tom Reed", ["Reed himself"])  # an emphatic self
    assert names_source("Ana Ruiz Soto", ["Ms. Ruiz"])  # a middle name: two surnames
    assert names_source("Lin Wei", ["Mr. Lin"])  # a family name first, after a title
    assert not names_source("Lin Wei", ["Lin"])  # a first word alone: a given name or junk
    assert not names_source("Reed Ranch", ["Reed"])
    # the source as written, a place after it included
    assert names_source("Associated Press survey of Democratic superdelegates",
                        ["an Associated Press survey of Democratic superdelegates"])
    assert names_source("CNN/ORC poll in February", ["a CNN/ORC poll in February"])
    # an unnamed speaker names the phrase it opens after a quantifier
    assert names_source("person", ["one person with knowledge of the governor's dilemma"])
    assert names_source("source", ["But a source familiar with the inquiry"])
    assert not names_source("person", ["one official with knowledge of it"])
    assert names_source("Jason Sims", ["Jason Sims — a teacher from Mount Pleasant —"])


def test_speech_cues() -> None:
    assert is_speech_cue("said in a statement")
    assert is_speech_cue("according to")
    assert not is_speech_cue("believes")
    assert not is_speech_cue("wants")


def test_report_reads_at_most_limit_articles_a_split(corpus: Path, capsys) -> None:
    from benchmarks.bench_polnear import report_polnear

    d = corpus / "data" / "train"
    (d / "text" / "b.txt").write_text(TEXT, encoding="utf-8")
    (d / "attributions" / "b_ab12.ann").write_text(ANN, encoding="utf-8")
    dev = corpus / "data" / "dev"
    for sub in ("text", "attributions"):
        (dev / sub).mkdir(parents=True)
    assert len(load_split(corpus, "train")) == 2
    report_polnear(str(corpus), limit=1)
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert [r[:2] for r in rows if r and r[0] in ("train", "dev")] == [["train", "1"], ["dev", "0"]]


def test_a_chain_counts_only_through_a_mention_that_stands_for_the_source() -> None:
    from benchmarks.polnear import Attribution, PolArticle
    from benchmarks.polnear_score import source_forms

    text = "Ada Vance, the mayor of Lyndon, said Lyndon's budget was fine. She smiled, who knew."
    art = PolArticle("t", text)
    at = text.index("Lyndon's")
    vance, lyndon, lyndon2 = (0, 9), (23, 29), (at, at + 6)
    she = (text.index("She"), text.index("She") + 3)
    art.chains = [[vance, she], [lyndon, lyndon2]]
    whole = Attribution(((0, 30),), (), ())
    assert source_forms(art, whole) == [text[0:30], "Ada Vance", "She"]  # not "Lyndon"
    own = Attribution((she,), (), ())
    assert source_forms(art, own) == ["She", "Ada Vance", "She"]
    possessor = Attribution(((at, at + 15),), (), ())  # "Lyndon's budget": not Lyndon
    assert source_forms(art, possessor) == ["Lyndon's budget"]
    art.chains = [[(0, 20)]]  # a pronoun inside a longer mention is not that mention
    inside = Attribution(((4, 9),), (), ())
    assert source_forms(art, inside) == ["Vance"]


@pytest.mark.parametrize(("text", "content", "kind"), [
    ('Big "Plans Ahead" Now\nText.', "Plans Ahead", "heading"),
    ('Title\nShe read "Hard Times" twice.', "Hard Times", "title case"),
    ('Title\nThe "quiet" days.', "quiet", "1 word"),
    ('Title\nThe "quiet period" days.', "quiet period", "2 words"),
    ('Title\nThe "very quiet period" days.', "very quiet period", "3-5 words"),
    ('Title\nNo marks around these words at all.', "these words", "no segment"),
])
def test_a_missed_quote_has_a_kind(text, content, kind) -> None:
    from benchmarks.polnear_misses import miss_kind, segments_of

    a = text.index(content)
    assert miss_kind(*segments_of(text), ((a, a + len(content)),)) == kind


def test_the_score_counts_missed_marked_quotes_by_kind(corpus: Path) -> None:
    d = corpus / "data" / "train"
    (d / "text" / "a.txt").write_text(TEXT.replace('"We will win," she said.',
                                                   'It was a "big" day then.'),
                                      encoding="utf-8")
    sc = score(load_split(corpus, "train"))
    assert dict(sc.kinds) == {"1 word": 1}
