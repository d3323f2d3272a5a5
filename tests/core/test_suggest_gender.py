"""First-name gender evidence for he/she (#26, eighth round): the shipped table of the US
Social Security Administration's names (``annotations/suggest/first_names.tsv``), read only
when the text itself says nothing of a person's gender; sentences invented for the tests."""

from __future__ import annotations

import pytest

from annotations.suggest import first_names
from annotations.suggest.first_names import first_name_sign
from annotations.suggest.speakers import People
from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("name", "sign"), [
    ("Karen Holt", 1), ("Susan Mary Price", 1), ("Tom Reed", -1),
    ("J. Michael Pearson", -1),   # an initial first: the next word is the first name
    ("KAREN HOLT", 1),            # capitals as a heading writes them
    ("Holt", 0),                  # a surname alone says nothing
    ("Jordan Price", 0),          # a name given to many of both sexes is left out
    ("Zxqv Holt", 0), ("Jean-Luc Holt", 0), ("Ánna Holt", 0),
])
def test_first_name_sign_reads_the_first_name_of_a_full_name(name, sign):
    assert first_name_sign(name) == sign


def test_the_table_is_read_once_and_holds_only_names_of_one_sex():
    table = first_names._table()
    assert first_names._table() is table
    assert 4000 < len(table) < 5000
    assert set(table.values()) == {1, -1}
    assert table["Karen"] == 1 and table["Tom"] == -1 and "Jordan" not in table


@pytest.mark.parametrize(("pronoun", "newcomer", "expected"), [
    ("he", "Karen Holt", "Tom Reed"),    # not the woman named since
    ("she", "Greg Holt", "Ann Reed"),    # not the man named since
])
def test_a_pronoun_does_not_go_to_a_person_whose_first_name_is_of_the_other_sex(
        pronoun, newcomer, expected):
    first = expected
    paras = [f'"We will win the vote," {first} said on Monday.',
             f'{newcomer} arrived at the hall an hour later. "It was a long day," '
             f'{pronoun} said.']
    assert speakers(*paras) == [('"We will win t', first), ('"It was a long', expected)]


def test_a_person_named_since_whose_first_name_fits_is_still_taken():
    paras = ['"We will win the vote," Tom Reed said on Monday.',
             'Karen Holt arrived at the hall an hour later. "It was a long day," she said.']
    assert speakers(*paras) == [('"We will win t', "Tom Reed"), ('"It was a long', "Karen Holt")]


def test_what_the_text_shows_comes_before_the_first_name():
    # "Mr. Holt": the text says Karen Holt is a man, whatever the table says of Karen
    paras = ['"We will win the vote," Ann Reed said on Monday.',
             'Karen Holt arrived at the hall an hour later, and Mr. Holt was tired. '
             '"It was a long day," he said.']
    p = People.of("\n\n".join(paras))
    assert p.gender["Karen Holt"] < 0 and p.sex("Karen Holt") < 0
    assert p.sex("Ann Reed") == 2 and p.gender.get("Ann Reed", 0) == 0
    assert speakers(*paras) == [('"We will win t', "Ann Reed"), ('"It was a long', "Karen Holt")]


def test_the_build_keeps_names_of_one_sex_with_enough_births(tmp_path, monkeypatch):
    from benchmarks import build_first_names as build

    monkeypatch.setattr(build, "FIRST_YEAR", 2000)
    monkeypatch.setattr(build, "LAST_YEAR", 2001)
    (tmp_path / "yob2000.txt").write_text("Ann,F,1500\nLee,F,900\nTom,M,1990\nLee,M,1000\n"
                                          "Bo,M,40\n", encoding="ascii")
    (tmp_path / "yob2001.txt").write_text("Ann,F,600\nTom,M,20\nTom,F,30\nLee,M,200\n",
                                          encoding="ascii")
    births, digest = build.count_births(tmp_path)
    assert births == {"Ann": [2100, 0], "Lee": [900, 1200], "Tom": [30, 2010], "Bo": [0, 40]}
    assert len(digest) == 64
    # Tom: 2,010 of 2,040 (98.5%) a man's; Lee: 57% only; Bo: too few births
    assert build.one_sex_names(births) == [("Ann", "F"), ("Tom", "M")]
    (tmp_path / "yob2001.txt").write_text("Ann,F,600\n<b>,F,1\n", encoding="ascii")
    with pytest.raises(ValueError, match="yob2001.txt"):
        build.count_births(tmp_path)


def test_the_shipped_table_says_how_it_was_made_and_is_packaged():
    import tomllib
    from pathlib import Path

    from benchmarks import build_first_names as build

    head = first_names._TABLE.read_text(encoding="ascii").splitlines()[:2]
    assert head[0] == (f"# SSA national baby names (public domain), births {build.FIRST_YEAR}-"
                       f"{build.LAST_YEAR}; kept: {build.MIN_BIRTHS}+ births, "
                       f"{build.MIN_SHARE:.0%}+ of one sex; built by "
                       "benchmarks/build_first_names.py")
    assert head[1].startswith("# sha256 of yob1920..yob2005.txt in year order: ")
    assert (first_names._TABLE.parent / "first_names.NOTICE.md").is_file()
    root = Path(__file__).resolve().parents[2]
    conf = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.tsv" in conf["tool"]["setuptools"]["package-data"]["annotations.suggest"]
