"""The group map: where each article's lines in a store file are, kept beside it, so an open
parses no article and no tag.

Most of a store file is its articles and their tags: a snapshot writes each article record on
a line of its own and each article's tags as group lines (``journal``). Replaying the journal
reads, checksums and parses every byte of it: 5 s for 500,000 tags (370 MB). A writable store
that closes writes ``<store>.groups``: the file's identity (device, inode, size, modification
and change times in ns) and, for every line that is one group, its offset, length, line
number, article id and tag ids; for every line that is one article record, the same with the
record's meta and what the library lists of the article (``lazy_articles.article_stub``). An
open whose file still has that identity reads only the bytes between those lines (history,
settings, changes since the snapshot) and replays them as always; the rest stays in the file
(``lazydocs.Deferred``, ``lazy_articles``), read the first time it is used: then its line is
read, checksummed and checked to be exactly what the map names.

The map is derived (regenerable) and never trusted blindly: a missing, damaged, foreign or
stale map (any write changes the identity; the change time cannot be set back), or one whose
lines do not fall where the bytes between them say, means the full replay. A line that does
not check out when it is read is a damaged store: one line naming the file and the line, the
file untouched, and the map removed (the next open replays the whole file).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from annotations.errors import CorruptStoreError, StoreError, os_reason
from annotations.store.file.cache_file import read_cache, remove_cache, write_cache
from annotations.store.file.journal import (
    ARTICLES,
    ArticleLine,
    GroupLine,
    Replay,
    Tables,
    article_record,
    damaged_line,
    group_payload,
    group_table,
    read_version,
    replay,
    replay_region,
)
from annotations.store.lazy_articles import LazyArticles, good_stub

FORMAT = 2  # 2: article lines too
T = TypeVar("T")
_KEY = "threadmark_groups"
_STR = frozenset({str})
#: the bytes read to find the header line (a longer first line is not a store's header)
_HEAD = 4096


def map_path(store_path: Path) -> Path:
    """Where the group map of the store at ``store_path`` lives."""
    return store_path.with_name(store_path.name + ".groups")


def identity(st: os.stat_result) -> list[int]:
    """What identifies one version of a store file's bytes (the change time moves on every
    write and cannot be set back by a user)."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def write_map(store_path: Path, st: os.stat_result, lines: list[GroupLine],
              articles: list[ArticleLine] | None = None) -> bool:
    """Keep where the group ``lines`` and the article lines of the file ``st`` describes
    are (or remove the map when there are none); False if the disk refused."""
    target = map_path(store_path)
    articles = articles or []
    if not lines and not articles:
        remove_cache(target)
        return True
    count = sum(len(g[4]) for g in lines)
    disjoint = len(set().union(*(g[4] for g in lines))) == count
    return write_cache(target, {_KEY: FORMAT, "stamp": identity(st), "disjoint": disjoint,
                                "lines": [list(g) for g in lines],
                                "articles": [list(a) for a in articles]}, store_path)


def max_map_bytes(store_size: int) -> int:
    """No map of a store of ``store_size`` bytes is longer: each of its rows repeats at most
    the few numbers and a part of one line of the store (a longer file is not read)."""
    return 4 * store_size + (1 << 20)


def read_map(store_path: Path, st: os.stat_result) -> GroupMap | None:
    """The group and article lines of the file ``st`` describes, if the map beside it was
    written for exactly that file and is well formed; else None."""
    obj = read_cache(map_path(store_path), _KEY, FORMAT, max_map_bytes(st.st_size))
    if obj is None or obj.get("stamp") != identity(st):
        return None
    rows, arts, disjoint = obj.get("lines"), obj.get("articles"), obj.get("disjoint")
    if type(rows) is not list or type(arts) is not list or type(disjoint) is not bool:
        return None
    out: list[GroupLine] = []
    for row in rows:
        if type(row) is not list or len(row) != 5:
            return None
        offset, length, lineno, key, ids = row
        if not _place(offset, length, lineno, st.st_size) or type(key) is not str \
                or type(ids) is not list or not set(map(type, ids)) <= _STR:
            return None
        out.append((offset, length, lineno, key, ids))
    articles: list[ArticleLine] = []
    for row in arts:
        if type(row) is not list or len(row) != 6:
            return None
        offset, length, lineno, key, meta, stub = row
        if not _place(offset, length, lineno, st.st_size) or type(key) is not str \
                or type(meta) is not dict or not good_stub(stub):
            return None
        articles.append((offset, length, lineno, key, meta, stub))
    places = sorted([(g[0], g[1], g[2]) for g in out] + [(a[0], a[1], a[2]) for a in articles])
    end, last = 0, 1  # where the previous line ended; its number (the header's is 1)
    for offset, length, lineno in places:
        if offset < end or lineno <= last:
            return None
        end, last = offset + length, lineno
    return GroupMap(out, disjoint, articles)


def _place(offset: Any, length: Any, lineno: Any, size: int) -> bool:
    return type(offset) is int and type(length) is int and type(lineno) is int and \
        offset > 0 and length >= 11 and offset + length <= size


@dataclass
class GroupMap:
    """What a group map says: the file's group lines, whether no two share a tag id (then
    the tags are indexed by id only when a lookup by id needs it: ``lazydocs``), and the
    lines that put one article record each."""

    lines: list[GroupLine]
    disjoint: bool
    articles: list[ArticleLine] = field(default_factory=list)


