"""Every use of textual-serve's private API, in one place (tested against the pinned version).

textual-serve has no hook to add aiohttp middleware: ``Server.serve`` builds its web
application with the private ``Server._make_app``. ``HookedServer`` overrides it to append
the middlewares its ``extra_middlewares()`` returns (``tui/cli/serve_guard.py``'s Host, Origin
and tab-count checks), and to serve the page templates its ``templates()`` returns from memory
(textual-serve reads them from a folder: a patched copy on disk would be one more thing to
remove at every exit, and a killed server would leave it behind).
``tests/core/test_compat.py`` fails with a clear message when an upgrade moves any of it.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from importlib.metadata import version
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

#: The textual-serve release this module was written against (``pyproject.toml`` pins it).
TESTED_VERSION = "1.1.3"


class HookedServer(Server):
    """A textual-serve ``Server`` whose web application runs ``extra_middlewares()``."""

    def extra_middlewares(self) -> Sequence[Any]:
        """aiohttp middlewares run on every request, before textual-serve's handlers."""
        return ()

    def templates(self) -> Mapping[str, str] | None:
        """The page templates by file name, served instead of textual-serve's own files
        (None: textual-serve's)."""
        return None

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        own = self.templates()
        if own is not None:
            aiohttp_jinja2.get_env(app).loader = jinja2.DictLoader(dict(own))
        app.middlewares.extend(self.extra_middlewares())
        return app


def check() -> list[str]:
    """Problems with the private API this module relies on (empty when all is as tested)."""
    problems = []
    installed = version("textual-serve")
    if installed != TESTED_VERSION:
        problems.append(f"textual-serve {installed} installed; compat_textual_serve was written "
                        f"for {TESTED_VERSION}: re-check tui/compat_textual_serve.py and "
                        "tui/cli/serve_guard.py")
    make_app = getattr(Server, "_make_app", None)
    if make_app is None or not inspect.iscoroutinefunction(make_app):
        problems.append("Server._make_app is gone or no longer a coroutine function: the "
                        "Host/Origin/tab-limit middleware would not be installed")
    elif list(inspect.signature(make_app).parameters) != ["self"]:
        problems.append("Server._make_app changed its signature")
    elif "aiohttp_jinja2.setup(" not in inspect.getsource(make_app):
        problems.append("Server._make_app no longer sets up aiohttp_jinja2: threadmark's page "
                        "templates (held in memory) would not replace textual-serve's")
    if "self._make_app()" not in inspect.getsource(Server.serve):
        problems.append("Server.serve no longer builds its application with _make_app(): the "
                        "Host/Origin/tab-limit middleware would not be installed")
    ws_source = inspect.getsource(Server.handle_websocket)
    if "AppService(" not in ws_source or "app_service.stop()" not in ws_source:
        problems.append("Server.handle_websocket no longer starts and stops the tab's process: "
                        "the tab count in tui/cli/serve_guard.py may be wrong")
    return problems
