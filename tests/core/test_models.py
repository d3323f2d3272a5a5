"""Annotation models: good records, each kind of bad one, round-trips and the JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import ValidationError

from annotations import Anchor, Claim, Quote, Stance
from annotations.model.models import annotation_json_schema, parse_tag

PUTIN = (324, 499)


def quote(article, **kw):
    return Quote(anchor=Anchor.for_span(article, "body", *PUTIN), speaker="Vladimir Putin",
                 annotator="ana", **kw)


def test_anchor_for_span_fills_context(ru_article):
    a = Anchor.for_span(ru_article, "body", *PUTIN)
    assert a.exact.startswith("Time will tell") and a.exact.endswith("So let's see")
    assert a.prefix == "g's reaction to Putin's words.\n\n" and len(a.prefix) == 32
    assert a.suffix == "\n\n- said the Russian president.\n"
    c = Anchor.for_span(ru_article, "4.2", 0, 42)
    assert c.exact == "Found someone to offer a military alliance" and c.prefix == ""
    assert c.suffix == "\n\nJust to blurt out something?)\n\n"[:32]


@pytest.mark.parametrize(
    ("part", "start", "end", "message"),
    [("body", 10, 5, "out of range"), ("body", 0, 99_999, "out of range"),
     ("9.9", 0, 3, "no part '9.9'"), ("title", 0, 3, "no part")],
)
def test_anchor_for_span_refuses(ru_article, part, start, end, message):
    with pytest.raises(ValueError, match=message):
        Anchor.for_span(ru_article, part, start, end)


def test_roundtrip_each_kind(ru_article):
    tags = [
        quote(ru_article, cue="said", mode="direct", labels=["valdai"]),
        Stance(anchor=Anchor.for_span(ru_article, "4", 65, 84), holder="steelmaker",
               target="Russia-China military alliance", polarity="against", intensity=3,
               annotator="ana"),
        Claim(anchor=Anchor.for_span(ru_article, "body", 1266, 1380), claimant="Li Lifan",
              claim_type="prediction", annotator="bo", verdict="unverifiable"),
    ]
    for t in tags:
        again = parse_tag(json.loads(t.model_dump_json()))
        assert again == t and type(again) is type(t)


def errors(exc: ValidationError) -> list[tuple[str, str]]:
    return [(".".join(map(str, e["loc"])), e["msg"]) for e in exc.errors()]


def test_refuses_exact_that_differs(ru_article):
    data = json.loads(quote(ru_article).model_dump_json())
    data["anchor"]["exact"] = "X" + data["anchor"]["exact"][1:]
    parse_tag(data)  # without the article, only the shape is checked
    with pytest.raises(ValidationError) as ei:
        parse_tag(data, article=ru_article)
    (loc, msg), = errors(ei.value)
    assert loc == "quote.anchor" and "differs from the text at 324-499" in msg


def test_refuses_offsets_out_of_range_with_article(ru_article):
    data = json.loads(quote(ru_article).model_dump_json())
    n = len(ru_article.body)
    data["anchor"].update(start=n - 2, end=n + 3, exact="abcde")
    with pytest.raises(ValidationError, match=f"out of range for body \\({n} characters\\)"):
        parse_tag(data, article=ru_article)


@pytest.mark.parametrize(
    ("change", "loc", "msg"),
    [
        ({"speaker": "   "}, "quote.speaker", "at least 1 character"),
        ({"annotator": ""}, "quote.annotator", "at least 1 character"),
        ({"colour": "red"}, "quote.colour", "Extra inputs are not permitted"),
        ({"mode": "shouted"}, "quote.mode", "Input should be 'direct', 'indirect' or 'mixed'"),
        ({"kind": "rumour"}, "", "does not match any of the expected tags"),
        ({"id": "not-a-uuid"}, "quote.id", "Input should be a valid UUID"),
    ],
)
def test_refuses_bad_fields(ru_article, change, loc, msg):
    data = {**json.loads(quote(ru_article).model_dump_json()), **change}
    with pytest.raises(ValidationError) as ei:
        parse_tag(data)
    got = errors(ei.value)
    assert any(gl == loc and msg in gm for gl, gm in got), got


def test_anchor_shape_checks():
    base = {"article_id": "a" * 16, "part": "body", "start": 3, "end": 3, "exact": "x"}
    with pytest.raises(ValidationError, match="end \\(3\\) must be greater than start"):
        Anchor(**base)
    with pytest.raises(ValidationError, match="exact has 1 characters but the span 3-5 has 2"):
        Anchor(**{**base, "end": 5})
    with pytest.raises(ValidationError, match='must be "body" or a comment id'):
        Anchor(**{**base, "end": 4, "part": "head"})


def test_stance_requires_target_and_polarity(ru_article):
    a = Anchor.for_span(ru_article, "1", 0, 10)
    with pytest.raises(ValidationError) as ei:
        Stance(anchor=a, holder="x", annotator="ana")
    assert {loc for loc, _ in errors(ei.value)} == {"target", "polarity"}
    with pytest.raises(ValidationError, match="less than or equal to 3"):
        Stance(anchor=a, holder="x", target="t", polarity="favor", intensity=4, annotator="a")


def test_stance_holder_defaults_to_comment_author(ru_article):
    a = Anchor.for_span(ru_article, "3.1", 0, 4)
    s = Stance.model_validate(
        {"anchor": a, "target": "t", "polarity": "neutral", "annotator": "ana"},
        context={"article": ru_article},
    )
    assert s.holder == "Nanetta5"
    with pytest.raises(ValidationError, match="holder"):
        Stance.model_validate({"anchor": Anchor.for_span(ru_article, "body", 0, 4),
                               "target": "t", "polarity": "neutral", "annotator": "ana"},
                              context={"article": ru_article})


def test_json_schema_validates_and_refuses(ru_article):
    schema = annotation_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    good = json.loads(quote(ru_article).model_dump_json())
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "kind": "rumour"}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "extra": 1}, schema)


def test_shipped_schema_file_is_current(capsys):
    from pathlib import Path

    from tui.cli import main

    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    shipped = (Path(__file__).resolve().parents[2] / "annotations" / "exchange"
               / "annotation.schema.json")
    assert printed == json.loads(shipped.read_text(encoding="utf-8")) == annotation_json_schema()
    assert set(printed["discriminator"]["mapping"]) == {"quote", "stance", "claim"}
