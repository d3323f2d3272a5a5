"""Pilot: the reader's margin count (#24): the body's border says how many comments of the
thread quote or echo the paragraph under the reading cursor."""

from __future__ import annotations

from annotations.compare.readers import paragraph_counts
from annotations.sources.parse import parse_article
from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, screen_text
from tui.screens.reader import ReaderScreen
from tui.screens.reader.margin import margin_text


def test_margin_text_names_the_paragraph_under_the_offset():
    counts = [(0, 10, 2), (12, 20, 1), (20, 30, 0)]
    assert margin_text(counts, 0) == "¶ 1/3 · 2 comments echo it"
    assert margin_text(counts, 11) == ""  # between paragraphs
    assert margin_text(counts, 12) == "¶ 2/3 · 1 comment echoes it"
    assert margin_text(counts, 29) == "¶ 3/3 · no comment echoes it"
    assert margin_text(counts, 30) == ""
    assert margin_text([], 0) == ""


def test_seed_paragraph_counts_are_the_comparisons():
    art = parse_article(RU_SEED.read_text(encoding="utf-8"))
    assert [n for _s, _e, n in paragraph_counts(art)] == [1, 1, 0, 0, 0, 0, 0]


async def test_reader_border_counts_the_paragraph_under_the_cursor(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        body = screen.sides[0].body
        assert app.focused is body
        seen = []
        for _ in range(9):  # the quote, its attribution (no paragraph of its own), ...
            await pilot.press("right_curly_bracket")
            await pilot.pause()
            seen.append(str(body.border_subtitle))
        none = [f"¶ {k}/7 · no comment echoes it" for k in range(3, 8)]
        assert seen == ["¶ 2/7 · 1 comment echoes it", "None", none[0], none[1], "None",
                        none[2], none[3], none[4], "None"]
        for _ in range(12):
            await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert str(body.border_subtitle) == "¶ 1/7 · 1 comment echoes it"
        assert "¶ 1/7 · 1 comment echoes it" in screen_text(app)


async def test_a_cursor_move_in_a_paragraph_repaints_only_rows_not_the_pane(tmp_path):
    """The count is set only when it changes, and then only the border row repaints
    (Textual's own setter repaints the whole pane, on every j/k)."""
    from textual.widget import Widget

    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        body = app.screen.sides[0].body
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert str(body.border_subtitle) == "¶ 2/7 · 1 comment echoes it"
        calls = []
        original = Widget.refresh  # what reaches Textual (the view holds some back)

        def recording(view, *regions, **kwargs):
            if view is body:
                calls.append(regions)
            return original(view, *regions, **kwargs)

        Widget.refresh = recording
        try:
            for key in ("right", "right", "left_curly_bracket", "left_curly_bracket"):
                await pilot.press(key)
                await pilot.pause()
        finally:
            Widget.refresh = original
        assert str(body.border_subtitle) == "¶ 1/7 · 1 comment echoes it"
        assert calls and all(regions for regions in calls)  # never the whole pane
        assert "¶ 1/7 · 1 comment echoes it" in screen_text(app)
