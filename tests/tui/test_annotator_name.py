"""The first start with no annotator name asks for one and keeps it in settings.json (#22)."""

from __future__ import annotations

import json
import os

from tests.tui.helpers import messages
from tui.app import ThreadmarkApp
from tui.screens.annotator_name import AnnotatorNameScreen


async def test_the_first_start_asks_for_a_name_and_saves_it(tmp_path):
    settings = tmp_path / "config" / "settings.json"
    app = ThreadmarkApp(store_path=tmp_path / "s.db", seed_if_empty=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AnnotatorNameScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, AnnotatorNameScreen)  # an empty name is no name
        await pilot.press(*"a/b", "enter")
        assert isinstance(app.screen, AnnotatorNameScreen)
        error = app.screen.query_one("#name-error").render()
        assert "must not start with a dot or hold a slash" in str(error)
        await pilot.press("backspace", "backspace", "backspace", *"dana", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, AnnotatorNameScreen)
        assert app.annotator == "dana"
        assert "Tagging as dana (saved in settings.json)" in messages(app)
    assert json.loads(settings.read_text())["annotator"] == "dana"
    again = ThreadmarkApp(store_path=tmp_path / "s.db", seed_if_empty=False)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not isinstance(again.screen, AnnotatorNameScreen)
        assert again.annotator == "dana"


async def test_no_question_when_a_name_is_given_or_the_store_is_read_only(tmp_path,
                                                                          monkeypatch):
    (tmp_path / "s.db").parent.mkdir(exist_ok=True)
    for kw in ({"annotator": "ana"}, {"readonly": True}):
        if kw.get("readonly"):
            async with ThreadmarkApp(store_path=tmp_path / "s.db").run_test():
                pass  # make the store
        app = ThreadmarkApp(store_path=tmp_path / "s.db", seed_if_empty=False, **kw)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert not isinstance(app.screen, AnnotatorNameScreen), kw
    monkeypatch.setenv("THREADMARK_ANNOTATOR", "env-name")
    app = ThreadmarkApp(store_path=tmp_path / "s.db", seed_if_empty=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, AnnotatorNameScreen)
        assert app.annotator == "env-name"
    assert not (tmp_path / "config" / "settings.json").exists()


async def test_later_keeps_the_stand_in_and_sync_waits_for_a_name(tmp_path):
    store = tmp_path / "s.db"
    app = ThreadmarkApp(store_path=store, seed_if_empty=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        assert not isinstance(app.screen, AnnotatorNameScreen)
        app.store.set_meta("sync", {"remote": os.fspath(tmp_path / "none.git")})
        await pilot.press("ctrl+g")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(m.startswith("no annotator name set (only the login name")
                   for m in messages(app))
    assert not (tmp_path / "config" / "settings.json").exists()
