"""Hostile and broken input: terminal-safe JSON, zone-less times, W3C pages, binary data,
spreadsheet formulas, article JSON with duplicate comment ids (#14 items 7, 11-14)."""

from __future__ import annotations

import csv
import io
import json
import os
import random

import pytest

from annotations import Anchor, AnnotationStore, Quote
from annotations.errors import InputError
from annotations.exchange.export import _cell, export_text
from annotations.exchange.importer import ImportFileError, import_files
from annotations.sources.loader import load_article
from tests.conftest import RU_SEED
from tui.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- 7 ------------------------------------------------------------------------------------------


def test_inspect_json_escapes_c1_and_bidi_controls(tmp_path, capsys):
    p = tmp_path / "a.txt"
    title = "Title \u009b31m with \u202egnirts\u202c and \u2066iso\u2069 and DEL\x7f"
    p.write_text(f"{title}\n\nBody \u009b2J here.\n", encoding="utf-8")
    code, out, _ = run(capsys, "inspect", "--json", str(p))
    assert code == 0
    for raw in ("\u009b", "\u202e", "\u202c", "\u2066", "\u2069", "\x7f"):
        assert raw not in out
    assert "\\u009b" in out and "\\u202e" in out and "\\u007f" in out
    assert json.loads(out)["title"] == title  # the same value, only escaped


def test_json_export_to_stdout_escapes_too(tmp_path, capsys, ru_article):
    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add(Quote(anchor=Anchor.for_span(ru_article, "body", 324, 499), annotator="a",
                    speaker="Evil\u009b\u202e", note="\u2028x"))
    code, out, _ = run(capsys, "export", "--store", str(store), "--format", "jsonl")
    assert code == 0 and "\u009b" not in out and "\u202e" not in out and "\u2028" not in out
    assert json.loads(out)["speaker"] == "Evil\u009b\u202e"


# -- 11 -----------------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path, ru_article):
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        yield s


def _tag(ru_article, **over):
    doc = Quote(anchor=Anchor.for_span(ru_article, "body", 324, 499), annotator="a",
                speaker="Vladimir Putin").model_dump(mode="json")
    return {**doc, **over}


def test_updated_without_time_zone_is_rejected_one_line(store, ru_article, tmp_path):
    good = _tag(ru_article)
    stored = store.add(good)
    naive = {**good, "note": "edited", "updated": "2030-01-01T10:00:00"}
    f = tmp_path / "e.jsonl"
    f.write_text(json.dumps(naive) + "\n")
    rep = import_files(store, [f])
    assert (rep.added, rep.skipped, rep.conflicts) == (0, 0, [])
    assert rep.rejected == [f"{f}: tag {good['id']}: updated: "
                            "Input should have timezone info"]
    assert store.get(stored.id).note == ""


@pytest.mark.parametrize(("first", "message"), [
    ("https://example.org/page1", "the collection's first page is a link"),
    ({"type": "AnnotationPage", "items": "x"}, "malformed AnnotationPage"),
    ([1, 2], "malformed AnnotationPage"),
    ({"type": "AnnotationPage", "items": [], "next": "https://example.org/p2"},
     "continues on further pages"),
])
def test_w3c_collection_with_a_page_elsewhere_writes_nothing(store, tmp_path, capsys, first,
                                                              message):
    f = tmp_path / "c.jsonld"
    f.write_text(json.dumps({"type": "AnnotationCollection", "total": 3, "first": first}))
    with pytest.raises(ImportFileError, match=message):
        import_files(store, [f])
    assert len(store) == 0
    store.close()
    code, _, err = run(capsys, "import-annotations", "--store", str(store.path), str(f))
    assert code == 2 and err.count("\n") == 1 and message in err


# -- 12 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [64, 300, 4096, 100_000])
def test_random_bytes_are_not_an_article(tmp_path, size):
    rng = random.Random(size)
    for n in range(20):
        p = tmp_path / f"r{n}.txt"
        p.write_bytes(bytes(rng.randrange(256) for _ in range(size)))
        with pytest.raises(InputError, match=r"(binary file|not text)") as ei:
            load_article(p)
        assert str(ei.value).startswith(f"{p}: ") and "\n" not in str(ei.value)


