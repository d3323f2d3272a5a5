"""Quotes given no speaker or the wrong one (#26, i26-cue4), on short invented sentences:
a name holding a comma in the words that frame a quote (``is how Tom Reed, Jr., put it``),
the subject a text's verb of evidence needs (``Signs along the road indicate …`` reports
no one's words), headlines that give a speaker before a colon."""

from __future__ import annotations

import pytest

from annotations import parse_article
from annotations.suggest import suggest
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


@pytest.mark.parametrize("sentence", [
    "Signs along the road indicate that the bridge will close for repairs next month.",
    "Footprints in the snow suggest that someone left the house late at night.",
    "Signs suggest the town has seen better days and may not recover at all.",
])
def test_a_thing_that_is_evidence_reports_no_ones_words(sentence):
    # before: the thing was the speaker ('Signs along the road', 'Footprints', 'Signs')
    assert speakers("The town was quiet on Monday.", sentence) == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Public records indicate he did not vote in the last three elections held there.",
     "Public records"),
    ("Research suggests that globalization has deepened the divide in the country.",
     "Research"),
    ("A large body of work suggests that tests can give useful information about workers.",
     "large body"),
    ("Advisers to a rival campaign even suggest a challenger might be able to edge past him.",
     "Advisers"),
    ("Legal experts suggest the ruling will be appealed to the higher court soon.",
     "Legal experts"),
])
def test_a_record_findings_or_people_still_report_a_clause(sentence, who):
    got = speakers("The town was quiet on Monday.", sentence)
    assert [speaker for _q, speaker in got] == [who]


def test_a_name_the_text_knows_still_reports_a_clause():
    got = speakers("Tom Reed spoke on Monday.",
                   "Reed suggests that the plan is devaluing the city's venues.")
    assert got == [("the plan is de", "Tom Reed")]


@pytest.mark.parametrize(("headline", "got"), [
    # before: no quote (words in marks in title case read as a title), or another speaker
    ("Tom Reed: Harbor Plan Is a ‘Disaster for Working Families.’",
     [("‘Disaster for ", "Tom Reed")]),
    ("Reed: City Budget Has ‘Gone Off the Rails,’ Needs Audit.", [("‘Gone Off the ", "Tom Reed")]),
    ("Gov Ann Lee: Reed Is ‘Trying To Hide The Numbers,’ ‘That Is A Scandal.’",
     [("‘Trying To Hid", "Ann Lee"), ("‘That Is A Sca", "Ann Lee")]),
    ("Ann Lee: Harbor plan is a ‘disaster for working families.’",
     [("‘disaster for ", "Ann Lee")]),
    ("Ann Lee to Voters: Budget Is ‘Not Fit for Purpose.’", [("‘Not Fit for P", "Ann Lee")]),
])
def test_a_headline_gives_its_speaker_before_the_colon(headline, got):
    body = "Tom Reed and Ann Lee spoke on Monday at the harbor."
    assert speakers(headline, body) == got


@pytest.mark.parametrize("headline", [
    "UPDATE: Police Say ‘No Threat’ Remains After Harbor Scare",
    "Watch: Tom Reed Says ‘We Will Win This Fight’",
    "Opinion: Why the ‘Harbor Plan’ Will Fail the City",
    "Tom Reed: Harbor Plan Is a ‘Disaster for Working Families.’",
])
def test_a_label_or_a_name_the_text_never_gives_again_is_no_headline_speaker(headline):
    # (a label, or a name the body does not name: not known as anyone's)
    assert speakers(headline, "The mayor spoke on Monday at the harbor.") == []


@pytest.mark.parametrize(("headline", "got"), [
    ("The Latest: Ann Lee declares ‘victory,’ ignores losses.", [("‘victory,’", "Ann Lee")]),
    ("Man Comes Forward With New Claim: He Had ‘The Nerve To….’", []),
])
def test_a_headline_label_or_clause_before_the_colon_is_no_speaker(headline, got):
    assert speakers(headline, "The mayor spoke on Monday at the harbor.") == got


def test_a_body_line_in_sentence_case_is_no_headline():
    got = speakers("The mayor spoke on Monday.",
                   "Ann Lee: harbor plan is a ‘disaster for working families’ and must go.")
    assert got == []


@pytest.mark.parametrize(("sentence", "got"), [
    # before: the second share was no speaker, or the first share spoke both reports
    ("And 64 percent call him competent, after 55 percent said so in December.",
     [("so in December", "55 percent")]),
    ("Six in 10 say he is at least somewhat decisive, after half said so in the earlier poll.",
     [("he is at least", "Six in 10"), ("so in the earl", "half")]),
    ("While only 7 percent said they are undecided, 27 percent of those who named a candidate "
     "said they could be persuaded.",
     [("they are undec", "7 percent"),
      ("they could be ", "27 percent of those who named a candidate")]),
    ("One thing in her favor is that 78 percent of voters in a recent poll said they think she "
     "is different.", [("they think she", "78 percent of voters in a recent poll")]),
])
def test_a_second_share_or_one_after_a_conjunction_reports_its_words(sentence, got):
    assert speakers("The poll was released on Monday.", sentence) == got


