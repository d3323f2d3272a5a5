"""Files derived from the store and kept beside it (the library index, the group map): one
line, ``CRC32 JSON``, read back only when intact and rewritten atomically.

Such a file is a cache: a missing, damaged or foreign one reads as None (never an error), and
a write that fails (a full or read-only disk) leaves nothing behind and is not reported.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from pathlib import Path
from typing import Any

import orjson

from annotations.util.safe_files import read_regular


def read_cache(path: Path, key: str, version: int,
               limit: int | None = None) -> dict[str, Any] | None:
    """The JSON object of the cache file at ``path`` if it is intact and says ``{key:
    version}``; else None (missing, not a regular file, over ``limit`` bytes, damaged,
    foreign, another format)."""
    try:
        line = read_regular(path, limit)
    except (OSError, ValueError):  # missing, or not a regular file: no cache
        return None
    crc, _, payload = line.rstrip(b"\n").partition(b" ")
    try:
        if int(crc, 16) != zlib.crc32(payload):
            return None
        obj = orjson.loads(payload)
    except (ValueError, orjson.JSONDecodeError):
        return None
    if type(obj) is not dict or obj.get(key) != version:
        return None
    return obj


def write_cache(path: Path, obj: dict[str, Any], store_path: Path) -> bool:
    """Atomically replace the cache file at ``path`` with ``obj`` (readable as the store at
    ``store_path`` is); False (and nothing left behind) if the disk refused."""
    payload = orjson.dumps(obj)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                   suffix=".tmp")  # a crash's leftover goes at the next open
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(b"%08x " % zlib.crc32(payload) + payload + b"\n")
        os.chmod(tmp, os.stat(store_path).st_mode & 0o666)  # readable as the store is
        os.replace(tmp, path)
    except OSError:  # a cache: a full or read-only disk only costs the next open its speed
        try:
            os.unlink(tmp)
        except OSError:
            pass  # already gone
        return False
    return True


def remove_cache(path: Path) -> None:
    """Delete the cache file at ``path`` if there is one (a failure is not reported)."""
    try:
        os.unlink(path)
    except OSError:
        pass  # none, or not ours to remove: it is ignored when read anyway
