"""The review's four older defects (#26, i26-left), each on short invented text with the
exact result expected."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from annotations.suggest.speakers import People
from tests.factories import body_speakers as speakers

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _surname(i: int) -> str:
    """An invented surname of its own for each ``i`` below 70 * 70."""
    return (_SYLLABLES[i % 70] + _SYLLABLES[i // 70 % 70]).capitalize() + "by"


def _shared_first_word(n: int) -> str:
    """``n`` people named ``Wendel …``, each then named by the shared word alone."""
    return " ".join(f"Wendel {_surname(i)} spoke. Wendel left." for i in range(n))


class _CountedNames(Counter):
    reads = 0

    def __getitem__(self, key: str) -> int:
        _CountedNames.reads += 1
        return super().__getitem__(key)


class _Counted(People):
    """People whose name counts say how often they are read."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.names = _CountedNames()


def _reads(n: int) -> int:
    _CountedNames.reads = 0
    p = _Counted.of(_shared_first_word(n))
    assert p.fullest("Wendel") == f"Wendel {_surname(0)}"  # the first named, on a tie
    assert p.fullest(_surname(7)) == f"Wendel {_surname(7)}"
    return _CountedNames.reads


def test_names_sharing_a_first_word_are_ranked_in_linear_work():
    # before: each lone 'Wendel' ranked every 'Wendel …' again: 200 names read the counts
    # 40,601 times, 400 names 161,201 (x4); now 1,002 and 2,002
    assert (_reads(200), _reads(400)) == (1002, 2002)


def test_a_lone_word_goes_to_the_commonest_name_as_its_count_grows():
    p = People.of("Wendel Abby spoke. Wendel Ross spoke. Ross left. Wendel Ross spoke. "
                  "Wendel left. Wendel left. Abby left.")
    assert p.fullest("Wendel") == "Wendel Ross"
    assert p.names == Counter({"Wendel Ross": 5, "Wendel Abby": 2})
    assert [n for _q, n in p.mentions].count("Wendel Ross") == 5


def test_a_name_of_two_words_goes_to_the_commonest_longer_name_it_ends():
    p = People.of("Sam Ann Lee spoke. Tom Ann Lee spoke. Tom Ann Lee left. Ann Lee smiled.")
    assert p.fullest("Ann Lee") == "Tom Ann Lee"
    assert p.fullest("Sam Ann Lee") == "Sam Ann Lee"
    assert p.fullest("Bo Lee") == "Bo Lee"


def test_said_pronouns_are_read_with_no_pattern_built_per_name(monkeypatch):
    # before: one re.compile per mention ('Ann Lee said she …': the pronoun her gender)
    text = ("Sen. Kit Dorran said she would run. Pat Velo said he would not. "
            "Mr. Kit Dorran's aide left.")
    compiled: list[str] = []
    real = re.compile

    def counting(pattern, flags=0):
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    p = People.of(text)
    monkeypatch.undo()
    assert compiled == []
    assert p.gender["Kit Dorran"] > 0 and p.gender["Pat Velo"] < 0


@pytest.mark.parametrize(("text", "end"), [
    ("Kit Dorran said", 10), ("Sen. Kit Dorran said", 15), ("Dorran said", 6),
    ("A. B. C. Dorran said", 15), ("A. B. C. D. Dorran said", -1),
    ("Kit Dorranby said", -1), ("Kit, Dorran said", -1), ("Kit\u00a0Dorran said", 10),
])
def test_a_names_last_word_is_found_within_three_words(text, end):
    from annotations.suggest.speakers import _word_within

    assert _word_within(text, 0, "Dorran") == end


_BODY = "Tom Reed and Ann Lee spoke on Monday at the harbor."


@pytest.mark.parametrize("headline", [
    # before: the speaker 'Ann Lee’s Plan' (a thing of hers, not who speaks); the words in
    # marks judge her plan, most often someone else's verdict, so no one is suggested
    "Ann Lee’s Plan: ‘A Disaster for Working Families’",
    "Ann Lee's Harbor Plan: ‘A Disaster for Working Families’",
    "Tom Reed’s Budget: ‘Not Fit for Purpose’",
])
def test_a_possessive_thing_before_a_headlines_colon_is_no_speaker(headline):
    assert speakers(headline, _BODY) == []


def test_the_name_before_a_headlines_colon_still_speaks():
    assert speakers("Ann Lee: Harbor Plan ‘A Disaster for Working Families’", _BODY) == [
        ("‘A Disaster fo", "Ann Lee")]


@pytest.mark.parametrize(("body", "got"), [
    # before: 'Lee' (the main clause's subject) for the words of the relative clause
    ('Lee thanked the voters who said the plan was "a disaster for working families."',
     [('"a disaster fo', "the voters")]),
    ("Ann Lee thanked the voters who said the plan was a disaster for working families.",
     [("the plan was a", "the voters")]),
    ("Tom Reed met the nurses who say the ward has been short of staff for a year.",
     [("the ward has b", "the nurses")]),
    # a clause set apart by a comma is still of the name before it
    ("Ann Lee, who said the plan was a disaster for working families, left.",
     [("the plan was a", "Ann Lee")]),
    ("Ann Lee said the plan was a disaster for working families.",
     [("the plan was a", "Ann Lee")]),
])
def test_a_who_said_clause_is_the_words_of_the_group_it_modifies(body, got):
    assert speakers("Budget talks", body) == got


def test_a_who_said_clause_before_the_subjects_own_saying_keeps_the_subject():
    # the main clause's subject reports after the relative clause: the words run into it
    assert speakers("Budget talks", "Tom Reed rebuked critics who say he should call the "
                    "plan a failure, saying that doing so would help no one at all.") == [
        ("he should call", "Tom Reed")]
    assert speakers("Budget talks", 'Tom Reed rebuked critics who say he should call the '
                    'plan "a failure," saying that doing so would help no one at all.')[0] == \
        ("he should call", "Tom Reed")


def test_a_speakers_role_said_before_is_the_last_one_by_then():
    # the role of the last earlier speaker of the name with one (looked up, not scanned)
    from annotations.suggest.names import Mention
    from annotations.suggest.speakers import Speaker

    p = People.of("Tom Reed spoke. Tom Reed left. Tom Reed came back.")
    for role, pos in (("mayor", 0), (None, 16), ("harbor master", 31)):
        p.said(Speaker("Tom Reed", role, pos))
    got = [p.resolve(Mention(name="Reed"), pos) for pos in (0, 20, 40)]
    assert [(s.name, s.role) for s in got if s is not None] == [
        ("Tom Reed", "mayor"), ("Tom Reed", "mayor"), ("Tom Reed", "harbor master")]
