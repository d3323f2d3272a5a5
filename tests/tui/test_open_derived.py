"""The app's start adds the files it opens without the comparison's derived data (before its
first frame) and keeps it after that frame (``compare.on_add.keep_missing``)."""

from __future__ import annotations

import zlib

import orjson

from annotations.compare.derived import derived_path
from tests.conftest import RU_SEED
from tests.tui.helpers import wait_until
from tui.app import ThreadmarkApp


async def test_a_file_opened_at_the_start_gets_its_derived_data_after_the_first_frame(
        tmp_path, monkeypatch):
    from annotations.sources import adding

    asked = []
    real = adding.add_files

    def recording(*a, **k):
        asked.append(k.get("derive", True))
        return real(*a, **k)

    monkeypatch.setattr(adding, "add_files", recording)
    path = tmp_path / "s.db"
    app = ThreadmarkApp(store_path=path, open_paths=[RU_SEED], annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: derived_path(path).exists(), "the derived data")
        (aid,) = app.store.article_ids()
    assert asked == [False]  # the add before the first frame works nothing out
    data = derived_path(path).read_bytes()
    crc, _, payload = data.rstrip(b"\n").partition(b" ")
    assert int(crc, 16) == zlib.crc32(payload)
    entries = orjson.loads(payload)["entries"]
    assert sorted(entries) == sorted([f"c:{aid}", f"r:{aid}:{aid}", f"w:{aid}"])
    assert entries[f"c:{aid}"][0] == 12
