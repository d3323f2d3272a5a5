"""Cues before a quote whose subject stands apart from the reporting verb: a relative
pronoun, a verb or a state and ``to``, issue #26. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes

QUOTE = '"So far, I cannot believe how civil it has been up here."'


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(first words, speaker, cue) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.cue) for q in find_quotes(text)]


@pytest.mark.parametrize(("clause", "verb"), [
    ("The best reply was a post from Ann Lee who wrote,", "wrote"),  # a relative pronoun
    ("The debate was so dull that Ann Lee was prompted to say,", "say"),
    ("Ann Lee was quick to add:", "add"),
    ("Ann Lee decided to add:", "add"),
])
def test_the_subject_before_a_relative_or_a_verb_and_to_speaks(clause, verb):
    text = f"Tom Ford spoke first.\n\n{clause} {QUOTE}"
    assert speakers(text) == [('"So far, I c', "Ann Lee", verb)]


def test_a_reporting_verb_in_a_relative_clause_with_its_own_object_is_no_cue():
    text = ("Tom Ford spoke first.\n\nJo Park wrote back that the remark was odd coming from "
            f"a candidate who promised a wall: {QUOTE}")
    assert [q.speaker for q in find_quotes(text)] == ["Jo Park", "Jo Park"]
