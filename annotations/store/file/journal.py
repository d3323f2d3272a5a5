"""The store's file format: a header line, then one checksummed line per committed change.

::

    {"threadmark_store":4}
    1f0c3a9e [["p","tags","<id>",{...}],["d","history","000000000007"]]
    5d2e88b1 [["g","tags","<article id>",["<id>",...],"{\"<id>\":{...},...}"]]

Each change line is the CRC-32 of its JSON (8 hex digits), a space, the JSON (a list of
``["p", table, key, doc]`` / ``["d", table, key]`` operations) and a newline, written and
fsync'd as one ``write``. A snapshot (compaction) keeps each article's tags as group
operations ``["g", "tags", article_id, ids, json]`` of ``lazydocs.GROUP_TAGS`` tags each,
decoded only when read (``lazydocs``).
Only the last line may lack its newline: that is a write a crash cut
short, and it is dropped. A complete line that fails its checksum or its shape, or a record of
the wrong shape, is corruption: one line naming the file and the line (or record), the file
untouched. ``replay(..., lenient=True)`` instead skips what is damaged (``check --repair``).

Schemas 1 and 2 had no checksums; 3 had no groups; they are read by the same code and
migrated.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from annotations.errors import CorruptStoreError, ForeignFileError, NewerStoreError, StoreError
from annotations.model.records import Tables, bad_records, check_records, record_problem
from annotations.store.lazy_articles import article_stub, record_meta
from annotations.store.lazydocs import GROUP_TAGS, LazyDocs

if TYPE_CHECKING:
    from annotations.store.file.filelock import StoreLock

SCHEMA_VERSION = 6
HEADER_KEY = "threadmark_store"
TABLES = ("articles", "tags", "history", "meta", "rejected")

Op = list  # ["p", table, key, doc] | ["d", table, key] | ["g", "tags", key, ids, json]
GROUP_TABLE = "tags"
ARTICLES = "articles"
_STR = frozenset({str})

_CRC = re.compile(rb"[0-9a-f]{8}")


def header_bytes(version: int = SCHEMA_VERSION) -> bytes:
    """The first line of a store file of ``version``."""
    return orjson.dumps({HEADER_KEY: version}) + b"\n"


def parse_header(line: bytes) -> int | None:
    """The schema of a header line that is exactly ours, else None (foreign or damaged)."""
    try:
        head = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if not (isinstance(head, dict) and list(head) == [HEADER_KEY]):
        return None
    v = head[HEADER_KEY]
    if type(v) is not int or v < 1:
        return None
    return v


def encode_line(ops: list[Op]) -> bytes:
    """One change line: checksum, space, JSON, newline."""
    payload = orjson.dumps(ops)
    return b"%08x " % zlib.crc32(payload) + payload + b"\n"


#: A change line up to this size is made in memory and written at once; a bigger one (an
#: import of many tags) is written in pieces of about this size.
LINE_PIECE = 1 << 20


def write_line(fd: int, ops: list[Op]) -> tuple[int, int]:
    """Append one change line holding ``ops`` to ``fd``: (bytes written, bytes of the tag
    records put among them: those a snapshot would keep in groups).

    A big line is never made whole in memory: it is encoded in pieces (``_pieces``) once to
    compute the checksum, then again as it is written; the newline comes last, so a write
    cut short leaves a line without one, which the next open drops (the store as it was).
    """
    parts: list[bytes] = []
    size = 0
    crc = 0
    puts = 0
    for piece, tag_put in _pieces(ops):
        crc = zlib.crc32(piece, crc)
        size += len(piece)
        if tag_put:
            puts += len(piece)
        if size <= LINE_PIECE:
            parts.append(piece)
        elif parts:
            parts = []
    if size <= LINE_PIECE:
        _write_all(fd, b"%08x " % crc + b"".join(parts) + b"\n")
        return size + 10, puts
    buf = bytearray(b"%08x " % crc)
    for piece, _ in _pieces(ops):
        if len(piece) >= LINE_PIECE:  # as it is: no copy
            _write_all(fd, buf)
            buf.clear()
            _write_all(fd, piece)
            continue
        buf += piece
        if len(buf) >= LINE_PIECE:
            _write_all(fd, buf)
            buf.clear()
    _write_all(fd, buf)
    _write_all(fd, b"\n")
    return size + 10, puts


#: A list longer than this in a record (an article's comments) is encoded this many items at
#: a time.
_BATCH = 2000


def _pieces(ops: list[Op]) -> Iterator[tuple[bytes, bool]]:
    """The JSON of ``ops`` in pieces, each with whether it belongs to a tag record put."""
    yield b"[", False
    for i, op in enumerate(ops):
        if i:
            yield b",", False
        # the tags a snapshot would move to lines of their own: put one by one, or groups
        # among other operations (an import: the group map points only at group lines)
        tag_put = op[1] == GROUP_TABLE and (op[0] == "p" or (op[0] == "g" and len(ops) > 1))
        if op[0] == "g":
            yield _encode_group(op), tag_put
        elif op[0] == "p" and _holds_long_list(op[3]):
            head = b'["p",' + orjson.dumps(op[1]) + b"," + orjson.dumps(op[2]) + b","
            yield head, tag_put
            for piece in _value_pieces(op[3], 2):
                yield piece, tag_put
            yield b"]", tag_put
        else:
            yield orjson.dumps(op), tag_put
    yield b"]", False


def _holds_long_list(value: Any, levels: int = 2) -> bool:
    """Whether a list longer than ``_BATCH`` is in ``value`` (a record: dicts ``levels``
    deep are looked into)."""
    if type(value) is list:
        return len(value) > _BATCH
    if type(value) is dict and levels:
        return any(_holds_long_list(v, levels - 1) for v in value.values())
    return False


def _value_pieces(value: Any, levels: int) -> Iterator[bytes]:
    """``value``'s JSON in pieces: a long list ``_BATCH`` items at a time, the dicts that
    hold one member by member."""
    if type(value) is list and len(value) > _BATCH:
        for start in range(0, len(value), _BATCH):
            batch = orjson.dumps(value[start : start + _BATCH])
            yield (b"[" if start == 0 else b",") + batch[1:-1]
        yield b"]"
    elif type(value) is dict and levels and _holds_long_list(value, levels):
        for j, (key, v) in enumerate(value.items()):
            yield (b"{" if j == 0 else b",") + orjson.dumps(key) + b":"
            yield from _value_pieces(v, levels - 1)
        yield b"}"
    else:
        yield orjson.dumps(value)


def _encode_group(op: Op) -> bytes:
    """A group operation's JSON. Its JSON string is encoded by ``json``: orjson reserves
    about nine times a long string's length for its result, and keeps it."""
    return b"".join((b'["g",', orjson.dumps(op[1]), b",", orjson.dumps(op[2]), b",",
                     orjson.dumps(op[3]), b",", json.dumps(op[4], ensure_ascii=False).encode(),
                     b"]"))


