"""Suggestions in the reader: computed in a worker, marked faintly, accepted with one key,
opened in the form with enter, rejected (kept in the store, undoable), hidden with a toggle."""

from __future__ import annotations

import threading

from annotations.suggest import suggest
from tests.conftest import RU_SEED, US_SEED
from tests.tui.helpers import make_app, messages, press_written, screen_text, wait_until
from tui.kind_colours import palette
from tui.screens.help import binding_rows
from tui.screens.tag_form import TagForm
from tui.widgets.passage.suggestions import reading_order


async def ready(app, pilot):
    """Wait for the suggestion worker, then for its message to be handled."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_marks_step_and_accept(tmp_path, us_article):
    expected = [s for s in suggest(us_article) if s.part == "body"]
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        body = app.screen.sides[0].body
        assert body.suggestions == sorted(expected, key=reading_order)
        # faint marks, beneath nothing: the first suggestion's first row carries the tint
        first = body.suggestions[0]
        row = body.location_of(body.to_display(first.start))[0]
        faint = palette(app).suggestion
        assert any(span.style == faint for span in body.get_line(row).spans)
        await pilot.press("right_square_bracket")
        assert body.current_suggestion == first
        assert "Suggested quote: Vladimir Putin (responded, direct) 0.90" in screen_text(app)
        await press_written(pilot, "A")
        await pilot.pause()
        (tag,) = app.store.tags()
        assert (tag.kind, tag.anchor.start, tag.anchor.end, tag.speaker, tag.speaker_role,
                tag.cue, tag.mode, tag.annotator) == (
            "quote", first.start, first.end, "Vladimir Putin", "Russian President",
            "responded", "direct", "ana")
        assert "Saved quote (Vladimir Putin)" in messages(app)
        assert first not in body.suggestions and len(body.suggestions) == len(expected) - 1
        # the saved tag's own colour now, not the faint mark
        assert any(span.style == palette(app).tags["quote"]
                   for span in body.get_line(row).spans)


async def test_the_reader_never_waits_for_the_finder(tmp_path, monkeypatch):
    import annotations.suggest

    gate = threading.Event()
    real = annotations.suggest.suggest

    def slow(article, claims=True):
        gate.wait(30)
        return real(article, claims)

    monkeypatch.setattr(annotations.suggest, "suggest", slow)
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        body = app.screen.sides[0].body
        # the finder is still running: reading and tagging go on
        await pilot.press("v", "q")
        await pilot.pause()
        assert isinstance(app.screen, TagForm) and body.suggestions == []
        await pilot.press("escape")
        gate.set()
        await ready(app, pilot)
        assert len(body.suggestions) == len([s for s in real(body.article)
                                             if s.part == "body"])


async def test_reject_is_kept_and_undone(tmp_path, us_article):
    store = tmp_path / "s.db"
    app = make_app(store, open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        body = app.screen.sides[0].body
        n = len(body.suggestions)
        await pilot.press("right_square_bracket", "X")
        first = suggest(us_article)[0]
        await wait_until(pilot, lambda: app.store.rejected(us_article.id) == {first.key},
                         "the rejection stored")
        await wait_until(pilot, lambda: "Rejected the suggested quote · u undoes" in messages(app),
                         "the rejection's message")
        assert len(body.suggestions) == n - 1 and len(app.store) == 0
    app = make_app(store, open_paths=[US_SEED])  # a restart: still rejected
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        body = app.screen.sides[0].body
        assert len(body.suggestions) == n - 1
        await press_written(pilot, "u")
        await wait_until(pilot, lambda: app.store.rejected(us_article.id) == set()
                         and len(body.suggestions) == n, "the rejection undone")


async def test_enter_opens_the_form_filled_and_toggle_hides(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        reader = app.screen
        body = reader.sides[0].body
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        target = body.current_suggestion
        assert target.exact.startswith('"We have always assumed')
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm) and form.kind == "quote"
        assert (form.anchor.start, form.anchor.end) == (target.start, target.end)
        assert [form.query_one(f"#f-{k}").value for k in ("speaker", "cue", "mode")] == [
            "Vladimir Putin", "said", "direct"]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader
        await pilot.press("S")
        assert body.suggestions == [] and "Suggestions hidden" in messages(app)
        await pilot.press("S")
        assert len(body.suggestions) > 0


async def test_comment_pane_marks_a_reader_quoting_the_article(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[RU_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        side = app.screen.sides[0]
        await pilot.press("tab", *["right_square_bracket"] * 3)
        await wait_until(pilot, lambda: side.shown_comment == side.tree.current_id,
                         "the comment pane shows the cursor's comment")
        assert side.tree.current_id == "4"
        (s,) = side.comment_view.suggestions
        assert (s.fields["speaker"], s.fields["cue"]) == ("the article", "quoting the article")


async def test_help_lists_the_suggestion_keys(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        rows = {r[2] for r in binding_rows(app.screen)}
        assert {"Next suggestion", "Previous suggestion", "Accept", "Edit suggestion",
                "Reject", "Suggestions"} <= rows


async def test_accepting_in_a_read_only_store_says_why_and_saves_nothing(tmp_path):
    store = tmp_path / "s.db"
    app = make_app(store, open_paths=[US_SEED])
    async with app.run_test(size=(120, 40)) as pilot:  # adds the article
        await ready(app, pilot)
    app = make_app(store, open_paths=[], readonly=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await ready(app, pilot)
        await pilot.press("right_square_bracket", "A")
        await pilot.pause()
        assert len(app.store) == 0
        assert any("read-only" in m for m in messages(app))
        assert isinstance(app.screen, TagForm)  # the suggestion, filled in, to copy from