def test_real_windows_1251_text_is_still_read(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("Заголовок статьи\n\nТекст статьи о переговорах, который читают.\n"
                  .encode("cp1251"))
    loaded = load_article(p)
    assert loaded.article.title == "Заголовок статьи" and "decoded as cp1251" in loaded.warnings[0]


def test_nul_late_in_a_file_and_undefined_cp1251_byte(tmp_path):
    p = tmp_path / "late.txt"
    p.write_bytes(b"Title\n\n" + b"body text " * 2000 + b"\x00")
    with pytest.raises(InputError, match="NUL byte at offset 20007"):
        load_article(p)
    p.write_bytes("Заголовок\n\nТекст статьи".encode("cp1251") + b"\x98")
    with pytest.raises(InputError, match="byte 0x98 at offset 23 is not cp1251 either"):
        load_article(p)


# -- 13 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [
    "=1+1", " =1+1", "\t=1", "  +SUM(A1)", "\n-1", "@cmd", "\ufeff=HYPERLINK()",
    "\u200b=1", "\u2060+1", "＝1+1", "＋1", "－1", "＠x", " \u200b ＝x", "\tplain", "\rx",
])
def test_csv_defuses_formula_starts(value):
    assert _cell(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", " plain", "a=b", "1-2", "", "email@x"])
def test_csv_leaves_ordinary_cells(value):
    assert _cell(value) == value


def test_csv_export_of_a_disguised_formula(store, ru_article):
    store.add(_tag(ru_article, note="\ufeff =HYPERLINK(\"http://x\")", speaker=" ＠evil"))
    rows = list(csv.DictReader(io.StringIO(export_text(store, "csv"))))
    assert rows[0]["note"] == "'\ufeff =HYPERLINK(\"http://x\")"
    assert rows[0]["who"] == "'＠evil"  # the speaker is stripped of its leading space


# -- 14 -----------------------------------------------------------------------------------------


def _article_json(tmp_path, ru_article, mutate):
    from annotations.model.serialize import article_to_dict

    d = article_to_dict(ru_article)
    mutate(d)
    p = tmp_path / "a.json"
    p.write_text(json.dumps(d))
    return p


def test_article_json_with_duplicate_comment_ids_is_refused(tmp_path, ru_article, capsys):
    def dup(d):
        d["comments"][1]["id"] = "1"

    p = _article_json(tmp_path, ru_article, dup)
    code, _, err = run(capsys, "inspect", str(p))
    assert code == 2 and err == (f"threadmark: {p}: not an article: comments[2]: duplicate "
                                 "comment id '1'\n")


def test_article_json_with_ids_out_of_place_is_refused(tmp_path, ru_article):
    def skip(d):
        d["comments"][0]["replies"][0]["id"] = "1.5"

    with pytest.raises(InputError, match=r"id '1.5' where '1.1' was expected"):
        load_article(_article_json(tmp_path, ru_article, skip))


def test_article_json_round_trip_keeps_id(tmp_path, ru_article, capsys):
    p = _article_json(tmp_path, ru_article, lambda d: None)
    a = load_article(p).article
    assert a.id == ru_article.id and a.comment_count() == 12
    assert [c.id for c, _ in a.walk()] == [c.id for c, _ in ru_article.walk()]


def test_article_json_whose_id_names_other_text_is_refused_by_the_store(tmp_path, ru_article,
                                                                         capsys):
    store = tmp_path / "s.db"
    assert run(capsys, "import", "--store", str(store), str(RU_SEED))[0] == 0

    def edit(d):
        d["body"] = d["body"].replace("Putin", "Pu tin", 1)
        d["blocks"] = []

    p = _article_json(tmp_path, ru_article, edit)
    code, out, err = run(capsys, "import", "--store", str(store), str(p))
    assert code == 2 and err.startswith(f"threadmark: {p}: refused: id {ru_article.id} is "
                                        "not the hash of its content (that is ")
    with AnnotationStore(store, readonly=True) as s:
        assert "Pu tin" not in s.article(ru_article.id).body
    assert os.path.exists(store)
