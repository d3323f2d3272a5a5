"""``threadmark serve`` in a real browser (#17): Debian's Chromium, headless, driven by
Playwright; the server starts and stops within the test on a free port of 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotations import AnnotationStore

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    store = tmp_path / "store.db"
    port = free_port()
    env = {**os.environ, "THREADMARK_CONFIG": str(tmp_path / "settings.json")}
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "--annotator", "browser-user",
                             "serve", "--port", str(port), "--store", str(store)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise AssertionError(f"server did not start: {proc.stdout.read().decode()[-2000:]}")
    yield f"http://127.0.0.1:{port}", store
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def wait_for(predicate, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def tags_in(store: Path) -> list:
    if not store.exists():
        return []
    try:
        with AnnotationStore(store, readonly=True) as s:
            return list(s)
    except Exception:  # mid-write of the first articles
        return []


def articles_in(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        with AnnotationStore(store, readonly=True) as s:
            return len(s.article_summaries())
    except Exception:
        return 0


def open_tab(context, url: str):
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.wait_for_selector("canvas", timeout=30000)
    return page, requests


def claim_the_second_paragraph(page) -> None:
    """In a fresh tab: open the first seed, tag its second paragraph as a claim, save."""
    time.sleep(3)  # the library's first frame
    page.mouse.click(640, 400)  # focus the terminal
    page.keyboard.press("Enter")
    time.sleep(1.5)
    for key in ("}", "}", "V", "c"):
        page.keyboard.press(key)
        time.sleep(0.3)
    time.sleep(1.0)  # the tag form
    page.keyboard.press("Enter")


def test_tag_made_in_the_browser_is_in_the_store(served, tmp_path):
    from playwright.sync_api import sync_playwright

    url, store = served
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page, requests = open_tab(context, url)
        wait_for(lambda: articles_in(store) == 2, what="the seeds in the store")
        time.sleep(1.5)  # the library's first frame
        page.mouse.click(640, 400)  # focus the terminal
        page.keyboard.press("Enter")  # open the first seed
        time.sleep(1.5)
        for key in ("}", "V", "q"):
            page.keyboard.press(key)
            time.sleep(0.3)
        time.sleep(1.0)  # the tag form with its guesses
        page.keyboard.press("Enter")
        (tag,) = wait_for(lambda: tags_in(store), what="the tag in the store")
        assert (tag.kind, tag.speaker, tag.annotator) == ("quote", "Vladimir Putin",
                                                          "browser-user")
        assert tag.anchor.exact.startswith("Time will tell")
        shot = page.screenshot()
        blank = context.new_page()
        blank.set_content("<html><body style='background:#0c181f'></body></html>")
        assert len(shot) > 4 * len(blank.screenshot())  # the page shows the app, not nothing
        assert all(r.startswith(url) for r in requests), [r for r in requests
                                                          if not r.startswith(url)]
        # a second tab: read-only (the first holds the lock): trying to tag saves nothing
        second, _ = open_tab(context, url)
        claim_the_second_paragraph(second)
        time.sleep(2)
        assert len(tags_in(store)) == 1
        # closing the writing tab frees the store: a new tab writes
        page.close()
        second.close()
        time.sleep(3)
        third, _ = open_tab(context, url)
        claim_the_second_paragraph(third)
        wait_for(lambda: len(tags_in(store)) == 2, what="a tag from the third tab")
        browser.close()


def test_non_local_host_needs_public(capsys):
    from tui.cli import main

    assert main(["serve", "--host", "0.0.0.0", "--store", "/tmp/x.db"]) == 2
    err = capsys.readouterr().err
    assert "0.0.0.0: not a local address" in err and "--public" in err


def test_offline_template_has_no_outside_host():
    from tui.serve import offline_templates

    text = (offline_templates() / "app_index.html").read_text()
    assert "fonts.googleapis.com" not in text and "RobotoMono-VariableFont_wght.ttf" in text
