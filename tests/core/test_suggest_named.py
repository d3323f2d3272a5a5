"""Speakers written as a name or a noun phrase (issue #26): the person an apposition
describes, not a word inside it; a name that ends in -ly is no adverb. Sentences invented
for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(first words, speaker, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:19], q.speaker, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize("apposition", [
    "a retired teacher and volunteer organiser at the oldest food bank in Dayton",
    "a former aide to Mr. Ortiz and a friend of the family's",
    "a Democrat of Ohio and a member of the House Budget Committee",
])
def test_an_apposition_with_and_leaves_the_name_as_the_speaker(apposition):
    text = (f"Lena Marsh, {apposition}, said that the county had waited far too long for "
            "any of the promised money.")
    assert speakers(text) == [("the county had wait", "Lena Marsh", "indirect")]


def test_a_name_ending_in_ly_is_not_an_adverb():
    text = ("Nora Kelly spoke last.\n\nMs. Kelly said she considered the vote a deliberate "
            "attempt to embarrass the board.")
    assert speakers(text) == [("she considered the ", "Nora Kelly", "indirect")]


@pytest.mark.parametrize("cue", [
    "Democratic pollster Peter Fenn said",  # a role noun the titles need not list
    "State spokesman Peter Fenn said",  # "State": a name's word, not the verb
])
def test_a_role_and_a_full_name_after_a_quote_name_the_speaker(cue):
    text = f'"The next three weeks will decide the whole race for both of them," {cue}.'
    assert speakers(text) == [('"The next three wee', "Peter Fenn", "direct")]


def test_a_clause_set_apart_by_dashes_leaves_the_name_and_its_role():
    text = ('The talks ended.\n\nParty leader Ann Lee - who previously said she would "close '
            'every one of those plants" - said at a rally that she would not back down.')
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Ann Lee", "Party leader")]


@pytest.mark.parametrize(("raw", "clean"), [
    ("Ann Lee -", "Ann Lee"), ("Ann Lee —", "Ann Lee"), ("Mark-Viverito", "Mark-Viverito"),
    ("West Point,", "West Point"),
])
def test_a_speaker_never_ends_in_a_dash_or_a_comma(raw, clean):
    from annotations.suggest.speaker_clean import clean_speaker
    assert clean_speaker(raw) == clean


@pytest.mark.parametrize("after", [
    "while other leaders disagreed",  # no cue: a clause of its own
    "and the board agreed",
])
def test_a_clause_after_a_partial_quote_is_no_cue_and_the_subject_speaks(after):
    text = ("The board met on Monday.\n\nWalter Hewlett sniped that Fiorina, a first-time "
            f'chief executive, was "learning on the job and failing at it," {after}.')
    assert speakers(text) == [('"learning on the jo', "Walter Hewlett", "mixed")]


def test_a_reporting_aside_gives_the_speaker_of_its_whole_sentence():
    text = ('He spoke for an hour.\n\nVice President Ann Lee, Rubio said, had been in the '
            'Senate for "a thousand years" and passed "hundreds of bills."')
    assert [q.speaker for q in find_quotes(text)] == ["Rubio", "Rubio"]


def test_an_aside_names_who_reports_a_verb_after_it():
    text = 'The campaign moved on.\n\nCNN, Cruz said, called the announcement "highly ' \
        'significant."'
    assert speakers(text) == [('"highly significant', "Cruz", "mixed")]


@pytest.mark.parametrize("text", [
    'The race tightened.\n\nGeorge Hale of The Ledger wrote, "If you want voters to trust '
    'you, you have to show it when it costs you something."',
    '"If you want voters to trust you, you have to show it when it costs you something," '
    'says George Hale of the non-partisan Hale-Moss Political Report.',
])
def test_a_person_of_an_outlet_is_the_person(text):
    assert [q.speaker for q in find_quotes(text)] == ["George Hale"]


def test_a_writer_before_a_colon_outranks_the_outlet_in_brackets():
    text = ('TOP STORIES.\n\nTHE SOUTH IS NO LONGER HIS - Philip Marsh: “Two weeks ago, his '
            'strongest territory had been the South, and now it is the Northeast.” [WaPo.]')
    assert speakers(text) == [("“Two weeks ago, his", "Philip Marsh", "direct")]


def test_a_name_does_not_swallow_the_verb_after_it():
    text = ('Asked on Monday whether her husband would serve, Mrs. Clinton shook her head and '
            'said, "No, he will not be part of it."')
    assert speakers(text) == [('"No, he will not be', "Clinton", "direct")]


def test_an_office_names_the_subject_of_the_sentence_before():
    text = ('Tom Reed met voters. Reed spoke first. Reed spoke again.\n\nJo Hart (D-Nev.) '
            'blasted Reed and defended Ann Lee in an interview. "It shows a lack of character '
            'in my opinion," the Senate minority leader said.')
    assert [q.speaker for q in find_quotes(text)] == ["Jo Hart"]


def test_a_known_different_office_is_not_the_one_named():
    text = ('Senator Ann Lee spoke. Lee spoke again. Lee won.\n\nMayor Tom Reed disbanded the '
            'unit in April. "There is hatred like nobody has ever seen," the senator said.')
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee"]


def test_a_senator_of_one_state_is_not_the_senator_of_another():
    text = ('"We will win this state," said Texas Sen. Ann Lee at the rally.\n\nJo Hart spoke '
            'later in Miami. "Nobody here wants another recount this year," the Florida '
            'senator said.')
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee", "Jo Hart"]


@pytest.mark.parametrize(("cue", "speaker"), [
    ("the email read", "email"),
    ("the suit reads", "suit"),
    ("reads a Wednesday editorial in The Gazette", "Wednesday editorial"),
])
def test_a_text_that_reads_is_the_source(cue, speaker):
    text = f'"There are creatures that have shown more spine than this board," {cue}.'
    assert speakers(text) == [('"There are creature', speaker, "direct")]


def test_a_verb_before_a_name_and_its_apposition_is_a_cue():
    text = ('"An awful lot of analysts said no, and she set out to prove them wrong," '
            "remembered Roy Verley, the firm's former chief spokesman.")
    assert speakers(text) == [('"An awful lot of an', "Roy Verley", "direct")]


def test_a_noun_after_an_article_is_no_reporting_verb():
    text = ('Even as the race moves to Ohio, a state that she hoped to carry by a large margin, '
            'the race will be tight, said Dan Gerstein, a political analyst.')
    assert [(q.speaker, q.mode) for q in find_quotes(text)] == [("Dan Gerstein", "indirect")]


@pytest.mark.parametrize(("dateline", "speaker"), [
    ("NEW YORK, Dec. 22 (UPI) — ", "Chelsea Hart"),
    ("LA CROSSE, Wisc. — ", "Chelsea Hart"),
    ("WASHINGTON (AP) - ", "Chelsea Hart"),
])
def test_a_dateline_is_no_speaker(dateline, speaker):
    text = (f"Hart expects a second child.\n\n{dateline}Chelsea Hart announced she and her "
            "husband are expecting their second child this summer.")
    assert [(q.speaker, q.mode) for q in find_quotes(text)] == [(speaker, "indirect")]


def test_a_partial_quote_belongs_to_the_name_that_opens_its_clause():
    text = ('The race narrowed.\n\nAnn Lee is praising Tom Reed, who ended his bid on '
            'Saturday, as "a man who never went to the gutter" in the race.')
    assert speakers(text) == [('"a man who never we', "Ann Lee", "mixed")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('When Gov. Jo Hart criticized Tom Reed in a debate, Ann Lee shot back that she '
     'would "never bake cookies for a living."', "Ann Lee"),
])
def test_a_subordinate_clause_opens_with_no_speaker(sentence, speaker):
    assert [q.speaker for q in find_quotes("The debate went on.\n\n" + sentence)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("''I sat at my desk when it first came up on 'Fox and Friends,''' said Tommy Vietor, a "
     "former spokesman.", "Tommy Vietor"),  # a nested mark ends the quote
    ('"We are tying their hands and saying we know better," state Sen. Jason Holsman said.',
     "Jason Holsman"),  # "state": a noun before a title
])
def test_a_cue_after_a_nested_mark_or_a_noun_like_verb(text, speaker):
    assert [q.speaker for q in find_quotes(text) if q.mode == "direct"] == [speaker]


def test_a_name_ending_in_ly_before_a_participle_is_the_speaker():
    text = ('Jim Skelly ran the data team.\n\n"Having access to the file and two people who '
            'understand it is valuable," said Skelly, explaining he worked more closely with '
            'Chrabaszcz.')
    assert [q.speaker for q in find_quotes(text) if q.mode == "direct"] == ["Jim Skelly"]


def test_going_on_recess_is_no_cue():
    text = ('By contrast, Sen. Ann Lee said that once the Senate goes on recess, "I intend to '
            'do as much as I can, wherever I can be helpful."')
    assert [q.speaker for q in find_quotes(text) if q.mode == "direct"] == ["Ann Lee"]


def test_the_name_that_opens_a_clause_speaks_after_and_said():
    from annotations.suggest.cues import cue_before
    from annotations.suggest.names import Mention
    text = 'Reyes confirmed she had been and said, "America has a severe problem."'
    cue = cue_before(text, 0, text.index('"'))
    assert cue is not None and cue.mention == Mention(name="Reyes")  # not "she"


@pytest.mark.parametrize("cue", ["Tom Reed shot back", "Tom Reed shot back with a laugh"])
def test_shot_back_is_a_cue(cue):
    text = f'Ann Lee spoke first.\n\n"They are all here for the free stuff," {cue}.'
    assert [q.speaker for q in find_quotes(text)] == ["Tom Reed"]


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Pollsters agree - More from Jones: ", "Jones"),
    ("Not all web panels are equal. From the report: ", "report"),
])
def test_words_taken_from_a_source_before_a_colon(lead, speaker):
    text = f"{lead}“Samples with longer field periods produced far more accurate results.”"
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Corporate lobbyists describe such work as "a different cup of tea" than the usual.',
     "corporate lobbyists"),
    ('Multiple outlets reported on Wednesday the agency had "more than one conversation" '
     'with him.', "multiple outlets"),
    ('Ann Lee also bemoaned the climate in which people "literally hate each other" now.',
     "Ann Lee"),  # an adverb after a name modifies no noun
])
def test_a_capitalised_modifier_and_its_noun_speak_together(sentence, speaker):
    assert [q.speaker for q in find_quotes("The firm grew.\n\n" + sentence)] == [speaker]


def test_a_noun_ending_in_ly_is_kept_in_the_speaker():
    text = ('Reed has won 758 delegates so far, compared to Lee’s 538, according to a CNN '
            'tally, but his path to victory is narrow.')
    assert [q.speaker for q in find_quotes(text)] == ["CNN tally"]


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Steve Elm, a top fundraiser and veteran D.C. lobbyist close to the campaign in "
     "Brooklyn, says", "Steve Elm"),  # the period of "D.C." ends no clause
    ("Tuesday at Baldwin University in Berea, OH, after winning the primary, Gov. Jo Hart "
     "(R-OH), said,", "Jo Hart"),  # a town's state is no subject
])
def test_the_name_before_an_apposition_past_abbreviations_and_places(lead, speaker):
    from annotations.suggest.cues import subject_of
    m = subject_of(lead.rsplit(" ", 1)[0])
    assert m is not None and m.name == speaker


def test_words_set_apart_by_dashes_between_subject_and_verb():
    text = ("Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision "
            'to vote, and that the endorsement was "a big deal."')
    assert [q.speaker for q in find_quotes(text)] == ["Jason Sims", "Jason Sims"]


@pytest.mark.parametrize(("cue", "speaker", "role"), [
    ("his nephew Amir el Soheil added", "Amir el Soheil", None),  # a kin noun
    ("said his best friend at Lehigh, Bruce Turry, who spoke to us", "Bruce Turry",
     "best friend"),  # the apposition after a place
])
def test_a_relative_or_friend_named_after_a_quote(cue: str, speaker: str, role: str | None):
    text = f'"He was excited to be coming home, and everything was fine," {cue}.'
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [(speaker, role)]
