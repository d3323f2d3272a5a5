"""Quotes given no speaker, a fragment or an unnamed source (#26, i26-cue3), on short
invented sentences: a share of those polled reports what it said (``Six in 10 say …``,
``Twenty-four percent said …``) and voices only its own report."""

from __future__ import annotations

import pytest

from annotations.suggest.fragments import is_poll_share, poll_share
from annotations.suggest.speaker_clean import clean_speaker
from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("sentence", "who"), [
    ("In the new survey, 67 percent of voters say she is not honest and trustworthy.",
     "67 percent of voters"),
    ("Twenty-four percent said she did nothing wrong in the matter.", "Twenty-four percent"),
    ("Six in 10 say he is at least somewhat decisive in his choices.", "Six in 10"),
    ("Nearly half said they prefer someone who has experience in politics.", "Nearly half"),
    ("Only 28 percent of voters said they had a positive view of the governor.",
     "Only 28 percent of voters"),
    ("Nine in 10 Democratic registered voters say they think she could win the race.",
     "Nine in 10 Democratic registered voters"),
    ("A mere 9 percent say they only buy goods made in the country.", "A mere 9 percent"),
    ("Among the young, those surveyed say stricter gun laws would help prevent violence.",
     "those surveyed"),
    ("A majority of her backers say they plan to vote for her mostly to stop him.",
     "A majority of her backers"),
    ("By 2-1, three-fourths say the city should require officers to wear cameras.",
     "three-fourths"),
])
def test_a_share_of_those_polled_reports_its_words(sentence, who):
    # before: no quote (the share was no speaker)
    got = speakers("The poll was released on Monday.", sentence)
    assert [speaker for _q, speaker in got] == [who]


@pytest.mark.parametrize(("sentence", "who"), [
    ("In the state, 85% of Democrats said the economic system was rigged for the wealthy.",
     "85% of Democrats"),
    ("She will face an electorate in which 67 percent of voters say she is not honest.",
     "67 percent of voters"),
    ("Four in 10 said life would be worse, while nine in 10 said they thought the economy "
     "favors the wealthy.", "nine in 10"),
    ("The governor was rated well, with 50 percent saying she is prepared to lead the state.",
     "50 percent"),
    ("Around that time, 47 percent said they would vote for the former governor.",
     "47 percent"),
    ("Thirty-one percent of those surveyed say they would be satisfied if he won.",
     "Thirty-one percent of those surveyed"),
    ("Some 56 percent of Cuban-Americans polled said they were less likely to vote for him.",
     "Some 56 percent of Cuban-Americans polled"),
    ("In the end, 78 percent of voters in a recent CBS News poll said they think she is "
     "different.", "78 percent of voters in a recent CBS News poll"),
])
def test_a_share_after_a_clause_opening_reports_its_words(sentence, who):
    # before: no quote, or the words before the share as the speaker
    got = speakers("The poll was released on Monday.", sentence)
    assert [speaker for _q, speaker in got][-1:] == [who]


def test_a_share_answers_a_poll_in_a_few_words():
    # before: no quote ("yes", "she does not", "the same of her rival": no clause read)
    assert speakers("Asked whether she has the integrity to serve, 75 percent of Democrats "
                    "said yes, but 55 percent of all voters say she does not.") == [
        ("yes", "75 percent of Democrats"), ("she does not.", "55 percent of all voters")]
    assert speakers("Six in 10 Democratic primary voters said she is honest and trustworthy, "
                    "and three-quarters said the same of her rival.") == [
        ("she is honest ", "Six in 10 Democratic primary voters"),
        ("the same of he", "three-quarters")]


def test_two_shares_in_one_sentence_each_speak():
    got = speakers("Nearly a third say they don't know the answer to the question, and one "
                   "in five say it's not an improvement at all.")
    assert got == [("they don't kno", "Nearly a third"), ("it's not an im", "one in five")]


def test_a_share_voices_no_later_quote_and_is_no_antecedent():
    # before: both quotes went to "Twenty-four percent" (the last voice; "she" resolved to it)
    got = speakers("Asked whether her practices were illegal, 46 percent of voters said yes. "
                   "Twenty-four percent said she did nothing wrong at all.",
                   "''I just don't think she's been completely truthful with this whole "
                   "thing,'' Jane Roe, 67, a retired customer service representative in "
                   "Allentown, Pa., said in a follow-up interview. But, she added, ''I think "
                   "she'll make a good president.''")
    assert [who for _q, who in got] == ["46 percent of voters", "Twenty-four percent", "Jane Roe",
                                        "Jane Roe"]


