"""Which files a folder import reads: every article-like file under the folders given, found
without recursion (a folder tree of any depth), symlinked folders not entered (as
``Path.rglob`` did)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from annotations.sources.loader import TEXT_SUFFIXES


def _files_under(folder: Path) -> list[Path]:
    """Files under ``folder`` with an article suffix (hidden files left out), by path."""
    found: list[Path] = []
    todo = [folder]
    while todo:
        here = todo.pop()
        try:
            with os.scandir(here) as entries:
                for e in entries:
                    try:
                        if e.is_dir(follow_symlinks=False):
                            todo.append(Path(e.path))
                        elif e.is_file() and not e.name.startswith(".") and \
                                Path(e.name).suffix.lower() in TEXT_SUFFIXES:
                            found.append(Path(e.path))
                    except OSError:
                        continue
        except OSError:
            continue  # an unreadable folder: nothing found there
    found.sort(key=lambda p: p.parts)
    return found


def article_files(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The files a folder import reads: a folder's article files, other paths as given (the
    loader says what is wrong with a missing or special one)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(_files_under(p))
        else:
            out.append(p)
    return out
