"""Who ``he said`` / ``she said`` refers back to (#26, tenth round), on short invented
sentences: a sentence whose reporting verb has a subject of its own (``Cruz is the best,
Ann Lee argues.``, ``Trump, Ann Lee said, has …``, ``…," said Mr. Reed``) is that person's,
not the name opening it; a name a quote goes on from before ``he said`` is what was said;
``they`` is the group that opens a clause before it."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers


def test_a_name_opening_a_sentence_someone_else_reports_is_no_antecedent():
    # "Sam Cole is …, Tom Reed argues.": Cole is what Reed argues; "he says" is Reed
    paras = ['"The race is wide open," Tom Reed said on Monday.',
             'Sam Cole is not only right on the issues, he is also the best speaker Tom '
             'Reed argues.',
             '"Cole is our best debater," he says.']
    assert speakers(*paras) == [('"The race is w', "Tom Reed"), ('"Cole is our b', "Tom Reed")]


def test_a_reporting_aside_makes_its_speaker_the_host_of_the_sentence():
    # "Sam Cole, Tom Reed said, has created a "…"": the next "he said" goes on with Reed,
    # not with Cole, who opens the sentence
    paras = ['"They care about their country," Tom Reed said.',
             'Sam Cole, Tom Reed said, has created a "strange political zone."',
             '"So afterwards, the crowd feels free," he said.']
    assert speakers(*paras) == [('"They care abo', "Tom Reed"), ('has created a ', "Sam Cole"),
                                ('"strange polit', "Tom Reed"), ('"So afterwards', "Tom Reed")]


def test_a_name_with_a_verb_of_its_own_before_the_quote_still_speaks():
    # 'Although Cole admitted … that they had "…," he claimed': the quote goes on from
    # Cole's own clause, so he is Cole
    paras = ['"We never spoke," Tom Reed said.',
             'Although Sam Cole admitted to the paper that he and the woman had "been friends '
             'for some time," he claimed they never met.']
    # 'admitted … that' is reported speech of its own (i26-roles), also Cole's
    assert speakers(*paras) == [('"We never spok', "Tom Reed"), ("he and the wom", "Sam Cole"),
                                ('"been friends ', "Sam Cole")]


def test_a_name_a_quote_goes_on_from_is_what_the_pronoun_said():
    # 'Cole "caused havoc," he said': Cole is the quote's subject, not its speaker
    paras = ['Tom Reed spoke to reporters on Monday about the budget.',
             'Reed summed up Ann Cole as "weak," and said she should resign.\u00a0Sam Cole '
             '"caused tremendous havoc," he said.']
    assert speakers(*paras) == [('"weak,"', "Tom Reed"), ('"caused tremen', "Tom Reed")]


@pytest.mark.parametrize(("paras", "expected"), [
    # a plural the fallback's verbs missed ("were", an irregular plural "People")
    (['The mayor spoke on Monday.',
      'People briefed on the plan were adamant that the mayor would resign. And they insisted '
      'that the council had "nothing left to decide."'],
     [('"nothing left ', "People")]),
    # two people joined by "and" in a clause set before the cue's own sentence
    (['The tour went on for a week.',
      'As Ann Lee and Tom Reed toured the state, they were greeted by "bigger crowds than '
      'ever," they said.'],
     [('"bigger crowds', "Ann Lee and Tom Reed")]),
    # a past form no list holds ("paid"), the group two clauses back
    (['The march began at noon.',
      'The protesters also paid tribute to the victims. As they walked down the street, they '
      'chanted "no justice, no peace."'],
     [('As they walked', "protesters"), ('"no justice, n', "protesters")]),
    # a cue read from its sentence's start: the plural is found from the pronoun on
    (['Opinions among older people are more closely divided.',
      'Millennials have reached a broad consensus on an issue that divides the nation: By '
      'nearly 2-1, they say transgender people should be able to use the bathrooms of their '
      'choice, a survey shows.'],
     [('transgender pe', "Millennials")]),
    # kept: the group whose clause the pronoun's "because" goes on from
    (['The bill failed on Tuesday.',
      'Senate Democrats blocked the bill because they said the language was "a poison pill."'],
     [('the language w', "Senate Democrats"), ('"a poison pill', "Senate Democrats")]),
])
def test_they_is_the_group_that_opens_a_clause_before_it(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # a body that opened a clause, the paragraph before
    (['The tax rose in 2008.', 'Still, the Business Council of Ohio opposed an increase.',
      '"Keep the tax in place at the current level," it recommended.'],
     [('"Keep the tax ', "Business Council of Ohio")]),
    # a text after a possessive, with the body it comes from
    (['The hearing lasted all day.', "Thursday's memo from the panel seemed aimed at the critics.",
      '"So far, 59 of the witnesses were new," it stated.'],
     [('"So far, 59 of', "Thursday's memo")]),
    # the body that spoke, not the text it spoke in
    (['The chain lost money.', 'The company said in a statement that it would appeal.',
      '"We will win this case," it added.'],
     [('"We will win t', "company")]),
])
def test_it_is_the_body_or_text_that_opens_a_clause_before_it(paras, expected):
    assert speakers(*paras) == expected


def test_the_subject_of_a_clause_after_but_is_the_sentence_s_latest_subject():
    # "Cole put Reed on the defensive, but a hoarse-voiced Reed got in digs. He …": Reed,
    # the subject of the clause after "but", not Cole, who opens the sentence
    paras = ['Tom Reed attacked Sam Cole for hours at the debate.',
             'Cole put Reed on the defensive through much of the debate, but a hoarse-voiced '
             'Reed got in numerous digs. He accused Cole of being too cozy with the banks. He '
             'noted that Cole had "accepted millions from them."']
    assert speakers(*paras) == [('"accepted mill', "Tom Reed")]


def test_a_name_a_sentence_presents_is_the_next_quote_s_speaker():
    # "Then there's Cole." presents Cole: the "he" of the next paragraph, not Reed, who
    # opened the sentence before (the quote's own period hides the sentence before it)
    paras = ['"We need the votes," Ann Lee said.',
             "Tom Reed himself has made comments supportive of her bid.",
             "Then there's Sam Cole.",
             '"Kind of bewildering. Just do it," he wrote last October.']
    assert speakers(*paras) == [('"We need the v', "Ann Lee"), ('"Kind of bewil', "Sam Cole")]


def test_a_period_inside_the_quote_before_he_said_ends_no_sentence_of_the_text():
    # '"It works. It really works," he said': the pronoun's sentence opens at the quote, so
    # the sentence before it is the one naming Cole
    paras = ['"Turnout will be low," Tom Reed said.',
             'A worker named Sam Cole has nothing but praise for the plan.',
             '"It works. It really works," he said.']
    assert speakers(*paras) == [('"Turnout will ', "Tom Reed"), ('"It works. It ', "Sam Cole")]


def test_a_lone_word_and_a_comma_before_a_pronoun_is_no_subject():
    # "Nor, he said, did he …": "Nor" is fronted, "he" says it (it had given "Nor")
    paras = ['"There never was an order," Tom Reed said.',
             'Nor, he said, did he say anything that could be "interpreted as an order" to '
             'stand down.']
    assert speakers(*paras) == [('"There never w', "Tom Reed"), ('did he say any', "Tom Reed"),
                                ('"interpreted a', "Tom Reed")]


@pytest.mark.parametrize(("paras", "expected"), [
    # "which he said …": the pronoun stands after the name in its own sentence
    (['"We are fine," Tom Reed said on Monday.',
      'Sam Cole has made several statements on the matter, including a call for a wall at the '
      'border, which he said the neighbours should pay for.'],
     [('"We are fine,"', "Tom Reed"), ('the neighbours', "Sam Cole")]),
    (['"Turnout was high," said Tom Reed of the monitoring group.',
      "Ann Lee's fate is still unclear, but she said at a news conference last week that she "
      "would govern the country anyway."],
     [('"Turnout was h', "Tom Reed"), ('she would gove', "Ann Lee")]),
])
def test_an_indirect_cue_s_pronoun_is_resolved_where_it_stands(paras, expected):
    # the cue of reported speech is read from its sentence's start: the pronoun is resolved
    # from where it stands, after the names its sentence gives before it
    assert speakers(*paras) == expected
