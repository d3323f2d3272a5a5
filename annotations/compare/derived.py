"""Figures that depend on an article's text only, kept beside the store (``<store>.derived``)
so a comparison reads them instead of tokenising every body and thread again.

An article's id is the hash of its content (comments included), so an entry keyed by
article ids never goes stale; ``REVISION`` names the code that computed the entries (bump it
whenever ``readers`` or ``words`` count differently: the whole file is then ignored). What
is kept (``readers`` and ``words`` say how each is computed):

- ``c:<id>``: an article's comments: how many, comments per author, the comment ids;
- ``r:<article>:<thread>``: the comments of ``thread`` (an article's own or a discussion
  about it) that quote or echo a paragraph of ``article``: [paragraph, comment, author];
- ``w:<id>``: the counted words of the article's body texts;
- ``W:<digest>``: the words figure of one grouping of articles (the digest of each article's
  group, language and id, in order): it depends on those and the texts only.

Like the library index (``store_index``) the file is a cache, never authoritative and never
an error: a missing, damaged, foreign or older file only means the slower comparison, and
every entry is checked when read (an entry of the wrong shape is computed again). It is
rewritten atomically (a crash's temporary file goes at the store's next open), never over a
file that is not one of these, keeps the ``MAX_ENTRIES`` most recently used entries, and a
failed write (a full or read-only disk) is not reported.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from annotations.util.safe_files import read_regular

FORMAT = "threadmark-derived-1"
REVISION = 1
#: Most entries kept (three per article: 2,000 articles of comparisons).
MAX_ENTRIES = 6000
#: Largest file read (bytes).
MAX_BYTES = 512 * 1024 * 1024


def derived_path(store_path: Path) -> Path:
    """Where the derived data of the store at ``store_path`` lives."""
    return store_path.with_name(store_path.name + ".derived")


def _read(path: Path) -> tuple[bool, dict[str, Any]]:
    """(whether the file may be replaced: missing or ours, its entries)."""
    try:
        data = read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        return True, {}
    except (OSError, ValueError):  # not a regular file, too large, unreadable: leave it be
        return False, {}
    crc, _, payload = data.rstrip(b"\n").partition(b" ")
    try:
        if int(crc, 16) != zlib.crc32(payload):
            return False, {}
        obj = orjson.loads(payload)
    except (ValueError, orjson.JSONDecodeError):
        return False, {}
    if type(obj) is not dict or obj.get("format") != FORMAT:
        return False, {}
    entries = obj.get("entries")
    if obj.get("revision") != REVISION or type(entries) is not dict:
        return True, {}  # ours, of another revision: replaced
    return True, entries


class DerivedData:
    """The derived data of one store, read at first use, written back by ``save``."""

    def __init__(self, store_path: Path | None, *, writable: bool = True) -> None:
        self.store_path = store_path
        self.writable = writable
        self.path = derived_path(store_path) if store_path is not None else None
        self._entries: dict[str, Any] | None = None
        self._ours = False
        self._used: dict[str, None] = {}  # keys read or put this time, in that order
        self._changed = False

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            if self.path is None:
                self._ours, self._entries = False, {}
            else:
                self._ours, self._entries = _read(self.path)
        return self._entries

    def get(self, key: str, check: Callable[[Any], bool]) -> Any:
        """The entry ``key`` if ``check`` accepts it, else None."""
        value = self._load().get(key)
        if value is None or not check(value):
            return None
        self._used[key] = None
        return value

    def has(self, key: str) -> bool:
        """Whether an entry ``key`` is kept (of any shape: ``get`` checks it)."""
        return key in self._load()

    def put(self, key: str, value: Any) -> None:
        """Keep ``value`` (JSON data) as ``key``."""
        self._load()[key] = value
        self._used[key] = None
        self._changed = True

    def save(self) -> bool:
        """Write the entries back if any was added (False if it could not or need not)."""
        if not (self._changed and self.writable and self._ours) or self.path is None \
                or self.store_path is None:  # (path is None exactly when store_path is)
            return False
        entries = self._load()
        used = list(self._used)[-MAX_ENTRIES:]
        others = [k for k in entries if k not in self._used]
        room = MAX_ENTRIES - len(used)
        keep = (others[len(others) - room:] if room > 0 else []) + used
        payload = orjson.dumps({"format": FORMAT, "revision": REVISION,
                                "entries": {k: entries[k] for k in keep}})
        target = self.path
        try:
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                       suffix=".tmp")  # ".<store>.derived.*.tmp": cleaned
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(b"%08x " % zlib.crc32(payload) + payload + b"\n")
            os.chmod(tmp, os.stat(self.store_path).st_mode & 0o666)  # as readable as the store
            os.replace(tmp, target)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass  # already gone
            return False
        self._changed = False
        return True
