"""Quotes with no cue of their own that the layout around them attributes: the sentence
before the quote in its paragraph, a short clause after a quote with no punctuation of its
own, issue #26. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes

BEFORE = '"The race is wide open and anyone can still win it," said Tom Ford, a pollster.\n\n'


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(first words, speaker) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize("sentence", [
    "Ann Lee agreed.",
    "Ann Lee touted her record on the budget.",
    "Ann Lee spoke next. She touted her record on the budget.",  # a pronoun opens it
    "But Ann Lee, a former mayor, saw it differently.",
])
def test_the_sentence_before_a_quote_in_its_paragraph_gives_its_subject(sentence):
    text = BEFORE + f'{sentence} "We balanced it four years in a row, and nobody noticed."'
    assert speakers(text) == [('"The race is', "Tom Ford"), ('"We balanced', "Ann Lee")]


def test_a_sentence_before_that_names_no_one_leaves_the_voice_before():
    text = BEFORE + 'The mood was grim. "We balanced it four years in a row, and nobody noticed."'
    assert speakers(text) == [('"The race is', "Tom Ford"), ('"We balanced', "Tom Ford")]


def test_a_voice_quoted_earlier_in_the_paragraph_still_speaks_on():
    text = ('Ann Lee spoke first.\n\n"The race is wide open," said Tom Ford. Jo Park '
            'arrived late. "We balanced it four years in a row, and nobody noticed."')
    assert speakers(text)[-1] == ('"We balanced', "Tom Ford")


@pytest.mark.parametrize(("after", "speaker"), [
    ("the paper's editor Tom Ford responded.", "Tom Ford"),
    ("Tom Ford said after the vote on Tuesday.", "Tom Ford"),
])
def test_a_short_clause_after_a_quote_with_no_punctuation_gives_its_speaker(after, speaker):
    text = ('Ann Lee spoke first.\n\n"He invited us to his house today to talk about his '
            f'campaign" {after}')
    assert speakers(text) == [('"He invited ', speaker)]


@pytest.mark.parametrize("after", [
    "for the mayor, Tom Ford said.",  # a phrase of the sentence, not its cue
    "and Tom Ford said nothing.",
])
def test_words_after_a_quote_that_go_on_with_the_sentence_are_no_cue(after):
    text = ('Ann Lee spoke first.\n\nShe called it "a challenge to his house and his '
            f'campaign" {after}')
    assert speakers(text) == [('"a challenge', "Ann Lee")]


def test_a_paragraph_ending_in_a_colon_gives_its_subject_to_the_quote_after_it():
    text = ("Tom Ford spoke first.\n\nThe Lee Foundation describes itself in the following "
            'way:\n\n"Everywhere we go, we are trying to work ourselves out of a job."')
    assert speakers(text)[-1] == ('"Everywhere ', "Lee Foundation")
