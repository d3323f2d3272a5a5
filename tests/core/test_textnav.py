"""Sentence, paragraph and word navigation on the seed articles."""

from __future__ import annotations

from annotations.text.nav import (
    next_sentence,
    paragraph_at,
    sentence_at,
    sentence_bounds,
    snap_to_words,
)


def sentence_of(article, snippet):
    i = article.body.index(snippet)
    return sentence_at(article.body, i)


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
