"""The group map (#28): a store opened in a fresh ``AnnotationStore`` leaves every article's
tags in the file until they are read, and trusts the map only while it is the file's."""

from __future__ import annotations

import json
import os
import random
import zlib

import orjson
import pytest

from annotations import Anchor, AnnotationStore, CorruptStoreError, Quote
from annotations.store import lazydocs
from annotations.store.file import group_map, journal

#: comment part and span of each tag put on the Russian seed's comments
_SPANS = [("body", 324, 499), ("body", 1266, 1380), ("4", 65, 84)]


def _tags(article, n, who="ana"):
    out = []
    for i in range(n):
        part, start, end = _SPANS[i % len(_SPANS)]
        out.append(Quote(anchor=Anchor.for_span(article, part, start, end),
                         speaker=f"Speaker {i}", annotator=who))
    return out


@pytest.fixture
def two(tmp_path, ru_article, us_article):
    """A compacted store, closed cleanly: 3 tags on the Russian article, 2 on the US one."""
    path = tmp_path / "tags.db"
    us_span = ("body", 0, 40)
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many(_tags(ru_article, 3))
        s.add_many([Quote(anchor=Anchor.for_span(us_article, *us_span), speaker=f"US {i}",
                          annotator="bo") for i in range(2)])
        s.compact()
    return path


@pytest.fixture
def seen(monkeypatch):
    """What the store parses: every line the journal decodes (whether it held a group), the
    group lines read back from the file, the groups decoded."""
    log: dict[str, list] = {"lines": [], "reads": [], "groups": []}
    decode, read, parse = journal.decode_line, group_map.GroupLines.read, lazydocs.parse_group

    def decode_line(line, checksummed, check=True):
        ops = decode(line, checksummed, check)
        log["lines"].append("g" if any(op[0] == "g" for op in ops) else
                            "a" if any(op[0] == "p" and op[1] == "articles" for op in ops)
                            else "")
        return ops

    def read_group(self, line):
        log["reads"].append(line[3])
        return read(self, line)

    def parse_group(payload):
        found = parse(payload)
        log["groups"].append(next(iter(found.values()))["anchor"]["article_id"])
        return found

    monkeypatch.setattr(journal, "decode_line", decode_line)
    monkeypatch.setattr(group_map.GroupLines, "read", read_group)
    monkeypatch.setattr(lazydocs, "parse_group", parse_group)
    return log


def _summaries(path):
    with AnnotationStore(path, readonly=True) as s:
        return s.article_summaries()


def _dump(path):
    with AnnotationStore(path, readonly=True) as s:
        return sorted((t.sid, t.speaker, t.anchor.article_id) for t in s)


def test_a_fresh_store_parses_only_the_article_it_reads(two, seen, ru_article, us_article):
    with AnnotationStore(two, readonly=True) as s:
        assert s.tag_count(ru_article.id) == 3 and s.tag_count(us_article.id) == 2
        assert seen["lines"] and not any(seen["lines"])  # no group line parsed on open
        assert seen["reads"] == [] and seen["groups"] == []
        speakers = sorted(t.speaker for t in s.tags(article_id=ru_article.id))
        assert speakers == ["Speaker 0", "Speaker 1", "Speaker 2"]
        assert seen["reads"] == [ru_article.id] and seen["groups"] == [ru_article.id]
        assert sorted(t.speaker for t in s.tags(article_id=us_article.id)) == ["US 0", "US 1"]
        assert seen["reads"] == [ru_article.id, us_article.id]


def test_writes_after_a_mapped_open_decode_no_other_article(two, seen, ru_article, us_article):
    with AnnotationStore(two) as s:
        added = s.add(_tags(ru_article, 1, who="cy")[0])
        assert seen["groups"] == []  # an add reads no stored tag
        others = [t for t in s.tags(article_id=ru_article.id) if t.sid != added.sid]
        gone = others[0]
        s.delete(gone.id)
        s.update(others[1].model_copy(update={"note": "checked"}))
        assert seen["groups"] == [ru_article.id]  # the US article's tags never parsed
    after = _dump(two)
    assert len(after) == 5 and added.sid in {t[0] for t in after}
    assert gone.sid not in {t[0] for t in after}
    with AnnotationStore(two, readonly=True) as s:
        assert [t.note for t in s.tags(article_id=ru_article.id)].count("checked") == 1


