"""Transcript lines whose speaker a label in capitals gives (``TAPPER: …``, ``SEN. ANN LEE
(D-OHIO): …``), and labels that name no one, issue #26. Sentences invented for these
tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes
from annotations.suggest.transcript import cased

INTRO = "Jake Tapper asked Ann Lee about the trade deal on Sunday.\n\n"


def speakers(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(first words, speaker, cue, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.cue, q.mode) for q in find_quotes(text)]


def test_an_exchange_in_capitals_gives_each_line_its_speaker():
    text = (INTRO + "TAPPER: Will you sign the deal this year?\n\n"
            "LEE: We will not sign it, not this year and not next year.\n\n"
            "JO PARK: That is a mistake, and you know it.")
    assert speakers(text) == [("Will you sig", "Jake Tapper", ":", "direct"),
                              ("We will not ", "Ann Lee", ":", "direct"),
                              ("That is a mi", "Jo Park", ":", "direct")]


@pytest.mark.parametrize("label", ["SEN. ANN LEE (D-OHIO)", "LEE", "ANN LEE", "MS. LEE"])
def test_one_labelled_line_of_someone_the_text_names(label):
    text = INTRO + f"{label}: We will not sign it, not this year and not next year."
    assert speakers(text) == [("We will not ", "Ann Lee", ":", "direct")]


@pytest.mark.parametrize("text", [
    # labels that name no one the text names, alone or one after another
    INTRO + "CORRECTION: An earlier version of this story gave the wrong date.",
    INTRO + "UPDATE: The vote was moved.\n\nBREAKING: The mayor has won the race.",
    # an interview's question and answer: no one named
    INTRO + "Q: Will you sign the deal this year?\n\nA: We will not sign it this year.",
    # a list of numbers or names after the labels
    INTRO + "TAPPER: 1,501.\n\nLEE: 1,769.",
    INTRO + "OHIO: Ann Lee, Jo Park and Tom Ford.",
])
def test_labels_that_name_no_speaker_give_no_transcript_line(text):
    assert speakers(text) == []


def test_a_labelled_line_with_its_own_quotation_marks_is_read_by_the_marks():
    text = INTRO + 'LEE: "We will not sign it, not this year and not next year."'
    assert speakers(text) == [('"We will not', "Ann Lee", ":", "direct")]


def test_reported_speech_inside_a_transcript_line_is_not_suggested_twice():
    text = INTRO + "LEE: The senator said the deal would cost the state ten thousand jobs."
    assert speakers(text) == [("The senator ", "Ann Lee", ":", "direct")]


@pytest.mark.parametrize(("label", "names", "expected"), [
    ("TAPPER", ["Jake Tapper", "Ann Lee"], "Jake Tapper"),  # as the text writes it
    ("SEN. ANN LEE", ["Ann Lee"], "Ann Lee"),
    ("JO PARK", [], "Jo Park"),  # two words: capitalised
    ("CNN", [], "CNN"),  # one word the text does not write: maybe an acronym
])
def test_a_name_in_capitals_is_written_as_the_text_writes_it(label, names, expected):
    assert cased(label, names) == expected


def test_a_marked_quote_after_a_label_in_capitals_takes_the_name_as_written():
    text = INTRO + 'SEN. ANN LEE (D-OHIO): "We will not sign it, not this year."'
    assert speakers(text) == [('"We will not', "Ann Lee", ":", "direct")]


def test_a_marked_question_and_answer_name_no_one_q():
    text = INTRO + ('Q: "Will you sign the deal this year?"\n\n'
                    'A: "We will not sign it, not this year and not next year."')
    assert [q.speaker for q in find_quotes(text)] == [None, None]
