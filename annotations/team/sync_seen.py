"""What the last sync took in of the team's files, so the next one reads only what changed.

A sync keeps, in the store's ``sync`` record (``"seen"``), the git blob id of every tag file it
took in whole (every line taken, settled or outdated, none refused), the tree id of the
``articles`` folder when every article file there was taken, and where the store's history
stood once it had written (``history_mark``). The next sync then:

- skips a tag file whose blob is the one kept (a git id is the hash of the content: same id,
  same bytes), unless a tag of that file's owner changed in the store since (a step done,
  undone or redone: ``annotators_changed_since``): that file is read whole, as before;
- reads, of a file whose blob changed, only the lines the new one adds to the kept one (a
  line gone from a file changes nothing in a store: a deletion travels as a tombstone line);
- reads only the article files added since the kept tree;
- reads everything whole when nothing was kept, a diff cannot be made (the old blob is not in
  the clone), or the history cannot tell what changed; a file the last read refused a line of
  is read whole again (its refusals are said again; a line that can now be taken is taken).

Every line read goes through the same rules as a whole file's (``sync_rules``). The new
version is the file of the clone (read as a regular file inside it), the kept one a blob of
the clone's objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from annotations.team.sync_files import MAX_FILE_BYTES

#: ``run(args, raw[, data])``: a git command in the clone (stdout as bytes with ``raw``; ``data``
#: on its stdin); None when it failed.
Git = Callable[..., Any]

_SHA = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")


@dataclass
class Entry:
    """A file of a folder at HEAD as git records it."""

    mode: str
    blob: str
    size: int


@dataclass
class Seen:
    """What the last sync took in whole (see the module docstring)."""

    files: dict[str, str] = field(default_factory=dict)  # "tags/<name>" -> blob id
    articles: str | None = None  # tree id of the articles folder
    mark: Any = None  # the store's history_mark after the last sync's write
    members: str | None = None  # tree id of the members folder (``sync_shards``)
    redo: list[str] = field(default_factory=list)  # member folders to read whole next time

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Seen:
        doc = state.get("seen")
        if not isinstance(doc, dict):
            return cls()
        files = doc.get("files")
        files = {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str)
                 and _SHA.match(v)} if isinstance(files, dict) else {}
        arts, members, redo = doc.get("articles"), doc.get("members"), doc.get("redo")
        return cls(files, arts if isinstance(arts, str) and _SHA.match(arts) else None,
                   doc.get("history"),
                   members if isinstance(members, str) and _SHA.match(members) else None,
                   [r for r in redo if isinstance(r, str)] if isinstance(redo, list) else [])

    def as_state(self) -> dict[str, Any]:
        return {"files": dict(sorted(self.files.items())), "articles": self.articles,
                "history": self.mark, "members": self.members, "redo": sorted(self.redo)}


def entries(git: Git, folder: str) -> dict[str, Entry]:
    """The files directly in ``folder`` at HEAD: name -> entry (none: {})."""
    out = git(["ls-tree", "-l", "-z", "HEAD", f"{folder}/"], True)
    found: dict[str, Entry] = {}
    for item in (out or b"").split(b"\0"):
        head, _, path = item.partition(b"\t")
        parts = head.split()
        if len(parts) != 4 or parts[1] != b"blob":
            continue
        name = path.decode("utf-8", "surrogateescape").removeprefix(f"{folder}/")
        size = int(parts[3]) if parts[3].isdigit() else MAX_FILE_BYTES + 1
        found[name] = Entry(parts[0].decode(), parts[2].decode(), size)
    return found


def tree(git: Git, folder: str) -> str | None:
    """The tree id of ``folder`` at HEAD (None: no such folder)."""
    out = git(["rev-parse", "--verify", "--quiet", f"HEAD:{folder}"], True)
    text = out.decode().strip() if out else ""
    return text if _SHA.match(text) else None


def changed_names(git: Git, old: str, new: str) -> set[str] | None:
    """Names of the files added or changed between two trees of one folder (None: no diff)."""
    out = git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=AMT", old, new],
              True)
    if out is None:
        return None
    return {n.decode("utf-8", "surrogateescape") for n in out.split(b"\0") if n}


def blob(git: Git, blob_id: str) -> bytes | None:
    """The content of a blob of the clone (None: the clone does not have it)."""
    return git(["cat-file", "blob", blob_id], True) if _SHA.match(blob_id) else None


def added_lines(old: bytes, new: bytes) -> list[tuple[int, bytes]]:
    """The lines of ``new`` that ``old`` does not hold, each with its line number in ``new``
    (lines as ``bytes.splitlines`` makes them, as a whole read numbers them)."""
    have = set(old.splitlines())
    return [(n, line) for n, line in enumerate(new.splitlines(), 1) if line not in have]
