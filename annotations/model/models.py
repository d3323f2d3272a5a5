"""Tag models: anchors, and the three kinds of tag (quote, stance, claim).

Validation refuses offsets out of range, ``exact`` text that differs from the text at the
offsets (when the article is known: pass ``context={"article": article}`` or
``context={"texts": fn(article_id, part) -> str | None}``), empty required fields, unknown
fields and unknown kinds. Error messages name the field and say why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal
from uuid import UUID, uuid4

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationInfo,
    field_validator,
    model_validator,
)

from annotations.util.clock import now_utc

if TYPE_CHECKING:
    from annotations.model.article import Article

__all__ = ["now_utc"]  # re-exported for callers that import it from here

#: Characters of context kept each side of a tagged span.
CONTEXT_CHARS = 32

Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Optional_ = Annotated[str, StringConstraints(strip_whitespace=True)] | None

_PART_RE = re.compile(r"^(body|\d+(\.\d+)*|n[1-9]\d*)$")
_ARTICLE_ID_RE = re.compile(r"^[0-9a-f]{16}$")


def check_article_id(value: str) -> str:
    """``value`` if it is an article id (16 lowercase hex digits: a hash of the text), else
    ``ValueError`` (an id also names files: nothing else may pass)."""
    if not isinstance(value, str) or not _ARTICLE_ID_RE.match(value):
        raise ValueError("an article id is 16 lowercase hex digits")
    return value

TextLookup = Callable[[str, str], "str | None"]


def _text_lookup(info: ValidationInfo) -> TextLookup | None:
    ctx = info.context
    if not ctx:
        return None
    if "texts" in ctx:
        return ctx["texts"]
    article = ctx.get("article")
    if article is not None:
        return lambda aid, part: article.part_text(part) if aid == article.id else None
    return None


class Anchor(BaseModel):
    """Where a tag sits: a span of the article body or of one comment's text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    article_id: Required
    part: str = Field(description='"body", or a comment id such as "1.2.1"')
    start: int = Field(ge=0, description="code-point offset of the first tagged character")
    end: int = Field(ge=0, description="code-point offset just past the last one")
    exact: str = Field(min_length=1, description="the tagged text: text[start:end]")
    prefix: str = Field("", description=f"up to {CONTEXT_CHARS} characters before the span")
    suffix: str = Field("", description=f"up to {CONTEXT_CHARS} characters after the span")

    @field_validator("article_id")
    @classmethod
    def _article_id_form(cls, v: str) -> str:
        return check_article_id(v)

    @field_validator("part")
    @classmethod
    def _part_form(cls, v: str) -> str:
        if not _PART_RE.match(v):
            raise ValueError('must be "body" or a comment id like "1.2.1" or "n4021"')
        return v

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Anchor:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        if len(self.exact) != self.end - self.start:
            raise ValueError(
                f"exact has {len(self.exact)} characters but the span "
                f"{self.start}-{self.end} has {self.end - self.start}"
            )
        lookup = _text_lookup(info)
        if lookup is not None:
            text = lookup(self.article_id, self.part)
            if text is None:
                raise ValueError(f"article {self.article_id} has no part {self.part!r}")
            check_span(text, self.part, self.start, self.end, self.exact)
        return self

    @classmethod
    def for_span(cls, article: Article, part: str, start: int, end: int) -> Anchor:
        """An anchor on ``article``'s ``part`` from ``start`` to ``end``, context filled in."""
        text = article.part_text(part)
        if text is None:
            raise ValueError(f"article {article.id} has no part {part!r}")
        check_span(text, part, start, end)
        return cls(
            article_id=article.id,
            part=part,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
        )


def check_span(text: str, part: str, start: int, end: int, exact: str | None = None) -> None:
    """Raise ``ValueError`` unless ``start:end`` lies in ``text`` (and equals ``exact``)."""
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"offsets {start}-{end} out of range for {part} ({len(text)} characters)"
        )
    if exact is not None and text[start:end] != exact:
        raise ValueError(
            f"exact {exact[:40]!r} differs from the text at {start}-{end}: "
            f"{text[start:end][:40]!r}"
        )


