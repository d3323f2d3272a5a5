"""How the app reaches its first frame: the first screen is pushed once Textual's mount is
over (a screen pushed during it is laid out and rendered once for nothing), and a resize to
the size the app already has lays nothing out again."""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.screen import Screen

from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, wait_until
from tui.app import ThreadmarkApp
from tui.screens.reader import ReaderScreen


class _Recording(ThreadmarkApp):
    """Notes which screen is on top once every ``on_mount`` of the app has run."""

    def on_mount(self) -> None:  # Textual runs this one before ThreadmarkApp's
        self.after_mount: list[str] = []
        self.call_later(lambda: self.after_mount.append(type(self.screen).__name__))


async def test_the_reader_is_pushed_after_the_mount_and_is_there_for_the_first_look(tmp_path):
    app = _Recording(store_path=tmp_path / "s.db", open_paths=[RU_SEED], annotator="ana")
    async with app.run_test(size=(120, 40)):
        # nothing pushed while Textual mounted the app (its drawing is held back then)
        assert app.after_mount == ["Screen"]
        # yet the reader is on top, composed, before anything else reaches the app
        assert isinstance(app.screen, ReaderScreen)
        assert [s.article.id for s in app.screen.sides] == [app.store.articles()[0].id]
        assert [type(s) for s in app.screen_stack] == [Screen, ReaderScreen]


async def test_a_resize_to_the_apps_own_size_lays_nothing_out(tmp_path):
    app = make_app(tmp_path / "s.db", seed_if_empty=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        layouts: list[Size] = []
        app.screen.screen_layout_refresh_signal.subscribe(
            app, lambda screen: layouts.append(screen.size))
        app.post_message(events.Resize(Size(100, 30), Size(100, 30)))
        for _ in range(5):
            await pilot.pause(0.02)  # past Textual's resize timer (1/120 s)
        assert layouts == []
        app.post_message(events.Resize(Size(90, 30), Size(90, 30)))
        await wait_until(pilot, lambda: layouts, "the layout after a real resize")
        assert app.size == Size(90, 30)
        assert layouts[-1] == Size(90, 30)


class _AfterRefresh(ThreadmarkApp):
    """Asks, while the app mounts, to be called after the first refresh."""

    def on_mount(self) -> None:
        self.seen: list[str] = []
        self.call_after_refresh(self.refreshed)

    def refreshed(self) -> None:
        screen = self.screen
        body = screen.sides[0].body if isinstance(screen, ReaderScreen) else None
        self.seen.append(f"{type(screen).__name__} {body is not None and bool(body.text)}")


async def test_after_the_first_refresh_still_means_the_first_screens(tmp_path):
    app = _AfterRefresh(store_path=tmp_path / "s.db", open_paths=[RU_SEED], annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.seen, "the callback")
        # the reader, drawn: not the empty screen Textual starts with
        assert app.seen == ["ReaderScreen True"]
