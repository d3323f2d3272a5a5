"""The English attribution rules on short invented sentences: exact speakers and roles."""

from __future__ import annotations

import pytest

from annotations.model.build import make_article
from annotations.suggest import attribute, suggest
from annotations.suggest.roles import clean_role


def article(*paras: str):
    return make_article("t", [("paragraph", p) for p in paras], [])


def speakers(*paras: str) -> list[tuple[str, str | None, str | None]]:
    """(first words, speaker, role) of each quote suggested in the body."""
    return [(s.exact[:14], s.fields["speaker"], s.fields["speaker_role"])
            for s in suggest(article(*paras), claims=False) if s.part == "body"]


@pytest.mark.parametrize(("role", "clean"), [
    ("Mr.", None), ("Ms.", None), ("When", None), ("When President", "President"),
    ("authors,", "authors"), ("two authors,", "two authors"), ("candidate Dr.", "candidate"),
    ("the convention, his top aide,", "his top aide"), ("director of the", "director"),
    ("emerged. Her campaign chairman,", "Her campaign chairman"), ("former Rep.", None),
    ("Last week", None), ("Russian President", "Russian President"),
    ("a Foreign Ministry spokesperson", "a Foreign Ministry spokesperson"),
    ("senator (D-Ore.),", "senator"), (None, None),
])
def test_a_role_is_never_a_title_or_a_fragment(role, clean):
    assert clean_role(role) == clean


def test_the_form_proposes_clean_roles():
    a = article('Mr. Brandt said he would stay. "We are not leaving this town, ever," '
                'Mr. Brandt said.',
                'When President Ann Lee arrived, the crowd cheered. "This is a good day for '
                'all of us," Lee said.',
                'The report has two authors, Tom Reed and Jo Hart. "We found nothing at all '
                'there," Reed said.')
    got = []
    for s in suggest(a, claims=False):
        if s.exact.startswith('"'):
            f = attribute(a, "body", s.start, s.end)
            got.append((f["speaker"], f["speaker_role"]))
    assert got == [("Brandt", None), ("Ann Lee", "President"), ("Tom Reed", "two authors")]


@pytest.mark.parametrize(("paras", "expected"), [
    (['Ann Lee spoke to the crowd for an hour.', '"Go register," Lee implored.'],
     [('"Go register,"', "Ann Lee", None)]),  # a cue verb beyond the reporting ones
    (['The film opens on a farm.', '"It was a cold winter, the coldest in years," said the '
      'narrator.'], [('"It was a cold ', "narrator", None)]),
    (['The agency counted the votes.', '"Turnout was the lowest in decades," according to '
      'the report.'], [('"Turnout was th', "report", None)]),
    (['Peggy Drexler, CNN: "Voters want someone who listens to them and acts."'],
     [('"Voters want so', "Peggy Drexler", None)]),
    (['The talks ended late.', '"We agreed on every point of the plan," the joint statement '
      'said.'], [('"We agreed on e', "joint statement", None)]),
    (['"The vote was fair and the count was right," The Washington Post reported.'],
     [('"The vote was f', "Washington Post", None)]),  # "Post" is no verb
])
def test_cues_beyond_the_reporting_verbs(paras, expected):
    assert [(e[:12], sp, role) for e, sp, role in speakers(*paras)] == [
        (e[:12], sp, role) for e, sp, role in expected]


