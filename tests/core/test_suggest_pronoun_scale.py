"""One paragraph of many '"…," he said' quotes: each pronoun is resolved without reading every
earlier speaker again (it had been quadratic: 2,000 such quotes took seconds)."""

from __future__ import annotations

import pytest

from annotations.suggest.quotes import find_quotes
from tests.factories import count_fits


@pytest.mark.parametrize("n", [100, 400])
def test_pronoun_resolution_reads_a_bounded_number_of_earlier_speakers(monkeypatch, n):
    calls = count_fits(monkeypatch)
    text = "Tom Reed spoke on Monday.\n\n" + " ".join(
        f'"Point number {i} stands," he said.' for i in range(n))
    found = find_quotes(text)
    assert len(found) == n
    assert {q.speaker for q in found} == {"Tom Reed"}
    assert calls[0] <= 4 * n  # was about n * n / 2


@pytest.mark.parametrize("order", ["text order", "out of order"])
def test_a_pronoun_hears_only_the_speakers_before_it_in_either_order(order):
    from annotations.suggest.names import Mention
    from annotations.suggest.speakers import People, Speaker

    text = ("Tom Reed spoke first on Monday morning. Sam Cole spoke next. "
            "Later that day, long after both had spoken, he said more.")
    p = People.of(text)
    reed = Speaker("Tom Reed", None, text.index("Tom"))
    cole = Speaker("Sam Cole", None, text.index("Later"))  # said after the pronoun below
    for s in ([reed, cole] if order == "text order" else [cole, reed]):
        p.said(s)
    got = p.resolve(Mention(pronoun="he"), text.index("Sam"))
    assert got is not None and got.name == "Tom Reed"
