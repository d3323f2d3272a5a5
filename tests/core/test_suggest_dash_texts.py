"""Quotes a text or a teller speaks (``said the narrator``, ``the joint statement said``,
``according to the report``), issue #26. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(first words, speaker, cue, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.cue, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize(("cue", "speaker", "verb"), [
    ("said the narrator", "narrator", "said"),
    ("the narrator said", "narrator", "said"),
    ("the joint statement said", "joint statement", "said"),
    ("according to the report", "report", "according to"),
    ("the court's ruling said", "court's ruling", "said"),
])
def test_a_text_or_a_teller_after_a_quote_speaks_it(cue, speaker, verb):
    text = f'The film opens on a farm.\n\n"Nobody here ever left the valley, not once," {cue}.'
    assert speakers(text) == [('"Nobody here', speaker, verb, "direct")]


@pytest.mark.parametrize(("clause", "speaker", "verb"), [
    ("The joint statement said", "joint statement", "said"),
    ("The report says", "report", "says"),
    ("The lawsuit also alleges that", "lawsuit", "alleges"),
    ("The new poll suggests that", "new poll", "suggests"),
    # a group no name is given (a sentence's capital on a word the text writes in lower
    # case is no name's)
    ("Security specialists say", "security specialists", "say"),
    ("Local party leaders said", "Local party leaders", "said"),
    ("Iowa biofuel advocates say", "Iowa biofuel advocates", "say"),
])
def test_a_text_or_a_group_that_opens_reported_speech_speaks_it(clause, speaker, verb):
    text = (f"The two leaders met on Monday.\n\n{clause} the two nations would work together "
            "on trade and on security.")
    assert speakers(text) == [("the two nati", speaker, verb, "indirect")]


def test_reported_speech_with_a_text_at_its_end_names_the_text():
    text = ("The two leaders met on Monday.\n\nThe two nations will work together on trade "
            "and security, according to the report.")
    assert speakers(text) == [("The two nati", "report", "according to", "indirect")]


def test_a_share_of_those_polled_is_no_group_speaker():
    # a share speaks as written (i26-cue3, ``fragments.poll_share``), never as the group
    # ``voters`` the plural-group rule would read
    text = ("The two leaders met on Monday.\n\n46 percent of voters said the two nations would "
            "work together on trade.")
    assert speakers(text) == [("the two nati", "46 percent of voters", "said", "indirect")]
