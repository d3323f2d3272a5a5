"""Named, role, organisation and group speakers, seventh round (issue #26): each rule written
from PolNeAR train's misses by kind. Sentences invented for these tests."""

from __future__ import annotations

from annotations.suggest.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(first words, speaker, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:19], q.speaker, q.mode) for q in find_quotes(text)]


def test_a_title_and_a_name_after_a_place_are_the_speaker_not_the_place():
    text = ("Last spring, as a heckler was led out of a hall in Grand Rapids, Ms. Okafor "
            'said, "Let him stay, he paid for his seat."')
    assert speakers(text)[-1] == ('"Let him stay, he p', "Okafor", "direct")
