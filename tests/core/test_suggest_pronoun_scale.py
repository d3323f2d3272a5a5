"""One paragraph of many '"…," he said' quotes: each pronoun is resolved without reading every
earlier speaker again (it had been quadratic: 2,000 such quotes took seconds)."""

from __future__ import annotations

import pytest

from annotations.suggest import pronouns
from annotations.suggest.quotes import find_quotes


@pytest.mark.parametrize("n", [100, 400])
def test_pronoun_resolution_reads_a_bounded_number_of_earlier_speakers(monkeypatch, n):
    calls = 0
    real = pronouns.fits

    def counting(p, name, pronoun):
        nonlocal calls
        calls += 1
        return real(p, name, pronoun)

    monkeypatch.setattr(pronouns, "fits", counting)
    text = "Tom Reed spoke on Monday.\n\n" + " ".join(
        f'"Point number {i} stands," he said.' for i in range(n))
    found = find_quotes(text)
    assert len(found) == n
    assert {q.speaker for q in found} == {"Tom Reed"}
    assert calls <= 4 * n  # was about n * n / 2
