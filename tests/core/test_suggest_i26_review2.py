"""Defects found reviewing #26's second round (i26-named5, i26-pron8, i26-cue4), each on
short invented text with the exact result expected."""

from __future__ import annotations

import pytest

from annotations import parse_article
from annotations.suggest import suggest
from tests.factories import body_speakers as speakers


def _parsed(body: str) -> list[tuple[str, str, str | None]]:
    """(kind, first 30 characters, speaker or claimant) of each suggestion of a plain-text
    article whose body is ``body``."""
    a = parse_article(f"Budget talks\n\n{body}\n")
    return [(s.kind, s.exact[:30], s.fields.get("speaker") or s.fields.get("claimant"))
            for s in suggest(a)]


def test_a_wrapped_line_read_as_a_list_does_not_cut_its_sentence():
    # a paragraph wrapped at single line breaks, one line of which the parser reads as a
    # list of tags ('rents, wages, and prices'): before, the sentence was cut at that line
    # and the mayor's reported words were lost
    body = ("The council met on Monday. The mayor said on Monday that\nrents, wages, and "
            "prices\nwould rise by a tenth next year.")
    assert _parsed(body) == [("quote", "rents, wages, and prices\nwould", "mayor")]


def test_a_wrapped_line_that_opens_with_a_dash_does_not_cut_its_sentence():
    # before: a claim of the sentence's last line alone, 'would be cut by a tenth …'
    body = ("The council met on Monday. The mayor said the budget\n— which the council "
            "passed in May —\nwould be cut by a tenth next year.")
    assert [k for k, _e, _w in _parsed(body)] == ["quote"]


@pytest.mark.parametrize("space", ["\u00a0", "  "])
def test_a_name_broken_by_mojibake_is_given_back_whatever_its_spaces(space):
    # before: 'Tom PeÃıa', the stand-in letter of the fold shown as the speaker
    assert speakers("The town met.", f'"We will not be moved from this place," said '
                    f"Tom{space}Pe\u00c3\u00b1a.") == [('"We will not b', "Tom Pe\u00c3\u00b1a")]
    assert speakers("The town met.", f'"We will not be moved from this place," said the '
                    f"S\u00c3\u00a3o{space}Paulo mayor.") == [
        ('"We will not b', "S\u00c3\u00a3o Paulo mayor")]


_BODY = "Tom Reed and Ann Lee spoke on Monday at the harbor."


@pytest.mark.parametrize(("headline", "got"), [
    # before: each quote given to 'Ann Lee' (or 'Tom Reed'), the name before the colon,
    # though a verb of saying after the colon gives the words to someone else
    ("Ann Lee: Critics Call Harbor Plan ‘A Disaster’", []),
    ("Ann Lee: Reed Called Harbor Plan ‘A Disaster’", []),
    ("Ann Lee: Harbor Plan Is ‘A Disaster,’ Reed Says", []),
    ("Tom Reed: Ann Lee Says Budget Is ‘Not Fit for Purpose’", []),
    ("Ann Lee: Tom Reed Says Plan Is ‘A Disaster’", [("Plan Is ‘A Dis", "Tom Reed")]),
    ("Ann Lee: Voters Say Harbor Plan Is ‘A Disaster’", [("Harbor Plan Is", "Voters")]),
    # two names before the colon: neither alone
    ("Ann Lee, Tom Reed: Harbor Plan Is ‘A Disaster’", []),
    # the rule itself still holds
    ("Ann Lee: Harbor Plan Is ‘A Disaster’", [("‘A Disaster’", "Ann Lee")]),
])
def test_a_headline_name_is_not_the_speaker_of_words_another_reports(headline, got):
    assert speakers(headline, _BODY) == got


@pytest.mark.parametrize(("subject", "who"), [
    *[(w, w) for w in ("Analysts", "Nurses", "Republicans", "Democrats", "Diplomats",
                       "Witnesses", "Authorities", "Scholars", "Colleagues", "Liberals")],
    ("Many", "many"), ("Some", "some")])
def test_people_still_report_a_clause_with_a_verb_of_evidence(subject, who):
    # before: no report (only a thing that is evidence, 'Signs along the road', was meant
    # to be refused; these groups of people fell out with it)
    got = speakers("The town was quiet on Monday.",
                   f"{subject} suggest that the bridge will close for repairs next month.")
    assert got == [("the bridge wil", who)]


def test_the_words_that_frame_a_quote_are_read_in_bounded_time():
    # before: about 3 s of backtracking for this one sentence of 250 characters (runs of
    # spaces between the commas the framing pattern allows in a name)
    from annotations.suggest.cues import framed_cue

    seg = "is how" + " " * 58 + "," + " " * 38 + "," + " " * 38 + " put it" + " put" * 10 + \
        " x, then"
    assert framed_cue(seg) is None
    assert framed_cue("is how Tom  Reed ,  Jr. ,  put it") is not None


def test_a_lone_control_character_is_no_broken_letter():
    # Windows-1252 read as Latin-1 leaves lone C1 controls between words (an en dash as
    # '\x96', a line end as '\x85'): before, each was folded into a letter, so a mark after
    # one opened no quote and a name ran on across the dash
    assert speakers("Tom Reed spoke.", '"We will not be moved from this place," he said.'
                    '\x85"We stay," said Ann Lee.') == [
        ('"We will not b', "Tom Reed"), ('"We stay,"', "Ann Lee")]
    assert speakers("Tom Reed spoke.", '"We will not be moved from this place," said Ann '
                    'Lee \x96 the mayor.') == [('"We will not b', None)]
    from annotations.suggest import mojibake

    text = "Reed\x92s lawyer \x96 and Ann\x85"
    assert mojibake.fold(text) is text
    # a control after a decomposed 'Ã' (an 'A' and a combining tilde) is still broken
    assert speakers('"We are tired," said Ann KA\u0303\u0083 rner, the minister.') == [
        ('"We are tired,', "Ann KA\u0303\u0083 rner")]


@pytest.mark.parametrize(("first", "quote"), [
    ("The couple adopted a cat named Bella last spring.",
     '"We could not be happier with her," she said.'),
    ("The storm, a hurricane named Maria, hit the coast on Monday.",
     '"We lost everything," she said.'),
    ("A ship named Victoria docked on Monday.", '"It was a long trip," she said.'),
])
def test_a_first_name_given_to_an_animal_or_a_thing_is_no_person(first, quote):
    # before: 'Bella', 'Maria', 'Victoria' the speaker ('named' made any first name a person)
    assert speakers(first, quote) == [(quote[:14], None)]


@pytest.mark.parametrize("noun", ["resident", "woman", "friend", "teenager"])
def test_a_first_name_given_to_a_person_is_still_a_person(noun):
    got = speakers(f"The shelter was run by a {noun} named Caroline for years.",
                   '"We could not be happier," she said.')
    assert got == [('"We could not ', "Caroline")]


@pytest.mark.parametrize("headline", [
    # before: the speaker 'Ann Lee Interview', 'Ann Lee Statement' (a thing, not who
    # speaks)
    "Ann Lee Interview: Plan Is ‘A Disaster’",
    "Ann Lee Statement: Plan Is ‘A Disaster’",
])
def test_a_thing_before_a_headlines_colon_is_no_speaker(headline):
    assert speakers(headline, _BODY) == []
