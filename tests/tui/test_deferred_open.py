"""The app on a store closed cleanly: the library from its index, the journal in a worker."""

from __future__ import annotations

import os

from annotations import AnnotationStore
from tests.conftest import RU_SEED
from tests.factories import putin
from tests.tui.helpers import make_app, screen_text
from tui.screens.error import ErrorScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen


def _stored(tmp_path, ru_article, us_article):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add(putin(ru_article))
    return path


async def test_the_library_shows_the_index_and_the_journal_replays_after(
        tmp_path, ru_article, us_article):
    path = _stored(tmp_path, ru_article, us_article)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.store.pending  # the first frame came from the index
        rows = [[str(c) for c in app.screen.table.get_row_at(i)][3:] for i in range(2)]
        assert rows == [["12", "1"], ["0", "0"]]
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.store.pending
        assert app.store.tag_count(ru_article.id) == 1
        assert isinstance(app.screen, LibraryScreen)
        assert [[str(c) for c in app.screen.table.get_row_at(i)][3:] for i in range(2)] == rows


async def test_damage_the_replay_finds_is_one_clear_screen_and_the_file_is_kept(
        tmp_path, ru_article, us_article):
    path = _stored(tmp_path, ru_article, us_article)
    data = bytearray(path.read_bytes())
    data[data.index(b"Vladimir Putin") + 3] ^= 0x02
    st = os.stat(path)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # the index still matches
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        text = " ".join(screen_text(app).split())
        assert "is damaged (checksum mismatch); the file was left untouched" in text, text
    assert path.read_bytes() == bytes(data)


async def test_open_goes_straight_to_the_reader_and_escape_to_the_library(
        tmp_path, ru_article, us_article):
    path = _stored(tmp_path, ru_article, us_article)
    app = make_app(path, open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "ReaderScreen"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.table.row_count == 2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and len(app.screen_stack) == 2
