"""Speakers written as names, roles, groups, bodies and texts, tenth round (issue #26);
and the tag form's roles. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(first words, speaker, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize(("conjunction", "speaker"), [
    ("while", "Sam Cole"), ("as", "Sam Cole"), ("when", "Sam Cole"),
])
def test_a_clause_after_a_comma_and_a_conjunction_speaks_through_its_own_subject(
        conjunction, speaker):
    text = (f"Gov. Tom Reed on Monday signed an order, {conjunction} Sam Cole, a former "
            'governor, proposed they "wait and see what the courts do" first.')
    assert speakers(text)[-1] == ('"wait and se', speaker, "mixed")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('A 2014 House Oversight Committee report found "no sign of any order to stand down."',
     "2014 House Oversight Committee report"),  # "report" is no verb after the body's name
    ('The Reed ad hits Lee for taking "ten times more money from banks than from voters."',
     "Reed ad"),  # the ad, not Tom Reed who paid for it
    ('One Club for Growth ad, which is airing now, argues that "only Lee can win the state."',
     "Club for Growth ad"),  # the ad, not the club
])
def test_a_text_named_by_capitalised_words_speaks_as_the_text(sentence, speaker):
    text = f"Tom Reed and Ann Lee spent heavily this year.\n\n{sentence}"
    assert speakers(text)[-1][1] == speaker
