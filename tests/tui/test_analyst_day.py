"""An analyst's day without traps (#29): the TUI's items, each with the trap it removes."""

from __future__ import annotations

from tests.conftest import RU_SEED
from tests.tui.helpers import make_app, messages, press_written
from tui.screens.tag_form import TagForm


async def test_saving_from_the_form_names_the_speaker_or_holder(tmp_path):  # 17
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right_curly_bracket", "V", "q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        form.query_one("#f-speaker").value = "Shi Yinhong"
        await press_written(pilot, "enter")
        await pilot.pause()
        assert "Saved quote (Shi Yinhong)" in messages(app)
        await pilot.press("V", "s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        form.query_one("#f-holder").value = "the expert"
        form.query_one("#f-target").value = "the alliance"
        form.query_one("#f-polarity").value = "against"
        await press_written(pilot, "enter")
        await pilot.pause()
        assert "Saved stance (the expert)" in messages(app)
        assert not [m for m in messages(app) if "s.db" in m]


async def test_stance_form_with_holder_and_target_filled_starts_on_polarity(tmp_path):  # 8
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        side = app.screen.sides[0]
        await pilot.press("tab", "s")  # the first comment: holder is its author
        await pilot.pause()
        form = app.screen
        assert app.focused is form.query_one("#f-target")
        await pilot.press(*"the alliance", "tab", "f")
        await press_written(pilot, "enter")
        await pilot.pause()
        side.tree.focus()
        await pilot.press("j", "s")  # the next comment: its author, the last target
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm)
        assert (form.query_one("#f-holder").value, form.query_one("#f-target").value) == (
            "passing by", "the alliance")
        polarity = form.query_one("#f-polarity")
        assert app.focused is polarity
        await pilot.press("n")
        assert polarity.value == "neutral"
        assert form.query_one("#f-target").value == "the alliance"
        # a text field's value is not selected on focus: a key adds to it, never replaces it
        await pilot.press("shift+tab")
        assert app.focused is form.query_one("#f-target")
        await pilot.press("end", "s")
        assert form.query_one("#f-target").value == "the alliances"