class GroupLines:
    """The store file as opened, for reading its group lines later (``close`` when the
    store closes: a load after that is a ``StoreError``)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd
        self._lock = threading.Lock()
        #: a group line did not check out: the map must not be written again
        self.damaged = False
        #: the identity of the file the map beside it was read for (``identity``)
        self.stamp: list[int] | None = None

    def read(self, line: GroupLine) -> str:
        """The JSON of the group on ``line``, checked (``CorruptStoreError`` if it is not
        that group, after removing the map)."""
        offset, length, lineno, key, ids = line
        return self._checked(offset, length, lineno, lambda data: group_payload(data, key, ids))

    def read_article(self, line: ArticleLine) -> dict[str, Any]:
        """The article record on ``line``, checked as ``read`` checks a group."""
        offset, length, lineno, key, meta, _ = line
        return self._checked(offset, length, lineno,
                             lambda data: article_record(data, key, meta))

    def _checked(self, offset: int, length: int, lineno: int,
                 check: Callable[[bytes], T]) -> T:
        with self._lock:
            if self._fd is None:
                raise StoreError(f"{self.path}: the store is closed")
            try:
                data = os.pread(self._fd, length, offset)
            except OSError as e:
                raise StoreError(f"{self.path}: cannot read ({os_reason(e)})") from None
        try:
            if len(data) != length:
                raise ValueError("the file ends inside it")
            return check(data)
        except ValueError as e:
            self.damaged = True
            remove_cache(map_path(self.path))
            raise damaged_line(self.path, lineno, str(e)) from None

    def close(self) -> None:
        """Let go of the file."""
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


class _Deferred:
    """One group left in the file (``lazydocs.Deferred``)."""

    __slots__ = ("_file", "_line")

    def __init__(self, file: GroupLines, line: GroupLine) -> None:
        self._file = file
        self._line = line

    def load(self) -> str:
        return self._file.read(self._line)


class _DeferredArticle:
    """One article record left in the file (``lazy_articles``)."""

    __slots__ = ("_file", "_line")

    def __init__(self, file: GroupLines, line: ArticleLine) -> None:
        self._file = file
        self._line = line

    def load(self) -> dict[str, Any]:
        return self._file.read_article(self._line)


def open_journal(path: Path) -> tuple[Replay, GroupLines | None]:
    """Replay the store file at ``path``: through its group map when the map is the file's
    (the groups left in the file, read through the ``GroupLines`` returned), else every
    line (and no ``GroupLines``)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError as e:
        raise StoreError(f"{path}: cannot read ({os_reason(e)})") from None
    try:
        st = os.fstat(fd)
        found = read_map(path, st)
        file = GroupLines(path, fd)
        rep = None
        if found is not None and found.lines:
            try:
                rep = _replay_mapped(path, file, fd, st.st_size, found)
            except CorruptStoreError:  # the full replay says where, if the file is damaged
                rep = None
        if rep is not None:
            file.stamp = identity(st)
            return rep, file
        data = _read(path, fd, 0, st.st_size)
        data += _read_rest(path, fd, st.st_size)  # what a writer appended since the stat
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)
    return replay(path, data), None


def _replay_mapped(path: Path, file: GroupLines, fd: int, size: int,
                   found: GroupMap) -> Replay | None:
    """The replay of the file with its group ``lines`` left in it; None if the bytes between
    them are not whole lines numbered as the map says."""
    head = _read(path, fd, 0, min(size, _HEAD))
    nl = head.find(b"\n")
    if nl < 0:
        return None
    rep = Replay(read_version(path, head[: nl + 1]), {}, good_length=nl + 1)
    pos, lineno = nl + 1, 1
    skipped: list[GroupLine | ArticleLine] = [*found.lines, *found.articles]
    skipped.sort(key=lambda line: line[0])
    for line in skipped:
        offset, length, number = line[0], line[1], line[2]
        if offset < pos:  # inside the header line
            return None
        if offset > pos:  # lines between (none between two groups of a snapshot)
            region = _read(path, fd, pos, offset - pos)
            if not region.endswith(b"\n"):
                return None
            lineno = replay_region(rep, path, region, 0, pos, lineno)
        if lineno + 1 != number or rep.good_length != offset:
            return None
        if len(line) == 5:
            group = line
            group_table(rep.tables).add_group(group[3], group[4], _Deferred(file, group),
                                              index_later=found.disjoint)
            rep.groups.append(group)
        else:
            art = line
            _articles(rep.tables).add_later(art[3], _DeferredArticle(file, art), art[4],
                                            art[5])
            rep.articles.append(art)
        rep.change_lines += 1
        pos, lineno = offset + length, number
        rep.good_length = pos
    tail = _read(path, fd, pos, size - pos) + _read_rest(path, fd, size)
    replay_region(rep, path, tail, 0, pos, lineno)
    return rep


def _articles(tables: Tables) -> LazyArticles:
    """The articles table, made one whose records may stay in the file."""
    t = tables.get(ARTICLES)
    if not isinstance(t, LazyArticles):
        t = tables[ARTICLES] = LazyArticles(dict(t) if t else None)
    return t


def _read(path: Path, fd: int, offset: int, length: int) -> bytes:
    try:
        data = os.pread(fd, length, offset)
    except OSError as e:
        raise StoreError(f"{path}: cannot read ({os_reason(e)})") from None
    if len(data) != length:
        raise StoreError(f"{path}: the file shrank while being read")
    return data


def _read_rest(path: Path, fd: int, offset: int) -> bytes:
    """Whatever follows ``offset`` (a reader's open races a writer's appends)."""
    parts: list[bytes] = []
    while True:
        try:
            chunk = os.pread(fd, 1 << 20, offset)
        except OSError as e:
            raise StoreError(f"{path}: cannot read ({os_reason(e)})") from None
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        offset += len(chunk)
