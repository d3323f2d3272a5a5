"""The articles a ``--with-articles`` json export carries, in the ``inspect --json`` shape
(nested ``replies``, each comment with its ``id``), for threads of any depth.

orjson refuses documents nested deeper than a few hundred levels, so the export document is
dumped with a placeholder string per article, and each placeholder is then replaced by
``serialize.article_to_json``'s text (which writes any depth without recursion). Reading
accepts that shape and the earlier one (the store's flat records with ``depth``), so exports
made before still import.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from uuid import uuid4

if TYPE_CHECKING:
    from annotations.model.article import Article

#: the indentation of an article entry's keys in the indented export document
_ENTRY_INDENT = " " * 6


class DocumentSlots:
    """Placeholders for the articles of one export, and their replacement afterwards."""

    def __init__(self) -> None:
        self.token = f"threadmark-document-{uuid4().hex}-"  # no text can hold it by chance
        self.articles: list[Article] = []

    def slot(self, article: Article) -> str:
        """The placeholder string that stands for ``article``'s document."""
        self.articles.append(article)
        return f"{self.token}{len(self.articles) - 1}"

    def fill(self, data: bytes, indent: bool = True) -> bytes:
        """``data`` with each placeholder replaced by its article in the inspect shape.

        The articles' text is made in pieces, each indented and encoded as it comes, and the
        pieces joined once: the export is held twice at most, not once per step."""
        from annotations.model.serialize import write_article_json

        if not self.articles:
            return data
        out: list[bytes] = []

        def piece(text: str) -> None:
            out.append((text.replace("\n", "\n" + _ENTRY_INDENT) if indent else text).encode())

        pattern = re.compile(b'"' + re.escape(self.token.encode()) + rb'(\d+)"')
        pos = 0
        for m in pattern.finditer(data):
            out.append(data[pos:m.start()])
            write_article_json(self.articles[int(m.group(1))], piece, indent=indent)
            pos = m.end()
        out.append(data[pos:])
        return b"".join(out)


def article_from_export(doc: Any) -> Article:
    """An article from an export's ``document``: the inspect shape, or the store's flat
    records of earlier exports (told apart by their comments' ``depth``). ``ValueError`` if
    its id is not the hash of its content."""
    from annotations.model.article import article_from_doc, article_from_obj
    from annotations.model.identity import id_problem

    comments = doc.get("comments") if isinstance(doc, dict) else None
    if isinstance(comments, list) and comments and isinstance(comments[0], dict) and (
            "depth" in comments[0]):
        art = article_from_doc(doc)
    else:
        art = article_from_obj(doc)
    problem = id_problem(art)
    if problem is not None:
        raise ValueError(problem)
    return art