def test_changes_after_the_snapshot_override_groups_left_in_the_file(two, ru_article):
    full = _dump(two)
    with AnnotationStore(two) as s:  # mapped open; appended lines; the map rewritten on close
        s.delete(s.tags(article_id=ru_article.id)[0].id)
        s.undo()
        victim = s.tags(article_id=ru_article.id)[1]
        s.delete(victim.id)
    found = group_map.read_map(two, os.stat(two))
    assert found is not None and len(found.lines) == 2  # the groups, where the snapshot put them
    assert found.disjoint
    with AnnotationStore(two, readonly=True) as s:  # the lines after the groups count
        assert (s.tag_count(ru_article.id), len(s.stored_docs(ru_article.id))) == (2, 2)
    after = _dump(two)
    assert after == [t for t in full if t[0] != victim.sid]
    os.unlink(group_map.map_path(two))  # the full replay agrees
    assert _dump(two) == after


def test_a_map_that_is_not_the_files_is_never_used(two, seen):
    want = _dump(two)
    seen["lines"].clear()
    st = os.stat(two)
    os.utime(two, ns=(st.st_atime_ns, st.st_mtime_ns + 1))  # another version of the file
    assert group_map.read_map(two, os.stat(two)) is None
    assert _dump(two) == want and any(seen["lines"])  # replayed in full


def test_a_map_whose_lines_do_not_fall_on_the_files_lines_means_the_full_replay(two, seen):
    want = _dump(two)
    target = group_map.map_path(two)
    obj = orjson.loads(target.read_bytes().split(b" ", 1)[1])
    obj["lines"][0][0] += 1  # one byte late: the bytes before it are not whole lines
    obj["lines"][0][1] -= 1
    payload = orjson.dumps(obj)
    target.write_bytes(b"%08x " % zlib.crc32(payload) + payload + b"\n")
    assert group_map.read_map(two, os.stat(two)) is not None  # well formed, the file's
    seen["lines"].clear()
    assert _dump(two) == want and any(seen["lines"])


def test_a_damaged_map_is_ignored(two):
    want = _dump(two)
    target = group_map.map_path(two)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    assert group_map.read_map(two, os.stat(two)) is None
    assert _dump(two) == want


