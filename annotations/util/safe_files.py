"""Reading files from outside without hanging or running out of memory.

A path can name a FIFO (opening it waits for a writer, forever), a device (``/dev/zero``
never ends), a directory or a socket. Every input is checked before it is read: the file is
opened without blocking (``O_NONBLOCK``), ``fstat`` of that very descriptor must say it is a
regular file, and at most ``limit`` bytes are read. ``special_kind`` answers the same
question from a path alone, for callers that open the file themselves (the store's lock).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotARegularFile(ValueError):
    """The path exists but is not a regular file; ``str()`` says what it is."""


class TooLarge(ValueError):
    """The file is over the reader's limit; ``str()`` gives its size and the limit."""


def _kind(mode: int) -> str | None:
    return next((name for test, name in _KINDS if test(mode)), None) if \
        not stat.S_ISREG(mode) else None


def special_kind(path: str | os.PathLike[str]) -> str | None:
    """What ``path`` is when it is not a regular file (``"a FIFO (named pipe)"``), else None
    (a regular file, or nothing there: the caller says so in its own words)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    kind = _kind(mode)
    return kind if kind is not None or stat.S_ISREG(mode) else "not a regular file"


def _limit_text(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def open_regular(path: str | os.PathLike[str], limit: int | None = None) -> BinaryIO:
    """The regular file at ``path`` (symlinks followed) open for reading in binary.

    Raises ``NotARegularFile`` for a directory, FIFO, device or socket (without blocking on
    it), ``TooLarge`` when it is over ``limit`` bytes, ``OSError`` when the system refuses.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(f"is {_kind(st.st_mode) or 'not a regular file'}, "
                                  "not a regular file")
        if limit is not None and st.st_size > limit:
            raise TooLarge(f"{st.st_size / 1e6:.1f} MB is over the {_limit_text(limit)} limit")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` (see ``open_regular``)."""
    with open_regular(path, limit) as f:
        data = f.read() if limit is None else f.read(limit + 1)
    if limit is not None and len(data) > limit:  # it grew while being read
        raise TooLarge(f"over the {_limit_text(limit)} limit")
    return data


def input_error_reason(path: Path, err: OSError | ValueError) -> str:
    """One line for a file that could not be read: ``path: why``."""
    if isinstance(err, FileNotFoundError):
        return f"{path}: no such file"
    if isinstance(err, IsADirectoryError):
        return f"{path}: is a directory, not a regular file"
    if isinstance(err, OSError):
        return f"{path}: cannot read ({err.strerror or type(err).__name__})"
    return f"{path}: {err}"
