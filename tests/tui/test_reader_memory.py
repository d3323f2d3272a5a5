"""Memory over a session: a closed reader screen is collected, however many are opened."""

from __future__ import annotations

import gc
import weakref

from textual._styles_cache import StylesCache
from textual.widget import Widget

from tests.conftest import RU_SEED
from tests.tui.helpers import make_app
from tui.gc_session import freeze_long_lived, release_frozen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.passage.view import PassageView


async def _open_and_close(app, pilot) -> weakref.ref:
    await pilot.press("enter")  # the library's first article
    await pilot.pause()
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    await pilot.press("escape")  # the article pane has the focus: back to the library
    await pilot.pause()
    assert isinstance(app.screen, LibraryScreen)
    return weakref.ref(reader)


async def test_closed_readers_are_collected(tmp_path):
    app = make_app(tmp_path / "s.db")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        refs = [await _open_and_close(app, pilot) for _ in range(3)]
        await pilot.pause()
        gc.collect()
        assert [r() for r in refs] == [None, None, None]
        # nor any of their widgets (a text view kept by the app's theme signal, say)
        assert [o for o in gc.get_objects() if isinstance(o, PassageView)] == []
        # nor the lines they drew: every widget's styles cache (its rendered lines) goes
        # with the widget (Textual's colour cache kept 1,024 of them, ~100 MB)
        live = {id(o._styles_cache) for o in gc.get_objects() if isinstance(o, Widget)}
        orphans = [o for o in gc.get_objects()
                   if isinstance(o, StylesCache) and id(o) not in live]
        assert orphans == []


async def test_the_reader_open_when_the_store_was_replayed_is_collected(tmp_path):
    """An existing store is replayed after the reader's first frame, and the app then
    freezes what is alive (the store's records, and this reader) out of the GC's reach."""
    async with make_app(tmp_path / "s.db").run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the seeds are stored; closing writes the library index
        await pilot.app.workers.wait_for_complete()
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = app.screen
        assert isinstance(first, ReaderScreen)
        assert gc.get_freeze_count() > 0
        ref = weakref.ref(first)
        del first
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await _open_and_close(app, pilot)
        await pilot.pause()
        gc.collect()
        assert ref() is None


def test_objects_frozen_with_the_store_are_collectable_once_released():
    class Screenish:
        pass

    gc.collect()
    obj = Screenish()
    ref = weakref.ref(obj)
    obj.cycle = obj  # only the cyclic collector can free it
    freeze_long_lived()
    del obj
    gc.collect()
    assert ref() is not None  # frozen: out of the collector's reach
    release_frozen()
    gc.collect()
    assert ref() is None
    assert gc.get_freeze_count() == 0
