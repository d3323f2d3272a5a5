"""Whom ``he said`` / ``she said`` refers to (#26, pronoun sources, twelfth round), on short
invented sentences: an unnamed person just quoted goes on (``said the woman, who …. "…," she
said``); the possessor of a sentence's subject that is a thing (``Ann Lee's
article attacked …``) is the next pronoun's antecedent; a period before a no-break
space ends a sentence; ``their`` and ``its`` leave the name after them the first named, but
not a name after someone the pronoun fits; one a quote speaks of (``"… Senator Reed's message
…," he said``) is not its speaker; the subject after a
fronted time phrase (``Days after …,``); a possessor written ``Jones'``; a pronoun whose sentence
before opens with the same pronoun refers to whom that one does; a name after a
title's abbreviation (``Sen.``) after a fronted phrase opens its sentence."""

from __future__ import annotations

from tests.factories import body_speakers as speakers


def test_an_unnamed_woman_just_quoted_goes_on():
    # "said the woman, who …": her next "she said" is hers, not the last named speaker's
    paras = ['"We are fine," Ann Lee said.',
             'At a store nearby, a cashier was shaken. "One man said we should act," said the '
             'woman, who did not want to be named. "Too much hate," she said.']
    assert speakers(*paras) == [('"We are fine,"', "Ann Lee"), ('"One man said ', "woman"),
                                ('"Too much hate', "woman")]


def test_an_unnamed_man_does_not_go_on_past_a_person_named_since():
    paras = ['"We are fine," said the man, who gave no name. Sam Cole spoke next.',
             '"It is over," he said.']
    assert speakers(*paras)[-1] == ('"It is over,"', "Sam Cole")


def test_an_occupation_is_no_unnamed_person_of_its_own():
    # "the actor" after a named actor: the named one, as before
    paras = ['The show stars Tim Allen. "We are fine," Ann Lee said of it.',
             'In an interview, the actor explained his role. "I am not as quick," he said.']
    assert speakers(*paras)[-1] == ('"I am not as q', "Tim Allen")


def test_the_possessor_of_a_sentence_subject_is_the_next_pronoun():
    # "Sam Cole's renewed endorsement … came with caveats. …, he said": Cole, not the last
    # speaker
    paras = ['"We are fine," Tom Reed said.',
             "Sam Cole's renewed endorsement of the team came with caveats. He may add to his "
             "staff, he said."]
    assert speakers(*paras)[-1] == ("He may add to ", "Sam Cole")


def test_the_possessor_of_a_person_is_not_the_next_pronoun():
    # "Sam Cole's aide said …": the aide speaks, Cole does not
    paras = ['"We are fine," Tom Reed said.',
             "Sam Cole's aide conceded the team came with caveats. \"He may add to his staff,\" "
             "he said."]
    assert speakers(*paras)[-1] == ('"He may add to', "Tom Reed")


def test_a_period_before_a_no_break_space_ends_a_sentence():
    # "… administration.\u00a0He calls …": the sentence before is the possessor's
    paras = ['"We are fine," Tom Reed said.',
             "Sam Cole's article also attacked Reed for his record in the administration.\u00a0He "
             'calls the plan "a fraud."']
    assert speakers(*paras)[-1] == ('"a fraud."', "Sam Cole")


def test_a_plural_possessive_before_a_name_leaves_it_the_first_named():
    # "fell out of their chairs after Ann Lee revealed …": "their" is no other subject
    paras = ['"We are fine," Rita Moss said.',
             'People fell out of their chairs after Ann Lee revealed her plan. After the news '
             'spread, the star posted a message: "Men, you will not vanish," she wrote.']
    assert speakers(*paras)[-1] == ('"Men, you will', "Ann Lee")


def test_the_first_named_is_no_lead_after_someone_the_pronoun_fits():
    # "Still, Sam Cole, who …, called it better than Pat Long": Long is no first-named lead
    paras = ['"We are fine," Tom Reed said.',
             'Still, Sam Cole, who likes the bill, called the law "much better" than Pat Long. '
             '"We need to be humble," he said.']
    assert speakers(*paras)[-1] == ('"We need to be', "Sam Cole")


def test_one_the_quote_speaks_of_is_not_its_speaker():
    # '"… whether Senator Reed's message could go toe to toe …," he said': not Reed
    paras = ['Sam Cole, his campaign manager, said the ads will pay off. He should get a boost '
             'from the win, Tom Reed said.',
             '"There was a question whether Senator Reed\'s message could go toe to toe with the '
             'others, and I think he proved that we could," he said.']
    assert speakers(*paras)[-1] == ('"There was a q', "Sam Cole")


def test_a_name_modifying_a_group_in_the_quote_may_be_its_speaker():
    # '"… the peaceful Reed supporters …," he wrote': Reed may still be the one writing
    paras = ['Tom Reed went a step further on Twitter.',
             '"Many of the thugs that attacked the peaceful Reed supporters were paid," he wrote.']
    assert speakers(*paras)[-1] == ('"Many of the t', "Tom Reed")


def test_the_subject_after_a_fronted_time_phrase_is_the_next_pronoun():
    # "Days after Reed's arrest, Sam Cole volunteered …. "…," he told me": Cole
    paras = ['"We are fine," Tom Reed said.',
             "Days after Reed's arrest, Sam Cole volunteered to replace him. \"Was I going to sit "
             'still?" he told me.']
    assert speakers(*paras)[-1] == ('"Was I going t', "Sam Cole")


def test_a_possessor_written_with_an_apostrophe_alone_owns_the_subject():
    # "Sam Jones' message is …": Jones
    paras = ['"We are fine," Tom Reed said.',
             "Sam Jones' message is to call on all to be kind. \"It is a throwaway culture,\" he "
             "said."]
    assert speakers(*paras)[-1] == ('"It is a throw', "Sam Jones")


def test_a_pronoun_goes_on_with_the_same_pronoun_opening_the_sentence_before():
    # "Jones' message is …. He has challenged …. His critique …, as he laments": Jones
    paras = ['"We are fine," Tom Reed said.',
             "Indeed, Sam Jones' message is to call on all to be kind. He has challenged his own "
             'bishops to be humble. His critique is also a moral one, as he laments a "throwaway '
             'culture."']
    assert speakers(*paras)[-1] == ('"throwaway cul', "Sam Jones")


def test_a_name_after_a_title_abbreviation_after_a_fronted_phrase_opens_its_sentence():
    # "On the other side, Sen. Sam Cole, a candidate …, sent a warning. "…"": Cole, not the
    # company quoted before (speakers.People.opens_sentence: "Sen." as "Mr." is)
    paras = ['"We urge all to join us," the company said.',
             'On the other side, Sen. Sam Cole, a candidate for president, sent a warning. '
             '"Remember in November the members who stalled the bill."']
    assert speakers(*paras)[-1] == ('"Remember in N', "Sam Cole")
