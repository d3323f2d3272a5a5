"""The store's file format: a header line, then one checksummed line per committed change.

::

    {"threadmark_store":3}
    1f0c3a9e [["p","tags","<id>",{...}],["d","history","000000000007"]]

Each change line is the CRC-32 of its JSON (8 hex digits), a space, the JSON (a list of
``["p", table, key, doc]`` / ``["d", table, key]`` operations) and a newline, written and
fsync'd as one ``write``. Only the last line may lack its newline: that is a write a crash cut
short, and it is dropped. A complete line that fails its checksum or its shape, or a record of
the wrong shape, is corruption: one line naming the file and the line (or record), the file
untouched. ``replay(..., lenient=True)`` instead skips what is damaged (``check --repair``).

Schemas 1 and 2 had no checksums; they are read by the same code and migrated.
"""

from __future__ import annotations

import os
import re
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from .errors import CorruptStoreError, ForeignFileError, NewerStoreError, StoreError

if TYPE_CHECKING:
    from .filelock import StoreLock

SCHEMA_VERSION = 3
HEADER_KEY = "threadmark_store"
TABLES = ("articles", "tags", "history", "meta", "rejected")

Op = list  # ["p", table, key, doc] | ["d", table, key]
Tables = dict[str, dict[str, dict[str, Any]]]

_HIST_KEY = re.compile(r"^\d{12}$")
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


class _LineError(ValueError):
    """A complete line that is damaged (the message says how)."""


def _check_ops(ops: Any) -> list[Op]:
    if not isinstance(ops, list) or not ops:
        raise _LineError("not a list of operations")
    for op in ops:
        if not isinstance(op, list) or not op or op[0] not in ("p", "d"):
            raise _LineError("an operation is not put or delete")
        want = 4 if op[0] == "p" else 3
        if len(op) != want or op[1] not in TABLES or not isinstance(op[2], str):
            raise _LineError("an operation has the wrong shape")
        if want == 4 and not isinstance(op[3], dict):
            raise _LineError("a put operation holds no record")
    return ops


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
            t = tables.get(table)
            if t is None:
                t = tables[table] = {}
            t[key] = doc
        elif n == 3 and op[0] == "d":
            if op[1] not in TABLES or type(op[2]) is not str:
                raise _LineError("an operation has the wrong shape")
            t = tables.get(op[1])
            if t is not None:
                t.pop(op[2], None)
        elif op and op[0] in ("p", "d"):
            raise _LineError("an operation has the wrong shape")
        else:
            raise _LineError("an operation is not put or delete")


def apply_ops(tables: Tables, ops: list[Op]) -> None:
    """Apply put/delete operations to in-memory tables."""
    for op in ops:
        if op[0] == "p":
            tables.setdefault(op[1], {})[op[2]] = op[3]
        else:
            t = tables.get(op[1])
            if t is not None:
                t.pop(op[2], None)


# -- record shapes ---------------------------------------------------------------------------


def _is_int(v: Any) -> bool:
    return type(v) is int


def record_problem(table: str, key: str, doc: Any) -> str | None:
    """Why a stored record has a shape no threadmark writes, or None if it is fine.

    Only the shape the store's own bookkeeping relies on is checked here; a tag whose fields
    fail the models is a softer problem (skipped and listed by the store).
    """
    if not isinstance(doc, dict):
        return "is not an object"
    if table == "tags":
        if doc.get("id") != key:
            return f"is stored under a key that differs from its id {str(doc.get('id'))[:40]!r}"
        anchor = doc.get("anchor")
        if not isinstance(anchor, dict) or not isinstance(anchor.get("article_id"), str):
            return "has no anchor with a text article_id"
    elif table == "articles":
        art = doc.get("article")
        if not isinstance(art, dict) or art.get("id") != key:
            return "holds no article with this id"
        if not isinstance(art.get("comments", []), list):
            return "has comments that are not a list"
        sup = doc.get("superseded_by")
        if sup is not None and not isinstance(sup, str):
            return "has a superseded_by that is not an article id"
    elif table == "history":
        if not _HIST_KEY.match(key):
            return "has a position that is not a whole number"
        ids = doc.get("ids")
        if not isinstance(doc.get("action"), str) or not isinstance(ids, list) or not all(
            isinstance(i, str) for i in ids
        ):
            return "is not an undo record (action and ids)"
        sides = [s for s in ("before", "after") if s in doc]
        if not sides:
            return "is not an undo record (no before or after)"
        for s in sides:
            v = doc[s]
            if not isinstance(v, list) or len(v) != len(ids) or not all(
                d is None or isinstance(d, dict) for d in v
            ):
                return f"is not an undo record ({s} does not match ids)"
    elif table == "rejected":
        if doc.get("id") != key or not isinstance(doc.get("key"), str) or not isinstance(
                doc.get("article_id"), str):
            return "is not a rejected suggestion (id, article_id, key)"
    elif table == "meta":
        if key == "undo" and not (_is_int(doc.get("pos")) and doc["pos"] >= 0):
            return "has an undo position that is not a whole number"
    return None


