"""The types the reading widgets draw: an article (validated, or its stored record read
without pydantic for the first frame) and a tag (validated, or its mark)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.model.article_view import ArticleView, TagMark
    from annotations.model.models import Claim, Quote, Stance

    #: an article to read: the validated model or the stored record as plain objects
    Readable: TypeAlias = Article | ArticleView
    #: a tag as far as drawing it needs (``kind``, ``anchor``, ``id``)
    Drawable: TypeAlias = Quote | Stance | Claim | TagMark
