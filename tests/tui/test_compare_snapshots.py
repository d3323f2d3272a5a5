"""Snapshot tests of the comparison screen at 80 columns (issue #24): its tabs, a light theme."""

from __future__ import annotations

import pytest

from tests.compare_kit import story_store
from tests.tui.helpers import make_app


@pytest.fixture
def story_path(tmp_path):
    return story_store(tmp_path / "s.db")[0]


def shown(tab: str, theme: str | None = None):
    """A ``run_before``: open the comparison, wait for its figures, show ``tab``."""
    async def run(pilot) -> None:
        if theme:
            pilot.app.theme = theme
        await pilot.press("C")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        pilot.app.screen.query_one("#compare-tabs").active = f"tab-{tab}"
        await pilot.pause()

    return run


@pytest.mark.parametrize(("tab", "size"), [("sources", (80, 24)), ("statements", (80, 30)),
                                           ("claims", (80, 30)), ("readers", (80, 40)),
                                           ("words", (80, 24))])
def test_compare_screen(snap_compare, story_path, tab, size):
    assert snap_compare(make_app(story_path), terminal_size=size, run_before=shown(tab))


def test_compare_screen_light_theme(snap_compare, story_path):
    assert snap_compare(make_app(story_path), terminal_size=(80, 40),
                        run_before=shown("readers", "textual-light"))
