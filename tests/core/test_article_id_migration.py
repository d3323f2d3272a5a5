"""Schema 5 -> 6 (#22): a store whose articles carry the ids of before (the plain-text
reader hashed the file's text) gets content-hash ids, every record naming an article follows,
and the old ids are kept: a teammate's line anchored to one is translated on pull, and
importing the same file again is recognised."""

from __future__ import annotations

import shutil

import pytest

from annotations import Anchor, AnnotationStore, Quote
from annotations.compare import registry
from annotations.model.article import article_id_for
from annotations.store.file.article_ids import LEGACY_IDS
from annotations.store.file.journal import encode_line, header_bytes, replay
from tests.conftest import RU_SEED, US_SEED
from tests.synckit import Teammate, bare, run_sync, tag_doc, tags
from tui.cli import main


def _old(article, path):
    """The article as a schema-5 store holds it: its id the hash of the file's text."""
    return article.model_copy(update={"id": article_id_for(path.read_text(encoding="utf-8"))})


def _as_v5(store) -> None:
    tables = replay(store, store.read_bytes()).tables
    lines = [header_bytes(5)]
    for table, recs in tables.items():
        for key, doc in dict(recs).items():
            lines.append(encode_line([["p", table, key, doc]]))
    store.write_bytes(b"".join(lines))


def _bob(tmp_path, store) -> Teammate:
    """A team repository for the store, and bob's plain clone of it."""
    remote = bare(tmp_path)
    with AnnotationStore(store) as s:
        s.set_meta("sync", {"remote": str(remote)})
    return Teammate(tmp_path, remote, "bob")


@pytest.fixture
def v5(tmp_path, ru_article, us_article):
    """A schema-5 store: both seeds under their old ids, tags on both, a rejected suggestion,
    a removed article, a story, an article's outlet and an undo history."""
    ru, us = _old(ru_article, RU_SEED), _old(us_article, US_SEED)
    assert (ru.id, us.id) != (ru_article.id, us_article.id)
    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:
        s.add_article(ru)
        s.add_article(us)
        body = s.add(Quote(anchor=Anchor.for_span(ru, "body", 324, 499), annotator="ana",
                           speaker="Vladimir Putin"))
        reply = s.add(Quote(anchor=Anchor.for_span(ru, "1.1", 0, 10), annotator="ana",
                            speaker="someone"))
        other = s.add(Quote(anchor=Anchor.for_span(us, "body", 0, 20), annotator="ana",
                            speaker="x"))
        s.reject(ru.id, "quote:body:0:5", "ab")
        s.remove_article(us.id)
        registry.add_to_story(s, "valdai", [ru.id, us.id])
        registry.set_outlet(s, "RIA", articles=[ru.id])
        exact = {t.sid: (t.anchor.part, t.anchor.exact) for t in (body, reply, other)}
    _as_v5(store)
    return store, ru, us, exact


def test_a_v5_store_migrates_and_every_tag_resolves_to_the_same_text(v5, ru_article,
                                                                     us_article):
    store, ru, us, exact = v5
    with AnnotationStore(store) as s:
        assert s.migrated_from == 5 and s.backup_path.exists()
        assert sorted(s.article_ids(include_superseded=True)) == sorted(
            [ru_article.id, us_article.id])
        assert s.check() == []
        for sid, (part, text) in exact.items():
            t = s.get(sid)
            assert t.anchor.article_id in (ru_article.id, us_article.id)
            art = s.article(t.anchor.article_id)
            assert (t.anchor.part, art.part_text(part)[t.anchor.start:t.anchor.end]) == \
                   (part, text)
        assert len(s.tags(article_id=ru_article.id)) == 2
        assert s.rejected(ru_article.id) == {"quote:body:0:5"}
        assert s.removed_articles() == {us_article.id}
        assert s.meta("stories") == {"valdai": [ru_article.id, us_article.id]}
        assert s.meta("article_outlets") == {ru_article.id: "RIA"}
        assert s.meta(LEGACY_IDS) == {ru.id: ru_article.id, us.id: us_article.id}
        assert s.undo() is not None  # the history names the new ids: undo still works
    assert store.read_bytes().startswith(b'{"threadmark_store":6}\n')


def test_importing_the_same_file_again_is_recognised(v5, ru_article, capsys):
    store, ru, us, exact = v5
    with AnnotationStore(store) as s:
        assert s.migrated_from == 5
        before = s.article_ids(include_superseded=True)
    assert main(["import", "--store", str(store), str(RU_SEED)]) == 0
    with AnnotationStore(store, readonly=True) as s:
        assert s.article_ids(include_superseded=True) == before  # no second copy
        assert s.superseded_by(ru_article.id) is None
        assert len(s.tags(article_id=ru_article.id)) == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_teammates_line_anchored_to_an_old_id_is_translated_on_pull(tmp_path, v5,
                                                                      ru_article):
    store, ru, us, exact = v5
    bob = _bob(tmp_path, store)
    theirs = Quote(anchor=Anchor.for_span(ru, "body", 0, 30), annotator="bob", speaker="y")
    bob.lines("tags/bob.jsonl", tag_doc(theirs))  # written by a store not yet migrated
    bob.push()
    r = run_sync(store, "ana")
    assert r.rejected == [] and r.pulled_added == 1
    got = tags(store)[theirs.sid]
    assert got.anchor.article_id == ru_article.id and got.anchor.exact == theirs.anchor.exact


def test_import_annotations_of_tags_on_an_old_id_lands_on_the_article(v5, ru_article, capsys):
    from benchmarks.hostile_inputs import tag_export_jsonl

    store, ru, us, exact = v5
    f = store.parent / "old.jsonl"
    f.write_bytes(tag_export_jsonl(2, ru.id, text=ru.body))  # an export made before schema 6
    assert main(["import-annotations", "--store", str(store), str(f)]) == 0
    with AnnotationStore(store, readonly=True) as s:
        got = [t for t in s.tags(article_id=ru_article.id) if t.speaker.startswith("speaker")]
        assert [(t.anchor.article_id, t.anchor.exact) for t in got] == \
               [(ru_article.id, ru.body[:4])] * 2


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_teammates_story_on_an_old_id_is_translated_on_pull(tmp_path, v5, ru_article):
    store, ru, us, exact = v5
    bob = _bob(tmp_path, store)
    bob.lines("meta/bob.jsonl", {"story": "bobs", "articles": [ru.id]},
              {"article": ru.id, "outlet": "TASS"})  # written by a store not yet migrated
    bob.push()
    r = run_sync(store, "ana")
    assert r.rejected == []
    with AnnotationStore(store, readonly=True) as s:
        assert s.meta("stories")["bobs"] == [ru_article.id]
        assert s.meta("article_outlets") == {ru_article.id: "RIA"}  # the local one stays


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_old_id_file_this_store_pushed_goes_once_the_new_one_is_there(tmp_path, v5,
                                                                         ru_article):
    from annotations.model.serialize import article_to_json

    store, ru, us, exact = v5
    bob = _bob(tmp_path, store)
    bob.write(f"articles/{ru.id}.json", article_to_json(ru))  # as ana pushed it before
    bob.push()
    r = run_sync(store, "ana")
    assert r.rejected == []  # ana knows that id: her article has another now
    bob.pull()
    assert not (bob.dir / f"articles/{ru.id}.json").exists()
    assert (bob.dir / f"articles/{ru_article.id}.json").exists()
    assert run_sync(store, "ana").rejected == []
