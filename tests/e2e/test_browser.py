"""``threadmark serve`` in a real browser (#17, #22): Debian's Chromium, headless, driven by
Playwright; servers start and stop within the test on free ports of 127.0.0.1. Every wait is
on a condition: text the tab's terminal received, the store, the server's app processes."""

from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from annotations import AnnotationStore
from tests.servekit import CAPTURE_TERMINAL, get, serving, store_free
from tests.waitkit import PATIENCE, wait_for

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def new_context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(CAPTURE_TERMINAL)
    return context


def tags_in(store: Path) -> list:
    if not store.exists():
        return []
    try:
        with AnnotationStore(store, readonly=True) as s:
            return list(s)
    except Exception:  # noqa: BLE001 - mid-write of the first articles
        return []


def open_tab(context, url: str):
    """A new tab on ``url``, once the app's library is on its terminal."""
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    terminal_shows(page, "2 articles")
    page.mouse.click(640, 400)  # focus the terminal
    return page, requests


def terminal_shows(page, text: str, timeout: float = PATIENCE) -> None:
    """Wait until the tab's terminal has received ``text`` (since the last ``forget``)."""
    try:
        page.wait_for_function("t => window.__tm.text.includes(t)", arg=text,
                               timeout=timeout * 1000)
    except Exception as e:
        tail = page.evaluate("window.__tm.text.slice(-3000)")
        raise AssertionError(f"the terminal never showed {text!r}; it got ...{tail!r}") from e


def forget(page) -> None:
    """Drop what the tab's terminal received so far (the next wait sees only new output)."""
    page.evaluate("window.__tm.text = ''")


def press(page, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)


def claim_the_second_paragraph(page, form_shows: str) -> None:
    """In the library: open the first seed, tag its second paragraph as a claim, save."""
    forget(page)
    press(page, "Enter")
    terminal_shows(page, "stances 0")
    forget(page)
    press(page, "}", "}", "V", "c")
    terminal_shows(page, form_shows)
    press(page, "Enter")


def test_tag_made_in_the_browser_is_in_the_store(browser, tmp_path):
    with serving(tmp_path) as served:
        url, store = served.url, served.store
        context = new_context(browser)
        page, requests = open_tab(context, url)
        forget(page)
        press(page, "Enter")  # open the first seed
        terminal_shows(page, "quotes 0")
        forget(page)
        press(page, "}", "V", "q")
        terminal_shows(page, "Quote: who said it")  # the tag form with its guesses
        press(page, "Enter")
        (tag,) = wait_for(lambda: tags_in(store), what="the tag in the store")
        assert (tag.kind, tag.speaker, tag.annotator) == ("quote", "Vladimir Putin",
                                                          "browser-user")
        assert tag.anchor.exact.startswith("Time will tell")
        shot = page.screenshot()
        blank = context.new_page()
        blank.set_content("<html><body style='background:#0c181f'></body></html>")
        assert len(shot) > 4 * len(blank.screenshot())  # the page shows the app, not nothing
        blank.close()
        assert all(r.startswith(url) for r in requests), [r for r in requests
                                                          if not r.startswith(url)]
        # a second tab: read-only (the first holds the lock): trying to tag saves nothing
        second, _ = open_tab(context, url)
        claim_the_second_paragraph(second, "READ-ONLY: this store is open read-only")
        forget(second)
        press(second, "Escape")  # keys run in order: once the form is gone, Enter was handled
        terminal_shows(second, "browser-user  │  READ-ONLY")  # the reader's status line
        assert len(tags_in(store)) == 1
        assert served.app_processes() == 2
        # closing the writing tab frees the store: a new tab writes
        page.close()
        second.close()
        wait_for(lambda: served.app_processes() == 0, what="the closed tabs' processes to end")
        wait_for(lambda: store_free(store), what="the closed tabs to let go of the store")
        third, _ = open_tab(context, url)
        claim_the_second_paragraph(third, "Claim: a check-worthy statement")
        wait_for(lambda: len(tags_in(store)) == 2, what="a tag from the third tab")
        context.close()


