"""Quotes whose speaker a label before a colon gives (a transcript's speaker, a digest's
source line after a dash, a text that speaks), issue #26. Sentences invented for these
tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes

QUOTE = '"We learned that from the department and its own review of the files."'


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(first words, speaker, cue) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.cue) for q in find_quotes(text)]


@pytest.mark.parametrize("label", [
    "Former secretary of state Ann Lee:",  # "state" after "of" is no verb
    "Former secretary of state Ann Lee: ",
    "The head of state Ann Lee:",
])
def test_a_reporting_word_after_of_is_a_noun_in_a_label(label):
    text = f"The hearing went on for hours.\n\n{label}{QUOTE}"
    assert speakers(text) == [('"We learned ', "Ann Lee", ":")]


@pytest.mark.parametrize(("line", "speaker"), [
    ("Pollsters agree - Ann Lee:", "Ann Lee"),  # not the pollsters before the dash
    ("Pollsters agree — Ann Lee:", "Ann Lee"),
    ("The polls did well in the other race -- Ledger Polling:", "Ledger Polling"),
])
@pytest.mark.parametrize("outlet", ["", " [Ledger.]"])  # not the outlet in brackets either
def test_a_name_between_a_dash_and_a_colon_labels_the_quote(line, speaker, outlet):
    text = f"The polls missed the result.\n\n{line} {QUOTE}{outlet}"
    assert speakers(text) == [('"We learned ', speaker, ":")]


@pytest.mark.parametrize(("subject", "speaker"), [
    ("One tweet", "tweet"),  # a text, unnamed
    ("Another post", "post"),
    ("One voter", "voter"),  # a person, unnamed (as before)
])
def test_an_unnamed_text_before_said_and_a_colon_speaks(subject, speaker):
    text = ("Tom Ford lost the vote on Monday.\n\nThe web became a place to offer support. "
            f'{subject} said: "This is very sad. That is about all I can say about it."')
    assert speakers(text) == [('"This is ver', speaker, "said")]
