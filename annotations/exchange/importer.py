"""Import tags exported by threadmark (json, jsonl, w3c), merging them into a store by id.

- an identical tag is skipped;
- a tag with the same id but different content is a conflict: the newer ``updated`` wins,
  and the conflict is reported either way;
- a tag whose article is not in the store, or whose anchor does not match the article's text,
  is rejected (reported, not imported);
- a file that cannot be read or parsed as a whole writes nothing.

Files are read as streams (``export_stream``) and merged without holding the tags as models
(``import_merge``): memory is about the tags' JSON once, whatever the file's format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.errors import ImportFileError
from annotations.exchange.export_stream import Survey, survey, tag_docs
from annotations.exchange.import_merge import StreamedMerge, incoming_wins, validated
from annotations.store import AnnotationStore, Tag
from annotations.util.gcpause import gc_paused


@dataclass
class ImportReport:
    """What an import did."""

    added: int = 0
    skipped: int = 0
    articles: int = 0  # articles added from a --with-articles export
    conflicts: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """``added 3, skipped 1, conflicts 0, rejected 0`` (and ``, articles 2`` when an
        export brought its articles)."""
        out = (f"added {self.added}, skipped {self.skipped}, "
               f"conflicts {len(self.conflicts)}, rejected {len(self.rejected)}")
        return out + (f", articles {self.articles}" if self.articles else "")


def read_tag_docs(path: Path) -> list[dict[str, Any]]:
    """The tag documents in an export file of any supported format (all of them in a list:
    ``import_files`` streams them instead)."""
    with survey(path) as found:
        return [doc for _, doc in tag_docs(found)]


def _parse_articles(path: Path, documents: list[Any]) -> list[Any]:
    """The articles a ``--with-articles`` export carries, every one checked before any is
    stored."""
    from annotations.exchange.export_articles import article_from_export

    out = []
    for i, doc in enumerate(documents):
        try:
            out.append(article_from_export(doc))  # the inspect shape, or an older export's
        except ValueError as e:  # pydantic's ValidationError is one
            raise ImportFileError(f"{path}: article {i}: {str(e).splitlines()[0]}") from None
    return out


class MergePlan:
    """Incoming tags sorted into new ones and newer versions of stored ones (the rules of
    ``import-annotations`` and ``sync``: by id; the newer ``updated`` wins; a conflict is
    reported either way)."""

    def __init__(self, incoming: str = "incoming", stored: str = "stored") -> None:
        self.adds: dict[str, Tag] = {}
        self.replaces: dict[str, Tag] = {}
        self.words = (incoming, stored)

    def offer(self, store: AnnotationStore, doc: Any, where: str, report: Any,
              context: dict[str, Any] | None = None, *,
              untouched: bool = False) -> Tag | bool | None:
        """Validate ``doc`` and plan it; returns the tag, True when it is identical to the
        stored one, None when rejected (``report.rejected`` says why). ``untouched``: the
        stored copy has not changed here since it was last taken in (sync knows), so a newer
        version is an update, not a conflict."""
        tag = validated(store, doc, where, report, context)
        if tag is None:
            return None
        sid = tag.sid
        existing = self.adds.get(sid) or self.replaces.get(sid) or store.get(sid)
        if existing is None:
            self.adds[sid] = tag
            return tag
        if existing == tag:
            return True
        if incoming_wins(tag, existing, where, report, self.words, untouched):
            (self.adds if sid in self.adds else self.replaces)[sid] = tag
        return tag


def import_files(store: AnnotationStore, paths: list[Path]) -> ImportReport:
    """Merge every tag of ``paths`` into ``store``, all or nothing.

    Every file is checked whole (``export_stream.survey``) and every article it carries
    parsed before anything is written; the tags are then read again one at a time, merged
    (``import_merge.StreamedMerge``) and written in one durable step: a bad file, or an error
    anywhere, writes nothing at all. Memory: the JSON of the tags once, not the files.
    """
    surveys: list[tuple[Survey, list[Any]]] = []
    try:
        for p in paths:
            found = survey(p)
            surveys.append((found, []))
            surveys[-1] = (found, _parse_articles(p, found.articles))
            found.articles = []
        report = ImportReport()
        with gc_paused(), store.all_or_nothing():  # millions of short-lived objects
            for _, articles in surveys:
                for article in articles:
                    if store.article(article.id) is None:  # beside a local one, never in place
                        store.add_article(article, supersede=False)
                        report.articles += 1
            merge = StreamedMerge(store)
            for found, _ in surveys:
                for i, doc in tag_docs(found):
                    where = f"{found.path}: tag {doc.get('id', i) if isinstance(doc, dict) else i}"
                    if merge.offer(doc, where, report) is True:
                        report.skipped += 1
            report.added = merge.added
            merge.write("import")
    finally:
        for found, _ in surveys:
            found.close()
    return report


__all__ = ["ImportFileError", "ImportReport", "import_files", "read_tag_docs"]