@contextmanager
def foreign_site(page_html: str):
    """A second web server on another port of 127.0.0.1 serving ``page_html``: its pages are
    another origin than threadmark's."""

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            body = page_html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    site = ThreadingHTTPServer(("127.0.0.1", 0), Page)  # a port of its own, no race
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{site.server_address[1]}"
    finally:
        site.shutdown()
        site.server_close()
        thread.join(10)


def test_a_page_of_another_origin_cannot_open_a_tab(browser, tmp_path):
    with serving(tmp_path) as served:
        attack = f"""<!DOCTYPE html><html><body><script>
          new WebSocket("ws://127.0.0.1:{served.port}/ws?width=80&height=24");
        </script></body></html>"""
        context = new_context(browser)
        with foreign_site(attack) as elsewhere:
            page = context.new_page()
            page.goto(elsewhere)
            page.wait_for_function("window.__tm.events.some(e => e.startsWith('close'))",
                                   timeout=PATIENCE * 1000)
            assert page.evaluate("window.__tm.events") == ["error", "close 1006"]
            assert page.evaluate("window.__tm.text") == ""
            assert served.app_processes() == 0
            # the same script in threadmark's own page opens a tab: the refusal is the Origin
            own = context.new_page()
            own.goto(served.url)
            terminal_shows(own, "2 articles")
            assert own.evaluate("window.__tm.events") == ["open"]
            assert served.app_processes() == 1
            assert page.evaluate("window.__tm.events") == ["error", "close 1006"]
        context.close()


def test_a_name_rebound_to_this_machine_gets_403(tmp_path):
    """DNS rebinding: a site whose name now resolves to 127.0.0.1 serves the page; the server
    refuses the page and its WebSocket by their Host, and starts nothing."""
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with serving(tmp_path) as served, sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM,
                               args=[*ARGS, "--host-resolver-rules=MAP rebound.test 127.0.0.1"])
        page = new_context(b).new_page()
        response = page.goto(f"http://rebound.test:{served.port}/")
        assert response.status == 403
        assert page.inner_text("body").strip() == ("threadmark serve: wrong Host header; this "
                                                   f"server answers only its own pages at "
                                                   f"{served.url}/")
        page.evaluate(f"new WebSocket('ws://rebound.test:{served.port}/ws')")
        page.wait_for_function("window.__tm.events.some(e => e.startsWith('close'))",
                               timeout=PATIENCE * 1000)
        assert page.evaluate("window.__tm.events") == ["error", "close 1006"]
        assert served.app_processes() == 0
        b.close()


def test_a_tab_beyond_max_tabs_gets_a_page_saying_so(browser, tmp_path):
    with serving(tmp_path, "--max-tabs", "1") as served:
        context = new_context(browser)
        first, _ = open_tab(context, served.url)
        second = context.new_page()
        response = second.goto(served.url)
        assert response.status == 503
        assert second.title() == "threadmark: all tabs in use"
        assert second.inner_text("#limit") == ("This server runs at most 1 tab at once, and "
                                               "all are open. Close a threadmark tab, then "
                                               "reload this page.")
        assert served.app_processes() == 1
        first.close()
        wait_for(lambda: served.app_processes() == 0, what="the first tab's process to end")
        wait_for(lambda: get(served.url).status_code == 200, what="the server to count it")
        assert second.reload().status == 200
        terminal_shows(second, "2 articles")
        assert served.app_processes() == 1
        context.close()


def test_non_local_host_needs_public(capsys):
    from tui.cli import main

    assert main(["serve", "--host", "0.0.0.0", "--store", "/tmp/x.db"]) == 2
    err = capsys.readouterr().err
    assert "0.0.0.0: not a local address" in err and "--public" in err


def test_offline_template_has_no_outside_host():
    from tui.cli.serve import offline_templates

    text = offline_templates()["app_index.html"]
    assert "fonts.googleapis.com" not in text and "RobotoMono-VariableFont_wght.ttf" in text
