"""The e2e tests drive the installed ``threadmark``: it must be the working tree's code."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.installed_code import mismatch
from tests.tmuxkit import THREADMARK


@pytest.fixture(scope="session", autouse=True)
def installed_threadmark_is_the_checkout() -> None:
    """Fail every e2e test at once, clearly, when the installed command is stale."""
    if not THREADMARK.exists():
        return  # the tests that need it say so
    problems = mismatch(THREADMARK, ROOT)
    if problems:
        pytest.fail(f"the installed {THREADMARK} does not run this checkout's code "
                    f"({len(problems)} files: {', '.join(problems[:5])}); reinstall: "
                    f".venv/bin/pip install '.[test]'", pytrace=False)
