"""An analyst's first day at the command line (issue 29): pipes, options, imports, lock files."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from tests.conftest import ROOT, RU_SEED
from tui.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_output_into_a_closed_pipe_ends_quietly(tmp_path, capsys):
    """`threadmark inspect BIG --json | head -1`: no "Broken pipe" line, SIGPIPE's status."""
    main(["inspect", str(RU_SEED), "--json"])
    doc = json.loads(capsys.readouterr()[0])
    doc["body"] *= 40  # far more than a pipe's buffer
    del doc["blocks"]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(doc), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "inspect", str(big), "--json"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline() == b"{\n"
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 128 + signal.SIGPIPE
    assert err == b""