class TagBase(BaseModel):
    """Fields common to every kind of tag."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: UUID = Field(default_factory=uuid4)
    anchor: Anchor
    annotator: Required
    # times carry their zone: comparing a naive with an aware time (newer wins) is undefined
    created: AwareDatetime = Field(default_factory=now_utc)
    updated: AwareDatetime = Field(default_factory=now_utc)
    note: str = ""
    labels: list[Required] = Field(default_factory=list, description="free tags")
    links: list[UUID] = Field(default_factory=list, description="ids of related tags")

    @property
    def sid(self) -> str:
        """The id as a string."""
        return str(self.id)


class Quote(TagBase):
    """Who said what: a direct, indirect or mixed quotation."""

    kind: Literal["quote"] = "quote"
    speaker: Required
    speaker_role: Optional_ = None
    cue: Optional_ = Field(None, description='the reporting verb or dash: "said", "-"')
    mode: Literal["direct", "indirect", "mixed"] = "direct"


class Stance(TagBase):
    """Who is for or against what (the SemEval-2016 Task 6 polarities)."""

    kind: Literal["stance"] = "stance"
    holder: Required
    target: Required
    polarity: Literal["favor", "against", "neutral"]
    intensity: int | None = Field(None, ge=1, le=3)

    @model_validator(mode="before")
    @classmethod
    def _default_holder(cls, data: Any, info: ValidationInfo) -> Any:
        """On a comment, the holder defaults to the comment's author (needs the article)."""
        if isinstance(data, dict) and not data.get("holder") and info.context:
            article = info.context.get("article")
            anchor = data.get("anchor")
            part = anchor.part if isinstance(anchor, Anchor) else (anchor or {}).get("part")
            if article is not None and part and part != "body":
                c = article.comment(part)
                if c is not None:
                    data = {**data, "holder": c.author}
        return data


class Claim(TagBase):
    """A check-worthy statement (ClaimBuster classes) and its verdict."""

    kind: Literal["claim"] = "claim"
    claimant: Optional_ = None
    claim_type: Literal["factual", "statistical", "causal", "prediction", "opinion"] = "factual"
    checkworthy: Literal["check-worthy", "unimportant", "not-factual"] = "check-worthy"
    verdict: Literal["unverified", "true", "false", "misleading", "unverifiable"] = "unverified"
    evidence: str = ""


Tag = Annotated[Quote | Stance | Claim, Field(discriminator="kind")]
KINDS: tuple[str, ...] = ("quote", "stance", "claim")

tag_adapter: TypeAdapter[Quote | Stance | Claim] = TypeAdapter(Tag)
tag_list_adapter: TypeAdapter[list[Quote | Stance | Claim]] = TypeAdapter(list[Tag])


def parse_tag(data: Any, **context: Any) -> Quote | Stance | Claim:
    """Validate one tag record (a dict) into its model; raises ``ValidationError``."""
    return tag_adapter.validate_python(data, context=context or None)


def annotation_json_schema() -> dict[str, Any]:
    """The JSON Schema of one tag (the discriminated union), as ``threadmark schema`` prints."""
    schema = tag_adapter.json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "threadmark annotation"
    return schema


def export_json_schema() -> dict[str, Any]:
    """The JSON Schema of the ``json`` export document (``threadmark schema --export``)."""
    tag = annotation_json_schema()
    defs = tag.pop("$defs", {})
    tag.pop("$schema", None)
    defs["Annotation"] = tag
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "threadmark export",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "exported_at", "articles", "annotations"],
        "properties": {
            "format": {"const": "threadmark-export"},
            "version": {"const": 1},
            "exported_at": {"type": "string", "format": "date-time"},
            "articles": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["id", "title", "source", "text_hash"],
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "source": {"type": ["string", "null"]},
                        "url": {"type": ["string", "null"]},
                        "authors": {"type": "array", "items": {"type": "string"}},
                        "published_at": {"type": ["string", "null"]},
                        "language": {"type": ["string", "null"]},
                        "text_hash": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"},
                        "document": {
                            "type": "object",
                            "description": "with --with-articles: the whole article in the "
                            "inspect --json shape (nested replies, comment ids), so an import "
                            "into an empty store restores it (earlier exports' flat comments "
                            "with their depth still import)",
                        },
                    },
                },
            },
            "annotations": {"type": "array", "items": {"$ref": "#/$defs/Annotation"}},
        },
        "$defs": defs,
    }
