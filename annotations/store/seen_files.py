"""Files seen before: which article ids a file's bytes gave (kept in the library index), so
``threadmark open FILE`` on a stored file parses nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from annotations.store.index import PARSER_REVISION, file_digest


class SeenFiles:
    """Remembered files (``sources``, read from and written to the library index).
    ``stored_ids`` gives the ids of the articles in the store (answered from the index while a
    deferred open has not replayed the journal)."""

    def __init__(self, sources: dict[str, dict[str, Any]],
                 stored_ids: Callable[[], set[str]]) -> None:
        self.sources = sources
        self._stored_ids = stored_ids

    def known_source(self, data: bytes) -> tuple[list[str], list[str]] | None:
        """The article ids (and parser warnings) these file bytes gave when last added, if
        every one of them is still in the store."""
        entry = self.sources.get(file_digest(data))
        if entry is None:
            return None
        if not set(entry["ids"]) <= self._stored_ids():
            return None
        return list(entry["ids"]), list(entry["warnings"])

    def remember_source(self, data: bytes, ids: list[str], warnings: list[str]) -> None:
        """Note that these file bytes parsed into ``ids`` (kept in the library index)."""
        if ids:
            self.sources.pop(digest := file_digest(data), None)  # most recent last
            self.sources[digest] = {"ids": list(ids), "warnings": list(warnings),
                                     "parser": PARSER_REVISION}
