"""A compacted store keeps each article's tags as one checksummed group line, decoded the
first time one of them is read (#16): the same tags after every kind of change, nothing
decoded at open, damage found."""

from __future__ import annotations

import orjson
import pytest

from annotations import Anchor, AnnotationStore, CorruptStoreError, Quote
from annotations.store.file.journal import encode_line, header_bytes
from annotations.store.lazydocs import LazyDocs
from tests.factories import claim, putin, stance


@pytest.fixture
def compacted(tmp_path, ru_article, us_article):
    """Two articles' tags, compacted into group lines."""
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many([putin(ru_article), stance(ru_article), claim(ru_article)])
        s.add(Quote(anchor=Anchor.for_span(us_article, "body", 243, 272),
                    speaker="Vladimir Putin", annotator="ana", note="us"))
        s.compact()
    return path


def snapshot(path):
    with AnnotationStore(path, readonly=True) as s:
        return sorted((t.sid, t.model_dump_json()) for t in s)


def group_lines(path) -> list[list]:
    lines = path.read_bytes().split(b"\n")[1:]
    ops = [orjson.loads(ln[9:]) for ln in lines if ln]
    return [op for line in ops for op in line if op[0] == "g"]


def test_snapshot_writes_one_group_per_article_and_open_decodes_nothing(
        compacted, ru_article, us_article):
    groups = group_lines(compacted)
    assert [(g[2], len(g[3])) for g in groups] == [(ru_article.id, 3), (us_article.id, 1)]
    with AnnotationStore(compacted) as s:
        raw = s.raw_tag_docs()
        assert isinstance(raw, LazyDocs) and raw.decoded == {} and len(raw) == 4
        assert raw.decoded == {}  # opening and indexing decode nothing
        got = s.tags(article_id=us_article.id)  # one article: its group only
        assert [t.note for t in got] == ["us"] and len(raw.decoded) == 1
        assert len(s.tags(article_id=ru_article.id)) == 3 and len(raw.decoded) == 4


def test_changes_after_compaction_override_the_group(compacted, ru_article):
    before = snapshot(compacted)
    with AnnotationStore(compacted) as s:
        q, c, st = s.tags(article_id=ru_article.id)  # reading order
        assert (q.kind, c.kind, st.kind) == ("quote", "claim", "stance")
        s.update(q.model_copy(update={"note": "edited"}))
        s.delete(c.sid)
        added = s.add(putin(ru_article, note="new"))
    with AnnotationStore(compacted) as s:  # a fresh replay: group, then the changes
        raw = s.raw_tag_docs()
        assert c.sid not in raw and len(raw) == 4
        assert s.get(q.sid).note == "edited" and s.get(added.sid).note == "new"
        assert s.undo().action == "add" and s.undo().action == "delete"
        assert s.get(c.sid) is not None
        s.undo()
    assert snapshot(compacted) == before
    with AnnotationStore(compacted) as s:  # compacted again: still the same tags
        s.compact()
    assert snapshot(compacted) == before


def test_a_group_that_does_not_hold_its_ids_is_named(tmp_path, ru_article):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
    doc = putin(ru_article).model_dump(mode="json")
    text = path.read_bytes()
    bad = encode_line([["g", "tags", ru_article.id, [doc["id"], "missing"],
                        orjson.dumps({doc["id"]: doc}).decode()]])
    path.write_bytes(text + bad)
    with AnnotationStore(path, readonly=True) as s:
        with pytest.raises(CorruptStoreError, match="stored tags of article .* are damaged"):
            s.tags(article_id=ru_article.id)
    # and a group line of the wrong shape stops the open, the file kept
    path.write_bytes(text + encode_line([["g", "tags", ru_article.id, "not-a-list", "{}"]]))
    with pytest.raises(CorruptStoreError, match="a group operation has the wrong shape"):
        AnnotationStore(path, readonly=True)
    assert path.read_bytes().endswith(b'"not-a-list","{}"]]\n')


def test_a_schema_3_store_migrates_with_a_backup(tmp_path, ru_article):
    path = tmp_path / "s.db"
    doc = putin(ru_article).model_dump(mode="json")
    art = {"article": ru_article.model_dump(mode="json")}
    art["article"]["comments"] = [
        {**c.model_dump(mode="json", exclude={"replies"}), "depth": d}
        for c, d in ru_article.walk()]
    v3 = header_bytes(3) + encode_line([["p", "articles", ru_article.id, art],
                                       ["p", "tags", doc["id"], doc]])
    path.write_bytes(v3)
    with AnnotationStore(path) as s:
        assert s.migrated_from == 3 and s.backup_path.read_bytes() == v3
        assert s.get(doc["id"]).speaker == "Vladimir Putin"
    assert path.read_bytes().startswith(b'{"threadmark_store":6}\n')
    assert [g[3] for g in group_lines(path)] == [[doc["id"]]]


def test_bit_flips_in_a_compacted_store_are_never_silent(compacted):
    from tests.factories import bit_flips

    assert bit_flips(compacted, snapshot, 150, 7) == (0, 150)


async def test_the_app_compacts_in_the_background_when_due(tmp_path, ru_article, monkeypatch):
    from tests.tui.helpers import make_app, wait_until

    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        for t in (putin(ru_article), stance(ru_article), claim(ru_article)):
            s.add(t)  # one line each
    assert group_lines(path) == []
    monkeypatch.setattr(AnnotationStore, "COMPACT_AFTER_LINES", 3)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        # the replay's worker, then the compaction's: wait for the file and the store
        await wait_until(pilot, lambda: bool(group_lines(path)) and not app.store.pending
                         and not app.store.compaction_due(), "the compacted group")
        assert [len(g[3]) for g in group_lines(path)] == [3]
        assert len(app.store) == 3 and not app.store.compaction_due()
