"""Speakers of reporting clauses with a hearer or a coordinated clause before the verb, ninth
round (issue #26). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(first words, speaker, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize(("clause", "speaker"), [
    ("Tom Ford speaking to Jim Lee said,", "Tom Ford"),  # a participle, then its hearer
    ("Tom Ford in a letter to Jim Lee wrote:", "Tom Ford"),  # a setting, then its hearer
    ("Another source speaking to Jim Lee said,", "source"),  # someone unnamed
    ("He said to Jim Lee:", "Tom Ford"),  # the pronoun before the verb, not the hearer
])
def test_the_one_spoken_to_before_the_verb_is_not_the_speaker(clause, speaker):
    text = f'Tom Ford arrived late.\n\n{clause} "We will not sign this deal."'
    assert speakers(text) == [('"We will not', speaker, "direct")]


@pytest.mark.parametrize(("subject", "speaker"), [
    ("She", "Ann Lee"),  # the pronoun opening the first clause
    ("Ford", "Tom Ford"),  # a name opening it
])
def test_a_clause_joined_by_but_gives_its_subject_not_the_whole_clause(subject, speaker):
    text = ("Tom Ford and Ann Lee spoke on Monday.\n\n"
            f'{subject} endorsed the mayor, but said that the budget was "a mess."')
    assert speakers(text)[-1] == ('"a mess."', speaker, "mixed")


def test_a_clause_with_a_second_verb_before_but_gives_no_clause_as_speaker():
    text = ('Ann Lee spoke on Monday.\n\nThe mayor she endorsed lost, but said that the '
            'budget was "a mess."')
    assert "lost" not in (speakers(text)[-1][1] or "")


@pytest.mark.parametrize(("source", "speaker"), [
    ("exit polls (a wide margin, but one in line with the last vote. Turnout fell.)",
     "exit polls"),  # a parenthesis over two sentences
    ("polls at the time", "polls"),  # when, not who
    ("two members present who asked not to be named", "two members present"),  # a relative
    ("polling by the A.F.L.-C.I.O., even as others did not", "polling by the A.F.L.-C.I.O"),
])
def test_according_to_names_its_source_without_what_follows_it(source, speaker):
    text = ("The vote was close.\n\nUnion members in the county favored the mayor by ten "
            f"points, according to {source}.")
    assert speakers(text) == [("Union member", speaker, "indirect")]


def test_initials_written_together_before_of_and_a_place_are_a_name():
    text = ('The vote neared.\n\nG.K. Ford of Ohio said he was “outraged” to even hear about '
            'it.')
    assert speakers(text) == [("he was “outr", "G.K. Ford", "indirect"),
                              ("“outraged”", "G.K. Ford", "mixed")]
