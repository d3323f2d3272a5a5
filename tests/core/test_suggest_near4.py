"""The speaker, not the nearest name, fourth round (issue #26, i26-near2, session 16): the
subject of a clause whose object a quote names, … Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.names import lone_first_name_subject, parse_np, possessor_of_words
from annotations.suggest.partial import object_clause_subject
from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(first words, speaker) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("sentence", "first", "who"), [
    # the clause's subject set apart by an apposition: not the sentence's subject
    ("He fought for the delegates in 1976, in what Sam Cole, a former party treasurer, "
     'called "hand-to-hand combat."', '"hand-to-han', "Sam Cole"),
    # an unnamed body, its verb before the words it predicts: not the sentence's subject
    ("Club membership fell by a tenth last year, a trend that the foundation predicts will "
     'continue "for the next few years."', '"for the nex', "foundation"),
])
def test_a_clause_whose_object_a_quote_names_speaks_through_its_subject(sentence, first, who):
    text = "Tom Reed met Ann Lee on Monday.\n\n" + sentence
    assert speakers(text)[-1] == (first, who)


@pytest.mark.parametrize("lead", [
    "Reed said that Lee called the plan ",  # "that" after a verb reports: no object clause
    "He won in what he called ",  # a pronoun: left to the pronoun rules
    "in what Sam Cole called, at last, ",  # a comma after the verb: no longer the clause
])
def test_no_object_clause_subject(lead):
    assert object_clause_subject(lead) is None


@pytest.mark.parametrize(("cue", "role"), [
    ("Fight for $15 organizing director Sam Cole told Channel 6 in Dayton.",
     "Fight for $15 organizing director"),
    ("Local 32 union president Sam Cole said.", "Local 32 union president"),
])
def test_a_number_inside_a_role_before_a_name_keeps_the_name(cue, role):
    text = 'Tom Reed met Ann Lee on Monday.\n\n"They care about two things," ' + cue
    q = find_quotes(text)[-1]
    assert (q.speaker, q.role) == ("Sam Cole", role)


@pytest.mark.parametrize("np", ["Nearly 60 percent of Mrs. Lee", "Dec 29 - Senator Ann Lee"])
def test_a_share_or_a_date_is_no_role_before_a_name(np):
    # a share of someone's money is no role; a dateline's date is no part of one
    assert parse_np(np) is None


@pytest.mark.parametrize(("sentence", "first", "who"), [
    ('"I ask you not to protest," Reed said, according to the Daily Planet. "It matters."',
     '"I ask you n', "Tom Reed"),
    ('"The rules say you are not welcome," said Sam Cole, director of a group, reports the '
     "Evening Star.", '"The rules s', "Sam Cole"),
    # a question ends the quote's sentence; a date after the report's verb
    ('"Is this a priority for them?" Reed said at a press conference, according to the '
     "Dayton Sun.", '"Is this a p', "Tom Reed"),
    ("Reed said he was advised by Ann Lee to use a private account, the Daily Planet "
     "reported late Thursday.", "he was advis", "Tom Reed"),
    # a sentence opened by whom its words are cited from
    ('According to the Daily Planet, Reed said the "ugliness of his words" stood out.',
     '"ugliness of', "Tom Reed"),
    ('Reed acknowledged that the work could be termed "influence peddling," The Daily Planet '
     "reported in 1991.", "the work cou", "Tom Reed"),
    ('Lee made clear the meeting was private, saying that those who thought so should "look '
     'for a doctor," according to the Daily Planet.', "those who th", "Ann Lee"),
])
def test_the_voice_inside_a_cited_report_speaks(sentence, first, who):
    # who said the words, not the report they are cited from (PolNeAR annotates the report:
    # a rule giving it was measured at +27 train, 0 dev, and left out: an analyst tags who
    # said what)
    text = "Tom Reed met Ann Lee on Monday.\n\n" + sentence
    assert speakers(text)[0] == (first, who)


def test_a_quote_whose_own_cue_cites_a_source_keeps_the_speaker_it_names():
    # the quote after the cited one keeps its own voice; "according to" itself unchanged
    text = ('Tom Reed met Ann Lee on Monday.\n\n"I ask you not to protest," Reed said, '
            'according to the Daily Planet. "It matters," Lee replied.\n\nThe plan is '
            '"dead on arrival," according to Sam Cole.')
    assert speakers(text) == [('"I ask you n', "Tom Reed"), ('"It matters,', "Ann Lee"),
                              ("The plan is ", "Sam Cole"), ('"dead on arr', "Sam Cole")]


def test_a_name_s_possessive_before_a_quote_and_a_noun_for_words_after_it_speaks():
    # the possessor said the words, not the one the paragraph quoted last (or no one)
    text = ('Tom Reed met Ann Lee on Monday. "We are ready," Lee said.\n\nIt is the pull of '
            'Reed\'s "if you like your plan, you can keep it" promise: many of them want to '
            "keep their plans.")
    assert speakers(text)[-1] == ('"if you like', "Tom Reed")


@pytest.mark.parametrize(("before", "after"), [
    ("the campaign's ", " slogan"),  # no name: no one
    ("Reed's ", " book was a hit"),  # a title, no words said
    ("Reed and ", " promise"),  # no possessive
])
def test_no_possessor_of_words(before, after):
    assert possessor_of_words(before, after) is None


def test_the_quote_that_goes_on_after_a_cited_one_goes_on_with_its_voice():
    # its paragraph's next quote, with no cue of its own, goes on with the same voice
    text = ('Tom Reed met Ann Lee on Monday.\n\n"I will vote in March," Reed said, according '
            'to the Daily Planet. "And I have decided to vote for Lee."\n\n"It is early," Reed '
            'said.')
    assert [sp for _, sp in speakers(text)] == ["Tom Reed", "Tom Reed", "Tom Reed"]


def test_two_people_set_apart_after_an_unnamed_group_speak_together():
    # the pair the apposition names, not its first name
    text = ("Tom Reed met Ann Lee on Monday.\n\nTwo military analysts, Sam Cole and Mary Ross, "
            'found in 2014 that the air force is "the best in the world" and the army "the '
            'best in the region."')
    assert [sp for _, sp in speakers(text)] == ["Sam Cole and Mary Ross"] * 2


@pytest.mark.parametrize("opening", ["Dan (not his real name), a 19-year-old student at Dayton,",
                                     "Dan, a 19-year-old student at Dayton,"])
def test_a_lone_first_name_set_apart_as_a_subject_is_a_person(opening):
    # never seen to speak, but the subject of the sentence before the quote: not the
    # paragraph before's voice
    text = ('Tom Reed, a student at Dayton, is rallying support for a strike.\n\n"Universities '
            'are putting rents above lives," he says.\n\n' + opening + " has just returned "
            'home after a week in halls. "I was living in a flat with five other students."')
    assert [sp for _, sp in speakers(text)] == ["Tom Reed", "Dan"]


@pytest.mark.parametrize(("text", "pos"), [
    ("Reed met Dan, a student, on Monday.", 9),  # not opening its sentence
    ("Dayton, a town in Ohio, voted.", 0),  # no first name of the table
    ("Dan said no.", 0),  # no apposition or aside after it
])
def test_no_lone_first_name_subject(text, pos):
    assert not lone_first_name_subject(text, pos, text[pos:].split(",")[0].split()[0])
