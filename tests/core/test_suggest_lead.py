"""A general defect of the suggester (#26, i26-lead), on short invented sentences: a name
set apart by commas right before its reporting verb (``The head of the agency, Ann Lee,
said: "…"``) read as a cue of its own, which made the words before it an extra report."""

from __future__ import annotations

import pytest

from annotations.suggest import suggest
from tests.factories import make_article


def _suggested(*paras: str) -> list[tuple[str, str | None, str | None]]:
    """(exact text, speaker, mode) of each quote suggested in the body of ``paras``."""
    a = make_article("t", [("paragraph", p) for p in paras], [])
    return [(s.exact, s.fields["speaker"], s.fields["mode"])
            for s in suggest(a, claims=False) if s.part == "body"]


def test_a_subject_set_apart_before_a_direct_quote_is_no_report_of_its_own():
    # before: also ("The head of the agency", "Ann Lee", "indirect")
    assert _suggested('The plan drew fire. The head of the agency, Ann Lee, said: "The plan '
                      'is dead and everyone knows it."') == [
        ('"The plan is dead and everyone knows it."', "head of the agency", "direct")]


@pytest.mark.parametrize("sentence", [
    "The plan is dead and everyone knows it, the head of the agency, Ann Lee, said.",
    "The plan is dead and everyone knows it, Ann Lee, the head of the agency, said.",
])
def test_reported_words_end_before_a_subject_set_apart_by_commas(sentence):
    # before: the report ran on to "…, the head of the agency" / "…, Ann Lee"
    assert _suggested(sentence) == [
        ("The plan is dead and everyone knows it", "Ann Lee", "indirect")]


def test_a_name_and_its_verb_after_one_comma_still_close_a_report():
    assert _suggested("The plan is dead and everyone knows it, Lee said.") == [
        ("The plan is dead and everyone knows it", "Lee", "indirect")]

