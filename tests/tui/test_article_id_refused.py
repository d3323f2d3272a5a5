"""The app opening an article JSON whose id is not the hash of its content (#22): one line,
nothing stored, the app keeps running."""

from __future__ import annotations

import json

from annotations import AnnotationStore
from annotations.model.article import article_from_obj
from annotations.model.identity import canonical_article_id
from annotations.model.serialize import article_to_dict


async def test_the_app_refuses_a_forged_article_json_and_keeps_running(tmp_path, us_article):
    from tests.tui.helpers import make_app, messages, wait_until
    from tui.screens.library import LibraryScreen

    doc = article_to_dict(us_article)
    doc["title"] = "Forged"
    p = tmp_path / "forged.json"
    p.write_text(json.dumps(doc))
    app = make_app(tmp_path / "s.db", open_paths=[p], seed_if_empty=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: bool(messages(app)), "the refusal")
        assert isinstance(app.screen, LibraryScreen)
        assert messages(app) == [
            f"{p}: refused: id {us_article.id} is not the hash of its content (that is "
            f"{canonical_article_id(article_from_obj(doc))}); a file written before store "
            "schema 6 is refused: its owner upgrades threadmark and writes it again"]
    with AnnotationStore(tmp_path / "s.db", readonly=True) as s:
        assert s.article_ids() == []
