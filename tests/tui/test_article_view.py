"""Stored articles read as plain objects: the same text and tree as the models, no pydantic."""

from __future__ import annotations

import subprocess
import sys

import pytest

from annotations import AnnotationStore
from annotations.model.article import article_to_doc
from annotations.model.article_view import ArticleView, view_from_doc
from annotations.sources.loader import load_article
from tests.conftest import ROOT, RU_SEED

REAL = [RU_SEED, ROOT / "seeds" / "003_323cdfd3a9a87bbb.txt",
        ROOT / "tests" / "fixtures" / "reddit" / "thread_more_deleted.json",
        ROOT / "tests" / "fixtures" / "hn" / "item_story.json"]


def same(view, art) -> None:
    for f in ("id", "title", "source", "url", "authors", "published_at", "language",
              "discusses", "body"):
        assert getattr(view, f) == getattr(art, f), f
    assert [(b.kind, b.text, b.start, b.end) for b in view.blocks] == [
        (b.kind, b.text, b.start, b.end) for b in art.blocks]
    got = [(c.id, c.author, c.name, c.posted_at, c.text, c.status, d) for c, d in view.walk()]
    want = [(c.id, c.author, c.name, c.posted_at, c.text, c.status, d) for c, d in art.walk()]
    assert got == want and len(got) == art.comment_count() == view.comment_count()


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_view_of_a_stored_record_reads_as_the_model(path):
    art = load_article(path).article
    view = view_from_doc(article_to_doc(art))
    assert isinstance(view, ArticleView)
    same(view, art)
    last = [c for c, _ in art.walk()][-1] if art.comments else None
    if last is not None:
        assert view.comment(last.id).text == last.text == view.part_text(last.id)
    assert view.part_text("body") == art.body and view.comment("9.9.9") is None


@pytest.mark.parametrize("damage", [
    lambda d: d.update(body=5),
    lambda d: d.update(extra="field"),
    lambda d: d["blocks"].append({"kind": "paragraph", "text": "not in body", "start": 0,
                                  "end": 11}),
    lambda d: d["comments"].append({"depth": 3, "author": "x", "posted_at": "2020-01-01",
                                    "text": ""}),
    lambda d: d["comments"].append({"depth": 0, "author": "", "posted_at": "2020-01-01",
                                    "text": ""}),
    lambda d: d["comments"].append({"depth": 0, "author": "x", "posted_at": "yesterday",
                                    "text": ""}),
    lambda d: d["comments"].append({"depth": 0, "author": "x", "posted_at": "2020-01-01",
                                    "text": "", "status": "hidden"}),
], ids=["body", "extra", "block", "depth", "author", "date", "status"])
def test_anything_odd_is_left_to_the_models(ru_article, damage):
    doc = article_to_doc(ru_article)
    damage(doc)
    assert view_from_doc(doc) is None


def test_the_store_reads_an_article_without_importing_pydantic(tmp_path, ru_article):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
    code = (
        "import sys\n"
        "from annotations.store import AnnotationStore\n"
        f"s = AnnotationStore({str(path)!r}, defer=True)\n"
        f"v = s.article_view({ru_article.id!r})\n"
        "print(type(v).__name__, v.comment_count(), s.tags(article_id=v.id),"
        " 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.split() == ["ArticleView", "12", "[]", "False"]


def test_tag_marks_before_and_after_validation(tmp_path, ru_article):
    from tests.factories import putin, stance

    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_many([stance(ru_article), putin(ru_article)])
    with AnnotationStore(path) as s:
        marks = s.tag_marks(ru_article.id)
        assert [type(m).__name__ for m in marks] == ["TagMark", "TagMark"]
        tags = s.tags(article_id=ru_article.id)
        shape = [(str(t.id), t.kind, t.anchor.article_id, t.anchor.part, t.anchor.start,
                  t.anchor.end) for t in tags]
        assert [(m.id, m.kind, m.anchor.article_id, m.anchor.part, m.anchor.start,
                 m.anchor.end) for m in marks] == shape
        assert shape[0][1:] == ("quote", ru_article.id, "body", 324, 499)  # reading order
        assert s.tag_marks(ru_article.id) == tags  # validated: the models themselves


READER_FIRST_FRAME = """
import sys
from tui.app import ThreadmarkApp
from tui.screens.reader import ReaderScreen

# the suggestions worker (which imports the models) starts after the first frame; held here
# so that its thread cannot race the probe on a loaded machine
ReaderScreen.start_suggestions = lambda self: None

class Probe(ThreadmarkApp):
    def on_mount(self):
        self.call_after_refresh(self.first_frame)

    def first_frame(self):
        side = self.screen.sides[0]
        print(type(side.article).__name__, len(side.body.tag_spans),
              sorted(side.tree.tagged), "pydantic.main" in sys.modules)
        self.exit()

import asyncio

async def main():
    app = Probe(store_path=sys.argv[1], open_paths=[sys.argv[2]], annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()

asyncio.run(main())
"""


def test_the_readers_first_frame_draws_stored_tags_without_pydantic(tmp_path, ru_article):
    from annotations.sources.adding import add_files
    from tests.factories import putin, stance

    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        add_files(s, [RU_SEED])  # remembered: the next open does not parse it
        s.add_many([stance(ru_article), putin(ru_article)])
    out = subprocess.run([sys.executable, "-c", READER_FIRST_FRAME, str(path), str(RU_SEED)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.splitlines()[-1] == "ArticleView 1 ['4'] False", out.stderr[-2000:]
