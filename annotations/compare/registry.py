"""Stories (named sets of articles) and outlets (a source's country, language and group),
kept in the store as two settings records (``meta``: ``stories`` and ``outlets``).

Both records come from the store file, which a teammate's sync may have written: every entry
is validated when read; a bad one is left out and named in ``problems``, never crashed on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from annotations.team.sync_rules import parse_time
from annotations.util.clock import now_utc

from ..errors import ThreadmarkError

STORIES, OUTLETS, ARTICLE_OUTLETS = "stories", "outlets", "article_outlets"
#: outlet name -> when the analyst last set it (apart from ``outlets``, whose records an
#: earlier threadmark reads with exactly three fields)
OUTLET_STAMPS = "outlet_stamps"
ID_RE = _ID_RE = re.compile(r"^[0-9a-f]{16}$")
#: Longest story, outlet, country, language or group name kept.
NAME_MAX = 200
#: Most articles one story holds.
STORY_MAX = 10_000


class RegistryError(ThreadmarkError):
    """A story or outlet request that cannot be carried out (one line)."""


@dataclass(frozen=True)
class Outlet:
    """What the analyst says of one source: its country, language and group."""

    name: str
    country: str | None = None
    language: str | None = None
    group: str | None = None
    #: when the analyst last set it (ISO 8601; a sync keeps the newest record of an outlet)
    updated: str | None = field(default=None, compare=False)

    def as_json(self) -> dict[str, Any]:
        """The record as stored (its time is kept apart, in ``outlet_stamps``)."""
        return {"country": self.country, "language": self.language, "group": self.group}


@dataclass
class Registry:
    """The stories and outlets of one store, and what was wrong with their records."""

    stories: dict[str, list[str]] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    #: article id -> the outlet the analyst says it is from (over the article's ``source``)
    article_outlets: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def outlet(self, source: str | None) -> Outlet:
        """The outlet of a source (an empty one for a source nobody described)."""
        name = source or ""
        return self.outlets.get(name) or Outlet(name)

    def outlet_of(self, article_id: str, source: str | None) -> Outlet:
        """An article's outlet: the one the analyst assigned it to, else its ``source``'s."""
        return self.outlet(self.article_outlets.get(article_id, source))


def clean_name(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise RegistryError(f"{what}: not text")
    text = " ".join(value.split())
    if not text:
        raise RegistryError(f"{what}: empty")
    if len(text) > NAME_MAX:
        raise RegistryError(f"{what}: longer than {NAME_MAX} characters")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text):
        raise RegistryError(f"{what}: holds control characters")
    return text


def _optional(value: Any, what: str) -> str | None:
    return None if value is None or value == "" else clean_name(value, what)


def outlet_record(name: str, rec: Any) -> Outlet:
    """The outlet ``name`` from its stored record; ``RegistryError`` if it is not one."""
    if not isinstance(rec, dict) or set(rec) - {"country", "language", "group", "updated"}:
        raise RegistryError(f"outlet {name[:40]!r}: not an outlet record")
    updated = rec.get("updated")
    if updated is not None and parse_time(updated) is None:
        raise RegistryError(f"outlet {name[:40]!r}: updated is not an ISO 8601 time")
    return Outlet(name, _optional(rec.get("country"), "country"),
                  _optional(rec.get("language"), "language"), _optional(rec.get("group"), "group"),
                  updated)


def _record(store: Any, key: str, reg: Registry) -> dict[Any, Any]:
    raw = store.meta(key)
    if raw is not None and not isinstance(raw, dict):
        reg.problems.append(f"{key}: not an object (ignored)")
        return {}
    return raw or {}


def read(store: Any) -> Registry:
    """Stories and outlets from the store (bad entries skipped, listed in ``problems``)."""
    reg = Registry()
    for name, ids in _record(store, STORIES, reg).items():
        try:
            clean = clean_name(name, "story name")
            if not isinstance(ids, list) or len(ids) > STORY_MAX:
                raise RegistryError(f"story {clean[:40]!r}: not a list of article ids")
            bad = next((i for i in ids if not isinstance(i, str) or not _ID_RE.match(i)), None)
            if bad is not None:
                raise RegistryError(f"story {clean[:40]!r}: {str(bad)[:40]!r} is not an "
                                    "article id")
        except RegistryError as e:
            reg.problems.append(str(e))
            continue
        reg.stories[clean] = list(dict.fromkeys(ids))
    for name, rec in _record(store, OUTLETS, reg).items():
        try:
            clean = clean_name(name, "outlet name")
            reg.outlets[clean] = outlet_record(clean, rec)
        except RegistryError as e:
            reg.problems.append(str(e))
    for name, stamp in _record(store, OUTLET_STAMPS, reg).items():
        if name in reg.outlets and parse_time(stamp) is not None:
            reg.outlets[name] = replace(reg.outlets[name], updated=stamp)
        elif name in reg.outlets:
            reg.problems.append(f"outlet {name[:40]!r}: its time is not an ISO 8601 time")
    for aid, name in _record(store, ARTICLE_OUTLETS, reg).items():
        try:
            if not isinstance(aid, str) or not _ID_RE.match(aid):
                raise RegistryError(f"article_outlets: {str(aid)[:40]!r} is not an article id")
            reg.article_outlets[aid] = clean_name(name, f"outlet of {aid}")
        except RegistryError as e:
            reg.problems.append(str(e))
    return reg


def _write_stories(store: Any, stories: dict[str, list[str]]) -> None:
    store.set_meta(STORIES, {k: v for k, v in sorted(stories.items())})


def add_to_story(store: Any, name: str, article_ids: list[str]) -> list[str]:
    """Add articles (ids the store holds) to a story, creating it; returns its members."""
    clean = clean_name(name, "story name")
    known = set(store.article_ids(include_superseded=True))
    for aid in article_ids:
        if not _ID_RE.match(aid) or aid not in known:
            raise RegistryError(f"{store.path}: no article {aid[:40]}")
    reg = read(store)
    members = list(dict.fromkeys([*reg.stories.get(clean, []), *article_ids]))
    if len(members) > STORY_MAX:
        raise RegistryError(f"story {clean[:40]!r}: more than {STORY_MAX} articles")
    reg.stories[clean] = members
    _write_stories(store, reg.stories)
    return members


def remove_story(store: Any, name: str, article_ids: list[str] | None = None) -> None:
    """Remove a story, or only some of its articles (the articles stay in the store)."""
    clean = clean_name(name, "story name")
    reg = read(store)
    if clean not in reg.stories:
        raise RegistryError(f"no story {clean[:40]!r}")
    if article_ids:
        reg.stories[clean] = [a for a in reg.stories[clean] if a not in set(article_ids)]
    else:
        del reg.stories[clean]
    _write_stories(store, reg.stories)


def set_outlet(store: Any, name: str, country: str | None = None, language: str | None = None,
               group: str | None = None, articles: list[str] | None = None) -> Outlet:
    """Set what is known of an outlet (fields not given keep their value; "" clears one);
    ``articles``: ids of articles from this outlet (their ``source`` is missing or wrong)."""
    clean = clean_name(name, "outlet name")
    reg = read(store)
    if articles:
        known = set(store.article_ids(include_superseded=True))
        for aid in articles:
            if aid not in known:
                raise RegistryError(f"{store.path}: no article {aid[:40]}")
            reg.article_outlets[aid] = clean
        store.set_meta(ARTICLE_OUTLETS, dict(sorted(reg.article_outlets.items())))
    old = reg.outlets.get(clean, Outlet(clean))

    def pick(new: str | None, was: str | None, what: str) -> str | None:
        return was if new is None else _optional(new, what)

    out = Outlet(clean, pick(country, old.country, "country"),
                 pick(language, old.language, "language"), pick(group, old.group, "group"),
                 now_utc().isoformat())
    reg.outlets[clean] = out
    write_outlets(store, reg.outlets)
    return out


def write_outlets(store: Any, outlets: dict[str, Outlet]) -> None:
    """Store the outlets' records and their times."""
    store.set_meta(OUTLETS, {k: v.as_json() for k, v in sorted(outlets.items())})
    store.set_meta(OUTLET_STAMPS, {k: v.updated for k, v in sorted(outlets.items())
                                   if v.updated is not None})
