"""Quotes given no speaker, a fragment or an unnamed source wrongly (#26, i26-cue2), on
short invented sentences: a role set apart after a name is not the clause's subject
(``Jane Roe, founder of X, endorsed Y, saying``: Jane Roe; ``Lee criticized Smith, the
front-runner, saying``: Lee), ``"…?" a reporter can be heard asking X``."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("sentence", "who"), [
    ('Jane Roe, founder of the institute, endorsed Sam Reed last week, saying he "has shown '
     'real commitment to the cause."', "Jane Roe"),
    ('76-year-old Jane Roe, founder of the Civic Institute, member of the board, endorsed '
     'Sam Reed last week, saying he "has shown real commitment to the cause."', "Jane Roe"),
    ('Ann Lee was upfront about her dislike of Sam Reed, the current front-runner, saying '
     'voters "need to stop him before it is too late."', "Ann Lee"),
])
def test_a_role_set_apart_after_a_name_is_not_the_subject(sentence, who):
    # before: "founder of the institute", "Civic Institute", "current front-runner"
    assert speakers("The race tightened.", sentence)[-1][1] == who


def test_a_subordinate_clause_before_a_role_keeps_the_role_as_subject():
    # the role after "As the paper noted …," opens the main clause: kept (not "another")
    got = speakers('But as the local paper noted in an op-ed Thursday, the leading candidate '
                   '"has surprisingly earned himself a few fans."')
    assert got[-1][1] == "leading candidate"


@pytest.mark.parametrize(("sentence", "who"), [
    ('"Should there be a registry for everyone?" a reporter can be heard asking Sam Reed '
     'after an event in the town.', "reporter"),
    ('"Get out of here, all of you," Ann Lee was heard saying in the video.', "Ann Lee"),
    ('"Get out of here, all of you," the mayor could be heard shouting at the crowd.',
     "mayor"),
])
def test_someone_heard_speaking_after_a_quote_speaks(sentence, who):
    # before: no speaker (the participle after "be heard" was no cue); "Sam Reed" was taken
    assert speakers("The crowd grew loud.", sentence)[-1][1] == who


@pytest.mark.parametrize(("sentence", "who"), [
    ('Sources close to the mayor said: "The plan will not survive another year, whatever '
     'they say."', "Sources"),
    ('A source close to Ann Lee said the plan "will not survive another year."', "source"),
    ('People close to the mayor said the plan "will not survive another year."', "People"),
])
def test_an_unnamed_source_close_to_someone_is_not_that_someone(sentence, who):
    # before: "mayor", "Ann Lee" (the noun phrase after "close to" / "familiar with")
    assert speakers("The vote neared.", sentence)[-1][1] == who


@pytest.mark.parametrize("sentence", [
    'Ann Lee, who knows the mayor, said the plan "will fail next year, whatever happens."',
    'Ann Lee, a lawyer who knows the mayor, said the mayor "will fail next year, whatever '
    'happens."',
])
def test_a_subject_set_apart_before_its_verb_is_no_report(sentence):
    # before: an extra indirect quote "Ann Lee, who knows the mayor" given to "plan" (the
    # verb read as a tail cue, the words after it as its speaker)
    assert speakers("The vote neared.", sentence) == [('"will fail nex', "Ann Lee")]


def test_a_tail_cue_after_a_report_is_still_read():
    got = speakers("The vote neared.", "The plan will fail next year, said Ann Lee, a lawyer "
                   "who knows the mayor.")
    assert got == [("The plan will ", "Ann Lee")]


@pytest.mark.parametrize(("sentence", "who"), [
    ('According to Ann Lee, the plan "will not survive another year, whatever the council '
     'decides."', "Ann Lee"),
    ('According to Ann Lee, the plan "will not survive another year."', "Ann Lee"),
])
def test_according_to_before_a_short_clause_gives_its_partial_quote(sentence, who):
    # before: no speaker, or no quote found (the words between the source and the mark
    # were read only up to two)
    assert speakers("The vote neared.", sentence)[-1][1] == who


def test_according_to_before_another_reporting_clause_gives_way():
    # "Smith said …" reports the quote: its subject, not the source of "according to"
    got = speakers("The vote neared.",
                   'According to Ann Lee, Sam Smith said the plan is "a fraud and a scam."')
    assert got[-1] == ('"a fraud and a', "Sam Smith")


@pytest.mark.parametrize(("sentence", "who"), [
    ('Ann Lee — a teacher from the town — said: "He has no plan and no idea what the city '
     'needs."', "Ann Lee"),
    ('"He has no plan and no idea what the city needs," Ann Lee — a teacher from the town — '
     'said.', "Ann Lee"),
    ('Ann Lee -- the mayor -- was blunt: "He has no plan and no idea what the city needs."',
     "Ann Lee"),
    ('Ann Lee — a teacher from the town — said the rival "has no plan and no idea what the '
     'city needs."', "Ann Lee"),
])
def test_an_aside_between_dashes_is_read_as_between_commas(sentence, who):
    # before: no speaker (or "Ann Lee -- the mayor" whole)
    assert speakers("The vote neared.", sentence)[-1][1] == who


def test_state_before_a_noun_is_no_reporting_verb():
    # before: "GOP" (the verb "state" read in "GOP state leaders"), and then the pronoun
    # of the next quote resolved to it
    got = speakers("Sam Reed is a lawyer in the town. He recently wrote a column for the "
                   'local paper, mocking GOP state leaders as "obsessed" with the issue.',
                   '"The politics are just so blatant" in the statehouse, he said in an '
                   "interview.")
    assert got == [('"obsessed"', "Sam Reed"), ('"The politics ', "Sam Reed")]


def test_state_before_a_clause_is_still_a_reporting_verb():
    got = speakers('The documents state that the plan "will not survive another year."')
    assert got == [('"will not surv', "documents")]


@pytest.mark.parametrize(("sentence", "who"), [
    ('In the words of the county clerk, the plan "will not survive another year, whatever '
     'happens."', "county clerk"),
    ('In Ann Lee\'s view, the plan "will not survive another year, whatever happens."',
     "Ann Lee"),
    ('They came because, in Ann Jones’ words, "they are the most entrepreneurial places on '
     'the planet."', "Ann Jones"),
])
def test_in_someones_words_or_view_gives_the_quote_after_it(sentence, who):
    # before: no speaker, or the last name before it
    assert speakers("The vote neared.", sentence)[-1][1] == who


@pytest.mark.parametrize(("sentence", "who"), [
    ('"The plan will not survive another year, whatever happens," a memo from the county '
     'board said.', "memo from the county board"),
    ('"The plan will not survive another year, whatever happens," the report by the county '
     'board concluded.', "report by the county board"),
])
def test_a_text_from_someone_after_a_quote_speaks_it(sentence, who):
    # before: no speaker (only a text of up to four words was read)
    assert speakers("The vote neared.", sentence)[-1][1] == who


@pytest.mark.parametrize(("paras", "who"), [
    (["Lee's message to voters: \"It will not survive another year, whatever happens.\""],
     "Lee"),
    (["Here is the mayor's full statement:",
      '"It will not survive another year, whatever happens. We will fight it every step."'],
     "mayor"),
    (['The mayor on the plan: "It will not survive another year, whatever happens."'],
     "mayor"),
    (['Ann Lee spoke on Monday. Her message to voters: "It will not survive another year, '
      'whatever happens."'], "Ann Lee"),
])
def test_whose_words_a_colon_gives(paras, who):
    # before: "Lee's message" (a fragment), or no speaker
    assert speakers("The vote neared.", *paras)[-1][1] == who
