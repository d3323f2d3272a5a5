"""The Russian and Chinese quote finders on hostile text (made on the fly by
benchmarks/hostile_inputs.py): the work grows linearly with the input, counted as the lines of
the core's code run (a count, not a time: doubling the input must not much more than double
it), no exception escapes, and every quote found is a span of the text with a clean speaker."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from annotations.suggest.lang import find_quotes_in
from benchmarks import hostile_inputs as H


def _steps(text: str, lang: str) -> int:
    """The lines of the core's code (``annotations/``) the finder runs on ``text``."""
    n = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal n
        if event == "line":
            n += 1
        return local

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        return local if "annotations" in frame.f_code.co_filename else None

    old = sys.gettrace()
    sys.settrace(call)
    try:
        find_quotes_in(text, lang)
    finally:
        sys.settrace(old)
    return n


def _growth(make: Callable[[int], str], n: int, lang: str) -> float:
    """How much more work the input of size 2n costs than the one of size n (caches warmed
    first on the larger one)."""
    find_quotes_in(make(2 * n), lang)
    return _steps(make(2 * n), lang) / _steps(make(n), lang)


@pytest.mark.parametrize("make,n", [
    (H.ru_name_sentences, 60),    # a name per sentence, one paragraph: each name looked
    (H.ru_dialogue_lines, 60),    # back over every earlier one; dialogue lines: each quote's
    (H.ru_quotes_one_sentence, 60),  # paragraph found by a scan; many quotes in one sentence
    (H.ru_people_paragraphs, 150),  # paragraphs of speakers, pronouns and surnames: each
    # looked for among every mention and every speaker so far
    (H.ru_marks_soup, 200),  # marks open and close at random: each quote's sentence was
    # read from its start for a verb of naming before it
], ids=["names", "dialogue", "quotes", "people", "marks"])
def test_russian_work_grows_linearly(make: Callable[[int], str], n: int) -> None:
    assert _growth(make, n, "ru") < 2.4


def test_unclosed_marks_are_read_once_per_family() -> None:
    # each unclosed «„ used to look for its closer to the paragraph's end
    assert _growth(H.ru_open_marks, 200, "ru") < 2.4


@pytest.mark.parametrize("make,n", [
    (H.zh_cue_chain, 100),  # each cue looked back to the clause's start for its subject
    (H.zh_quotes_one_sentence, 100),  # each quote and cue checked against every other
], ids=["cue-chain", "quotes"])
def test_chinese_work_grows_linearly(make: Callable[[int], str], n: int) -> None:
    assert _growth(make, n, "zh") < 2.4


@pytest.mark.parametrize("make", [H.ru_name_sentences, H.ru_dialogue_lines,
                                  H.ru_quotes_one_sentence, H.ru_marks_soup, H.ru_odd_chars])
def test_russian_quotes_are_spans_of_the_text_with_clean_speakers(
        make: Callable[[int], str]) -> None:
    text = make(40)
    found = find_quotes_in(text, "ru")
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert not text[q.start].isspace() and unicodedata.category(text[q.start]) != "Cf"
        if q.speaker is not None:
            assert q.speaker.strip() == q.speaker and q.speaker
            assert not any(unicodedata.category(c)[0] in "CZ" and c != " "
                           for c in q.speaker), repr(q.speaker)


def test_words_keep_their_opening_marks_without_backtracking_over_a_run_of_marks() -> None:
    from annotations.suggest.lang.ru_vocab import _WORD_RE
    from annotations.suggest.lang.ru_words import _words

    # the pattern used to open with the marks' class, repeated: over a run of marks with no
    # word after, every start in the run was tried to the run's end (the square of its length)
    assert _WORD_RE.pattern.startswith("\\w")
    text = "Он: «„слово» (x) " + "«" * 50 + " «“конец”»."
    assert [(t.start(), t.end(), t.group()) for t in _words(text, 0, len(text))] == [
        (0, 3, "Он:"), (4, 12, "«„слово»"), (13, 16, "(x)"),
        (68, len(text), "«“конец”»."),
    ]
    assert [t.group() for t in _words(text, 5, 12)] == ["„слово»"]


def test_a_speaker_shows_no_invisible_character_and_a_quote_starts_on_its_mark() -> None:
    text = "外交部发言人\u200b赵立坚表示：「中国支持和平，反对战争。」"
    [q] = find_quotes_in(text, "zh")
    assert (q.speaker, q.role, text[q.start:q.end]) == (
        "赵立坚", "外交部发言人", "「中国支持和平，反对战争。」")
    text = "Иван\tПетров заявил:\u202e «Слово сказано.»"
    [q] = find_quotes_in(text, "ru")
    assert (q.speaker, text[q.start:q.end]) == ("Иван Петров", "«Слово сказано.»")
