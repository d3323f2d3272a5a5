"""Export (json, jsonl, w3c, csv) and import-annotations: round trips, merging, hostile text."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from annotations import AnnotationStore
from annotations.exchange.export import Selection, export_json, export_text, text_hash
from annotations.exchange.importer import ImportFileError, import_files
from annotations.model.models import export_json_schema
from tests import w3c_musts
from tests.factories import HOSTILE_NOTE, make_tags
from tui.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(tmp_path, ru_article, us_article):
    path = tmp_path / "a.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        tags = s.add_many(make_tags(ru_article, us_article))
        s.update(tags[0].model_copy(update={"links": [tags[3].id]}))
    return path


def fresh_store(tmp_path, ru, us, name="b.db"):
    s = AnnotationStore(tmp_path / name)
    s.add_article(ru)
    s.add_article(us)
    return s


def strip_time(doc):
    doc = dict(doc)
    doc.pop("exported_at", None)
    doc.pop("tm:exportedAt", None)
    doc.pop("id", None) if doc.get("type") == "AnnotationCollection" else None
    if "first" in doc:
        doc["first"] = {k: v for k, v in doc["first"].items() if k != "id"}
    return doc


def test_json_export_shape_and_schema(filled, ru_article, us_article):
    with AnnotationStore(filled, readonly=True) as s:
        doc = export_json(s)
    jsonschema.Draft202012Validator(export_json_schema()).validate(doc)
    assert doc["format"] == "threadmark-export" and doc["version"] == 1
    meta = {"url": None, "authors": [], "published_at": None, "language": None}
    assert doc["articles"] == [
        {"id": ru_article.id, "title": ru_article.title, "source": None, **meta,
         "text_hash": text_hash(ru_article)},
        {"id": us_article.id, "title": us_article.title, "source": "Newsweek", **meta,
         "text_hash": text_hash(us_article)},
    ]
    kinds = [a["kind"] for a in doc["annotations"]]
    assert kinds == ["quote", "claim", "stance", "claim"]  # reading order per article
    q = doc["annotations"][0]
    assert q["anchor"]["exact"].startswith("Time will tell") and q["anchor"]["start"] == 324
    assert q["anchor"]["prefix"] == "g's reaction to Putin's words.\n\n"
    assert q["speaker"] == "Vladimir Putin" and q["labels"] == ["valdai", "alliance"]
    assert q["links"] == [doc["annotations"][3]["id"]]


def test_filters(filled, ru_article):
    with AnnotationStore(filled, readonly=True) as s:
        only = export_json(s, Selection(article_ids=[ru_article.id], kinds=["claim"]))
        assert [a["kind"] for a in only["annotations"]] == ["claim"]
        assert [a["id"] for a in only["articles"]] == [ru_article.id]
        bo = export_json(s, Selection(annotator="bo"))
        assert [a["holder"] for a in bo["annotations"]] == ["steelmaker"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "w3c"])
def test_round_trip(fmt, filled, tmp_path, ru_article, us_article):
    with AnnotationStore(filled, readonly=True) as s:
        first = export_text(s, fmt)
    f = tmp_path / f"export.{'jsonl' if fmt == 'jsonl' else 'json'}"
    f.write_text(first, encoding="utf-8")
    with fresh_store(tmp_path, ru_article, us_article) as s2:
        rep = import_files(s2, [f])
        assert (rep.added, rep.skipped, rep.conflicts, rep.rejected) == (4, 0, [], [])
        second = export_text(s2, fmt)
        again = import_files(s2, [f])  # importing twice changes nothing
        assert (again.added, again.skipped) == (0, 4)
    if fmt == "jsonl":
        assert second == first
    else:
        assert strip_time(json.loads(second)) == strip_time(json.loads(first))


def test_w3c_passes_the_w3c_must_assertions(filled):
    with AnnotationStore(filled, readonly=True) as s:
        doc = json.loads(export_text(s, "w3c"))
    assert w3c_musts.report(doc) == ["4 annotations, 0 failing"]


def test_the_vendored_w3c_suite_catches_a_broken_annotation(filled):
    """The MUST check is not vacuous: the vendored suite finds each break in one annotation."""
    with AnnotationStore(filled, readonly=True) as s:
        doc = json.loads(export_text(s, "w3c"))
    items = doc["first"]["items"]
    del items[0]["target"]
    items[1]["@context"] = "http://example.org/not-the-w3c-context"
    items[2]["bodyValue"] = "both body and bodyValue"
    lines = w3c_musts.report(doc)
    assert lines[-1] == "4 annotations, 3 failing"
    assert "fails annotations/3.1-targetKeyFound.json" in lines[0]
    assert "annotations/3.1-annotationContextValidated.json" in lines[1]
    assert "annotations/3.2.5-notBodyBodyValue.json" in lines[2]
    assert len(list(w3c_musts.validators())) == 54  # the suite's MUST files, every one read


def test_w3c_shape(filled):
    with AnnotationStore(filled, readonly=True) as s:
        doc = json.loads(export_text(s, "w3c"))
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 4
    a = doc["first"]["items"][1]
    assert a["id"].startswith("urn:uuid:") and a["type"] == "Annotation"
    assert a["body"][0] == {"type": "TextualBody", "purpose": "classifying", "value": "claim",
                            "format": "text/plain"}
    sel = {x["type"]: x for x in a["target"]["selector"]}
    assert sel["TextPositionSelector"] == {"type": "TextPositionSelector", "start": 2254,
                                           "end": 2278}
    assert sel["TextQuoteSelector"]["exact"] == "- the expert emphasized."
    assert a["target"]["source"].endswith("#body")
    assert doc["first"]["items"][2]["target"]["source"].endswith("#comment-4")
    assert a["tm:fields"]["claim_type"] == "opinion"


def test_csv_quotes_hostile_text(filled):
    with AnnotationStore(filled, readonly=True) as s:
        text = export_text(s, "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    assert header[:10] == ["id", "kind", "article_id", "article_title", "article_source",
                           "article_url", "part", "start", "end", "exact"]
    assert len(body) == 4 and all(len(r) == len(header) for r in body)
    rec = [dict(zip(header, r, strict=True)) for r in body]
    stance = rec[2]
    assert stance["note"] == HOSTILE_NOTE  # commas, quotes, newline, tab survive
    assert stance["exact"].startswith('"and he stressed') and "\n\nWhat a pathetic" in \
        stance["exact"]
    assert stance["who"] == "steelmaker" and stance["polarity"] == "against"
    assert rec[1]["exact"] == "'- the expert emphasized."  # formula-like cells defused
    assert rec[1]["note"] == "'=1+1"
    assert rec[0]["labels"] == "valdai; alliance"


def test_conflicts_keep_newer_and_report(filled, tmp_path, ru_article, us_article):
    with AnnotationStore(filled, readonly=True) as s:
        doc = export_json(s)
    q = doc["annotations"][0]
    older = {**q, "speaker": "Putin (old)", "updated": "2000-01-01T00:00:00Z"}
    newer_stance = {**doc["annotations"][2], "target": "the alliance"}
    # newer than the stored one, within the skew allowed (a date past now + 1 day is refused)
    newer = datetime.now(UTC) + timedelta(hours=1)
    newer_stance["updated"] = newer.strftime("%Y-%m-%dT%H:%M:%SZ")
    f = tmp_path / "c.json"
    f.write_text(json.dumps({**doc, "annotations": [older, newer_stance]}))
    with AnnotationStore(filled) as s:
        rep = import_files(s, [f])
        assert (rep.added, rep.skipped, len(rep.conflicts), rep.rejected) == (0, 0, 2, [])
        assert "kept the stored one" in rep.conflicts[0]
        assert "kept the incoming one" in rep.conflicts[1]
        assert s.get(q["id"]).speaker == "Vladimir Putin"
        assert s.get(newer_stance["id"]).target == "the alliance"
        assert s.undo().action == "import"
        assert s.get(newer_stance["id"]).target == "Russia-China military alliance"


def test_rejects_missing_article_and_bad_anchor(filled, tmp_path, ru_article, us_article):
    with AnnotationStore(filled, readonly=True) as s:
        doc = export_json(s)
    bad_anchor = json.loads(json.dumps(doc["annotations"][0]))
    bad_anchor["anchor"]["start"] += 1
    bad_anchor["anchor"]["end"] += 1
    f = tmp_path / "r.json"
    f.write_text(json.dumps({**doc, "annotations": [bad_anchor, *doc["annotations"][1:]]}))
    with AnnotationStore(tmp_path / "only-ru.db") as s:
        s.add_article(ru_article)
        rep = import_files(s, [f])
        assert rep.added == 2
        assert len(rep.rejected) == 2
        assert "differs from the text at 325-500" in rep.rejected[0]
        assert f"article {us_article.id} is not in the store" in rep.rejected[1]


def test_bad_file_writes_nothing(filled, tmp_path, ru_article, us_article):
    with AnnotationStore(filled, readonly=True) as s:
        good = tmp_path / "good.jsonl"
        good.write_text(export_text(s, "jsonl"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n{oops\n')
    with fresh_store(tmp_path, ru_article, us_article) as s2:
        with pytest.raises(ImportFileError, match="bad.jsonl: line 2: invalid JSON"):
            import_files(s2, [good, bad])
        assert len(s2) == 0


def test_cli_export_and_import(filled, tmp_path, capsys, ru_article, us_article):
    out = tmp_path / "e.json"
    assert main(["export", "--store", str(filled), "--format", "w3c", "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    with fresh_store(tmp_path, ru_article, us_article, "c.db"):
        pass
    assert main(["import-annotations", "--store", str(tmp_path / "c.db"), str(out)]) == 0
    assert capsys.readouterr().out.strip() == "added 4, skipped 0, conflicts 0, rejected 0"
    assert main(["export", "--store", str(tmp_path / "c.db"), "--kind", "stance",
                 "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["holder"] == "steelmaker"
    bad = tmp_path / "x.json"
    bad.write_text("[1")
    assert main(["import-annotations", "--store", str(tmp_path / "c.db"), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "invalid JSON" in err and "nothing imported" in err and err.count("\n") == 1
    assert main(["export", "--store", str(tmp_path / "none.db")]) == 2
    assert "no such store" in capsys.readouterr().err


def test_an_import_dated_in_the_future_is_rejected(filled, tmp_path):
    with AnnotationStore(filled, readonly=True) as s:
        doc = export_json(s)
    ahead = {**doc["annotations"][0], "speaker": "rewritten", "updated": "2099-01-01T00:00:00Z"}
    f = tmp_path / "f.json"
    f.write_text(json.dumps({**doc, "annotations": [ahead]}))
    with AnnotationStore(filled) as s:
        rep = import_files(s, [f])
        assert rep.rejected == [f"{f}: tag {ahead['id']}: updated 2099-01-01T00:00:00+00:00 "
                                "is in the future"]
        assert s.get(ahead["id"]).speaker == "Vladimir Putin"


def test_csv_header_from_the_kinds_declaration() -> None:
    """The CSV's columns (derived from ``kind_table``) are the ones spreadsheets know."""
    from annotations.exchange.export import CSV_COLUMNS
    assert CSV_COLUMNS == (
        "id", "kind", "article_id", "article_title", "article_source", "article_url", "part",
        "start", "end", "exact",
        "who", "speaker_role", "cue", "mode", "target", "polarity", "intensity", "claim_type",
        "checkworthy", "verdict", "evidence", "note", "labels", "links", "annotator",
        "created", "updated")
