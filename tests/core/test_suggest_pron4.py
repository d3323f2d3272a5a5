"""Whom ``he said`` / ``she said`` refers to (#26, pronoun sources, fourth pass), on short
invented sentences: a pronoun is never a name its own clause goes on to give (``"…," he told
Ann Lee``); an object ``him`` says nothing of the gender of the sentence's subject; a name
inside quotation marks is no subject whose gender the sentence's pronouns tell."""

from __future__ import annotations

from tests.factories import body_speakers as speakers


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
