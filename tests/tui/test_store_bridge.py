"""Every write a screen makes goes through ``StoreBridge.write``: one rule for its result
(a refusal said in one line, a bug raised, ``tags_changed`` published on success) (#27)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from annotations import Anchor, Quote
from annotations.errors import StoreError
from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, messages, opened_reader, press_written, wait_until
from tui.screens.tags import TagsScreen
from tui.store_bridge.bridge import StoreBridge, never


class InlineWriter:
    """The write queue, run at once (the rule is what is tested here)."""

    def submit(self, job, then=None):
        try:
            result = job()
        except Exception as e:  # noqa: BLE001 - as StoreWriter hands any exception to ``then``
            result = e
        if then is not None:
            then(result)


def fake_app():
    said, published = [], []
    app = SimpleNamespace(say=lambda text, severity="information": said.append((severity, text)),
                          tags_changed=SimpleNamespace(publish=published.append),
                          call_later=lambda fn, *args: fn(*args))
    return app, said, published


def failing(error):
    def job():
        raise error
    return job


def test_a_refusal_is_said_in_one_line_and_nothing_follows():
    app, said, published = fake_app()
    done = []
    StoreBridge(app, InlineWriter()).write(
        failing(StoreError("the store is read-only\nsecond line")), done.append)
    assert said == [("error", "the store is read-only")] and published == [] and done == []


def test_a_refusal_goes_to_refused_when_given():
    app, said, published = fake_app()
    refused = []
    StoreBridge(app, InlineWriter()).write(failing(OSError("disk full")), refused=refused.append)
    assert said == [] and published == [] and [str(e) for e in refused] == ["disk full"]


def test_a_bug_is_raised_not_reported_as_done():
    app, said, published = fake_app()
    done = []
    with pytest.raises(KeyError):
        StoreBridge(app, InlineWriter()).write(failing(KeyError("bug")), done.append)
    assert said == [] and published == [] and done == []


def test_a_result_publishes_before_then_unless_it_changes_no_tag():
    app, said, published = fake_app()
    order = []
    app.tags_changed.publish = lambda _: order.append("published")
    bridge = StoreBridge(app, InlineWriter())
    bridge.write(lambda: 3, lambda result: order.append(result))
    bridge.write(lambda: 4, lambda result: order.append(result), changes_tags=never)
    bridge.write(lambda: -1, order.append, changes_tags=lambda result: result != -1)
    assert order == ["published", 3, 4, -1]


async def test_a_failing_delete_in_the_tags_panel_is_not_said_done(tmp_path, ru_article,
                                                                   monkeypatch):
    """A bug in the delete (not a refusal) used to be reported as "Deleted" and published."""
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    with pytest.raises(RuntimeError, match="broken delete"):
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            app.store.add(Quote(anchor=Anchor.for_span(ru_article, "body", 324, 499),
                                speaker="Vladimir Putin", annotator="ana"))

            def broken(tag_id):
                raise RuntimeError("broken delete")

            monkeypatch.setattr(app.store, "delete", broken)
            await pilot.press("a")
            await wait_until(pilot, lambda: isinstance(app.screen, TagsScreen), "the panel")
            published = []
            app.tags_changed.subscribe(app.screen, lambda _: published.append(1))
            await press_written(pilot, "d")
    assert not any(m.startswith("Deleted") for m in messages(app)) and published == []


async def test_the_reader_owns_the_suggestions_toggle_its_panes_read(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await opened_reader(app, pilot)
        side = reader.sides[0]
        shown = reader.suggestions.shown
        assert side.suggestions_shown is shown
        assert side.body.marks.shown is shown and side.comment_view.marks.shown is shown
        await wait_until(pilot, lambda: bool(side.body.suggestions), "the body's suggestions")
        await pilot.press("S")
        assert shown.on is False and side.body.suggestions == []
        assert "suggested" not in str(reader.query_one("#status").render())
        await pilot.press("S")
        assert shown.on is True and side.body.suggestions
