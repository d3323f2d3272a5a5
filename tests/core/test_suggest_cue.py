"""Quotes given no speaker or the wrong one of two (#26, i26-cue), on short invented
sentences: a text's ``it read`` and ``read one``, a role of someone before its verb (``a
spokesman for the mayor said:``, ``Officials at the agency said`` are the role, not the body
after the preposition), a share of a poll (``14 percent said``, ``those surveyed said``), a
reporting word after a possessive read as a noun (``his calls to end …``)."""

from __future__ import annotations

import pytest

from annotations.suggest.fragments import body_role, share_subject
from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("paras", "who"), [
    (['The mayor sent a letter to the council on Monday.',
      '"The fact that it is already July and the council has failed to act is appalling," '
      'it read.'], "letter"),
    (['The plan drew fire at the rally.',
      '"It is a disgrace to the whole town and to everyone in it," read one.'], "one"),
])
def test_a_text_that_reads_a_quote_is_its_speaker(paras, who):
    # before: no speaker ("read" is no cue, and "it" / "one" no text noun)
    assert speakers(*paras)[-1][1] == who


@pytest.mark.parametrize(("sentence", "who"), [
    ('The schedule was odd. A spokesman for the mayor quipped: "I guess the hall was booked '
     'for the holidays."', "spokesman for the mayor"),
    ('The schedule was odd. A lawyer for the company said the hall "was booked for the '
     'holidays."', "lawyer for the company"),
    ('The schedule was so odd that an aide to Sam Reed could only quip: "I guess the hall '
     'was booked."', "aide to Sam Reed"),
    ('Officials at the agency said the plan "is dead and everyone knows it."',
     "officials at the agency"),
    ('Lawyers for the company argued that the ruling "ignores the facts of the case."',
     "lawyers for the company"),
])
def test_a_role_of_someone_before_its_verb_speaks_not_the_one_it_is_of(sentence, who):
    # before: "mayor", "company", and no speaker after "could only quip:"
    assert speakers(sentence)[-1][1] == who


@pytest.mark.parametrize(("clause", "role"), [
    ("The schedule was odd that a spokesman for the mayor", "spokesman for the mayor"),
    ("An aide to Sen. Ann Lee", "aide to Sen. Ann Lee"),
    ("the groups who wrote to her on Thursday", None),  # a relative clause: read elsewhere
    ("a website linked to a group", None),  # a participle's phrase
    ("a number of voters", None),  # a quantity: the voters speak
    ("Another source familiar with the talks", None),  # the source, read elsewhere
    ("a letter to the mayor signed by ten members", None),  # a clause after the preposition
    ("Secretary of State Ann Lee", None),  # a name, no role
    ("Aides to the mayor", "aides to the mayor"),  # a plural role needs no determiner
    ("Democrats in the House", None),  # a capitalised group: no role noun
])
def test_body_role_reads_only_a_role_and_its_complement(clause, role):
    m = body_role(clause)
    assert (m.role if m else None) == role


@pytest.mark.parametrize(("sentence", "words", "who"), [
    ('Asked how likely the mayor was to win, 21 percent said "not too likely" and 14 percent '
     'said "not at all likely."', '"not at all lik', "14 percent"),
    ('While those surveyed said the mayor has the "best experience," the rival is trusted '
     'more.', '"best experienc', "those surveyed"),
])
def test_a_share_of_a_poll_speaks_its_answer(sentence, words, who):
    # before: no speaker (neither "14 percent" nor "those surveyed" read as a subject)
    assert (words[:14], who) in speakers(sentence)


def test_share_subject_reads_a_share_or_those_asked_only():
    assert share_subject("and 14 percent").role == "14 percent"
    assert share_subject("While those polled").role == "those polled"
    assert share_subject("and 14 percent of voters") is None
    assert share_subject("the mayor") is None


def test_a_reporting_word_after_a_possessive_is_a_noun_not_the_cue():
    # before: "calls" read as a verb whose subject was "rallied young people"
    sentence = ('Sam Reed, who has represented the town for two decades, rallied young people '
                'with his calls to end the "rigged economy" that he says is kept alive by '
                'donors.')
    assert speakers(sentence) == [('"rigged econom', "Sam Reed"), ("is kept alive ", "Sam Reed")]


@pytest.mark.parametrize("sentence", [
    'Here is what Ann Lee had to say about it: "The plant received as much as $26 million '
    'in payments from the company."',  # before: no speaker ("had to" hid the subject)
    'What Ann Lee wrote next was telling: "The plant received as much as $26 million in '
    'payments from the company."',  # before: "What Ann Lee"
])
def test_the_person_of_a_what_clause_before_a_colon_speaks(sentence):
    assert speakers(sentence) == [('"The plant rec', "Ann Lee")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # before: Lee for Reed's words ("pledged to … , Reed insisted that" read as Lee's "that")
    ('While Lee pledged to work with both parties in the capital, Reed insisted that real '
     'change will come only with a shake-up of the whole system.',
     [("real change wi", "Reed")]),
    # before: one quote of Lee's running over Reed's clause ("Although" hid the opener)
    ('Although Lee said the plan was sound, Reed argued that it would fail within a year.',
     [("the plan was s", "Lee"), ("it would fail ", "Reed")]),
    # before: "Nev." (the clause cut at the state's comma)
    ('Although Reed says that Lee broke the story of the standoff in Bunkerville, Nev., '
     'others argue that Lee is the reason it occurred in the first place.',
     [("Lee broke the ", "Reed"), ("Lee is the rea", "others")]),
])
def test_a_subordinate_clause_keeps_its_speaker_from_the_main_clause(sentence, expected):
    assert speakers(sentence) == expected


@pytest.mark.parametrize("verb", ["shot back,", "hit back,", "struck back,"])
def test_a_retort_shot_back_before_the_quote_is_its_cue(verb):
    # before: no speaker ("shot", "hit" are no reporting verbs alone)
    paras = [f'Lee defended herself. Reed {verb} "Secretary Lee called them out. Oh my '
             'goodness, they must have been really crushed by that."']
    assert speakers(*paras) == [('"Secretary Lee', "Reed")]


@pytest.mark.parametrize(("sentence", "who"), [
    ('Hours after the attack, a familiar voice celebrated it on Twitter: "We have already '
     'arrived with our soldiers and we will stay."', "familiar voice"),
    ('One voter in the town put the mood plainly: "We have already arrived with our soldiers '
     'and we will stay."', "voter"),
    ('Ann Lee\'s response was: "We have already arrived with our soldiers and we will stay."',
     "Ann Lee"),
])
def test_someone_unnamed_who_opens_a_clause_a_colon_ends_speaks(sentence, who):
    # before: no speaker (the clause's opener was no name, no text and no known role)
    assert speakers(sentence) == [('"We have alrea', who)]
