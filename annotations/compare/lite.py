"""Tags as the comparison reads them: straight from the stored records, without pydantic
(``store.stored_docs``: every record was validated when it was written, and each journal line
carries a checksum). 20,000 validations would cost the comparison most of its second; these
are plain objects with the fields the figures read. A record of the wrong shape is skipped
and named (``lite_tags``' problems)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from annotations.model.kind_table import KINDS as KIND_DECLS


@dataclass(slots=True)
class LiteAnchor:
    """Where a tag sits (``models.Anchor``'s fields the figures read; not frozen: a frozen
    dataclass's ``__init__`` costs twice as much, 20,000 times)."""

    article_id: str
    part: str
    start: int
    end: int
    exact: str


#: every kind's own fields, in the kinds' order
_DECLARED = tuple(f.name for d in KIND_DECLS for f in d.fields)


@dataclass(slots=True)
class LiteTag:
    """One tag's fields (every kind's; those of other kinds stay at their defaults)."""

    id: str
    kind: str
    anchor: LiteAnchor
    annotator: str
    labels: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    speaker: str = ""
    speaker_role: str | None = None
    mode: str = "direct"
    holder: str = ""
    target: str = ""
    polarity: str = "neutral"
    claimant: str | None = None
    claim_type: str = "factual"
    checkworthy: str = "check-worthy"
    verdict: str = "unverified"

    @property
    def sid(self) -> str:
        return self.id


#: The kinds' own fields that ``LiteTag`` holds, with its defaults, in ``LiteTag``'s order
#: (which follows ``kind_table``'s: a test checks)
_OWN_FIELDS = tuple((f.name, f.default) for f in fields(LiteTag) if f.name in _DECLARED)
_DEFAULTS = tuple(d for _k, d in _OWN_FIELDS)
#: kind -> (place among the own fields, name) of the fields a record of that kind holds
_KIND_FIELDS = {
    d.kind: tuple((k, name) for k, (name, _d) in enumerate(_OWN_FIELDS) if name in d.names)
    for d in KIND_DECLS}


def lite_tag(doc: dict[str, Any]) -> LiteTag:
    """The tag of a stored record; ``ValueError`` when it is not of a tag's shape."""
    try:
        a = doc["anchor"]
        kind = doc["kind"]
        own: list[Any] = list(_DEFAULTS)
        get = doc.get
        for k, name in _KIND_FIELDS[kind]:
            v = get(name, own[k])
            if v is not None and not isinstance(v, str):
                raise ValueError(f"{name} is not text")
            own[k] = v
        anchor = LiteAnchor(str(a["article_id"]), str(a["part"]), int(a["start"]),
                            int(a["end"]), str(a["exact"]))
        labels, links = get("labels"), get("links")
        return LiteTag(str(doc["id"]), kind, anchor, str(doc["annotator"]),
                       [str(x) for x in labels] if labels else [],
                       [str(x) for x in links] if links else [], *own)
    except (KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"not a tag record ({e})") from None


def lite_tags(store: Any, article_id: str, problems: list[str]) -> list[LiteTag]:
    """One article's tags in reading order (bad records named in ``problems``)."""
    out = []
    for doc in store.stored_docs(article_id):
        try:
            out.append(lite_tag(doc))
        except ValueError as e:
            problems.append(f"tag {str(doc.get('id'))[:40]}: {e} (left out)")
    return out
