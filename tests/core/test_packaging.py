"""What ``pip install .`` ships: every package of the source tree (a package missing from
pyproject's list installs, then fails at import on a clean machine)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(conf["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for top in ("annotations", "tui") for p in (ROOT / top).rglob("__init__.py")}
    assert found - listed == set()
    assert "threadmark_seeds" in listed and (ROOT / "seeds" / "__init__.py").exists()


def _install_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "python3 -m venv .venv" in line]


def test_install_commands_bring_pip_up_before_installing():
    """Python 3.11's bundled pip (23.x) compares extras unnormalised and warns that lxml does not
    provide jusText's ``html_clean`` extra: every documented install upgrades pip first."""
    readme = _install_lines((ROOT / "README.md").read_text(encoding="utf-8"))
    ci = _install_lines((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert len(readme) == 2 and len(ci) == 1
    for line in readme + ci:
        steps = [s.strip() for s in line.split("&&")]
        assert steps[1] == ".venv/bin/pip install -q pip==26.3", line
        assert steps[2].startswith(".venv/bin/pip install -q ")
    assert ci[0] in readme


def test_lxml_html_clean_is_a_direct_pinned_dependency_and_licence_is_spdx():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = conf["project"]["dependencies"]
    assert "lxml_html_clean==0.4.6" in deps
    assert not [d for d in deps if "[html_clean]" in d or "[html-clean]" in d]
    # a TOML-table licence makes setuptools print a deprecation warning at every install
    assert conf["project"]["license"] == "MIT"
