"""The comment tree in a real terminal (tmux): a collapse in a scrolled view redraws at once
(#15.1), resizing keeps the cursors in view (#15.17)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from annotations.model.article import Comment
from annotations.model.thread import render_comments
from tests.tmuxkit import THREADMARK, tmux, wait_for, wait_gone, wait_screen

pytestmark = pytest.mark.tmux

TOP = 60


def thread_file(tmp_path):
    t0 = datetime(2020, 10, 26, 16, 13)
    tops = []
    for i in range(1, TOP + 1):
        replies = [Comment.model_construct(id=f"{i}.{k}", author=f"re{i:02d}x{k}", name=None,
                                           posted_at=t0 + timedelta(minutes=i), text=f"r {k}",
                                           replies=[]) for k in (1, 2)]
        tops.append(Comment.model_construct(id=str(i), author=f"top{i:02d}", name=None,
                                            posted_at=t0, text=f"top comment {i}",
                                            replies=replies))
    text = "\n".join(["A long thread", "", "Body of the article.", ""]
                     + render_comments(tops, status_style=False)) + "\n"
    p = tmp_path / "thread.txt"
    p.write_text(text)
    return p


def start(session, tmp_path, width=160, height=32):
    art = thread_file(tmp_path)
    cmd = (f"env -u COLUMNS -u LINES THREADMARK_STORE={tmp_path / 's.db'} "
           f"THREADMARK_CONFIG={tmp_path / 'c.json'} THREADMARK_ANNOTATOR=tester "
           f"TERM=xterm-256color {THREADMARK} open {art}")
    tmux("new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), cmd)
    wait_screen(session, lambda screen: "quotes 0" in screen and max(
        map(len, screen.splitlines())) >= width - 2, f"the reader drawn {width} wide")
    tmux("send-keys", "-t", session, "Tab")
    wait_for(session, "Collapse/expand")  # the tree has the focus: its keys in the footer


def tree_rows(screen: str) -> list[str]:
    """The names on the tree's rows, top to bottom, with their expand mark."""
    out = []
    for line in screen.splitlines():
        for mark in ("▾ ", "▸ "):
            at = line.find(mark + "top")
            if at >= 0:
                out.append(line[at: at + 7])
        if "  re" in line and "x" in line:
            at = line.find("re")
            out.append(line[at: at + 6])
    return out


def test_collapse_on_the_last_visible_row_redraws_at_once(session, tmp_path):
    start(session, tmp_path)
    for _ in range(12):  # down the top level until the view has scrolled
        tmux("send-keys", "-t", session, "]")
    screen = wait_for(session, "top13  26 Oct")  # the comment pane shows the cursor's comment
    rows = tree_rows(screen)
    assert rows[-1] == "▾ top13" and "▾ top01" not in rows  # the cursor: last visible row
    line = next(ln for ln in screen.splitlines() if "▾ top13" in ln)
    assert "  2 replies" in line and "in thread" not in line  # direct replies (#15.9)
    tmux("send-keys", "-t", session, "Space")
    # the bug (#15.1) drew the collapse on rows shifted by the scroll offset: the last row
    # kept "▾ top13" until the next key, and no other key is sent here
    screen = wait_screen(session, lambda s: tree_rows(s)[-1:] == ["▸ top13"],
                         "top13 collapsed on the last row")
    rows = tree_rows(screen)
    assert rows[-1] == "▸ top13" and rows[-2] in ("re12x2", "▸ top12", "▾ top12"), rows


def test_expand_all_then_collapse_draws_each_row_once(session, tmp_path):
    start(session, tmp_path)
    tmux("send-keys", "-t", session, "G", "+", "k", "k", "Space", "j")
    screen = wait_screen(session, lambda s: tree_rows(s)[-1:] == ["▸ top60"],
                         "top60 collapsed on the last row")
    rows = tree_rows(screen)
    assert len(rows) == len(set(rows)), rows
    assert rows[-1] == "▸ top60"


def test_after_a_resize_each_pane_shows_its_cursor(session, tmp_path):
    start(session, tmp_path, width=160, height=40)
    for _ in range(30):  # far down the tree
        tmux("send-keys", "-t", session, "]")
    screen = wait_for(session, "top31  26 Oct")
    assert "▾ top31" in tree_rows(screen)
    tmux("send-keys", "-t", session, "BTab")  # back to the article: its cursor at the end
    wait_gone(session, "Collapse/expand")  # the tree's keys left the footer
    tmux("send-keys", "-t", session, "G")
    tmux("set-option", "-t", session, "window-size", "manual")
    tmux("resize-window", "-t", session, "-x", "100", "-y", "18")
    # no key is pressed after the resize: tmux's copy of the old screen, cut at 100 columns,
    # shows no tree row whole, so the row comes from the app's own frame at the new size
    wait_screen(session, lambda s: len(s.splitlines()) <= 18 and "▾ top31" in tree_rows(s),
                "the cursor's row top31 in the tree at 100x18")
