"""The comparison's text figures kept beside the store (``annotations.compare.derived``) and
the article views whose comment tree is read when first used."""

from __future__ import annotations

import os
import stat
import zlib

import orjson
import pytest

from annotations.compare import derived as derived_mod
from annotations.compare.derived import DerivedData, derived_path
from annotations.compare.report import compare_store
from annotations.store import AnnotationStore
from tests.compare_kit import story_store


@pytest.fixture
def story(tmp_path):
    _clear_process_cache()  # the seeds' ids are the same in every test
    path, arts = story_store(tmp_path / "store.db")
    return path, arts


def _compare(path):
    with AnnotationStore(path, readonly=True) as store:
        return compare_store(store, ["valdai"])


def _entries(path):
    data = derived_path(path).read_bytes()
    crc, _, payload = data.rstrip(b"\n").partition(b" ")
    assert int(crc, 16) == zlib.crc32(payload)
    obj = orjson.loads(payload)
    assert obj["format"] == derived_mod.FORMAT and obj["revision"] == derived_mod.REVISION
    return obj["entries"]


def _clear_process_cache():
    from annotations.compare import readers

    readers._REACTIONS.clear()


def test_a_comparison_keeps_its_text_figures_and_the_next_reads_them(story):
    path, arts = story
    ru, us = arts["ru"].id, arts["us"].id
    first = _compare(path)
    entries = _entries(path)
    (figure,) = [k for k in entries if k.startswith("W:")]  # the words figure by grouping
    assert sorted(entries) == sorted([f"c:{ru}", f"c:{us}", f"r:{ru}:{ru}", f"r:{us}:{us}",
                                      f"w:{ru}", f"w:{us}", figure])
    assert entries[figure] == first["words"]
    assert entries[f"c:{ru}"][0] == 12 and len(entries[f"c:{ru}"][2]) == 12
    assert entries[f"r:{ru}:{ru}"] == [[0, "4", entries[f"r:{ru}:{ru}"][0][2]],
                                       [1, "4.2", entries[f"r:{ru}:{ru}"][1][2]]]
    # the next comparison counts from the file: a figure changed there shows (then undone)
    _clear_process_cache()
    entries[f"c:{ru}"][0] = 99
    entries[figure][0]["count"] = 77
    payload = orjson.dumps({"format": derived_mod.FORMAT, "revision": derived_mod.REVISION,
                            "entries": entries})
    derived_path(path).write_bytes(b"%08x " % zlib.crc32(payload) + payload + b"\n")
    again = _compare(path)
    assert again["readers"][0]["comments"] == 99 and again["words"][0]["count"] == 77
    derived_path(path).unlink()
    _clear_process_cache()
    assert _compare(path) == first


def test_the_second_comparison_builds_no_comment_tree(story, monkeypatch):
    from annotations.model import article_view

    path, _arts = story
    first = _compare(path)
    _clear_process_cache()
    built = []
    real = article_view._comments
    monkeypatch.setattr(article_view, "_comments",
                        lambda items: built.append(len(items)) or real(items))
    assert _compare(path) == first
    assert set(built) == {0}  # only the empty stand-in of a lazy view


@pytest.mark.parametrize("damage", ["crc", "foreign", "shape"])
def test_a_damaged_or_foreign_file_changes_nothing(story, damage):
    path, arts = story
    first = _compare(path)
    target = derived_path(path)
    if damage == "crc":
        data = bytearray(target.read_bytes())
        data[20] ^= 1
        target.write_bytes(bytes(data))
    elif damage == "foreign":
        target.write_bytes(b"my own notes, not threadmark's\n")
    else:  # ours, but entries of the wrong shape: computed again
        payload = orjson.dumps({"format": derived_mod.FORMAT, "revision": derived_mod.REVISION,
                                "entries": {f"c:{arts['ru'].id}": [1, {"x": "y"}, []],
                                            f"r:{arts['ru'].id}:{arts['ru'].id}": [[99, "1",
                                                                                     "x"]],
                                            f"w:{arts['ru'].id}": {"x": -1}}})
        target.write_bytes(b"%08x " % zlib.crc32(payload) + payload + b"\n")
    before = target.read_bytes()
    _clear_process_cache()
    assert _compare(path) == first
    if damage == "shape":  # ours: rewritten with the figures computed again
        assert _entries(path)[f"c:{arts['ru'].id}"][0] == 12
    else:  # not ours to overwrite
        assert target.read_bytes() == before


def test_entries_of_another_revision_are_replaced(story, monkeypatch):
    path, arts = story
    _compare(path)
    monkeypatch.setattr(derived_mod, "REVISION", derived_mod.REVISION + 1)
    _clear_process_cache()
    _compare(path)
    assert _entries(path)[f"c:{arts['ru'].id}"][0] == 12


