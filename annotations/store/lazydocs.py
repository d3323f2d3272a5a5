"""The tags table, decoded per group when first read.

A compacted store file keeps each article's tags as *group* lines of ``GROUP_TAGS`` tags:
the tag ids, and the tags' JSON as one string (``["g", "tags", article_id, [ids],
"<json>"]``). Parsing a string is far cheaper than building 100,000 dicts, so opening a
store of months of work replays the groups without decoding them; a group's tags are
decoded the first time any of them is read. Every group line is checksummed like any
other, and decoding checks that the group holds exactly the ids its line lists.

A group's JSON may also be left in the file: a store opened from its group map
(``file/group_map``) holds, for each group line, only where the line is (a ``Deferred``), and
reads, checks and parses that line the first time one of its tags is read.

``LazyDocs`` is a ``MutableMapping`` (tag id -> document), so TinyDB's tables, the store and
the journal use it as they use a dict. Puts and deletes after the snapshot override the group.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any, Protocol

import orjson

from annotations.errors import CorruptStoreError
from annotations.util.gcpause import gc_paused

#: Tags in one group record (a snapshot's, an import's, a sync's pull). Reading one tag
#: decodes the whole group holding it (its line read, checksummed, parsed, every tag of it
#: checked), so groups are small: a day's few changes spread over every article decode about
#: as many groups as changes, not the articles' whole tags (every member's, in a team).
GROUP_TAGS = 64


class Deferred(Protocol):
    """A group's JSON still in the file: ``load`` reads and checks its line, and returns
    the JSON (``CorruptStoreError`` if the line is not the group it was said to be)."""

    def load(self) -> str: ...


def parse_group(payload: str) -> Any:
    """A group's JSON as objects (one seam: every group decoded goes through here)."""
    return orjson.loads(payload)


def plain_tag(key: str, doc: Any) -> bool:
    """The shape the store relies on: a dict whose id is its key, with an anchor naming an
    article."""
    if type(doc) is not dict or doc.get("id") != key:
        return False
    anchor = doc.get("anchor")
    return type(anchor) is dict and type(anchor.get("article_id")) is str


def _all_of(found: dict[str, Any], article_id: str) -> bool:
    """Whether every document is a plain tag of ``article_id`` (one tight loop)."""
    for i, d in found.items():
        if type(d) is not dict or d.get("id") != i:
            return False
        a = d.get("anchor")
        if type(a) is not dict or a.get("article_id") != article_id:
            return False
    return True


