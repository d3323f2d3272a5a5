"""Reading-cursor moves and selections in a passage view's display text: by paragraph,
sentence and whole words. Plain functions of the text and display offsets; ``PassageView``'s
actions apply what they return."""

from __future__ import annotations

from collections.abc import Callable

from annotations.text.nav import (
    next_sentence,
    paragraph_at,
    paragraph_bounds,
    sentence_at,
    snap_to_words,
)

Span = tuple[int, int]
#: the unit at an offset, or None
UnitAt = Callable[[str, int], Span | None]


def paragraph_target(text: str, cursor: int, step: int) -> int | None:
    """Where the next (``step`` < 0: previous) paragraph starts from ``cursor``."""
    bounds = paragraph_bounds(text)
    if step > 0:
        return next((s for s, _ in bounds if s > cursor), None)
    return next((s for s, _ in reversed(bounds) if s < cursor), None)


def next_paragraph(text: str, end: int) -> Span | None:
    """The first paragraph that ends after ``end``."""
    return next(((ps, pe) for ps, pe in paragraph_bounds(text) if pe > end), None)


def unit_span(text: str, cursor: int, selected: Span | None, at: UnitAt,
              after: UnitAt) -> Span | None:
    """The unit (sentence, paragraph) at ``cursor`` when nothing is ``selected``, else the
    selection extended by the next unit (None: nothing to select)."""
    if selected is None:
        return at(text, cursor)
    s, e = selected
    nxt = after(text, e)
    return (s, nxt[1]) if nxt else None


def sentence_span(text: str, cursor: int, selected: Span | None) -> Span | None:
    """``v``: the sentence at the cursor, or the selection and the next sentence."""
    return unit_span(text, cursor, selected, sentence_at, next_sentence)


def paragraph_span(text: str, cursor: int, selected: Span | None) -> Span | None:
    """``V``: the paragraph at the cursor, or the selection and the next paragraph."""
    return unit_span(text, cursor, selected, paragraph_at, next_paragraph)


def whole_words(text: str, selected: Span) -> Span:
    """``W``: the selection widened to whole words."""
    return snap_to_words(text, *selected)
