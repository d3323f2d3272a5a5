"""The store: durability, validation of reads and writes, undo/redo, lock, corrupt and foreign
files, migration, re-anchoring."""

from __future__ import annotations

import json
import subprocess
import sys

import orjson
import pytest

from annotations import (
    Anchor,
    AnnotationStore,
    Claim,
    ForeignFileError,
    Quote,
    Stance,
    StoreError,
    StoreLockedError,
    parse_article,
)
from annotations.errors import StoreWriteError
from annotations.store import TagNotFound
from annotations.store.file.journal import encode_line
from annotations.store.file.storage import CorruptStoreError
from tests.conftest import RU_SEED
from tests.factories import claim, putin, stance


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "tags.db"


def test_add_get_query_reopen(store_path, ru_article, us_article):
    with AnnotationStore(store_path) as s:
        assert s.add_article(ru_article).new is True
        assert s.add_article(ru_article).new is False  # idempotent
        s.add_article(us_article)
        q, st, c = s.add(putin(ru_article)), s.add(stance(ru_article)), s.add(claim(ru_article))
    with AnnotationStore(store_path) as s:
        assert [a.id for a in s.articles()] == [ru_article.id, us_article.id]
        assert s.article(ru_article.id) == ru_article
        assert s.get(q.id) == q and s.get(str(st.id)) == st
        assert [t.id for t in s.tags(article_id=ru_article.id)] == [q.id, c.id, st.id]
        assert s.tags(kind="stance") == [st]
        assert s.tags(annotator="bo") == [c]
        assert s.tags(label="alliance") == [c]
        assert s.tags(text="PUTIN") == [q]
        assert s.tags(text="military alliance") == [c, st]
        assert s.tags(article_id=us_article.id) == []
        assert s.counts(ru_article.id) == {"quote": 1, "stance": 1, "claim": 1}
        assert s.problems == []


def test_writes_are_validated(store_path, ru_article, us_article):
    with AnnotationStore(store_path) as s:
        with pytest.raises(StoreError, match="not in the store"):
            s.add(putin(ru_article))
        s.add_article(ru_article)
        bad = json.loads(putin(ru_article).model_dump_json())
        bad["anchor"]["exact"] = bad["anchor"]["exact"].upper()
        with pytest.raises(ValueError, match="differs from the text"):
            s.add(bad)
        t = s.add(putin(ru_article))
        with pytest.raises(StoreError, match="exists already"):
            s.add(t)
        with pytest.raises(ValueError, match="speaker"):
            s.update({**t.model_dump(), "speaker": " "})
        with pytest.raises(TagNotFound):
            s.delete("00000000-0000-0000-0000-000000000000")
        assert len(s) == 1 and s.get(t.id).speaker == "Vladimir Putin"


