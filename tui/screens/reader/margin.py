"""The reader's margin count: how many comments of the thread quote or echo the body
paragraph under the reading cursor, shown in the body's bottom border
("¶ 2/7 · 1 comment echoes it"). Counted by the comparison's paragraph reactions
(``annotations.compare.readers``), once per article, at the first cursor move."""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text

if TYPE_CHECKING:
    from tui.widgets.article_side import ArticleSide


def margin_text(counts: list[tuple[int, int, int]], pos: int) -> str:
    """The count of the paragraph holding source offset ``pos`` ("" outside paragraphs)."""
    k = bisect_right([s for s, _e, _n in counts], pos) - 1
    if k < 0 or pos >= counts[k][1]:
        return ""
    n = counts[k][2]
    said = "no comment echoes it" if n == 0 else \
        f"{n} comment{'s' if n != 1 else ''} echo{'es' if n == 1 else ''} it"
    return f"¶ {k + 1}/{len(counts)} · {said}"


class MarginCounts:
    """Keeps each side's body border saying the count of the paragraph under its cursor."""

    def __init__(self) -> None:
        self._counts: dict[str, list[tuple[int, int, int]]] = {}

    def attach(self, screen: Any, side: ArticleSide) -> None:
        """Follow ``side``'s body cursor (``screen`` owns the watch)."""
        screen.watch(side.body, "selection", partial(self.show, side), init=False)

    def counts(self, article: Any) -> list[tuple[int, int, int]]:
        """The paragraph counts of ``article`` (computed once)."""
        got = self._counts.get(article.id)
        if got is None:
            from annotations.compare.readers import paragraph_counts

            got = self._counts[article.id] = paragraph_counts(article)
        return got

    def show(self, side: ArticleSide, *_: object) -> None:
        """Put the count of the paragraph under ``side``'s body cursor in its border."""
        view = side.body
        if view.article is None or not side.article.comments:
            return
        text = margin_text(self.counts(side.article), view.to_source(view.cursor_offset))
        view.set_border_subtitle(Text(text) if text else None)  # only when it changes
