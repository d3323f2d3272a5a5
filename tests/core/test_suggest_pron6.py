"""Whom ``he said`` / ``she said`` refers to (#26, pronoun sources, thirteenth round), on short
invented sentences: a person named first in the sentence before as a participle's object
(``…: forcing Tom Reed to …``, ``One pastor backing Mr. Reed, …``) is not that sentence's
subject for the next pronoun; a capitalised word after an indefinite article (``a
33-year-old African American``) is a modifier or a noun, no pronoun's antecedent; a quote
whose cue is ``they`` with no group before takes no single person's voice; a name set apart
before an aside cue (``South Carolina, she said, was …``) is what is said, not who says it; a
name after a two-word lower-case role opens its sentence; with no speaker before, ``he`` is
one the text shows is a man before a nearer name it says nothing of."""

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


def test_a_name_set_apart_before_an_aside_cue_is_what_is_said():
    # 'South Carolina, she said, was "…"': the name is the reported clause's subject
    paras = ['"We will win here," Ann Lee said. "We are ready." South Carolina, she said, was '
             '"where we have a chance to go head to head with the rest."']
    assert speakers(*paras) == [('"We will win h', "Ann Lee"), ('"We are ready.', "Ann Lee"),
                                ('"where we have', "Ann Lee")]


def test_a_name_after_a_role_of_two_lower_case_words_opens_its_sentence():
    # "Democratic presidential candidate Sam Cole is …": Cole is the subject, and "he" after
    # a sentence about "the senator" is Cole, not the last speaker
    paras = ['"We will win this state," Gov. Tom Reed said at the rally.',
             'Democratic presidential candidate Sam Cole is choosing not to respond to the '
             'attacks. Instead, the senator is sticking to his message.',
             '"We have come a long way," he told cheering supporters.']
    assert speakers(*paras) == [('"We will win t', "Tom Reed"), ('"We have come ', "Sam Cole")]


def test_with_no_speaker_before_he_is_one_the_text_shows_he_fits():
    # no one quoted before: "he" is Tom Reed (a man's first name), not the nearer Pat Lee,
    # whose gender the text does not show
    paras = ['Last month, when I asked Tom Reed if he would ever endorse Pat Lee, he looked '
             'straight at me and said, "I will endorse you!"']
    assert speakers(*paras)[-1] == ('"I will endors', "Tom Reed")


def test_the_same_pronoun_in_the_sentence_before_after_a_clause_subject():
    # "… while Robin Cole hosted an event, during which she praised …": she is Cole there,
    # and the next "she said" too (neither first name tells a gender)
    paras = ['Pat Lee held a rally on Saturday while Robin Cole hosted an event on Monday, '
             'during which she praised the mayor.',
             '"I want to thank the mayor for all his work," she said.']
    assert speakers(*paras) == [('"I want to tha', "Robin Cole")]


def test_a_pronoun_between_keeps_the_sentence_s_subject():
    # "when Robin Cole confronted her about remarks she had made": her is she, Pat Lee
    paras = ['Pat Lee took offense when Robin Cole confronted her about remarks she had made.',
             '"I was bullied," she said.']
    assert speakers(*paras) == [('"I was bullied', "Pat Lee")]
