"""The speaker, not the nearest name, fourth round (issue #26, i26-near2, session 16): the
subject of a clause whose object a quote names, … Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.names import parse_np
from annotations.suggest.partial import object_clause_subject
from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(first words, speaker) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("sentence", "first", "who"), [
    # the clause's subject set apart by an apposition: not the sentence's subject
    ("He fought for the delegates in 1976, in what Sam Cole, a former party treasurer, "
     'called "hand-to-hand combat."', '"hand-to-han', "Sam Cole"),
    # an unnamed body, its verb before the words it predicts: not the sentence's subject
    ("Club membership fell by a tenth last year, a trend that the foundation predicts will "
     'continue "for the next few years."', '"for the nex', "foundation"),
])
def test_a_clause_whose_object_a_quote_names_speaks_through_its_subject(sentence, first, who):
    text = "Tom Reed met Ann Lee on Monday.\n\n" + sentence
    assert speakers(text)[-1] == (first, who)


@pytest.mark.parametrize("lead", [
    "Reed said that Lee called the plan ",  # "that" after a verb reports: no object clause
    "He won in what he called ",  # a pronoun: left to the pronoun rules
    "in what Sam Cole called, at last, ",  # a comma after the verb: no longer the clause
])
def test_no_object_clause_subject(lead):
    assert object_clause_subject(lead) is None


@pytest.mark.parametrize(("cue", "role"), [
    ("Fight for $15 organizing director Sam Cole told Channel 6 in Dayton.",
     "Fight for $15 organizing director"),
    ("Local 32 union president Sam Cole said.", "Local 32 union president"),
])
def test_a_number_inside_a_role_before_a_name_keeps_the_name(cue, role):
    text = 'Tom Reed met Ann Lee on Monday.\n\n"They care about two things," ' + cue
    q = find_quotes(text)[-1]
    assert (q.speaker, q.role) == ("Sam Cole", role)


@pytest.mark.parametrize("np", ["Nearly 60 percent of Mrs. Lee", "Dec 29 - Senator Ann Lee"])
def test_a_share_or_a_date_is_no_role_before_a_name(np):
    # a share of someone's money is no role; a dateline's date is no part of one
    assert parse_np(np) is None
