"""An article's id: 16 lowercase hex digits of SHA-256 over its content.

The hashed form is what survives the store and the ``inspect --json`` round trip exactly:
every field of the article but its id (title, body, source, url, authors, date, language,
what it discusses, each block's kind and offsets) and each comment in reading order (depth,
author, name, time, text, status; a comment's id follows from depth and order). Each value
is written as JSON, so the form is unambiguous (no text can pass for a field boundary). A
comment's time is hashed as it reads after one trip through the store (``_stored_time``), so
``...Z`` and ``...+00:00`` are one time and a time hashes the same before and after.

Every path where an article comes in (the readers, an article JSON, a teammate's file)
gives or checks this id, so no one can publish other content under an article's id.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import TypeAdapter

if TYPE_CHECKING:
    from annotations.model.article import Article

#: Hex digits of an article id.
ID_DIGITS = 16
#: The id an article is built with before its content is complete (then replaced).
UNSET_ID = "0" * ID_DIGITS
#: Written first, so a later change of the form changes every id (never a silent clash).
_FORM = b"threadmark-article-v1\n"


_TIME: TypeAdapter[datetime] = TypeAdapter(datetime)
_MINUTE = timedelta(minutes=1)


def _stored_time(when: datetime) -> str:
    """The time as it reads after one trip through the store or the JSON (pydantic writes an
    offset to the minute, and a written ``+00:00`` reads back as ``Z``)."""
    written = _TIME.dump_python(when, mode="json")
    offset = when.utcoffset()
    if offset is None or not offset % _MINUTE:
        return written  # reads back as written
    return _TIME.dump_python(_TIME.validate_python(written), mode="json")


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _j(value: object) -> bytes:
    return _JSON.encode(value).encode("utf-8", "surrogatepass") + b"\n"


def canonical_article_id(article: Article) -> str:
    """The id ``article`` must have: the hash of its content (see the module docstring).
    Time and memory: linear in the article, one comment's record at a time."""
    h = hashlib.sha256(_FORM)
    h.update(_j([article.title, article.source, article.url, article.authors,
                 article.published_at, article.language, article.discusses]))
    h.update(_j(article.body))
    h.update(_j([[b.kind, b.start, b.end] for b in article.blocks]))
    for c, depth in article.walk():
        when = _stored_time(c.posted_at)
        h.update(_j([depth, c.author, c.name, when, c.text, c.status]))
    return h.hexdigest()[:ID_DIGITS]


def id_problem(article: Article, named: str | None = None) -> str | None:
    """None if ``article.id`` is the hash of its content (and ``named``, when given: the id
    a file's name gives), else one line saying why not."""
    if named is not None and article.id != named:
        return f"holds article {article.id}, not {named}"
    want = canonical_article_id(article)
    if article.id == want:
        return None
    return (f"id {article.id} is not the hash of its content (that is {want}); a file written "
            "before store schema 6 is refused: its owner upgrades threadmark and writes it again")
