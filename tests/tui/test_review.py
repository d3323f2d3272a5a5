"""The review screen (#12): accept a version, accept all agreeing, edit then accept, undo,
restart; the curated layer is what ``export --annotator curated`` writes."""

from __future__ import annotations

import json

from annotations import AnnotationStore
from tests.factories import planned
from tests.tui.helpers import make_app, press_written, screen_text, wait_until
from tui.cli import main
from tui.screens.review import ReviewScreen
from tui.screens.tag_form import TagForm


def title(app) -> str:
    return str(app.screen.query_one("#review-title").render())


async def test_review_accept_edit_undo_restart(tmp_path, ru_article, us_article, capsys):
    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many(planned(ru_article, us_article))
    app = make_app(store, annotator="curator-ana")
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("R")  # the first article: the Russian seed
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        # Q1 (all three), Q2 (ana, ben), Q3 (ana), the stance (polarity differs)
        assert "0 of 4 resolved" in title(app)
        assert "annotators ana, ben, cyd" in title(app)
        text = screen_text(app)
        assert "1 ana" in text and "2 ben" in text and "3 cyd" in text and "indirect" in text
        assert "quotes: 3 units" in text
        await press_written(pilot, "1")  # ana's Putin quote (ben's is the same version)
        await pilot.pause()
        assert "1 of 4 resolved" in title(app)
        (cur,) = [t for t in app.store.tags(article_id=ru_article.id)
                  if t.annotator == "curated"]
        assert (cur.speaker, cur.anchor.start, cur.anchor.end) == ("Vladimir Putin", 324, 499)
        assert cur.labels == ["from:ana", "from:ben"]
        assert app.screen.table.cursor_row == 1  # on to the next open unit
        await pilot.press("3")  # cyd did not tag Q2: nothing saved
        await pilot.pause()
        assert "1 of 4 resolved" in title(app)
        await pilot.press("e")  # edit ana's version of Q2, then accept
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm) and form.query_one("#f-speaker").value == "Shi Yinhong"
        await pilot.press("end", *" (expert)", "enter")
        # the form saves in a worker and closes once the tag is on disk
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the form closed")
        assert isinstance(app.screen, ReviewScreen) and "2 of 4 resolved" in title(app)
        edited = [t for t in app.store.tags(article_id=ru_article.id)
                  if t.annotator == "curated" and t.speaker.endswith("(expert)")]
        assert len(edited) == 1 and edited[0].labels == []  # nobody had this version
        await press_written(pilot, "u")
        await pilot.pause()
        assert "1 of 4 resolved" in title(app)
    app = make_app(store)  # restart: the curated layer is in the store
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("R")
        await pilot.pause()
        assert "1 of 4 resolved" in title(app)
        await pilot.press("escape", "down", "R")  # the US article: one claim all agree on
        await pilot.pause()
        assert "0 of 0 resolved" in title(app)
        await press_written(pilot, "A")
        await pilot.pause()
        (claim,) = [t for t in app.store.tags(article_id=us_article.id)
                    if t.annotator == "curated"]
        assert claim.labels == ["from:ana", "from:ben", "from:cyd"]
        await press_written(pilot, "A")  # nothing left to accept: no duplicate
        await pilot.pause()
        assert len([t for t in app.store.tags(article_id=us_article.id)
                    if t.annotator == "curated"]) == 1
    capsys.readouterr()
    assert main(["export", "--store", str(store), "--annotator", "curated",
                 "--format", "jsonl"]) == 0
    docs = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert sorted(d["kind"] for d in docs) == ["claim", "quote"]
    assert {tuple(d["labels"]) for d in docs} == {("from:ana", "from:ben"),
                                                  ("from:ana", "from:ben", "from:cyd")}