def _write_all(fd: int, data: bytes | bytearray) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class _LineError(ValueError):
    """A complete line that is damaged (the message says how)."""


def _check_ops(ops: Any) -> list[Op]:
    if not isinstance(ops, list) or not ops:
        raise _LineError("not a list of operations")
    for op in ops:
        if isinstance(op, list) and op and op[0] == "g":
            _check_group(op)
            continue
        if not isinstance(op, list) or not op or op[0] not in ("p", "d"):
            raise _LineError("an operation is not put or delete")
        want = 4 if op[0] == "p" else 3
        if len(op) != want or op[1] not in TABLES or not isinstance(op[2], str):
            raise _LineError("an operation has the wrong shape")
        if want == 4 and not isinstance(op[3], dict):
            raise _LineError("a put operation holds no record")
    return ops


def _check_group(op: list) -> None:
    if len(op) != 5 or op[1] != GROUP_TABLE or type(op[2]) is not str or \
            type(op[3]) is not list or type(op[4]) is not str or \
            not set(map(type, op[3])) <= _STR:
        raise _LineError("a group operation has the wrong shape")


def _table(tables: Tables, name: str) -> Any:
    t = tables.get(name)
    if t is None:
        t = tables[name] = LazyDocs() if name == GROUP_TABLE else {}
    return t


def group_table(tables: Tables) -> LazyDocs:
    t = _table(tables, GROUP_TABLE)
    if not isinstance(t, LazyDocs):  # plain documents (a snapshot TinyDB wrote)
        t = tables[GROUP_TABLE] = LazyDocs(dict(t))
    return t


