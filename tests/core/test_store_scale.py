"""The store at scale: a big batch leaves a compact file behind (quick to open in a fresh
process), and reads never wait for a writer's fsync."""

from __future__ import annotations

import errno
import random
import threading

from annotations import AnnotationStore
from annotations.errors import StoreWriteError
from annotations.store.file.journal import decode_line
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


class _SlowDisk:
    """``os.fsync`` that waits until ``release`` is set (``entered`` says one is waiting)."""

    def __init__(self, monkeypatch, fail: bool = False) -> None:
        import os

        self.entered = threading.Event()
        self.release = threading.Event()
        self.fail = fail
        self._real = os.fsync
        monkeypatch.setattr(os, "fsync", self)

    def __call__(self, fd: int) -> None:
        self.entered.set()
        assert self.release.wait(30)
        if self.fail:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._real(fd)


def _in_thread(fn) -> tuple[threading.Thread, list]:
    out: list = []

    def run() -> None:
        try:
            out.append(fn())
        except BaseException as e:  # noqa: BLE001 - handed to the test
            out.append(e)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def test_reads_answer_while_a_write_waits_for_its_fsync(tmp_path, ru_article, monkeypatch):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        first = s.add(make_tags(ru_article, 1, random.Random(1))[0])
        second, third = make_tags(ru_article, 2, random.Random(2))
        disk = _SlowDisk(monkeypatch)
        writer, written = _in_thread(lambda: s.add(second))
        assert disk.entered.wait(30)  # the writer is in its fsync
        reader, read = _in_thread(lambda: (s.tags(article_id=ru_article.id), s.counts(),
                                           s.article_summaries(), s.get(first.id)))
        reader.join(30)
        assert not reader.is_alive()  # answered while the fsync waits
        tags, counts, summaries, got = read[0]
        assert got == first and first in tags and summaries[0].id == ru_article.id
        assert writer.is_alive() and written == []  # not acknowledged before its fsync
        later, later_out = _in_thread(lambda: s.add(third))  # a second writer waits its turn
        disk.release.set()
        writer.join(30)
        later.join(30)
        assert written == [second] and later_out == [third]
    lines = path.read_bytes().split(b"\n")
    assert lines.index(next(x for x in lines if str(second.id).encode() in x)) < \
        lines.index(next(x for x in lines if str(third.id).encode() in x))  # in call order
    with AnnotationStore(path) as s:
        assert {str(t.id) for t in s.tags()} == {str(first.id), str(second.id), str(third.id)}


def test_a_failed_fsync_outside_the_lock_saves_nothing(tmp_path, ru_article, monkeypatch):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        first = s.add(make_tags(ru_article, 1, random.Random(1))[0])
        size = path.stat().st_size
        disk = _SlowDisk(monkeypatch, fail=True)
        tag = make_tags(ru_article, 1, random.Random(2))[0]
        writer, out = _in_thread(lambda: s.add(tag))
        assert disk.entered.wait(30)
        disk.release.set()
        writer.join(30)
        assert isinstance(out[0], StoreWriteError) and "nothing was saved" in str(out[0])
        assert path.stat().st_size == size
        assert s.get(tag.id) is None and [t.id for t in s.tags()] == [first.id]
        disk.fail = False  # the disk has room again
        assert s.undo().action == "add" and s.tags() == []  # the undo record is the first's
    with AnnotationStore(path) as s:
        assert s.get(tag.id) is None


def test_reads_answer_while_compaction_writes_its_snapshot(tmp_path, ru_article,
                                                           monkeypatch):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        tags = [s.add(t) for t in make_tags(ru_article, 5, random.Random(1))]
        disk = _SlowDisk(monkeypatch)
        compactor, done = _in_thread(s.compact)
        assert disk.entered.wait(30)  # the snapshot's fsync waits
        reader, read = _in_thread(lambda: [t.id for t in s.tags(article_id=ru_article.id)])
        reader.join(30)
        assert not reader.is_alive() and sorted(read[0]) == sorted(t.id for t in tags)
        writer, written = _in_thread(lambda: s.add(make_tags(ru_article, 1,
                                                             random.Random(9))[0]))
        assert compactor.is_alive()
        disk.release.set()
        compactor.join(30)
        writer.join(30)
        assert done == [None] and len(written) == 1 and not isinstance(written[0], Exception)
        assert _tag_ops(path) == ["g", "p"]  # the snapshot, then the write after it
    with AnnotationStore(path) as s:
        assert {t.id for t in s.tags()} == {t.id for t in tags} | {written[0].id}


def test_every_writer_waits_its_turn_behind_an_unsynced_line(tmp_path, ru_article, us_article,
                                                            monkeypatch):
    """A write while another's line waits for its fsync comes after it (a failed fsync of the
    first then cannot cut off a line already acknowledged)."""
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        disk = _SlowDisk(monkeypatch)
        first, first_out = _in_thread(lambda: s.add(make_tags(ru_article, 1,
                                                              random.Random(1))[0]))
        assert disk.entered.wait(30)
        size = path.stat().st_size
        remover, removed = _in_thread(lambda: s.remove_article(us_article.id))
        remover.join(0.5)  # a bounded look: it must still be waiting
        assert remover.is_alive() and path.stat().st_size == size
        disk.release.set()
        first.join(30)
        remover.join(30)
        assert len(first_out) == 1 and removed == [None]
        assert us_article.id in s.removed_articles()
