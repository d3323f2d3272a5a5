"""Who ``he said`` / ``she said`` refers back to (#26, seventh round), on short invented
sentences: the pronoun's sentence past titles and initials, a name before a place, a
relative ``who``, a name after someone's role, ``he added`` after an unnamed speaker, names a
verb or a preposition acts on, ``Mr.`` and ``Mrs.`` of one surname, and gendered nouns."""

from __future__ import annotations

import pytest

from annotations.suggest.speakers import People
from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("paras", "expected"), [
    # an initial opening the subject's name ("C. Alan Moss") and a title inside the sentence
    # ("Mr. Reed's father, Sam Reed,") start no new sentence: Moss is its subject
    (['"We never raised our voices," Tom Reed said of the old days.',
      "C. Alan Moss, who served as counsel under Mr. Reed's father, Sam Reed, walked "
      'through the rules of the house: "Good manners were simply assumed," he said.'],
     [('"We never rais', "Tom Reed"), ('"Good manners ', "C. Alan Moss")]),
    # a senator's title in the pronoun's own clause
    (['"We never raised our voices," Tom Reed said of the old days.',
      'Dan Moss, who was close to Sen. Sam Reed for years, recalled what he called "the '
      'gentle years."'],
     [('"We never rais', "Tom Reed"), ('"the gentle ye', "Dan Moss")]),
])
def test_a_title_or_an_initial_does_not_cut_the_pronoun_s_sentence(paras, expected):
    assert speakers(*paras) == expected


def test_a_name_followed_by_a_place_stands_where_its_first_word_stands():
    # "Gov. Sam Cole of Ohio": Cole is no sentence's subject (the object of "admired"), so
    # "she" is Ann Lee, who opens the sentence
    paras = ['"Turnout will be low," said Tom Reed, a pollster.',
             'Ann Lee, 75, a retired nurse in Dayton, has long admired Gov. Sam Cole of Ohio '
             'in the primary. "I will vote for whoever is left," she said.']
    assert speakers(*paras) == [('"Turnout will ', "Tom Reed"), ('"I will vote f', "Ann Lee")]


def test_the_name_a_relative_stands_for_is_not_the_pronoun_after_it():
    # "… by Governor Sam Cole, who he noted was …": Cole is what Reed noted, not Reed
    paras = ['"We will cut taxes," Tom Reed told the crowd on Monday.',
             'He attacked the budget signed by Governor Sam Cole, who he noted was "in his '
             'last year, thankfully."']
    assert speakers(*paras) == [('"We will cut t', "Tom Reed"), ('"in his last y', "Tom Reed")]


@pytest.mark.parametrize("lead", ["Mr. Reed's campaign manager,", "His campaign manager,"])
def test_the_name_set_apart_after_someone_s_role_is_the_subject(lead):
    # "Mr. Reed's campaign manager, Sam Cole, …. He …": Cole opens the sentence, Reed (a
    # possessor) does not; "His …" likewise
    paras = ['"We will win Ohio," Tom Reed said on Monday.',
             f'On the radio, {lead} Sam Cole, dismissed the poll as "noise from Washington." '
             'He said that the campaign had "never been in better shape."']
    assert speakers(*paras) == [('"We will win O', "Tom Reed"), ('"noise from Wa', "Sam Cole"),
                                ('"never been in', "Sam Cole")]


def test_a_possessive_inside_a_fronted_phrase_is_still_a_fronted_phrase():
    # "In one of her columns, Ann Lee …": Lee is the subject (the fronted phrase is no role)
    paras = ['"The court is for everyone," said Tom Reed, the governor.',
             'In one of her old columns, Ann Lee mocked "the so-called experts." '
             '"They know nothing about the law," she added.']
    assert speakers(*paras)[-1] == ('"They know not', "Ann Lee")


def test_an_unnamed_speaker_reported_indirectly_goes_on_with_he_added():
    # 'A spokesman for Mr. Reed said …. He added that …': the spokesman, not Reed
    paras = ['Tom Reed, the owner, did not answer. A spokesman for Mr. Reed said the review '
             'had nothing to do with the sale. He added that the firm had "done nothing wrong."']
    assert speakers(*paras)[-1] == ('"done nothing ', "spokesman for Mr. Reed")


@pytest.mark.parametrize("clause", [
    "The campaign has won one concession so far: forcing Sam Cole to drop his plan.",
    "The campaign has won one concession so far, a debate with Sam Cole in Ohio.",
    "The campaign has won one concession so far and now openly admires Sam Cole.",
])
def test_a_name_a_verb_or_a_preposition_acts_on_is_no_antecedent_after_a_speaker(clause):
    # the last speaker goes on: Cole is an object in the pronoun's sentence, not its subject
    paras = ['"Guns are the issue of this race," Tom Reed said on Monday.',
             f'{clause[:-1]}, "and that is only the start," he said.']
    assert speakers(*paras)[-1] == ('"and that is o', "Tom Reed")


def test_mr_and_mrs_of_one_surname_are_two_people():
    # one full name (Ann Reed, whose title first follows her) and "Mr. Reed": a man of his own
    paras = ['Ann Reed, the mayor, opened the fair on Saturday with her husband.',
             'Mrs. Reed cut the ribbon. "This town has never looked better," she said.',
             'Mr. Reed, a retired pilot, flew over the crowd. "I have done this for thirty '
             'years," he said.']
    assert speakers(*paras) == [('"This town has', "Ann Reed"), ('"I have done t', "Reed")]


def test_a_kin_noun_before_a_name_tells_the_gender():
    # "her husband, Sam Berg,": a man, so "she" is Ann Berg
    paras = ['"Rubio is my pick now," said Ann Berg, a donor from Ohio.',
             'Along with her husband, Sam Berg, a banker, she gave to both parties this year, '
             '"and I feel bad saying it," she said.']
    assert speakers(*paras) == [('"Rubio is my p', "Ann Berg"), ('"and I feel ba', "Ann Berg")]


def test_a_pronoun_before_a_name_tells_no_gender():
    # "told her Sam Cole was …": "her" is the hearer, no word about Cole; "his son, Sam Cole,"
    assert People.of("Ann Lee said he told her Sam Cole was right.").gender["Sam Cole"] == 0
    assert People.of("Ann Lee said his son, Sam Cole, was right.").gender["Sam Cole"] < 0


def test_mr_reed_is_the_man_named_in_full_last_before_him():
    # two men and a woman share the surname: "her son Eric Reed" is a man although "Mrs.
    # Reed" is the first title after him; each "Mr. Reed" is the man written in full last
    text = ("Ann Reed and her son Eric Reed arrived first. Mrs. Reed spoke. Later her "
            "husband, Tom Reed, came. Mr. Reed waved. Then Eric Reed left, and Mr. Reed "
            "followed him.")
    p = People.of(text)
    titled = [(text[pos:pos + 4], name) for pos, name in p.mentions if text[pos - 4:pos] in
              ("Mr. ", "rs. ")]
    assert titled == [("Reed", "Ann Reed"), ("Reed", "Tom Reed"), ("Reed", "Eric Reed")]