def decode_line(line: bytes, checksummed: bool, check: bool = True) -> list[Op]:
    """The operations of one complete line; ``_LineError`` if it is damaged (its shape is
    checked too unless ``check`` is False: ``apply_checked`` does it)."""
    if checksummed:
        if len(line) < 10 or line[8:9] != b" ":
            raise _LineError("no checksum")
        payload = line[9:]
        if not _CRC.fullmatch(line[:8]):
            raise _LineError("no checksum")
        if zlib.crc32(payload) != int(line[:8], 16):
            raise _LineError("checksum mismatch")
    else:
        payload = line
    try:
        ops = orjson.loads(payload)
    except orjson.JSONDecodeError:
        raise _LineError("not JSON") from None
    return _check_ops(ops) if check else ops


def apply_checked(tables: Tables, ops: Any) -> None:
    """``_check_ops`` and ``apply_ops`` in one pass (strict replay: a bad line stops the open,
    so a half-applied line is never used)."""
    if type(ops) is not list or not ops:
        raise _LineError("not a list of operations")
    for op in ops:
        if type(op) is not list:
            raise _LineError("an operation is not put or delete")
        n = len(op)
        if n == 4 and op[0] == "p":
            table, key, doc = op[1], op[2], op[3]
            if table not in TABLES or type(key) is not str:
                raise _LineError("an operation has the wrong shape")
            if type(doc) is not dict:
                raise _LineError("a put operation holds no record")
            _table(tables, table)[key] = doc
        elif n == 3 and op[0] == "d":
            if op[1] not in TABLES or type(op[2]) is not str:
                raise _LineError("an operation has the wrong shape")
            t = tables.get(op[1])
            if t is not None:
                _discard(t, op[2])
        elif op and op[0] == "g":
            _check_group(op)
            group_table(tables).add_group(op[2], op[3], op[4])
        elif op and op[0] in ("p", "d"):
            raise _LineError("an operation has the wrong shape")
        else:
            raise _LineError("an operation is not put or delete")


def apply_ops(tables: Tables, ops: list[Op]) -> None:
    """Apply put/delete operations to in-memory tables."""
    for op in ops:
        if op[0] == "p":
            _table(tables, op[1])[op[2]] = op[3]
        elif op[0] == "g":
            group_table(tables).add_group(op[2], op[3], op[4])
        else:
            t = tables.get(op[1])
            if t is not None:
                _discard(t, op[2])


def _discard(table: Any, key: str) -> None:
    if isinstance(table, LazyDocs):
        table.discard(key)
    else:
        table.pop(key, None)


# -- reading ---------------------------------------------------------------------------------


@dataclass
class Replay:
    """What reading a journal found."""

    version: int
    tables: Tables
    change_lines: int = 0
    good_length: int = 0  # bytes of good data: a torn last line lies beyond
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)
    #: the lines that are one group each: (offset, length with its newline, line number,
    #: article id, ids), in file order (``group_map`` keeps them beside the file)
    groups: list[GroupLine] = field(default_factory=list)
    #: the lines that are one article record each, in file order
    articles: list[ArticleLine] = field(default_factory=list)


#: (offset, length with the newline, line number, group key, ids) of a one-group line
GroupLine = tuple[int, int, int, str, list[str]]
#: (offset, length with the newline, line number, article id, the record but its article,
#: ``article_stub``) of a line that puts one article record
ArticleLine = tuple[int, int, int, str, dict[str, Any], dict[str, Any]]


def article_line(offset: int, length: int, lineno: int, op: Op) -> ArticleLine | None:
    """The ``ArticleLine`` of a line whose one operation is ``op``, if it puts an article."""
    if op[0] != "p" or op[1] != ARTICLES or len(op) != 4:
        return None
    stub = article_stub(op[3].get("article")) if type(op[3]) is dict else None
    if stub is None:
        return None
    return (offset, length, lineno, op[2], record_meta(op[3]), stub)


def read_version(path: Path, data: bytes) -> int:
    """The schema of a store's bytes; ``ForeignFileError``/``NewerStoreError`` if not ours."""
    nl = data.find(b"\n")
    version = parse_header(data if nl < 0 else data[:nl])
    if version is None:
        raise ForeignFileError(f"{path}: not a threadmark store (left untouched)")
    if version > SCHEMA_VERSION:
        raise NewerStoreError(
            f"{path}: written by a newer threadmark (schema {version}; "
            f"this one reads {SCHEMA_VERSION}); left untouched"
        )
    return version


def replay(path: Path, data: bytes, lenient: bool = False) -> Replay:
    """Rebuild the tables from a journal's bytes.

    Strict (the default): a damaged complete line raises ``CorruptStoreError`` naming it.
    Lenient: damaged lines are skipped and listed in ``damaged``.
    """
    version = read_version(path, data)
    nl = data.find(b"\n")
    out = Replay(version, {}, good_length=len(data) if nl < 0 else nl + 1)
    replay_region(out, path, data, out.good_length, 0, 1, lenient)
    return out


