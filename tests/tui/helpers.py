"""Helpers for Pilot tests: start the app on a temp store, read what the screen shows."""

from __future__ import annotations

import time
from pathlib import Path

from textual.app import App, ComposeResult

from tests.waitkit import PATIENCE
from tui.app import ThreadmarkApp
from tui.compat_textual import notifications, screen_lines
from tui.widgets.article_table import ArticleRow, ArticleTable

__all__ = ["HOSTILE", "TableApp", "make_app", "messages", "notifications", "opened_reader",
           "screen_text", "screen_words"]


async def opened_reader(app: ThreadmarkApp, pilot):
    """The reader the app opened on (``open_paths``), once its workers are done."""
    from tui.screens.reader import ReaderScreen

    await pilot.pause()
    await app.workers.wait_for_complete()
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


def messages(app: ThreadmarkApp) -> list[str]:
    """The text of every notification the app showed."""
    return [n.message for n in notifications(app)]

HOSTILE = """Bad [bold]title[/bold] [@click=app.quit]t[/]

Body with [/] and [@click=app.quit]a link[/] and an OSC 52 \x1b]52;c;cHduZWQ=\x07 sequence.

  1. mallory Offline mallory
    mallory ([red]Mal[/red]) 1 March 2021 9: 05
    [@click=app.quit]x[/]
    and [/] alone
"""


def make_app(store: Path, open_paths=(), annotator: str = "ana", **kw) -> ThreadmarkApp:
    """The app on ``store``, as the tests construct it."""
    return ThreadmarkApp(store_path=store, open_paths=list(open_paths), annotator=annotator,
                         **kw)


def screen_text(app: ThreadmarkApp) -> str:
    """Everything the screen shows, as plain text lines."""
    return "\n".join(screen_lines(app))


def screen_words(app: ThreadmarkApp) -> str:
    """What the screen shows with each run of spaces and line breaks as one space: a message
    reads whole wherever the length of a path in it (tmp_path's: longer under xdist or another
    TMPDIR) makes it wrap."""
    return " ".join(screen_text(app).split())


async def press_written(pilot, *keys: str) -> None:
    """Press ``keys``, then wait until the writes they queued are on disk and reported."""
    await pilot.press(*keys)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def wait_until(pilot, condition, what: str, timeout: float = PATIENCE) -> None:
    """Let the app run (workers, refreshes, its timers) until ``condition()`` holds; fails
    naming ``what`` after ``timeout`` seconds (generous: a met condition returns at once, and
    500 idle cycles, the bound before, took 11 s on an idle machine)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened within {timeout} s: {what}")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


class TableApp(App[None]):
    """One ``ArticleTable`` on ``rows``, focused; remembers the article ids selected."""

    def __init__(self, rows: list[ArticleRow]) -> None:
        super().__init__()
        self.rows = rows
        self.selected: list[str] = []

    def compose(self) -> ComposeResult:
        yield ArticleTable()

    def on_mount(self) -> None:
        t = self.query_one(ArticleTable)
        t.set_rows(self.rows)
        t.focus()

    def on_article_table_selected(self, event: ArticleTable.Selected) -> None:
        self.selected.append(event.article_id)
