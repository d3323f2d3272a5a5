"""Defects found reviewing #26's round (i26-pron7, i26-cue3, i26-reach), each on short
invented sentences with the exact speaker expected."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("sentence", "found"), [
    ("Tom Reed, who finished with 55 percent, said the race had been fair.",
     ("the race had b", "Tom Reed")),
    ("Tom Reed, who won with 61 percent of the votes, said he would serve all four years.",
     ("he would serve", "Tom Reed")),
    ("Ann Lee, who leads with 52 percent, says she will debate anyone.",
     ("she will debat", "Ann Lee")),
])
def test_a_share_set_apart_inside_the_subject_is_not_the_speaker(sentence, found):
    # before: the share ('55 percent', '61 percent of the votes') the speaker
    assert speakers("The count ended on Monday.", sentence) == [found]


_GUEST = "Pat Quinn appeared on the morning show on Friday to talk about the race."


@pytest.mark.parametrize("reply", ['He smiled and replied, "Glad to be here."',
                                   'She responded, "Glad to be here."',
                                   'He shot back: "Glad to be here."'])
def test_a_pronoun_that_replies_to_an_unnamed_role_is_not_that_role(reply):
    # "…," the host said. He replied: the one answering the host, not the host; before: the
    # host for each (an unnamed role's voice going on into the next sentence)
    assert speakers(_GUEST, '"Welcome back to the show," the host said.', reply) == [
        ('"Welcome back ', "host"), ('"Glad to be he', "Pat Quinn")]


def test_a_pronoun_that_does_not_reply_still_goes_on_with_the_role():
    # a guard: "He added" after the host's quote is still the host
    assert speakers(_GUEST, '"Welcome back to the show," the host said.',
                    'He added, "Glad to have you."') == [
        ('"Welcome back ', "host"), ('"Glad to have ', "host")]


@pytest.mark.parametrize(("text", "found"), [
    ('"Shame on you," came the reply from the back of the hall.', ('"Shame on you,', None)),
    ('"Not yet," came the answer from across the room.', ('"Not yet,"', None)),
    # guards: a person, a role, an office
    ('"Never," came the reply from the head of the agency.', ('"Never,"', "head of the agency")),
    ('"Never," came the reply from the mayor\'s office.', ('"Never,"', "mayor's office")),
    ('"Never," came the reply from Ann Lee.', ('"Never,"', "Ann Lee")),
])
def test_came_the_reply_from_a_place_names_no_one(text, found):
    # before: 'back' (where the reply came from, taken for who gave it); 'across the room'
    # already named no one
    assert speakers("The meeting ran late on Tuesday.", text) == [found]


def test_came_the_response_from_within_names_no_one():
    # before: 'within the campaign' the speaker; a one-word quote with no one named is not
    # suggested (as on 7ca2482, before the framed cue)
    assert speakers("The meeting ran late on Tuesday.",
                    '"Never," came the response from within the campaign.') == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("According to the police, Tom Reed, 45, was arrested on Friday at his home.",
     ("Tom Reed, 45, ", "police")),
    ("According to the report, Tom Reed, the mayor, knew about the plan for years.",
     ("Tom Reed, the ", "report")),
    ("According to the lawsuit, Ann Lee, a former aide, was fired after she complained.",
     ("Ann Lee, a for", "lawsuit")),
    ("According to her lawyer, Ann Lee, who was fired in May, will sue the city.",
     ("Ann Lee, who w", "lawyer")),
    # a guard: the name set apart after the role, then the clause it reports
    ("According to the mayor, Sam Smith, the plan will cost the town millions.",
     ("the plan will ", "Sam Smith")),
])
def test_a_name_with_its_own_apposition_after_according_to_is_what_is_reported(
        sentence, found):
    # "According to X, Tom Reed, 45, was …": Tom Reed is the reported clause's subject (his
    # age, role or relative clause set apart), not X's name; before: 'Tom Reed' / 'Ann Lee'
    # the speaker, or the reported words cut after the name
    assert speakers("The case went to court on Monday.", sentence) == [found]


@pytest.mark.parametrize("sentence", [
    "Tom Reed and 40 percent of the board members said the plan was too costly.",
    "Democrats and 40 percent of independents say the plan is too costly.",
])
def test_a_share_joined_to_a_name_by_and_is_not_the_whole_subject(sentence):
    # before: '40 percent of the board members' / '40 percent of independents' alone the
    # speaker of what both said; now no suggestion, as on 7ca2482
    assert speakers("The vote is on Friday.", sentence) == []


def test_a_share_after_and_opening_its_own_clause_still_speaks():
    # a guard: ", and half of the members said": a clause of its own
    assert speakers("The vote is on Friday.", "Voters were split, and half of the members "
                    "said the plan was too costly.") == [("the plan was t", "half of the members")]
