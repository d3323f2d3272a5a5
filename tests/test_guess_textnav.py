"""Speaker guessing and sentence/paragraph navigation on the seed articles."""

from __future__ import annotations

import pytest

from annotations.guess import SpeakerGuess, default_holder, guess_speaker, person_names
from annotations.textnav import (
    next_sentence,
    paragraph_at,
    sentence_at,
    sentence_bounds,
    snap_to_words,
)


def sentence_of(article, snippet):
    i = article.body.index(snippet)
    return sentence_at(article.body, i)


def test_set_off_quotes_in_ru_seed(ru_article):
    quotes = [b for b in ru_article.blocks if b.kind == "quote"]
    got = [guess_speaker(ru_article, "body", b.start, b.end) for b in quotes]
    assert got == [
        SpeakerGuess("Vladimir Putin", "the Russian president", "- said"),
        SpeakerGuess("Li Lifan", "the researcher of the Shanghai Academy of Social Sciences", "-"),
        SpeakerGuess("Shi Yinhong", "the expert", "- emphasized"),
    ]


@pytest.mark.parametrize(
    ("snippet", "speaker", "cue", "mode"),
    [
        ('"You can imagine everything,"', "Vladimir Putin", "responded", "direct"),
        ('"China noted President', "Zhao Lijian", "said", "direct"),
        ('"Our relationship has withstood', "Zhao Lijian", "told", "direct"),  # "he" resolved
        ("He said that anything was possible", "Zhao Lijian", "said", "indirect"),
        ('"Our primary competitors', "Mark Esper", "said", "direct"),
    ],
)
def test_inline_quotes_in_us_seed(us_article, snippet, speaker, cue, mode):
    s, e = sentence_of(us_article, snippet)
    g = guess_speaker(us_article, "body", s, e)
    assert (g.speaker, g.cue, g.mode) == (speaker, cue, mode)


def test_quote_only_selection_uses_verb_after(us_article):
    body = us_article.body
    i = body.index('"There is no limit')
    end = body.index('," Zhao said') + 2
    assert guess_speaker(us_article, "body", i, end).speaker == "Zhao Lijian"


def test_no_guess_and_comment_default(ru_article):
    assert guess_speaker(ru_article, "body", 0, 20).speaker is None
    assert guess_speaker(ru_article, "3.1", 0, 4).speaker == "Nanetta5"
    assert default_holder(ru_article, "4.1.1") == "Essex62"
    assert default_holder(ru_article, "body") == ""  # unknown outlet: left to the analyst


def test_person_names(us_article):
    assert sorted(set(person_names(us_article.body))) == [
        "Donald Trump", "Kapustin Yar", "Mark Esper", "Mikhail Svetlov", "Vladimir Putin",
        "Xi Jinping", "Zhao Lijian",
    ]


def test_sentences_and_paragraphs(ru_article, us_article):
    body = ru_article.body
    s, e = sentence_at(body, 5)
    assert body[s:e] == (
        "On Friday, October 23, during a meeting of the Valdai Club, Vladimir Putin was asked "
        "about the possibility of a military alliance between Russia and China, and he stressed "
        "the theoretical possibility of such an alliance."
    )
    s2, e2 = next_sentence(body, e)
    assert body[s2:e2] == ("The Chinese edition of the South China Morning Post writes about "
                           "Beijing's reaction to Putin's words.")
    # the set-off quote has no final period: it ends at the blank line
    q = ru_article.blocks[1]
    assert sentence_at(body, q.end - 3) == (body.index("So let's see"), q.end)
    assert paragraph_at(body, 400) == (q.start, q.end)
    # abbreviations do not end sentences
    text = us_article.body
    s, e = sentence_of(us_article, "While the U.S. leads")
    assert text[s:e].endswith("Quadrilateral Security Dialogue.")
    assert len(sentence_bounds("One. Two! Three?")) == 3


def test_snap_to_words():
    text = "the theoretical possibility"
    assert snap_to_words(text, 6, 13) == (4, 15)
    assert text[slice(*snap_to_words(text, 3, 17))] == "theoretical possibility"
