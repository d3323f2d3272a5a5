"""The check that the installed command runs the working tree's code (tests/installed_code)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.installed_code import digests, mismatch


def fake_install(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the packages as a non-editable install lays them out, and a console script
    whose interpreter imports them from there."""
    site = tmp_path / "site"
    for name, folder in (("annotations", "annotations"), ("tui", "tui"),
                         ("threadmark_seeds", "seeds")):
        shutil.copytree(ROOT / folder, site / name,
                        ignore=shutil.ignore_patterns("__pycache__"))
    python = tmp_path / "python"
    python.write_text(f"#!/bin/sh\nPYTHONPATH={site} exec {sys.executable} \"$@\"\n")
    python.chmod(0o755)
    command = tmp_path / "threadmark"
    command.write_text(f"#!{python}\nfrom tui.cli import main\nmain()\n")
    return command, site


def test_a_copy_of_the_working_tree_passes(tmp_path):
    command, _ = fake_install(tmp_path)
    assert mismatch(command, ROOT) == []


def test_a_stale_install_is_named_file_by_file(tmp_path):
    command, site = fake_install(tmp_path)
    (site / "tui" / "app.py").write_text("# an older app\n")
    (site / "annotations" / "gone.py").write_text("")
    (site / "tui" / "bindings.py").unlink()
    assert mismatch(command, ROOT) == ["annotations/gone.py: not in the checkout",
                                       "tui/app.py: differs", "tui/bindings.py: missing"]


def test_digests_cover_the_package_data(tmp_path):
    (tmp_path / "a.py").write_text("x")
    (tmp_path / "style.tcss").write_text("y")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"z")
    assert sorted(digests(tmp_path)) == ["a.py", "style.tcss"]
