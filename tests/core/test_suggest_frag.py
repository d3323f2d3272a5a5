"""Speakers that are fragments (#26, i26-frag), on short invented sentences: an unnamed
speaker cut before the clause it swallowed (``others could be heard …`` -> ``others``), a
verb phrase never a speaker (``again for the mayor``), a contracted pronoun read as the
pronoun (``She's a supporter``), words from inside a quotation (``Go!``) and a capitalised
word that names no one (``Contrary``) never speak."""

from __future__ import annotations

import pytest

from annotations.suggest.fragments import fragment_free
from tests.factories import body_speakers as speakers


def test_an_unnamed_speaker_is_cut_before_the_auxiliary_it_swallowed():
    paras = ['"Oh, my God," a young woman exclaimed upon seeing him. Others could be heard '
             'calling friends on their phones to say they had run into the mayor.']
    assert speakers(*paras) == [('"Oh, my God,"', "young woman"), ("they had run i", "Others")]


def test_a_verb_phrase_after_an_aside_is_no_speaker_the_name_before_it_is():
    # "Ann Lee, while being interviewed …, called again for X to resign … "…"": not
    # "again for the mayor"
    paras = ['Ann Lee, while being interviewed on a morning show, called again for the mayor '
             'to resign for not calling the attack an act of "senseless terror in our town."']
    assert speakers(*paras) == [('"senseless ter', "Ann Lee")]


def test_a_contracted_pronoun_opening_reported_speech_is_the_pronoun():
    # "She's a supporter but concedes that …": she (Ann Lee), not "She's a supporter"
    paras = ['"It is all about age groups," said Ann Lee, 66, a retired worker who lives in '
             'the town. She\'s a supporter of the plan but concedes that most of her friends '
             'love the mayor.']
    assert speakers(*paras) == [('"It is all abo', "Ann Lee"), ("most of her fr", "Ann Lee")]


def test_words_from_inside_a_quotation_never_speak():
    # chants of "Go! Go!," split the sentence: the senator speaks, not "Go!"
    paras = ['Walking into the office to chants of "Go! Go!," the senator said his campaign '
             'here was strong and growing.']
    assert speakers(*paras)[-1] == ("his campaign h", "senator")


def test_a_fronted_adjective_is_no_speaker_the_possessor_of_the_claims_is():
    # "Contrary to Lee's claims, …": Lee's claims (the cue read as a noun), never "Contrary"
    paras = ["Contrary to Lee's claims, authorities say he never obtained access to the "
             "account of the mayor."]
    assert speakers(*paras) == [("authorities sa", "Lee")]


@pytest.mark.parametrize(("name", "cut"), [
    ("some students may", "some students"),
    ("early tweet quoted the president", "early tweet"),
    ("campaign projects", "campaign projects"),
    ("others could be heard calling friends", "others"),
    ("is why critics", "critics"),
    ("for someone", None),
    ("even his own supporters", "his own supporters"),
    ("again for the mayor", None),
    ("left Sen. Ann Lee of Texas center", None),
    ("taking the stage", None),
    ("Wait", None),
    ("pro-Trump", None),
    ("Democratic", None),
    ("anti-tax activists", "anti-tax activists"),
    ("Despite Ann Lee", "Ann Lee"),
    ("Despite", None),
    ("Go!", None),
    ("roughly yanked the arm of a reporter", None),
    ("week", None),
    ("which", None),
    ("We’ve", "We"),
    ("she urged the council", None),  # a pronoun alone names no one here
    ("she and her aides", "she and her aides"),
    ("retired neurosurgeon", "retired neurosurgeon"),  # a modifier, no verb
    ("yearly poll", "yearly poll"),
    ("recently hacked documents", "recently hacked documents"),
    ("Ann Lee", "Ann Lee"),
])
def test_fragment_free_cuts_or_refuses_only_what_names_no_one(name, cut):
    assert fragment_free(name) == cut


def test_a_cue_holding_a_few_words_in_marks_still_names_its_speaker():
    # '"…," Ann Lee, wearing a hat and "Vote Lee" pins, said': the marks of the slogan
    # ended the cue, and the quote had no speaker
    paras = ['"We have had better days than this one," delegate Ann Lee, wearing a hat and '
             '"Vote Lee" pins, said as the balloons fell.']
    assert speakers(*paras)[0] == ('"We have had b', "Ann Lee")