def test_a_group_line_damaged_under_a_current_map_is_reported_and_kept(two, ru_article):
    """A disk that rots a group line without the file changing (the map made current again
    by hand): the line is checked when read, one line names it, nothing is overwritten."""
    found = group_map.read_map(two, os.stat(two))
    assert found is not None
    lines = found.lines
    offset, length, lineno = next((o, n, no) for o, n, no, key, _ in lines
                                  if key == ru_article.id)
    data = bytearray(two.read_bytes())
    data[offset + length // 2] ^= 0x04
    two.write_bytes(bytes(data))
    assert group_map.write_map(two, os.stat(two), lines)
    with AnnotationStore(two) as s:  # opens: the group is still in the file
        with pytest.raises(CorruptStoreError, match=rf"line {lineno} is damaged"):
            s.tags(article_id=ru_article.id)
    assert two.read_bytes() == bytes(data)  # left untouched (not compacted over)
    assert not group_map.map_path(two).exists()  # the next open replays every line
    with pytest.raises(CorruptStoreError, match=rf"line {lineno} is damaged"):
        AnnotationStore(two, readonly=True)


def test_a_reader_keeps_reading_the_file_it_opened_after_a_writer_compacts(two, ru_article):
    reader = AnnotationStore(two, readonly=True)  # groups left in the file
    with AnnotationStore(two) as w:
        w.delete(w.tags(article_id=ru_article.id)[0].id)
        w.compact()  # a new file takes the old one's place
    assert len(reader.tags(article_id=ru_article.id)) == 3  # what it opened
    reader.close()


def test_no_map_is_left_for_a_store_without_groups(tmp_path, ru_article):
    path = tmp_path / "small.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add(_tags(ru_article, 1)[0])  # a change line, no group
    assert not group_map.map_path(path).exists()


def test_compaction_keeps_groups_never_read_as_they_are(two, seen, ru_article, us_article):
    want = _dump(two)
    seen["groups"].clear()
    seen["reads"].clear()
    with AnnotationStore(two) as s:  # mapped open
        s.add(_tags(ru_article, 1, who="cy")[0])
        s.compact()
        assert seen["groups"] == []  # the groups were copied, not decoded and encoded again
        assert seen["reads"] == [ru_article.id, us_article.id]
    after = _dump(two)
    assert len(after) == len(want) + 1 and set(want) <= set(after)


def test_an_import_is_compacted_on_close_into_lines_the_map_points_at(tmp_path, ru_article,
                                                                      monkeypatch, seen):
    from annotations.exchange.export import export_bytes
    from annotations.exchange.importer import import_files

    source = tmp_path / "source.db"
    with AnnotationStore(source) as s:
        s.add_article(ru_article)
        s.add_many(_tags(ru_article, 30))
        exported = tmp_path / "tags.json"
        exported.write_bytes(export_bytes(s, "json", with_articles=True))
    monkeypatch.setattr(AnnotationStore, "COMPACT_AFTER_BYTES", 2_000)
    path = tmp_path / "imported.db"
    with AnnotationStore(path) as s:
        assert import_files(s, [exported]).added == 30
        # the import is one line of groups, undo step and article: no map could point at it
        assert s._db.journal.group_lines == []
    found = group_map.read_map(path, os.stat(path))
    assert found is not None and [line[3] for line in found.lines] == [ru_article.id]
    seen["lines"].clear()
    with AnnotationStore(path, readonly=True) as s:
        assert s.tag_count(ru_article.id) == 30 and not any(seen["lines"])
        assert len(s.tags(article_id=ru_article.id)) == 30


def test_reading_articles_indexes_no_tag_id_until_a_lookup_by_id(two, monkeypatch, ru_article,
                                                                 us_article):
    indexed: list[int] = []
    index_all = lazydocs.LazyDocs._index_all

    def counted(self):
        if self._unindexed is not None:
            indexed.append(len(self._unindexed))
        index_all(self)

    monkeypatch.setattr(lazydocs.LazyDocs, "_index_all", counted)
    with AnnotationStore(two, readonly=True) as s:
        assert len(s.tag_marks(ru_article.id)) == 3
        assert len(s.stored_docs(ru_article.id)) == 3
        assert len(s.tags(article_id=ru_article.id)) == 3
        assert indexed == []  # one article's tags: no id of the store indexed
        us_tag = s.stored_docs(us_article.id)[0]["id"]
        s.close()
    with AnnotationStore(two) as s:  # a writable open too (it asks whether to compact)
        assert s._records.live_docs() >= 5 + 2  # tags and articles, at most: not indexed
        assert len(s.tags(article_id=ru_article.id)) == 3 and indexed == []
    with AnnotationStore(two, readonly=True) as s:
        assert s.get(us_tag).speaker in ("US 0", "US 1")  # a lookup by id: every group indexed
        assert indexed == [2]


def _docs(key, ids, n):
    return {i: {"id": i, "anchor": {"article_id": key}, "n": n} for i in ids}


def test_groups_indexed_later_read_as_groups_indexed_at_once():
    """The same lines replayed into a table indexed at once and one indexed on demand (as a
    group map that says no two groups share an id allows), reads mixed in: the same answers."""
    rng = random.Random(5)
    for _ in range(200):
        eager, lazy = lazydocs.LazyDocs(), lazydocs.LazyDocs()
        ids = [f"t{k}" for k in range(12)]
        rng.shuffle(ids)
        for table in (eager, lazy):  # a put before the snapshot's groups
            table["t0"] = {"id": "t0", "anchor": {"article_id": "a0"}, "n": -1}
        cut = sorted(rng.sample(range(1, 12), 2))
        for g, chunk in enumerate((ids[: cut[0]], ids[cut[0]: cut[1]], ids[cut[1]:])):
            payload = json.dumps(_docs(f"a{g}", chunk, g))
            eager.add_group(f"a{g}", chunk, payload)
            lazy.add_group(f"a{g}", chunk, payload, index_later=True)
        for step in range(rng.randrange(12)):
            op, key, group = rng.randrange(6), rng.choice(ids + ["new"]), rng.randrange(3)
            doc = {"id": key, "anchor": {"article_id": "a9"}, "n": 100 + step}
            for table in (eager, lazy):
                if op == 0:
                    table[key] = doc
                elif op == 1:
                    table.discard(key)
                elif op == 2:
                    table.decode_key(f"a{group}")
                elif op == 3:
                    assert (key in eager) == (key in lazy)
                elif op == 4:
                    assert eager.get(key) == lazy.get(key)
                else:
                    assert eager.undecoded_by_key() == lazy.undecoded_by_key()
        assert eager.undecoded_by_key() == lazy.undecoded_by_key()
        assert len(eager) == len(lazy)
        assert dict(eager.items()) == dict(lazy.items())


def test_a_tag_deleted_after_the_snapshot_is_not_counted(two, ru_article, us_article):
    with AnnotationStore(two) as s:
        s.delete(s.stored_docs(ru_article.id)[0]["id"])
    with AnnotationStore(two, readonly=True) as s:  # the delete line follows the groups
        assert (s.tag_count(ru_article.id), s.tag_count(us_article.id)) == (2, 2)
        assert len(s.tags(article_id=ru_article.id)) == 2


def test_a_fresh_store_lists_its_articles_without_reading_them(two, seen, ru_article,
                                                               us_article):
    with AnnotationStore(two, readonly=True) as s:
        summaries = s.article_summaries()
        assert s.article_ids() == [ru_article.id, us_article.id]
        assert "a" not in seen["lines"]  # no article record parsed: open, list, ids
        assert s.article(us_article.id).title == us_article.title
        assert seen["lines"].count("a") == 1  # that one article's line, when first read
    assert [(x.id, x.title, x.comments, x.tags) for x in summaries] == [
        (ru_article.id, ru_article.title, 12, 3), (us_article.id, us_article.title, 0, 2)]
    os.unlink(group_map.map_path(two))
    assert _summaries(two) == summaries  # as the full replay lists them


def test_an_article_replaced_after_the_snapshot_is_listed_as_the_full_replay_lists_it(
        two, ru_article):
    edited = ru_article.model_copy(update={"body": ru_article.body + " One more line.",
                                          "id": "0123456789abcdef"})
    with AnnotationStore(two) as s:
        assert s.add_article(edited, replaces=ru_article.id)
    mapped = _summaries(two)
    with AnnotationStore(two, readonly=True) as s:
        assert s.superseded_by(ru_article.id) == edited.id
        ids = s.article_ids()
    os.unlink(group_map.map_path(two))
    assert _summaries(two) == mapped and edited.id in ids and ru_article.id not in ids


def test_an_article_line_damaged_under_a_current_map_is_reported_and_kept(two, us_article):
    found = group_map.read_map(two, os.stat(two))
    assert found is not None
    offset, length, lineno = next((o, n, no) for o, n, no, key, *_ in found.articles
                                  if key == us_article.id)
    data = bytearray(two.read_bytes())
    data[offset + length // 2] ^= 0x04
    two.write_bytes(bytes(data))
    assert group_map.write_map(two, os.stat(two), found.lines, found.articles)
    with AnnotationStore(two) as s:
        assert [x.id for x in s.article_summaries()][1] == us_article.id  # listed unread
        with pytest.raises(CorruptStoreError, match=rf"line {lineno} is damaged"):
            s.article(us_article.id)
    assert two.read_bytes() == bytes(data)
    with pytest.raises(CorruptStoreError, match=rf"line {lineno} is damaged"):
        AnnotationStore(two, readonly=True)


def test_a_store_closed_unchanged_keeps_its_map_unwritten(two, ru_article, monkeypatch):
    """The map read at open is still the file's when nothing was written: closing does not
    write it again; a write since makes the close write it for the file as it now is."""
    from annotations.store import facade

    writes: list[object] = []
    real = facade.write_map
    monkeypatch.setattr(facade, "write_map", lambda *a, **k: writes.append(a) or real(*a, **k))
    with AnnotationStore(two) as s:
        assert len(s.tags(article_id=ru_article.id)) == 3
    assert writes == []
    with AnnotationStore(two) as s:
        s.add_many(_tags(ru_article, 1, "cy"))
    assert len(writes) == 1
    st = os.stat(two)
    assert group_map.read_map(two, st) is not None
    with AnnotationStore(two) as s:
        assert len(s.tags(article_id=ru_article.id)) == 4
    assert len(writes) == 1
