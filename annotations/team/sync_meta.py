"""Stories and outlets through the team repository: ``meta/<annotator>.jsonl``.

Each analyst publishes their store's stories and outlets in their own file, one record a
line, sorted::

    {"story": "valdai", "articles": ["<16 hex>", ...]}
    {"outlet": "TASS", "country": "RU", "language": "ru", "group": "state media",
     "updated": "2026-12-06T18:40:00+00:00"}
    {"article": "<16 hex>", "outlet": "TASS"}

A pull merges the others' files into the store: a story's members are the union of every
file's and the store's (removing an article from a story is not carried by a sync); an
outlet's fields come from its newest record by ``updated`` (a record without one loses to one
with it; one dated more than a day ahead is refused); an article's outlet set in the store is
kept, else the first teammate's (by file name) is taken. Every line is validated like the
store's own records; a bad one is refused with one line (file, line, reason) and the rest
goes on. A file speaks only for its owner: only ``meta/<name>.jsonl`` files whose name is a
valid annotator name are read, and this store's own file is written, never read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotations.compare.registry import (
    ARTICLE_OUTLETS,
    ID_RE,
    STORIES,
    STORY_MAX,
    Outlet,
    RegistryError,
    clean_name,
    outlet_record,
    read,
    write_outlets,
)
from annotations.settings import name_problem
from annotations.store.file.article_ids import LEGACY_IDS, translate_registry
from annotations.team.sync_files import NotRegular, listing, read_regular, write_regular
from annotations.team.sync_rules import future_problem, parse_time
from annotations.util.safe_text import visible

FOLDER = "meta"
#: The largest meta file read (stories of 10,000 articles and thousands of outlets fit).
MAX_BYTES = 16 * 1024 * 1024


@dataclass
class MetaPlan:
    """What the team's meta files would change in the store (None: nothing)."""

    stories: dict[str, list[str]] | None = None
    outlets: dict[str, Outlet] | None = None
    article_outlets: dict[str, str] | None = None
    changes: int = 0
    rejected: list[str] = field(default_factory=list)


def file_data(store: Any) -> bytes:
    """This store's stories and outlets as the lines of its meta file."""
    reg = read(store)
    lines = [{"story": n, "articles": ids} for n, ids in sorted(reg.stories.items())]
    lines += [{"outlet": n, **o.as_json(), **({"updated": o.updated} if o.updated else {})}
              for n, o in sorted(reg.outlets.items())]
    lines += [{"article": a, "outlet": n} for a, n in sorted(reg.article_outlets.items())]
    return b"".join(orjson.dumps(d) + b"\n" for d in lines)


def story_articles(store: Any) -> set[str]:
    """Ids of the articles of this store's stories (pushed with them, for the team)."""
    return {aid for ids in read(store).stories.values() for aid in ids}


def write_mine(store: Any, work: Path, me: str) -> list[str]:
    """Write ``meta/<me>.jsonl`` from the store (none while it has neither stories nor
    outlets); lines for anything replaced in its place."""
    rel, data = f"{FOLDER}/{me}.jsonl", file_data(store)
    if not data and not os.path.lexists(work / rel):
        return []
    return write_regular(work, rel, data)