def test_a_slogan_after_the_next_sentence_gives_no_cue():
    paras = ['"We have had better days than this one." "Vote Lee" was the cry of the night.']
    assert [sp for _q, sp in speakers(*paras)] == [None] * len(speakers(*paras))


@pytest.mark.parametrize("sentence", [
    "The mayor was quoted as saying that the city would not give up on its plans for the park.",
    "Ann Lee was quoted by the paper as saying the city would not give up on its plans.",
    "In March, Ann Lee was widely quoted in the press as saying the city would not give up.",
])
def test_the_passive_quoted_as_saying_reports_its_subjects_words(sentence):
    who = "mayor" if sentence.startswith("The mayor") else "Ann Lee"
    found = speakers(sentence)
    assert len(found) == 1 and found[0][1] == who and found[0][0].startswith("the city")


@pytest.mark.parametrize(("sentence", "who", "words"), [
    # the last name inside a long subject is no speaker: its head is
    ("A spokesman for the office of budget and management of the state of New Jersey said "
     "Tuesday that the plan would cost more than expected.", "spokesman", "the plan would"),
    ("The chairman of the House committee on oversight and government reform and a longtime "
     "critic of the agency said the report was deeply flawed and misleading.", "chairman",
     "the report was"),
])
def test_a_long_noun_phrase_subject_speaks_by_its_head(sentence, who, words):
    assert speakers(sentence) == [(words[:14], who)]


def test_a_quantity_before_of_is_no_speaker_of_its_own():
    from annotations.suggest.fragments import long_subject
    assert long_subject("A high percentage of voters in the three states") is None
    assert long_subject("Members of the board of directors of the union").role == "members"
    assert long_subject("The head of the union, a group that has backed the mayor") is None


@pytest.mark.parametrize(("sentence", "who"), [
    ('The tweet led Ann Lee to declare, "Every cent that went to the bailout was wasted."',
     "Ann Lee"),
    ('The tweet spread, leading advisers like Ann Lee to counter that "every cent that went '
     'to the bailout was wasted."', "Ann Lee"),
    ('The record prompted the Atlas of Elections, which examines bellwether counties, to '
     'state, "Vigo County is the most prominent bellwether in the country."',
     "Atlas of Elections"),
])
def test_the_object_a_verb_of_causing_makes_speak_is_the_speaker(sentence, who):
    # the cue is far from the quote: "led X to declare," — X, not the tweet nor no one
    assert [sp for _q, sp in speakers(sentence)] == [who]


def test_a_name_of_a_body_before_a_verb_speaks_the_quote_after_the_colon():
    # "commentator X of the Y Review imagined Z was thinking: "…"": X, not no one
    paras = ["But after the debate, conservative commentator Ann Lee of the anti-tax Weekly "
             'Review imagined Reed was thinking: "My God, what have I done?" Others saw it too.']
    assert speakers(*paras) == [('"My God, what ', "Ann Lee")]


def test_a_role_before_a_name_is_cut_from_the_speaker():
    assert fragment_free("writer Ann Lee") == "Ann Lee"
    assert fragment_free("spokesman for Ann Lee") == "spokesman for Ann Lee"  # the role's


def test_a_word_for_what_was_said_after_its_verb_is_no_speaker():
    # "X, a candidate …, tweeted a warning. "…"": not "warning", and no reported speech
    paras = ["The mayor and her deputy, and Gov. Tom Reed, tweeted their approval of the "
             "filibuster. "
             "On the other side, Sen. Ann Lee (R-Tex.), a candidate for mayor who has made "
             "liberty a centerpiece of her campaign, tweeted a warning. \"Remember in November "
             'the council members who fought against the plan."']
    assert speakers(*paras) == [('"Remember in N', "Ann Lee")]
    # "…, said a spokesman for X": a speaker after the verb, as before
    assert speakers('"We will win this fight in the end, no matter what," said a spokesman '
                    "for the mayor.") == [('"We will win t', "spokesman for the mayor")]


