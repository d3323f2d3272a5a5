"""Fronted phrases, time words and calendar words around a reporting verb's subject, on short
invented sentences: exact speakers."""

from __future__ import annotations

import pytest

from annotations.model.build import make_article
from annotations.suggest import suggest
from annotations.suggest.subjects import is_calendar, strip_fronted


def speakers(*paras: str) -> list[tuple[str, str | None]]:
    """(first words, speaker) of each quote suggested in the body."""
    a = make_article("t", [("paragraph", p) for p in paras], [])
    return [(s.exact[:14], s.fields["speaker"]) for s in suggest(a, claims=False)
            if s.part == "body"]


@pytest.mark.parametrize(("subject", "core"), [
    ("In Leeds on Monday, Reed again", "Reed"),
    ("Moreover, Ann Lee, a director at the institute,", "Ann Lee, a director at the institute,"),
    ("Sunday on a channel’s “Morning Show,” Rep. Tom Reed", "Rep. Tom Reed"),
    ("Speaking Sunday on a show, Reed", "Reed"),
    ("Reed later Thursday", "Reed"),
    ("In December, a quiz", "a quiz"),
    ("Manning, a spokesman,", "Manning, a spokesman,"),  # a name, not a participle
    ("In March", "In March"),  # nothing would be left
])
def test_strip_fronted(subject, core):
    assert strip_fronted(subject) == core


def test_calendar_words():
    assert [is_calendar(n) for n in ("Tuesday", "December", "April Ryan", "Theresa May", None)] \
        == [True, True, False, False, False]


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed toured the state.', 'In Leeds on Monday, Reed again reiterated that the party '
      'must stay united through the autumn.'], [("the party must", "Tom Reed")]),
    (['Plans were filed.', 'Moreover, Ann Lee, director of the institute, noted this week '
      'that most of those plans run only to 2030.'], [("most of those ", "Ann Lee")]),
    (['Tom Reed spoke.', 'Reed later Thursday told reporters: “Both of them are meeting next '
      'week to talk about these things.”'], [("“Both of them ", "Tom Reed")]),
    (['Ann Lee spoke.', 'Lee herself said Tuesday that “the only way to win the state is to go '
      'and ask.”'], [("“the only way ", "Ann Lee")]),  # not "Tuesday that"
    (['Ann Lee spoke.', '“We found it and we are going to put it out,” said Tuesday Ann Lee.'],
     [("“We found it a", "Ann Lee")]),
    (['Sunday on a morning show, Rep. Tom Reed said the plan was in question '
      'because of the costs.'], [("the plan was i", "Tom Reed")]),
])
def test_the_subject_after_a_fronted_phrase_or_before_time_words(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed took the stage at the hotel and called the political system “rotten to the '
      'core.”'], [("“rotten to the", "Tom Reed")]),
    (['Ann Lee spoke first.', 'She criticized the plan, hitting “their misdirected compassion '
      'for the wrong people.”'], [("“their misdire", "Ann Lee")]),
    (['Tom Reed rejected the “sham” plan.'], []),  # two words or fewer: a scare quote
    (['Reporters waited outside the hall for hours.', 'The band played “Born in the U.S.A.” '
      'twice.'], []),  # no cue, a title: not speech
])
def test_a_partial_quote_without_a_cue_takes_its_sentence_s_subject(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['"It reminds us how important this election is," Sen. Tom Reed (R-Fla.) said Saturday '
      'night.'], [('"It reminds us', "Tom Reed")]),  # the tag's period ends no sentence
    (['“The state has few votes and she is not likely to flip it,” the newspaper admitted.'],
     [("“The state has", "newspaper")]),
    (['“There should be a lot of systems, beyond databases,” the businessman replied.'],
     [("“There should ", "businessman")]),
    (['“Anyone who ignores the law puts people at risk,” said Reed constituent Ann Lee when '
      'asked about it.'], [("“Anyone who ig", "Ann Lee")]),
    (['Tom Reed read out the memo from the panel.', '"So far, 59 of the 75 witnesses had never '
      'been interviewed before," it stated.'], [('"So far, 59 of', "memo")]),
])
def test_cues_the_main_rules_missed(paras, expected):
    assert speakers(*paras) == expected


