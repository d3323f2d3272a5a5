"""What ``threadmark serve`` answers and to whom: its own Host, its own Origin, a tab limit.

Every browser tab is an app process that can read the screen and type keys into the store,
so the server trusts no request it cannot tie to its own page:

* a request whose ``Host`` header is not the bound ``host:port`` is refused (403): a web page
  on a DNS-rebinding name that resolves to this machine cannot reach the server;
* a WebSocket request whose ``Origin`` is not the server's own origin is refused (403) before
  any app process starts: a page on another site or port cannot open a tab;
* at most ``max_tabs`` app processes run at once: a further WebSocket is refused (503) and the
  landing page says the server is full instead of starting a terminal.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from html import escape

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_FULL_PAGE = """<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><title>threadmark: all tabs in use</title></head>
  <body style="background:#0c181f;color:#eee;font-family:monospace;padding:3em">
    <h1>threadmark</h1>
    <p id="limit">This server runs at most {limit} at once, and all are open.
    Close a threadmark tab, then reload this page.</p>
  </body>
</html>
"""


def tab_count(n: int) -> str:
    """``n`` tabs, in words ("1 tab", "4 tabs")."""
    return "1 tab" if n == 1 else f"{n} tabs"


def authority(host: str, port: int) -> str:
    """``host:port`` as a Host header names it (IPv6 addresses in brackets)."""
    try:
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
    except ValueError:
        pass
    return f"{host}:{port}".lower()


class TabGuard:
    """The Host, Origin and tab-count checks of one server bound to ``host:port``."""

    def __init__(self, host: str, port: int, max_tabs: int,
                 is_websocket: Callable[[Handler], bool],
                 is_index: Callable[[Handler], bool]) -> None:
        if max_tabs < 1:
            raise ValueError(f"max_tabs must be at least 1, not {max_tabs}")
        self.max_tabs = max_tabs
        self.hosts = {authority(host, port)}
        if port == 80:
            self.hosts.add(authority(host, port).rsplit(":", 1)[0])
        self.origin = f"http://{authority(host, port)}"
        self.tabs = 0  # app processes running (one event loop: no lock needed)
        self._is_websocket = is_websocket
        self._is_index = is_index

    def _refused(self, what: str) -> web.Response:
        return web.Response(status=403, text=f"threadmark serve: {what}; this server answers "
                            f"only its own pages at {self.origin}/\n")

    def full_page(self) -> web.Response:
        """The landing page when every tab is in use (503)."""
        return web.Response(status=503, content_type="text/html",
                            text=_FULL_PAGE.format(limit=escape(tab_count(self.max_tabs))))

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse foreign hosts and origins, and tabs beyond the limit; run the rest."""
        if request.headers.get("Host", "").lower() not in self.hosts:
            return self._refused("wrong Host header")
        route_handler = request.match_info.handler
        if self._is_index(route_handler) and self.tabs >= self.max_tabs:
            return self.full_page()
        if not self._is_websocket(route_handler):
            return await handler(request)
        if request.headers.get("Origin", "").lower() != self.origin:
            return self._refused("a WebSocket from another origin")
        if self.tabs >= self.max_tabs:
            return web.Response(status=503, text="threadmark serve: all "
                                f"{tab_count(self.max_tabs)} in use (--max-tabs); close one and "
                                "reload\n")
        self.tabs += 1
        try:
            return await handler(request)  # returns once the tab's process has stopped
        finally:
            self.tabs -= 1
