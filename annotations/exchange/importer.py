"""Import tags exported by threadmark (json, jsonl, w3c), merging them into a store by id.

- an identical tag is skipped;
- a tag with the same id but different content is a conflict: the newer ``updated`` wins,
  and the conflict is reported either way;
- a tag whose article is not in the store, or whose anchor does not match the article's text,
  is rejected (reported, not imported);
- a file that cannot be read or parsed as a whole writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from annotations.errors import ImportFileError, StoreError
from annotations.exchange.export import EXPORT_FORMAT
from annotations.model.models import tag_adapter
from annotations.model.validation import first_error
from annotations.sources import deepjson
from annotations.store import AnnotationStore, Tag
from annotations.team.sync_rules import SKEW
from annotations.util.clock import now_utc


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


def _from_w3c(anno: dict[str, Any]) -> dict[str, Any]:
    """A tag document from one W3C annotation written by ``export.w3c_annotation``."""
    try:
        target = anno["target"]
        sels = {s["type"]: s for s in target["selector"]}
        quote, pos = sels["TextQuoteSelector"], sels["TextPositionSelector"]
        tag_id = anno["id"].removeprefix("urn:uuid:")
        creator = anno["creator"]
        annotator = creator.get("nickname") or creator.get("name") if isinstance(
            creator, dict) else creator
        return {
            "id": tag_id,
            "kind": anno["tm:kind"],
            "anchor": {
                "article_id": anno["tm:articleId"], "part": anno["tm:part"],
                "start": pos["start"], "end": pos["end"], "exact": quote["exact"],
                "prefix": quote.get("prefix", ""), "suffix": quote.get("suffix", ""),
            },
            "annotator": annotator,
            "created": anno["created"],
            "updated": anno.get("modified", anno["created"]),
            **anno.get("tm:fields", {}),
        }
    except (KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"not a threadmark W3C annotation (missing {e})") from None


def read_tag_docs(path: Path) -> list[dict[str, Any]]:
    """The tag documents in an export file of any supported format."""
    return read_export(path)[0]


def read_export(path: Path) -> tuple[list[dict[str, Any]], list[Any]]:
    """(tag documents, article documents carried by a ``--with-articles`` json export).

    Memory: a JSONL file is read line by line (its bytes are never all held); a JSON or W3C
    file's bytes are let go once parsed, and W3C annotations become tag documents in place.
    """
    from annotations.util.safe_files import input_error_reason, open_regular

    try:
        with open_regular(path) as f:  # a FIFO or a device is refused, not waited on
            if path.suffix.lower() == ".jsonl":
                return _jsonl_docs(f, path), []
            data = f.read()
    except (OSError, ValueError) as e:
        raise ImportFileError(input_error_reason(path, e)) from None
    if not data.strip():
        raise ImportFileError(f"{path}: empty file")
    try:  # deepjson: a --with-articles export nests replies as deep as the thread
        obj = deepjson.loads(data)
    except ValueError as e:
        raise ImportFileError(f"{path}: invalid JSON ({e})") from None
    del data
    if isinstance(obj, dict) and obj.get("format") == EXPORT_FORMAT:
        docs = obj.get("annotations")
        if not isinstance(docs, list):
            raise ImportFileError(f"{path}: 'annotations' is not a list")
        articles = obj.get("articles") or []
        if not isinstance(articles, list):
            raise ImportFileError(f"{path}: 'articles' is not a list")
        return docs, [a["document"] for a in articles if isinstance(a, dict) and "document" in a]
    items: Any = None
    if isinstance(obj, dict) and obj.get("type") in ("AnnotationCollection", "AnnotationPage"):
        items = _w3c_items(obj, path)
    elif isinstance(obj, dict) and obj.get("type") == "Annotation":
        items = [obj]
    elif isinstance(obj, list):
        items = obj
    if items is None:
        raise ImportFileError(f"{path}: not a threadmark export (json, jsonl or w3c)")
    for i, it in enumerate(items):  # in place: no second list of every annotation
        if isinstance(it, dict) and it.get("type") == "Annotation":
            try:
                items[i] = _from_w3c(it)
            except ValueError as e:
                raise ImportFileError(f"{path}: item {i}: {e}") from None
    return items, []


def _jsonl_docs(f: Any, path: Path) -> list[Any]:
    """The documents of a JSONL file, one line at a time."""
    docs: list[Any] = []
    blank = True
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        blank = False
        try:
            docs.append(orjson.loads(line))
        except orjson.JSONDecodeError as e:
            raise ImportFileError(f"{path}: line {n}: invalid JSON ({e})") from None
    if blank:
        raise ImportFileError(f"{path}: empty file")
    return docs


def _w3c_items(obj: dict[str, Any], path: Path) -> list[Any]:
    """The annotations of a W3C collection or page, which must be in the file itself."""
    if obj["type"] == "AnnotationPage":
        page: Any = obj
    else:
        page = obj.get("first")
        if page is None:
            if obj.get("total", 0) == 0:
                return []
            raise ImportFileError(f"{path}: collection has no first page")
        if isinstance(page, str):
            raise ImportFileError(
                f"{path}: the collection's first page is a link ({page[:60]}), not in the file;"
                " save the pages themselves and import those"
            )
    if not isinstance(page, dict) or not isinstance(page.get("items"), list):
        raise ImportFileError(f"{path}: malformed AnnotationPage (no list of items)")
    if page.get("next") is not None:
        raise ImportFileError(f"{path}: the collection continues on further pages (next: "
                              f"{str(page['next'])[:60]}); import every page file")
    return page["items"]


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
        if not isinstance(doc, dict):
            report.rejected.append(f"{where}: not an object")
            return None
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
            report.rejected.append(f"{where}: updated {tag.updated.isoformat()} is in the "
                                   "future")
            return None
        sid = tag.sid
        existing = self.adds.get(sid) or self.replaces.get(sid) or store.get(sid)
        if existing is None:
            self.adds[sid] = tag
            return tag
        if existing == tag:
            return True
        incoming, stored = self.words
        if tag.updated != existing.updated:
            newer = tag.updated > existing.updated
            why = "newer"
        else:  # the same millisecond on two machines: an order both of them agree on
            newer = tag.model_dump_json() > existing.model_dump_json()
            why = "same time; the first by content, as on every machine"
        if not (untouched and newer):
            report.conflicts.append(f"{where}: differs from the {stored} tag; kept the "
                                    f"{incoming if newer else stored} one ({why})")
        if newer:
            (self.adds if sid in self.adds else self.replaces)[sid] = tag
        return tag


def import_files(store: AnnotationStore, paths: list[Path]) -> ImportReport:
    """Merge every tag of ``paths`` into ``store``, all or nothing.

    Every file is read and every article it carries checked before anything is written, and
    everything is written in one durable step: one bad file writes nothing at all.
    """
    read = [(p, docs, _parse_articles(p, arts)) for p, docs, arts in
            ((p, *read_export(p)) for p in paths)]
    report = ImportReport()
    with store.all_or_nothing():
        for _, _, articles in read:
            for article in articles:
                if store.article(article.id) is None:  # beside a local one, never in place
                    store.add_article(article, supersede=False)
                    report.articles += 1
        plan = MergePlan()
        for path, docs, _ in read:
            for i, doc in enumerate(docs):
                where = f"{path}: tag {doc.get('id', i) if isinstance(doc, dict) else i}"
                if plan.offer(store, doc, where, report) is True:
                    report.skipped += 1
        adds, replaces = plan.adds, plan.replaces
        store.merge(list(adds.values()), list(replaces.values()))
    report.added = len(adds)
    return report


__all__ = ["ImportFileError", "ImportReport", "import_files", "read_tag_docs"]