def test_typewriter_double_quotes_are_marks():
    a = make_article("t", [("paragraph", "Tom Reed spoke. ''I would point out to you that we "
                            "won in every state,'' Mr. Reed told the crowd.")], [])
    got = [(s.exact, s.fields["speaker"]) for s in suggest(a, claims=False)]
    assert got == [("''I would point out to you that we won in every state,''", "Tom Reed")]
    # a lone pair of apostrophes after a number is no quote
    b = make_article("t", [("paragraph", "The board is 10'' wide and it fits.")], [])
    assert suggest(b, claims=False) == []


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed, the campaign manager, spoke on Monday.', 'His campaign said he ended the '
      'month with $28 million in the bank.'], [("he ended the m", "campaign")]),
    (['Tom Reed, a spokesman for the party, said it was over.', 'Lee’s spokesman said the '
      'prime minister stood by her original remarks.'],
     [("the prime mini", "Lee’s spokesman")]),
    (['Ann Lee, a spokeswoman for the party, spoke.', 'The spokeswoman said the party would '
      'stand by its original plan.'], [("the party woul", "Ann Lee")]),
    (['Late last year, the department said it had found that 12 of the 19 emails held '
      'secrets.'], [("it had found t", "department")]),
])
def test_a_role_refers_back_only_to_the_same_title_and_owner(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # "she" in a sentence whose subject is someone else says nothing of Tom Reed
    (['Critics of Tom Reed say she went too far in her ruling.', 'Tom Reed answered the '
      'critics at a rally on Monday.', '"I will not be silenced by anyone at all," he said.'],
     [("she went too f", "Critics of Tom Reed"), ('"I will not be', "Tom Reed")]),
    # "Mr. Daley" says William Daley is a man, whatever pronouns near him say
    (['William Daley ran the office for years.', 'Mr. Daley said the campaign would go on.',
      'Ann Lee spoke at the start of the event, as she said she would.', 'Later, Mr. Daley '
      'left the room.', '"It was a long day for all of us here," she said.'],
     [("the campaign w", "William Daley"), ('"It was a long', "Ann Lee")]),
    # of the people named since, the one the text shows to be a woman; "her staff" in the
    # sentence before says nothing of Pat Quinn
    (['Tom Reed spoke first.', 'Ann Lee, the governor, thanked her staff.', 'Pat Quinn and Tom '
      'Reed followed them.', '"We will win this state in the fall," she said.'],
     [('"We will win t', "Ann Lee")]),
    # "He said Ann Lee …": the pronoun is resolved where it stands, before the name
    (['Tom Reed spoke to the crowd.', 'He said Ann Lee "will never win this state, not in a '
      'hundred years."'], [('"will never wi', "Tom Reed")]),
])
def test_pronouns_by_what_the_text_says_of_its_subjects(paras, expected):
    assert speakers(*paras) == expected


def test_a_digest_s_bracketed_source_and_a_shouting_participle():
    assert speakers('HOW THE WORLD CHANGED “The slowdown and the financial mayhem are '
                    'fostering a cycle of decline.” [WaPo.]') == [("“The slowdown ", "WaPo")]
    assert speakers('THE WORLD TODAY “The slowdown and the financial mayhem are fostering a '
                    'cycle of decline.” Tune in tonight at 9 p.m. [AP.]') == [
        ("“The slowdown ", "AP")]
    assert speakers('Tom Reed walked out, yelling "this is not over, not by a long way."') == [
        ('"this is not o', "Tom Reed")]


def test_a_name_that_modifies_the_subject_is_not_the_subject():
    assert speakers('Tom Reed won. “Years from now, you will look back and say this was the '
                    'moment,” he said.', 'Reed consultant Pat Quinn picked up a similar thread '
                    'at the time. “Voters are beginning to see that they have a lot in common '
                    'with each other,” he said.') == [
        ("“Years from no", "Tom Reed"), ("“Voters are be", "Pat Quinn")]


