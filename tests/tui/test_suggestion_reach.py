"""Every visible suggestion is reachable with ``]``/``[`` in reading order (at the same start
a quote before a claim), none inside hidden boilerplate, and what the status line names is
what ``A`` saves."""

from __future__ import annotations

from annotations.sources.loader import load_article
from annotations.suggest import suggest
from tests.conftest import US_SEED
from tests.tui.helpers import make_app, messages, press_written, screen_text
from tui.widgets.passage.suggestions import reading_order

TEASER = """A bridge for the town

The council met to plan the works. "We will rebuild it before winter," Mayor Ann Lee said.

  • "Doctors say this one habit will change your life forever," the experts said.
  • Subscribe to our newsletter
"""


async def ready(app, pilot):
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _us_body(app, pilot):
    """The US seed's body view and its visible suggestions, once the finder is done."""
    await ready(app, pilot)
    body = app.screen.sides[0].body
    return body, body.suggestions


async def test_brackets_visit_every_suggestion_in_reading_order(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body, items = await _us_body(app, pilot)
        assert items == sorted(items, key=reading_order)
        pairs = [(a, b) for a, b in zip(items, items[1:], strict=False) if a.start == b.start]
        assert [(a.kind, b.kind) for a, b in pairs] == [("quote", "claim"), ("quote", "claim")]
        seen = []
        for _ in items:
            await pilot.press("right_square_bracket")
            seen.append(body.current_suggestion)
        assert seen == items  # the claim behind a quote at the same start is reached too
        await pilot.press("right_square_bracket")
        assert body.current_suggestion == items[0]  # wraps
        back = []
        for _ in items:
            await pilot.press("left_square_bracket")
            back.append(body.current_suggestion)
        assert back == [*reversed(items[1:]), items[0]]


async def test_the_status_names_what_accept_saves(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body, items = await _us_body(app, pilot)
        k = next(i for i, s in enumerate(items) if items[i + 1].start == s.start)
        await pilot.press(*["right_square_bracket"] * (k + 2))  # the claim at the quote's start
        claim = body.current_suggestion
        assert (claim.kind, claim.start) == ("claim", items[k].start)
        assert "Suggested claim:" in screen_text(app)
        await press_written(pilot, "A")
        (tag,) = app.store.tags()
        assert (tag.kind, tag.anchor.start, tag.anchor.end) == ("claim", claim.start, claim.end)


async def test_boilerplate_is_not_suggested_nor_counted(tmp_path):
    page = tmp_path / "teaser.txt"
    page.write_text(TEASER, encoding="utf-8")
    art = load_article(page).articles[0]
    assert [b.kind for b in art.blocks] == ["paragraph", "boilerplate"]
    assert [(s.kind, s.fields.get("speaker")) for s in suggest(art)] == [
        ("quote", "Ann Lee")]
    app = make_app(tmp_path / "s.db", open_paths=[page])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        body = app.screen.sides[0].body
        assert "· 1 suggested" in screen_text(app)
        await pilot.press("right_square_bracket", "right_square_bracket", "left_square_bracket")
        assert body.current_suggestion.fields["speaker"] == "Ann Lee"
        await press_written(pilot, "A")
        assert "Saved quote (Ann Lee)" in messages(app)
        (tag,) = app.store.tags()
        assert tag.speaker == "Ann Lee"


async def test_the_form_never_proposes_a_title_as_the_role(tmp_path):
    page = tmp_path / "brandt.txt"
    page.write_text('Staying put\n\nMr. Brandt said he would stay. "We are not leaving this '
                    'town, ever," Mr. Brandt said.\n', encoding="utf-8")
    app = make_app(tmp_path / "s.db", open_paths=[page])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        body = app.screen.sides[0].body
        (quote,) = [s for s in body.suggestions if s.kind == "quote" and s.exact[0] == '"']
        for _ in body.suggestions:
            await pilot.press("right_square_bracket")
            if body.current_suggestion == quote:
                break
        await pilot.press("enter")
        await pilot.pause()
        assert [app.screen.query_one(f"#f-{k}").value for k in ("speaker", "speaker_role")] \
            == ["Brandt", ""]


async def test_moving_into_a_suggestion_names_it_and_accept_saves_it(tmp_path):
    from textual.widgets import Static

    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body, items = await _us_body(app, pilot)
        reader = app.screen
        await pilot.press("right_square_bracket")
        assert body.current_suggestion == items[0]
        first = items[0].fields["speaker"]
        other = next(s for s in items[1:] if s.kind == "quote" and s.start > items[0].end
                     and s.fields["speaker"] != first)
        speaker = other.fields["speaker"]
        loc = body.location_of(body.to_display(other.start) + 2)
        body.selection = body.selection.__class__(loc, loc)  # the cursor moved into it
        await pilot.pause()
        await pilot.press("enter")  # the form opens on it, and the status line names it
        await pilot.pause()
        assert (app.screen.anchor.start, app.screen.anchor.end) == (other.start, other.end)
        status = str(reader.query_one("#status", Static).render())
        assert f"Suggested quote: {speaker}" in status and first not in status
        await pilot.press("escape")
        await pilot.pause()
        await press_written(pilot, "A")
        assert f"Saved quote ({speaker})" in messages(app)
        (tag,) = app.store.tags()
        assert (tag.anchor.start, tag.anchor.end, tag.speaker) == (other.start, other.end,
                                                                   speaker)
