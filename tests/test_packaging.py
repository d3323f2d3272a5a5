"""What ``pip install .`` ships: every package of the source tree (a package missing from
pyproject's list installs, then fails at import on a clean machine)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(conf["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for top in ("annotations", "tui") for p in (ROOT / top).rglob("__init__.py")}
    assert found - listed == set()
    assert "threadmark_seeds" in listed and (ROOT / "seeds" / "__init__.py").exists()
