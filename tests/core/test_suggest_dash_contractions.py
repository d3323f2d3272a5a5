"""Reported speech whose clause opens with a pronoun and a contracted verb (``said she’s``,
``told reporters they're``), issue #26. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes


@pytest.mark.parametrize(("verb", "clause"), [
    ("said", "she’s"),
    ("said", "she's"),
    ("told reporters", "she’s"),
    ("told voters", "they’re"),
    ("said", "it’ll be"),
    ("says", "I’m"),
])
def test_a_pronoun_and_a_contracted_verb_open_the_reported_clause(verb, clause):
    text = (f"The mayor spoke on Monday.\n\nAnn Lee {verb} {clause} not running for the seat "
            "again next year.")
    assert [(text[q.start:q.end].split()[0], q.speaker, q.cue, q.mode)
            for q in find_quotes(text)] == [(clause.split()[0], "Ann Lee", verb.split()[0],
                                             "indirect")]


def test_a_possessive_after_the_verb_is_no_contraction():
    text = "The mayor spoke on Monday.\n\nAnn Lee praised Tom’s work on the budget this year."
    assert find_quotes(text) == []


@pytest.mark.parametrize("clause", [
    "his community doesn’t take part in the fight at all.",  # a negated verb, curly
    "the country can't move forward until the court rules.",  # straight
])
def test_a_negated_contraction_is_the_reported_clause_s_verb(clause):
    text = f"The mayor spoke on Monday.\n\nAnn Lee said {clause}"
    assert [(text[q.start:q.end], q.speaker) for q in find_quotes(text)] == [
        (clause, "Ann Lee")]