def check_records(path: Path, tables: Tables, version: int) -> None:
    """Raise ``CorruptStoreError`` for the first record of a shape no threadmark writes."""
    for table, records in tables.items():
        if version < 2 and table != "tags":
            continue
        if table == "tags":  # the big table: the common case checked inline, fast
            bad = next((k for k, d in records.items() if not _plain_tag(k, d)), None)
            keys = () if bad is None else (bad,)
        else:
            keys = records
        for key in keys:
            why = record_problem(table, key, records[key])
            if why is not None:
                raise CorruptStoreError(
                    f"{path}: {table} record {key[:40]!r} {why}; the file was left untouched "
                    "(threadmark check --repair keeps every good record)"
                )


def _plain_tag(key: str, doc: Any) -> bool:
    if type(doc) is not dict or doc.get("id") != key:
        return False
    anchor = doc.get("anchor")
    return type(anchor) is dict and type(anchor.get("article_id")) is str


def bad_records(tables: Tables) -> list[tuple[str, str, str]]:
    """Every (table, key, why) whose shape is wrong (for repair)."""
    return [(t, k, why) for t, recs in tables.items() for k, d in recs.items()
            if (why := record_problem(t, k, d)) is not None]


# -- reading ---------------------------------------------------------------------------------


@dataclass
class Replay:
    """What reading a journal found."""

    version: int
    tables: Tables
    change_lines: int = 0
    good_length: int = 0  # bytes of good data: a torn last line lies beyond
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)


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
    checksummed = version >= 3
    nl = data.find(b"\n")
    out = Replay(version, {}, good_length=len(data) if nl < 0 else nl + 1)
    pos = out.good_length
    size = len(data)
    lineno = 1
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
                    apply_ops(out.tables, decode_line(line, checksummed))
                else:
                    apply_checked(out.tables, decode_line(line, checksummed, check=False))
            except _LineError as e:
                why = str(e)
            else:
                out.change_lines += 1
                pos = out.good_length = end + 1
                continue
        if not lenient:
            raise CorruptStoreError(
                f"{path}: line {lineno} is damaged ({why}); the file was left untouched "
                "(threadmark check --repair keeps every good line)"
            )
        out.damaged.append((lineno, why))
        if end < 0:
            break
        pos = out.good_length = end + 1
    return out


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


def write_temp(path: Path, tables: Tables) -> Path:
    """A compact, fsync'd store file holding ``tables`` beside ``path`` (not yet in place)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(header_bytes())
            for name, table in tables.items():
                items = list(table.items())
                for i in range(0, len(items), 500):
                    f.write(encode_line([["p", name, k, v] for k, v in items[i : i + 500]]))
            f.flush()
            os.fsync(f.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(tmp, mode)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return Path(tmp)


def write_snapshot(path: Path, tables: Tables, lock: StoreLock | None = None,
                   install: Callable[[Path], None] | None = None) -> None:
    """Atomically replace ``path`` with a compact journal holding ``tables``.

    With ``lock``, the new file is locked before it takes the old one's place.
    """
    tmp = write_temp(path, tables)
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
    "check_records", "encode_line", "header_bytes", "parse_header", "read_version",
    "remove_stray_temps", "replay", "write_snapshot", "write_temp",
]
