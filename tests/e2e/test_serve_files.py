"""``threadmark serve`` leaves nothing in the temp folder (#27): its page templates live in
the server's memory, so neither a normal stop, nor ctrl+c, nor an error at start leaves a
``threadmark-serve-*`` folder behind (each server used to leave one in /tmp)."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import pytest

from tests.servekit import ROOT, get, serve_env, serving


@pytest.fixture
def tmpdir_of_server(tmp_path):
    """The server's own TMPDIR (empty at start)."""
    path = tmp_path / "tmp"
    path.mkdir()
    return path


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["stop", "ctrl+c"])
def test_a_stopped_server_leaves_nothing_in_the_temp_folder(tmp_path, tmpdir_of_server, stop):
    with serving(tmp_path, stop=stop, TMPDIR=str(tmpdir_of_server)) as served:
        page = get(served.url + "/")  # the patched template, served
        assert page.status_code == 200 and "<title>threadmark</title>" in page.text
        assert "fonts.googleapis.com" not in page.text
        assert sorted(p.name for p in tmpdir_of_server.iterdir()) == []
    assert served.proc.returncode == 0, (tmp_path / "serve.log").read_text()
    assert sorted(p.name for p in tmpdir_of_server.iterdir()) == []


def test_a_server_that_cannot_start_leaves_nothing_in_the_temp_folder(tmp_path,
                                                                       tmpdir_of_server):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "tui.cli", "serve", "--port", str(port),
                            "--store", str(tmp_path / "store.db")],
                           env=serve_env(tmp_path, TMPDIR=str(tmpdir_of_server)), cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    assert r.stderr.splitlines()[-1] == (
        f"threadmark: error while attempting to bind on address ('127.0.0.1', {port}): "
        "address already in use")
    assert sorted(p.name for p in tmpdir_of_server.iterdir()) == []
