"""Kind colours per theme (#15.13): distinct in every bundled theme, in 256 colours too, and
readable (WCAG 4.5:1); the reading cursor's line is highlighted beneath the tag colours."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.color import Color

from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, wait_until
from tui.kind_colours import MIN_CONTRAST, contrast, eight_bit, palette_for, theme_colours
from tui.screens.tag_form import TagForm

THEMES = App().available_themes


def _c(style_colour) -> Color:
    return Color.parse(style_colour.name)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_kinds_differ_and_stay_readable_in_every_theme(name):
    p = palette_for(*theme_colours(THEMES[name]))
    quote, stance, claim = (p.tags[k] for k in ("quote", "stance", "claim"))
    assert len({quote, stance, claim}) == 3
    if p.background is None:  # an ANSI theme: the terminal's own named colours
        assert {quote.bgcolor.name, stance.bgcolor.name} == {"green", "blue"}
        assert p.suggestion.italic and p.suggestion.bgcolor is None  # no tag is italic
        return
    # a suggestion's faint tint differs from the plain text, every tag, a match, the cursor
    bgs = [p.background, _c(quote.bgcolor), _c(stance.bgcolor), _c(p.match.bgcolor),
           _c(p.cursor_line.bgcolor), _c(p.suggestion.bgcolor)]
    assert len({c.hex for c in bgs}) == 6
    assert len({eight_bit(c) for c in bgs}) == 6, [eight_bit(c) for c in bgs]  # 256 colours
    for style in (quote, stance, p.match, p.suggestion_current):
        assert contrast(_c(style.color), _c(style.bgcolor)) >= MIN_CONTRAST
    assert contrast(_c(p.suggestion.color), _c(p.suggestion.bgcolor)) >= MIN_CONTRAST
    assert p.suggestion.italic and p.suggestion_current.underline
    for colour in (claim.color, p.blocks["quote"].color, p.blocks["caption"].color):
        assert contrast(_c(colour), p.background) >= MIN_CONTRAST


def test_solarized_light_quote_is_readable():
    p = palette_for(*theme_colours(THEMES["solarized-light"]))
    q = p.tags["quote"]
    assert contrast(_c(q.color), _c(q.bgcolor)) >= 4.5
    assert contrast(_c(p.blocks["quote"].color), p.background) >= 4.5


async def test_cursor_line_is_highlighted_beneath_tags(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        body = app.screen.sides[0].body
        await pilot.press("right_curly_bracket", "V", "q")
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, TagForm), "the form closed")
        await pilot.press("escape")  # clear the selection: the cursor stays in the quote
        row = body.selection.end[0]
        line = body.get_line(row)
        colours = body._palette
        styles = [sp.style for sp in line.spans]
        assert styles[0] == colours.cursor_line  # first: beneath everything
        assert colours.tags["quote"] in styles  # the quote still shows on the cursor line
        other = body.get_line(row + 2)
        assert colours.cursor_line not in [sp.style for sp in other.spans]
