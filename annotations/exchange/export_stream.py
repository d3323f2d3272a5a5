"""Tag export files (json, jsonl, w3c) read as a stream of tag documents.

A file is read twice, never held whole: ``survey`` checks all of it (its JSON, its shape, the
W3C annotations' conversion) and keeps only what is small or needed (the top-level fields,
the articles a ``--with-articles`` export carries); ``tag_docs`` then yields the tag
documents one at a time. JSONL is read line by line; JSON and W3C with ``json_stream``,
whose window lets go of each item once it is read. Every error is an ``ImportFileError``
(one line: the file, what, where), raised by ``survey`` before anything is imported.

The rules are those of threadmark's exports: a ``{"format": "threadmark-annotations"}``
object's ``annotations`` (and ``articles``); a W3C ``AnnotationCollection`` whose first page
is in the file, an ``AnnotationPage``, one ``Annotation``, or a list of tag documents or
W3C annotations.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from annotations.errors import ImportFileError
from annotations.exchange.export import EXPORT_FORMAT
from annotations.sources import deepjson
from annotations.sources.json_stream import JsonError, JsonStream

#: Where the items of a file may be: the top-level array, or an array under these keys.
_TOP: tuple[str, ...] = ()
_ANNOTATIONS = ("annotations",)
_ITEMS = ("items",)
_FIRST_ITEMS = ("first", "items")
_W3C_TYPES = ("AnnotationCollection", "AnnotationPage")
#: The top-level fields the survey keeps (the rest are read and let go).
_KEPT = frozenset({"annotations", "articles", "first", "format", "items", "next", "total",
                   "type"})


@dataclass(frozen=True)
class _Array:
    """Stands, in a surveyed object, for an array that was streamed (the ``n``-th one at
    ``path``: a key given twice keeps its last value, as ``json`` does)."""

    path: tuple[str, ...]
    n: int


@dataclass
class Survey:
    """What ``survey`` found in one file; ``close`` it (or use ``with``)."""

    path: Path
    file: IO[bytes]
    jsonl: bool = False
    #: the array holding the tag documents (None: no tags; "whole": the file is one)
    source: _Array | str | None = None
    convert: bool = False  # W3C annotations among the items become tag documents
    count: int = 0  # tag documents
    articles: list[Any] = field(default_factory=list)  # carried article documents

    def close(self) -> None:
        """Close the file."""
        self.file.close()

    def __enter__(self) -> Survey:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def survey(path: Path) -> Survey:
    """Check all of ``path`` (see the module docstring); the file stays open for
    ``tag_docs`` (the same file, even if the name is given another one meanwhile)."""
    from annotations.util.safe_files import input_error_reason, open_regular

    try:
        f = open_regular(path)  # a FIFO or a device is refused, not waited on
    except (OSError, ValueError) as e:
        raise ImportFileError(input_error_reason(path, e)) from None
    found = Survey(path, f, jsonl=path.suffix.lower() == ".jsonl")
    try:
        if found.jsonl:
            found.count = sum(1 for _ in _jsonl(found))
            found.source = "lines"
        else:
            _survey_json(found)
    except OSError as e:
        f.close()
        raise ImportFileError(input_error_reason(path, e)) from None
    except BaseException:
        f.close()
        raise
    return found


def tag_docs(found: Survey) -> Iterator[tuple[int, Any]]:
    """(index, tag document) for every tag document of a surveyed file, in file order."""
    from annotations.util.safe_files import input_error_reason

    try:
        yield from _tag_docs(found)
    except OSError as e:
        raise ImportFileError(input_error_reason(found.path, e)) from None


def _tag_docs(found: Survey) -> Iterator[tuple[int, Any]]:
    if found.source is None:
        return
    found.file.seek(0)
    if found.jsonl:
        yield from enumerate(_jsonl(found))
        return
    if found.source == "whole":
        yield 0, _converted(found, 0, _whole(found))
        return
    js = _stream(found)
    walk = _walk(js, keep=False)
    try:
        while True:
            array, i = next(walk)
            if array == found.source:
                doc = js.value()
                yield i, _converted(found, i, doc) if found.convert else doc
            else:
                js.value()
    except StopIteration:
        return
    except JsonError as e:  # the file changed since the survey
        raise ImportFileError(f"{found.path}: invalid JSON ({e})") from None


# -- JSONL ------------------------------------------------------------------------------------


def _jsonl(found: Survey) -> Iterator[Any]:
    """The documents of a JSONL file, one line at a time."""
    blank = True
    for n, line in enumerate(found.file, 1):
        if not line.strip():
            continue
        blank = False
        try:
            yield orjson.loads(line)
        except orjson.JSONDecodeError as e:
            raise ImportFileError(f"{found.path}: line {n}: invalid JSON ({e})") from None
    if blank:
        raise ImportFileError(f"{found.path}: empty file")


# -- JSON and W3C -----------------------------------------------------------------------------


def _stream(found: Survey) -> JsonStream:
    return JsonStream(found.file)


def _whole(found: Survey) -> Any:
    """The file's one JSON value (a single W3C annotation)."""
    found.file.seek(0)
    try:
        return deepjson.loads(found.file.read())
    except ValueError as e:
        raise ImportFileError(f"{found.path}: invalid JSON ({e})") from None


