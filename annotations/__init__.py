"""threadmark's core: article and thread parsing, annotation models, the store, export.

Never imports textual: everything here is usable from scripts and notebooks.
"""

from .article import Article, Block, Comment
from .parse import parse_article

__all__ = ["Article", "Block", "Comment", "parse_article"]
