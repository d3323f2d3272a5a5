"""Who a role noun or a pronoun refers back to, on short invented sentences: a role someone
has beside the story's main figure is not that figure, a role said of a name is theirs, and a
possessor is no pronoun's antecedent."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("paras", "expected"), [
    # a role beside the main figure, a past office: the role as written, not the figure
    (['Mayor Ann Lee opened the bridge. Ann Lee cut the ribbon.',
      '"The bridge will be closed again on Sunday for repairs," the spokesman said.'],
     [('"The bridge wi', "spokesman")]),
    (['Tom Reed won the vote over Ann Lee. Tom Reed thanked the voters.',
      '"He will find the job harder than he thinks," the former governor said.'],
     [('"He will find ', "former governor")]),
    # a past office only for a figure named far more often than anyone (a story about them)
    (['Tom Reed ran the city. Tom Reed spent freely. Tom Reed met Ann Lee.',
      '"We will spend what it takes to win this," the former mayor said.'],
     [('"We will spend', "Tom Reed")]),
    (['Tom Reed won the vote. Tom Reed thanked the voters.',
      '"This case was never about the money at all," the lawyers said.'],
     [('"This case was', "lawyers")]),
    # an office the main figure holds: the figure
    (['Ann Lee toured the port. Ann Lee met the workers there.',
      '"We will build three new docks by next spring," the candidate said.'],
     [('"We will build', "Ann Lee")]),
])
def test_a_definite_role_is_the_main_figure_only_for_an_office_of_theirs(paras, expected):
    assert speakers(*paras) == expected


def test_a_role_said_of_a_name_is_theirs():
    assert speakers('Tom Reed is a senator. Ann Lee and Ann Lee\'s aides met him there.',
                    '"The plan will not pass this year at all," the senator said.') == [
        ('"The plan will', "Tom Reed")]


def test_a_possessor_is_not_a_pronouns_antecedent():
    got = speakers('"We have to hold this line every single day," Ann Lee said.',
                   'As for Tom Reed\'s plan, she said, "It will never work in this city."')
    assert [g for g in got if g[0].startswith('"')] == [
        ('"We have to ho', "Ann Lee"), ('"It will never', "Ann Lee")]


@pytest.mark.parametrize(("paras", "expected"), [
    # where it was said, or where the speaker is from, after the name
    (['"We will not give up on this town," said Ann Lee in her speech on Friday.'],
     [('"We will not g', "Ann Lee")]),
    (['"The vote was close but it was fair," said Tom Reed of the county board.'],
     [('"The vote was ', "Tom Reed")]),
    # a party and state tag after the name, an adverb before the verb
    (['"This bill will pass the house this week," Majority Leader Tom Reed, R-Ky., said.'],
     [('"This bill wil', "Tom Reed")]),
    (['"The deal is done and we can go home now," Governor Ann Lee quickly said.'],
     [('"The deal is d', "Ann Lee")]),
])
def test_a_cue_names_the_speaker_around_settings_tags_and_adverbs(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # a sentence adverb or a fronted phrase before the subject is no one
    (['Regardless, the water board said it had found no trace of lead in the pipes.'],
     [("it had found n", "water board")]),
    (['Therefore, Ann Lee said the town would have to borrow money to fix the roads.'],
     [("the town would", "Ann Lee")]),
    (['Along with the map, Tom Reed posted: "We will open the new road in the spring."'],
     [('"We will open ', "Tom Reed")]),
    # party words and modifiers before a role noun belong to the role, not the name
    (['Republican presidential candidate Ann Lee took to the radio, saying: "Our farms '
      'need rain and they need it now."'], [('"Our farms nee', "Ann Lee")]),
    (['Democratic front-runner Tom Reed argued that the plan would cost far too much.'],
     [("the plan would", "Tom Reed")]),
])
def test_fronted_words_and_party_modifiers_are_not_speakers(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # someone the sentence does not name, after or before the verb
    (['"The mayor will not run again next year," said one party insider familiar with it.'],
     [('"The mayor wil', "party insider")]),
    (['"Vote early and vote for the bridge," said the printed campaign flyer.'],
     [('"Vote early an', "printed campaign flyer")]),
    (['"We grew up on the same street," said his oldest friend at school, Ann Lee, who '
      'still lives there.'], [('"We grew up on', "Ann Lee")]),
    (['"Who would vote for a man like that?" the 40-year-old asked in her video.'],
     [('"Who would vot', "40-year-old")]),
    # a verb that takes an object there names no one
    (['Tom Reed spoke for an hour. "It was a hard year for the farm," described the '
      'mood as grim.'], [('"It was a hard', None)]),
])
def test_an_unnamed_speaker_around_the_verb(paras, expected):
    assert speakers(*paras) == expected


def test_a_pronoun_in_a_sentence_refers_to_its_subject_not_its_object():
    got = speakers('Ann Lee met the press. Ann Lee said she was tired, and her aides agreed.',
                   'Joan Hart stayed home. Joan Hart said she would run next year.',
                   'Ann Lee on Monday hit Joan Hart on taxes, she hit her on schools, and she '
                   'claimed that the city "has never been run so badly."')
    assert got[-1] == ('"has never bee', "Ann Lee")


def test_the_pronoun_after_a_names_own_verb_tells_their_gender():
    from annotations.suggest.speakers import People

    p = People.of('Ann Lee and Tom Reed met on Monday. Ann Lee said she would vote no, and '
                  'Reed told reporters that he would abstain.')
    assert (p.gender["Ann Lee"], p.gender["Tom Reed"]) == (1, -1)


def test_a_city_and_state_after_a_fronted_place_are_no_one():
    assert speakers('At a town hall in Springfield, Ohio, Tom Reed told reporters that the '
                    'plant would stay open.') == [("the plant woul", "Tom Reed")]


def test_a_bracket_or_comma_the_name_never_opened_is_not_the_speakers():
    assert speakers('He cited his own figures, such as his claim that turnout fell by a third '
                    '(the actual drop is closer to five percent, according to Factcheck.org). '
                    'He did not reply.') == [("He cited his o", "Factcheck.org")]


@pytest.mark.parametrize(("paras", "expected"), [
    # a title's or an initial's period ends no clause: the subject before it speaks
    (["Mrs. Ann Lee praised Mrs. Joan Hart's work for the children of the county, saying "
      'she had "steady hands and a good heart."'], [('"steady hands ', "Ann Lee")]),
    (["In 2016, Ann Lee endorsed Tom J. Reed for mayor, saying he had "
      '"the courage and the energy to do the job."'], [('"the courage a', "Ann Lee")]),
    # a possessive phrase set apart is a place or a thing, not the subject
    (["On Friday, Mr. Tom Reed endorsed Ms. Ann Lee at a rally at the Palace, Ms. Lee's own "
      'club, calling her "a very intelligent woman who cares deeply."'],
     [('"a very intell', "Tom Reed")]),
    # the name a relative "who" follows
    (["Any decision would involve Attorney General Ann B. Lee, who told the council in "
      'March: "That matter is being handled by career independent agents, as it should."'],
     [('"That matter i', "Ann B. Lee")]),
    # a dateline opens no one's clause
    (["WASHINGTON — Sen. Tom Reed (R-Iowa) on Wednesday played down the attack and said it "
      'was much like a judge calling herself "a wise woman."'],
     [("it was much li", "Tom Reed"), ('"a wise woman.', "Tom Reed")]),
])
def test_a_clause_subject_across_titles_initials_and_appositions(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # a fronted phrase or a span of time before the subject is no one
    (["Police raided the home of a man from Berlin. Tom Reed, 26, was charged.",
      'Along with the photo, he had posted: "We are not mourning, we are celebrating!"'],
     [('"We are not mo', "Tom Reed")]),
    (["Years after Tom Reed famously claimed that the era of big government was over, the "
      "party moved on."], [("the era of big", "Tom Reed")]),
    (["The firm had planned a visit. Hours later, Intel said the event was canceled for the "
      "whole of the week."], [("the event was ", "Intel")]),
    # a sentence adverb before a subject it cannot name is still no one
    (["The Post ran a piece on it. Likewise, a paper from the Brookings Institution had this "
      'to say about the plan: "Families from the top half would receive more of it."'],
     [('"Families from', None)]),
])
def test_fronted_phrases_and_spans_of_time_are_no_one(paras, expected):
    assert speakers(*paras) == expected


@pytest.mark.parametrize(("paras", "expected"), [
    # a name set apart after a clause's object is that object's apposition, not its subject
    (["Speaking on a cable channel on Monday, Mr. Tom Reed called the firm's chief executive, "
      "J. Ann Lee, ''an incredibly driven woman who cares deeply.''"],
     [("''an incredibl", "Tom Reed")]),
    (["Ann Lee is telling a packed crowd in snowy Windham, New Hampshire, on the final day "
      'that "the race is wide open, whatever the polls say."'],
     [('"the race is w', "Ann Lee")]),
])
def test_a_name_set_apart_after_an_object_is_no_subject(paras, expected):
    assert speakers(*paras) == expected


def test_a_dash_line_after_a_quote_signs_it():
    assert speakers("The readers wrote in after the debate.",
                    '"The whole idea of a crooked mayor is something we hear about all the '
                    'time, and it needs to stop."',
                    "—Ann Lee, Philadelphia.",
                    '"I will vote for the first time this year, and for the other side."',
                    "- Tom Reed.") == [('"The whole ide', "Ann Lee"),
                                       ('"I will vote f', "Tom Reed")]


def test_a_possessive_in_s_apostrophe_ends_a_name():
    from annotations.suggest.quotes import find_quotes

    text = ("Reynolds’ Ohio supporters can’t quite say goodbye.\n\n"
            '"We will keep going all the way to the convention," Reynolds said.\n')
    assert [q.speaker for q in find_quotes(text)] == ["Reynolds"]


@pytest.mark.parametrize(("paras", "expected"), [
    # a person "of" the body they work for: the person, before or after the verb
    (["''This is an extreme revision of the threshold for workers,'' said David French of "
      "the National Retail Federation."], [("''This is an e", "David French")]),
    (["''Big tax cuts do not work in an age of high inequality and heavy debt,'' Ann Lee of "
      "the American Policy Institute wrote recently."], [("''Big tax cuts", "Ann Lee")]),
])
def test_a_person_of_a_body_is_the_person(paras, expected):
    assert speakers(*paras) == expected


def test_a_relative_clause_after_the_speaker_names_no_one():
    assert speakers('"It is not going to be easy for him to do it," said a congressman from '
                    "Ohio, who endorsed Mr. Tom Reed on Tuesday.") == [
        ('"It is not goi', "congressman")]


def test_an_unnamed_speaker_opening_a_sentence_is_written_as_a_description():
    got = speakers("The senior staff met on Monday.",
                   "Senior campaign advisers who have run the numbers argue that by the end of "
                   "the month the mayor will hold most of the delegates.")
    assert got == [("by the end of ", "senior campaign advisers")]


def test_a_long_parenthetical_after_the_subject_and_a_title_before_a_name():
    # the name before a parenthetical of any length, not the last name inside it
    assert speakers("Tom Reed, 49, a Navy veteran who now is a civilian employee of the Air "
                    "Force, said the mayor should be ready for questions about the budget.") == [
        ("the mayor shou", "Tom Reed")]
    # a title's period opens no sentence: the later name is no subject for "he"
    got = speakers("Tom Reed spoke at the rally. He is still not sure whether he will vote for "
                   "Ann Lee or Vermont Sen. Bill Hart.",
                   '"I ask my wife whether she is ready to hear questions about it," he said.')
    assert got == [('"I ask my wife', "Tom Reed")]


def test_a_capitalised_role_before_a_name_opens_its_sentence():
    got = speakers('"We will look at every message again," said Ann Lee, a spokeswoman.',
                   "House Intelligence Republican Tom Reed (R-Kans.), who has seen the "
                   "messages, agreed with that point.",
                   '"This lapse presents real risks to our national security," he said.')
    assert got[-1] == ('"This lapse pr', "Tom Reed")


def test_an_organisation_is_no_antecedent_of_he_or_she():
    assert speakers("Tom Reed spoke to farmers in Ames on Monday.",
                    "The plant will close in May, according to the Associated Press.",
                    '"We will not let this town down, whatever it costs us," he said.') == [
        ("The plant will", "Associated Press"), ('"We will not l', "Tom Reed")]


def test_a_quote_a_person_claimed_is_theirs_not_the_next_clauses():
    got = speakers("Ann Lee and Tom Reed met voters in Ames on Monday.",
                   'But even as Ann Lee claimed on Tuesday that "the general got in trouble for '
                   'far less," one of the lawyers for Tom Reed said the cases differ.')
    assert got[0] == ('"the general g', "Ann Lee")


def test_short_reported_words_take_the_person_who_opens_their_sentence():
    got = speakers("Tom Reed blamed the problem of the shootings on \"sickos\" and suggested "
                   "building new homes for them. Ann Lee called Tom Reed a \"petulant child.\"")
    assert got[0] == ('"sickos"', "Tom Reed")


@pytest.mark.parametrize(("paras", "expected"), [
    # the hearer after "told" is never the speaker; the subject before ", but told"
    (["Tom Reed did not mention any of his opponents by name, but told his supporters, "
      "“our nation is in horrible trouble and we must act now.”"],
     [("“our nation is", "Tom Reed")]),
    # a period inside a word (a web address) ends no cue
    (["“The mayor needs a plan for the voters on the left,” Ann Lee, the polling expert who "
      "founded fivethirtyeight.com, tweeted on Wednesday."], [("“The mayor nee", "Ann Lee")]),
])
def test_a_hearer_and_a_web_address_are_no_speakers(paras, expected):
    assert speakers(*paras) == expected


def test_he_after_a_quote_inside_someone_elses_sentence_is_that_sentences_subject():
    got = speakers("The summit ended on Monday.",
                   "Tom Hart denounced Bill Reed’s remarks as “hurtful and "
                   "humiliating.”",
                   "“If the voters choose Bill Reed, that will have consequences for "
                   "everyone,” he said.")
    assert got[-1] == ("“If the voters", "Tom Hart")


def test_a_reporting_word_after_a_possessive_is_a_noun():
    got = speakers("The summit ended on Monday.",
                   "Tom Hart denounced Bill Reed\u2019s remarks as \u201churtful and "
                   "humiliating.\u201d")
    assert got == [("\u201churtful and h", "Tom Hart")]


def test_a_show_named_in_a_fronted_phrase_is_not_the_speaker():
    got = speakers("On ABC News's \"This Week,\" Tom Reed said that by refusing to name the "
                   "threat, his rivals are \"saying we were never at war with anyone at all.\"")
    assert [s for _w, s in got] == ["Tom Reed", "Tom Reed"]


def test_a_lone_name_is_the_full_name_it_ends_before_one_it_opens():
    from annotations.suggest.speakers import People

    p = People.of("Gov. Jack Dalrymple spoke first. Jack Dalrymple thanked the crowd. Then "
                  "Brian Jack, a delegate, took the stage. Jack noted that the list was long.")
    assert p.fullest("Jack") == "Brian Jack"


@pytest.mark.parametrize(("paras", "expected"), [
    # a name after "of", "for" or "to" is a complement: the phrase's head speaks
    (['"We have never seen those records and we never will," a spokeswoman for Ann Lee '
      "said."], [('"We have never', "spokeswoman for Ann Lee")]),
    (["Friends of Mr. Tom Reed who have seen him on the trail recently say that his energy "
      "has matured into calm."], [("his energy has", "Friends of Mr. Tom Reed")]),
])
def test_a_name_after_of_or_for_is_no_speaker(paras, expected):
    assert speakers(*paras) == expected