@pytest.mark.parametrize(("paras", "expected"), [
    # a sentence's first word is no one's name
    (['Even after the vote, the Reed campaign denied that it had asked for a recount at all.'],
     [("it had asked f", "Reed campaign", None)]),
    (['Soon after the murder, Tom Reed asserted that the country had lost its way completely.'],
     [("the country ha", "Tom Reed", None)]),
    (['Tom Reed is a senator.', 'Appearing on a Sunday show, the senator said the plan would '
      'fail badly for everyone.'], [("the plan would", "Tom Reed", "senator")]),
    # a place is no one: "in South Carolina", a hotel
    (['The primary in South Carolina is next. "With an eye to the 20th, we go on," he said.'],
     [('"With an eye t', None, None)]),
    (['Reed International Hotel hosted the gala. "We will win this state easily," he said.'],
     [('"We will win t', None, None)]),
    # a title-case heading names no one
    (['Glenn Beck Blasts Drudge Over Mocking Ads', '"It was a cheap shot at all of us," Beck '
      'said.'], [('"It was a chea', "Beck", None)]),
])
def test_words_and_places_are_not_speakers(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed attacked his rival at the debate on Monday night, calling him a "loser."'],
     [('"loser."', "Tom Reed", None)]),
    (['Ann Lee went on to attack the plan, saying the new tax "has not been thought through."'],
     [('"has not been ', "Ann Lee", None)]),
    (['Ann Lee spoke first. She blocked the bill because she said the language was unfair to '
      'every worker.'], [("the language w", "Ann Lee", None)]),
])
def test_participles_and_pronouns_after_a_conjunction(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # an anonymous source is not the last person named
    (['Senator John Hale spoke at length on Monday.', '"Would he change course? Nobody '
      'knows," the source said.'], [('"Would he chan', "source", None)]),
    # an abbreviated rank inside a name
    (['Navy spokesman Navy Capt. Jeff Davis spoke on Monday.', '"We will not change course '
      'at all," Davis said.'], [('"We will not c', "Jeff Davis", None)]),
    # a verb phrase after the subject is not the subject
    (['Ann Lee, the campaign chair, emailed supporters on Monday, telling them, "We are going '
      'to win this race."'], [('"We are going ', "Ann Lee", "campaign chair")]),
])
def test_the_speaker_not_the_nearest_name(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed spoke first.', 'Ann Lee then addressed the supporters again: "Here is what '
      'I regret most of all."'], [('"Here is what ', "Ann Lee", None)]),
    (['Tom Reed spoke first.', 'The rule is simple: "Here is what we do for all of them."'],
     [('"Here is what ', None, None)]),  # no subject that speaks
])
def test_the_subject_of_a_sentence_a_colon_ends(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed took the stage. As he left, Reed yelled "Stop the cover-up now!" at the '
      'crowd.'], [('"Stop the cove', "Tom Reed", None)]),
    (['Tom Reed took the stage.', '"Go back to your own network," Reed barked at him.'],
     [('"Go back to yo', "Tom Reed", None)]),
])
def test_verbs_of_shouting(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Another source familiar with the talks said, "I think he will try to be friendlier." '
      'At the same time, the person added, "you saw the endorsements, and they did not help."'],
     [('"I think he wi', "source", None), ('"you saw the e', "person", None)]),
    (['Another commenter said, "We all know how she feels about the police and the army."'],
     [('"We all know h', "commenter", None)]),
])
def test_unnamed_speakers_before_the_quote(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Conservative Icon Morton Blackwell Endorses Ted Cruz for the Nomination.',
      '"The party will nominate a flawed candidate," Blackwell said.'],
     [('"The party wil', "Blackwell", None)]),  # a title-case heading, with its full stop
    (['Tom Reed spoke.', '"This has to be the first time," said Clinton’s top foreign policy '
      'aide Jake Sullivan.'],
     [('"This has to b', "Jake Sullivan", "Clinton’s top foreign policy aide")]),
    (['Tom Reed spoke.', '"It is not new in Virginia," said Rep. Bobby Scott (D-Va.) at the '
      'time.'], [('"It is not new', "Bobby Scott", None)]),
])
def test_names_with_headings_parties_and_long_roles(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # "he" after a paragraph: the subject of a sentence opened by a phrase and a comma
    (['"It is not do or die," Ann Lee said outside the building.', 'On the eve of the long '
      'meetings, Tom Reed eased his tone. "I would say Paul for the time being," he said.'],
     [('"It is not do ', "Ann Lee", None), ('"I would say P', "Tom Reed", None)]),
    # "the senator": the one the text calls Sen., not the most named
    (['Sen. Marco Ruiz spoke in Ohio. Bernie Sands spoke too. Bernie Sands said he would win. '
      'Sands said it again.', 'Walking into the office, the senator said his campaign was '
      '"closing really strong."'],
     [("his campaign w", "Marco Ruiz", None), ('"closing reall', "Marco Ruiz", None)]),
])
def test_pronouns_and_roles_across_sentences(paras, expected):
    got = speakers(*paras)
    assert got[-len(expected):] == expected


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed spoke.', 'Ann Lee then asked, "With nukes?"'], [('"With nukes?"', "Ann Lee",
                                                                 None)]),
    (['Tom Reed spoke.', '"This is fantastic!" Don Hart of Madison, Alabama, beamed.'],
     [('"This is fanta', "Don Hart", None)]),
    (['Tom Reed spoke.', '"They stole the country," the man shouted.'],
     [('"They stole th', "man", None)]),  # someone unnamed, not the main figure
])
def test_cues_with_adverbs_appositions_and_unnamed_people(paras, expected):
    assert speakers(*paras) == expected


def test_a_party_before_a_name_is_not_part_of_it():
    assert speakers('Tom Reed spoke.', 'Republican Donald Trump said the party had grown '
                    'under him and would grow more.') == [
        ("the party had ", "Donald Trump", None)]


def test_a_dateline_is_no_speaker():
    assert speakers('WASHINGTON, D.C. — The senator said the bill would pass before the end '
                    'of the month.') == [("the bill would", "senator", None)]


@pytest.mark.parametrize(("paras", "expected"), [
    (['Tom Reed spoke on encryption and the companies he knows.', 'Companies say that '
      'weakening the encryption in their products would hurt users.'],
     [("weakening the ", "companies", None)]),
    (['The opponents met.', 'Opponents argued that the measure could cost billions of dollars '
      'a year.'], [("the measure co", "opponents", None)]),
])
def test_a_common_noun_opening_a_sentence_speaks_unnamed(paras, expected):
    assert speakers(*paras) == expected


def test_a_participle_s_subject_with_a_role_before_the_name():
    assert speakers('Tom Reed spoke.', 'Clinton campaign spokesman Brian Fallon responded on '
                    'Twitter, calling the charge "pathetic."') == [
        ('"pathetic."', "Brian Fallon", "Clinton campaign spokesman")]


def test_a_name_after_a_headline_and_a_dash_before_a_colon():
    assert speakers('VOTERS CARE MORE ABOUT INSPIRATION THAN ANYTHING ELSE - Frank Newport: '
                    '"We found that, across candidates, the leadership strengths matter '
                    'most."') == [('"We found that', "Frank Newport", None)]


def test_a_subordinate_clause_is_neither_in_the_speaker_nor_the_words():
    a = article('Tom Reed won.', 'When President Tom Reed’s advisers said the plan was dead, '
                'the market fell sharply all week.')
    got = [(s.exact, s.fields["speaker"]) for s in suggest(a, claims=False)]
    assert got == [("the plan was dead", "President Tom Reed’s advisers")]
