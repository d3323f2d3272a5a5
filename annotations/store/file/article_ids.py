"""Schema 5 -> 6: every article's id becomes the hash of its content
(``identity.canonical_article_id``), and every record naming an article follows.

Rewritten: the article records (their key, ``id`` and ``superseded_by``), tag anchors (and
the copies the undo history keeps), rejected suggestions (``<article id>|<key>``), removals
(``removed|<article id>``), the stories and the outlet of each article. The map old id ->
new id is kept in the store (meta ``LEGACY_IDS``): a teammate's tag anchored to an old id is
translated when pulled (``translate_anchor``). The library index's remembered files are
dropped by ``index.PARSER_REVISION``, so importing a file again finds its article by its new
id.
"""

from __future__ import annotations

from typing import Any

#: The meta record holding ``{old id: new id}`` of the articles this migration renamed.
LEGACY_IDS = "article_ids_before_v6"
_REMOVED = "removed|"
_STORIES, _ARTICLE_OUTLETS = "stories", "article_outlets"


def new_ids(articles: dict[str, Any]) -> dict[str, str]:
    """{old id: new id} of each stored article whose id is not the hash of its content (an
    article whose record the models refuse keeps its id: the store's checks report it)."""
    from annotations.model.article import article_from_doc
    from annotations.model.identity import canonical_article_id

    out = {}
    for key, rec in articles.items():
        try:
            art = article_from_doc(rec["article"])
        except (ValueError, KeyError, TypeError):
            continue
        new = canonical_article_id(art)
        if new != key:
            out[key] = new
    return out


def _map_anchor(doc: Any, ids: dict[str, str]) -> None:
    anchor = doc.get("anchor") if isinstance(doc, dict) else None
    if isinstance(anchor, dict) and anchor.get("article_id") in ids:
        anchor["article_id"] = ids[anchor["article_id"]]


def _map_key(key: str, ids: dict[str, str]) -> str:
    """A record key naming an article (``<id>|...``, ``removed|<id>``) with the new id."""
    if key.startswith(_REMOVED):
        return _REMOVED + ids.get(key[len(_REMOVED):], key[len(_REMOVED):])
    aid, sep, rest = key.partition("|")
    return ids[aid] + sep + rest if sep and aid in ids else key


def _map_rejection(doc: Any, ids: dict[str, str]) -> None:
    if isinstance(doc, dict):
        if doc.get("article_id") in ids:
            doc["article_id"] = ids[doc["article_id"]]
        if isinstance(doc.get("id"), str):
            doc["id"] = _map_key(doc["id"], ids)


def migrate_article_ids(tables: dict[str, Any]) -> dict[str, str]:
    """Give every article of ``tables`` its content hash as id and rewrite each record that
    names one; returns {old id: new id} (also kept in meta ``LEGACY_IDS``)."""
    articles = tables.get("articles", {})
    ids = new_ids(articles)
    if not ids:
        return ids
    renamed: dict[str, Any] = {}
    for key, rec in articles.items():
        key = ids.get(key, key)
        if key in renamed:
            continue  # the same content stored twice: one record, both old ids map to it
        if isinstance(rec, dict):
            if isinstance(rec.get("article"), dict):
                rec["article"]["id"] = key
            if rec.get("superseded_by") in ids:
                rec["superseded_by"] = ids[rec["superseded_by"]]
        renamed[key] = rec
    tables["articles"] = renamed
    for doc in tables.get("tags", {}).values():
        _map_anchor(doc, ids)
    if "rejected" in tables:
        tables["rejected"] = {_map_key(k, ids): d for k, d in tables["rejected"].items()}
        for d in tables["rejected"].values():
            _map_rejection(d, ids)
    for entry in tables.get("history", {}).values():
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("ids"), list):
            entry["ids"] = [_map_key(i, ids) if isinstance(i, str) else i for i in entry["ids"]]
        for side in ("before", "after"):
            docs = entry.get(side)
            for doc in docs if isinstance(docs, list) else []:
                _map_anchor(doc, ids)
                _map_rejection(doc, ids)
    meta = {_map_key(k, ids): d for k, d in tables.get("meta", {}).items()}
    tables["meta"] = meta
    stories = meta.get(_STORIES, {}).get("value")
    if isinstance(stories, dict):
        meta[_STORIES]["value"] = {
            name: [ids.get(a, a) for a in aids] if isinstance(aids, list) else aids
            for name, aids in stories.items()}
    outlets = meta.get(_ARTICLE_OUTLETS, {}).get("value")
    if isinstance(outlets, dict):
        meta[_ARTICLE_OUTLETS]["value"] = {ids.get(a, a): o for a, o in outlets.items()}
    legacy = meta.get(LEGACY_IDS, {}).get("value")
    meta[LEGACY_IDS] = {"value": {**(legacy if isinstance(legacy, dict) else {}), **ids}}
    return ids


def translate_anchor(doc: Any, legacy: Any) -> None:
    """Point a tag document anchored to an article's id from before schema 6 at its id now
    (``legacy``: the store's ``LEGACY_IDS`` record; anything else changes nothing)."""
    if isinstance(legacy, dict) and legacy:
        _map_anchor(doc, legacy)


def translate_registry(team: dict[str, Any], legacy: Any) -> dict[str, Any]:
    """A teammate's stories and article outlets (``sync_meta``'s ``stories`` and
    ``article_outlets``) with article ids from before schema 6 turned into the ids now."""
    if isinstance(legacy, dict) and legacy:
        team["stories"] = {name: [legacy.get(a, a) for a in aids]
                           for name, aids in team.get("stories", {}).items()}
        team["article_outlets"] = {legacy.get(a, a): o
                                   for a, o in team.get("article_outlets", {}).items()}
    return team
