"""One article's tags grouped by the part they anchor on (the body or a comment).

The reader draws one part at a time: moving the tree cursor shows another comment, and
filtering the article's every tag for it on each key made keys cost in proportion to the
article's tags. The index is built once per change of the tags; a part's tags are then a
dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

KINDS = ("quote", "stance", "claim")


class TagsByPart:
    """``tags`` (validated tags or their marks: ``kind`` and ``anchor``) by part."""

    def __init__(self, tags: Sequence[Any] = ()) -> None:
        self.tags = tags
        by_part: dict[str, list[Any]] = {}
        counts = dict.fromkeys(KINDS, 0)
        for t in tags:
            part = t.anchor.part
            group = by_part.get(part)
            if group is None:
                group = by_part[part] = []
            group.append(t)
            counts[t.kind] = counts.get(t.kind, 0) + 1
        self._by_part = by_part
        self.counts = counts

    def part(self, part: str) -> list[Any]:
        """The tags anchored on ``part``, in the order given (do not modify)."""
        return self._by_part.get(part, [])

    def tagged_comments(self) -> set[str]:
        """The comments holding at least one tag."""
        return {p for p in self._by_part if p != "body"}
