"""Speakers written as names, roles, groups, bodies and texts, tenth round (issue #26);
and the tag form's roles. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(first words, speaker, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize(("conjunction", "speaker"), [
    ("while", "Sam Cole"), ("as", "Sam Cole"), ("when", "Sam Cole"),
])
def test_a_clause_after_a_comma_and_a_conjunction_speaks_through_its_own_subject(
        conjunction, speaker):
    text = (f"Gov. Tom Reed on Monday signed an order, {conjunction} Sam Cole, a former "
            'governor, proposed they "wait and see what the courts do" first.')
    assert speakers(text)[-1] == ('"wait and se', speaker, "mixed")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('A 2014 House Oversight Committee report found "no sign of any order to stand down."',
     "2014 House Oversight Committee report"),  # "report" is no verb after the body's name
    ('The Reed ad hits Lee for taking "ten times more money from banks than from voters."',
     "Reed ad"),  # the ad, not Tom Reed who paid for it
    ('One Club for Growth ad, which is airing now, argues that "only Lee can win the state."',
     "Club for Growth ad"),  # the ad, not the club
])
def test_a_text_named_by_capitalised_words_speaks_as_the_text(sentence, speaker):
    text = f"Tom Reed and Ann Lee spent heavily this year.\n\n{sentence}"
    assert speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Sales over the last year were higher than in any year since 2004, the University of "
     "Ohio reported last week.", "University of Ohio"),
    ("The casinos won slightly less in May than in the same month last year, according to "
     "the state Division of Gaming Enforcement.", "Division of Gaming Enforcement"),
    ('Most recently, the Science and Technology Directorate of the Department of Transport '
     'concluded that the methods were "not suited to the needs of drivers."',
     "Science and Technology Directorate of the Department of Transport"),
])
def test_a_body_named_with_of_after_the_is_one_name(sentence, speaker):
    assert speakers(f"Numbers came in on Friday.\n\n{sentence}")[-1][1] == speaker


def test_a_body_name_never_runs_across_a_sentence_end():
    from annotations.suggest.names import parse_mention

    m = parse_mention("the Freedom of Information Act. Judicial Watch")
    assert m is not None and m.name == "Freedom"  # not "… Act. Judicial Watch" as one body


def test_a_place_that_ends_a_fronted_phrase_before_a_setting_is_not_the_subject():
    text = ("Tom Reed spoke for an hour.\n\nSpeaking to a crowd of supporters in Dayton, "
            "West Virginia at the close of the day, Reed warned that the party is growing "
            "nervous about the gains of the movement.")
    assert speakers(text) == [("the party is", "Tom Reed", "indirect")]


@pytest.mark.parametrize("conjunction", ["as", "while", "when"])
def test_a_clause_opened_by_a_conjunction_gives_the_participle_its_subject(conjunction):
    text = (f"Sam Cole spoke first. It was a potent punch, {conjunction} Ann Lee echoed the "
            'criticism, saying Cole "reminds us every day that he is not fit."')
    assert speakers(text)[-1] == ('"reminds us ', "Ann Lee", "mixed")


def test_a_capitalised_auxiliary_after_a_quote_is_a_name():
    text = ("Columnist Will Ward wrote on Sunday.\n\n"
            '"This might, and should, end the hopes of every outsider," Will wrote.')
    assert speakers(text) == [('"This might,', "Will Ward", "direct")]


def test_a_long_apposition_between_the_name_and_its_verb_is_read_through():
    text = ("Tom Reed praised the reporter after Ann Lee left.\n\n"
            '"Very good reporter, this guy," Reed, the party\'s presidential front-runner '
            "nationally and the current leader of the polls in his own home region by a wide "
            "margin after winning the first two primaries, said when Boyle asked him a question.")
    assert speakers(text) == [('"Very good r', "Tom Reed", "direct")]


@pytest.mark.parametrize(("role", "clean"), [
    ("aide —", "aide"),  # a dash the sentence set after it
    ("his top aide —", "his top aide"),
    ("“spokesman", "spokesman"), ("spokesman”", "spokesman"),  # a quotation mark beside it
    ("president-elect,", "president-elect"),  # a compound title, not dropped as no role
    ("Mr.", None), ("When President", "President"), ("authors,", "authors"),  # as before
])
def test_the_form_never_proposes_a_role_with_punctuation_at_its_edges(role, clean):
    from annotations.suggest.roles import clean_role

    assert clean_role(role) == clean


@pytest.mark.parametrize(("name", "clean"), [
    ("Correction: An", None),  # a label and an article: no one
    ("UPDATE: Tom Reed", "Tom Reed"),  # the label before a colon is no part of the name
])
def test_a_speaker_never_keeps_a_label_before_a_colon(name, clean):
    from annotations.suggest.speaker_clean import clean_speaker

    assert clean_speaker(name) == clean


@pytest.mark.parametrize(("cue", "speaker"), [
    ("a Lee ally said", "Lee ally"),  # someone on Lee's side, not Lee
    ("said one Lee surrogate", "Lee surrogate"),
])
def test_a_name_before_a_noun_for_someone_on_their_side_is_an_unnamed_person(cue, speaker):
    text = f'Ann Lee spoke at the rally.\n\n"This is the end of it," {cue}.'
    assert speakers(text) == [('"This is the', speaker, "direct")]


def test_a_verb_that_doubles_its_consonant_is_a_reporting_verb():
    text = ("Sam Cole spoke to the board on Monday.\n\n"
            "Cole admitted that the course name in his book had been wrong for years.\n\n"
            '"If you ask one more mean question, I may have to leave," Ann Lee quipped, '
            "to laughs from the crowd.")
    assert speakers(text) == [("the course n", "Sam Cole", "indirect"),
                              ('"If you ask ', "Ann Lee", "direct")]


def test_proclaimed_is_a_reporting_verb():
    text = ("Ann Lee spoke at the convention.\n\n"
            'Guns are "the ultimate public health crisis," Sam Cole, a former governor, '
            "proclaimed to a cheering crowd.")
    assert speakers(text)[-1][1] == "Sam Cole"


@pytest.mark.parametrize("joint", [", whereas", ", and", ";"])
def test_a_second_clause_that_reports_speech_has_its_own_speaker(joint):
    text = ("Sam Cole said on Monday that there was no intent in the case at all"
            f"{joint} Tom Reed acknowledged that he knew the files he shared were secret.")
    assert speakers(text) == [("there was no", "Sam Cole", "indirect"),
                              ("he knew the ", "Tom Reed", "indirect")]


def test_the_main_clause_after_a_when_clause_reports_its_own_words():
    text = ("When Ann Lee, during a debate in 1973, urged that the board resign at once, "
            "Sam Cole replied in an even voice that he was pleased she had said so.")
    assert speakers(text) == [("the board re", "Ann Lee", "indirect"),
                              ("he was pleas", "Sam Cole", "indirect")]


def test_a_relative_that_inside_an_apposition_opens_no_reported_clause():
    text = ("State delegate Mary Ross, clad in a red cape with blinking lights that formed the "
            'name Trump, said the convention could be a "failure" if he loses in the fall.')
    assert speakers(text)[0][1] == "Mary Ross"


def test_the_role_refers_back_to_the_unnamed_speaker_who_was_introduced_with_it():
    text = ("Sam Cole, a senior committee official, said on Monday that the plan was weak. A "
            "senior administration official said on Friday that the White House backed the "
            'effort.\n\n"We welcome constructive steps from our partners," the official said.')
    assert speakers(text)[-1] == ('"We welcome ', "senior administration official", "direct")


def test_reported_words_end_before_though_and_a_clause_of_its_own():
    text = ("Other candidates, including Ann Lee and Sam Cole, have said that the record is "
            "a fair target for criticism, though Ms. Lee said she doubted voters would care.")
    assert speakers(text)[-1] == ("she doubted ", "Ann Lee", "indirect")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Dunn and Reed agreed that they would back a new candidate if one emerged.",
     "Dunn and Reed"),  # two people who speak together, not the last named
    ("Sens. Ann Dunn of Ohio and Tom Reed of Iowa also said they would be happy to have him "
     "on the trail.", "Sens. Ann Dunn of Ohio and Tom Reed of Iowa"),
    ("Popular Christian and corporate speaker Tom Reed said he has a word for the voters.",
     "Tom Reed"),  # adjectives joined before a role: one person
])
def test_people_joined_by_and_speak_together(sentence, speaker):
    text = f"Ann Dunn and Tom Reed met on Monday.\n\n{sentence}"
    assert speakers(text)[-1][1] == speaker


def test_two_people_before_a_colon_speak_together():
    text = ("The pollsters wrote on Friday.\n\nMark Hale and Jon Cobb: \"Although the polls "
            'failed to predict the winner, they were close on the rest of the field."')
    assert speakers(text)[-1][1] == "Mark Hale and Jon Cobb"


def test_goes_before_a_quote_is_no_cue_unless_a_colon_follows_it():
    text = ("Sen. Tom Reed on Saturday criticized the accord reached after two weeks of talks, "
            'saying the agreement goes "nowhere near far enough."')
    assert speakers(text) == [('"nowhere nea', "Tom Reed", "mixed")]


@pytest.mark.parametrize("text", [
    "In an interview with Tom Ford for “Morning Talk” broadcast on Friday’s “City Live,” Jon "
    "Alan Cobb, the hacker known as “Ghost,” stated that he had access to the mail server.",
    "Critics noted the campaign posters.\n\n“We Farmers are tired of it” (a poster from 2003) "
    "—“No more taxes for farmers!” (2015).",
    "The film “Mercy Street,” returns to the stage this week with his concert, “Girls, Girls, "
    "Girls.”",
])
def test_no_speaker_is_read_from_inside_quotation_marks(text):
    # they had given '“Ghost', '“We Farmers' and '“Mercy Street': no speaker is better
    found = speakers(text)
    assert found and all(sp is None or sp[0] not in "\"“”" and sp[-1] not in "\"“”"
                         for _, sp, _ in found)
