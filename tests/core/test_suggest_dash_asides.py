"""Reported speech whose cue is set apart by commas in the middle of its sentence (``The
argument would be aided, Tom Ford said, by the calendar.``), issue #26. Sentences invented
for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes


def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(words, speaker, cue, mode) of every quote of ``text``."""
    return [(text[q.start:q.end], q.speaker, q.cue, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize(("sentence", "speaker", "verb"), [
    ("In the end, Tom Ford said, union voters almost always vote for the party.",
     "Tom Ford", "said"),
    ("The argument would be aided, Tom Ford said, by the primary calendar in the spring.",
     "Tom Ford", "said"),
    ("The argument would be aided, said Tom Ford, by the primary calendar in the spring.",
     "Tom Ford", "said"),
    ("The argument would be aided, the mayor argued, by the primary calendar this spring.",
     "mayor", "argued"),
])
def test_a_cue_set_apart_by_commas_reports_the_whole_sentence(sentence, speaker, verb):
    text = f"The council met on Monday.\n\n{sentence}"
    assert found(text) == [(sentence, speaker, verb, "indirect")]


def test_an_aside_reports_the_clause_after_a_dash_only():
    text = ("The council met on Monday.\n\nThe trial went on - proof, the prosecutor argued, "
            "of his part in the occupation of the refuge.")
    assert found(text) == [("proof, the prosecutor argued, of his part in the occupation of "
                            "the refuge.", "prosecutor", "argued", "indirect")]


def test_a_verb_with_its_own_object_between_commas_is_no_aside():
    text = ("The council met on Monday.\n\nAides to Ann Lee said their stump speeches, already "
            "full of such references, would focus on it.")
    assert found(text) == [("their stump speeches, already full of such references, would "
                            "focus on it.", "Aides", "said", "indirect")]


@pytest.mark.parametrize(("sentence", "words", "verb"), [
    # a subject set apart by commas, then the verb, a setting and "that"
    ("The author of the book, Tom Ford, said in a telephone interview that he stands by "
     "the depiction.", "he stands by the depiction.", "said"),
    # the clause after a colon
    ("Tom Ford attacks the mayor on his radio show because it pays off: He said he has raised "
     "about $100,000 since.", "he has raised about $100,000 since.", "said"),
    # an aside right after the verb
    ("Tom Ford says, win or lose in Tuesday’s primary, he’s staying in the race.",
     "he’s staying in the race.", "says"),
])
def test_reported_speech_past_what_sets_its_subject_or_verb_apart(sentence, words, verb):
    text = f"The council met on Monday.\n\n{sentence}"
    assert found(text) == [(words, "Tom Ford", verb, "indirect")]


@pytest.mark.parametrize(("hearer", "clause"), [
    ("the AP", "his firm worked closely with the group on the plan."),
    ("reporters", "this was the only chance to pass a bill this year."),
    ("a crowd in Dayton", "their votes had been counted twice by the board."),
])
def test_a_determiner_after_a_hearer_opens_the_reported_clause(hearer, clause):
    text = f"The council met on Monday.\n\nTom Ford told {hearer} {clause}"
    assert found(text) == [(clause, "Tom Ford", "told", "indirect")]


def test_a_possessive_hearer_is_still_the_hearer():
    text = ("The council met on Monday.\n\nTom Ford told his staff that the firm worked closely "
            "with the group on the plan.")
    assert found(text) == [("the firm worked closely with the group on the plan.", "Tom Ford",
                            "told", "indirect")]


@pytest.mark.parametrize(("sentence", "clause", "verb", "speaker"), [
    ("Tom Ford pushed back on those claims Thursday, saying that the bill had the right "
     "parts.", "the bill had the right parts.", "saying", "Tom Ford"),
    ("Ann Lee attacked Tom Ford, saying he would appoint judges who would overturn it.",
     "he would appoint judges who would overturn it.", "saying", "Ann Lee"),
    ("The Russians used the fighters to justify airstrikes, noting the city is a front.",
     "the city is a front.", "noting", "Russians"),
])
def test_a_participle_after_a_clause_reports_what_its_subject_said(sentence, clause, verb,
                                                                   speaker):
    text = f"The council met on Monday.\n\n{sentence}"
    assert found(text) == [(clause, speaker, verb, "indirect")]


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Jo Park said the plan was good, but Tom Ford said she does not have the votes.",
     ("the plan was good", "Jo Park"), ("she does not have the votes.", "Tom Ford")),
    ("Jo Park said the plan was good; Tom Ford said it would fail within a year.",
     ("the plan was good", "Jo Park"), ("it would fail within a year.", "Tom Ford")),
    ("While Jo Park has said that he often makes such calls, Tom Ford said he does not make "
     "them in public.", ("he often makes such calls", "Jo Park"),
     ("he does not make them in public.", "Tom Ford")),
])
def test_a_second_clause_with_its_own_report_is_a_second_quote(sentence, first, second):
    text = f"The council met on Monday.\n\n{sentence}"
    assert [(w, sp) for w, sp, _cue, _mode in found(text)] == [first, second]


def test_the_name_before_who_reports_the_relative_clause():
    text = ("The council met on Monday.\n\nBut Ann Lee notably made no mention of Tom Ford, "
            "who announced he is suspending his campaign this week.")
    assert found(text) == [("he is suspending his campaign this week.", "Tom Ford",
                            "announced", "indirect")]
