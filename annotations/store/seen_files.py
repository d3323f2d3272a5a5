"""Files seen before: which article ids a file's bytes gave (kept in the library index), so
``threadmark open FILE`` on a stored file parses nothing."""

from __future__ import annotations

from annotations.store.index import PARSER_REVISION, file_digest


class SourcesMixin:
    """``AnnotationStore``'s remembered files (its ``_sources``, read from the index)."""

    def known_source(self, data: bytes) -> tuple[list[str], list[str]] | None:
        """The article ids (and parser warnings) these file bytes gave when last added, if
        every one of them is still in the store."""
        entry = self._sources.get(file_digest(data))
        if entry is None:
            return None
        if self._pending is not None:
            have = {s.id for s in self._pending.summaries}
        else:
            have = set(self.article_ids())
        if not set(entry["ids"]) <= have:
            return None
        return list(entry["ids"]), list(entry["warnings"])

    def remember_source(self, data: bytes, ids: list[str], warnings: list[str]) -> None:
        """Note that these file bytes parsed into ``ids`` (kept in the library index)."""
        if ids:
            self._sources.pop(digest := file_digest(data), None)  # most recent last
            self._sources[digest] = {"ids": list(ids), "warnings": list(warnings),
                                     "parser": PARSER_REVISION}
