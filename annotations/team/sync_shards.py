"""Each annotator's tags in shards: ``members/<name>/<xx>.jsonl``.

A tag's shard is the first two hex digits of the SHA-256 of its id (``shard_of``), so an
annotator's tags are spread over at most 256 small files, each sorted by id, and a tag always
lives in the same one (its edits and its tombstone included). A day's change then touches the
few shards of the tags that changed: git writes, hashes and diffs those, and a sync reads only
them, whatever the size of the team's repository. A line in a shard its id does not belong in
is refused (``sync_rules``): an id has one place in an owner's files.

What changed since the last sync is one ``git diff`` of the ``members`` tree kept then against
the tree now (``changes``), with the blob of each changed shard as it was (``blobs`` reads
them all through one ``git cat-file --batch``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import Any

from annotations.team.sync_files import MAX_FILE_BYTES

FOLDER = "members"
SHARD_FILE = re.compile(r"^[0-9a-f]{2}\.jsonl$")
_SHA = re.compile(rb"^[0-9a-f]{40}([0-9a-f]{24})?$")
_NULL = re.compile(rb"^0+$")

#: ``run(args, raw, input)``: a git command in the clone, stdout as bytes; None when it failed.
GitIn = Callable[[list[str], bool, bytes | None], Any]


def shard_of(sid: str) -> str:
    """The shard of a tag id: the first two hex digits of the SHA-256 of its UTF-8."""
    return hashlib.sha256(sid.encode("utf-8", "surrogatepass")).hexdigest()[:2]


def shard_rel(stem: str, key: str) -> str:
    """The path of a shard in the repository."""
    return f"{FOLDER}/{stem}/{key}.jsonl"


def changes(git: GitIn, old: str, new: str) -> dict[str, dict[str, str | None]] | None:
    """The files added or changed between two trees of ``members``: member folder -> {name
    in it (a deeper path as it is) -> the blob it had before (None: added, or not a regular
    file then)}. None when git cannot tell (the old tree is not in the clone)."""
    out = git(["diff", "--raw", "-z", "-r", "--no-renames", "--no-abbrev",
               "--diff-filter=AMT", old, new], True, None)
    if out is None:
        return None
    found: dict[str, dict[str, str | None]] = {}
    items = out.split(b"\0")
    for head, path in zip(items[0::2], items[1::2], strict=False):
        parts = head.split()
        if len(parts) != 5 or not head.startswith(b":"):
            return None  # not the output asked for: read whole
        was = parts[2] if parts[0] in (b":100644", b":100755") and _SHA.match(parts[2]) \
            and not _NULL.match(parts[2]) else None
        name = path.decode("utf-8", "surrogateescape")
        stem, _, rest = name.partition("/")
        found.setdefault(stem, {})[rest] = was.decode() if was is not None else None
    return found


def blobs(git: GitIn, ids: Iterable[str]) -> dict[str, bytes]:
    """The content of each blob of ``ids`` the clone has (one ``git cat-file --batch``;
    a blob over ``MAX_FILE_BYTES`` or missing is left out)."""
    wanted = sorted({i for i in ids if _SHA.match(i.encode())})
    if not wanted:
        return {}
    out = git(["cat-file", "--batch"], True, "".join(f"{i}\n" for i in wanted).encode())
    found: dict[str, bytes] = {}
    at = 0
    data = out or b""
    while at < len(data):
        end = data.find(b"\n", at)
        if end < 0:
            break
        head = data[at:end].split()
        at = end + 1
        if len(head) != 3 or not head[2].isdigit():
            continue  # "<id> missing"
        size = int(head[2])
        if head[1] == b"blob" and size <= MAX_FILE_BYTES:
            found[head[0].decode()] = data[at:at + size]
        at += size + 1
    return found
