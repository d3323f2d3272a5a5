"""Quotes whose speaker the layout gives: a dash after the quote signs it (pull quotes,
epigraphs, quoted posts), issue #26. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes

QUOTE = '"We will not sign this deal, not now and not ever."'


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(first words, speaker, role) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(("sign", "speaker", "role"), [
    (" — Ann Lee", "Ann Lee", None),  # an em dash
    (" ― Ann Lee", "Ann Lee", None),  # the horizontal bar, the quotation dash
    (" – Ann Lee", "Ann Lee", None),  # an en dash
    (" --Ann Lee", "Ann Lee", None),  # two hyphens, typed
    (" -- Ann Lee", "Ann Lee", None),
    (" - Ann Lee", "Ann Lee", None),  # one hyphen set apart by spaces
    ("—Ann Lee", "Ann Lee", None),  # no space
    (" ― Ann Lee, a state senator from Ohio", "Ann Lee", "state senator"),  # and a role
    (" ― Ann Lee, The Daily Ledger", "Ann Lee", None),  # and an outlet
    (" – Sen. Ann Lee (D-Ohio)", "Ann Lee", None),  # a title and a party tag
    (" — Ann Lee (@annlee) March 3, 2016", "Ann Lee", None),  # a quoted post
    (" ― Ann Lee.", "Ann Lee", None),
    (" ― Ann Lee said.", "Ann Lee", None),  # a cue after the dash
])
def test_a_dash_after_a_quote_opening_its_line_signs_it(sign, speaker, role):
    text = f"The debate went on for hours.\n\n{QUOTE}{sign}\n\nThe vote is on Friday."
    assert speakers(text) == [('"We will not', speaker, role)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("sign", "speaker", "role"), [
    ("— Ann Lee", "Ann Lee", None),
    ("― Ann Lee, a teacher in Dayton, Ohio", "Ann Lee", "teacher in Dayton"),
    ("-- Sen. Ann Lee (D-Ohio), who chairs the panel", "Ann Lee", None),
    ("— Ann Lee (@annlee) March 3, 2016", "Ann Lee", None),
])
def test_a_dash_on_the_next_line_or_paragraph_signs_it(gap, sign, speaker, role):
    text = f"The debate went on for hours.\n\n{QUOTE}{gap}{sign}\n\nThe vote is on Friday."
    assert speakers(text) == [('"We will not', speaker, role)]


def test_quotes_signed_one_after_another_on_a_line_each_take_their_own_signer():
    text = ('Readers wrote in.\n\n"Sign it now, before the summer." ― Ann Lee "Never sign '
            'it, whatever they offer." ― Tom Ford\n\n"Wait and see what the fall brings." ― '
            'Jo Park, The Daily Ledger')
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee", "Tom Ford", "Jo Park"]


def test_signed_quotes_on_lines_of_their_own_each_take_their_own_signer():
    text = ("Readers wrote in.\n\n"
            '"Sign it now, before the summer begins." ― Ann Lee, a nurse\n\n'
            '"Never sign it, whatever they offer us." ― Tom Ford, a farmer\n\n'
            '"Wait and see what the fall brings us." ― Jo Park')
    assert [q.speaker for q in find_quotes(text)] == ["Ann Lee", "Tom Ford", "Jo Park"]


@pytest.mark.parametrize("line", [
    "– Ready for the debate –.",  # a heading set between dashes
    "— Ready to quiz the candidate",  # no name ends the phrase
    "— March 3, 2016",  # a date
    "— and that is the point.",  # no capital: the sentence goes on
])
def test_a_dash_line_that_is_no_signature_names_no_one(line):
    text = (f"Tom Ford spoke first.\n\nAnn Lee was blunt about the plan.\n\n{QUOTE}\n\n{line}"
            "\n\nThe vote is on Friday.")
    assert [q.speaker for q in find_quotes(text)] != [line.strip("—– .")]
    assert all(q.cue != "-" for q in find_quotes(text))


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a quote inside a sentence: the dash sets a phrase apart, it signs nothing
    ('Tom Ford called it "a disaster in the making" — Ann Lee, a senator, disagreed.',
     "Tom Ford"),
    ('Tom Ford called it "a disaster in the making" — a view Ann Lee shares.', "Tom Ford"),
])
def test_a_dash_after_a_quote_inside_a_sentence_signs_nothing(sentence, speaker):
    text = f"The plan was unveiled.\n\n{sentence}"
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize("dash", ["―", "—", "-"])
def test_a_dateline_before_reported_speech_is_no_part_of_it(dash):
    text = (f"The party met.\n\nPHILADELPHIA {dash} Ann Lee’s campaign said it is looking for a "
            "new chair to lead the state party.")
    assert [(text[q.start:q.end].split()[0], q.speaker) for q in find_quotes(text)] == [
        ("it", "Ann Lee’s campaign")]
