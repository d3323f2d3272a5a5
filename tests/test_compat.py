"""Private APIs of pinned libraries, used only through compatibility modules: fail clearly on
an upgrade that moves them."""

from __future__ import annotations

from annotations import compat_tinydb


def test_tinydb_private_hook_is_as_tested():
    assert compat_tinydb.check() == []


def test_textual_private_api_is_as_tested():
    from tui import compat_textual

    assert compat_textual.check() == []


def test_icu_behaviour_is_as_tested():
    from annotations import compat_icu

    assert compat_icu.check() == []
