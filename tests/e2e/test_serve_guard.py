"""``threadmark serve`` answers only its own pages (#22): a foreign Host or Origin gets 403 and
starts no app process; at most ``--max-tabs`` app processes run; the landing page names
threadmark and nothing of the server's command line. Plain HTTP and WebSocket clients against
a real server on a free port of 127.0.0.1."""

from __future__ import annotations

import sys

import aiohttp
import pytest

from tests.servekit import Served, get, serving
from tests.waitkit import wait_for


async def open_ws(served: Served, session: aiohttp.ClientSession, origin: str | None = "own",
                  host: str | None = None) -> aiohttp.ClientWebSocketResponse:
    """A WebSocket to the server's ``/ws`` with this Origin (``"own"``: the server's)."""
    headers = {} if host is None else {"Host": host}
    if origin == "own":
        origin = served.url
    return await session.ws_connect(f"{served.url}/ws?width=80&height=24", origin=origin,
                                    headers=headers, autoping=True)


async def refused(served: Served, session: aiohttp.ClientSession, **how: str | None) -> int:
    with pytest.raises(aiohttp.WSServerHandshakeError) as e:
        await open_ws(served, session, **how)
    return e.value.status


def test_the_landing_page_names_threadmark_and_nothing_of_the_command(tmp_path):
    with serving(tmp_path) as served:
        page = get(served.url + "/")
        assert page.status_code == 200
        assert "<title>threadmark</title>" in page.text
        assert "<div>threadmark</div>" in page.text
        for secret in ("--served-tab", "tui.cli", "--store", "--annotator", str(tmp_path),
                       sys.executable, "browser-user"):
            assert secret not in page.text
        assert "at most 4 tabs at once" in page.text  # the notice a refused tab ends on


def test_a_foreign_host_header_is_refused(tmp_path):
    with serving(tmp_path) as served:
        port = served.port
        for host in (f"evil.example:{port}", f"localhost:{port}", "127.0.0.1", "127.0.0.1:1",
                     f"127.0.0.1:{port}.evil.example"):
            for path in ("/", "/static/js/textual.js", "/ws"):
                r = get(served.url + path, headers={"Host": host})
                assert r.status_code == 403, (host, path)
                assert r.text == ("threadmark serve: wrong Host header; this server answers "
                                  f"only its own pages at http://127.0.0.1:{port}/\n")
        assert get(served.url + "/static/js/textual.js").status_code == 200
        assert get(served.url + "/", headers={"Host": f"127.0.0.1:{port}"}
                         ).status_code == 200


async def test_a_websocket_from_another_origin_is_refused_before_any_process(tmp_path):
    with serving(tmp_path) as served:
        async with aiohttp.ClientSession() as session:
            for origin in (f"http://127.0.0.1:{served.port + 1}", "http://evil.example",
                           f"https://127.0.0.1:{served.port}", f"http://localhost:{served.port}",
                           "null", None):
                assert await refused(served, session, origin=origin) == 403, origin
            # its own origin but another Host (DNS rebinding)
            assert await refused(served, session, host=f"evil.example:{served.port}") == 403
            assert served.app_processes() == 0
            ws = await open_ws(served, session)  # its own page's origin: a tab
            wait_for(lambda: served.app_processes() == 1, what="the tab's process")
            await ws.close()
            wait_for(lambda: served.app_processes() == 0, what="the tab's process to end")


async def test_app_processes_are_capped_by_max_tabs(tmp_path):
    with serving(tmp_path, "--max-tabs", "2") as served:
        async with aiohttp.ClientSession() as session:
            first = await open_ws(served, session)
            second = await open_ws(served, session)
            wait_for(lambda: served.app_processes() == 2, what="two tabs' processes")
            for _ in range(3):
                assert await refused(served, session) == 503
            full = get(served.url + "/")
            assert full.status_code == 503
            assert "This server runs at most 2 tabs at once, and all are open." in full.text
            assert served.app_processes() == 2
            await first.close()
            wait_for(lambda: served.app_processes() == 1, what="the closed tab's process to end")
            wait_for(lambda: get(served.url + "/").status_code == 200,
                     what="the landing page to open again")
            third = await open_ws(served, session)
            wait_for(lambda: served.app_processes() == 2, what="the third tab's process")
            await second.close()
            await third.close()
            wait_for(lambda: served.app_processes() == 0, what="every tab's process to end")


@pytest.mark.parametrize("args, message", [
    (["--port", "-1"], "argument --port: -1 is not a port number (1 to 65535)"),
    (["--port", "70000"], "argument --port: 70000 is not a port number (1 to 65535)"),
    (["--port", "0"], "argument --port: 0 is not a port number (1 to 65535)"),
    (["--port", "http"], "argument --port: 'http' is not a port number"),
    (["--max-tabs", "0"], "argument --max-tabs: 0 is not at least 1"),
    (["--max-tabs", "-3"], "argument --max-tabs: -3 is not at least 1"),
    (["--max-tabs", "four"], "argument --max-tabs: 'four' is not a whole number"),
])
def test_bad_port_or_tab_limit_is_one_line_and_status_2(args, message, capsys):
    from tui.cli import main

    with pytest.raises(SystemExit) as e:
        main(["serve", *args, "--store", "/nonexistent/x.db"])
    assert e.value.code == 2
    assert capsys.readouterr().err == (f"threadmark serve: {message} "
                                       "(see threadmark serve --help)\n")


def test_max_tabs_defaults_to_4():
    from tui.cli import build_parser

    assert build_parser().parse_args(["serve"]).max_tabs == 4
    assert build_parser().parse_args(["serve", "--max-tabs", "9"]).max_tabs == 9


@pytest.mark.parametrize("host, origin", [("127.0.0.1", "http://127.0.0.1:8123"),
                                          ("::1", "http://[::1]:8123"),
                                          ("LocalHost", "http://localhost:8123")])
def test_the_page_and_the_guard_name_the_same_origin(host, origin, tmp_path):
    from tui.cli.serve import make_server

    server = make_server(tmp_path / "s.db", host=host, port=8123)
    assert (server.public_url, server.guard.origin) == (origin, origin)
    assert server.guard.hosts == {origin.removeprefix("http://")}


@pytest.mark.parametrize("port, tabs, message", [(0, 4, "port 0: not between 1 and 65535"),
                                                 (8000, 0, "max tabs 0: at least 1")])
def test_make_server_refuses_a_bad_port_or_limit(port, tabs, message, tmp_path):
    from tui.cli.serve import ServeError, make_server

    with pytest.raises(ServeError) as e:
        make_server(tmp_path / "s.db", port=port, max_tabs=tabs)
    assert str(e.value) == message