@pytest.mark.parametrize(("sentence", "who"), [
    ("Among likely voters, about two-thirds, 67 percent, say they will vote for the mayor.",
     "about two-thirds, 67 percent"),
    ("Just over a quarter, 26 percent, say they will vote for someone else in the race.",
     "Just over a quarter, 26 percent"),
    ("A third of independents, 33%, say they feel that way about the new plan.",
     "A third of independents, 33%"),
])
def test_a_share_with_its_figure_set_apart_reports_its_words(sentence, who):
    # before: no report (the comma after the figure closed the subject)
    got = speakers("The poll was released on Monday.", sentence)
    assert [speaker for _q, speaker in got] == [who]


def test_a_share_inside_words_set_apart_is_still_no_speaker():
    got = speakers("The count ended on Monday.", "Tom Reed, who finished with 55 percent, "
                   "said the race was fair and he would not ask for a recount.")
    assert got == [("the race was f", "Tom Reed")]


def _parsed(body: str) -> list[tuple[str, str, str | None]]:
    """(kind, first 30 characters, speaker or claimant) of each suggestion of a plain-text
    article whose body is ``body`` (the parser marks its site furniture)."""
    a = parse_article(f"Budget talks\n\n{body}\n")
    return [(s.kind, s.exact[:30], s.fields.get("speaker") or s.fields.get("claimant"))
            for s in suggest(a)]


@pytest.mark.parametrize("furniture", ["Advertisement", "Subscribe to our newsletter"])
def test_a_claim_right_below_a_line_of_site_furniture_is_suggested(furniture):
    # before: the line and the paragraph under it were one sentence, holding a line break:
    # no claim
    body = (f"The city met on Monday to discuss the budget.\n\n{furniture}\n"
            "Unemployment fell to 3 percent last year, the lowest rate in two decades.")
    assert _parsed(body) == [("claim", "Unemployment fell to 3 percent", None)]


def test_reported_speech_right_below_a_line_of_site_furniture_is_not_its_speakers():
    # before: the speaker was 'Advertisement The mayor'
    body = ("The city met on Monday to discuss the budget.\n\nAdvertisement\n"
            "The mayor said that the budget would be cut by a tenth next year.")
    assert _parsed(body) == [("claim", "The mayor said that the budget", "mayor"),
                             ("quote", "the budget would be cut by a t", "mayor")]


@pytest.mark.parametrize("sentence", [
    "Tom Reed met survivors of the flood on Thursday and said the city must act to control "
    "the river.",
    "Tom Reed met survivors of the flood and relatives of the people killed on Thursday and "
    "said the city must act to control the river.",
])
def test_a_subject_before_an_irregular_past_verb_and_said_reports_the_clause(sentence):
    # before: no report ('met' was read as part of the subject before a plural noun)
    assert speakers("The mayor spoke on Monday.", sentence) == [("the city must ", "Tom Reed")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Half the mayor's meetings were with donors; aides say the schedule was "
     "\"cherry-picked.\"", "aides"),
    ("Half the mayor's meetings were with donors; campaign says schedule ‘cherry-picked.’",
     "campaign"),
])
def test_a_speaker_never_runs_back_across_a_semicolon(sentence, who):
    # before: 'donors; aides', 'donors; campaign'
    got = speakers("The mayor spoke on Monday.", sentence)
    assert [speaker for _q, speaker in got] == [who]


@pytest.mark.parametrize(("sentence", "got"), [
    ("Lee won by almost 60 points among the 30 percent of voters who said the port does more "
     "to help the economy.", [("the port does ", "30 percent of voters")]),
    ("The new poll takes into account both members and independent voters who said they would "
     "vote in the primary.", [("they would vot", "independent voters")]),
])
def test_an_unnamed_group_before_who_reports_the_relative_clause(sentence, got):
    # before: no report
    assert speakers("The poll was released on Monday.", sentence) == got


@pytest.mark.parametrize(("pull", "source"), [
    ('"The harbor plan will ruin the bay for good."',
     'The council met on Monday. "(The harbor plan will ruin the bay for good)," Tom Reed said.'),
    ("''The harbor plan will ruin the bay for good.''",
     "The council met on Monday. ''The harbor plan will ruin the bay for good,'' Tom Reed "
     "said."),
])
def test_a_pull_quote_before_its_source_takes_the_speaker(pull, source):
    # (the pull quotes are now looked up by their first words: one pass, typewriter marks
    # and brackets at the words' edges read through)
    assert [speaker for _q, speaker in speakers(pull, source)] == ["Tom Reed", "Tom Reed"]
