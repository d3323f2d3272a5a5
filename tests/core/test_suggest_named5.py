"""Defects in names and roles found by review (#26, i26-named5), each on short invented
sentences with the exact speaker and role expected; each failed on the code before."""

from __future__ import annotations

import pytest

from annotations.model.article import Article
from annotations.suggest import suggest
from annotations.suggest.names import apposed_name, parse_mention
from annotations.suggest.roles import clean_role
from tests.factories import body_speakers as speakers
from tests.factories import make_article


def _roles(*paras: str) -> list[tuple[str | None, str | None]]:
    """(speaker, role) of each quote suggested in the body of an article of ``paras``."""
    a: Article = make_article("t", [("paragraph", p) for p in paras], [])
    return [(s.fields["speaker"], s.fields["speaker_role"])
            for s in suggest(a, claims=False) if s.part == "body"]


@pytest.mark.parametrize(("text", "who"), [
    ("Ann Lee, one of the organizers", ("Ann Lee", "one of the organizers")),
    ("one of the organizers", (None, "one of the organizers")),
    ("another of her aides", (None, "another of her aides")),
])
def test_one_of_a_group_is_the_whole_phrase(text, who):
    # before: the role 'of the organizers' (the determiner 'one' dropped as if 'a')
    m = parse_mention(text)
    assert m is not None and (m.name, m.role) == who


@pytest.mark.parametrize(("sentence", "found"), [
    ('"We will march again," said one of the organizers.', "one of the organizers"),
    ('"We will march again," one of the organizers said.', "one of the organizers"),
])
def test_one_of_the_organizers_speaks_as_written(sentence, found):
    # before: 'of the organizers'
    assert speakers("The rally ended at noon.", sentence) == [('"We will march', found)]


def test_a_named_member_of_a_group_keeps_one_of_as_role():
    # an analyst reads 'one of the organizers' as what she is; before: 'the organizers'
    assert _roles('"We will march again," said Ann Lee, one of the organizers.') == [
        ("Ann Lee", "one of the organizers")]


def test_a_body_is_no_role_for_the_name_after_its_comma():
    # 'According to the police, Tom Reed, Ann Lee and …': a list the police report, not
    # the police's name; before: Tom Reed (given the role 'police')
    assert not apposed_name("the police", "Tom Reed")
    assert speakers("The fire began at dawn.",
                    'According to the police, Tom Reed, Ann Lee and two neighbors "saw '
                    'the fire start."') == [("Tom Reed, Ann ", "police"),
                                            ('"saw the fire ', "police")]


@pytest.mark.parametrize(("role", "name"), [
    ("The chief of staff", "Tom Reed"), ("the company", "Elm Steel Works")])
def test_a_role_or_a_body_named_after_its_comma_stays(role, name):
    # guards: a person's role, and a body named as a body
    assert apposed_name(role, name)


def test_as_well_as_inside_a_role_is_no_clause():
    # before: 'professor of statistics' ('and ethics as' read as a verb and its 'as')
    assert clean_role("professor of statistics and ethics as well as law") == \
        "professor of statistics and ethics as well as law"
    assert _roles('"It is wrong," said Sam Cole, a professor of statistics and ethics as '
                  'well as law.') == [
        ("Sam Cole", "professor of statistics and ethics as well as law")]
    # a guard: a clause after 'and' still ends the role
    assert clean_role("historian and runs the museum") == "historian"


def test_a_first_name_and_a_word_for_a_time_is_a_person_given_a_role():
    # 'Ann Day, executive director of …': 'Day' reads as a time, so the name was no
    # person's; before: no speaker for 'she', and 'Day' alone for 'Day said'
    assert speakers("Ann Day, executive director of the group, met Tom Reed on Monday.",
                    '"We are tired," she said.') == [('"We are tired,', "Ann Day")]
    assert speakers("Ann Day, executive director of the group, spoke after Tom Reed.",
                    'Day said the plan "will fail."') == [('"will fail."', "Ann Day")]


def test_a_first_name_and_a_word_for_a_time_with_no_role_is_not_indexed():
    # a guard: with nothing showing a person, the words stay no one's name
    assert speakers("The Labor Day parade was long.", 'Day said the plan "will fail."') == [
        ('"will fail."', "Day")]


def test_a_lone_first_name_after_named_is_a_person():
    # before: no speaker ('Mary' never seen to speak, with no surname)
    assert speakers("A woman named Mary stood up.", '"We are tired," she said.') == [
        ('"We are tired,', "Mary")]


def test_one_of_someones_things_is_no_group_of_people():
    # a guard: 'One of Reed's earlier speeches' is no speaker; 'he' is Reed
    assert speakers("Tom Reed spoke often.", "One of Reed's earlier speeches came in May, when "
                    'he told reporters the plan "would fail."') == [('"would fail."', "Tom Reed")]


@pytest.mark.parametrize(("sentence", "role"), [
    # a plural title inside the body's name ("Nurses", "Teachers"): before, the role ended
    # there ('executive director of Elm Nurses')
    ('"We are happy," said Ann Lee, executive director of Elm Nurses United, a union.',
     "executive director of Elm Nurses United"),
    ('"We are happy," said Ann Lee, executive director of Elm Teachers Association.',
     "executive director of Elm Teachers Association"),
    # a party word opening the body's name: before, 'spokeswoman for the Democratic' (the
    # word taken for the party of a person named after it)
    ('"We are happy," said Pat Quinn, a spokeswoman for the Elm Harvest Convention.',
     "spokeswoman for the Elm Harvest Convention"),
    ('"We are happy," said Pat Quinn, co-founder of the Elm Change Committee.',
     "co-founder of the Elm Change Committee"),
    # and a body's name joined by 'and' (a guard: before as now, through the index)
    ('"It is wrong," said Ann Lee, head of the Elm Legal Defense and Educational Fund.',
     "head of the Elm Legal Defense and Educational Fund"),
])
def test_a_bodys_name_after_a_role_stays_whole(sentence, role):
    assert _roles(sentence)[-1][1] == role


