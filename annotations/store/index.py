"""The library index: a cache, beside the store, of what the library lists.

A store of months of work takes a few tenths of a second to replay; the library needs only
each article's title, source and counts. When a store is closed after a clean session, those
summaries are written to ``<store>.index`` together with the store file's *stamp* (device,
inode, size, modification time in nanoseconds). A later open whose file still has that stamp
can show the library at once and replay the journal afterwards (``AnnotationStore(...,
defer=True)``). Any write to the store (by this or another process, a crash half-way, a
repair, a compaction) changes the stamp, and an index that does not match is ignored.

The index is never authoritative and never an error: a missing, stale, foreign or damaged
index file only means the slower open. It is rewritten atomically; a failed write (a full
disk) leaves no partial file and is not reported.

It also remembers which article ids a file's bytes parsed into (``sources``: SHA-256 of the
file -> ids and the parser's warnings), so ``threadmark open FILE`` on a stored file does not
parse it again. Those entries name the parser revision that produced them and are dropped
when it changes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.store.file.cache_file import read_cache, write_cache
from annotations.store.types import ArticleSummary

FORMAT = 2  # 2: summaries carry the date, language and first author
#: Bump whenever a parser's output for the same file changes (``tests/core/test_store_index.py``
#: holds a fingerprint of the parsers' output on real files and says when to bump it).
PARSER_REVISION = 2  # 2: article ids are the hash of the content (#22)
#: At most this many remembered files (the most recent kept).
MAX_SOURCES = 2000


def index_path(store_path: Path) -> Path:
    """Where the index of the store at ``store_path`` lives."""
    return store_path.with_name(store_path.name + ".index")


def stamp_of(st: os.stat_result) -> list[int]:
    """What identifies one version of a file's bytes."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]


def file_digest(data: bytes) -> str:
    """The key a file's bytes are remembered by."""
    return hashlib.sha256(data).hexdigest()


@dataclass
class StoreIndex:
    """What an index file holds."""

    stamp: list[int]
    summaries: list[ArticleSummary]
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)


def _summary(row: Any) -> ArticleSummary | None:
    if type(row) is not list or len(row) != 10:
        return None
    aid, title, source, comments, tags, url, discusses, published, language, author = row
    if type(aid) is not str or type(title) is not str or type(comments) is not int \
            or type(tags) is not int:
        return None
    for v in (source, url, discusses, published, language, author):
        if v is not None and type(v) is not str:
            return None
    return ArticleSummary(aid, title, source, comments, tags, url, discusses, published,
                          language, author)


def _sources(obj: Any) -> dict[str, dict[str, Any]]:
    """The remembered files of this parser revision (anything else dropped)."""
    out: dict[str, dict[str, Any]] = {}
    if type(obj) is not dict:
        return out
    for digest, entry in obj.items():
        if type(entry) is not dict or entry.get("parser") != PARSER_REVISION:
            continue
        ids, warnings = entry.get("ids"), entry.get("warnings", [])
        if type(ids) is list and ids and all(type(i) is str for i in ids) and \
                type(warnings) is list and all(type(w) is str for w in warnings):
            out[digest] = {"ids": ids, "warnings": warnings, "parser": PARSER_REVISION}
    return out


def read_index(store_path: Path) -> StoreIndex | None:
    """The index of ``store_path`` as it was written, or None if there is none or it is
    damaged or foreign (the stamp is *not* compared here: see ``StoreIndex.stamp``)."""
    obj = read_cache(index_path(store_path), "threadmark_index", FORMAT)
    if obj is None:
        return None
    stamp, rows = obj.get("stamp"), obj.get("summaries")
    if type(stamp) is not list or len(stamp) != 4 or not all(type(v) is int for v in stamp) \
            or type(rows) is not list:
        return None
    summaries = [s for r in rows if (s := _summary(r)) is not None]
    if len(summaries) != len(rows):
        return None
    return StoreIndex(stamp, summaries, _sources(obj.get("sources")))


def write_index(store_path: Path, index: StoreIndex) -> bool:
    """Atomically replace the index; False (and nothing left behind) if the disk refused."""
    sources = dict(list(index.sources.items())[-MAX_SOURCES:])
    return write_cache(index_path(store_path), {
        "threadmark_index": FORMAT,
        "stamp": index.stamp,
        "summaries": [[s.id, s.title, s.source, s.comments, s.tags, s.url, s.discusses,
                       s.published_at, s.language, s.author] for s in index.summaries],
        "sources": sources,
    }, store_path)
