"""The installed ``threadmark`` in a real terminal (tmux): tag, kill -9, restart, still there."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from annotations import AnnotationStore, parse_article
from annotations.suggest import suggest
from tests.conftest import RU_SEED
from tests.tmuxkit import THREADMARK, tmux, tmux_run, wait_dead, wait_ended, wait_for, wait_screen

pytestmark = pytest.mark.tmux


def start(session: str, store: Path, cfg: Path) -> None:
    cmd = (f"env THREADMARK_STORE={store} THREADMARK_CONFIG={cfg} TERM=xterm-256color "
           f"{THREADMARK} --annotator tmux-user")
    tmux("new-session", "-d", "-s", session, "-x", "110", "-y", "32", cmd)


def test_tag_survives_kill_9_in_a_real_terminal(session, tmp_path):
    store = tmp_path / "store.db"
    cfg = tmp_path / "settings.json"
    start(session, store, cfg)
    # the status line can be drawn a frame before the table's rows: wait for all three
    screen = wait_screen(session, lambda s: "2 articles" in s and "Newsweek" in s and
                         "China reacted to Putin's words" in s, "the library's two articles")
    tmux("send-keys", "-t", session, "Enter")
    wait_for(session, "quotes 0 · stances 0 · claims 0")
    tmux("send-keys", "-t", session, "}", "V", "q")
    screen = wait_for(session, "New Quote: who said it")
    assert "Vladimir Putin" in screen and "Russian president" in screen
    tmux("send-keys", "-t", session, "Enter")
    wait_for(session, "quotes 1 · stances 0 · claims 0")
    # the UI shows it saved: kill -9 now
    pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
    os.kill(pid, signal.SIGKILL)
    wait_dead(pid)
    with AnnotationStore(store) as s:
        (tag,) = list(s)
        assert (tag.kind, tag.speaker, tag.annotator) == ("quote", "Vladimir Putin", "tmux-user")
    tmux_run("kill-session", "-t", session)
    # restart: the library counts it, the reader highlights it
    start(session, store, cfg)
    wait_for(session, "2 articles")
    tmux("send-keys", "-t", session, "Enter")
    wait_for(session, "quotes 1 · stances 0 · claims 0")
    tmux("send-keys", "-t", session, "C-q")
    wait_ended(session)  # threadmark quit on ctrl+q


def test_a_suggested_quote_is_saved_with_one_key_in_a_real_terminal(session, tmp_path):
    store = tmp_path / "store.db"
    start(session, store, tmp_path / "settings.json")
    wait_for(session, "2 articles")
    tmux("send-keys", "-t", session, "Enter")
    n = len(suggest(parse_article(RU_SEED.read_text(encoding="utf-8"))))
    wait_for(session, f"quotes 0 · stances 0 · claims 0 · {n} suggested")  # the worker's
    tmux("send-keys", "-t", session, "]")
    wait_for(session, "Suggested quote: Vladimir Putin (- said, direct) 0.90 · A accept")
    tmux("send-keys", "-t", session, "A")
    wait_for(session, "quotes 1 · stances 0 · claims 0")
    pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
    os.kill(pid, signal.SIGKILL)  # shown as saved: it is on disk
    wait_dead(pid)
    with AnnotationStore(store) as s:
        (tag,) = list(s)
        assert (tag.kind, tag.speaker, tag.speaker_role, tag.cue, tag.annotator) == (
            "quote", "Vladimir Putin", "Russian president", "- said", "tmux-user")
        assert tag.anchor.exact.startswith("Time will tell how our relationship")