def damaged_line(path: Path, lineno: int, why: str) -> CorruptStoreError:
    """The one line that says a store's line is damaged."""
    return CorruptStoreError(
        f"{path}: line {lineno} is damaged ({why}); the file was left untouched "
        "(threadmark check --repair keeps every good line)"
    )


def replay_region(out: Replay, path: Path, data: bytes, pos: int, base: int, lineno: int,
                  lenient: bool = False) -> int:
    """Apply the lines of ``data`` from ``pos`` to ``out`` (``data`` is the file's bytes
    from offset ``base``, whose line ``lineno`` ends just before it); returns the number of
    the last line read. ``out.good_length`` ends up at the end of the last good line."""
    checksummed = out.version >= 3
    size = len(data)
    groups = out.groups
    while pos < size:
        lineno += 1
        end = data.find(b"\n", pos)
        if end < 0:  # no newline: the last line, cut short by a crash ...
            tail = data[pos:]
            if checksummed and _complete_but_for_newline(tail):  # ... or a damaged newline
                why = "its end is damaged"
            else:
                break
        else:
            line = data[pos:end]
            try:
                if lenient:  # all or nothing per line: check before applying
                    ops = decode_line(line, checksummed)
                    apply_ops(out.tables, ops)
                else:
                    ops = decode_line(line, checksummed, check=False)
                    apply_checked(out.tables, ops)
            except _LineError as e:
                why = str(e)
            else:
                if len(ops) == 1:
                    if ops[0][0] == "g":
                        groups.append((base + pos, end + 1 - pos, lineno, ops[0][2],
                                       ops[0][3]))
                    elif (art := article_line(base + pos, end + 1 - pos, lineno, ops[0])):
                        out.articles.append(art)
                out.change_lines += 1
                pos = end + 1
                out.good_length = base + pos
                continue
        if not lenient:
            raise damaged_line(path, lineno, why)
        out.damaged.append((lineno, why))
        if end < 0:
            break
        pos = end + 1
        out.good_length = base + pos
    return lineno


def group_payload(line: bytes, key: str, ids: list[str]) -> str:
    """The JSON of the one group of ``line`` (a whole line, its newline included), which
    must be ``key``'s with exactly ``ids``; ``_LineError`` (a ``ValueError``) saying why not."""
    if not line.endswith(b"\n"):
        raise _LineError("its end is damaged")
    ops = decode_line(line[:-1], True)
    if len(ops) != 1 or ops[0][0] != "g":
        raise _LineError("not the group line the store's group map names")
    op = ops[0]
    if op[2] != key or op[3] != ids:
        raise _LineError("not the group line the store's group map names")
    payload: str = op[4]
    return payload


def article_record(line: bytes, key: str, meta: dict[str, Any]) -> dict[str, Any]:
    """The article record of ``line`` (a whole line), which must put ``key``'s record with
    ``meta``; ``_LineError`` (a ``ValueError``) saying why not."""
    if not line.endswith(b"\n"):
        raise _LineError("its end is damaged")
    ops = decode_line(line[:-1], True)
    if len(ops) != 1 or ops[0][0] != "p" or ops[0][1] != ARTICLES or ops[0][2] != key \
            or record_meta(ops[0][3]) != meta:
        raise _LineError("not the article line the store's group map names")
    why = record_problem(ARTICLES, key, ops[0][3])
    if why is not None:
        raise _LineError(f"its article record {why}")
    doc: dict[str, Any] = ops[0][3]
    return doc


def _complete_but_for_newline(tail: bytes) -> bool:
    try:
        decode_line(tail[:-1], True)
    except _LineError:
        return False
    return True


