"""Export tags as JSON, JSONL, W3C Web Annotation (JSON-LD) or CSV.

JSON and JSONL carry every field of every tag; W3C carries every field too (the kind's fields
in the ``tm:`` extension), so all three import back losslessly. CSV is for spreadsheets.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import orjson

from annotations.model.kind_table import KINDS as KIND_DECLS
from annotations.model.kind_table import WHO_FIELDS
from annotations.store import AnnotationStore
from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.exchange.export_articles import DocumentSlots
    from annotations.model.article import Article
    from annotations.model.article_view import ArticleView

Format = Literal["json", "jsonl", "w3c", "csv"]
FORMATS: tuple[str, ...] = ("json", "jsonl", "w3c", "csv")
EXPORT_FORMAT = "threadmark-export"
EXPORT_VERSION = 1

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TM_NS = "https://threadmark.dev/ns/annotation#"
TM_CONTEXT: list[Any] = [W3C_CONTEXT, {"tm": TM_NS}]
#: Fields of the anchor and the common fields: W3C carries these in its own terms.
_COMMON = ("id", "kind", "anchor", "annotator", "created", "updated")


@dataclass
class Selection:
    """Which tags to export: every filter given must match (``None`` = any)."""

    article_ids: list[str] | None = None
    kinds: list[str] | None = None
    annotator: str | None = None


def text_hash(article: Article | ArticleView) -> str:
    """``sha256:`` of the texts tags index into: the body and each comment's id and text."""
    h = hashlib.sha256(article.body.encode())
    for c, _ in article.walk():
        h.update(b"\x00" + c.id.encode() + b"\x00" + c.text.encode())
    return "sha256:" + h.hexdigest()


def selected_docs(store: AnnotationStore, sel: Selection) -> list[dict[str, Any]]:
    """The JSON documents of the selected tags, in reading order per article (as stored:
    validated when written, checksummed on disk: ``AnnotationStore.stored_docs``)."""
    ids = sel.article_ids or store.article_ids(include_superseded=True)
    kinds = set(sel.kinds) if sel.kinds else None
    out = []
    for aid in ids:
        for d in store.stored_docs(aid):
            if kinds is not None and d["kind"] not in kinds:
                continue
            if sel.annotator is not None and d["annotator"] != sel.annotator:
                continue
            out.append(d)
    return out


def _article_entries(store: AnnotationStore, docs: list[dict[str, Any]],
                     ids: list[str] | None, with_articles: bool,
                     slots: DocumentSlots | None = None) -> list[dict[str, Any]]:
    seen: dict[str, None] = dict.fromkeys(ids or ())
    for d in docs:
        seen.setdefault(d["anchor"]["article_id"], None)
    out = []
    for aid in seen:
        # the stored record as plain objects (no pydantic); the models for the whole text
        full = store.article(aid) if with_articles else None
        a = full if with_articles else store.article_view(aid)
        if a is not None:
            entry: dict[str, Any] = {"id": a.id, "title": a.title, "source": a.source, "url": a.url,
                     "authors": a.authors, "published_at": a.published_at,
                     "language": a.language, "text_hash": text_hash(a)}
            if full is not None:  # the inspect --json shape (export_articles)
                if slots is not None:
                    entry["document"] = slots.slot(full)
                else:
                    from annotations.model.serialize import article_to_dict

                    entry["document"] = article_to_dict(full)
            out.append(entry)
    return out


def export_json(store: AnnotationStore, sel: Selection | None = None,
                exported_at: datetime | None = None,
                with_articles: bool = False,
                slots: DocumentSlots | None = None) -> dict[str, Any]:
    """One document: format, version, exported_at, articles and annotations.

    ``with_articles`` adds each article's whole text (``document``, in the ``inspect --json``
    shape; with no article filter, every article in the store), so ``import-annotations``
    into an empty store restores all. With ``slots`` a document is a placeholder that
    ``slots.fill`` replaces in the dumped bytes (threads of any depth); without, a nested
    dict (threads of ordinary depth).
    """
    sel = sel or Selection()
    docs = selected_docs(store, sel)
    ids = None
    if with_articles:
        ids = sel.article_ids or [a.id for a in store.articles(include_superseded=True)]
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": (exported_at or now_utc()).isoformat(),
        "articles": _article_entries(store, docs, ids, with_articles, slots),
        "annotations": docs,
    }


def _urn(tag_id: str) -> str:
    return f"urn:uuid:{tag_id}"


def _source_iri(article_id: str, part: str) -> str:
    frag = "body" if part == "body" else f"comment-{part}"
    return f"urn:threadmark:article:{article_id}#{frag}"


