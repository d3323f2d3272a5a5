"""Quotes of a Chinese text (placeholder until the finder lands)."""

from __future__ import annotations

from ..quotes import QuoteFind


def find_quotes_zh(text: str) -> list[QuoteFind]:
    """Every quote of a Chinese ``text``."""
    return []
