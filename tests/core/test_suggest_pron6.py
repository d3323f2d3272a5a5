"""Whom ``he said`` / ``she said`` refers to (#26, pronoun sources, thirteenth round), on short
invented sentences: a person named first in the sentence before as a participle's object
(``…: forcing Tom Reed to …``, ``One pastor backing Mr. Reed, …``) is not that sentence's
subject for the next pronoun; a capitalised word after an indefinite article (``a
33-year-old African American``) is a modifier or a noun, no pronoun's antecedent."""

from __future__ import annotations

from tests.factories import body_speakers as speakers


def test_a_participles_object_is_not_the_sentence_before_s_subject():
    # "forcing Tom Reed to reverse": Reed is acted on; "he" goes on with Sam Cole
    paras = ['"We need a vote," Sam Cole told me.',
             'The push has yielded only one victory: forcing Tom Reed to reverse his stance. '
             '"The primary has moved him," he said.']
    assert speakers(*paras) == [('"We need a vot', "Sam Cole"), ('"The primary h', "Sam Cole")]


def test_a_name_after_an_indefinite_article_is_no_antecedent():
    # "a 33-year-old African American": a noun, not a person; "he" is Sam Cole
    paras = ['"We need a vote," Ann Lee said.',
             'Among the volunteers is Sam Cole, a 33-year-old African American who left his '
             "job to canvass. Inspired by Lee's agenda, he is committed to the senator.",
             '"I am knocking on doors all over town," he said.']
    assert speakers(*paras) == [('"We need a vot', "Ann Lee"), ('"I am knocking', "Sam Cole")]


def test_they_with_no_group_takes_no_single_persons_voice():
    # "…, they say." with no group before: not Ann Lee, whose quotes are around it
    paras = ['"It is over," Ann Lee said.',
             'To her supporters, there is a strange logic at work. She is expected to be tough '
             'and warm at once, they say.',
             '"You are required to smile," Lee said.']
    assert speakers(*paras) == [('"It is over,"', "Ann Lee"), ("She is expecte", None),
                                ('"You are requi', "Ann Lee")]


def test_they_still_takes_the_group_it_stands_for():
    # a guard: the rule above leaves a group "they" stands for as it was
    paras = ['"It is over," Ann Lee said.',
             'Senior advisers expect a long fight. "We will not give up," they said.']
    assert speakers(*paras) == [('"It is over,"', "Ann Lee"), ('"We will not g', "Senior advisers")]
