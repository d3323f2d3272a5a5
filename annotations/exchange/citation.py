"""A tagged span as it is quoted and cited: typographic quotation marks that never double
the span's own, and ``“…” — Speaker, Title, Outlet, date, URL`` without the parts an
article lacks."""

from __future__ import annotations

from typing import Any

from annotations.model.kind_table import WHO_FIELDS

#: quotation marks a span may start or end with (ASCII, English, German, French, CJK)
QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』〝〞"


def quoted(text: str) -> str:
    """``text`` between “ and ”, its own outer quotation marks (and spaces) dropped."""
    inner = text.strip().lstrip(QUOTE_MARKS).rstrip(QUOTE_MARKS).strip()
    return f"“{inner}”"


def who_of(tag: Any) -> str:
    """The tag's speaker, holder or claimant, else its annotator."""
    return next((v for f in WHO_FIELDS if (v := getattr(tag, f, None))), tag.annotator)


def citation(tag: Any, article: Any) -> str:
    """``“exact” — Speaker, Title, Outlet, 2020-10-26, URL`` (absent parts left out)."""
    date = (article.published_at or "")[:10] or None
    parts = [who_of(tag), article.title, article.source, date, article.url]
    text = " ".join(tag.anchor.exact.split())
    return f"{quoted(text)} — {', '.join(p for p in parts if p)}"
