"""The derived data worked out as articles are added (``compare.on_add`` through
``sources.adding``): the first comparison after an import tokenises no text."""

from __future__ import annotations

import zlib

import orjson
import pytest

from annotations.compare import derived as derived_mod
from annotations.compare.derived import derived_path
from annotations.sources.adding import add_file, add_files
from annotations.store import AnnotationStore
from tests.compare_kit import story_store
from tests.conftest import RU_SEED, US_SEED


def _entries(path):
    data = derived_path(path).read_bytes()
    crc, _, payload = data.rstrip(b"\n").partition(b" ")
    assert int(crc, 16) == zlib.crc32(payload)
    return orjson.loads(payload)["entries"]


@pytest.fixture(autouse=True)
def _no_process_cache():
    from annotations.compare import readers

    readers._REACTIONS.clear()  # the seeds' ids are the same in every test
    yield
    readers._REACTIONS.clear()


def _compare_json(path, capsys):
    from tui.cli import main

    assert main(["--store", str(path), "compare", "valdai", "--json"]) == 0
    return capsys.readouterr().out


def _puts(monkeypatch):
    """The keys the derived data is given from now on (what is computed, not read)."""
    put = []
    real = derived_mod.DerivedData.put

    def counting(self, key, value):
        put.append(key)
        real(self, key, value)

    monkeypatch.setattr(derived_mod.DerivedData, "put", counting)
    return put


def test_a_comparison_after_adding_files_computes_no_text_figure(tmp_path, monkeypatch,
                                                                 capsys):
    imported = tmp_path / "imported.db"
    with AnnotationStore(imported) as store:
        added = add_files(store, [RU_SEED, US_SEED])
    assert added.messages == []
    ru, us = added.ids
    kept = _entries(imported)
    assert sorted(kept) == sorted([f"c:{ru}", f"c:{us}", f"r:{ru}:{ru}", f"r:{us}:{us}",
                                   f"w:{ru}", f"w:{us}"])
    story_store(imported)  # the same articles (already there), tags, outlets and the story
    put = _puts(monkeypatch)
    after_import = _compare_json(imported, capsys)
    (figure,) = put  # only the words figure of this grouping: no comment or body tokenised
    assert figure.startswith("W:")

    # the same store without the derived data: the comparison computes every entry itself
    kept = _entries(imported)
    derived_path(imported).unlink()
    put.clear()
    from annotations.compare import readers

    readers._REACTIONS.clear()
    assert _compare_json(imported, capsys) == after_import  # byte for byte
    assert sorted(put) == sorted(kept)
    assert _entries(imported) == kept  # the entries as the comparison makes them


def test_adding_read_only_or_again_writes_nothing_beside_the_store(tmp_path):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as store:
        add_file(store, RU_SEED)
    before = derived_path(path).read_bytes()
    assert len(_entries(path)) == 3  # the Russian seed's
    with AnnotationStore(path, readonly=True) as store:
        found = add_file(store, US_SEED, readonly=True)
    assert found.failed
    assert derived_path(path).read_bytes() == before
    edited = tmp_path / "again.txt"  # the same article in other bytes: parsed, not new
    edited.write_bytes(RU_SEED.read_bytes() + b"\n")
    with AnnotationStore(path) as store:
        again = add_file(store, edited)
    assert (again.new, again.known) == (0, 1)
    assert derived_path(path).read_bytes() == before


def test_a_file_not_ours_beside_the_store_is_kept(tmp_path):
    path = tmp_path / "s.db"
    derived_path(path).write_bytes(b"my own notes\n")
    with AnnotationStore(path) as store:
        one = add_file(store, RU_SEED)
    assert one.new == 1 and not one.messages  # the cache is never an error
    assert derived_path(path).read_bytes() == b"my own notes\n"


def test_the_app_start_adds_without_them_and_keeps_them_after(tmp_path):
    from annotations.compare.on_add import keep_missing

    derived_at_add = tmp_path / "at_add.db"
    with AnnotationStore(derived_at_add) as store:
        add_files(store, [RU_SEED, US_SEED])
    path = tmp_path / "s.db"
    with AnnotationStore(path) as store:
        added = add_files(store, [RU_SEED, US_SEED], derive=False)
        assert not derived_path(path).exists()
        assert keep_missing(store, added.ids) == 2
        assert keep_missing(store, added.ids) == 0  # kept: nothing worked out again
    assert _entries(path) == _entries(derived_at_add)
    derived_path(path).unlink()
    with AnnotationStore(path, readonly=True) as store:
        assert keep_missing(store, added.ids) == 0
    assert not derived_path(path).exists()


def test_an_import_writes_the_derived_data_once(tmp_path, monkeypatch, capsys):
    from tui.cli import main

    path = tmp_path / "s.db"
    AnnotationStore(path).close()
    written = []
    real = derived_mod.DerivedData.save

    def counting(self):
        done = real(self)
        written.append(done)
        return done

    monkeypatch.setattr(derived_mod.DerivedData, "save", counting)
    assert main(["--store", str(path), "import", str(RU_SEED), str(US_SEED)]) == 0
    assert capsys.readouterr().out == "added 2, already there 0, failed 0\n"
    assert written == [True]  # one write for both files
    assert len(_entries(path)) == 6
