"""The library's status line keeps the annotator's name in view: a long store path is
shortened in its middle instead."""

from __future__ import annotations

from tests.tui.helpers import make_app, screen_lines
from tui.widgets.cells import cut_middle


def test_a_path_too_long_is_cut_in_its_middle():
    path = "/home/ana/projects/newsroom/stores/2026/threadmark-store.db"
    assert cut_middle(path, 80) == path
    assert cut_middle(path, len(path)) == path
    assert cut_middle(path, 25) == "/home/ana/pr…ark-store.db"
    assert cut_middle(path, 2) == "…b"
    assert cut_middle(path, 1) == "…"
    assert cut_middle(path, 0) == ""
    # wide characters: counted in cells, never split
    assert cut_middle("/数据/新闻/评论/标注.db", 12) == "/数据…注.db"


async def test_the_annotators_name_stays_in_view_with_a_very_long_store_path(tmp_path):
    deep = tmp_path / ("newsroom-archive-" * 6) / "team-annotations"
    deep.mkdir(parents=True)
    store = deep / "store.db"
    app = make_app(store, annotator="ana")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = app.screen.query_one("#library-status")
        path = str(store)
        before, after = "2 articles · store ", " · annotator ana"
        room = 78 - len(before) - len(after)  # 80 columns, a cell of padding each side
        assert len(path) > room
        cut = path[:(room - 1) // 2] + "…" + path[-(room - 1 - (room - 1) // 2):]
        assert str(status.render()) == before + cut + after
        assert screen_lines(app)[-2] == " " + before + cut + after + " "
        await pilot.resize_terminal(120, 24)
        await pilot.pause()
        room = 118 - len(before) - len(after)
        cut = path[:(room - 1) // 2] + "…" + path[-(room - 1 - (room - 1) // 2):]
        assert str(status.render()) == before + cut + after


async def test_a_store_path_that_fits_is_shown_whole(tmp_path):
    app = make_app(tmp_path / "s.db", annotator="ana")
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        status = app.screen.query_one("#library-status")
        assert str(status.render()) == f"2 articles · store {tmp_path / 's.db'} · annotator ana"
