"""threadmark's core: article and thread parsing, annotation models, the store, export.

Never imports textual: everything here is usable from scripts and notebooks.
"""

from .article import Article, Block, Comment
from .models import Anchor, Annotation, Claim, Quote, Stance
from .parse import parse_article
from .storage import CorruptStoreError, ForeignFileError, StoreError
from .store import AnnotationStore, Change, ReanchorReport, StoreLockedError

__all__ = [
    "Anchor", "Annotation", "AnnotationStore", "Article", "Block", "Change", "Claim", "Comment",
    "CorruptStoreError", "ForeignFileError", "Quote", "ReanchorReport", "Stance", "StoreError",
    "StoreLockedError", "parse_article",
]
