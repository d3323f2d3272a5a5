"""Merging incoming tags into a store without holding them as models: ``StreamedMerge``.

The rules are ``import-annotations``' (and ``sync``'s, whose ``MergePlan`` shares them): by id;
an identical tag is skipped; of two versions the newer ``updated`` wins, and at the same
millisecond the first by content (``model_dump_json``), as on every machine; a conflict is
reported either way. Each tag is validated as it comes and kept only as its JSON, by article
(a second version of an id replaces the first: it is read back only to compare the two); the
store's tags are read only for the ids that come in. ``write`` turns the JSON into the
store's group records (``lazydocs``): one durable journal line, one undo step, and the store
keeps the groups undecoded, so the import costs about the JSON of its tags once.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import ValidationError

from annotations.errors import StoreError
from annotations.model.models import tag_adapter
from annotations.model.validation import first_error
from annotations.store.file.article_ids import LEGACY_IDS, translate_anchor
from annotations.store.lazydocs import GROUP_TAGS
from annotations.team.sync_rules import SKEW
from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.store import AnnotationStore, Tag

#: Tags in one group record (as a compacted store's: ``journal._group_lines``).
GROUP_SIZE = GROUP_TAGS
_STRIDE = 1 << 13  # above GROUP_SIZE: a group index and a position in one int


def validated(store: AnnotationStore, doc: Any, where: str, report: Any,
              context: dict[str, Any] | None = None) -> Tag | None:
    """``doc`` as a tag checked against the models, the store's articles (or ``context``'s
    article, not in the store yet) and the clock; None when rejected (``report.rejected``
    says why)."""
    if not isinstance(doc, dict):
        report.rejected.append(f"{where}: not an object")
        return None
    translate_anchor(doc, store.meta(LEGACY_IDS))  # an article id from before schema 6
    try:
        if context is not None:  # an article that is not in the store yet
            tag = store.validate_with(doc, context["article"])
        else:
            tag_adapter.validate_python(doc)  # shape first: clearer messages
            tag = store.validate(doc)
    except ValidationError as e:
        report.rejected.append(f"{where}: {first_error(e)}")
        return None
    except StoreError as e:
        report.rejected.append(f"{where}: {str(e).split(': ', 1)[-1]}")
        return None
    if tag.updated > now_utc() + SKEW:
        report.rejected.append(f"{where}: updated {tag.updated.isoformat()} is in the future")
        return None
    return tag


def incoming_wins(tag: Tag, existing: Tag, where: str, report: Any,
                  words: tuple[str, str], untouched: bool = False) -> bool:
    """Whether ``tag`` replaces a different ``existing`` version; the conflict is reported
    (not when ``untouched``, the stored copy unchanged here since it was taken in, and the
    newer one: that is an update)."""
    incoming, stored = words
    if tag.updated != existing.updated:
        newer = tag.updated > existing.updated
        why = "newer"
    else:  # the same millisecond on two machines: an order both of them agree on
        newer = tag.model_dump_json() > existing.model_dump_json()
        why = "same time; the first by content, as on every machine"
    if not (untouched and newer):
        report.conflicts.append(f"{where}: differs from the {stored} tag; kept the "
                                f"{incoming if newer else stored} one ({why})")
    return newer


class _Group:
    """Up to ``GROUP_SIZE`` tags of one article: their JSON strings while open, one JSON
    object (id -> tag) once closed, with where each tag's JSON lies in it."""

    __slots__ = ("aid", "ids", "pieces", "payload", "spans")

    def __init__(self, aid: str) -> None:
        self.aid = aid
        self.ids: list[str | None] = []
        self.pieces: list[str | None] | None = []
        self.payload = ""
        self.spans = array("q")  # start and end of each position's JSON in ``payload``

    def get(self, pos: int) -> str:
        if self.pieces is not None:
            piece = self.pieces[pos]
            assert piece is not None
            return piece
        return self.payload[self.spans[2 * pos] : self.spans[2 * pos + 1]]

    def close(self) -> None:
        """Join the pieces into the payload (the pieces, small strings, are let go of and
        their memory serves the next group's)."""
        assert self.pieces is not None
        parts: list[str] = []
        ids: list[str | None] = []
        at = 1
        for sid, piece in zip(self.ids, self.pieces, strict=True):
            if sid is None or piece is None:  # a later version was put elsewhere
                self.spans.extend((0, 0))  # positions stay those ``_at`` knows
                continue
            key = ("," if parts else "") + orjson.dumps(sid).decode() + ":"
            at += len(key)
            self.spans.extend((at, at + len(piece)))
            at += len(piece)
            parts.append(key + piece)
            ids.append(sid)
        self.pieces = None
        self.ids = ids
        self.payload = "{" + "".join(parts) + "}"


