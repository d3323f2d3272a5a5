"""Defects found reviewing #26's round (i26-pron7, i26-cue3, i26-reach), each on short
invented sentences with the exact speaker expected."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("sentence", "found"), [
    ("Tom Reed, who finished with 55 percent, said the race had been fair.",
     ("the race had b", "Tom Reed")),
    ("Tom Reed, who won with 61 percent of the votes, said he would serve all four years.",
     ("he would serve", "Tom Reed")),
    ("Ann Lee, who leads with 52 percent, says she will debate anyone.",
     ("she will debat", "Ann Lee")),
])
def test_a_share_set_apart_inside_the_subject_is_not_the_speaker(sentence, found):
    # before: the share ('55 percent', '61 percent of the votes') the speaker
    assert speakers("The count ended on Monday.", sentence) == [found]
