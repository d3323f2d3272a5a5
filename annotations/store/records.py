"""The store's open file as its parts see it: the tables' documents, durable transactions and
the read-only check (a part of ``AnnotationStore``; see ``store.facade``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.table import Document, Table

from annotations.errors import StoreError
from annotations.store.file.storage import JournalDB
from annotations.store.lazydocs import LazyDocs


def doc_ids(ids: Iterable[str]) -> list[int]:
    """Document ids for TinyDB's ``doc_ids=`` arguments: the store's are strings
    (``JournalTable.document_id_class``), which TinyDB's annotations call ints."""
    return list(ids)  # type: ignore[arg-type]  # str ids: JournalTable.document_id_class is str


def document(doc: dict[str, Any], doc_id: str) -> Document:
    """A TinyDB document with the store's string id (see ``doc_ids``)."""
    return Document(doc, doc_id=doc_id)  # type: ignore[arg-type]  # str ids, as in doc_ids


class Records:
    """The journal-backed database of one store file (``db`` is None until the journal is
    replayed and after ``close``). ``reload`` puts memory back to what is on disk; a failed
    transaction calls it."""

    def __init__(self, path: Path, readonly: bool, reload: Callable[[], None]) -> None:
        self.path = path
        self.readonly = readonly
        self.db: JournalDB | None = None
        self._reload = reload

    @property
    def open_db(self) -> JournalDB:
        """The database; a ``StoreError`` once the store is closed."""
        db = self.db
        if db is None:
            raise StoreError(f"{self.path}: the store is closed")
        return db

    def raw(self, table: str) -> Mapping[str, Any]:
        """One table's stored documents by id (read-only: do not modify)."""
        return self.open_db.journal.read().get(table, {})

    def table(self, name: str, cache_size: int = 10) -> Table:
        """A TinyDB table to write to (inside ``transaction``)."""
        return self.open_db.table(name, cache_size=cache_size)

    def live_docs(self) -> int:
        """How many documents the tables hold (at most: tags not indexed by id yet are
        counted by their groups, without indexing them)."""
        return sum(t.size_at_most() if isinstance(t, LazyDocs) else len(t)
                   for t in self.open_db.journal.read().values())

    def check_writable(self) -> None:
        """A ``StoreError`` if the store is open read-only."""
        if self.readonly:
            raise StoreError(f"{self.path}: store is open read-only")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One durable journal line; if writing it fails, memory goes back to what is on disk,
        so nothing the caller was not told is saved can be shown as saved."""
        try:
            with self.open_db.journal.transaction():
                yield
        except BaseException:
            self._reload()
            raise

    def write_docs(self, table: str, pairs: list[tuple[str, dict[str, Any] | None]]) -> None:
        """Put (or remove, for None) plain documents of ``table``. Caller holds a
        transaction."""
        t = self.table(table, cache_size=0)
        raw = self.raw(table)
        for rid, doc in pairs:
            if doc is None:
                if rid in raw:
                    t.remove(doc_ids=doc_ids([rid]))
            elif rid in raw:
                t.update(doc, doc_ids=doc_ids([rid]))
            else:
                t.insert(document(doc, rid))
