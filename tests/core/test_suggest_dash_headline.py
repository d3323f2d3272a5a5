"""An article's title that reports speech (``Ann Lee Says …``): reported speech with its
speaker, the words a title capitalises between them left out; headings further down stay
no sentences, issue #26. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes

BODY = "\n\nThe mayor spoke on Monday at the town hall about the budget."


def speakers(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(first words, speaker, cue, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.cue, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize(("title", "words", "verb"), [
    ("Ann Lee Says the Budget Will Never Balance Without Higher Taxes", "the Budget W", "says"),
    ("Wow: Ann Lee Just Said Something Unexpected About the Trade Deal", "Something Un",
     "said"),
    ("Ann Lee Now Says She Never Backed the Trade Deal at All", "She Never Ba", "says"),
])
def test_a_title_in_title_case_reports_its_speakers_words(title, words, verb):
    assert speakers(title + BODY) == [(words, "Ann Lee", verb, "indirect")]


def test_a_heading_further_down_is_still_no_sentence():
    text = ("The mayor spoke on Monday at the town hall.\n\nTom Ford Says the Budget Is "
            "Finally Balanced Again\n\nThe vote is on Friday.")
    assert speakers(text) == []