def test_a_name_behind_a_role_opens_its_sentence():
    assert speakers('Tom Reed won. “Years from now, you will look back and say this was the '
                    'moment,” he said.', 'Campaign consultant Pat Quinn picked up a similar '
                    'thread at the time. “Voters are beginning to see that they have a lot in '
                    'common with each other,” he said.') == [
        ("“Years from no", "Tom Reed"), ("“Voters are be", "Pat Quinn")]


def test_a_clause_swallowed_with_a_speaker_is_cut_at_its_verb():
    assert speakers('In his Sunday interviews, Reed again criticized the news media, though he '
                    'added that the negative coverage has helped his campaign raise more '
                    'money.') == [("the negative c", "Reed")]
    got = speakers('Tom Reed comes with the right calling card: He fiercely protected the '
                   'delegates at the last contested convention, in what Ann Lee, the treasurer, '
                   'called "hand-to-hand combat of the worst kind."')
    assert got[1] == ('"hand-to-hand ', "Ann Lee")  # who called it so, not "He fiercely …"


def test_an_unnamed_person_after_the_verb():
    assert speakers('"There will not be a path for him to succeed," said one of those '
                    'advisers, who spoke on the condition of anonymity.') == [
        ('"There will no', "one of those advisers")]


def test_a_partial_quote_after_a_long_apposition_takes_the_subject():
    assert speakers('Tom Reed, a top party operative who played a major role in the last '
                    'campaign and is now running the early vote, said the absentee program is '
                    'a “critical part of our strategy.”') == [
        ("the absentee p", "Tom Reed"), ("“critical part", "Tom Reed")]  # and the indirect


def test_a_role_ends_before_its_relative_clause():
    from annotations.suggest.roles import clean_role

    assert clean_role("a top party operative who played a major role in the campaign") == \
        "a top party operative"


def test_a_quote_after_a_clause_and_a_comma_takes_its_subject():
    assert speakers('Tom Reed praised those who left but said, "We are in a different '
                    'ballgame, and we need the ability to execute."') == [
        ('"We are in a d', "Tom Reed")]


def test_of_someone_opens_a_fronted_phrase():
    assert speakers('Tom Quinn spoke.', 'Sen. Ann Lee has endorsed Reed.', 'Of Quinn, Lee said '
                    'a lot of voters in her state would find his record very hard to look '
                    'past.') == [("a lot of voter", "Ann Lee")]


@pytest.mark.parametrize(("paras", "expected"), [
    (['Ann Lee emailed supporters on Monday.', 'The email goes on to say: “Reed wants to write '
      'his fear into our law books and we will stop him.”'], [("“Reed wants to", "email")]),
    (['The ad renews old charges.', 'The short ad ends with a voice saying: “Amnesty for all. '
      'Big money for himself. Can you trust him?”'], [("“Amnesty for a", "short ad")]),
])
def test_a_text_before_a_colon_speaks(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed spoke.', 'Military analysts say the leader would see the folly in an open-ended '
      'war. Recent successes, they said, could be made solid by a political deal.'],
     [("the leader wou", "Military analysts"), ("could be made ", "Military analysts")]),
    (['Tom Reed spoke.', 'Several Democrats cautioned against drawing lessons from the vote. '
      'They also said many voters were angry for good reasons.'],
     [("many voters we", "Several Democrats")]),
    (['Tom Reed spoke at length.', '"We will be back next year," they said.'],
     [('"We will be ba', None)]),  # no group named: not Tom Reed
])
def test_they_are_a_group_never_one_person(paras, expected):
    assert speakers(*paras) == expected


def test_a_short_quote_of_what_someone_calls_something():
    assert speakers('Police Commissioner Ann Lee described the demonstrations as largely "very '
                    'peaceful."') == [('"very peaceful', "Ann Lee")]
    assert speakers('Police Commissioner Ann Lee said the demonstrations were "very '
                    'peaceful" on the whole.') == [("the demonstrat", "Ann Lee")]
