"""The reader's status line draws a line of plain text as ``Static`` draws it."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from tui.widgets.status_line import StatusLine

CSS = """
Static { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
"""

TEXTS = ["", "quotes 3 · stances 0 · claims 1 · 12 suggested  │  ana",
         "comment 3/17 · 25 matches for 'путин'  │  quotes 0 · stances 0 · claims 0  │  ana",
         "引用 3 · 立场 0 · 主张 1  │  分析员  │  READ-ONLY",
         "[b]not markup[/b] [@click=app.quit]x[/]",
         "https://example.com/a/b  │  ana", "x" * 58, "y" * 57, "z" * 59, "中" * 29 + "a",
         "words " * 12, "中文字符" * 6]


class Pair(App[None]):
    CSS = CSS

    def compose(self) -> ComposeResult:
        yield Static(id="static")
        yield StatusLine(id="line")


async def test_status_line_draws_as_static_draws():
    app = Pair()
    async with app.run_test(size=(60, 6)) as pilot:
        static = app.query_one("#static", Static)
        line = app.query_one("#line", StatusLine)
        drawn_here = 0
        for text in TEXTS:
            static.update(Content(text))
            line.show(text)
            await pilot.pause()
            region = Region(0, 0, 60, 1)
            ours, theirs = line.render_lines(region), static.render_lines(region)
            assert [list(s) for s in ours] == [list(s) for s in theirs], text
            assert str(line.render()) == text
            drawn_here += line._drawn is not None and line._drawn[0][0] == text
        assert drawn_here == len(TEXTS) - 1  # all but the empty one


async def test_an_unchanged_status_is_not_repainted():
    app = Pair()
    async with app.run_test(size=(60, 6)) as pilot:
        line = app.query_one("#line", StatusLine)
        line.show("quotes 1")
        await pilot.pause()
        asked = []
        original = StatusLine.refresh

        def recording(widget, *args, **kwargs):
            asked.append(args)
            return original(widget, *args, **kwargs)

        StatusLine.refresh = recording  # type: ignore[method-assign]
        try:
            line.show("quotes 1")
            assert asked == []
            line.show("quotes 2")
            assert asked
        finally:
            StatusLine.refresh = original  # type: ignore[method-assign]
