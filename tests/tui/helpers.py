"""Helpers for Pilot tests: start the app on a temp store, read what the screen shows."""

from __future__ import annotations

from pathlib import Path

from tui.app import ThreadmarkApp

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
    strips = app.screen._compositor.render_strips()  # private; textual is pinned
    return "\n".join(s.text for s in strips)
