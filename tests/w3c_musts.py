"""Check W3C Web Annotation JSON against the MUST assertions of the W3C test suite.

The suite is vendored, unmodified, in ``tests/fixtures/w3c-web-annotation-tests`` (its
``license.md``: W3C's dual test-suite licence); this checker is the team's
``shared/tools/validate_w3c.py`` pointed at that copy, so the conformance test runs in every
clone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parent / "fixtures" / "w3c-web-annotation-tests"


def validators() -> Iterator[tuple[str, str, Draft4Validator]]:
    """(assertion file, expected result, validator) of every MUST assertion of the suite."""
    registry: Registry = Registry().with_resources(
        (p.name, DRAFT4.create_resource(json.loads(p.read_text())))
        for p in (SUITE / "definitions").glob("*.json"))
    musts = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text())
    for rel in musts["assertions"]:
        if not isinstance(rel, str):
            continue
        schema = json.loads((SUITE / rel).read_text())
        reg = registry.with_resource(schema["id"], DRAFT4.create_resource(schema))
        yield rel, schema.get("expectedResult", "valid"), Draft4Validator(schema, registry=reg)


def annotations_in(doc: Any) -> list[Any]:
    """The annotations of a document (one, a list, or a collection's first page)."""
    if isinstance(doc, list):
        return doc
    if doc.get("type") in ("AnnotationCollection", "AnnotationPage"):
        return doc.get("items") or (doc.get("first") or {}).get("items") or []
    return [doc]


def report(doc: Any) -> list[str]:
    """One line per failing annotation, then ``N annotations, M failing``."""
    annos = annotations_in(doc)
    checks = list(validators())
    lines = []
    for i, anno in enumerate(annos):
        bad = [rel for rel, expected, v in checks if v.is_valid(anno) != (expected == "valid")]
        if bad:
            ident = anno.get("id", "?") if isinstance(anno, dict) else "?"
            lines.append(f"annotation {i} ({ident}): fails {', '.join(bad)}")
    lines.append(f"{len(annos)} annotations, {len(lines)} failing")
    return lines
