"""Two general defects of the suggester (#26, i26-lead), on short invented sentences: a name
set apart by commas right before its reporting verb (``The head of the agency, Ann Lee,
said: "…"``) read as a cue of its own, which made the words before it an extra report; a
full name after a title, ``of`` and one word (``Secretary of State Jane Roe``) not indexed."""

from __future__ import annotations

import pytest

from annotations.suggest import suggest
from annotations.suggest.names import split_name
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
        ('"The plan is dead and everyone knows it."', "Ann Lee", "direct")]  # the name set
    # apart after the role speaks (i26-near, session 15; "head of the agency" before)


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


@pytest.mark.parametrize("title", ["Secretary of State", "Minister of Finance"])
def test_a_full_name_after_a_title_of_one_word_is_indexed_with_that_role(title):
    # before: no name ("of" made the whole run a role), so "Roe said" stayed "Roe"
    assert _suggested(f"{title} Jane Roe arrived on Monday.",
                      '"We will win this fight," Roe said.') == [
        ('"We will win this fight,"', "Jane Roe", "direct")]
    a = make_article("t", [("paragraph", f"{title} Jane Roe arrived on Monday."),
                           ("paragraph", '"We will win this fight," Roe said.')], [])
    assert [s.fields["speaker_role"] for s in suggest(a, claims=False)
            if s.part == "body"] == [title]


@pytest.mark.parametrize(("tokens", "split"), [
    (["Secretary", "of", "State", "Jane", "Roe"],
     (["Secretary", "of", "State"], ["Jane", "Roe"], False)),
    (["Duchess", "of", "Sussex"], (["Duchess", "of", "Sussex"], [], False)),
    (["Secretary", "of", "Homeland", "Security"],
     (["Secretary", "of", "Homeland", "Security"], [], False)),  # no first name: no one
])
def test_split_name_reads_a_title_of_a_word_then_a_full_name(tokens, split):
    assert split_name(tokens) == split
