"""The library's filter and sort: words match the title, outlet or author; ``lang:ru``,
``outlet:reuters``, ``from:2020-10`` and ``to:2020-12-31`` narrow by language, outlet and date.

Dates compare as ISO 8601 text, so ``from:2020-10`` keeps October 2020 on, and ``to:2020-10``
keeps everything up to the end of October (a shorter bound covers its whole period). An
article with no date is left out once a date bound is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The columns the library sorts by: key -> (header label, the summary's sort value)
SORT_KEYS: dict[str, str] = {
    "title": "Title", "source": "Source", "date": "Date", "language": "Lang",
    "author": "Author", "comments": "Comments", "tags": "Tags",
}


@dataclass
class LibraryFilter:
    """A parsed filter line (see the module docstring)."""

    words: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.words or self.languages or self.outlets or self.date_from
                    or self.date_to)

    def matches(self, s: Any) -> bool:
        """Whether the summary ``s`` passes every part of the filter."""
        title, source = s.title.casefold(), (s.source or "").casefold()
        author = (s.author or "").casefold()
        if any(w not in title and w not in source and w not in author for w in self.words):
            return False
        if self.languages and (s.language or "").casefold().split("-")[0] not in \
                self.languages:
            return False
        if self.outlets and not any(o in source for o in self.outlets):
            return False
        if self.date_from or self.date_to:
            day = (s.published_at or "")[:10]
            if not day:
                return False
            if self.date_from and day < self.date_from:
                return False
            if self.date_to and day[:len(self.date_to)] > self.date_to:
                return False
        return True


def parse_filter(text: str) -> LibraryFilter:
    """The filter that ``text`` asks for (unknown ``name:`` prefixes are plain words)."""
    f = LibraryFilter()
    for token in text.casefold().split():
        name, sep, value = token.partition(":")
        if sep and value and name in ("lang", "language"):
            f.languages.append(value.split("-")[0])
        elif sep and value and name in ("outlet", "source"):
            f.outlets.append(value)
        elif sep and value and name == "from":
            f.date_from = value
        elif sep and value and name == "to":
            f.date_to = value
        else:
            f.words.append(token)
    return f


def sort_value(s: Any, key: str) -> tuple:
    """The summary's value for sorting by ``key``; missing values sort last."""
    v = {"title": s.title, "source": s.source, "date": s.published_at, "language": s.language,
         "author": s.author, "comments": s.comments, "tags": s.tags}[key]
    if v is None or v == "":
        return (1, "")
    return (0, v.casefold() if isinstance(v, str) else v)


def order(groups: list[tuple[Any, list]], key: str | None,
          descending: bool = False) -> list[tuple[Any, list]]:
    """``groups`` (an article and the rows that go with it) sorted by their article's
    ``key`` value; those without one last either way; None keeps the order given."""
    if key is None:
        return groups
    have = [g for g in groups if sort_value(g[0], key)[0] == 0]
    lack = [g for g in groups if sort_value(g[0], key)[0] == 1]
    have.sort(key=lambda g: sort_value(g[0], key), reverse=descending)
    return have + lack
