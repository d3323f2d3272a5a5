"""The group map (#28) under hazards: compaction in the same session, a second process,
crashes, full disks, files swapped or edited under the map."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import zlib

import orjson
import pytest

from annotations import Anchor, AnnotationStore, Quote
from annotations.store.file import cache_file, group_map
from annotations.util import safe_files
from tests.conftest import RU_SEED


def _quotes(article, n, who="ana"):
    return [Quote(anchor=Anchor.for_span(article, "body", 0, 40), speaker=f"Speaker {i}",
                  annotator=who) for i in range(n)]


def _compacted(path, ru_article, us_article):
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many(_quotes(ru_article, 3))
        s.add_many(_quotes(us_article, 2, who="bo"))
        s.compact()
    with AnnotationStore(path, readonly=True) as s:
        return {t.id: t.model_dump(mode="json") for t in s}


def test_groups_and_articles_left_unread_are_read_after_a_compaction_in_the_session(
        tmp_path, ru_article, us_article):
    path = tmp_path / "tags.db"
    want = _compacted(path, ru_article, us_article)
    with AnnotationStore(path) as s:  # mapped open: nothing read yet
        s.compact()  # the app compacts in a worker mid-session
        got = {t.id: t.model_dump(mode="json") for t in s.tags(article_id=us_article.id)}
        assert s.article(us_article.id) == us_article
        assert {t.id: t.model_dump(mode="json") for t in s} == want
    assert len(got) == 2 and got.items() <= want.items()


def test_a_map_far_bigger_than_any_map_of_the_store_is_not_read(tmp_path, ru_article,
                                                                us_article, monkeypatch):
    path = tmp_path / "tags.db"
    want = _compacted(path, ru_article, us_article)
    where = group_map.map_path(path)
    obj = orjson.loads(where.read_bytes()[9:])
    huge = 4 * path.stat().st_size + (2 << 20)
    obj["padding"] = "x" * huge  # well formed, current, and bigger than any map of the store
    payload = orjson.dumps(obj)
    where.write_bytes(b"%08x " % zlib.crc32(payload) + payload + b"\n")
    read = []
    real = safe_files.read_regular

    def spy(p, limit=None):
        data = real(p, limit)
        read.append((os.path.basename(p), len(data)))
        return data

    monkeypatch.setattr(cache_file, "read_regular", spy)
    with AnnotationStore(path, readonly=True) as s:
        assert {t.id: t.model_dump(mode="json") for t in s} == want
    assert [n for n, _ in read] == [] and where.stat().st_size > huge


def test_a_current_map_naming_a_line_inside_the_header_means_the_full_replay(
        tmp_path, ru_article, us_article):
    path = tmp_path / "tags.db"
    want = _compacted(path, ru_article, us_article)
    where = group_map.map_path(path)
    obj = orjson.loads(where.read_bytes()[9:])
    obj["articles"] = [row for row in obj["articles"] if row[2] != 2]
    obj["lines"] = [row for row in obj["lines"] if row[2] != 2]
    obj["lines"][0][:3] = [1, 11, 2]  # a "line 2" inside the header line
    payload = orjson.dumps(obj)
    where.write_bytes(b"%08x " % zlib.crc32(payload) + payload + b"\n")  # well formed, current
    with AnnotationStore(path, readonly=True) as s:
        assert {t.id: t.model_dump(mode="json") for t in s} == want


def _speakers(path):
    with AnnotationStore(path, readonly=True) as s:
        return sorted(t.speaker for t in s)


def test_a_full_disk_while_the_map_is_written_costs_only_speed(tmp_path, ru_article,
                                                               us_article, monkeypatch):
    path = tmp_path / "tags.db"
    _compacted(path, ru_article, us_article)

    def no_room(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with AnnotationStore(path) as s:
        s.add(Quote(anchor=Anchor.for_span(ru_article, "body", 0, 40), speaker="Saved",
                    annotator="cy"))
        monkeypatch.setattr(cache_file.os, "fdopen", no_room)  # the index and the map
    monkeypatch.undo()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert "Saved" in _speakers(path)


_KILLED = """
import os, signal, sys
from annotations import Anchor, AnnotationStore, Quote, parse_article
from annotations.store.file import cache_file
article = parse_article(open(sys.argv[2], encoding="utf-8").read())
real = cache_file.os.replace
def die(src, dst):
    if str(dst).endswith(".groups"):  # the new map is written, not yet in place
        os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst)
cache_file.os.replace = die
s = AnnotationStore(sys.argv[1])
s.add(Quote(anchor=Anchor.for_span(article, "body", 0, 40), speaker="Saved", annotator="k"))
if sys.argv[3] == "compact":
    s.compact()
s.close()
"""


@pytest.mark.parametrize("then", ["compact", "close"])
def test_kill_9_while_the_map_is_written_loses_no_tag(tmp_path, ru_article, us_article,
                                                       then):
    path = tmp_path / "tags.db"
    _compacted(path, ru_article, us_article)
    seed = tmp_path / "article.txt"
    seed.write_text(RU_SEED.read_text(encoding="utf-8"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _KILLED, str(path), str(seed), then],
                          capture_output=True, text=True, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the crash's leftover
    with AnnotationStore(path) as s:  # a writable open takes it away
        assert sorted(t.speaker for t in s).count("Saved") == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert _speakers(path).count("Saved") == 1
