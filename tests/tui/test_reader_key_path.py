"""What a reader key costs Textual beyond its own work: the messages it sends through the
screen, the widgets it refreshes and the way the comment pane's rows are drawn (#28: every
key within 2x of a bare app's)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

from textual import events
from textual.widget import Widget
from textual.widgets import Input, TextArea

from tests.conftest import RU_SEED, US_SEED
from tests.tui.helpers import make_app, wait_until
from tui.compat_textual import repaint_both_ways, widget_painter
from tui.widgets.lean_scrollbar import LeanScrollBar


async def _ready(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@contextmanager
def _calls(cls: type, name: str) -> Iterator[list[tuple]]:
    """The arguments (the instance first) of every call of ``cls.name`` in the block."""
    seen: list[tuple] = []
    original = getattr(cls, name)

    def recording(*args, **kwargs):
        seen.append(args)
        return original(*args, **kwargs)

    setattr(cls, name, recording)
    try:
        yield seen
    finally:
        setattr(cls, name, original)


@asynccontextmanager
async def _tree_focused(tmp_path) -> AsyncIterator[tuple]:
    """The reader of the Russian seed (a thread), its tree focused: (app, pilot, side)."""
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        side.tree.focus()
        await pilot.pause()
        yield app, pilot, side


@asynccontextmanager
async def _match_step(tmp_path) -> AsyncIterator[tuple]:
    """The Russian seed's tree after a search and one ``n``: (app, side, the widgets'
    ``render_widget`` calls during the step)."""
    StylesCache = widget_painter()

    async with _tree_focused(tmp_path) as (app, pilot, side):
        side.tree.search("the")
        await pilot.pause()
        with _calls(StylesCache, "render_widget") as calls:
            await pilot.press("n")
            await wait_until(pilot, lambda: side.shown_comment == side.tree.current_id,
                             "the comment pane following the match")
            await pilot.pause()
        yield app, side, calls


async def _tree_key(pilot, side) -> None:
    """``j`` in the tree, once the comment pane follows and the frame is drawn."""
    await pilot.press("j")
    await wait_until(pilot, lambda: side.shown_comment == side.tree.current_id,
                     "the comment pane following the cursor")
    await pilot.pause()


def _record_posts(node) -> list[type]:
    """The types of the messages posted to ``node`` from now on (its own and bubbled)."""
    seen: list[type] = []
    original = node.post_message

    def recording(message):
        seen.append(type(message))
        return original(message)

    node.post_message = recording
    return seen


async def test_stepping_keys_act_without_bubbling_through_the_reader(tmp_path):
    """``]`` in the body and ``n`` in the tree act as the app receives them: neither the key
    nor a selection message reaches the reader screen (each went through every container)."""
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        reader = app.screen
        side = reader.sides[0]
        body = side.body
        body.focus()
        await pilot.pause()
        assert body.suggestions
        seen = _record_posts(reader)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert body.current_suggestion is body.suggestions[0]
        assert body.selected_range() == (body.suggestions[0].start, body.suggestions[0].end)
        assert events.Key not in seen and TextArea.SelectionChanged not in seen
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert body.current_suggestion is body.suggestions[-1]
        assert events.Key not in seen and TextArea.SelectionChanged not in seen
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        reader = app.screen
        side = reader.sides[0]
        seen = _record_posts(reader)
        side.tree.focus()
        side.tree.search("the")
        await pilot.pause()
        before = side.tree.current_id
        seen.clear()
        await pilot.press("n")
        await pilot.pause()
        assert side.tree.current_id != before
        assert side.tree.match_position()[0] > 0
        assert events.Key not in seen
        status = str(reader.query_one("#status").render())
        assert f"comment {side.tree.match_position()[0]}/" in status


async def test_n_and_N_are_typed_into_the_search_line(tmp_path):
    """``n``/``N`` step through matches only outside the search line: typed into it they
    are letters of the query."""
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        side.body.focus()
        await pilot.press("slash")
        box = app.screen.query_one("#search", Input)
        await wait_until(pilot, lambda: app.focused is box, "the search line focused")
        await pilot.press("N", "a", "n", "n")
        assert box.value == "Nann"
        cursor = side.body.cursor_location
        assert side.body.query_text == ""
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.focused is side.body, "back in the body")
        assert side.body.cursor_location == cursor


async def test_a_bar_drawn_as_it_is_takes_no_refresh(tmp_path):
    """The comment pane refreshes its scrollbar for every new comment; a bar that would be
    drawn as it is (no thumb: the comment fits) is not refreshed, a bar whose thumb
    appears is."""
    async with _tree_focused(tmp_path) as (app, pilot, side):
        view = side.comment_view
        bar = view.vertical_scrollbar
        assert isinstance(bar, LeanScrollBar)
        with _calls(Widget, "refresh") as calls:
            heights = set()
            for _ in range(6):
                await _tree_key(pilot, side)
                heights.add(view.virtual_size.height)
            assert len(heights) > 1  # comments of several lengths, all fitting
            assert max(heights) < view.scrollable_content_region.height
            assert [c for c in calls if c[0] is bar] == []
            view.show_part(side.article, "body")  # a long text: the bar gets a thumb
            await pilot.pause()
        refreshed = [c for c in calls if c[0] is bar]
        assert refreshed  # the thumb is drawn
        assert bar.window_size < bar.window_virtual_size


async def test_reading_pane_rows_are_not_keyed_by_textarea(tmp_path):
    """A tree key draws the comment pane's new rows without TextArea's ``render_line``
    (a cache key of fifteen settings per row, and the whole text joined, for a cache that
    never hits in a reading pane); the body with line numbers on goes through it."""
    async with _tree_focused(tmp_path) as (app, pilot, side):
        with _calls(TextArea, "render_line") as keyed:
            await _tree_key(pilot, side)
            assert keyed == []
            side.body.show_line_numbers = True  # not a reading pane's setting: TextArea's
            await pilot.pause()
        assert side.body in {args[0] for args in keyed}


async def test_a_tree_key_draws_no_container_rows(tmp_path):
    """The reader screen, the side and its two columns are blank (their panes cover them):
    a repaint draws none of their rows through Textual's styles (each drew ~40 a key)."""
    StylesCache = widget_painter()

    async with _tree_focused(tmp_path) as (app, pilot, side):
        with _calls(StylesCache, "render_widget") as calls:
            await _tree_key(pilot, side)
        drawn = {type(args[1]).__name__ for args in calls}
        assert {"CommentTree", "PassageView"} <= drawn
        assert not {"ReaderScreen", "ArticleSide", "Covered"} & drawn
        # nor the rows below, the title above or the article's pane beside: not overlapped
        assert not {"StatusLine", "KeyFooter", "Static"} & drawn


