"""Quotes given no speaker or the wrong one (#26, i26-cue4), on short invented sentences:
a name holding a comma in the words that frame a quote (``is how Tom Reed, Jr., put it``),
the subject a text's verb of evidence needs (``Signs along the road indicate …`` reports
no one's words), headlines that give a speaker before a colon."""

from __future__ import annotations

import pytest

from tests.factories import body_speakers as speakers


@pytest.mark.parametrize(("after", "who"), [
    ("is how Tom Reed, Jr., put it.", "Tom Reed"),
    ("is how Tom Reed, Jr. put it.", "Tom Reed"),
    ("was how Ann Lee, the mayor, described it.", "Ann Lee"),
    ("came the reply from Tom Reed, Jr.", "Tom Reed"),
])
def test_a_framed_cue_reads_a_name_that_holds_a_comma(after, who):
    # before: no speaker for the first three (the name's comma ended the frame)
    got = speakers("The crowd waited.", f'"We will not be moved from this place," {after}')
    assert got == [('"We will not b', who)]