class LazyDocs(MutableMapping):
    """Documents by id; some still inside undecoded groups.

    Groups added with ``index_later`` (from a group map that says no two of its groups share
    an id) are not indexed by id until a lookup by id needs it (``_index_all``): an
    article's groups are decoded by its key (``decode_key``), and ids put or removed in the
    meantime are remembered (``_gone``) so their group's version never comes back."""

    __slots__ = ("_by_key", "_docs", "_gone", "_groups", "_touched", "_unindexed", "_where")

    def __init__(self, docs: dict[str, dict[str, Any]] | None = None) -> None:
        self._docs: dict[str, dict[str, Any]] = docs if docs is not None else {}
        # (key, ids, json, or where it is in the file; None once decoded)
        self._groups: list[tuple[str, list[str], str | Deferred | None]] = []
        self._where: dict[str, int] = {}  # id -> group index, for ids not yet decoded
        self._touched: set[int] = set()  # groups some of whose ids moved or went since
        self._by_key: dict[str, list[int]] = {}  # group key -> its groups
        #: groups not in ``_where`` yet (None once every group is indexed)
        self._unindexed: list[int] | None = None
        self._gone: set[str] = set()  # while some are: ids put or removed since

    # -- groups -----------------------------------------------------------------------------

    def add_group(self, key: str, ids: list[str], payload: str | Deferred,
                  index_later: bool = False) -> None:
        """A group line: ``ids`` whose documents are the JSON object ``payload`` (or the
        JSON object ``payload.load()`` reads from the file). ``index_later``: no other group
        added so far or later with ``index_later`` holds any of ``ids``."""
        gi = len(self._groups)
        self._groups.append((key, ids, payload))
        self._by_key.setdefault(key, []).append(gi)
        where, docs = self._where, self._docs
        if docs:  # the group replaces earlier puts of the same ids
            for i in docs.keys() & ids:
                del docs[i]
        if index_later and (self._unindexed is not None or gi == 0):
            if self._unindexed is None:
                self._unindexed = []
            self._unindexed.append(gi)
            if self._gone:  # removed before this line: this group brings them back
                self._gone.difference_update(ids)
            return
        self._index_all()
        if where:  # ... and earlier groups' claim on them
            self._touched.update(where[i] for i in where.keys() & ids)
        where.update(dict.fromkeys(ids, gi))

    def _index_all(self) -> None:
        """Index the groups added with ``index_later`` by id (once)."""
        pending = self._unindexed
        if pending is None:
            return
        self._unindexed = None
        gone, where = self._gone, self._where
        for gi in pending:
            _, ids, payload = self._groups[gi]
            if payload is None:  # decoded: its ids are in ``_docs`` (or went)
                continue
            if gone and not gone.isdisjoint(ids):
                self._touched.add(gi)
                where.update((i, gi) for i in ids if i not in gone)
            else:
                where.update(dict.fromkeys(ids, gi))
        gone.clear()

    def _decode(self, gi: int) -> None:
        key, ids, payload = self._groups[gi]
        if payload is None:
            return
        if not isinstance(payload, str):
            payload = payload.load()
        try:
            with gc_paused():  # thousands of dicts at once: no collection in between
                found = parse_group(payload)
        except orjson.JSONDecodeError:
            found = None
        if type(found) is not dict or len(found) != len(ids) or found.keys() != set(ids) \
                or not _all_of(found, key):
            raise CorruptStoreError(f"the stored tags of article {key[:40]!r} are damaged")
        self._groups[gi] = (key, ids, None)
        docs = self._docs
        if self._unindexed is not None:  # not indexed: the group owns all but those gone
            gone = self._gone
            for i, doc in found.items():
                if i not in gone:
                    docs[i] = doc
            return
        where = self._where
        for i, doc in found.items():
            if where.get(i) == gi:  # not deleted or replaced since
                docs[i] = doc
                del where[i]

    def decode_key(self, key: str) -> None:
        """Decode the groups of ``key`` (an article's tags), and no other."""
        with gc_paused():
            for gi in self._by_key.get(key, ()):
                self._decode(gi)

    def decode_all(self) -> None:
        """Decode every group (iteration does this)."""
        with gc_paused():
            for gi in range(len(self._groups)):
                if self._groups[gi][2] is not None:
                    self._decode(gi)

    def stored_groups(self) -> Iterator[tuple[str, list[str], str]]:
        """The groups none of whose tags was decoded, changed or removed, as stored: (key,
        ids, JSON; read from the file if it was left there). A group some of whose tags went
        is decoded instead (its remaining tags join ``decoded``)."""
        self._index_all()  # which groups lost some of their ids
        for gi in range(len(self._groups)):
            key, ids, payload = self._groups[gi]
            if payload is None:
                continue
            if gi in self._touched:
                self._decode(gi)
                continue
            yield key, ids, payload if isinstance(payload, str) else payload.load()

    @property
    def decoded(self) -> dict[str, dict[str, Any]]:
        """The documents decoded so far (without decoding more)."""
        return self._docs

    def undecoded_by_key(self) -> dict[str, set[str]]:
        """Group key (the article id of all its tags) -> the ids still undecoded in its
        groups, decoding nothing."""
        gone = self.gone
        return {key: set().union(*lists) - gone
                for key, lists in self.undecoded_lists().items()}

    @property
    def gone(self) -> set[str]:
        """The ids ``undecoded_lists`` may still hold that went (put or removed since their
        group; read-only)."""
        return self._gone

    def undecoded_lists(self) -> dict[str, list[list[str]]]:
        """``undecoded_by_key`` as the lists of ids of each key's groups (no id in two of
        them; a group that lost none of its ids gives its own list: do not modify), less
        the ids in ``gone`` (not taken out here: that would look at every id)."""
        out: dict[str, list[list[str]]] = {}
        where = self._where
        later = set(self._unindexed) if self._unindexed is not None else set()
        for gi, (key, ids, payload) in enumerate(self._groups):
            if payload is None:
                continue
            if gi in later:
                mine = ids
            else:
                mine = ids if gi not in self._touched else [
                    i for i in ids if where.get(i) == gi]
            if key in out:
                out[key].append(mine)
            else:
                out[key] = [mine]
        return out

    # -- the mapping ------------------------------------------------------------------------

    def __getitem__(self, key: str) -> dict[str, Any]:
        try:
            return self._docs[key]
        except KeyError:
            self._index_all()
            gi = self._where.get(key)
            if gi is None:
                raise
        self._decode(gi)
        return self._docs[key]

    def __setitem__(self, key: str, value: dict[str, Any]) -> None:
        self._docs[key] = value
        self._unclaim(key)

    def _unclaim(self, key: str) -> None:
        if self._unindexed is not None:
            self._gone.add(key)
            return
        gi = self._where.pop(key, None)
        if gi is not None:
            self._touched.add(gi)

    def __delitem__(self, key: str) -> None:
        if key in self._docs:
            del self._docs[key]
        elif key in self:
            self._unclaim(key)
        else:
            raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        if key in self._docs:
            return True
        self._index_all()
        return key in self._where

    def __iter__(self) -> Iterator[str]:
        self.decode_all()
        return iter(list(self._docs))

    def size_at_most(self) -> int:
        """``len``, or more, without indexing the groups by id."""
        if self._unindexed is None:
            return len(self)
        return len(self._docs) + len(self._where) + sum(
            len(self._groups[gi][1]) for gi in self._unindexed
            if self._groups[gi][2] is not None)

    def __len__(self) -> int:
        self._index_all()
        return len(self._docs) + len(self._where)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self._docs:
            return self._docs[key]
        self._index_all()
        if key in self._where:
            return self[key]
        return default

    def discard(self, key: str) -> None:
        """Remove ``key`` if present, decoding nothing."""
        if self._docs.pop(key, None) is None:
            self._unclaim(key)

    def pop(self, key: str, *default: Any) -> Any:
        self._index_all()
        if key in self._where:
            self[key]  # decode its group first
        if default:
            return self._docs.pop(key, *default)
        return self._docs.pop(key)
