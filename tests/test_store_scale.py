"""The store at scale: a big batch leaves a compact file behind (quick to open in a fresh
process), and reads never wait for a writer's fsync."""

from __future__ import annotations

import random

from annotations import AnnotationStore
from annotations.journal import decode_line
from benchmarks.bench_store import make_tags


def _tag_ops(path) -> list[str]:
    """The kinds of operation on the tags table in the file: "g" (a snapshot's group) or
    "p" (a change line's record)."""
    lines = path.read_bytes().split(b"\n")[1:]
    return sorted({op[0] for line in lines if line for op in decode_line(line, True)
                   if op[1] == "tags"})


def test_a_big_batch_is_compacted_on_close(tmp_path, ru_article, monkeypatch):
    monkeypatch.setattr(AnnotationStore, "COMPACT_AFTER_BYTES", 50_000)
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        tags = s.add_many(make_tags(ru_article, 150, random.Random(1)))
        assert s._db.journal.appended_bytes >= 50_000
        assert s.compaction_due()
        assert _tag_ops(path) == ["p"]  # written as one change line
    assert _tag_ops(path) == ["g"]  # closed: a snapshot, the tags in groups
    with AnnotationStore(path) as s:
        assert sorted(str(t.id) for t in s.tags()) == sorted(str(t.id) for t in tags)
        assert s.undo().action == "add" and s.tags() == []  # the undo record kept


def test_small_batches_are_left_to_the_line_count(tmp_path, ru_article, monkeypatch):
    monkeypatch.setattr(AnnotationStore, "COMPACT_AFTER_BYTES", 50_000)
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_many(make_tags(ru_article, 5, random.Random(1)))
        assert not s.compaction_due()
    assert _tag_ops(path) == ["p"]