def test_a_symlink_is_not_followed(story, tmp_path):
    path, _arts = story
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"keep me\n")
    os.symlink(elsewhere, derived_path(path))
    first = _compare(path)
    assert elsewhere.read_bytes() == b"keep me\n"
    assert derived_path(path).is_symlink()
    assert first["readers"][0]["comments"] == 12


def test_a_fifo_in_its_place_is_neither_read_nor_replaced(story):
    path, _arts = story
    os.mkfifo(derived_path(path))
    assert _compare(path)["readers"][0]["comments"] == 12  # no blocking read
    assert stat.S_ISFIFO(os.lstat(derived_path(path)).st_mode)


def test_the_most_recently_used_entries_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(derived_mod, "MAX_ENTRIES", 3)
    store = tmp_path / "s.db"
    store.write_bytes(b"")
    d = DerivedData(store)
    for k in "abcd":
        d.put(k, 1)
    assert d.save()
    assert list(_entries(store)) == ["b", "c", "d"]
    d = DerivedData(store)
    assert d.get("b", lambda v: v == 1) == 1
    d.put("e", 2)
    assert d.save()
    assert list(_entries(store)) == ["d", "b", "e"]
    assert DerivedData(None).save() is False


def test_a_lazy_view_reads_its_comments_when_first_used(story):
    from annotations.model.article_view import LazyCommentsView

    path, arts = story
    with AnnotationStore(path, readonly=True) as store:
        view = store.article_view(arts["ru"].id, comments_later=True)
        assert isinstance(view, LazyCommentsView)
        assert view._tree is None
        assert [c.id for c, _d in view.walk()] == [c.id for c, _d in arts["ru"].walk()]
        assert view.comment("4.1").text == arts["ru"].comment("4.1").text
        assert view.title == arts["ru"].title and view.body == arts["ru"].body


def test_a_lazy_view_of_unreadable_comments_falls_back_or_says_so():
    from annotations.errors import StoreError
    from annotations.model.article_view import lazy_view_from_doc

    doc = {"id": "0123456789abcdef", "title": "t", "body": "b",
           "comments": [{"depth": 3, "author": "x", "posted_at": "2024-01-01T00:00:00",
                         "text": "deep without parents"}]}

    class Fallback:
        comments = ["validated"]

    assert lazy_view_from_doc(doc, lambda: Fallback()).comments == ["validated"]
    with pytest.raises(StoreError, match="0123456789abcdef: its comments are not readable"):
        _ = lazy_view_from_doc(doc, lambda: None).comments
    assert lazy_view_from_doc({**doc, "comments": "no"}, lambda: None) is None
    assert lazy_view_from_doc({**doc, "title": 3}, lambda: None) is None


def test_the_words_figure_is_kept_by_grouping(story):
    from annotations.compare import registry

    path, arts = story
    first = _compare(path)["words"]
    with AnnotationStore(path) as store:  # the same articles grouped otherwise: worked out
        registry.set_outlet(store, "Newsweek", group="Russian media")
        registry.set_outlet(store, "Voennoye Obozreniye", group="US press")
    _clear_process_cache()
    swapped = _compare(path)["words"]
    assert {r["group"] for r in swapped} == {"Russian media", "US press"}
    assert [(r["word"], r["z"]) for r in swapped if r["group"] == "US press"] == \
        [(r["word"], r["z"]) for r in first if r["group"] == "Russian media"]
    assert len([k for k in _entries(path) if k.startswith("W:")]) == 2


def test_read_only_compares_without_writing_beside_the_store(story, capsys):
    from tui.cli import main

    path, _ = story
    assert main(["--store", str(path), "--read-only", "compare", "valdai", "--json"]) == 0
    with_flag = capsys.readouterr().out
    assert not derived_path(path).exists()  # --read-only: no file written beside the store
    _clear_process_cache()
    assert main(["--store", str(path), "compare", "valdai", "--json"]) == 0
    assert capsys.readouterr().out == with_flag
    assert derived_path(path).exists()


def test_a_comments_entry_holds_counts_and_ids_of_their_own_types():
    from annotations.compare.readers import _is_comments

    assert _is_comments([2, {"ana": 1, "ben": 1}, ["1", "1.1"]])
    assert _is_comments([0, {}, []])
    for bad in ([2, {"ana": True}, ["1"]], [2, {"ana": 1.0}, ["1"]], [2, {"ana": 1}, [1]],
                [2, {"ana": 1}, ["1", None]], [True, {}, []], [2, {}, ("1",)], [2, {}]):
        assert not _is_comments(bad), bad
