"""``threadmark serve``: the same app in a browser, through textual-serve.

Each browser tab starts its own ``threadmark`` process on the same store. The first tab
takes the store's lock and writes; a tab that finds the store locked opens it read-only with
a banner, and once the writing tab is closed (its process ends, the lock with it) the next
tab writes. textual-serve has no authentication: the server binds to 127.0.0.1 unless
``--public`` is given (an SSH tunnel is the safer way to reach it from elsewhere). It answers
only requests for its own ``host:port``, opens tabs only for its own pages and runs at most
``--max-tabs`` of them (``tui/cli/serve_guard.py``). The landing page is titled "threadmark": the
tab command (paths, internal flags) is never shown to a visitor.

textual-serve's page template loads its font from Google Fonts; served from here the page
needs no outside host: the template is patched at start to use the font textual-serve ships.
The server holds the patched copy in memory: nothing is written to disk, so no exit (ctrl+c,
an error at start, a kill) leaves anything behind, and nothing of textual-serve's is kept in
this repo.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import textual_serve

from annotations.errors import ThreadmarkError
from tui.cli.args import DEFAULT_MAX_TABS
from tui.cli.serve_guard import TabGuard, tab_count
from tui.compat_textual_serve import HookedServer

_FONT_LINK = 'href="https://fonts.googleapis.com/css?family=Roboto%20Mono"'
_LOCAL_FONT = """<style>
      @font-face { font-family: "Roboto Mono"; font-style: normal;
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf"); }
      @font-face { font-family: "Roboto Mono"; font-style: italic;
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf"); }
    </style>"""
_ENDED = '<div class="message">Session ended.</div>'
_ENDED_OR_FULL = ('<div class="message">Session ended. (This server runs at most {limit} at '
                  'once: if the others are in use, close one first.)</div>')


class ServeError(ThreadmarkError):
    """The server cannot start as asked (one line)."""


def is_local(host: str) -> bool:
    """Whether ``host`` is a loopback address (or ``localhost``)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def offline_templates(max_tabs: int = DEFAULT_MAX_TABS) -> dict[str, str]:
    """textual-serve's templates (file name -> text) with the Google Fonts link replaced by
    the bundled font, and the "Session ended" notice naming the tab limit (a tab refused as one
    too many ends so)."""
    src = Path(textual_serve.__file__).parent / "templates"
    out = {}
    for t in sorted(src.iterdir()):
        text = t.read_text(encoding="utf-8")
        if _FONT_LINK in text:
            start = text.rfind("<link", 0, text.index(_FONT_LINK))
            end = text.index(">", text.index(_FONT_LINK)) + 1
            text = text[:start] + _LOCAL_FONT + text[end:]
        if t.name == "app_index.html":
            text = text.replace("<head>", "<head>\n    <title>threadmark</title>", 1)
            if _ENDED not in text:
                raise ServeError("textual-serve's template app_index.html has no \"Session "
                                 "ended.\" notice; re-check tui/cli/serve.py against this version")
            text = text.replace(_ENDED, _ENDED_OR_FULL.format(limit=tab_count(max_tabs)))
        if "https://" in text.replace("https://github.com", ""):
            raise ServeError(f"textual-serve's template {t.name} loads from outside hosts; "
                             "re-check tui/cli/serve.py against this textual-serve version")
        out[t.name] = text
    return out


def tab_command(store: Path, annotator: str | None) -> str:
    """The command each browser tab runs: this threadmark, on this store, as a served tab."""
    cmd = [sys.executable, "-m", "tui.cli", "--store", str(store), "--served-tab"]
    if annotator:
        cmd += ["--annotator", annotator]
    return shlex.join(cmd)


class ThreadmarkServer(HookedServer):
    """textual-serve's server titled "threadmark", behind a ``TabGuard``, serving its own
    templates from memory."""

    def __init__(self, command: str, host: str, port: int, max_tabs: int,
                 templates: Mapping[str, str]) -> None:
        guard = TabGuard(host, port, max_tabs,
                         is_websocket=lambda h: h == self.handle_websocket,
                         is_index=lambda h: h == self.handle_index)
        # the page's URLs (its WebSocket's too) name the origin the guard accepts
        super().__init__(command, host=host, port=port, title="threadmark",
                         public_url=guard.origin,
                         statics_path=Path(textual_serve.__file__).parent / "static")
        self.guard = guard
        self._templates = dict(templates)

    def extra_middlewares(self) -> Sequence[Any]:
        return [self.guard.middleware]

    def templates(self) -> Mapping[str, str]:
        return self._templates

    async def on_startup(self, app: Any) -> None:
        """Print nothing: ``threadmark serve`` says where it serves (textual-serve's banner
        would print the tab command)."""


def make_server(store: Path, host: str = "127.0.0.1", port: int = 8000, public: bool = False,
                annotator: str | None = None,
                max_tabs: int = DEFAULT_MAX_TABS) -> ThreadmarkServer:
    """The server for ``store`` (refuses a non-local host without ``public``)."""
    if not is_local(host) and not public:
        raise ServeError(f"{host}: not a local address; textual-serve has no authentication, "
                         "so serving beyond this machine needs --public (an SSH tunnel is "
                         "safer: see the README)")
    if not 1 <= port <= 65535:
        raise ServeError(f"port {port}: not between 1 and 65535")
    if max_tabs < 1:
        raise ServeError(f"max tabs {max_tabs}: at least 1")
    return ThreadmarkServer(tab_command(store, annotator), host, port, max_tabs,
                            offline_templates(max_tabs))
