"""Suggestions: every quote of an article and its comments found and attributed, and
check-worthy claims proposed, offline and by rule (no model, no download).

``suggest(article)`` lists them in reading order; ``attribute(article, part, start, end)``
is what the tag form proposes for a span the analyst selected (the same finder, so the two
never disagree). The finder is imported at first use of one of these names: importing a
light submodule (``vocab``, ``echo``) does not load it and the models it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .finder import Suggestion, attribute, default_holder, suggest, suggest_part

__all__ = ["Suggestion", "attribute", "default_holder", "suggest", "suggest_part"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import finder

        return getattr(finder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
