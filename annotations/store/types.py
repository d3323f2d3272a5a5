"""Plain types and helpers the store's modules share (no pydantic at import)."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, TypeAlias

from annotations.model.article_view import part_sort_key

if TYPE_CHECKING:
    from annotations.model.article_view import TagMark
    from annotations.model.models import Claim, Quote, Stance, TagBase

    #: A stored tag: one of the three kinds (the models are imported on first use).
    Tag: TypeAlias = Quote | Stance | Claim


def _models() -> ModuleType:
    """The models module, imported on first use."""
    from annotations.model import models

    return models


def _validation_error() -> type[Exception]:
    from pydantic import ValidationError

    return ValidationError


def _first_error(e: Exception) -> str:
    from annotations.model.validation import problem_text

    return problem_text(e)


#: How many undo steps are kept (older ones are dropped).
HISTORY_LIMIT = 500

T_ARTICLES, T_TAGS, T_HISTORY, T_META = "articles", "tags", "history", "meta"
#: Suggestions the analyst rejected (kind:part:start:end per article); not synced.
T_REJECTED = "rejected"
#: Articles taken out of the library (their record and tags stay; not synced) are documents
#: of the meta table under this prefix and the article's id (a table of its own would make
#: earlier versions of threadmark take the store for damaged).
REMOVED_PREFIX = "removed|"


@dataclass(frozen=True)
class Change:
    """One undoable step: what it did and to which tags."""

    action: str
    ids: tuple[str, ...]
    articles: tuple[str, ...] = ()  # the articles it touches (``peek`` fills it)

    def describe(self) -> str:
        """A short human description, e.g. ``add 1 tag``."""
        n = len(self.ids)
        if self.action == "reject":
            return f"reject {n} suggestion{'s' if n != 1 else ''}"
        if self.action in ("remove", "restore"):
            where = "from" if self.action == "remove" else "to"
            return f"{self.action} {n} article{'s' if n != 1 else ''} {where} the library"
        return f"{self.action} {n} tag{'s' if n != 1 else ''}"


@dataclass
class ReanchorReport:
    """What happened to the tags of an article that was re-added with edited text."""

    old_article_id: str
    new_article_id: str
    placed: dict[str, str] = field(default_factory=dict)  # tag id -> position|exact|fuzzy
    orphans: list[str] = field(default_factory=list)


@dataclass
class ArticleAdded:
    """Result of ``add_article``."""

    article_id: str
    new: bool
    reanchor: ReanchorReport | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """What the library lists, read from the journal without validating the article."""

    id: str
    title: str
    source: str | None
    comments: int
    tags: int
    url: str | None = None
    discusses: str | None = None  # a discussion thread: the URL of the article it is about
    published_at: str | None = None  # ISO 8601, as the article has it
    language: str | None = None
    author: str | None = None  # the first author (the library's column)


def _part_key(part: str) -> tuple[int, ...]:
    return part_sort_key(part)


def _position_key(tag: TagBase | TagMark) -> tuple[tuple[int, ...], int, int]:
    a = tag.anchor
    return (_part_key(a.part), a.start, a.end)


def _seq_id(seq: int) -> str:
    return f"{seq:012d}"


def searchable(tag: TagBase) -> str:
    """The text a search matches in: tagged text, note, labels and the kind's fields."""
    parts = [tag.anchor.exact, tag.note, " ".join(tag.labels)]
    for name in ("speaker", "speaker_role", "holder", "target", "claimant", "evidence"):
        v = getattr(tag, name, None)
        if v:
            parts.append(v)
    return "\n".join(parts).casefold()
