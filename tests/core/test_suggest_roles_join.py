"""A definite role (``the senator said``) joined to the person the text gave that role, and
never to someone whose own role rules it out (issue #26, i26-role). Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes
from annotations.suggest.roles import (
    apposed_after,
    apposed_role,
    clean_role,
    closed_apposition,
    whole_phrase,
)
from annotations.suggest.speakers import People


def speaker_of(text: str, opening: str) -> str | None:
    """The speaker of the quote of ``text`` that opens with ``opening``."""
    return next(q.speaker for q in find_quotes(text) if text[q.start:q.end].startswith(opening))


def test_a_vice_president_is_not_the_president():
    text = ("President Tom Reed stayed in the capital. Vice President Ann Dunn toured the "
            "plant on Monday.\n\n\"We will sign it soon,\" the president said on Tuesday.")
    assert speaker_of(text, '"We will sign') == "Tom Reed"


def test_a_deputy_head_is_not_the_head_named_before():
    text = ("Tom Reed, the head of the delegation, praised the talks on Monday.\n\n\"We saw "
            "no progress at all,\" the deputy head said.")
    assert speaker_of(text, '"We saw') == "deputy head"


def test_a_former_governor_is_not_the_governor():
    text = ("Gov. Tom Reed defended the plan on the radio this week. Sam Cole, a former "
            "governor of the state, backed it.\n\n\"It is the best plan we have,\" the "
            "governor said.")
    assert speaker_of(text, '"It is the best') == "Tom Reed"


def test_a_president_named_before_is_not_the_former_president():
    text = ("President Tom Reed spoke first. Sam Cole campaigned in the city on Monday.\n\n"
            "\"I never saw a race like this,\" the former president said.")
    assert speaker_of(text, '"I never saw') == "former president"


def test_the_last_subject_whose_only_role_was_a_list_item_is_the_senator():
    # "Sam Cole 300" after "400 delegates,": a list, no role of Cole's; the governor, the
    # story's main figure, is no senator
    text = ("Gov. Tom Reed won the most delegates in the race this year. Reed led in every "
            "poll, and Reed spoke twice. Tom Reed has 400 delegates, Sam Cole 300.\n\nSam Cole "
            "spoke over boos from the crowd.\n\n\"We fought hard,\" the Ohio senator said.")
    assert speaker_of(text, '"We fought') == "Sam Cole"


def test_a_senator_who_opens_the_sentence_before_is_the_presidential_candidate():
    # a senator may run (and "Sen. Sam Cole" opens its sentence); the president named most
    # is not "the candidate" here
    text = ("President Tom Reed signed the order. Reed spoke at noon, and Reed spoke again at "
            "night. Sen. Sam Cole criticized the order on Tuesday.\n\n\"I will undo it,\" the "
            "presidential candidate said.")
    assert speaker_of(text, '"I will undo') == "Sam Cole"


def test_a_governor_named_most_is_not_the_senator():
    text = ("Gov. Tom Reed won the state on Tuesday. Reed thanked voters in the capital. Reed "
            "spoke again at night, and Reed smiled.\n\nThe crowd cheered, and the band played "
            "on.\n\n\"It was a long night,\" the Florida senator said.")
    assert speaker_of(text, '"It was a long') == "Florida senator"


def test_a_role_set_apart_before_a_name_is_learned_whole():
    assert apposed_role("a law that the previous Republican presidential nominee, ",
                        "nominee,") == "the previous Republican presidential nominee,"
    assert apposed_role("Tom Reed has 400 delegates, ", "delegates,") == ""
    assert apposed_role("His lawyer, ", "His lawyer,") == "His lawyer,"


def test_former_before_a_capitalised_title_makes_the_role_a_past_one():
    text = ("Gov. Tom Reed spoke first on Monday. Former Gov. Sam Cole campaigned with him. "
            "Reed left early.\n\n\"The state is ready,\" the governor said.")
    assert speaker_of(text, '"The state is') == "Tom Reed"


def test_a_role_word_of_the_other_gender_is_someone_else():
    text = ("Tom Reed, a spokesman for the mayor, declined to comment on Monday.\n\n\"We will "
            "review it,\" the spokeswoman said.")
    assert speaker_of(text, '"We will') == "spokeswoman"


@pytest.mark.parametrize("apposition", [
    "Reed's spokeswoman", "his spokeswoman", "spokeswoman for the mayor",
])
def test_a_role_set_apart_after_a_name_with_no_article_joins_the_role_to_them(apposition):
    text = (f"Ann Dunn, {apposition}, declined to comment on Monday. Tom Reed arrived "
            "later.\n\n\"We will review it,\" the spokeswoman said.")
    assert speaker_of(text, '"We will') == "Ann Dunn"


@pytest.mark.parametrize(("after", "role"), [
    ("Ann Dunn, Reed's spokeswoman, declined", "Reed's spokeswoman"),
    ("Ann Dunn, president of the council, said", "president of the council"),
    ("Ann Dunn, who is here, said", None), ("Ann Dunn, his wife said on Monday.", None),
    ("Ann Dunn, Tom Reed and Sam Cole.", None),
])
def test_apposed_after(after, role):
    assert apposed_after(after, len("Ann Dunn")) == role


@pytest.mark.parametrize(("role", "clean"), [
    ("communications director for the party said in a statement",
     "communications director for the party"),
    ("is the brother of a party strategist", None),
    ("party establishment is working to paint the senator as", None),
    ("that Reed donor", "Reed donor"),
])
def test_the_tag_form_role_holds_no_clause_verb(role, clean):
    assert clean_role(role) == clean


def test_a_role_cut_short_by_its_bound_ends_on_a_whole_phrase():
    text = ("Ann Dunn, a professor of communication at the state university and the director "
            "of its Policy Center for Public Affairs, said it was over.")
    learned = People.of(text).roles["Ann Dunn"]
    assert learned == ("professor of communication at the state university and the "
                       "director")
    assert whole_phrase("a director of the Center", "a director of the Center, said", 24) \
        == "a director of the Center"


def test_a_role_never_ends_in_an_initial():
    assert apposed_after("Ann Dunn, president of the Thomas B. Lee Institute, said", 8) is None


def test_a_role_after_a_fronted_phrase_ending_on_a_name_is_the_subject_not_its_apposition():
    text = ("Ann Lee spoke on Monday.\n\nIn an interview with the hosts Tom Reed and Sam "
            "Cole, the party's candidate stated: \"We will win this state.\"")
    assert speaker_of(text, '"We will win') == "party's candidate"


@pytest.mark.parametrize(("phrase", "closed"), [
    ("party's candidate stated that the plan", False), ("former governor of the state", True),
    ("campaign manager", True), ("senior adviser who joined in May", True),
])
def test_closed_apposition(phrase, closed):
    assert closed_apposition(phrase) is closed


def test_of_two_senators_the_subject_of_the_sentence_before_is_the_senator():
    text = ("Sen. Sam Cole spoke first. Sen. Tom Reed spoke too.\n\nSam Cole blasted the plan "
            "on Tuesday.\n\n\"It will never pass,\" the senator said.")
    assert speaker_of(text, '"It will never') == "Sam Cole"
