"""Quotes no cue introduces (issue #26): found by their marks and length, and their speaker
read from the clause before the mark. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.lead_clause import lead_speaker
from annotations.suggest.names import Mention
from annotations.suggest.quotes import find_quotes


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(first words, speaker, mode) of every direct or mixed quote of ``text``."""
    return [(text[q.start:q.end][:19], q.speaker, q.mode) for q in find_quotes(text)
            if q.mode != "indirect"]


def test_a_long_partial_quote_with_no_cue_is_a_quote():
    text = ('Under the old rules, a tenant "must leave the flat within thirty days of the '
            'notice" unless a court objects.')
    assert found(text) == [('"must leave the fla', None, "mixed")]


def test_a_quote_after_a_verb_the_cues_do_not_know_is_found_with_its_subject():
    text = ('Marta Quill took the last question.\n\nA visibly tired Quill quipped, "That is '
            'a question for my lawyer, not for me."')
    assert found(text) == [('"That is a question', "Marta Quill", "direct")]


@pytest.mark.parametrize(("before", "speaker"), [
    ('The campaign released its first spot on Friday.\n\nThe ad claims ', "ad"),
    ('The council sent a letter to every household.\n\nIt added, ', "letter"),
    ('The union wrote to members on Sunday.\n\nThe email went on to say: ', "email"),
])
def test_a_text_that_speaks_is_the_speaker(before, speaker):
    text = before + '"Nobody in this county has worked harder for the farmers."'
    assert found(text) == [('"Nobody in this cou', speaker, "direct")]


@pytest.mark.parametrize("text", [
    'A copy of "Hard Times For These Proud Old Towns" sat on the desk.',  # a title
    'The so-called "quiet period" ended on Monday.',  # a scare quote
    'Until then the "bridge to nowhere at all" stood empty.',  # five words, no speaker
])
def test_titles_and_short_scare_quotes_stay_out(text):
    assert found(text) == []


@pytest.mark.parametrize(("lead", "mention"), [
    ("The ad claims", Mention(role="ad", definite=True)),
    ("At the bottom it reads,", Mention(pronoun="it")),
    ("But at the time, as prosecutor Anna Berg put it,",
     Mention(name="Anna Berg", role="prosecutor")),
    ("Tom Reed, who ran the mill, once said,", Mention(name="Tom Reed")),
    ("a fair point (Tom Reed, who ran the mill, once said,", Mention(name="Tom Reed")),
    ("On the matter of the fees, it said,", Mention(pronoun="it")),
    ("The ad targets a", None),  # no verb ends the clause: a noun phrase follows
    ("Another showed five old photos telling", None),
    ("Despite his", None),  # a fronted word and a determiner: no clause, no verb
    ("He thinks the plan is", None),  # "is" opens a predicate, it reports nothing
])
def test_lead_speaker_is_the_subject_of_a_clause_ending_in_its_verb(lead, mention):
    assert lead_speaker(lead) == mention


def test_a_quote_of_several_sentences_takes_the_cue_after_it():
    text = ('Ads cost more this year.\n\n"Campaigns are short of money. Super PACs have the '
            'money. They have no choice" but to lead the spending, says Ed Harlow, a media '
            'consultant.')
    assert found(text) == [('"Campaigns are shor', "Ed Harlow", "direct")]


def test_two_apostrophes_after_a_space_close_a_typewriter_quote():
    text = ("Ms. Sherry said she weighed it. ''I hate the term 'rich poor,' '' she said, but "
            "she added more.")
    assert found(text) == [("''I hate the term '", "Sherry", "direct")]


@pytest.mark.parametrize(("text", "quote"), [
    ('The senator has repeatedly described the deal as a "total disaster."',
     ('"total disaster."', "senator", "mixed")),
    ('At the rally, Ms. Ortiz repeated her claim that the count was "deeply flawed."',
     ('"deeply flawed."', "Ortiz", "mixed")),
])
def test_a_short_quote_ending_a_clause_of_reported_speech_is_its_speakers(text, quote):
    assert found(text) == [quote]


def test_a_short_quote_in_a_sentence_that_reports_no_speech_stays_out():
    assert found('The bridge reopened after the "long winter." Traffic was light.') == []


def test_words_quoted_with_no_cue_go_on_in_the_last_voice_quoted():
    text = ('"We never closed," Ana Ruiz said of the clinic.\n\nThe building had no heat. '
            '"Patients came in the snow and in the heat, every week of the year."')
    assert found(text) == [('"We never closed,"', "Ana Ruiz", "direct"),
                           ('"Patients came in t', "Ana Ruiz", "direct")]


def test_a_closing_mark_typed_to_open_a_paragraph_opens_its_quote():
    text = ('Readers wrote in.\n\n\u202a”We will rebuild the school, every brick of it,” said '
            'Jo Lane.\n\n”Thank you all,” wrote Al Pike.')
    assert found(text) == [("”We will rebuild th", "Jo Lane", "direct"),
                           ("”Thank you all,”", "Al Pike", "direct")]


@pytest.mark.parametrize("text", [
    '"We will not fold," Ms. Ruiz said on the network\'s "Meet the Press." "Not now."',
    'She praised the book "Harvest of the Long Summer Days," a first novel.',
])
def test_a_title_after_a_possessive_or_its_kind_of_work_is_no_quote(text):
    assert all(not q[0].startswith(('"Meet', '"Harv')) for q in found(text))


def test_names_a_work():
    from annotations.suggest.titles import names_a_work

    assert names_a_work("he said on CBS' ", "60 Minutes.")
    assert names_a_work("in the film ", "Days of Thunder,")
    assert not names_a_work("the mayor's ", "we will not fold.")  # words, not a title
    assert not names_a_work("he said ", "Meet the Press.")  # nothing names a work


def test_a_long_title_with_no_cue_is_no_quote_but_a_headline_quote_is():
    title = 'In 1990 came a booklet of his remarks, titled "The Wit and Wisdom of Tom Reed."'
    assert found(title) == []
    headline = 'Reed Says Town Is "Not Ready To Give Up On The Mill."\nThe mayor spoke.'
    assert [q[0] for q in found(headline)] == ['"Not Ready To Give ']


def test_words_quoted_with_no_cue_take_the_next_voice_of_their_paragraph():
    text = ('The plant closed in March.\n\n"Costs will rise for every family in the valley '
            'this year." Prices went up again in May, Ana Ruiz said.')
    assert [(q.speaker, q.mode) for q in find_quotes(text)] == [
        ("Ana Ruiz", "direct"), ("Ana Ruiz", "indirect")]


def test_markup_left_in_the_text_opens_no_quote():
    text = ('<tweet tweet-author="@ann" tweet-date="May 9, 2016\n">We packed the hall tonight, '
            'thank you all so much.<tweet/>.\n\nShe spoke later.')
    assert found(text) == []


def test_words_quoted_with_no_cue_and_no_voice_before_take_the_person_named_before():
    text = ('Ana Ruiz was blunt about the council.\n\n"We are done with the council and all of '
            'its endless delays."')
    assert found(text) == [('"We are done with t', "Ana Ruiz", "direct")]
