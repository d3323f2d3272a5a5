"""Memory over a session: a closed reader screen is collected, however many are opened."""

from __future__ import annotations

import gc
import weakref

from textual.widget import Widget

from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, opened_reader, wait_until
from tui.compat_textual import widget_painter
from tui.gc_session import YOUNG_THRESHOLD, SessionThreshold, freeze_long_lived, release_frozen
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
                   if isinstance(o, widget_painter()) and id(o) not in live]
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


async def test_the_young_threshold_is_raised_once_and_closed_readers_still_go(tmp_path,
                                                                              monkeypatch):
    """After its first frame the app raises generation 0's threshold once (not per reader),
    puts it back when it exits, and a collection still frees every closed reader."""
    calls = []
    real = gc.set_threshold

    def spy(*thresholds):
        calls.append(thresholds)
        real(*thresholds)

    monkeypatch.setattr(gc, "set_threshold", spy)
    before = gc.get_threshold()
    raised = (max(YOUNG_THRESHOLD, before[0]), *before[1:])
    app = make_app(tmp_path / "s.db")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: gc.get_threshold() == raised, "the raised threshold")
        refs = [await _open_and_close(app, pilot) for _ in range(3)]
        await pilot.pause()
        assert calls == [raised]  # once, after the first frame: no reader sets it again
        gc.collect()
        assert [r() for r in refs] == [None, None, None]
    assert gc.get_threshold() == before
    assert calls == [raised, before]


def test_the_session_threshold_restores_what_it_replaced():
    before = gc.get_threshold()
    try:
        gc.set_threshold(50_000, 7, 3)  # a caller's own, higher, thresholds are kept
        session = SessionThreshold()
        session.raise_young()
        assert gc.get_threshold() == (50_000, 7, 3)
        gc.set_threshold(700, 7, 3)
        session = SessionThreshold()
        session.raise_young()
        session.raise_young()  # a second call keeps the first one's saved thresholds
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 7, 3)
        session.restore()
        assert gc.get_threshold() == (700, 7, 3)
        session.restore()  # nothing raised: nothing changed
        assert gc.get_threshold() == (700, 7, 3)
    finally:
        gc.set_threshold(*before)


async def test_a_readers_validated_tags_are_out_of_the_collectors_reach(tmp_path, ru_article):
    """Once its tags are validated (the suggestions worker) the reader freezes them with
    itself: a full collection no longer re-scans an article's tens of thousands of tags on
    some key (~350 ms at 50,000); closing the reader gives them back, and it is collected."""
    from annotations import Anchor, AnnotationStore, Quote

    comments = [c.id for c, _ in ru_article.walk()]
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        s.add_many([Quote(anchor=Anchor.for_span(ru_article, cid, 0, 4), speaker="X",
                          annotator="ana") for cid in comments[:5]])
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await opened_reader(app, pilot)
        await wait_until(pilot, lambda: app.screen.suggestions.found
                         and not app.screen.sides[0].drawn_from_marks, "the validated tags drawn")
        tags = list(reader.sides[0].tag_index.tags)
        assert len(tags) == 5 and all(gc.is_tracked(t) for t in tags)  # (containers)
        tracked = {id(o) for o in gc.get_objects()}
        assert [t for t in tags if id(t) in tracked] == []  # frozen, not in a generation
        assert id(reader) not in tracked
        ref = weakref.ref(reader)
        del reader, tags
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        gc.collect()
        assert ref() is None
