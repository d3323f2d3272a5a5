"""Snapshot tests (pytest-textual-snapshot) of the main screens at 80x24 and 120x40."""

from __future__ import annotations

import fcntl
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from annotations import Anchor, AnnotationStore, Claim, Quote, Stance
from tests.conftest import RU_SEED, US_SEED
from tests.tui.helpers import HOSTILE, make_app

# A fixed path: the library shows the store's path, which must not vary between runs.
SNAP_DIR = Path("/tmp/threadmark-snapshots")
SIZES = [(80, 24), (120, 40)]
T0 = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture
def store_path():
    # one user of the fixed path at a time: xdist's workers (and other checkouts' runs on this
    # machine) would otherwise remove each other's store mid-test
    with open(f"{SNAP_DIR}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            shutil.rmtree(SNAP_DIR, ignore_errors=True)
            SNAP_DIR.mkdir(parents=True)
            yield SNAP_DIR / "store.db"
            shutil.rmtree(SNAP_DIR, ignore_errors=True)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def tagged_store(path: Path, ru) -> None:
    """The seeds plus three tags with fixed ids: a claim inside a quote, and a stance."""
    body = ru.body
    claim_start = body.index("So far we have not set")
    with AnnotationStore(path) as s:
        s.add_article(ru)
        s.add_many([
            Quote(id=uuid.UUID(int=1), anchor=Anchor.for_span(ru, "body", 324, 499),
                  speaker="Vladimir Putin", annotator="ana", created=T0, updated=T0),
            Claim(id=uuid.UUID(int=2), anchor=Anchor.for_span(
                ru, "body", claim_start, body.index("So let's see") - 1),
                annotator="ana", created=T0, updated=T0),
            Stance(id=uuid.UUID(int=3), anchor=Anchor.for_span(ru, "4.1", 0, 60),
                   holder="boriz", target="alliance", polarity="against", annotator="ana",
                   created=T0, updated=T0),
        ])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_library(snap_compare, store_path, size):
    assert snap_compare(make_app(store_path), terminal_size=size)


# the comment pane follows the tree cursor after a short rest
SETTLE = "wait:200"


def settle(*keys: str):
    """A ``run_before``: wait for the suggestion worker (the faint marks are part of the
    picture), press ``keys``, wait for the workers again."""
    async def run(pilot) -> None:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        for k in keys:
            await pilot.press(k)
            await pilot.app.workers.wait_for_complete()
        steady_cursors(pilot.app)
        await pilot.pause()

    return run


def steady_cursors(app) -> None:
    """Stop every text box's cursor blinking, shown: a blink's half-second phase would
    otherwise decide whether a form's cursor is in the picture (it was not, 1 run in 6 under
    load)."""
    for box in app.screen.query("Input, TextArea"):
        box.cursor_blink = False


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_article(snap_compare, store_path, size):
    assert snap_compare(make_app(store_path), run_before=settle("enter", "tab", "j", SETTLE),
                        terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_compare(snap_compare, store_path, size):
    assert snap_compare(make_app(store_path, open_paths=[RU_SEED, US_SEED]),
                        run_before=settle(), terminal_size=size)


def test_quote_form(snap_compare, store_path):
    app = make_app(store_path, open_paths=[RU_SEED])
    assert snap_compare(app, run_before=settle("right_curly_bracket", "V", "q"),
                        terminal_size=(120, 40))


def test_stance_form_error(snap_compare, store_path):
    app = make_app(store_path, open_paths=[RU_SEED])
    assert snap_compare(app, run_before=settle("tab", "enter", "v", "s", "enter"),
                        terminal_size=(120, 40))


def test_highlighted_tags(snap_compare, store_path, ru_article):
    tagged_store(store_path, ru_article)
    app = make_app(store_path, open_paths=[RU_SEED])
    assert snap_compare(app, run_before=settle("tab", *["right_square_bracket"] * 3, "j",
                                               SETTLE), terminal_size=(120, 40))


def test_tags_panel(snap_compare, store_path, ru_article):
    tagged_store(store_path, ru_article)
    app = make_app(store_path, open_paths=[RU_SEED])
    assert snap_compare(app, run_before=settle("a"), terminal_size=(120, 40))


def test_hostile_text(snap_compare, store_path):
    f = SNAP_DIR / "hostile.txt"
    f.write_text(HOSTILE, encoding="utf-8")
    app = make_app(store_path, open_paths=[f], seed_if_empty=False)
    assert snap_compare(app, run_before=settle("tab"), terminal_size=(120, 40))


def test_help(snap_compare, store_path):
    assert snap_compare(make_app(store_path), run_before=settle("enter", "tab", "question_mark"),
                        terminal_size=(120, 40))


def test_quote_form_small(snap_compare, store_path):
    app = make_app(store_path, open_paths=[RU_SEED])
    assert snap_compare(app, run_before=settle("right_curly_bracket", "V", "q"),
                        terminal_size=(80, 24))
