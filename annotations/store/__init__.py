"""The store: articles and tags in one TinyDB file that never loses a tag.

``AnnotationStore`` (``store.facade``) is the public face; its parts, each a class with its
own state, are private to it: ``records`` (the open file's tables, durable transactions),
``articles`` (articles as read), ``tag_index`` (tags in memory, validation, tag writes),
``history`` (undo/redo), ``queries`` (reads of tags), ``writes`` (validated tag writes,
settings), ``adding_articles`` (adding and re-anchoring), ``rejections`` (rejected suggestions,
removed articles), ``seen_files`` (files seen before); ``locking`` (how each public method is
locked), ``types`` (the shared plain types), ``index`` (the library index beside the file),
``file/`` (the journal, storage, migrations, repair, file lock).

Names are loaded on first use (PEP 562): importing a part does not load the facade.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from annotations.errors import StoreLockedError, TagNotFound
from annotations.store.types import (
    HISTORY_LIMIT,
    ArticleAdded,
    ArticleSummary,
    Change,
    ReanchorReport,
    searchable,
)

if TYPE_CHECKING:
    from annotations.store.facade import AnnotationStore
    from annotations.store.types import Tag as Tag  # the kinds' union, for annotations

__all__ = [
    "HISTORY_LIMIT", "AnnotationStore", "ArticleAdded", "ArticleSummary", "Change",
    "ReanchorReport", "StoreLockedError", "TagNotFound", "searchable",
]


def __getattr__(name: str) -> Any:
    if name == "AnnotationStore":
        value = import_module("annotations.store.facade").AnnotationStore
        globals()[name] = value
        return value
    if name == "Tag":
        from annotations.model.models import Claim, Quote, Stance

        return Quote | Stance | Claim
    raise AttributeError(name)
