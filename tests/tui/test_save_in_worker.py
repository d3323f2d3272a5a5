"""Saving a tag runs in a worker: the UI keeps running while the write (validation, fsync)
happens, and the form closes showing the tag saved only once it is on disk (#16)."""

from __future__ import annotations

import threading

from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, messages
from tui.screens.tag_form import TagForm


async def test_the_form_waits_for_the_durable_write_without_blocking(tmp_path, monkeypatch):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    gate = threading.Event()
    threads = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        store = app.store
        real_add = store.add

        def slow_add(tag):
            threads.append(threading.get_ident())
            gate.wait(30)
            return real_add(tag)

        monkeypatch.setattr(store, "add", slow_add)
        await pilot.press("right_curly_bracket", "V", "q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        await pilot.press("enter")
        await pilot.pause()
        # the write is held: the form is still up, nothing claims to be saved, keys still work
        assert app.screen is form and len(store) == 0 and form.saving
        assert not any(m.startswith("Saved") for m in messages(app))
        await pilot.press("enter")  # a second enter does not save twice
        await pilot.press("tab")
        await pilot.pause()
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not form and len(store) == 1
        assert threads and threads[0] != app.ui_thread and len(threads) == 1
        assert any(m.startswith("Saved quote") for m in messages(app))


async def test_writes_run_off_the_ui_thread_in_the_order_asked(tmp_path, ru_article,
                                                                monkeypatch):
    from annotations import AnnotationStore
    from tests.factories import claim, putin
    from tui.screens.tags import TagsScreen

    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        q, c = s.add_many([putin(ru_article), claim(ru_article)])
    app = make_app(path, open_paths=[RU_SEED])
    gate = threading.Event()
    order = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        store = app.store
        real_delete, real_undo = store.delete, store.undo

        def slow_delete(tid):
            order.append(("delete", threading.get_ident()))
            gate.wait(30)
            return real_delete(tid)

        def undo():
            order.append(("undo", threading.get_ident()))
            return real_undo()

        monkeypatch.setattr(store, "delete", slow_delete)
        monkeypatch.setattr(store, "undo", undo)
        await pilot.press("a")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, TagsScreen) and panel.table.row_count == 2
        await pilot.press("down", "d", "u")  # delete the claim, undo it at once
        await pilot.pause()
        # the delete is held: nothing shown as deleted, the panel still answers keys
        assert panel.table.row_count == 2 and len(store) == 2
        assert not any(m.startswith("Deleted") for m in messages(app))
        await pilot.press("up")
        assert panel.table.cursor_row == 0
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [what for what, _ in order] == ["delete", "undo"]  # never undo before delete
        assert all(t != app.ui_thread for _, t in order)
        assert store.get(c.id) == c and panel.table.row_count == 2
        said = messages(app)
        assert said.index("Deleted claim; u undoes") < next(
            i for i, m in enumerate(said) if m.startswith("Undid"))
