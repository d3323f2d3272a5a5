"""``]``/``[`` in reading order from where the reader is: from the top (a suggestion at the
text's very first character is the first reached), and after accepting or rejecting one
(the suggestion that shared its start is the next or the previous, not skipped). Invented
article; the status line names what ``A`` then saves."""

from __future__ import annotations

from tests.tui.helpers import make_app, messages, press_written, screen_text
from tests.tui.test_suggestion_reach import ready

BRIDGE = """A bridge for the town

"Sales rose 40 percent last year because of the new bridge," Mayor Ann Lee said.

The council met on Monday to plan the works for the spring.

"Traffic fell by 30 percent after the bridge opened," Sam Cole, the town engineer, said.
"""
#: (kind, start, end) of its suggestions in reading order: at each start, the quote first
ORDER = [("quote", 0, 60), ("claim", 0, 80), ("quote", 143, 196), ("claim", 143, 231)]


def spans(items) -> list[tuple[str, int, int]]:
    return [(s.kind, s.start, s.end) for s in items]


async def _open(tmp_path, pilot):
    await ready(pilot.app, pilot)
    body = pilot.app.screen.sides[0].body
    assert spans(body.suggestions) == ORDER
    return body


def _app(tmp_path, text: str = BRIDGE):
    """The app on an invented article (``text``, in the outlets' plain-text form)."""
    page = tmp_path / "article.txt"
    page.write_text(text, encoding="utf-8")
    return make_app(tmp_path / "s.db", open_paths=[page])


async def test_the_first_bracket_reaches_a_suggestion_at_the_first_character(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _open(tmp_path, pilot)
        seen = []
        for _ in ORDER:
            await pilot.press("right_square_bracket")
            seen.append(body.current_suggestion)
        assert spans(seen) == ORDER
        assert "Suggested claim: Sam Cole (statistical)" in screen_text(app)


async def test_after_rejecting_a_quote_the_claim_at_its_start_is_next(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _open(tmp_path, pilot)
        await pilot.press("left_square_bracket", "left_square_bracket")  # Sam Cole's quote
        assert spans([body.current_suggestion]) == [("quote", 143, 196)]
        await press_written(pilot, "X")
        assert spans(body.suggestions) == [ORDER[0], ORDER[1], ORDER[3]]
        await pilot.press("right_square_bracket")
        assert spans([body.current_suggestion]) == [("claim", 143, 231)]
        assert "Suggested claim: Sam Cole (statistical)" in screen_text(app)
        await press_written(pilot, "A")
        assert "Saved claim (Sam Cole)" in messages(app)
        (tag,) = app.store.tags()
        assert (tag.kind, tag.anchor.start, tag.anchor.end) == ("claim", 143, 231)


async def test_after_accepting_a_claim_the_quote_at_its_start_is_previous(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _open(tmp_path, pilot)
        await pilot.press("left_square_bracket")  # before the first: the last
        assert spans([body.current_suggestion]) == [("claim", 143, 231)]
        await press_written(pilot, "A")
        assert "Saved claim (Sam Cole)" in messages(app)
        assert spans(body.suggestions) == ORDER[:3]
        await pilot.press("left_square_bracket")
        assert spans([body.current_suggestion]) == [("quote", 143, 196)]
        assert "Suggested quote: Sam Cole (said, direct)" in screen_text(app)
        await pilot.press("left_square_bracket")
        assert spans([body.current_suggestion]) == [("claim", 0, 80)]


async def test_after_rejecting_the_last_the_next_wraps_to_the_first(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        body = await _open(tmp_path, pilot)
        await pilot.press("left_square_bracket")
        await press_written(pilot, "X")
        await pilot.press("right_square_bracket")  # past the last: the first
        assert spans([body.current_suggestion]) == [("quote", 0, 60)]
        await press_written(pilot, "A")
        assert "Saved quote (Ann Lee)" in messages(app)
        (tag,) = app.store.tags()
        assert (tag.kind, tag.anchor.start, tag.speaker) == ("quote", 0, "Ann Lee")


THREAD = """A bridge for the town

The council met on Monday to plan the works for the spring.

"We will rebuild it before winter," Mayor Ann Lee said.

  1. kate Offline kate
    kate (Kate) 1 March 2021 9: 05
    "We will rebuild it before winter," she says. I doubt it very much.
"""


async def test_enter_in_one_pane_names_its_suggestion_after_another_pane_named_one(tmp_path):
    from textual.widgets import Static

    app = _app(tmp_path, THREAD)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        reader, side = app.screen, app.screen.sides[0]
        await pilot.press("right_square_bracket")  # the mayor's quote in the body
        assert spans([side.body.current_suggestion]) == [("quote", 61, 96)]
        await pilot.press("tab", "enter", "right_square_bracket")  # the comment's echo of it
        assert app.focused is side.comment_view
        assert spans([side.comment_view.current_suggestion]) == [("quote", 0, 35)]
        assert "Suggested quote: Ann Lee (quoting the article, direct)" in screen_text(app)
        await pilot.press("shift+tab", "shift+tab", "enter")  # back in the body: its quote
        await pilot.pause()
        assert (app.screen.anchor.part, app.screen.anchor.start) == ("body", 61)
        status = str(reader.query_one("#status", Static).render())
        assert "Suggested quote: Ann Lee (said, direct)" in status
        assert "quoting the article" not in status


async def test_the_form_on_a_quote_inside_another_keeps_its_speakers_role(tmp_path):
    app = _app(tmp_path, "The plan\n\nUnion spokesman Tom Reed said that Ann Lee called the "
               'plan "dead on arrival" at the meeting.\n')
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        body = app.screen.sides[0].body
        assert [(s.start, s.end, s.fields["speaker"], s.fields["speaker_role"])
                for s in body.suggestions] == [(35, 92, "Tom Reed", "Union spokesman"),
                                               (59, 76, "Ann Lee", None)]
        await pilot.press("right_square_bracket", "right_square_bracket", "enter")
        await pilot.pause()
        assert (app.screen.anchor.start, app.screen.anchor.end) == (59, 76)
        assert [app.screen.query_one(f"#f-{k}").value for k in ("speaker", "speaker_role")] \
            == ["Ann Lee", ""]  # not Tom Reed's "Union spokesman"
