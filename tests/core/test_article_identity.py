"""An article's id is the hash of its content (#22): every reader gives it, it survives the
store and the ``inspect --json`` round trip, and an article JSON whose id is another is refused."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations import AnnotationStore
from annotations.model.article import (
    Article,
    article_from_doc,
    article_from_obj,
    article_to_doc,
)
from annotations.model.build import make_article
from annotations.model.identity import canonical_article_id, id_problem
from annotations.model.serialize import article_to_dict, article_to_json
from annotations.sources.loader import load_article
from tests.conftest import RU_SEED, US_SEED
from tui.cli import main

ROOT = Path(__file__).resolve().parents[2]

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
line = text.filter(lambda t: t.strip() != "")
offset = st.timedeltas(min_value=timedelta(hours=-23, minutes=-59),
                       max_value=timedelta(hours=23, minutes=59))
when = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2099, 12, 31),
                    timezones=st.none() | st.builds(timezone, offset))
comment = st.fixed_dictionaries({
    "depth": st.integers(0, 3), "author": line, "name": st.none() | text,
    "posted_at": when, "text": text,
    "status": st.none() | st.sampled_from(["deleted", "dead", "removed"])})


def _tree(records: list[dict]) -> list[dict]:
    """Records with each depth at most one more than the one before (a valid pre-order)."""
    out, last = [], -1
    for r in records:
        out.append({**r, "depth": min(r["depth"], last + 1)})
        last = out[-1]["depth"]
    return out


article = st.builds(
    lambda title, paras, records, meta: make_article(
        title, [("paragraph", p) for p in paras], _tree(records), **meta),
    line, st.lists(line, min_size=1, max_size=3), st.lists(comment, max_size=8),
    st.fixed_dictionaries({"source": st.none() | line, "url": st.none() | line,
                           "authors": st.lists(line, max_size=2),
                           "published_at": st.none() | line, "language": st.none() | line}))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article)
def test_the_id_survives_the_store_and_the_json_round_trip(art):
    assert art.id == canonical_article_id(art)
    from_doc = article_from_doc(orjson.loads(orjson.dumps(article_to_doc(art))))
    from_json = article_from_obj(json.loads(article_to_json(art)))
    assert canonical_article_id(from_doc) == canonical_article_id(from_json) == art.id
    with tempfile.TemporaryDirectory() as d:
        with AnnotationStore(Path(d) / "s.db") as s:
            s.add_article(art)
        with AnnotationStore(Path(d) / "s.db", readonly=True) as s:
            stored = s.article(art.id)
            assert stored is not None and canonical_article_id(stored) == art.id


def _base() -> Article:
    return make_article("Title", [("paragraph", "One."), ("heading", "Two")],
                        [{"depth": 0, "author": "ann", "posted_at": "2024-01-01T10:00:00Z",
                          "text": "Hi"},
                         {"depth": 1, "author": "bo", "posted_at": "2024-01-01T11:00:00Z",
                          "text": "Yo"}], source="Outlet", url="https://x.example/a")


@pytest.mark.parametrize("change", [
    lambda a: setattr(a, "title", "Title."),
    lambda a: setattr(a, "source", "Other outlet"),
    lambda a: setattr(a, "url", "https://x.example/b"),
    lambda a: setattr(a, "authors", ["Someone"]),
    lambda a: setattr(a, "published_at", "2024-01-01"),
    lambda a: setattr(a, "language", "en"),
    lambda a: setattr(a, "discusses", "https://x.example/a"),
    lambda a: setattr(a, "blocks", [a.blocks[0].model_copy(update={"kind": "boilerplate"}),
                                    a.blocks[1]]),
    lambda a: setattr(a.comments[0], "author", "ann2"),
    lambda a: setattr(a.comments[0], "name", "Ann"),
    lambda a: setattr(a.comments[0], "posted_at", datetime(2024, 1, 1, 10, 0, 1, tzinfo=UTC)),
    lambda a: setattr(a.comments[0], "text", "Hi!"),
    lambda a: setattr(a.comments[0], "status", "deleted"),
    lambda a: a.comments.append(a.comments[0].replies.pop()),  # a reply made top level
], ids=["title", "source", "url", "authors", "published", "language", "discusses",
        "block-kind", "author", "name", "time", "text", "status", "depth"])
def test_every_field_of_the_content_changes_the_id(change):
    art = _base()
    assert id_problem(art) is None
    change(art)
    assert canonical_article_id(art) != art.id
    assert id_problem(art).startswith(f"id {art.id} is not the hash of its content (that is ")


def test_one_time_written_two_ways_is_one_id():
    a, b = (make_article("T", [("paragraph", "B")],
                         [{"depth": 0, "author": "a", "posted_at": t, "text": "x"}])
            for t in ("2024-01-01T10:00:00Z", "2024-01-01T10:00:00+00:00"))
    assert a.id == b.id


@pytest.mark.parametrize("path", [
    RU_SEED, US_SEED, ROOT / "tests/fixtures/disqus/export.xml",
    ROOT / "tests/fixtures/hn/item_story.json",
    ROOT / "tests/fixtures/pages/zeit.de.zugverkehr.html",
], ids=["ru-seed", "us-seed", "disqus", "hn", "html"])
def test_every_reader_gives_the_hash_of_the_content(path):
    for a in load_article(path).articles:
        assert a.id == canonical_article_id(a)


def test_importing_an_article_json_with_another_id_is_refused(tmp_path, capsys, us_article):
    store = tmp_path / "s.db"
    assert main(["import", "--store", str(store), str(RU_SEED)]) == 0
    before = store.read_bytes()
    doc = article_to_dict(us_article)
    doc["body"] = doc["body"].replace("the", "a", 1)
    doc["blocks"] = []  # the same id, other text: someone else's version of the article
    p = tmp_path / "forged.json"
    p.write_text(json.dumps(doc))
    capsys.readouterr()
    assert main(["import", "--store", str(store), str(p)]) == 2
    out, err = capsys.readouterr()
    assert err == (f"threadmark: {p}: refused: id {us_article.id} is not the hash of its "
                   f"content (that is {canonical_article_id(article_from_obj(doc))}); a file "
                   "written before store schema 6 is refused: its owner upgrades threadmark "
                   "and writes it again\n")
    assert store.read_bytes() == before
    assert main(["import", "--store", str(store), str(US_SEED)]) == 0  # the real one still fits
    with AnnotationStore(store, readonly=True) as s:
        assert s.article(us_article.id).body == us_article.body


def test_import_annotations_refuses_an_export_with_a_forged_article(tmp_path, capsys,
                                                                    ru_article):
    store = tmp_path / "a.db"
    assert main(["import", "--store", str(store), str(RU_SEED)]) == 0
    out = tmp_path / "e.json"
    assert main(["export", "--store", str(store), "--with-articles", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["articles"][0]["document"]["title"] = "Forged"
    out.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert main(["import-annotations", "--store", str(tmp_path / "b.db"), str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"threadmark: {out}: article 0: id {ru_article.id} is not the hash "
                          "of its content (that is ")
    with AnnotationStore(tmp_path / "b.db", readonly=True) as s:
        assert s.article_ids() == []
