"""The library's rows, built once per change and narrowed per filter keystroke.

Typing in the library's filter re-read every article's summary from the store, the story
registry and the discussions' links, and sorted them all again, on every key: with 5,000
articles each keystroke cost more than a frame. The summaries, their order (discussions
under their article), the rows and the stories are built once (``LibraryRows.build``: when
the store, the sort or the marks change); a keystroke only tests each row against the filter
(``select``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from annotations.store.library_filter import order, parse_filter
from tui.widgets.article_table import ArticleRow


def with_discussions(summaries: list) -> list[tuple]:
    """(summary, id of the article it discusses or None), each discussion right after its
    article (a thread whose post links to an article in the store)."""
    from annotations.sources.urls import page_key

    by_url = {page_key(a.url): a.id for a in summaries if a.url and not a.discusses}
    under: dict[str, list] = {}
    rest = []
    for a in summaries:
        of = by_url.get(page_key(a.discusses)) if a.discusses else None
        if of is not None and of != a.id:
            under.setdefault(of, []).append(a)
        else:
            rest.append(a)
    out: list[tuple] = []
    for a in rest:
        out.append((a, None))
        out.extend((d, a.id) for d in under.get(a.id, ()))
    return out


@dataclass
class Selection:
    """The rows a filter shows, and the discussion pairs among them."""

    rows: list[ArticleRow]
    #: discussion id -> its article's id, and back
    pairs: dict[str, str] = field(default_factory=dict)
    discussions: set[str] = field(default_factory=set)


class LibraryRows:
    """Every article's row in the library's order (see the module docstring)."""

    def __init__(self, summaries: list,
                 stories: dict[str, list[str]] | Callable[[], dict[str, list[str]]],
                 sort: tuple[str, bool] | None, marked: list[str]) -> None:
        self.total = len(summaries)
        #: story name -> its article ids; or what reads them, at the first filter (reading
        #: the registry replays a store opened from its index: not for the first frame)
        self._stories = stories
        groups: list[tuple] = []  # an article and its discussions: they sort together
        for a, of in with_discussions(summaries):
            if of is None or not groups:
                groups.append((a, []))
            groups[-1][1].append((a, of))
        key, descending = sort if sort is not None else (None, False)
        chosen = set(marked)
        #: (summary, the article it discusses or None, its row) in the order shown
        self.entries: list[tuple[Any, str | None, ArticleRow]] = [
            (a, of, ArticleRow(a.id, a.title, a.source, a.comments, a.tags,
                               marked=a.id in chosen, indent=of is not None,
                               date=a.published_at, language=a.language, author=a.author))
            for _, members in order(groups, key, descending) for a, of in members]

    @classmethod
    def build(cls, store: Any, sort: tuple[str, bool] | None,
              marked: list[str]) -> LibraryRows:
        """The rows of ``store``'s articles now."""
        def stories() -> dict[str, list[str]]:
            if store.pending:  # reading would wait for the replay (seconds in a big store);
                return {}  # its end rebuilds the rows (tags_changed), stories and all
            from annotations.compare import registry

            return registry.read(store).stories

        return cls(store.article_summaries(), stories, sort, marked)

    @property
    def stories(self) -> dict[str, list[str]]:
        """Story name -> its article ids (read once)."""
        if callable(self._stories):
            self._stories = self._stories()
        return self._stories

    def story_members(self, text: str) -> set[str]:
        """Ids of the articles of every story whose name holds ``text`` (casefolded): the
        filter shows a story's members together."""
        return {aid for name, ids in self.stories.items() if text in name.casefold()
                for aid in ids}

    def select(self, filter_text: str) -> Selection:
        """The rows that ``filter_text`` keeps (``library_filter``), in order."""
        flt = parse_filter(filter_text)
        q = not flt.empty
        in_story = self.story_members(filter_text.casefold()) if q else set()
        out = Selection([])
        for a, of, row in self.entries:
            if q and not flt.matches(a) and a.id not in in_story:
                continue
            if of is not None:  # a discussion of the row above: c opens the pair
                out.pairs[a.id] = of
                out.pairs.setdefault(of, a.id)
                out.discussions.add(a.id)
            out.rows.append(row)
        return out
