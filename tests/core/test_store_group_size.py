"""An article's tags are kept in groups of 64 (``lazydocs.GROUP_TAGS``): reading one tag
decodes its group only, however many tags the article holds (#28: a team's articles hold
every member's)."""

from __future__ import annotations

import random

import pytest

from annotations import AnnotationStore
from annotations.store.file import journal
from annotations.store.file.journal import decode_line
from benchmarks.bench_store import make_tags
from tests.synckit import DecodeCount


def _group_sizes(path) -> list[int]:
    lines = path.read_bytes().split(b"\n")[1:]
    return [len(op[3]) for line in lines if line for op in decode_line(line, True)
            if op[0] == "g"]


@pytest.mark.parametrize("count", [3 * 64 + 10, 6 * 64 + 10])
def test_reading_one_tag_decodes_its_group_only(tmp_path, ru_article, monkeypatch, count):
    """Whatever the article holds (202 or 394 tags), a tag costs its group of 64."""
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        tags = s.add_many(make_tags(ru_article, count, random.Random(3)))
        s.compact()
    full = count // 64
    assert sorted(_group_sizes(path)) == [10] + [64] * full
    decoded = DecodeCount(monkeypatch)
    with AnnotationStore(path) as s:  # through the group map: nothing decoded on open
        assert decoded.tags == 0
        for t in tags[:3] + tags[-3:]:  # the first group's and the last group's
            assert s.get(t.sid) == t
        assert decoded.tags == 64 + 10
        s.update(tags[0].model_copy(update={"note": "edited"}))
        s.compact()  # only the changed group is decoded to be written again
        assert decoded.tags == 64 + 10
        assert len(s.tags(ru_article.id)) == count  # the reader's article: every group
        assert decoded.tags == count
    assert sorted(_group_sizes(path)) == [10] + [64] * full
    with AnnotationStore(path) as s:
        assert s.get(tags[0].sid).note == "edited"
        assert sorted(t.sid for t in s) == sorted(t.sid for t in tags)


def test_a_store_written_with_bigger_groups_is_read_as_it_is_and_regrouped_when_changed(
        tmp_path, ru_article, us_article, monkeypatch):
    path = tmp_path / "s.db"
    monkeypatch.setattr(journal, "GROUP_TAGS", 5000)  # as a snapshot before #28 wrote it
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        ru = s.add_many(make_tags(ru_article, 150, random.Random(4)))
        us = s.add_many(make_tags(us_article, 100, random.Random(5)))
        s.compact()
    monkeypatch.setattr(journal, "GROUP_TAGS", 64)
    assert sorted(_group_sizes(path)) == [100, 150]
    decoded = DecodeCount(monkeypatch)
    with AnnotationStore(path) as s:
        assert s.get(ru[7].sid) == ru[7]
        assert decoded.tags == 150  # its group, whole, as written
        s.update(ru[7].model_copy(update={"note": "edited"}))
        s.compact()  # the changed group in groups of 64; the other kept as it was
        assert decoded.tags == 150
    assert sorted(_group_sizes(path)) == [22, 64, 64, 100]
    with AnnotationStore(path) as s:
        assert s.get(ru[7].sid).note == "edited"
        assert sorted(t.sid for t in s) == sorted(t.sid for t in ru + us)
