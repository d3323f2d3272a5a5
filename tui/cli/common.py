"""What every ``threadmark`` command shares: one-line errors, opening the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotations.errors import ThreadmarkError


def _err(msg: str) -> None:
    """``threadmark: MSG`` on stderr, on one line (a newline in a path or a library's
    message shows as a symbol), terminal controls made visible."""
    from annotations.util.safe_text import visible

    one = visible(msg).replace("\r\n", "\n").replace("\n", "\u240a").replace("\r", "\u240d")
    print(f"threadmark: {one}", file=sys.stderr)


def _one_line(msg: str) -> str:
    return " ".join(msg.split("\n"))


def _store_path(args: argparse.Namespace) -> Path:
    """The store file the options name (``--store``, else the default)."""
    from annotations.settings import default_store_path

    return Path(args.store).expanduser() if args.store else default_store_path()


def _open_store(args: argparse.Namespace, readonly: bool = False):
    from annotations.store import AnnotationStore

    if not readonly and getattr(args, "read_only", False):  # every writing command
        what = " ".join(str(getattr(args, k)) for k in ("command", "action")
                        if getattr(args, k, None))
        raise _CliError(f"{what or 'this command'} writes the store; --read-only refuses it")
    path = _store_path(args)
    if readonly and not path.exists():
        raise _CliError(f"{path}: no such store")
    return AnnotationStore(path, readonly=readonly)


class _CliError(ThreadmarkError):
    """A one-line error for the user; exit status 2."""


def _check_articles(store, ids: list[str] | None) -> None:
    """``_CliError`` for an ``--article`` id the store does not hold."""
    for aid in ids or []:
        if store.article(aid) is None:
            raise _CliError(f"{store.path}: no article {aid}")


def _print_report(report) -> None:  # an ImportReport or a SyncReport
    """Conflicts and rejections on stderr, one line each; the summary on stdout."""
    from annotations.util.safe_text import visible

    for line in report.conflicts:
        print(f"conflict: {visible(line)}", file=sys.stderr)
    for line in report.rejected:
        print(f"rejected: {visible(line)}", file=sys.stderr)
    print(visible(report.summary()))


def _is_article_id(target: str) -> bool:
    """Whether ``target`` has the form of an article id (16 hex digits)."""
    import re

    return re.fullmatch(r"[0-9a-f]{16}", target) is not None


def _stored_article(store, target: str):  # the store, an Article
    """The article of an open store whose id is ``target``, or a ``_CliError``."""
    art = store.article(target)
    if art is None:
        raise _CliError(f"{target}: no such file, and no article with this id in {store.path}")
    return art


class _StoreWhenNeeded:
    """The store of a command that may store nothing (every input bad): opened at once when
    it exists (in use elsewhere, or ``--read-only``: said before any work), else made only
    when ``get`` is first called, so a command that fails leaves no empty store behind."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.path = _store_path(args)
        self._store = None

    def __enter__(self) -> _StoreWhenNeeded:
        if self.path.exists() or getattr(self.args, "read_only", False):
            self._store = _open_store(self.args)
        return self

    @property
    def opened(self):  # an AnnotationStore, or None
        """The store if it is open already (it existed, or ``get`` made it)."""
        return self._store

    def get(self):  # an AnnotationStore
        """The store, opened (made) now if it was not yet."""
        if self._store is None:
            self._store = _open_store(self.args)
        return self._store

    def __exit__(self, *exc: object) -> None:
        if self._store is not None:
            self._store.close()