def test_a_long_noun_phrase_after_an_inverted_verb_speaks_by_its_head():
    # '"…," noted a report for a charity on … by the nonprofit Green Group.': the report
    paras = ['"The levy will pay utilities for keeping their oldest plants on standby," noted '
             "a report for a charity on energy policies by the nonprofit Green Group."]
    assert speakers(*paras) == [('"The levy will', "report")]


def test_according_to_a_phrase_after_even_is_still_found():
    sentence = "Mr. Lee's time is quickly running out, according to even his own supporters, " \
        "who fear the worst."
    assert speakers(sentence) == [("Mr. Lee's time", "his own supporters")]


def test_a_name_ending_the_words_before_a_colon_speaks_the_quote_after_it():
    paras = ['"We will win," said Tom Reed. The timing of the surge does not surprise '
             'Republican pollster Ann Lee: "Historically, lesser-known candidates win late."']
    assert speakers(*paras) == [('"We will win,"', "Tom Reed"), ('"Historically,', "Ann Lee")]
    # the hearer before a colon is no speaker: "He then told Ann Lee:" is Tom Reed's
    paras = ['"We will win," said Tom Reed. He then told Ann Lee: "Historically, lesser-known '
             'candidates win late."']
    assert speakers(*paras)[-1] == ('"Historically,', "Tom Reed")


def test_a_pronoun_opening_a_swallowed_clause_is_resolved():
    # "She urged the council …, proposed that …": she (Ann Lee), not "she urged the council"
    paras = ["Ann Lee had a role in every issue of the first term. She urged the council to "
             "join the coalition, proposed that more money be left for the parks, and pushed "
             "to cut the taxes of the poor."]
    assert speakers(*paras) == [("more money be ", "Ann Lee")]


@pytest.mark.parametrize(("sentence", "who"), [
    ('The feud started last week when Ann Lee, in response to a crude remark about her loss, '
     'accused him of having a "penchant for sexism and worse."', "Ann Lee"),
    ('The tour became such a presence that Ann Lee during a Sunday thanked its members "for '
     'their support in my campaign" and moved on.', "Ann Lee"),
])
def test_a_speech_act_in_a_clause_of_its_own_gives_the_partial_quote_its_subject(sentence,
                                                                                  who):
    assert [sp for _q, sp in speakers(sentence)] == [who]


@pytest.mark.parametrize("sentence", [
    # the main clause after a fronted one; a reporting verb before the clause; "that" after
    # a verb opens what was said
    'After Tom Reed won, Ann Lee called the result a "disaster for the whole town."',
    'Ann Lee said that Tom Reed was a "disaster for the whole town and the county."',
    'Ann Lee sniped that Tom Reed, a first-time mayor, was "learning on the job," as usual.',
])
def test_the_clause_rule_leaves_the_main_clauses_speaker(sentence):
    assert [sp for _q, sp in speakers(sentence)][-1] == "Ann Lee"


@pytest.mark.parametrize("adverb", ["often", "always", "sometimes"])
def test_an_adverb_of_frequency_between_speaker_and_verb_keeps_the_cue(adverb):
    # '"…," he often says': the cue is "says", its subject "he" (Ann Lee)
    paras = ['Ann Lee spoke at the hall. "We will not give up on this city, ever, no matter '
             f'what," she {adverb} says.']
    assert speakers(*paras) == [('"We will not g', "Ann Lee")]


def test_never_says_is_no_cue():
    paras = ['Ann Lee spoke at the hall. "We will not give up on this city, ever, no matter '
             'what," she never says.']
    assert speakers(*paras) == [('"We will not g', None)]


def test_according_to_a_long_phrase_about_a_text_speaks_by_the_text():
    # "according to a letter to X from the chairman of …" (over ten words): the letter;
    # before, no speaker at all
    sentence = ('"You kill innocent people with your air strikes, now taste it," according '
                "to a letter to the company from the chairman of the Senate committee on "
                "homeland security.")
    assert speakers(sentence) == [('"You kill inno', "letter")]


def test_a_lone_modifier_is_no_speaker_the_role_it_modifies_is():
    # "the organizer of a pro-Lee rally": the organizer, not "pro-Lee"
    sentence = ("Even the organizer of a pro-Lee rally said the city's rules increased the "
                "chance of violence by confining all demonstrators.")
    assert speakers(sentence) == [("the city's rul", "organizer")]