@pytest.mark.parametrize(("phrase", "share"), [
    ("about one in five", True), ("Less than a third", True), ("three-quarters", True),
    ("half of GOP primary voters", True), ("75 percent of\u00a0Democrats", True),
    ("The poll", False), ("half the time", False), ("Ann Lee", False),
    ("More than half of the address in the city", False),
])
def test_what_reads_as_a_share_of_those_polled(phrase, share):
    assert (poll_share(phrase) is not None) is share
    assert is_poll_share(phrase) is share


def test_a_participle_before_a_group_noun_is_no_verb():
    # before: "Seventy-four percent of Democratic" (cut at "registered" as a past form)
    assert clean_speaker("Seventy-four percent of Democratic registered voters") == \
        "Seventy-four percent of Democratic registered voters"
    assert clean_speaker("Trump registered his campaign") == "Trump"
    assert clean_speaker("Thirty-one percent of those surveyed") == \
        "Thirty-one percent of those surveyed"
    assert clean_speaker("Ann Lee surveyed") == "Ann Lee"


@pytest.mark.parametrize(("sentence", "who"), [
    ("Mr. Reed, officials said, has become increasingly skeptical about the options.",
     "officials"),
    ("Mrs. Lee, analysts said, has other reasons for not being drawn out on the war.",
     "analysts"),
    ("Mr. Reed, Ann Lee said, has become increasingly skeptical about the options.",
     "Ann Lee"),
])
def test_a_cue_set_apart_after_a_two_word_subject_reports_the_sentence(sentence, who):
    # before: no quote (two words before the aside were counted as one)
    got = speakers("The talks stalled.", sentence)
    assert got == [(sentence[:14], who)]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Fundraising, according to the campaign, has surged in the same period of the race.",
     "campaign"),
    ("In addition, according to the department, nearly nine million more workers will be "
     "protected.", "department"),
    ("But the next day, according to Tom Reed, the mayor made further demands of the firm.",
     "Tom Reed"),
])
def test_according_to_set_apart_inside_a_sentence_reports_it(sentence, who):
    # before: no quote (only a sentence's opening or closing "according to" was read)
    got = speakers("The talks stalled.", sentence)
    assert [speaker for _q, speaker in got] == [who]


@pytest.mark.parametrize(("sentence", "who"), [
    ("He has donated to campaigns since 2010, though public records indicate he did not own "
     "a home.", "public records"),
    ("The states have been loyal since the 1980s, but the 50-state poll suggests she could "
     "be competitive in both.", "50-state poll"),
    ("For the governor so far, polls suggest she should not try.", "polls"),
    ("Tom Reed suggests the former governor is a creature of the donors.", "Tom Reed"),
])
def test_a_text_or_a_record_that_suggests_or_indicates_reports_a_clause(sentence, who):
    # before: no quote ("suggests", "indicate" took no clause; a text after "though" or
    # "but" was no speaker)
    got = speakers("The race tightened.", sentence)
    assert [speaker for _q, speaker in got] == [who]


def test_a_text_before_an_aside_cue_is_not_its_speaker():
    got = speakers("Tom Reed studied the files.", "The documents indicate, he said in an "
                   "interview, that ''the agency and the charity worked hand in hand on "
                   "policy.''")
    assert [speaker for _q, speaker in got] == ["Tom Reed"]


@pytest.mark.parametrize(("sentence", "who"), [
    ('"It will fail within a year," came the reply from Sam Smith.', "Sam Smith"),
    ('"It will fail," came a quick response from the mayor, who left.', "mayor"),
    ('"It will fail within a year," is how Sam Smith put it.', "Sam Smith"),
    ('"It will fail within a year," was how the mayor described it to the council.', "mayor"),
])
def test_words_framed_after_a_quote_name_who_it_is_from(sentence, who):
    # before: no speaker ("came", "is how … put it" read as no cue)
    assert speakers("The vote was close.", sentence) == [(sentence[:14], who)]


def test_according_to_a_role_and_the_name_set_apart_gives_the_name():
    # before: "mayor" for both (the role, not the name set apart after it)
    got = speakers("The vote was close.", 'According to the mayor, Sam Smith, the plan "will '
                   'fail within a year."')
    assert [who for _q, who in got] == ["Sam Smith", "Sam Smith"]
    got = speakers("The vote was close.", "According to the report, Sam Smith went to the "
                   "town on Monday.")
    assert got == [("Sam Smith went", "report")]


@pytest.mark.parametrize("sentence", [
    'Ann Lee, speaking after Sam Smith, said: "It will fail within a year."',
    'Ann Lee, speaking after Sam Smith, said the plan "will fail within a year."',
])
def test_a_participle_set_apart_after_the_subject_does_not_take_the_quote(sentence):
    # before: "Sam Smith" (the clause read from "after"), and the words before the verb a
    # report of "the plan"
    assert speakers("The vote was close.", sentence) == [(sentence[sentence.index('"'):][:14],
                                                          "Ann Lee")]