def test_a_person_after_a_bodys_name_is_still_the_person():
    # a guard: the body's name ends on its noun, then a person's name
    assert parse_mention("researcher of the Elm Academy of Social Sciences Li Wen") == \
        parse_mention("researcher of the Elm Academy of Social Sciences Li Wen")
    m = parse_mention("researcher of the Elm Academy of Social Sciences Li Wen")
    assert m is not None and m.name == "Li Wen"


@pytest.mark.parametrize(("sentence", "who"), [
    # before: Tom Reed (the role 'spokesman for House Speaker' given to the one it is for)
    ('"The bill is dead," said a spokesman for House Speaker Tom Reed.',
     "spokesman for House Speaker Tom Reed"),
    ('A spokesman for Democratic presidential candidate Ann Lee called a report suggesting '
     'the plan "is dead."', "spokesman for Democratic presidential candidate Ann Lee"),
    # guards: an office after 'for' is the named person's own
    ('Democratic candidate for lieutenant governor Ann Lee said the plan "is dead."',
     "Ann Lee"),
    ('Secretary of State Ann Lee said the plan "is dead."', "Ann Lee"),
])
def test_a_role_for_someone_titled_is_not_theirs(sentence, who):
    assert speakers("The vote is on Monday.", sentence)[0][1] == who


def test_a_name_with_in_t_is_one_name():
    # a Dutch particle of two words: before, 'Marta' (the name cut at 'in'), and no one for
    # 'she' (the name not indexed)
    assert speakers('"We are tired," said Marta in \'t Hoen, a Dutch member of the parliament.',
                    '"Very tired," in \'t Hoen added.') == [
        ('"We are tired,', "Marta in 't Hoen"), ('"Very tired,"', "Marta in 't Hoen")]
    assert speakers("Marta in ’t Hoen, a Dutch member of the parliament, spoke.",
                    '"We are tired," she said.') == [('"We are tired,', "Marta in ’t Hoen")]


#: Mojibake as real archives hold it (UTF-8 read as Latin-1, then decomposed): ``ñ`` as
#: ``Ã±``, ``á`` as ``Ã`` + a C1 control + ``Â¡``, ``è`` as ``Ã``, a space and a combining
#: diaeresis.
_SARUKHAN = "S\u00c3\u0083\u00c2\u00a1nchez"
_SEGOLENE = "H\u00c3\u00a9l\u00c3 \u0308ne"


def test_a_name_broken_by_mojibake_is_one_name():
    # before: 'Ann S' + the rest cut at the control ('Ann SÃ' for 'she'), no one
    # for a first name cut at the space before the diaeresis, the lone surname not joined
    assert speakers(f"Ann {_SARUKHAN}, the minister, spoke.", '"We are tired," she said.') == [
        ('"We are tired,', f"Ann {_SARUKHAN}")]
    assert speakers(f'"We are tired," said {_SEGOLENE} Morel, the minister.') == [
        ('"We are tired,', f"{_SEGOLENE} Morel")]
    # a sign lost to a space after the control ('ö' as 'Ã\x83 '): before, 'Ann KÃ\x83'
    assert speakers('"We are tired," said Ann K\u00c3\u0083 rner, the minister.') == [
        ('"We are tired,', "Ann K\u00c3\u0083 rner")]
    assert speakers(f'"We are tired," said Ann {_SARUKHAN}, the minister.',
                    f'"Very tired," {_SARUKHAN} added.') == [
        ('"We are tired,', f"Ann {_SARUKHAN}"), ('"Very tired,"', f"Ann {_SARUKHAN}")]


def test_folding_keeps_every_offset_and_plain_text():
    from annotations.suggest import mojibake

    text = f"Ann {_SARUKHAN} and {_SEGOLENE} Morel"
    folded = mojibake.fold(text)
    assert len(folded) == len(text) and folded.split() == [
        "Ann", "S\u00c3ı\u00c2ınchez", "and", "H\u00c3ıl\u00c3ııne", "Morel"]
    plain = "Café, naïve © 2016, 45° and ½ cup"
    assert mojibake.fold(plain) is plain
    # a long run of marks is filled once (each character read once)
    assert mojibake.fold("A" + "\u0303" * 5000 + " x") == "A" + "ı" * 5000 + " x"


def test_a_full_name_set_apart_before_a_body_is_no_role_of_the_body():
    # 'Under Chancellor Ann Lee, Elmland …': before, Elmland given the role 'Under Chancellor
    # Ann Lee', and Ann Lee the role 'Under Chancellor'
    assert _roles('Under Chancellor Ann Lee, Elmland has said it "is ready."') == [
        ("Elmland", None)]
    assert _roles('Under Chancellor Ann Lee, Elmland is also playing a part in the talks.',
                  '"We are ready," she said.') == [("Ann Lee", "Chancellor")]
    # a guard: an office that opens with 'Under'
    assert _roles('"We are ready," said Under Secretary of State Ann Lee.') == [
        ("Ann Lee", "Under Secretary of State")]


def test_a_verb_between_capitalised_words_is_no_role():
    # before: the role 'Trend Magazine chose German Chancellor' (the clause before the name)
    assert _roles("Trend Magazine chose German Chancellor Ann Lee as its “Person of the Year” "
                  "for 2015.", "Lee was chosen first over three others, a trend that held.",
                  '"I am honored," Lee said.') == [("Ann Lee", "German Chancellor")]