# -- writing ---------------------------------------------------------------------------------


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename inside it is durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def snapshot_lines(tables: Tables, groups: list[GroupLine] | None = None,
                   articles: list[ArticleLine] | None = None) -> list[bytes]:
    """The lines of a compact store file holding ``tables`` (header first): each article
    record on a line of its own; each group line listed in ``groups`` and each article line
    in ``articles`` if given (as ``Replay`` would list them)."""
    out = [header_bytes()]
    at: list[tuple[int, str, list[str]]] = []  # (line index, key, ids)
    arts: list[tuple[int, Op]] = []  # (line index, operation)
    for name, table in tables.items():
        if name == GROUP_TABLE:
            for line, key, ids in _group_lines(table):
                at.append((len(out), key, ids))
                out.append(line)
            continue
        items = list(table.items())
        if name == ARTICLES:  # one a line: an open through the group map reads none
            for k, v in items:
                op = ["p", name, k, v]
                arts.append((len(out), op))
                out.append(encode_line([op]))
            continue
        for i in range(0, len(items), 500):
            out.append(encode_line([["p", name, k, v] for k, v in items[i : i + 500]]))
    if (groups is not None and at) or (articles is not None and arts):
        offsets = list(itertools.accumulate(map(len, out), initial=0))
        if groups is not None:
            groups.extend((offsets[n], len(out[n]), n + 1, key, ids) for n, key, ids in at)
        if articles is not None:
            articles.extend(a for n, op in arts
                            if (a := article_line(offsets[n], len(out[n]), n + 1, op)))
    return out


def write_temp(path: Path, tables: Tables, lines: list[bytes] | None = None) -> Path:
    """A compact, fsync'd store file holding ``tables`` (or made of ``lines``, from
    ``snapshot_lines``) beside ``path`` (not yet in place)."""
    if lines is None:
        lines = snapshot_lines(tables)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.writelines(lines)
            f.flush()
            os.fsync(f.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(tmp, mode)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return Path(tmp)


def _group_lines(table: Any) -> Iterator[tuple[bytes, str, list[str]]]:
    """The tags, in group lines of one article's tags (``GROUP_TAGS`` a line), each with its
    group's key and ids. Groups never decoded are kept as they are (not decoded to be
    encoded again)."""
    docs = table
    if isinstance(table, LazyDocs):
        for key, ids, payload in table.stored_groups():
            line = b"[" + _encode_group(["g", GROUP_TABLE, key, ids, payload]) + b"]"
            yield b"%08x " % zlib.crc32(line) + line + b"\n", key, ids
        docs = table.decoded
    by_article: dict[str, dict[str, Any]] = {}
    for k, doc in docs.items():
        anchor = doc.get("anchor") if type(doc) is dict else None
        aid = anchor.get("article_id") if type(anchor) is dict else None
        by_article.setdefault(aid if type(aid) is str else "", {})[k] = doc
    for aid, docs in by_article.items():
        items = list(docs.items())
        for i in range(0, len(items), GROUP_TAGS):
            chunk = dict(items[i : i + GROUP_TAGS])
            ids = list(chunk)
            yield encode_line([["g", GROUP_TABLE, aid, ids,
                                orjson.dumps(chunk).decode()]]), aid, ids


def write_snapshot(path: Path, tables: Tables, lock: StoreLock | None = None,
                   install: Callable[[Path], None] | None = None,
                   lines: list[bytes] | None = None) -> None:
    """Atomically replace ``path`` with a compact journal holding ``tables`` (or made of
    ``lines``, from ``snapshot_lines``).

    With ``lock``, the new file is locked before it takes the old one's place.
    """
    tmp = write_temp(path, tables, lines)
    try:
        if lock is not None:
            lock.install(tmp)
        elif install is not None:
            install(tmp)
        else:
            os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise


def remove_stray_temps(path: Path) -> None:
    """Delete temp files a crash during compaction left next to the store."""
    for p in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            p.unlink()
        except OSError:
            pass


def same_bytes_backup(path: Path, stem: str) -> Path | None:
    """An existing backup ``<name>.<stem>*.bak`` whose bytes equal ``path``'s, if any."""
    data = path.read_bytes()
    for p in sorted(path.parent.glob(f"{path.name}.{stem}*.bak")):
        try:
            if p.stat().st_size == len(data) and p.read_bytes() == data:
                return p
        except OSError:
            continue
    return None


def backup(path: Path, stem: str) -> Path:
    """A byte-for-byte, fsync'd copy ``<name>.<stem>.bak`` (reused if identical, else new)."""
    same = same_bytes_backup(path, stem)
    if same is not None:
        return same
    candidate = path.with_name(f"{path.name}.{stem}.bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{stem}.{n}.bak")
        n += 1
    data = path.read_bytes()
    with candidate.open("xb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    fsync_dir(path.parent)
    return candidate


__all__ = [
    "HEADER_KEY", "SCHEMA_VERSION", "Replay", "StoreError", "Tables", "apply_ops", "backup",
    "bad_records", "check_records", "encode_line", "header_bytes", "parse_header",
    "read_version", "record_problem",
    "remove_stray_temps", "replay", "write_snapshot", "write_temp",
]
