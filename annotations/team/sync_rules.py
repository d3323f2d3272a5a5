"""What a line of a team tag file may do: a file speaks only for its owner.

A shard ``members/<name>/<xx>.jsonl`` (and a file of the layout before shards,
``tags/<name>.jsonl``) may add, edit and delete only tags whose ``annotator`` is ``<name>``
(``curated``: the curated layer's name), and a shard only tags whose id belongs in it
(``sync_shards.shard_of``). Every other line is refused with one line naming the file, the
line and the reason, and the rest of the sync goes on. A time more than ``SKEW`` ahead of now
is refused (a tag dated 2099 would win every later conflict).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import orjson

from annotations.team.sync_shards import shard_of
from annotations.util.clock import now_utc
from annotations.util.safe_text import visible

SKEW = timedelta(days=1)
CURATED_FILE = "curated"


def parse_time(value: Any) -> datetime | None:
    """An aware datetime from an ISO 8601 string, or None."""
    if not isinstance(value, str):
        return None
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else None


def future_problem(value: Any, now: datetime | None = None) -> str | None:
    """Why ``value`` (a tag's ``updated``) is not acceptable as a time (``now``: the time
    it is, if the caller has it), or None."""
    t = parse_time(value)
    if t is None:
        return "updated: not an ISO 8601 time with a zone"
    if t > (now or now_utc()) + SKEW:
        return f"updated {visible(str(value))[:40]} is in the future"
    return None


@dataclass
class Line:
    """One accepted line: a tag document or a tombstone."""

    number: int
    doc: dict[str, Any]

    @property
    def sid(self) -> str:
        return str(self.doc.get("id"))

    @property
    def deleted(self) -> bool:
        return self.doc.get("deleted") is True


def _short(value: Any) -> str:
    return visible(str(value))[:64]


def read_lines(data: bytes, where: str, owner: str, rejected: list[str],
               shard: str | None = None) -> list[Line]:
    """The lines of a tag file whose owner is ``owner`` that speak for the owner (and, in the
    shard ``shard``, whose id belongs there); every other line is one entry in ``rejected``
    (``where: line N: why``)."""
    return read_numbered(enumerate(data.splitlines(), 1), where, owner, rejected, shard)


def read_numbered(lines: Iterable[tuple[int, bytes]], where: str, owner: str,
                  rejected: list[str], shard: str | None = None) -> list[Line]:
    """``read_lines`` for some lines of a file, each with its line number."""
    out: list[Line] = []
    now = now_utc()
    for n, raw in lines:
        if not raw.strip():
            continue
        at = f"{where}: line {n}"
        try:
            doc = orjson.loads(raw)
        except orjson.JSONDecodeError:
            rejected.append(f"{at}: not JSON")
            continue
        if not isinstance(doc, dict):
            rejected.append(f"{at}: not an object")
            continue
        if not isinstance(doc.get("id"), str):
            rejected.append(f"{at}: no id")
            continue
        if shard is not None and shard_of(doc["id"]) != shard:
            rejected.append(f"{at}: tag {_short(doc['id'])}: its shard is "
                            f"{shard_of(doc['id'])}.jsonl, not {shard}.jsonl")
            continue
        problem = future_problem(doc.get("updated"), now)
        if problem is not None:
            rejected.append(f"{at}: tag {_short(doc['id'])}: {problem}")
            continue
        if doc.get("deleted") is not True and doc.get("annotator") != owner:
            rejected.append(f"{at}: tag {_short(doc['id'])}: annotator "
                            f"{_short(doc.get('annotator'))!r} in the file of {owner!r}")
            continue
        out.append(Line(n, doc))
    return out


def owner_problem(existing: Any, owner: str) -> str | None:
    """Why a line of ``owner``'s file may not touch the stored tag ``existing``, or None."""
    if existing is not None and existing.annotator != owner:
        return f"belongs to {_short(existing.annotator)!r}, not to the file's {owner!r}"
    return None
