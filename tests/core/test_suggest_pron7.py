"""Whom ``he said`` / ``she said`` refers to (#26, pronoun sources, session 16), on short
invented sentences: a quote whose own cue is ``he`` or ``she`` and resolves to no one, and a
quote with no cue that goes on right after it in its paragraph, take from the fallbacks (the
paragraph's voice, the person named just before) no one the text shows to be of the other
gender; a name acted on in a sentence a definite description opens as its subject (``The
former envoy also discussed the policies of Tom Reed.``) is not that sentence's subject for
the next pronoun; nor is a name right after a word quoted inside a sentence (``to "recognize"
Tom Reed``), which opens no sentence; the owner of a thing
that is a sentence's subject before a verb in the present (``Tom Reed's lawsuit demands …``)
may be the next ``he``, as before one in the past; an unnamed role that says no gender,
just quoted (``"…," the host said. But he wanted to know``), goes on in the next sentence
when no one the pronoun fits is named between."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers

#: "she" names no one the text gives (the woman is never named nor quoted before it); the
#: one person named near her quotes is a man
_UNNAMED_WOMAN = ['The woman who started it all identified herself as a resident named '
                  'Caroline.',
                  'She said she had no plans to yell anything, but when Sam Lee mentioned Ted '
                  'Cruz, it just happened.',
                  '“It just came out of my mouth,” she said. “It was not like I thought about '
                  'it.”',
                  'After she blurted it out, she said, “Everybody behind me was patting me on '
                  'the back.”']


def test_she_that_names_no_one_takes_no_man_from_the_fallbacks():
    # the fallbacks gave "Ted Cruz" to her quotes: the one that goes on after "she said"
    # with no cue (the person named just before), then the next (that quote's voice); no
    # one, until i26-named5 read a first name after "named" as a person: Caroline
    assert speakers(*_UNNAMED_WOMAN) == [('she had no pla', "Caroline"),
                                         ('“It just came ', "Caroline"),
                                         ('“It was not li', "Caroline"),
                                         ('After she blur', "Caroline"),
                                         ('“Everybody beh', "Caroline")]
    nameless = [p.replace(" named Caroline", "") for p in _UNNAMED_WOMAN]
    assert speakers(*nameless) == [('she had no pla', None), ('“It just came ', None),
                                   ('“It was not li', None), ('After she blur', None),
                                   ('“Everybody beh', None)]


def test_he_that_names_no_one_still_takes_a_man_from_the_fallbacks():
    # a guard: the same text with "he": Ted Cruz, a man named before, fits him; his quotes
    # keep him, as before
    paras = [p.replace("woman", "man").replace("herself", "himself").replace("She", "He")
             .replace("she", "he").replace(" named Caroline", "") for p in _UNNAMED_WOMAN]
    assert speakers(*paras) == [('he had no plan', None), ('“It just came ', "Ted Cruz"),
                                ('“It was not li', "Ted Cruz"), ('After he blurt', "Ted Cruz"),
                                ('“Everybody beh', "Ted Cruz")]


_ENVOY = '"In all the years I served, you went in to do a job," said Sam Cole, a former envoy.'


@pytest.mark.parametrize("sentence", [
    "The former envoy also discussed the policies of Tom Reed.",
    "The former envoy also discussed the differences between the policies of Ann Lee and "
    "Republican nominee Tom Reed.",
    "This veteran of the service spoke at length about Tom Reed.",
])
def test_a_name_after_a_described_subject_is_not_the_next_pronouns(sentence):
    # "The former envoy" is the sentence's subject (Sam Cole); Tom Reed, acted on, is no
    # antecedent of the next "he"
    assert speakers(_ENVOY, sentence + " He stated that plenty of people were willing to "
                    "serve.") == [('"In all the ye', "Sam Cole"), ("plenty of peop", "Sam Cole")]


def test_a_name_opening_a_clause_after_a_described_subject_still_may_be():
    # a guard: "and Tom Reed said": Reed opens a clause of his own, he may be "he"
    assert speakers(_ENVOY, "The former envoy left early, and Tom Reed said he would stay. "
                    "He stated that plenty of people were willing to serve.") == [
        ('"In all the ye', "Sam Cole"), ("plenty of peop", "Tom Reed")]


def test_a_name_after_a_word_quoted_inside_a_sentence_opens_none():
    # '… to "recognize" Tom Reed in that passage': the closing mark ends a quoted word, not a
    # sentence; "he" goes on with Sam Cole, the subject
    paras = ['"It could not be more clear," Sam Cole said.',
             'Cole clearly intended the audience to "recognize" Tom Reed in that passage and '
             '"turn away" from him.',
             'The host has filled his speeches with imagery. He has called the governor "the '
             'next great hope."']
    assert speakers(*paras) == [('"It could not ', "Sam Cole"), ('"the next grea', "Sam Cole")]


def test_a_name_after_a_quote_that_ends_a_sentence_still_opens_one():
    # a guard: '"We are done." Tom Reed said nothing.': Reed opens his sentence, "he" is him
    paras = ['"It could not be more clear," Sam Cole said.',
             'The rally ended. "We are done." Tom Reed said nothing.',
             '"He is a fraud," he said.']
    assert speakers(*paras) == [('"It could not ', "Sam Cole"), ('"We are done."', "Tom Reed"),
                                ('"He is a fraud', "Tom Reed")]


_SPOKESMAN = '"All of the claims are false," said Sam Cole, a spokesman for the committee.'


def test_the_owner_of_a_subject_before_a_present_verb_may_be_the_next_he():
    # "Tom Reed's lawsuit demands …. He also seeks …": Reed, the suit's owner
    paras = [_SPOKESMAN, "Tom Reed's lawsuit demands his reinstatement as an investigator. He "
             'also seeks "a permanent injunction" against the chairman.']
    assert speakers(*paras) == [('"All of the cl', "Sam Cole"), ('"a permanent i', "Tom Reed")]


def test_the_owner_of_a_person_before_a_present_verb_is_not():
    # a guard: "Tom Reed's aide demands": the aide acts, not Reed; "he" goes on with Cole
    paras = [_SPOKESMAN, "Tom Reed's aide demands his reinstatement as an investigator. He also "
             'seeks "a permanent injunction" against the chairman.']
    assert speakers(*paras) == [('"All of the cl', "Sam Cole"), ('"a permanent i', "Sam Cole")]


_GUEST = "Pat Quinn appeared on the morning show on Friday to talk about the race."


@pytest.mark.parametrize(("paras", "expected"), [
    (['"I said you are exactly right about the wedding," the host said.',
      'But he wanted to know, "How surprised are you that we woke up to this?"'],
     [('"I said you ar', "host"), ('"How surprised', "host")]),
    (["One delegate said he tried to give away passes to friends. \"Not even one,\" he said."],
     [("he tried to gi", "delegate"), ('"Not even one,', "delegate")]),
])
def test_an_unnamed_role_just_quoted_goes_on_in_the_next_sentence(paras, expected):
    # "the host", "One delegate": no name, no gender; "he" right after is them, not Pat Quinn
    # (named before, of a gender the text does not give)
    assert speakers(_GUEST, *paras) == expected


def test_an_unnamed_role_does_not_go_on_past_a_person_named_since():
    # a guard: "Pat Quinn laughed." between: Quinn, whom "he" may be, is named since the host
    paras = [_GUEST, '"I said you are exactly right," the host said.',
             'Pat Quinn laughed. But he wanted to know, "How surprised are you?"']
    assert speakers(*paras) == [('"I said you ar', "host"), ('"How surprised', "Pat Quinn")]
