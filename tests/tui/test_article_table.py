"""The library's Line-API table: rows, cursor, scrolling, clicks, hostile titles."""

from __future__ import annotations

from tests.tui.helpers import TableApp, screen_lines
from tui.widgets.article_table import ArticleRow, ArticleTable


def rows(n: int) -> list[ArticleRow]:
    return [ArticleRow(f"a{i}", f"Article {i}", "Outlet" if i % 2 else None, i, 2 * i)
            for i in range(n)]


async def test_keys_move_the_cursor_and_the_view_follows_it():
    app = TableApp(rows(500))
    async with app.run_test(size=(60, 10)) as pilot:
        t = app.query_one(ArticleTable)
        await pilot.press("j", "j", "down")
        assert t.cursor_row == 3 and t.current_id() == "a3"
        await pilot.press("end")
        assert t.cursor_row == 499 and t.scroll_offset.y == 499 - 8
        await pilot.pause()
        lines = [line.rstrip() for line in screen_lines(app)]
        assert lines[0].split() == ["Title", "Source", "Comments", "Tags"]  # stays on top
        assert lines[-1].split() == ["Article", "499", "Outlet", "499", "998"]
        await pilot.press("pageup")
        assert t.cursor_row == 499 - 8
        await pilot.press("home", "k")
        assert t.cursor_row == 0 and t.scroll_offset.y == 0


async def test_a_click_moves_the_cursor_and_a_second_selects():
    app = TableApp(rows(5))
    async with app.run_test(size=(60, 10)) as pilot:
        t = app.query_one(ArticleTable)
        await pilot.click(ArticleTable, offset=(5, 3))  # header, then rows 0, 1, 2
        assert t.cursor_row == 2 and app.selected == []
        await pilot.click(ArticleTable, offset=(5, 3))
        await pilot.pause()
        assert app.selected == ["a2"]


async def test_titles_are_never_markup_or_escape_codes_and_are_cut_to_fit():
    title = "[@click=app.quit]x[/] \x1b[31mred\x1b[0m " + "long " * 30
    app = TableApp([ArticleRow("x", title, "[b]src[/b]", 1, 0, marked=True, indent=True)])
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        line = screen_lines(app)[1]
        assert line.rstrip() == "✓   ↳ [@click=app.quit]x[/] ␛[3… [b]src[/b]         1      0"
        await pilot.click(ArticleTable, offset=(10, 1))  # on the cursor's row: selects it
        await pilot.pause()
        assert app.is_running and app.selected == ["x"]
