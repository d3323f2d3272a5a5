"""Two finder bugs (#26, eighth round), on sentences invented for the tests: a capitalised
word inside a sentence read as a reporting verb (``the United States``, ``The Washington
Post``), and a verb of naming read as an inverted cue (``called China "…"``)."""

from __future__ import annotations

from annotations.suggest.reported import reported_speech as _indirect
from tests.factories import body_speakers as speakers


def _cue(sentence: str) -> tuple[str, str, str | None] | None:
    """(first words of the reported speech, cue verb, who) of one sentence's indirect speech."""
    r = _indirect(sentence, 0, len(sentence))
    if r is None:
        return None
    m = r[2].mention
    return sentence[r[0]:r[1]][:20], r[2].verb, m.name or m.pronoun or m.role


def test_a_capitalised_word_inside_a_sentence_is_no_reporting_verb():
    # "States" had been read as "states" with "United" as its speaker
    s = "She wants the United States to stop the money that funds the group, aides said."
    assert _cue(s) == ("She wants the United", "said", "aides")


def test_an_outlet_s_name_after_told_is_one_hearer():
    # "The Washington Post" had given "post", said by "Washington"
    s = "He told The Washington Post on Monday that the plan would be dropped by spring."
    assert _cue(s) == ("the plan would be dr", "told", "he")
    assert speakers('"We are done," said Ann Lee, a lawyer.',
                    "She endorsed the mayor but told The Daily Planet on Friday that she "
                    "thought the mayor would lose in the fall.") == [
        ('"We are done,"', "Ann Lee"), ("she thought th", "Ann Lee")]


def test_a_hearer_of_more_than_four_words_still_ends_the_search():
    s = "Ann Lee told Fox News, the radio station and two local papers that it was over."
    assert _cue(s) is None


def test_a_headline_s_capitalised_verb_is_still_read():
    assert _cue("Ann Lee Says The City Budget Will Be Balanced By Spring") == (
        "The City Budget Will", "says", "Ann Lee")


def test_the_name_a_verb_of_naming_acts_on_is_not_the_speaker():
    # "has repeatedly called China": China is what she called, she speaks
    assert speakers("Ann Lee spoke on Monday.",
                    'She has repeatedly called China "a rival that will not stop at '
                    'anything."') == [('"a rival that ', "Ann Lee")]
    assert speakers('"We are done," said Ann Lee, a lawyer.',
                    'Tom Reed has often called China "a rival that will not stop at '
                    'anything."') == [('"We are done,"', "Ann Lee"), ('"a rival that ', "Tom Reed")]