def w3c_annotation(doc: dict[str, Any], article: Article | ArticleView | None
                   ) -> dict[str, Any]:
    """One tag as a W3C Web Annotation (JSON-LD)."""
    a = doc["anchor"]
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "classifying", "value": doc["kind"],
         "format": "text/plain"},
    ]
    if doc.get("note"):
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": doc["note"],
                       "format": "text/plain"})
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": label}
               for label in doc.get("labels", [])]
    target: dict[str, Any] = {
        "source": _source_iri(a["article_id"], a["part"]),
        "selector": [
            {"type": "TextQuoteSelector", "exact": a["exact"], "prefix": a["prefix"],
             "suffix": a["suffix"]},
            {"type": "TextPositionSelector", "start": a["start"], "end": a["end"]},
        ],
    }
    if article is not None:
        target["tm:articleTitle"] = article.title
        for key, value in (("tm:articleSource", article.source), ("tm:articleUrl", article.url),
                           ("tm:articleAuthors", article.authors or None),
                           ("tm:articlePublished", article.published_at),
                           ("tm:articleLanguage", article.language)):
            if value:
                target[key] = value
    fields = {k: v for k, v in doc.items() if k not in _COMMON}
    return {
        "@context": TM_CONTEXT,
        "id": _urn(doc["id"]),
        "type": "Annotation",
        "motivation": "classifying",
        "creator": {"type": "Person", "nickname": doc["annotator"]},
        "created": doc["created"],
        "modified": doc["updated"],
        "body": bodies,
        "target": target,
        "tm:kind": doc["kind"],
        "tm:articleId": a["article_id"],
        "tm:part": a["part"],
        "tm:fields": fields,
    }


def export_w3c(store: AnnotationStore, sel: Selection | None = None,
               exported_at: datetime | None = None) -> dict[str, Any]:
    """An AnnotationCollection whose first (only) page holds every selected tag."""
    docs = selected_docs(store, sel or Selection())
    when = (exported_at or now_utc()).isoformat()
    cid = "urn:threadmark:export:" + hashlib.sha256(
        (when + "".join(d["id"] for d in docs)).encode()).hexdigest()[:32]
    items = [w3c_annotation(d, store.article_view(d["anchor"]["article_id"])) for d in docs]
    return {
        "@context": TM_CONTEXT,
        "id": cid,
        "type": "AnnotationCollection",
        "label": "threadmark export",
        "total": len(items),
        "tm:exportedAt": when,
        "first": {"id": cid + "/page1", "type": "AnnotationPage", "startIndex": 0,
                  "items": items},
    }


#: The kinds' own fields, the person ones (speaker, holder, claimant) as one "who" column.
CSV_COLUMNS = (
    "id", "kind", "article_id", "article_title", "article_source", "article_url", "part",
    "start", "end", "exact",
    "who", *(f.name for d in KIND_DECLS for f in d.fields if f.name != d.who),
    "note", "labels", "links", "annotator", "created", "updated",
)
#: What a spreadsheet may take for the start of a formula, after any invisible lead-in.
_FORMULA_CHARS = frozenset("=+-@＝＋－＠")
#: Characters a spreadsheet skips (or shows as nothing) before a formula: whitespace, a BOM,
#: zero-width characters.
_INVISIBLE_LEAD = frozenset(" \t\r\n\x0b\x0c\u00a0\ufeff\u200b\u200c\u200d\u2060\u180e")


def _cell(v: Any) -> str:
    """A CSV cell; one that could start a formula gets a leading ``'`` (OWASP's advice)."""
    if v is None:
        return ""
    s = str(v)
    i = 0
    while i < len(s) and s[i] in _INVISIBLE_LEAD:
        i += 1
    if s[:1] in ("\t", "\r") or (i < len(s) and s[i] in _FORMULA_CHARS):
        return "'" + s
    return s


def csv_rows(store: AnnotationStore, docs: Iterable[dict[str, Any]]) -> Iterator[list[str]]:
    """Rows (header first) with the fields a spreadsheet user wants."""
    yield list(CSV_COLUMNS)
    titles: dict[str, tuple[str, str, str]] = {}
    for d in docs:
        a = d["anchor"]
        aid = a["article_id"]
        if aid not in titles:
            art = store.article_view(aid)
            titles[aid] = (art.title, art.source or "", art.url or "") if art else ("", "", "")
        who = next((d[f] for f in WHO_FIELDS if d.get(f)), None)
        row = {
            **d, "article_id": aid, "article_title": titles[aid][0],
            "article_source": titles[aid][1], "article_url": titles[aid][2], "part": a["part"],
            "start": a["start"], "end": a["end"], "exact": a["exact"], "who": who,
            "labels": "; ".join(d.get("labels", [])), "links": " ".join(d.get("links", [])),
        }
        yield [_cell(row.get(c)) for c in CSV_COLUMNS]


def export_text(store: AnnotationStore, fmt: str, sel: Selection | None = None,
                exported_at: datetime | None = None, with_articles: bool = False) -> str:
    """The export in ``fmt`` as text (what ``threadmark export`` prints)."""
    return export_bytes(store, fmt, sel, exported_at, with_articles).decode()


def export_bytes(store: AnnotationStore, fmt: str, sel: Selection | None = None,
                 exported_at: datetime | None = None, with_articles: bool = False) -> bytes:
    """The export in ``fmt`` as UTF-8 bytes (what ``threadmark export -o FILE`` writes:
    no text copy of a 70 MB export in between)."""
    sel = sel or Selection()
    if with_articles and fmt != "json":
        raise ValueError("--with-articles goes with the json format")
    if fmt == "json":
        from annotations.exchange.export_articles import DocumentSlots

        slots = DocumentSlots()
        return slots.fill(orjson.dumps(export_json(store, sel, exported_at, with_articles,
                                                   slots),
                                       option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
    if fmt == "w3c":
        return orjson.dumps(export_w3c(store, sel, exported_at),
                            option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    docs = selected_docs(store, sel)
    if fmt == "jsonl":
        return b"".join(orjson.dumps(d, option=orjson.OPT_APPEND_NEWLINE) for d in docs)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerows(csv_rows(store, docs))
        return buf.getvalue().encode()
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