class StreamedMerge:
    """Incoming tags offered one at a time, written by ``write`` (see the module docstring).

    Each winning version's JSON goes to its article's open group, which is closed (joined
    into one string) at ``GROUP_SIZE`` tags. A later version of an id replaces the earlier
    one in place when that one's group is still open, else goes to a group after it (groups
    are written in order, and a later group's version of an id wins: ``lazydocs``).
    """

    def __init__(self, store: AnnotationStore, incoming: str = "incoming",
                 stored: str = "stored") -> None:
        self.store = store
        self.words = (incoming, stored)
        self._groups: list[_Group] = []
        self._open: dict[str, int] = {}  # article id -> index of its open group
        self._at: dict[str, int] = {}  # id -> group index * _STRIDE + position in the group
        self._before: dict[str, dict[str, Any]] = {}  # stored tags that are replaced
        self.added = 0  # ids that are not in the store

    def offer(self, doc: Any, where: str, report: Any) -> bool | None:
        """Validate and merge ``doc``: True when it is identical to the version already
        there (stored or offered before), None when rejected, else False."""
        tag = validated(self.store, doc, where, report)
        if tag is None:
            return None
        sid = tag.sid
        at = self._at.get(sid)
        if at is not None:  # offered before: read that version back to compare
            earlier = self._groups[at // _STRIDE].get(at % _STRIDE)
            existing: Tag | None = self.store.validate(orjson.loads(earlier))
        else:
            existing = self.store.get(sid)
        if existing is None:
            self._put(sid, tag, None)
            self.added += 1
            return False
        if existing == tag:
            return True
        if incoming_wins(tag, existing, where, report, self.words):
            if at is None:  # the stored version: undo brings it back
                self._before[sid] = existing.model_dump(mode="json")
            self._put(sid, tag, at)
        return False

    def _put(self, sid: str, tag: Tag, earlier: int | None) -> None:
        # a str: orjson's bytes keep a 4 KB buffer however short they are
        piece = orjson.dumps(tag.model_dump(mode="json")).decode()
        aid = tag.anchor.article_id
        gi = self._open.get(aid)
        if earlier is not None:
            old = self._groups[earlier // _STRIDE]
            pos = earlier % _STRIDE
            if old.pieces is not None:  # still open: in place, or taken out of it
                if old.aid == aid:
                    old.pieces[pos] = piece
                    return
                old.ids[pos] = old.pieces[pos] = None
            elif gi is not None and gi < earlier // _STRIDE:
                self._close(gi)  # this version must come in a group after the old one
                gi = None
        if gi is None:
            gi = self._open[aid] = len(self._groups)
            self._groups.append(_Group(aid))
        group = self._groups[gi]
        assert group.pieces is not None
        self._at[sid] = gi * _STRIDE + len(group.ids)
        group.ids.append(sid)
        group.pieces.append(piece)
        if len(group.ids) >= GROUP_SIZE:
            self._close(gi)

    def _close(self, gi: int) -> None:
        group = self._groups[gi]
        group.close()
        del self._open[group.aid]

    def write(self, action: str = "import") -> int:
        """Write every winning version (one durable journal line, one undo step); returns
        how many tags were written."""
        for gi in list(self._open.values()):
            self._close(gi)
        at = self._at
        groups = []
        for gi, g in enumerate(self._groups):
            if g.ids:  # and the ids whose version is this one (a later group's wins)
                live = [sid for sid in g.ids if at[sid] // _STRIDE == gi]  # type: ignore[index]
                groups.append((g.aid, g.ids, g.payload, live))
        self._groups.clear()
        ids = list(at)
        at.clear()
        if ids:
            before = [self._before.get(sid) for sid in ids]
            self.store.merge_groups(groups, ids, before, action=action)  # type: ignore[arg-type]
        return len(ids)


__all__ = ["GROUP_SIZE", "StreamedMerge", "incoming_wins", "validated"]
