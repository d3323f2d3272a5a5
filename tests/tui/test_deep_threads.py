"""Threads of any depth (#14.10): 10,000 reply levels in every command and in the TUI."""

from __future__ import annotations

import json

import pytest

from annotations import Anchor, AnnotationStore, Stance
from annotations.model.article_view import PATH_LEVELS
from annotations.sources.deepjson import loads
from annotations.sources.loader import load_article
from benchmarks.deep import deep_article_json
from tests.tui.helpers import make_app, screen_text
from tui.cli import main
from tui.screens.tag_form import TagForm

LEVELS = 10_000


@pytest.fixture(scope="module")
def deep_file(tmp_path_factory):
    p = tmp_path_factory.mktemp("deep") / "deep.json"
    p.write_text(deep_article_json(LEVELS))
    return p


def deepest_path(levels: int = LEVELS) -> str:
    return ".".join(["1"] * levels)


def deepest_id(levels: int = LEVELS) -> str:
    """Past ``PATH_LEVELS`` a comment is named by its number in reading order (#23)."""
    return f"n{levels}" if levels > PATH_LEVELS else deepest_path(levels)


def depth_of(obj) -> int:
    n, c = 0, obj["comments"]
    while c:
        n, c = n + 1, c[0]["replies"]
    return n


def test_load_and_walk_10000_levels(deep_file):
    a = load_article(deep_file).article
    walked = list(a.walk())
    assert len(walked) == LEVELS and walked[-1][1] == LEVELS - 1
    assert walked[-1][0].id == deepest_id() and a.comment(deepest_id()).author == "user9999"
    assert a.comment(deepest_path()) is walked[-1][0]  # the full path, as written before
    assert [c.id for c, _ in walked[62:66]] == [deepest_path(63), deepest_path(64), "n65", "n66"]


def test_every_command_at_10000_levels(deep_file, tmp_path, capsys):
    store = tmp_path / "s.db"
    assert main(["inspect", str(deep_file)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("  … 9999 levels … [n10000] user9999, "
                                 "2020-10-26 16:13: Reply at level 10000.")
    assert main(["inspect", "--json", str(deep_file)]) == 0
    printed = loads(capsys.readouterr().out)
    assert depth_of(printed) == LEVELS
    again = tmp_path / "again.json"  # what inspect --json prints reads back
    again.write_text(json.dumps({**printed, "comments": []}))
    assert main(["import", "--store", str(store), str(deep_file)]) == 0
    assert capsys.readouterr().out.strip() == "added 1, already there 0, failed 0"
    with AnnotationStore(store) as s:
        (a,) = s.articles()
        deep = a.comment(deepest_id())
        s.add(Stance(anchor=Anchor.for_span(a, deep.id, 0, 5), holder=deep.author,
                     target="the thread", polarity="neutral", annotator="ana"))
    for fmt in ("json", "jsonl", "w3c", "csv"):
        assert main(["export", "--store", str(store), "--format", fmt,
                     "-o", str(tmp_path / f"e.{fmt}")]) == 0
    assert main(["check", "--store", str(store)]) == 0
    capsys.readouterr()
    fresh = tmp_path / "t.db"
    assert main(["import", "--store", str(fresh), str(deep_file)]) == 0
    assert main(["import-annotations", "--store", str(fresh), str(tmp_path / "e.w3c")]) == 0
    assert capsys.readouterr().out.strip().endswith("added 1, skipped 0, conflicts 0, rejected 0")
    with AnnotationStore(fresh, readonly=True) as s:
        (t,) = list(s)
        assert t.anchor.part == deepest_id() and t.anchor.exact == "Reply"


def test_text_format_2000_levels_parses_and_renders_back(tmp_path):
    from annotations.model.thread import render_comments
    from annotations.sources.parse import parse_article

    lines = ["Deep", "", "Body paragraph.", ""]
    for i in range(2000):
        lines.append("  " * (i + 1) + f"1. user{i} 26 October 2020 16: 13")
        lines.append("  " * (i + 2) + f"text {i}")
    a = parse_article("\n".join(lines) + "\n")
    assert a.comment_count() == 2000 and a.comment(deepest_id(2000)).text == "text 1999"
    assert a.comment(deepest_path(2000)).text == "text 1999"
    assert render_comments(a.comments, status_style=False) == lines[4:]


async def test_tui_opens_and_tags_the_deepest_reply(deep_file, tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[deep_file])
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "G")
        await pilot.pause()
        side = app.screen.sides[0]
        assert side.tree.current_id == deepest_id()
        text = screen_text(app)
        assert "9999› " in text and "user9999" in text and "#n10000" in text
        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TagForm) and form.anchor.part == deepest_id()
        assert form.query_one("#f-holder").value == "user9999"
