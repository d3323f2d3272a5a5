"""The speaker, not the nearest name, third round (issue #26, i26-near, session 15): a
reporting word that is a noun of the object (``called Reed's remarks "…"``). Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.names import apposed_name, group_subject, trailing_np
from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(first words, speaker) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("sentence", "first"), [
    # a possessor's noun after the verb: the verb's subject calls them "racist", not Reed
    ("Speaker Sam Cole, the party's senior figure, on Tuesday called Tom Reed's remarks "
     'about a judge "racist," a rare rebuke.', '"racist,"'),
    # inside a clause after "that": the one who stated it, not the body whose report it was
    ("Later in the show, after the interview with Reed concluded, Cole stated of the "
     'email scandal that the Budget Office’s report "wasn’t good."', '"wasn’t good'),
])
def test_a_reporting_noun_of_the_object_is_not_the_verb_of_its_possessor(sentence, first):
    text = "Tom Reed met Sam Cole on Monday.\n\n" + sentence
    assert speakers(text)[-1] == (first, "Sam Cole")


def test_a_reporting_noun_opening_the_sentence_keeps_its_possessor():
    text = ('Tom Reed met Sam Cole on Monday.\n\nReed\'s answer was that "the most '
            'important institution is the family," so the state should help.')
    assert speakers(text)[-1] == ('"the most im', "Tom Reed")


def test_a_quote_after_a_name_set_apart_is_the_sentence_subjects_not_the_next_voice():
    # the comma closes the apposition 'her husband, Tom Reed,': it introduces no quote, and
    # the next sentence's 'Ms. Lee replied' speaks only the quote after it
    text = ("Tom Reed met Ann Lee on Monday.\n\nEarlier that year, Ambassador Sam Cole wrote "
            "to Ms. Lee about a visit to the city by her daughter and her husband, Tom Reed, "
            '"at the invitation of a local businessman." Ms. Lee replied, "As you know, '
            'hearing nice things about your children is always welcome."')
    assert speakers(text) == [('"at the invi', "Sam Cole"), ('"As you know', "Ann Lee")]


def test_a_quote_after_a_fronted_clause_is_the_main_clauses_subjects():
    # the dashes set an aside inside the 'As' clause apart; the main clause's subject speaks
    text = ("Tom Reed met Ann Lee on Monday. As Lee tried to discuss the challenges that her "
            "party faces — especially where rhetoric from Sam Cole is concerned — Reed "
            'responded with a phrase that could have come from Cole himself: "Do not moan to '
            'me about it."')
    assert speakers(text) == [('"Do not moan', "Tom Reed")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # two names joined by "and" that open the clause speak together, not the last one
    ('Tom Reed and Ann Lee said in a statement, "We agree on most things."',
     "Tom Reed and Ann Lee"),
    ('On Monday, Tom Reed and Ann Lee said, "We agree on most things."',
     "Tom Reed and Ann Lee"),
    # an object, then a clause of its own: the second clause's subject alone
    ('Tom Reed attacked Sam Cole and Ann Lee said, "We agree on most things."', "Ann Lee"),
])
def test_two_names_joined_before_the_verb_speak_together(sentence, speaker):
    assert [q.speaker for q in find_quotes(sentence)] == [speaker]


@pytest.mark.parametrize(("text", "np"), [
    ("Tom Reed and Ann Lee", "Tom Reed and Ann Lee"),
    ("In a joint statement, Sen. Tom Reed and Ann Lee", "Sen. Tom Reed and Ann Lee"),
    # a list's last two names, and names after a lower-case noun, stay the last name
    ("a report by the Academy of Arts, Letters and Music", "Music"),
    ("Trailing rivals Tom Reed and Sam Cole", "Sam Cole"),
])
def test_the_noun_phrase_before_a_verb_keeps_a_pair_that_opens_it(text, np):
    assert trailing_np(text) == np


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Proponents of the new bill, however, say it would keep enough safeguards in place by "
     'having the agency act as an "umpire."', "Proponents of the new bill"),
    ("Nuclear experts have similarly discounted the claims, but have speculated that the "
     'regime might be able to boost its "explosive yield" through other means.',
     "Nuclear experts"),
])
def test_a_group_opening_the_sentence_speaks_its_quote_not_the_voice_before(sentence,
                                                                            speaker):
    text = f'"It is a bad bill," Tom Reed said. {sentence}'
    assert [q.speaker for q in find_quotes(text)] == ["Tom Reed", speaker]


@pytest.mark.parametrize(("sentence", "group"), [
    ("Supporters of the plan would argue that it works", "Supporters of the plan"),
    ("Many voters say it works", "Many voters"),
    ("Officials in the city said it works", "Officials in the city"),
    # a capitalised word that may be a surname, a person, a thing: no group
    ("Sanders say it works", None),
    ("Tom Reed has long campaigned against it", None),
    ("The ruling was considered final", None),
])
def test_group_subject(sentence, group):
    m = group_subject(sentence)
    assert (m.role if m is not None else None) == group


def test_a_quote_in_a_passive_question_is_the_askers():
    text = ("Tom Reed met Ann Lee. Reed was asked by moderator Ann Lee whether his plan "
            'would risk "adding another expensive program to the budget."')
    assert speakers(text) == [('"adding anot', "Ann Lee")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a word for where someone is from, then a first name of the table and a surname
    ('Vietnamese Zelda Quarn said the plan was "a disaster."', "Zelda Quarn"),
    ('"We need a change," said Brooklynite Zelda Quarn.', "Zelda Quarn"),
    # a first name ending like such a word stays the name's
    ('Osman Abu Laban said, "We need a change."', "Osman Abu Laban"),
    # a given name of both sexes, outside the table, then a middle name: all one name
    ('"We need a change," said Jordan Ann Quarn.', "Jordan Ann Quarn"),
    ('Logan Ann Quarn said the plan was "a disaster."', "Logan Ann Quarn"),
])
def test_a_word_for_where_someone_is_from_before_a_full_name_is_no_part_of_it(sentence,
                                                                              speaker):
    assert {q.speaker for q in find_quotes(sentence)} == {speaker}


def test_a_fronted_topic_is_not_the_reported_speakers():
    # 'As for X,' names the topic; the pronoun after it reports
    text = 'Tom Reed spoke on Monday. As for Ann Lee, he said she is "a fine leader."'
    assert [(q.speaker, q.mode) for q in find_quotes(text)] == [
        ("Tom Reed", "indirect"), ("Tom Reed", "mixed")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a role set apart before the name: the name speaks, not the role nor its possessor
    ('Ann Lee’s chief of staff, Tom Reed, said, "It is a disaster."', "Tom Reed"),
    ('The chief of staff, Tom Reed, called the plan "a disaster."', "Tom Reed"),
    # a place and its state after a comma are no name set apart
    ("Officials familiar with the server taken from the house in Millbrook Falls, N.Y., speaking "
     'on the condition of anonymity, said that it did "appear to be secure."', "Officials"),
])
def test_the_name_set_apart_after_a_role_speaks(sentence, speaker):
    assert {q.speaker for q in find_quotes(sentence) if q.mode != "indirect"} == {speaker}


@pytest.mark.parametrize(("role", "name", "apposed"), [
    ("The chief of staff", " Tom Reed", True),
    ("Ann Lee’s spokesman", " Tom Reed", True),
    ("Federal officials familiar with the server taken from the house in Millbrook Falls",
     " N.Y.", False),
    ("Another user", " Quill Q", False),
])
def test_apposed_name(role, name, apposed):
    assert apposed_name(role, name) is apposed
