"""Whom ``he said`` / ``she said`` / ``they said`` refers to (#26, pronoun sources, eleventh
round), on short invented sentences: a pronoun is never a name its own clause goes on to give
(``"…," he told Ann Lee``); an object ``him``/``her`` and a name inside quotation marks tell no
subject's gender; the subject after a clause set before it is the next pronoun's antecedent;
``they`` goes on with a group quoted just before or one of the paragraph before; ``She's``
is ``she``; ``he added`` in a run of quotes goes on with the speaker just quoted unless the
text between turns to someone else."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes
from tests.factories import body_speakers as speakers
from tests.factories import count_fits


def test_a_pronoun_is_not_the_name_its_own_clause_gives():
    # "…," he told Tom Reed: he is not Reed, although Reed opens the sentence before
    paras = ['Sam Cole spoke on Monday. Later, Tom Reed asked about taxes.',
             '"The plan is dead," he told Tom Reed.']
    assert speakers(*paras) == [('"The plan is d', "Sam Cole")]


def test_a_pronoun_is_not_the_name_a_title_precedes_in_its_clause():
    # the period of "Mr." ends no clause
    paras = ['Sam Cole spoke on Monday. Later, Mr. Reed asked about taxes.',
             '"The plan is dead," he told Mr. Reed.']
    assert speakers(*paras) == [('"The plan is d', "Sam Cole")]


def test_a_name_in_a_clause_set_after_the_pronoun_may_be_it():
    # "he said after the judge read the charges against Cole": the adjunct's Cole may be he
    paras = ['In court, Sam Cole said little.',
             '"They are all accurate," he said after the judge read the charges against '
             'Sam Cole.']
    assert speakers(*paras) == [('"They are all ', "Sam Cole")]


def test_an_object_him_tells_nothing_of_the_subject_gender():
    # "Robin Ross credited him": she is no man for it, so "she said" is hers
    paras = ['"We will win," Sam Cole said. Robin Ross, the party chair, credited him for "an '
             'inspiring race." "He has a desire to unite us," she said.']
    assert speakers(*paras)[-1] == ('"He has a desi', "Robin Ross")


def test_a_name_inside_a_quote_is_no_subject_of_the_pronoun_after_it():
    # '"Robin Ross should ask …," he wrote': Ross is no man for it; her "she said" later
    paras = ['Robin Ross came to town on Monday. Sam Cole answered on Twitter.',
             '"Robin Ross should ask why the city failed," he wrote. "Robin Ross is weak," he '
             'added.',
             'Ross sided with the mayor.',
             '"You have a mayor working hard," she said.']
    assert speakers(*paras) == [('"Robin Ross sh', "Sam Cole"), ('"Robin Ross is', "Sam Cole"),
                                ('"You have a ma', "Robin Ross")]


def test_an_object_her_tells_nothing_of_the_subject_gender():
    # "Robin Cole backed her up": Cole is no woman for it (a possessive "her" still tells)
    paras = ['Ann Lee defended her server. "It is safe," Tom Reed said. Robin Cole backed her '
             'up on Sunday. "It posed no problem," he said.']
    assert speakers(*paras) == [('"It is safe,"', "Tom Reed"), ('"It posed no p', "Robin Cole")]


def test_the_subject_after_a_fronted_clause_is_the_pronoun_s_antecedent():
    # "After a host was fired over …, the network's anchor Robin Diaz reacted": Diaz is the
    # sentence's subject, not Casey Holt quoted before
    paras = ['"We lost," Casey Holt said.',
             'After a host was fired over remarks that compared her to an ape in a sketch, the '
             'network’s nightly news anchor Robin Diaz reacted with a letter. The journalist '
             'spoke of her fears. "I am concerned," she wrote.']
    assert speakers(*paras)[-1] == ('"I am concerne', "Robin Diaz")


def test_the_subject_after_a_fronted_clause_and_a_title():
    paras = ['"It is over," Casey Holt said.',
             'Although it was not the last word on Ann Lee’s email case, Attorney General Robin '
             'Diaz took the last step on Wednesday. "Late this afternoon, I met with Ann Lee’s '
             'lawyers," she said in a statement.']
    assert speakers(*paras)[-1] == ('"Late this aft', "Robin Diaz")


def test_a_name_a_participle_introduces_after_a_comma_is_no_subject():
    # "…, including Saudi Arabia": a list, not the sentence's subject
    paras = ['Sam Cole says the world is watching.',
             'In an interview on Thursday, the senator said allies asked if the country is '
             '"still in the game." Cole recently led a delegation to five countries, including '
             'Nova Terra, Ostland and Vale.',
             'He said "allies were rattled" by the policy.']
    assert speakers(*paras)[-1] == ('"allies were r', "Sam Cole")


def test_they_goes_on_with_the_group_quoted_just_before():
    # "his advisers say …, and they say …": the advisers, not a number of delegates
    paras = ['Sam Cole leads the count. Beyond that, his advisers say that no one can reach the '
             '2,383 delegates needed for the nomination, and they say that would leave the '
             'choice to the party.']
    assert [s for _q, s in speakers(*paras)] == ["advisers", "advisers"]


def test_they_is_no_number_after_a_thousands_comma():
    # "the 2,383 delegates needed": a figure, not a group that opens a clause
    paras = ['The count is close. No one can reach the 2,383 delegates needed for the '
             'nomination, and they say that would leave the choice to the party.']
    assert [s for _q, s in speakers(*paras)] == [None]


def test_they_may_be_a_group_of_the_paragraph_before():
    # a paragraph opening "As they made their way …, they chanted": the protesters before
    paras = ['The march was long.',
             'But the protesters also paid tribute to young men like Sam Cole, 22, who was '
             'shot in June.',
             'As they made their way down the street, they chanted "no justice, no peace."']
    assert [s for _q, s in speakers(*paras)] == ["protesters", "protesters"]


def test_a_pronoun_with_a_contraction_is_the_pronoun():
    # "She's a supporter but concedes that …": she, not a speaker named "She's a supporter"
    paras = ['"It is about age," said Robin Diaz, 66, a retired worker. She\'s a Cole supporter '
             'but concedes that most of her friends love the other candidate.']
    assert [s for _q, s in speakers(*paras)] == ["Robin Diaz", "Robin Diaz"]


def test_she_added_goes_on_with_the_speaker_of_the_quote_before():
    # a run of quotes: the sister named after the speaker is no speaker of "she added"
    paras = ['"We had been busy burying our daughter," said Ann Lee, who lost her sister Robin '
             'Diaz in the flood.',
             '"The company acted badly," she added.']
    assert speakers(*paras) == [('"We had been b', "Ann Lee"), ('"The company a', "Ann Lee")]


def test_he_recalled_is_no_run_of_quotes():
    # "recalled" may be anyone's: the subject of the sentence before speaks
    paras = ['"Obama broke with the policy," Sam Cole said.',
             'In an interview last week, Tom Reed described the meeting. "I said no," he '
             'recalled.']
    assert speakers(*paras) == [('"Obama broke w', "Sam Cole"), ('"I said no,"', "Tom Reed")]


def test_she_went_on_is_the_woman_the_text_turned_to():
    # between the doctor's quote and "she went on", the text turns to Robin Diaz
    paras = ['Ann Lee, the doctor, said the ward was full. "Families cannot reach their '
             'children," she said.',
             'In Robin Diaz’s case, she decided to stay. "I am afraid," she continued. Diaz is '
             'aware of the shortages.',
             '"I am shocked," she went on.']
    assert speakers(*paras)[-1] == ('"I am shocked,', "Robin Diaz")


@pytest.mark.parametrize("n", [400, 800])
def test_pronouns_bound_to_every_name_read_a_bounded_number_of_them(monkeypatch, n):
    # '"…," he told Ann Lee and Tom Reed and Sam Cole' hundreds of times: the speakers before
    # are names the pronoun's clause gives, so the names before it are read from a window,
    # not from the text's start each time
    calls = count_fits(monkeypatch)
    text = " ".join(f'"Point number {i} stands," he told Ann Lee{i % 7} and Tom Reed and '
                    f'Sam Cole.' for i in range(n))
    found = find_quotes(text)
    assert len(found) == n
    assert calls[0] <= 70 * n  # was about n * n / 2