async def test_blank_containers_are_covered_in_every_layout(tmp_path):
    """Every cell of the reader shows a pane, a title, the status line or the footer, never
    a blank container: one article with comments, without, a link post (the thread takes
    the room), two compared, zoomed, and with the search line open."""
    from tests.conftest import ROOT

    hn = ROOT / "tests" / "fixtures" / "hn" / "item_story.json"
    layouts = 0
    for paths, keys in (([RU_SEED], ()), ([US_SEED], ()), ([hn], ()),
                        ([RU_SEED, US_SEED], ()), ([RU_SEED, US_SEED], ("z",)),
                        ([RU_SEED], ("slash",))):
        app = make_app(tmp_path / f"s{layouts}.db", open_paths=paths)
        async with app.run_test(size=(100, 30)) as pilot:
            await _ready(app, pilot)
            await pilot.press(*keys)
            await pilot.pause()
            reader = app.screen
            sides = reader.sides
            if paths == [hn]:
                assert sides[0].has_class("link-body")
            for y in range(30):
                for x in range(100):
                    widget, _ = reader.get_widget_at(x, y)
                    assert not widget.BLANK, (paths, keys, x, y, widget)
            layouts += 1
    assert layouts == 6


async def test_a_match_step_draws_the_status_line_not_the_footer(tmp_path):
    """``n`` repaints the status line (its match count) but not the footer below it, in a
    row of its own."""
    async with _match_step(tmp_path) as (app, side, calls):
        drawn = {type(args[1]).__name__ for args in calls}
        assert "StatusLine" in drawn and "KeyFooter" not in drawn


async def test_a_match_step_draws_no_pane_it_does_not_write(tmp_path):
    """``n`` repaints the tree (left), the comment pane and the status line (bottom): the box
    around them is the whole screen, yet the article's pane, which none of them overlaps,
    is not drawn (``compat_textual.draw_only_dirty_widgets``), and the screen shows the
    match's comment as a full repaint would."""
    async with _match_step(tmp_path) as (app, side, calls):
        drawn = [args[1] for args in calls]
        assert side.tree in drawn and side.body not in drawn
        # the same areas repainted by Textual's own method write the same to the terminal
        ours, textuals = repaint_both_ways(
            app, [side.tree.region, app.screen.query_one("StatusLine").region])
        assert ours == textuals
        assert len(ours) > side.tree.region.width * side.tree.region.height


async def test_a_scroll_puts_back_the_tree_rows_drawn_before(tmp_path):
    """``N`` on the first match wraps to the last (the tree scrolls to the thread's end),
    ``n`` comes back: the next ``N`` shows rows the tree drew before, put back as they were
    drawn (border and background on), not drawn again through Textual's styles (~70 µs a
    row), and the border rows, which a scroll leaves as they are, are not drawn either; the
    screen is the same as a repaint that draws every row afresh, the tree focused and
    not."""
    from annotations.model.thread import render_comments
    from benchmarks.synth import make_tree
    from tui.widgets.comment_tree import CommentTree

    path = tmp_path / "a.txt"
    path.write_text(US_SEED.read_text(encoding="utf-8").rstrip()
                    + "\n\nDear reader, to leave comments on the publication, you must sign in.\n"
                    + "\n".join(render_comments(make_tree(300, 1))) + "\n", encoding="utf-8")
    app = make_app(tmp_path / "s.db", open_paths=[path], seed_if_empty=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        tree = side.tree
        tree.focus()
        tree.search("putin")
        await pilot.pause()

        async def step(key: str) -> None:
            await pilot.press(key)
            await wait_until(pilot, lambda: side.shown_comment == tree.current_id,
                             "the comment pane following the match")
            await pilot.pause()

        for key in ("n", "N", "n"):
            await step(key)
        first = tree.cursor
        top = tree.scroll_offset.y
        StylesCache = widget_painter()
        with _calls(CommentTree, "render_line") as drawn, \
                _calls(StylesCache, "render_line") as styled:
            await step("N")
        assert tree.cursor == tree._ordered_matches()[-1] and tree.cursor > first
        assert tree.scroll_offset.y > top + tree.size.height  # none of the rows shown before
        assert drawn == []  # every row on screen was drawn at the first N (20 rows)
        # (Textual's styles draw a row with the widget's own render_line to fill it)
        assert [args[2] for args in styled if args[8].__self__ is tree] == []

        async def afresh() -> str:
            tree._forget_rows()
            tree.refresh()
            await pilot.pause()
            return app.export_screenshot()

        shown = app.export_screenshot()
        assert shown == await afresh()
        side.body.focus()  # the tree's border and cursor row change colour
        await pilot.pause()
        blurred = app.export_screenshot()
        assert blurred != shown and blurred == await afresh()
