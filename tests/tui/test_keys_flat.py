"""Reader keys whose work does not grow with the article's tags: the comment pane filled from
the side's tags by part, ``]``/``[`` restyling only the two suggestions stepped between, and
``n``/``N`` stepping by bisection with the same answers as a scan."""

from __future__ import annotations

from rich.text import Text

from annotations import Anchor, AnnotationStore, Quote
from annotations.store.tags_by_part import TagsByPart
from tests.conftest import RU_SEED, US_SEED
from tests.tui.helpers import make_app, wait_until
from tui.widgets.passage.view import PassageView


async def _ready(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _repaints_of_a_step(pilot, body: PassageView) -> list[tuple]:
    """The regions of each repaint ``body`` asks for while ``]`` is handled (an empty
    tuple: the whole pane)."""
    calls = []
    original = PassageView.refresh

    def recording(view, *regions, **kwargs):
        if view is body:
            calls.append(regions)
        return original(view, *regions, **kwargs)

    PassageView.refresh = recording
    try:
        await pilot.press("right_square_bracket")
    finally:
        PassageView.refresh = original
    return calls


def _body_under_quotes(store, every: int, length: int) -> None:
    """The US seed in ``store`` with a quote ``length`` long starting every ``every``
    characters of its body."""
    from annotations import parse_article

    with AnnotationStore(store) as s:
        art = parse_article(US_SEED.read_text(encoding="utf-8"))
        s.add_article(art)
        body = art.part_text("body")
        s.add_many([Quote(anchor=Anchor.for_span(art, "body", a, min(len(body), a + length)),
                          speaker="X", annotator="ana") for a in range(0, len(body) - 1, every)])


def _as_a_full_restyle_draws_them(view: PassageView, rows: set[int]) -> None:
    """Assert that ``rows``' drawn pieces are those a full restyle draws."""
    stepped = {r: list(view._flat_spans[r]) for r in rows}
    view._restyle()
    for r in rows:
        view.get_line(r)
    assert {r: list(view._flat_spans[r]) for r in rows} == stepped


async def _focused_body(app, pilot) -> PassageView:
    """The first side's body, once the suggestions are in, focused."""
    await _ready(app, pilot)
    body = app.screen.sides[0].body
    body.focus()
    await pilot.pause()
    return body


def test_tags_by_part_groups_in_order_and_counts_kinds(ru_article):
    comments = [c.id for c, _ in ru_article.walk()]
    spans = [("body", 0, 5), (comments[1], 0, 4), ("body", 10, 20), (comments[1], 2, 3)]
    tags = [Quote(anchor=Anchor.for_span(ru_article, p, s, e), speaker="X", annotator="ana")
            for p, s, e in spans]
    index = TagsByPart(tags)
    assert index.part("body") == [tags[0], tags[2]]
    assert index.part(comments[1]) == [tags[1], tags[3]]
    assert index.part(comments[0]) == []
    assert index.tagged_comments() == {comments[1]}
    assert index.counts == {"quote": 4, "stance": 0, "claim": 0}


async def test_tree_keys_read_no_tags_from_the_store(tmp_path, ru_article):
    comments = [c.id for c, _ in ru_article.walk()]
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        tags = s.add_many([Quote(anchor=Anchor.for_span(ru_article, cid, 0, 4), speaker="X",
                                 annotator="ana")
                           for cid in comments[:3]])
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        await pilot.press("tab")
        assert app.focused is side.tree
        store = app.store
        reads = []
        for name in ("tags", "tag_marks"):
            original = getattr(store, name)
            setattr(store, name, lambda *a, _o=original, _n=name, **k: (reads.append(_n),
                                                                       _o(*a, **k))[1])
        shown = []
        for _ in range(3):
            await pilot.press("j")
            # the pane follows the cursor once the held-key delay is past
            await wait_until(pilot, lambda: side.comment_view.part == side.tree.current_id,
                             "the comment pane showing the cursor's comment")
            view = side.comment_view
            shown.append((view.part, [sp.tag_id for sp in view.tag_spans]))
        assert reads == []
        want = {t.anchor.part: [str(t.id)] for t in tags}
        rows = [r.comment.id for r in side.tree.model.rows[1:4]]  # the cursor began on 0
        assert shown == [(cid, want.get(cid, [])) for cid in rows]
        assert any(ids for _, ids in shown)


async def test_stepping_suggestions_restyles_only_their_lines(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        body = app.screen.sides[0].body
        assert len(body.suggestions) >= 3
        full = []
        original = PassageView._restyle

        def counting(view):
            full.append(view)
            original(view)

        PassageView._restyle = counting
        try:
            for key in ("right_square_bracket",) * 3 + ("left_square_bracket",):
                await pilot.press(key)
                stepped = {r: list(v) for r, v in body._line_spans.items()}
                assert full == []  # no full restyle
                original(body)  # what a full restyle draws: the same
                assert stepped == body._line_spans
        finally:
            PassageView._restyle = original
        assert body.current_suggestion == body.suggestions[1]


async def test_stepping_to_a_suggestion_in_view_repaints_only_lines(tmp_path):
    """A suggestion already on screen is stepped to without scrolling, and only the lines
    of the two suggestions and the selection repaint (not the whole pane)."""
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _focused_body(app, pilot)
        height = body.scrollable_content_region.height
        wrapped = body.wrapped_document

        def row(s) -> int:
            return wrapped.location_to_offset(body.location_of(body.to_display(s.end))).y

        items = body.suggestions
        k = next(i for i, s in enumerate(items) if height // 2 < row(s) < height)
        await pilot.press(*["right_square_bracket"] * k)
        assert body.scroll_offset.y == 0
        calls = await _repaints_of_a_step(pilot, body)
        assert body.current_suggestion == items[k]
        assert body.scroll_offset.y == 0  # in view: not scrolled to the middle
        assert calls and all(regions for regions in calls)  # no whole-pane repaint
        assert sum(r.height for regions in calls for r in regions) < height


async def test_n_and_N_step_through_matches_as_a_scan_would(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        body = app.screen.sides[0].body
        n = body.search("the")
        starts = [s for s, _ in body.search_matches.spans]
        assert n == len(starts) > 3
        seen = []
        for _ in range(n + 1):
            assert body.find(1)
            seen.append(body.cursor_offset)
            assert body.match_position() == (starts.index(body.cursor_offset) + 1, n)
        assert seen == starts + starts[:1]  # from the cursor (at 0) on, wrapping
        assert body.find(-1) and body.cursor_offset == starts[-1]  # wrapped backwards
        assert body.find(-1) and body.cursor_offset == starts[-2]
        body.move_cursor(body.location_of(starts[2]))
        assert body.find(1, include_current=True) and body.cursor_offset == starts[2]


async def test_stepping_suggestions_needs_no_layout_pass(tmp_path):
    """The status line names each suggestion stepped to; it is one row of fixed height, so
    updating it must not lay out (and repaint) the whole screen."""
    from textual.widget import Widget

    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _focused_body(app, pilot)
        layouts = []
        original = Widget.refresh

        def recording(widget, *regions, layout=False, **kwargs):
            if layout:
                layouts.append(type(widget).__name__)
            return original(widget, *regions, layout=layout, **kwargs)

        Widget.refresh = recording
        try:
            await pilot.press("right_square_bracket", "right_square_bracket")
            await pilot.pause()
        finally:
            Widget.refresh = original
        status = str(app.screen.query_one("#status").render())
        assert status.startswith("Suggested ")
        assert layouts == []


async def test_a_step_names_the_suggestion_before_the_frame(tmp_path):
    """``]`` names the suggestion on the status line while the key is handled (a watch), so
    the status line repaints in the pane's frame: a message would reach the screen after
    that frame and cost a second one on every step."""
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _focused_body(app, pilot)
        status = app.screen.query_one("#status")
        assert not str(status.render()).startswith("Suggested ")
        body.action_suggestion(1)  # no pause: nothing else has run yet
        assert str(status.render()).startswith("Suggested quote: Vladimir Putin (responded")
        body.action_suggestion(1)
        body.action_suggestion(-1)  # back to the same one: named again
        assert str(status.render()).startswith("Suggested quote: Vladimir Putin (responded")


def _screen_rows(view: PassageView, first: int, last: int) -> set[int]:
    """The screen rows (of the content) document lines ``first`` to ``last`` wrap onto."""
    wrapped = view.wrapped_document
    top = wrapped.location_to_offset((first, 0)).y
    bottom = wrapped.location_to_offset((last, len(view.document[last]))).y
    return set(range(top, bottom + 1))


async def test_a_step_repaints_the_two_suggestions_not_the_lines_between(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _focused_body(app, pilot)
        height = body.scrollable_content_region.height

        def lines(s) -> tuple[int, int]:
            return (body.location_of(body.to_display(s.start))[0],
                    body.location_of(body.to_display(s.end))[0])

        items = body.suggestions
        # two suggestions in view with at least one line of text between them
        k = next(i for i in range(len(items) - 1)
                 if lines(items[i])[1] + 1 < lines(items[i + 1])[0]
                 and max(_screen_rows(body, *lines(items[i + 1]))) < height)
        await pilot.press(*["right_square_bracket"] * (k + 1))
        assert body.current_suggestion == items[k] and body.scroll_offset.y == 0
        calls = await _repaints_of_a_step(pilot, body)
        assert all(calls), "a whole-pane repaint"
        rows = {y for regions in calls for r in regions for y in r.line_range if 0 <= y < height}
        assert body.current_suggestion == items[k + 1]
        old, new = _screen_rows(body, *lines(items[k])), _screen_rows(body, *lines(items[k + 1]))
        assert rows == old | new
        between = set(range(max(old) + 1, min(new)))
        assert between and not rows & between


async def test_the_comment_pane_is_styled_once_with_its_suggestions_and_search(tmp_path):
    """Following the tree cursor, the comment pane shows the comment with its suggestions
    and the thread search's matches in one restyle (and one partial repaint)."""
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        view = side.comment_view
        side.tree.focus()
        side.tree.search("the")
        await pilot.pause()
        restyles = []
        rows_asked = []
        original, original_rows = PassageView._restyle, PassageView.refresh_rows

        def counting(v):
            if v is view:
                restyles.append(v.part)
            original(v)

        def asking(v, first, last):  # the selection's rows: show_part repaints them anyway
            rows_asked.append((first, last))
            original_rows(v, first, last)

        PassageView._restyle, PassageView.refresh_rows = counting, asking
        try:
            for cid in ("4", "4.1"):  # 4 quotes the article: a suggestion
                side.tree.go_to_comment(cid)
                app.screen.flush_detail()  # at once, as a single key (not a held one) does
        finally:
            PassageView._restyle, PassageView.refresh_rows = original, original_rows
        assert restyles == ["4", "4.1"] and rows_asked == []
        assert view.part == "4.1" and view.query_text == "the"
        assert view.match_count == view.text.casefold().count("the") > 0
        side.tree.go_to_comment("4")
        app.screen.flush_detail()
        (s,) = view.suggestions
        assert s.fields["cue"] == "quoting the article"
        drawn = {r: list(v) for r, v in view._line_spans.items()}
        view.search("the")  # what the separate calls drew: the same
        view.set_suggestions(side.suggestions_by_part["4"])
        assert drawn == view._line_spans


async def test_a_bar_with_no_thumb_is_not_redrawn_for_each_comment(tmp_path):
    """The comment pane's scrollbar with no thumb (the comment fits) is the same at any
    length of comment: moving through short comments builds its rows once."""
    from textual.scrollbar import ScrollBarRender

    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        side.tree.focus()
        await pilot.pause()
        built = []
        original = ScrollBarRender.render_bar
        kept = ScrollBarRender.__dict__["render_bar"]

        def counting(cls, *args, **kwargs):
            built.append(kwargs["window_size"])
            return original(*args, **kwargs)

        ScrollBarRender.render_bar = classmethod(counting)  # type: ignore[method-assign,assignment]
        try:
            sizes = set()
            for _ in range(6):
                await pilot.press("j")
                await wait_until(pilot, lambda: side.shown_comment == side.tree.current_id,
                                 "the comment pane following the cursor")
                sizes.add(side.comment_view.virtual_size.height)
        finally:
            # the classmethod itself back (``original`` is bound to ScrollBarRender: as the
            # class attribute it would call every later subclass's bar as ScrollBarRender's)
            ScrollBarRender.render_bar = kept  # type: ignore[method-assign]
        assert isinstance(ScrollBarRender.__dict__["render_bar"], classmethod)  # for later tests
        assert len(sizes) > 1  # comments of several lengths
        assert max(sizes) < side.comment_view.scrollable_content_region.height  # all fit
        assert built == []


def _rows_as_textual_draws_them(view: PassageView) -> list[tuple[list, list]]:
    """Each screen row of ``view`` as drawn (lines sharing their styling, in one repaint)
    and as TextArea draws it."""
    from textual.geometry import Region

    from tui.compat_textual import default_render_row

    height = view.scrollable_content_region.height
    view._frame_lines = {}  # as render_lines sets it
    try:
        lean = [list(view.render_row(y)) for y in range(height)]
        shared = view._frame_lines
    finally:
        view._frame_lines = None
    assert shared  # drawn by render_row itself, not handed to TextArea
    own = [list(default_render_row(view, y)) for y in range(height)]
    assert view.render_lines(Region(0, 0, *view.size))  # the path a repaint takes works
    return list(zip(lean, own, strict=True))


async def test_rows_styled_once_per_line_are_drawn_as_textarea_draws_them(tmp_path):
    """A text line's rows share its styling in a repaint; each row is what TextArea draws:
    unfocused, focused (the cursor), a selection over several lines and an empty one, a
    stepped-to suggestion, tags, search matches, a comment, and Chinese text."""
    from tests.factories import XINHUA

    with AnnotationStore(tmp_path / "s.db") as s:
        from annotations import parse_article

        art = parse_article(US_SEED.read_text(encoding="utf-8"))
        s.add_article(art)
        s.add_many([Quote(anchor=Anchor.for_span(art, "body", a, b), speaker="X",
                          annotator="ana") for a, b in ((10, 300), (120, 160), (900, 1400))])
    compared = empty_selected = 0
    for path, size in ((US_SEED, (120, 40)), (RU_SEED, (100, 30)), (XINHUA, (90, 30))):
        app = make_app(tmp_path / "s.db", open_paths=[path], seed_if_empty=False)
        async with app.run_test(size=size) as pilot:
            await _ready(app, pilot)
            side = app.screen.sides[0]
            body = side.body
            steps: list[tuple[str, ...]] = [(), ("focus",), ("right_square_bracket",) * 2,
                                            ("escape", "shift+down", "shift+down", "shift+down"),
                                            ("V", "V"), ("search",)]
            for keys in steps:
                if keys == ("focus",):
                    body.focus()
                elif keys == ("search",):
                    body.search("the")
                else:
                    await pilot.press(*keys)
                await pilot.pause()
                for lean, own in _rows_as_textual_draws_them(body):
                    assert lean == own
                    compared += 1
                    empty_selected += "▌" in "".join(seg.text for seg in own)
            if side.article.comments:
                side.tree.focus()
                await pilot.press("j", "j")
                app.screen.flush_detail()
                await pilot.pause()
                side.comment_view.focus()
                await pilot.press("shift+down", "shift+down")
                for lean, own in _rows_as_textual_draws_them(side.comment_view):
                    assert lean == own
                    compared += 1
    assert compared > 300 and empty_selected  # an empty line inside a selection too


async def test_a_step_reflattens_only_the_suggestions_pieces(tmp_path):
    """On lines under many tags, ``]`` keeps the drawn pieces of the two suggestions' lines
    and gives those within the suggestions their new style in place of the old (no range of
    their lines flattened again); the lines are drawn as a full restyle draws them."""
    import tui.widgets.line_styles as line_styles
    import tui.widgets.passage.view as view_module

    _body_under_quotes(tmp_path / "s.db", every=7, length=40)
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED], seed_if_empty=False)
    async with app.run_test(size=(120, 80)) as pilot:  # both suggestions in view
        view = await _focused_body(app, pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first, second = view.suggestions[:2]
        assert view.current_suggestion is first and view.in_view(
            view.to_display(second.start), view.to_display(second.end))
        rows = {r for sg in (first, second) for r, _, _ in view._pieces(sg.start, sg.end)}
        assert rows <= set(view._flat_spans)  # drawn: their pieces are cached

        class Watched(dict):
            dropped: list[int] = []

            def pop(self, key, *default):
                self.dropped.append(key)
                return super().pop(key, *default)

        view._flat_spans = Watched(view._flat_spans)
        sizes: list[int] = []
        original, original_re = line_styles._flattened, view_module.reflatten

        def recording(clipped, combined=None):
            sizes.append(len(clipped))
            return original(clipped, combined)

        line_styles._flattened = recording
        try:
            await pilot.press("right_square_bracket")
            await pilot.pause()
        finally:
            line_styles._flattened = original
        assert view.current_suggestion is second
        assert Watched.dropped == [] and rows <= set(view._flat_spans)
        widest = max(len(view._line_spans[r]) for r in rows)
        assert widest > line_styles.FLATTEN_PAST
        assert sizes == []  # no flattening: the suggestions' pieces take the new style
        assert original_re is view_module.reflatten
        _as_a_full_restyle_draws_them(view, rows)


async def test_a_step_reads_the_suggestions_entries_not_the_tags_of_their_lines(tmp_path):
    """``]`` on lines under hundreds of tags looks at each line's suggestion entries only
    (they lie together in the line's entries): not at its tags, to find the suggestion or
    to work out its pieces, so a step costs the same at 0 and at 50,000 tags."""
    _body_under_quotes(tmp_path / "s.db", every=2, length=90)
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED], seed_if_empty=False)
    async with app.run_test(size=(120, 80)) as pilot:
        view = await _focused_body(app, pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first, second = view.suggestions[:2]
        rows = {r for sg in (first, second) for r, _, _ in view._pieces(sg.start, sg.end)}
        assert rows <= set(view._flat_spans)
        read: list[int] = []

        class Reading(list):
            """A line's entries, counting those each call reads."""

            def __iter__(self):
                read.append(len(self))
                return super().__iter__()

            def index(self, value, start=0, stop=None):
                stop = len(self) if stop is None else min(stop, len(self))
                read.append(stop - start)
                return super().index(value, start, stop)

            def __getitem__(self, i):
                if isinstance(i, slice):
                    read.append(len(range(*i.indices(len(self)))))
                return super().__getitem__(i)

        for r in rows:
            view._line_spans[r] = Reading(view._line_spans[r])
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert view.current_suggestion is second
        step_read = list(read)
        fewest_tags = min(len(view._line_spans[r]) for r in rows)
        assert fewest_tags > 50
        colours = view._palette
        most = max(sum(st in (colours.suggestion, colours.suggestion_current)
                       for _, _, st in view._line_spans[r]) for r in rows)
        assert step_read and max(step_read) <= most < 10
        _as_a_full_restyle_draws_them(view, rows)


async def test_rows_under_many_tags_are_drawn_as_textarea_draws_them(tmp_path):
    """Lines under more than ``FLATTEN_PAST`` tags are drawn from their flattened pieces
    straight into segments (no ``Text`` styled and rendered span by span) when neither the
    selection nor the cursor is on them; each row is still what TextArea draws, in the body
    and in a comment, unfocused, focused, with a selection, a stepped-to suggestion and a
    search's matches."""
    from tui.widgets.line_styles import FLATTEN_PAST

    with AnnotationStore(tmp_path / "s.db") as s:
        from annotations import Claim, parse_article

        art = parse_article(RU_SEED.read_text(encoding="utf-8"))
        s.add_article(art)
        body = art.part_text("body")
        tags = [Quote(anchor=Anchor.for_span(art, "body", a, min(len(body), a + 60)),
                      speaker="X", annotator="ana") for a in range(0, len(body) - 1, 9)]
        comments = [c.id for c, _ in art.walk()]
        for cid in comments[:4]:
            text = art.part_text(cid)
            tags += [Claim(anchor=Anchor.for_span(art, cid, a, min(len(text), a + 25)),
                           annotator="ana") for a in range(0, len(text) - 1, 3)]
        s.add_many(tags)
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED], seed_if_empty=False)
    straight = compared = 0
    async with app.run_test(size=(100, 36)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        steps = [(side.body, ()), (side.body, ("focus",)), (side.body, ("shift+down",) * 3),
                 (side.body, ("right_square_bracket",)), (side.body, ("search",)),
                 (side.comment_view, ("tree",)), (side.comment_view, ("focus",)),
                 (side.comment_view, ("shift+down", "shift+down"))]
        for view, keys in steps:
            if keys == ("focus",):
                view.focus()
            elif keys == ("search",):
                view.search("the")
            elif keys == ("tree",):
                side.tree.focus()
                await pilot.press("j")
                app.screen.flush_detail()
            else:
                await pilot.press(*keys)
            await pilot.pause()
            dense = [r for r, v in view._line_spans.items() if len(v) > FLATTEN_PAST]
            assert dense
            for lean, own in _rows_as_textual_draws_them(view):
                assert lean == own
                compared += 1
            view._frame_lines = {}
            try:
                for y in range(view.scrollable_content_region.height):
                    view.render_row(y)
                straight += sum(not isinstance(rows[0], Text)
                                for rows in view._frame_lines.values())
            finally:
                view._frame_lines = None
    assert compared > 150 and straight > 10


async def test_a_reading_row_is_built_as_one_strip(tmp_path):
    """Each row a reading pane draws is one ``Strip`` (each makes seven caches), not
    TextArea's strip, then a padded copy, then a copy on the base style: a new comment in
    the pane draws a dozen rows on every tree key."""
    from textual.strip import Strip

    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _focused_body(app, pilot)
        height = body.scrollable_content_region.height
        built = []
        original = Strip.__init__

        def counting(strip, *args, **kwargs):
            built.append(strip)
            original(strip, *args, **kwargs)

        Strip.__init__ = counting  # type: ignore[method-assign]
        try:
            body._frame = body._frame_constants()
            body._frame_lines = {}
            rows = [body.render_row(y) for y in range(height)]
        finally:
            Strip.__init__ = original  # type: ignore[method-assign]
            body._frame_lines = None
            body._frame = None
        assert len(built) == len(rows) == height
        assert all(r.cell_length == body.scrollable_content_region.width for r in rows)


async def test_a_comment_shown_again_with_the_same_tags_makes_no_span_anew(tmp_path, ru_article):
    """Going back to a comment (``N`` after ``n``, ``k`` after ``j``) draws it from the
    spans made for its tags the first time, while the side's tags are the same; a changed
    tag set makes them anew."""
    import tui.widgets.passage.view as view_module

    comments = [c.id for c, _ in ru_article.walk()]
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        s.add_many([Quote(anchor=Anchor.for_span(ru_article, cid, a, a + 4), speaker="X",
                          annotator="ana") for cid in comments[:2] for a in (0, 3, 6)])
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        side = app.screen.sides[0]
        made: list[int] = []
        original = view_module.Span

        class Counted(original):  # type: ignore[misc,valid-type]
            def __init__(self, *args, **kwargs):
                made.append(args[0])
                super().__init__(*args, **kwargs)

        view_module.Span = Counted
        try:
            shown = []
            for cid in (comments[0], comments[1], comments[0], comments[1]):
                side.show_comment(cid)
                shown.append([(sp.start, sp.end) for sp in side.comment_view.tag_spans])
            first = len(made)
            side.set_tags(app.store.tags(article_id=side.article.id))  # a new index
            side.show_comment(comments[0])
        finally:
            view_module.Span = original
        assert shown == [[(0, 4), (3, 7), (6, 10)]] * 4
        # the first comment's were made as the reader opened on it; the second's once
        assert side.tree.model.rows[0].comment.id == comments[0] and first == 3
        assert len(made) == first + 3 + 3  # a new index: the comment shown, then the other


async def test_a_tree_row_of_a_long_comment_handles_only_what_it_shows(tmp_path):
    """A comment of 20,000 characters (Chinese among them) gives its tree row the first
    cells that fit, exactly as cropping its whole text gave, without measuring and
    cutting the whole text (a row cost the length of its comment)."""
    from rich.segment import Segment
    from textual.strip import Strip

    from annotations.model.thread import render_comments
    from benchmarks.synth import make_tree

    comments = make_tree(3, 1)
    long_text = ("Moscow 与北京 said — " * 1200)[:20000]
    comments[0].text = long_text
    path = tmp_path / "a.txt"
    path.write_text(US_SEED.read_text(encoding="utf-8").rstrip()
                    + "\n\nDear reader, to leave comments on the publication, you must sign in.\n"
                    + "\n".join(render_comments(comments)) + "\n", encoding="utf-8")
    app = make_app(tmp_path / "s.db", open_paths=[path], seed_if_empty=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await _ready(app, pilot)
        tree = app.screen.sides[0].tree
        row = tree.model.rows[0]
        assert row.comment.text == long_text
        widest: list[int] = []
        original = Strip.__init__

        def recording(strip, segments, *args, **kwargs):
            segments = list(segments)
            widest.append(max((len(s.text) for s in segments), default=0))
            original(strip, segments, *args, **kwargs)

        width = 100  # a row wider than the pane's, so the text shows
        Strip.__init__ = recording  # type: ignore[method-assign]
        try:
            drawn = tree._render_row(0, width, False, tree.rich_style)
        finally:
            Strip.__init__ = original  # type: ignore[method-assign]
        head = drawn.text[:drawn.text.index(long_text[:10])]
        whole = Strip([Segment(head + long_text)]).crop(0, width)
        assert drawn.text == whole.text and drawn.cell_length == width
        assert max(widest) <= width + 2  # ("  " before the text)
