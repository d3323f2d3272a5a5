"""The tests' own tmux server outlives its last session, so the next test's ``new-session``
never reaches a server that is exiting ("server exited unexpectedly")."""

from __future__ import annotations

import pytest

from tests.tmuxkit import tmux, tmux_run

pytestmark = pytest.mark.tmux


def test_server_answers_after_its_last_session_is_killed(session):
    tmux("new-session", "-d", "-s", session, "-x", "40", "-y", "5", "sleep 30")
    names = tmux("list-sessions", "-F", "#{session_name}").split()
    for other in [name for name in names if name != session]:
        tmux_run("kill-session", "-t", other)
    tmux("kill-session", "-t", session)
    assert tmux("show-options", "-g", "-s", "exit-empty").strip() == "exit-empty off"
    alive = tmux_run("list-sessions")  # no sessions, yet the server answers
    assert (alive.returncode, alive.stdout) == (0, "")
    tmux("new-session", "-d", "-s", session, "-x", "40", "-y", "5", "sleep 30")
    assert tmux("list-sessions", "-F", "#{session_name}").split() == [session]
