"""Suggestions: every quote of an article and its comments found and attributed, and
check-worthy claims proposed, offline and by rule (no model, no download).

``suggest(article)`` lists them in reading order; ``attribute(article, part, start, end)``
is what the tag form proposes for a span the analyst selected (the same finder, so the two
never disagree)."""

from __future__ import annotations

from .finder import Suggestion, attribute, default_holder, suggest, suggest_part

__all__ = ["Suggestion", "attribute", "default_holder", "suggest", "suggest_part"]
