"""Every use of TinyDB's private API, in one place (tested against the pinned version).

TinyDB funnels each table write (insert, update, remove, upsert) through the private
``Table._update_table(updater)``, which reads the whole database and writes it back. The
journal storage needs just the documents an update changed, so it overrides that one hook.
``tests/core/test_compat.py`` fails with a clear message if an upgrade moves it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

import tinydb
from tinydb.table import Table

#: The TinyDB release this module was written against (``pyproject.toml`` pins it).
TESTED_VERSION = "4.9.0"
PRIVATE_HOOK = "_update_table"


class UpdateHookTable(Table):
    """A ``Table`` whose every write calls ``apply_update(updater)`` instead."""

    def apply_update(self, updater: Callable[[dict], None]) -> None:  # pragma: no cover
        raise NotImplementedError

    def _update_table(self, updater: Callable[[dict], None]) -> None:
        self.apply_update(updater)


def check() -> list[str]:
    """Problems with the private API this module relies on (empty when all is as tested)."""
    problems = []
    if tinydb.__version__ != TESTED_VERSION:
        problems.append(f"tinydb {tinydb.__version__} installed; compat_tinydb was written "
                        f"for {TESTED_VERSION}: re-check Table.{PRIVATE_HOOK}")
    hook = getattr(Table, PRIVATE_HOOK, None)
    if hook is None:
        problems.append(f"tinydb.table.Table.{PRIVATE_HOOK} no longer exists")
    elif list(inspect.signature(hook).parameters) != ["self", "updater"]:
        problems.append(f"tinydb.table.Table.{PRIVATE_HOOK} changed its signature")
    return problems
