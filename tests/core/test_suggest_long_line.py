"""A text with no full stops (one line of thousands of quotes) is read in bounded stretches:
each quote's look-back stays short, so the whole text costs time linear in its length."""

from __future__ import annotations

from annotations.suggest import quotes
from annotations.text.nav import LONGEST_SENTENCE, capped_sentences


def test_a_long_sentence_is_cut_at_spaces_into_stretches():
    text = "aaaa bbbb cccc dddd eeee"
    assert capped_sentences(text, [(0, len(text))], limit=10) == [
        (0, 9), (10, 19), (20, 24)]


def test_a_stretch_with_no_space_is_cut_at_the_limit():
    text = "x" * 25
    assert capped_sentences(text, [(0, 25)], limit=10) == [(0, 10), (10, 20), (20, 25)]


def test_sentences_within_the_limit_are_kept_as_they_are():
    text = "One two. Three four."
    bounds = [(0, 8), (9, 20)]
    assert capped_sentences(text, bounds, limit=11) == bounds


def test_a_line_of_two_thousand_quotes_reads_short_look_backs(monkeypatch):
    seen: list[int] = []
    for name in ("inner_subject", "partial_subject"):
        real = getattr(quotes, name)

        def recording(lead, inner, _real=real):
            seen.append(len(lead))
            return _real(lead, inner)

        monkeypatch.setattr(quotes, name, recording)
    text = " ".join(f'"words here {i}," he said, and' for i in range(2000))
    found = [q for q in quotes.find_quotes(text) if q.mode != "indirect"]
    assert len(found) == 2000  # each partial quote found, its 'he' naming no one
    assert {q.speaker for q in found} == {None}
    assert seen and max(seen) <= LONGEST_SENTENCE  # was the whole line before each quote


def test_a_pronouns_sentence_is_read_back_at_most_the_longest_sentence():
    from annotations.suggest.pronouns import sentence_start
    from annotations.suggest.speakers import People

    text = "Ann Lee spoke. " + "and then " * 400 + "he said"
    p = People.of(text)
    pos = len(text) - len("he said")
    assert sentence_start(p, pos) == pos - LONGEST_SENTENCE - 1  # was 13, the last ". "
    short = "Ann Lee spoke. Then he said"
    assert sentence_start(People.of(short), len(short) - 7) == 13


def test_the_nearest_voiced_quote_and_the_last_character_before_a_quote():
    found = [("a",), ("b",), ("c",)]
    at = [10, 20, 40]
    assert [quotes._nearest(found, at, pos)[0] for pos in (0, 14, 15, 16, 30, 31, 99)] == [
        "a", "a", "a", "b", "b", "c", "c"]
    assert quotes._last_char("ab. \n  x", 0, 7) == "."
    assert quotes._last_char("ab. \n  x", 4, 7) == ""
