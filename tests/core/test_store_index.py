"""The library index beside the store: a deferred open, files not parsed twice."""

from __future__ import annotations

import hashlib
import os

import orjson
import pytest

import annotations.sources.loader as loader
from annotations import AnnotationStore, CorruptStoreError
from annotations.model.article import article_to_doc
from annotations.sources.adding import add_files
from annotations.store.index import PARSER_REVISION, index_path, read_index
from tests.conftest import ROOT, RU_SEED, US_SEED
from tests.factories import putin, stance


@pytest.fixture
def closed(tmp_path, ru_article, us_article):
    """A store with two articles and two tags, closed cleanly (so with an index)."""
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many([putin(ru_article), stance(ru_article)])
        expected = s.article_summaries()
    return path, expected


def test_a_deferred_open_lists_the_library_before_replaying(closed):
    path, expected = closed
    s = AnnotationStore(path, defer=True)
    try:
        assert s.pending
        assert s.article_summaries() == expected
        assert [a.tags for a in expected] == [2, 0]
        assert s.pending  # the library did not need the journal
        assert s.tag_count(expected[0].id) == 2  # the first call that needs it replays
        assert not s.pending
        assert s.article_summaries() == expected
    finally:
        s.close()


def test_finish_open_from_a_worker_thread_and_a_reader_meet(closed):
    import threading

    path, expected = closed
    s = AnnotationStore(path, defer=True)
    t = threading.Thread(target=s.finish_open)
    t.start()
    assert len(s.tags(article_id=expected[0].id)) == 2  # waits for the worker, or replays
    t.join()
    assert not s.pending
    s.close()


def test_any_change_to_the_file_makes_the_index_stale(closed):
    path, expected = closed
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    s = AnnotationStore(path, defer=True)
    assert not s.pending  # replayed at once: the index no longer describes the file
    s.close()
    with open(path, "ab") as f:  # a torn line another process's crash left
        f.write(b"0badc0de [[\"p\"")
    s = AnnotationStore(path, defer=True)
    assert not s.pending and s.article_summaries() == expected
    s.close()


def test_a_file_damaged_behind_a_matching_index_is_reported_and_kept(closed):
    path, _ = closed
    data = bytearray(path.read_bytes())
    at = data.index(b'"speaker":"Vladimir Putin"') + 12
    data[at] ^= 0x01  # a bit flip the disk made: same size, same time
    st = os.stat(path)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    s = AnnotationStore(path, defer=True)
    assert s.pending  # the stamp still matches: the library shows, the replay finds it
    with pytest.raises(CorruptStoreError, match=r"line \d+ is damaged \(checksum mismatch\)"):
        s.finish_open()
    with pytest.raises(CorruptStoreError):
        s.tags()
    s.close()  # says nothing, writes nothing
    assert path.read_bytes() == bytes(data)


def test_a_damaged_or_foreign_index_is_ignored(closed):
    path, expected = closed
    ix = index_path(path)
    ix.write_bytes(ix.read_bytes().replace(b'Newsweek', b'Newsweeq', 1))  # CRC fails
    assert read_index(path) is None
    s = AnnotationStore(path, defer=True)
    assert not s.pending and s.article_summaries() == expected
    s.close()
    assert read_index(path) is not None  # rewritten at close
    ix.write_text('{"not": "ours"}')
    assert read_index(path) is None


def test_read_only_opens_write_no_index(closed):
    path, _ = closed
    index_path(path).unlink()
    with AnnotationStore(path, readonly=True) as s:
        assert len(s.tags()) == 2
    assert not index_path(path).exists()


def test_a_file_added_once_is_not_parsed_again(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    copy = tmp_path / "other-name.txt"
    copy.write_bytes(RU_SEED.read_bytes())
    with AnnotationStore(path) as s:
        first = add_files(s, [RU_SEED, US_SEED])
    assert len(first.ids) == 2 and first.messages == []

    def no_parsing(p, *rest):
        raise AssertionError(f"parsed {p} again")

    monkeypatch.setattr(loader, "load_article", no_parsing)
    s = AnnotationStore(path, defer=True)
    again = add_files(s, [copy])
    assert again.ids == first.ids[:1]
    assert s.pending  # nor replayed the journal
    s.close()


def test_remembered_warnings_name_the_path_the_file_comes_from_now(tmp_path):
    path = tmp_path / "s.db"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    text = RU_SEED.read_text(encoding="utf-8")
    a.write_bytes(text.encode("cp1251", errors="replace"))  # not UTF-8: decoded, with a warning
    b.write_bytes(a.read_bytes())
    with AnnotationStore(path) as s:
        first = add_files(s, [a])
    with AnnotationStore(path) as s:
        again = add_files(s, [b])
    assert first.ids == again.ids
    assert [m for _, m in first.messages] == [m.replace(str(b), str(a)) for _, m in
                                              again.messages]
    assert len(first.messages) == 1 and first.messages[0][1].startswith(f"{a}: ")


def test_a_changed_file_is_parsed_and_re_anchors(tmp_path, ru_article):
    path = tmp_path / "s.db"
    f = tmp_path / "a.txt"
    f.write_bytes(RU_SEED.read_bytes())
    with AnnotationStore(path) as s:
        add_files(s, [f])
        s.add(putin(ru_article))
    f.write_text(RU_SEED.read_text(encoding="utf-8").replace("Valdai Club", "Valdai club"),
                 encoding="utf-8")
    with AnnotationStore(path) as s:
        added = add_files(s, [f])
    assert added.ids != [ru_article.id]
    assert added.messages == [("information", f"{f}: updated version; 1 tag(s) re-anchored, "
                                              "0 orphaned")]


#: The parsers' output on real files. When this changes, files remembered by an index would
#: open as their old parse: bump ``store_index.PARSER_REVISION`` and put the new values here.
PARSER_FINGERPRINT = {1: "7b8617971f50526d", 2: "cb5f0ad44b08c899"}


def test_parser_output_is_fingerprinted_for_the_index():
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures" / "pages").glob("*.html"))[:4] + [
        ROOT / "tests" / "fixtures" / "reddit" / "thread_more_deleted.json",
        ROOT / "tests" / "fixtures" / "hn" / "item_story.json",
        ROOT / "tests" / "fixtures" / "disqus" / "export.xml"]
    h = hashlib.sha256()
    for f in files:
        for a in loader.load_article(f).articles:
            h.update(orjson.dumps(article_to_doc(a), option=orjson.OPT_SORT_KEYS))
    assert PARSER_REVISION in PARSER_FINGERPRINT, "add this revision's fingerprint"
    assert h.hexdigest()[:16] == PARSER_FINGERPRINT[PARSER_REVISION], (
        "the parsers' output changed: bump PARSER_REVISION in annotations/store/index.py "
        "(so indexes drop what they remember) and record the new fingerprint here")


def test_a_file_imported_from_the_command_line_opens_without_parsing(tmp_path, monkeypatch):
    from tui.cli import main

    path = tmp_path / "s.db"
    assert main(["import", "--store", str(path), str(RU_SEED)]) == 0

    def no_parsing(p, *rest):
        raise AssertionError(f"parsed {p} again")

    monkeypatch.setattr(loader, "load_article", no_parsing)
    with AnnotationStore(path, defer=True) as s:
        assert s.pending
        added = add_files(s, [RU_SEED])
        assert len(added.ids) == 1 and added.messages == [] and s.pending