def test_update_sets_updated_and_persists(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        t = s.add(putin(ru_article))
        t2 = s.update(t.model_copy(update={"speaker": "Putin", "speaker_role": "president"}))
        assert t2.updated >= t.updated and t2.created == t.created
    with AnnotationStore(store_path) as s:
        assert s.get(t.id).speaker == "Putin" and s.get(t.id).speaker_role == "president"


def test_undo_redo_across_restart(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        q = s.add(putin(ru_article))
        st = s.add(stance(ru_article))
        s.update(q.model_copy(update={"speaker": "V. Putin"}))
        s.delete(st.id)
    with AnnotationStore(store_path) as s:
        assert s.get(st.id) is None
        assert s.undo().action == "delete" and s.get(st.id) == st
    with AnnotationStore(store_path) as s:
        assert s.get(st.id) == st
        assert s.undo().action == "edit" and s.get(q.id).speaker == "Vladimir Putin"
        assert s.redo().action == "edit" and s.get(q.id).speaker == "V. Putin"
        assert s.undo().action == "edit"
    with AnnotationStore(store_path) as s:
        assert s.get(q.id).speaker == "Vladimir Putin"
        assert s.undo().action == "add" and s.get(st.id) is None
        assert s.undo().action == "add" and len(s) == 0
        assert s.undo() is None and not s.can_undo() and s.can_redo()
        s.redo()
        c = s.add(claim(ru_article))  # a new action drops the redo branch
        assert not s.can_redo() and s.redo() is None
        assert {t.id for t in s} == {q.id, c.id}


def test_add_many_is_one_write_and_one_undo(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        lines_before = s._db.journal.change_lines
        tags = s.add_many([putin(ru_article), stance(ru_article), claim(ru_article)])
        assert s._db.journal.change_lines == lines_before + 1
        assert len(s) == 3
        assert s.undo().ids == tuple(t.sid for t in tags) and len(s) == 0


def test_second_writer_gets_clear_message_reader_allowed(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        s.add(putin(ru_article))
        code = (
            "import sys; from annotations import AnnotationStore, StoreLockedError\n"
            "try:\n    AnnotationStore(sys.argv[1])\n"
            "except StoreLockedError as e:\n    print(e); sys.exit(3)\n"
        )
        r = subprocess.run([sys.executable, "-c", code, str(store_path)],
                           capture_output=True, text=True)
        assert r.returncode == 3
        assert "in use by another threadmark" in r.stdout and "read-only" in r.stdout
        with pytest.raises(StoreLockedError):
            AnnotationStore(store_path)
        with AnnotationStore(store_path, readonly=True) as ro:
            assert len(ro) == 1
            with pytest.raises(StoreError, match="read-only"):
                ro.add(stance(ru_article))
    with AnnotationStore(store_path) as s:  # lock released on close
        assert len(s) == 1


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b'{"_default": {"1": {"a": 1}}}', ForeignFileError, "not a threadmark store"),
        (b"\x00\x01binary", ForeignFileError, "not a threadmark store"),
        (b"", StoreError, "empty file"),
        (b'{"threadmark_store": 99}\n', StoreError, "newer threadmark"),
        (b'{"threadmark_store": 2}\n[["p","tags","x",{}]]\n{garbage\n[]\n', CorruptStoreError,
         "line 3 is damaged"),
    ],
)
def test_corrupt_or_foreign_file_never_overwritten(store_path, content, error, message):
    store_path.write_bytes(content)
    with pytest.raises(error, match=message) as ei:
        AnnotationStore(store_path)
    assert str(store_path) in str(ei.value) and "\n" not in str(ei.value)
    assert store_path.read_bytes() == content


def test_torn_last_line_is_dropped(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        t = s.add(putin(ru_article))
    with store_path.open("ab") as f:
        f.write(b'[["p","tags","abc",{"kind":"quo')  # a write cut off by a crash
    with AnnotationStore(store_path) as s:
        assert s._db.journal.recovered_torn_line
        assert [x.id for x in s] == [t.id]
        s.add(stance(ru_article))
    with AnnotationStore(store_path) as s:
        assert len(s) == 2


def test_hand_edited_bad_record_is_reported_not_fatal(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        good = s.add(putin(ru_article))
        bad = s.add(stance(ru_article))
    # a record that passes its line's checksum but not the models (as a bug could write it)
    rewrite_journal(store_path, lambda ln: ln.replace(b'"polarity":"against"',
                                                      b'"polarity":"hostile"'))
    with AnnotationStore(store_path) as s:
        assert [t.id for t in s] == [good.id]
        assert len(s.problems) == 1
        assert f"tag {bad.id}: polarity" in s.problems[0] and str(store_path) in s.problems[0]
    assert '"polarity":"hostile"' in store_path.read_text()  # kept for the user to fix


def rewrite_journal(path, edit):
    """Apply ``edit`` to every change line's JSON and re-checksum it (a 'valid' bad write)."""
    head, *lines = path.read_bytes().splitlines()
    out = [head] + [encode_line(orjson.loads(edit(ln[9:]))).rstrip(b"\n") for ln in lines]
    path.write_bytes(b"\n".join(out) + b"\n")


def test_migrates_schema_1_with_backup(store_path, ru_article):
    tag = json.loads(putin(ru_article).model_dump_json())
    del tag["labels"], tag["links"], tag["updated"]
    tag["label"] = "valdai"
    art = {"article": ru_article.model_dump(mode="json"), "added": "2020-01-01T00:00:00+00:00",
           "superseded_by": None}
    v1 = b"\n".join([
        orjson.dumps({"threadmark_store": 1}),
        orjson.dumps([["p", "articles", ru_article.id, art]]),
        orjson.dumps([["p", "tags", tag["id"], tag]]),
    ]) + b"\n"
    store_path.write_bytes(v1)
    with AnnotationStore(store_path) as s:
        assert s.migrated_from == 1
        assert s.backup_path.read_bytes() == v1
        t = s.get(tag["id"])
        assert t.labels == ["valdai"] and t.links == [] and t.updated == t.created
    assert store_path.read_bytes().startswith(b'{"threadmark_store":6}\n')


def test_compaction_keeps_everything(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        t = s.add(putin(ru_article))
        for i in range(30):
            s.update(t.model_copy(update={"note": f"edit {i}"}))
        size = store_path.stat().st_size
        s.compact()
        assert store_path.stat().st_size < size
        assert s.undo().action == "edit"
    with AnnotationStore(store_path) as s:
        assert s.get(t.id).note == "edit 28"
        assert s.undo().action == "edit" and s.get(t.id).note == "edit 27"


EDITED = RU_SEED.read_text(encoding="utf-8")


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1
    return text.replace(old, new, 1)


def test_reanchor_on_edited_article(store_path, ru_article):
    a = ru_article
    body = a.body

    def span(s: str, part="body"):
        text = a.part_text(part)
        i = text.index(s)
        return Anchor.for_span(a, part, i, i + len(s))

    unchanged = Claim(anchor=span("Beijing's official response to Putin's comments was evasive"),
                      annotator="ana")
    moved = Quote(anchor=span("Time will tell how our relationship will develop further."),
                  speaker="Putin", annotator="ana")
    reworded = Claim(anchor=span("China has for decades viewed this position as a key element "
                                 "of its independent foreign policy."), annotator="ana")
    deleted = Claim(anchor=span("a group of 120 developing countries in the world"),
                    annotator="ana")
    in_comment = Stance(anchor=span("What a pathetic Putin!", "4"), holder="steelmaker",
                        target="Putin", polarity="against", annotator="ana")
    with AnnotationStore(store_path) as s:
        s.add_article(a)
        s.add_many([unchanged, moved, reworded, deleted, in_comment])
        text = EDITED
        # moved: a new paragraph pushes everything down
        text = edit(text, "On Friday, October 23,", "UPDATE: new lead paragraph.\n\nOn Friday, "
                    "October 23,")
        # duplicated: the Putin sentence now also appears earlier (context picks the right one)
        text = edit(text, "UPDATE: new lead paragraph.", "UPDATE: Putin said: Time will tell how "
                    "our relationship will develop further.")
        text = edit(text, "China has for decades viewed this position as a key element",
                    "For decades China has viewed this position as a key element")
        text = edit(text, ", a group of 120 developing countries in the world", "")
        new = parse_article(text)
        assert new.id != a.id
        res = s.add_article(new)
        rep = res.reanchor
        assert rep is not None and rep.old_article_id == a.id
        assert rep.placed == {unchanged.sid: "exact", moved.sid: "exact",
                              reworded.sid: "fuzzy", in_comment.sid: "position"}
        assert rep.orphans == [deleted.sid]
        got = {t.sid: t for t in s.tags(article_id=new.id)}
        assert got[moved.sid].anchor.start == new.body.index("\n\nTime will tell") + 2
        assert got[unchanged.sid].anchor.exact == unchanged.anchor.exact
        assert got[reworded.sid].anchor.exact.startswith("For decades China has viewed")
        assert s.orphans(new.id) == [deleted] and s.get(deleted.id).anchor.article_id == a.id
        assert [x.id for x in s.articles()] == [new.id]
        assert s.superseded_by(a.id) == new.id
        assert body in s.article(a.id).body  # old text kept: the orphan stays valid
    with AnnotationStore(store_path) as s:
        assert s.problems == [] and len(s.tags(article_id=new.id)) == 4
        assert s.undo().action == "re-anchor"
        assert len(s.tags(article_id=a.id)) == 5


def test_history_keeps_only_one_side(store_path, ru_article):
    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        t = s.add(putin(ru_article))
        (entry,) = s._raw("history").values()
        assert entry["before"] == [None] and "after" not in entry
        s.undo()
        (entry,) = s._raw("history").values()
        assert "before" not in entry and entry["after"][0]["id"] == t.sid
        s.redo()
        (entry,) = s._raw("history").values()
        assert entry["before"] == [None] and "after" not in entry


def test_failed_write_is_not_shown_as_saved(store_path, ru_article, monkeypatch):
    import os as _os

    with AnnotationStore(store_path) as s:
        s.add_article(ru_article)
        kept = s.add(putin(ru_article))
        real_fsync = _os.fsync

        def broken_fsync(fd):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(_os, "fsync", broken_fsync)
        lost = stance(ru_article)
        with pytest.raises(StoreWriteError,
                           match=r"could not save \(No space left on device\); nothing was saved"):
            s.add(lost)
        monkeypatch.setattr(_os, "fsync", real_fsync)
        # memory matches the disk: the failed tag is not there, the saved one is
        assert s.get(lost.id) is None and s.get(kept.id) == kept
        assert [t.id for t in s.tags(article_id=ru_article.id)] == [kept.id]
        assert s.undo().action == "add" and len(s) == 0  # the failed add left no history
    with AnnotationStore(store_path) as s:
        assert s.get(lost.id) is None
