"""One shape for an article in every JSON threadmark writes (#29 item 21), and the CSV column
list of the formats page (docs/formats.md) as the CSV export writes it."""

from __future__ import annotations

import csv
import io
import json
import re

from annotations import Anchor, AnnotationStore, Quote
from annotations.model.article import article_to_doc
from tests.conftest import ROOT, RU_SEED
from tui.cli import main


def _store(path, article):
    with AnnotationStore(path) as s:
        s.add_article(article)
        s.add(Quote(anchor=Anchor.for_span(article, "body", 324, 499), annotator="ana",
                    speaker="Vladimir Putin"))


def test_formats_page_lists_the_csv_columns_the_export_writes(tmp_path, capsys, ru_article):
    _store(tmp_path / "s.db", ru_article)
    assert main(["export", "--store", str(tmp_path / "s.db"), "--format", "csv"]) == 0
    header = next(csv.reader(io.StringIO(capsys.readouterr().out)))
    page = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    listed = re.search(r"- \*\*csv\*\*: one row per tag \(`([^`]*)`\)", page).group(1)
    assert [c.strip() for c in listed.split(",")] == header
    assert header[4:6] == ["article_source", "article_url"]


def test_with_articles_carries_the_inspect_json_shape(tmp_path, capsys, ru_article):
    _store(tmp_path / "s.db", ru_article)
    out = tmp_path / "e.json"
    assert main(["export", "--store", str(tmp_path / "s.db"), "--with-articles",
                 "-o", str(out)]) == 0
    assert main(["inspect", str(RU_SEED), "--json"]) == 0
    inspected = json.loads(capsys.readouterr().out)
    (entry,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert entry["document"] == inspected
    first = entry["document"]["comments"][0]
    assert (first["id"], first["replies"][0]["id"]) == ("1", "1.1") and "depth" not in first
    # and it restores everything in an empty store
    assert main(["import-annotations", "--store", str(tmp_path / "b.db"), str(out)]) == 0
    assert capsys.readouterr().out == ("added 1, skipped 0, conflicts 0, rejected 0, "
                                       "articles 1\n")
    with AnnotationStore(tmp_path / "b.db", readonly=True) as s:
        assert s.article(ru_article.id) == ru_article


def test_an_earlier_export_with_flat_comments_still_imports(tmp_path, capsys, ru_article):
    _store(tmp_path / "s.db", ru_article)
    out = tmp_path / "e.json"
    assert main(["export", "--store", str(tmp_path / "s.db"), "--with-articles",
                 "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["articles"][0]["document"] = article_to_doc(ru_article)  # the shape written before
    assert doc["articles"][0]["document"]["comments"][0]["depth"] == 0
    out.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert main(["import-annotations", "--store", str(tmp_path / "b.db"), str(out)]) == 0
    assert capsys.readouterr().out.endswith("articles 1\n")
    with AnnotationStore(tmp_path / "b.db", readonly=True) as s:
        assert s.article(ru_article.id) == ru_article


def test_with_articles_of_a_thread_deeper_than_orjson_nests(tmp_path, capsys):
    from benchmarks.deep import deep_article_json

    levels = 3000  # orjson stops at 1,024 levels of nesting
    src = tmp_path / "deep.json"
    src.write_text(deep_article_json(levels))
    assert main(["import", "--store", str(tmp_path / "a.db"), str(src)]) == 0
    out = tmp_path / "e.json"
    assert main(["export", "--store", str(tmp_path / "a.db"), "--with-articles",
                 "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["import-annotations", "--store", str(tmp_path / "b.db"), str(out)]) == 0
    assert capsys.readouterr().out == ("added 0, skipped 0, conflicts 0, rejected 0, "
                                       "articles 1\n")
    with AnnotationStore(tmp_path / "a.db", readonly=True) as a, \
            AnnotationStore(tmp_path / "b.db", readonly=True) as b:
        (art,) = a.articles()
        back = b.article(art.id)  # (== on models this deep would recurse too far)
        assert back.comment_count() == art.comment_count() == levels
        assert [c.id for c, _ in back.walk()] == [c.id for c, _ in art.walk()]
        assert back.comment(".".join(["1"] * levels)).author == "user2999"
