"""How the app reaches its first frame: "after the first refresh", asked for while the app
mounts, means the first screen's, drawn (a first screen pushed once the mount is over, tried
for #28, made it the empty default screen's)."""

from __future__ import annotations

from tests.conftest import RU_SEED
from tests.tui.helpers import wait_until
from tui.app import ThreadmarkApp
from tui.screens.reader import ReaderScreen


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
