"""Shared fixtures (the seed articles, fresh store paths, tmux sessions) and the tiers: every
test is marked ``core``, ``tui`` or ``e2e`` by the folder it lives in (``pytest -m core``)."""

from __future__ import annotations

import shutil
import sys
import uuid
from pathlib import Path

import pytest

from annotations import Article, parse_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RU_SEED = SEEDS / "000_8f589049fa7ccfa5.txt"
TIERS = ("core", "tui", "e2e")
US_SEED = SEEDS / "003_323cdfd3a9a87bbb.txt"


def pytest_unconfigure(config: pytest.Config) -> None:
    """The tmux server of this process's tests (if any ran) stops with the session."""
    tmuxkit = sys.modules.get("tests.tmuxkit")
    if tmuxkit is not None:
        tmuxkit.remove_server()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with its tier: the folder under tests/ it lives in."""
    tests = ROOT / "tests"
    for item in items:
        parts = item.path.relative_to(tests).parts
        if len(parts) > 1 and parts[0] in TIERS:
            item.add_marker(parts[0])


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    """No test reads or writes the user's own settings or store, or reads the machine's git
    configuration (a setting there, e.g. commit.gpgsign or a missing user.name in CI, would
    change what the git of the sync tests does)."""
    monkeypatch.setenv("THREADMARK_CONFIG", str(tmp_path / "config" / "settings.json"))
    monkeypatch.setenv("THREADMARK_STORE", str(tmp_path / "data" / "store.db"))
    monkeypatch.delenv("THREADMARK_ANNOTATOR", raising=False)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


@pytest.fixture(scope="session")
def ru_article() -> Article:
    """The Russian outlet's article with its 12-comment thread."""
    return parse_article(RU_SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def us_article() -> Article:
    """The US magazine's article (captions, tag lines, boilerplate, no thread)."""
    return parse_article(US_SEED.read_text(encoding="utf-8"))


@pytest.fixture
def session():
    """A tmux session name, killed after the test (skips where tmux is missing)."""
    from tests.tmuxkit import THREADMARK, tmux_run

    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    assert THREADMARK.exists(), f"the installed command is missing: {THREADMARK}"
    name = f"tm-{uuid.uuid4().hex[:8]}"
    yield name
    tmux_run("kill-session", "-t", name)
