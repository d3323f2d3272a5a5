"""Hostile text in a real terminal (tmux): forms, the tags panel and messages send no escape
sequence, so neither tmux's clipboard (OSC 52) nor the pane title (OSC 2) changes (#14.6)."""

from __future__ import annotations

import pytest

from tests.tmuxkit import THREADMARK, tmux, tmux_run, wait_for, wait_gone

pytestmark = pytest.mark.tmux

OSC52 = "\x1b]52;c;cHduZWQ=\x07"  # would put "pwned" on the clipboard
OSC2 = "\x1b]2;PWNED\x07"  # would set the window/pane title

HOSTILE = (
    f"Minister{OSC2} speaks\n\n"
    "The minister spoke to reporters on Friday about the talks.\n\n"
    "We will not give in, whatever they say about it\n\n"
    f"- said the minister Ivan{OSC52}{OSC2} Petrov.\n\n"
    "Another paragraph of the body that is long enough to read.\n"
    f"  1. evil{OSC52}{OSC2} 26 October 2020 16: 13\n"
    f"    A comment{OSC52} with an escape sequence inside.\n"
)


def buffers() -> str:
    r = tmux_run("list-buffers")
    return r.stdout


def pane_title(name: str) -> str:
    return tmux("display-message", "-p", "-t", name, "#{pane_title}").strip()


def test_hostile_text_reaches_no_terminal_in_forms_and_panels(session, tmp_path):
    art = tmp_path / "hostile.txt"
    art.write_text(HOSTILE, encoding="utf-8")
    store, cfg = tmp_path / "store.db", tmp_path / "settings.json"
    tmux_run("delete-buffer")
    while buffers():
        tmux_run("delete-buffer")
    cmd = (f"env THREADMARK_STORE={store} THREADMARK_CONFIG={cfg} TERM=xterm-256color "
           f"{THREADMARK} --annotator tester open {art}")
    tmux("new-session", "-d", "-s", session, "-x", "110", "-y", "32", cmd)
    tmux("set-option", "-t", session, "set-clipboard", "on")
    wait_for(session, "quotes 0")
    title = pane_title(session)
    assert "PWNED" not in title
    # the quote form: speaker guessed from the hostile attribution line
    tmux("send-keys", "-t", session, "}", "V", "q")
    screen = wait_for(session, "New Quote: who said it")
    assert "Petrov" in screen and "␛" in screen
    tmux("send-keys", "-t", session, "Enter")
    wait_for(session, "quotes 1")
    wait_gone(session, "New Quote: who said it")  # the form closed: keys reach the reader
    # the tags panel, and editing the saved tag from it
    tmux("send-keys", "-t", session, "a")
    wait_for(session, "Excerpt")  # the panel's column ("Tags" is in the reader's footer too)
    tmux("send-keys", "-t", session, "e")
    wait_for(session, "Edit Quote: who said it")
    tmux("send-keys", "-t", session, "Escape")
    wait_gone(session, "Edit Quote: who said it")
    tmux("send-keys", "-t", session, "Escape")
    wait_gone(session, "Excerpt")  # the tags panel's column
    # the stance form on the hostile comment: holder = its author
    tmux("send-keys", "-t", session, "Tab")
    wait_for(session, "Collapse/expand")  # the tree has the focus: its keys in the footer
    tmux("send-keys", "-t", session, "s")
    screen = wait_for(session, "New Stance")
    assert "evil␛]52" in screen
    tmux("send-keys", "-t", session, "Escape")
    wait_gone(session, "New Stance")  # drawn after anything the form could have written
    assert buffers() == ""
    assert pane_title(session) == title
