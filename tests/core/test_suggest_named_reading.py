"""The second, labelled PolNeAR figure (``benchmarks/speaker_reading``): a speaker the
official scorer rejects is credited only when the article's own words show it right.
Articles invented for these tests."""

from __future__ import annotations

import pytest

from benchmarks.speaker_reading import by_reading, role_head

TEXT = ("Ohio Sen. Dana Whitcomb toured the plant on Monday with Gov. Ray Ellis. "
        "Later, Ray Ellis, a former plumber, met Tom Quill, the county's chief engineer. "
        "The senator said the plant would stay open.")


def at(phrase: str) -> int:
    return TEXT.index(phrase)


@pytest.mark.parametrize(("source", "speaker", "kind"), [
    ("The senator", "Dana Whitcomb", "role"),  # "Sen." before her name
    ("The Ohio senator", "Dana Whitcomb", "role"),  # its modifier written with it
    ("the former plumber", "Ray Ellis", "role"),  # an apposition gave it
    ("the engineer", "Tom Quill", "role"),
    ("Ray", "Ray Ellis", "lone name"),
])
def test_a_speaker_the_text_shows_right_is_credited(source, speaker, kind):
    assert by_reading(TEXT, source, speaker, at("The senator said")) == kind


@pytest.mark.parametrize(("source", "speaker"), [
    ("The senator", "Ray Ellis"),  # the governor, not the senator
    ("The Texas senator", "Dana Whitcomb"),  # no Texas senator named
    ("a senator", "Dana Whitcomb"),  # an indefinite role is someone new
    ("the governor", "Ellis"),  # named after the source only: nothing before it
    ("Ray", "Ray Ellis Foundation"),  # an organisation is no fuller name
    ("Whitcomb", "Dana Whitcomb"),  # a surname the official scorer already matches
])
def test_anything_else_is_not_credited(source, speaker):
    pos = at("Gov. Ray") if source == "the governor" else at("The senator said")
    assert by_reading(TEXT, source, speaker, pos) is None


def test_only_a_lower_case_definite_role_has_a_head():
    assert role_head("The Florida senator") == "senator"
    assert role_head("the senator from Vermont") == "senator"
    assert role_head("his brother") == "brother"
    assert role_head("A friend") is None
    assert role_head("the report") is None  # no one holds it
    assert role_head("Senator Lee") is None


def test_the_scorer_keeps_the_named_misses_the_second_figure_reads():
    from benchmarks.polnear import Attribution, PolArticle
    from benchmarks.polnear_score import score
    text = ('Sen. Ann Lee spoke in Dayton on Monday about the plant.\n\n"We will keep every '
            'job in this county," the senator said.')
    quote = (text.index('"We'), text.index('," the') + 2)
    source = (text.index("the senator"), text.index("the senator") + len("the senator"))
    said = (source[1] + 1, source[1] + 5)
    sc = score([PolArticle("invented", text, [Attribution((source,), (said,), (quote,))])])
    assert sc.speaker_named == [0, 1]  # no chain joins the role to the name: not official
    assert [(w[2], w[3], w[4]) for w in sc.named_wrong] == [("the senator", "Ann Lee",
                                                              source[0])]
    assert by_reading(text, "the senator", "Ann Lee", source[0]) == "role"
