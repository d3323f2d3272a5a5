"""The PolNeAR scorer credits a speaker that is the source's head noun phrase (the issue's
"names the annotated source"), and nothing shorter or inside it."""

from __future__ import annotations

import pytest

from benchmarks.polnear_score import names_source


@pytest.mark.parametrize(("speaker", "source"), [
    ("three people", "three people briefed on the discussions"),
    ("Senior campaign advisers", "Senior campaign advisers who have run the numbers"),
    ("Republicans", "Republicans on Capitol Hill"),
    ("Quinnipiac poll", "a Quinnipiac poll conducted in February."),
    ("Democrat", "one Democrat familiar with the discussion"),
    ("Some delegates", "Some delegates at the convention in Philadelphia"),
    # a title before "of": the whole is the name's role, not a name before a place
    ("Ann Lee", "Former Secretary of State Ann Lee"),
    ("Ann Lee", "Hill County Supervisor of Elections Ann Lee"),
    # "one of" as written opens the source, as the "of …" the suggester gave before did
    ("one of two witnesses", "one of two witnesses who asked not to be named"),
    ("One of Lee's former aides", "One of Lee's former aides who still backs her"),
    ("of two witnesses", "one of two witnesses who asked not to be named"),
])
def test_the_head_of_the_source_names_it(speaker: str, source: str) -> None:
    assert names_source(speaker, [source])


@pytest.mark.parametrize(("speaker", "source"), [
    ("University", "the University of Michigan"),  # "of": part of the name
    ("Seventy-four percent of Democratic", "Seventy-four percent of Democratic registered "
                                           "voters"),
    ("Sophie", "Sophie in 't Veld, a Dutch liberal member of the European Parliament"),
    ("YAF member", "Morton Blackwell, founder of the Leadership Institute, YAF member in "
                   "the 1960s"),  # an apposition's head is not who speaks
    ("Democratic", "Democrats involved in the negotiations"),
    ("One of Lee's aides", "One of Reed's aides who asked not to be named"),
])
def test_no_part_of_the_source_names_it(speaker: str, source: str) -> None:
    assert not names_source(speaker, [source])


def test_the_head_rule_reads_the_source_not_its_chain() -> None:
    # a coreference mention that swallowed a verb is no head to credit
    assert not names_source("Sanders campaign projects",
                            ["The Sanders campaign", "Sanders campaign projects that it"])


@pytest.mark.parametrize(("speaker", "source"), [
    ("Jeb Bush", "A teary-eyed Bush"),  # words that describe the person before the name
    ("Pat Miller", "a terse Miller"),
    ("Lee Epstein", "Professor Epstein"),  # a title
    ("Ann Lee", "Judge Lee"),
])
def test_a_described_or_titled_name_is_the_name(speaker: str, source: str) -> None:
    assert names_source(speaker, [source])


@pytest.mark.parametrize(("speaker", "source"), [
    ("Donald Trump", "a longtime adviser to Trump"),
    ("Jared Huffman", "critics like Huffman"),
])
def test_a_phrase_about_a_name_is_not_the_name(speaker: str, source: str) -> None:
    assert not names_source(speaker, [source])


def test_a_typed_dash_sets_an_apposition_apart():
    assert names_source("some liberal economists", [
        "some liberal economists - including a minority of the Fed's own committee -"])