def _walk(js: JsonStream, keep: bool) -> Generator[tuple[_Array, int], None, Any]:
    """Read the file's value, stopping at each item of a streamed array to let the caller
    read it (``js.value()``): yields (the array, the item's index). Returns the value with
    each streamed array as an ``_Array``; with ``keep``, the fields the survey needs (see
    ``_KEPT``), else nothing else."""
    seen: dict[tuple[str, ...], int] = {}

    def array(path: tuple[str, ...]) -> Generator[tuple[_Array, int], None, _Array]:
        arr = _Array(path, seen.get(path, 0))
        seen[path] = arr.n + 1
        for i in js.items():
            yield arr, i
        return arr

    def other(wanted: bool = True) -> Any:
        value = js.value()
        return value if keep and wanted else None

    c = js.peek()
    if c == "":
        raise js.error("empty file")
    if c == "[":
        out: Any = yield from array(_TOP)
    elif c == "{":
        out = {}
        for key in js.members():
            if key in ("annotations", "items") and js.peek() == "[":
                out[key] = yield from array((key,))
            elif key == "first" and js.peek() == "{":
                first: dict[str, Any] = {}
                for sub in js.members():
                    if sub == "items" and js.peek() == "[":
                        first[sub] = yield from array(_FIRST_ITEMS)
                    else:
                        first[sub] = other()
                out[key] = first
            else:
                out[key] = other(key in _KEPT)
    else:
        out = js.value()
    js.end()
    return out


def _survey_json(found: Survey) -> None:
    path = found.path
    js = _stream(found)
    walk = _walk(js, keep=True)
    counts: dict[_Array, int] = {}
    failed: dict[_Array, tuple[int, str]] = {}  # the first W3C annotation that cannot convert
    try:
        if js.peek() == "":
            raise ImportFileError(f"{path}: empty file")
        while True:
            try:
                arr, i = next(walk)
            except StopIteration as stop:
                top = stop.value
                break
            item = js.value()
            counts[arr] = i + 1
            if arr not in failed and isinstance(item, dict) and item.get("type") == "Annotation":
                try:
                    _from_w3c(item)
                except ValueError as e:
                    failed[arr] = (i, str(e))
            del item
    except JsonError as e:
        raise ImportFileError(f"{path}: invalid JSON ({e})") from None
    source, convert = _items_of(top, path, found)
    found.source, found.convert = source, convert
    if isinstance(source, _Array):
        found.count = counts.get(source, 0)
        if convert and source in failed:
            i, why = failed[source]
            raise ImportFileError(f"{path}: item {i}: {why}")
    elif source == "whole":
        found.count = 1
        _converted(found, 0, _whole(found))


def _items_of(top: Any, path: Path, found: Survey) -> tuple[_Array | str | None, bool]:
    """Where the tag documents are in a surveyed value (the rules of threadmark's exports)."""
    if isinstance(top, dict) and top.get("format") == EXPORT_FORMAT:
        docs = top.get("annotations")
        if not isinstance(docs, _Array):
            raise ImportFileError(f"{path}: 'annotations' is not a list")
        articles = top.get("articles") or []
        if not isinstance(articles, list):
            raise ImportFileError(f"{path}: 'articles' is not a list")
        found.articles = [a["document"] for a in articles
                          if isinstance(a, dict) and "document" in a]
        return docs, False
    if isinstance(top, _Array):
        return top, True
    if isinstance(top, dict) and top.get("type") in _W3C_TYPES:
        return _w3c_items(top, path), True
    if isinstance(top, dict) and top.get("type") == "Annotation":
        return "whole", True
    raise ImportFileError(f"{path}: not a threadmark export (json, jsonl or w3c)")


def _w3c_items(obj: dict[str, Any], path: Path) -> _Array | None:
    """The annotations of a W3C collection or page, which must be in the file itself."""
    if obj["type"] == "AnnotationPage":
        page: Any = obj
    else:
        page = obj.get("first")
        if page is None:
            if obj.get("total", 0) == 0:
                return None
            raise ImportFileError(f"{path}: collection has no first page")
        if isinstance(page, str):
            raise ImportFileError(
                f"{path}: the collection's first page is a link ({page[:60]}), not in the file;"
                " save the pages themselves and import those"
            )
    if not isinstance(page, dict) or not isinstance(page.get("items"), _Array):
        raise ImportFileError(f"{path}: malformed AnnotationPage (no list of items)")
    if page.get("next") is not None:
        raise ImportFileError(f"{path}: the collection continues on further pages (next: "
                              f"{str(page['next'])[:60]}); import every page file")
    return page["items"]


def _converted(found: Survey, i: int, item: Any) -> Any:
    """A W3C annotation as a tag document (other items as they are)."""
    if isinstance(item, dict) and item.get("type") == "Annotation":
        try:
            return _from_w3c(item)
        except ValueError as e:
            raise ImportFileError(f"{found.path}: item {i}: {e}") from None
    return item


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


__all__ = ["Survey", "survey", "tag_docs"]
