"""Who ``he said`` / ``she said`` refers back to, on short invented sentences: the person a
sentence just before introduces, the subject behind a role noun or a fronted participle, and
never a name a pronoun subject acts on."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("paras", "expected"), [
    # "a worker named X has …": X, not the last speaker
    (['"We will not move the plant south," Tom Reed said at the rally.',
      'Outside the plant, a worker named Sam Cole has nothing but praise for his job. '
      '"The atmosphere is relaxed and healthy," he said.'],
     [('"We will not m', "Tom Reed"), ('"The atmospher', "Sam Cole")]),
    # "say experts like X, a geologist, …": X is who goes on speaking
    (['"The tunnels are deeper than anyone thought," said Tom Reed, the commissioner.',
      'Part of the problem, say experts like Sam Cole, a geologist, is the ground itself. '
      '"Radar does not see that far down," he said.'],
     [('"The tunnels a', "Tom Reed"), ('"Radar does no', "Sam Cole")]),
])
def test_the_first_person_named_in_the_sentence_before_is_the_antecedent(paras, expected):
    assert speakers(*paras) == expected


def test_the_sentence_before_is_read_whole_past_a_title_s_period():
    # "Mr. Diaz's hand" does not cut the sentence before: Sam Cole is named first in it
    paras = ['"We will not move the plant south," Tom Reed said at the rally.',
             'Outside the plant, a worker named Sam Cole shook Mr. Diaz\'s hand warmly. '
             '"The atmosphere is relaxed and healthy," he said.']
    assert speakers(*paras) == [('"We will not m', "Tom Reed"), ('"The atmospher', "Sam Cole")]


def test_a_name_after_a_possessive_pronoun_is_not_the_antecedent():
    # "during her interview with Ann Lee": Lee is not who "she" is; the last speaker is
    paras = ['"I felt alone in that house," Mia Ross said on Sunday.',
             'The duchess has hinted before, but during her interview with Ann Lee she went '
             'further. "Nobody there would help me at all," she said.']
    assert speakers(*paras) == [('"I felt alone ', "Mia Ross"), ('"Nobody there ', "Mia Ross")]


def test_a_name_a_pronoun_subject_acts_on_is_not_the_antecedent():
    # "She compares him to Tom Reed.": Reed is her object; she is Ann Lee, quoted before
    paras = ['"The plan is a gift to the banks," Ann Lee said on Monday.',
             'She compares him to Tom Reed. The rally will give voters "a live '
             'demonstration of how we each take on a billionaire," she said.']
    assert speakers(*paras) == [('"The plan is a', "Ann Lee"), ('"a live demons', "Ann Lee")]


@pytest.mark.parametrize(("paras", "expected"), [
    # a capitalised role ending in a lower-case role noun before the name: still the subject
    (['"Hacking is a crime in every country," Tom Reed said.',
      'In Beijing, Foreign Ministry spokesman Sam Cole repeated that China opposed hacking. '
      '"People should show evidence first," he told reporters.'],
     [('"Hacking is a ', "Tom Reed"), ('"People should', "Sam Cole")]),
    # a fronted participle phrase before the subject
    (['"Hacking is a crime in every country," Tom Reed said.',
      'Speaking in Beijing on Monday, Sam Cole repeated that China opposed hacking. '
      '"People should show evidence first," he told reporters.'],
     [('"Hacking is a ', "Tom Reed"), ('"People should', "Sam Cole")]),
])
def test_the_subject_behind_a_role_noun_or_a_fronted_phrase_is_the_antecedent(paras, expected):
    assert speakers(*paras) == expected


def test_a_courtesy_title_before_a_lone_surname_is_gender_evidence():
    # "Mr. Diaz", no fuller name in the text: he is no antecedent of "she"
    paras = ['Ann Lee ran the city for a decade.',
             '"We lost the vote on Monday," Mr. Diaz said.',
             '"It was a fair count in the end," she said.']
    assert speakers(*paras) == [('"We lost the v', "Diaz"), ('"It was a fair', "Ann Lee")]


def test_gender_evidence_rules_out_but_does_not_outrank_the_nearest_subject():
    # Tom Reed is shown to be a man, but further back: the nearer subject Sam Cole speaks
    paras = ['Tom Reed came first, and he was greeted warmly.',
             'The hall was full. The crowd was loud. The night was long.',
             'Later, Sam Cole took the stage. The lights went down.',
             '"We will win this state in the fall," he said.']
    assert speakers(*paras) == [('"We will win t', "Sam Cole")]


def test_a_name_opening_a_paragraph_opens_its_sentence_after_a_closing_parenthesis():
    # '… harder.")' ends the paragraph before: Mia Ross is the next one's subject
    paras = ['Ann Lee spoke at the rally. (She also noted, "We will punch back harder.")',
             'Mia Ross, 34, could be a bridge to voters. She has pushed back against critics, '
             'calling them "small and mean."']
    assert speakers(*paras) == [('"We will punch', "Ann Lee"), ('"small and mea', "Mia Ross")]


def test_a_partial_quote_s_pronoun_subject_is_resolved_where_it_stands():
    # "she found Tom Reed '…'": she is resolved before the name she acts on
    paras = ['"We will win this fight," Ann Lee said on Monday.',
             'At dinner she found Tom Reed "a very charming and generous man."']
    assert speakers(*paras) == [('"We will win t', "Ann Lee"), ('"a very charmi', "Ann Lee")]


def test_he_added_goes_on_with_the_last_speaker_not_the_last_one_quoted_directly():
    # Ann Lee speaks (reported) after Tom Reed's quote: "she added" is hers
    paras = ['"The rules were broken many times over," Tom Reed said.',
             'Ann Lee, a lawyer for the family, said the case would go to trial in the spring. '
             '"We expect to win it outright," she added.']
    assert speakers(*paras) == [('"The rules wer', "Tom Reed"), ('the case would', "Ann Lee"),
                                ('"We expect to ', "Ann Lee")]


def test_he_before_a_colon_that_opens_a_quote_paragraph_is_resolved_before_the_hearer():
    # "he told Ann Lee:" then the quote: he is Tom Reed, not the hearer named after him
    paras = ['"We will build the bridge next year," Tom Reed said on Monday.',
             'Later that night he told Ann Lee:',
             '"Nobody in this town will stop that bridge."']
    assert speakers(*paras) == [('"We will build', "Tom Reed"), ('"Nobody in thi', "Tom Reed")]


def test_a_surname_the_text_has_speak_alone_is_an_antecedent():
    # "Carson said …" elsewhere, no fuller name: Carson is a person "he" can refer to
    paras = ['"With an eye to the vote, we picked the city," Tom Reed said.',
             'Carson defied the question and made no choice. "With certainty, I predict the '
             'winner will be one of the two," he said.',
             'Carson said later that he was tired.']
    assert speakers(*paras) == [('"With an eye t', "Tom Reed"), ('"With certaint', "Carson")]



def test_one_of_a_pair_joined_by_and_is_no_antecedent_of_he_or_she():
    # "Sam Cole and Tom Reed arrived": a pair; "she" is Ann Lee, named before them
    paras = ['"The count is not over yet," Mia Ross said.',
             'Ann Lee spoke first. Sam Cole and Tom Reed arrived later.',
             '"We will win this state in the fall," she said.']
    assert speakers(*paras) == [('"The count is ', "Mia Ross"), ('"We will win t', "Ann Lee")]


def test_a_man_shown_two_sentences_back_does_not_outrank_the_subject_just_named():
    # Sam Cole is shown to be a man; Paul Diaz, of unknown gender, is the nearer subject
    paras = ['"The count is not over yet," Mia Ross said.',
             'Sam Cole spoke next, and he wept. Paul Diaz denounced the remarks and warned of '
             'the cost. "If they choose Tom Reed, it will have consequences for all," he said.']
    assert speakers(*paras) == [('"The count is ', "Mia Ross"), ('"If they choos', "Paul Diaz")]


def test_he_added_is_not_a_name_merely_mentioned_in_its_sentence():
    # "Plans from the front-runner, Sam Cole, …, he added,": Tom Reed goes on
    paras = ['"There is no way to keep the promises we made," said Tom Reed of the policy '
             'center.',
             'Plans so far from the front-runner, Sam Cole, to raise taxes on gains, he added, '
             'amount to "just kind of tinkering at the edges."']
    assert speakers(*paras) == [('"There is no w', "Tom Reed"), ('"just kind of ', "Tom Reed")]


def test_pronouns_inside_a_quote_that_runs_over_sentences_are_no_gender_evidence():
    # "her" and "She" are Tom Reed's quoted words, not the writer's: he stays a candidate
    paras = ['Sam Cole spoke first.',
             'In a post after the speech, Tom Reed wrote: “I could not disagree with her more. '
             'She has played this game for years.”',
             'Critics were quick to respond. “I take it all back, every word of it,” he said '
             'the next day.']
    assert speakers(*paras) == [('“I could not d', "Tom Reed"), ('“I take it all', "Tom Reed")]