def _line(doc: Any, into: dict[str, Any]) -> None:
    """Validate one line and add it to ``into`` (``RegistryError``: why it is refused)."""
    if not isinstance(doc, dict):
        raise RegistryError("not an object")
    if "story" in doc:
        name = clean_name(doc["story"], "story name")
        ids = doc.get("articles")
        if set(doc) != {"story", "articles"} or not isinstance(ids, list) \
                or len(ids) > STORY_MAX:
            raise RegistryError(f"story {name[:40]!r}: not a list of at most {STORY_MAX} "
                                "article ids")
        bad = next((i for i in ids if not isinstance(i, str) or not ID_RE.match(i)), None)
        if bad is not None:
            raise RegistryError(f"story {name[:40]!r}: {visible(str(bad))[:40]!r} is not an "
                                "article id")
        into["stories"].setdefault(name, []).extend(ids)
    elif "outlet" in doc and "article" not in doc:
        name = clean_name(doc["outlet"], "outlet name")
        rec = {k: v for k, v in doc.items() if k != "outlet"}
        problem = None if rec.get("updated") is None else future_problem(rec["updated"])
        if problem is not None:
            raise RegistryError(f"outlet {name[:40]!r}: {problem}")
        into["outlets"].setdefault(name, []).append(outlet_record(name, rec))
    elif "article" in doc:
        aid = doc["article"]
        if set(doc) != {"article", "outlet"} or not isinstance(aid, str) \
                or not ID_RE.match(aid):
            raise RegistryError(f"{visible(str(aid))[:40]!r} is not an article id")
        into["article_outlets"].setdefault(aid, clean_name(doc["outlet"], f"outlet of {aid}"))
    else:
        raise RegistryError("neither a story, an outlet nor an article's outlet")


def _read_team(work: Path, me: str, rejected: list[str]) -> dict[str, Any]:
    into: dict[str, Any] = {"stories": {}, "outlets": {}, "article_outlets": {}}
    names, odd = listing(work, FOLDER)
    rejected.extend(odd)
    for name in names:
        where = f"{FOLDER}/{visible(name)}"
        stem = name[:-6] if name.endswith(".jsonl") else ""
        problem = name_problem(stem) if stem else "not a meta file (<name>.jsonl)"
        if problem is not None:
            rejected.append(f"{where}: {problem}")
            continue
        if stem == me:
            continue  # this store's own: the store is the truth
        try:
            data = read_regular(work, f"{FOLDER}/{name}", limit=MAX_BYTES)
        except NotRegular as e:
            rejected.append(visible(str(e)))
            continue
        for n, raw in enumerate(data.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                _line(orjson.loads(raw), into)
            except orjson.JSONDecodeError:
                rejected.append(f"{where}: line {n}: not JSON")
            except RegistryError as e:
                rejected.append(f"{where}: line {n}: {visible(str(e))}")
    return into


def _newer(a: Outlet, b: Outlet) -> bool:
    """Whether ``a`` is newer than ``b`` (a record without a time is the oldest)."""
    ta, tb = parse_time(a.updated), parse_time(b.updated)
    return ta is not None and (tb is None or ta > tb)


def plan(store: Any, work: Path, me: str) -> MetaPlan:
    """Merge the team's meta files with the store's stories and outlets (nothing written)."""
    out = MetaPlan()
    team = translate_registry(_read_team(work, me, out.rejected), store.meta(LEGACY_IDS))
    reg = read(store)
    stories = {k: list(v) for k, v in reg.stories.items()}
    for name, ids in team["stories"].items():
        have = stories.get(name, [])
        merged = list(dict.fromkeys([*have, *ids]))[:STORY_MAX]
        if merged != have or name not in stories:
            out.changes += len(merged) - len(have) or 1
            stories[name] = merged
    if stories != reg.stories:
        out.stories = dict(sorted(stories.items()))
    outlets = dict(reg.outlets)
    for name, records in team["outlets"].items():
        for rec in records:
            stored = outlets.get(name)
            if stored is None or (_newer(rec, stored) and rec.as_json() != stored.as_json()):
                outlets[name] = rec
                out.changes += 1
    if any(outlets[n] is not reg.outlets.get(n) for n in outlets):
        out.outlets = outlets
    assigned = dict(reg.article_outlets)
    for aid, name in team["article_outlets"].items():
        if aid not in assigned:
            assigned[aid] = name
            out.changes += 1
    if assigned != reg.article_outlets:
        out.article_outlets = dict(sorted(assigned.items()))
    return out


def apply(store: Any, meta: MetaPlan) -> None:
    """Write the merged records (inside the sync's one durable write)."""
    if meta.stories is not None:
        store.set_meta(STORIES, meta.stories)
    if meta.outlets is not None:
        write_outlets(store, meta.outlets)
    if meta.article_outlets is not None:
        store.set_meta(ARTICLE_OUTLETS, meta.article_outlets)
