"""Files of the sync clone, read and written as regular files inside it and nowhere else.

A teammate's repository may hold symlinks (``tags -> /home/ana``), FIFOs or devices: git
checks symlinks out as symlinks, and ``Path.read_bytes``/``write_bytes`` follow them. Every
path here is opened with ``O_NOFOLLOW`` after checking, with ``lstat``, that each directory
on the way is a real directory of the clone, and the opened file must be a regular file.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

#: The largest file of the team repository read (a tag file of 100,000 tags is ~60 MB).
MAX_FILE_BYTES = 512 * 1024 * 1024


class NotRegular(Exception):
    """A path of the clone that is not a regular file inside it (the message says what)."""


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symlink"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISREG(mode):
        return "a file"
    return "not a regular file"


def _check_dirs(root: Path, rel: str) -> Path:
    """``root/rel`` after checking that every directory on the way is a real directory
    and that the resolved parent is ``root`` or inside it."""
    parts = Path(rel).parts
    if not parts or any(p in ("", ".", "..") or "/" in p for p in parts) or Path(rel).is_absolute():
        raise NotRegular(f"{rel}: not a path inside the repository")
    here = root
    for p in parts[:-1]:
        here = here / p
        try:
            mode = os.lstat(here).st_mode
        except FileNotFoundError:
            raise NotRegular(f"{rel}: no such file") from None
        if not stat.S_ISDIR(mode):
            raise NotRegular(f"{Path(*here.relative_to(root).parts)}: {_kind(mode)}, "
                             "not a directory (not followed)")
    real_root = os.path.realpath(root)
    real_parent = os.path.realpath(here)
    if real_parent != real_root and not real_parent.startswith(real_root + os.sep):
        raise NotRegular(f"{rel}: outside the repository (not followed)")
    return root / rel


def read_regular(root: Path, rel: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``root/rel``; ``NotRegular`` for anything else."""
    path = _check_dirs(root, rel)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise NotRegular(f"{rel}: no such file") from None
    except OSError:  # ELOOP: the last component is a symlink
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            mode = 0
        raise NotRegular(f"{rel}: {_kind(mode)} (not followed)") from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise NotRegular(f"{rel}: {_kind(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise NotRegular(f"{rel}: {st.st_size:,} bytes, more than {limit:,}")
        return f.read(limit + 1)


def exists_regular(root: Path, rel: str) -> bool:
    """Whether ``root/rel`` is a regular file (``lstat``: a symlink is not)."""
    try:
        return stat.S_ISREG(os.lstat(_check_dirs(root, rel)).st_mode)
    except (NotRegular, OSError):
        return False


def make_dir(root: Path, rel: str) -> list[str]:
    """Make ``root/rel`` a real directory; anything else in its place (a symlink, a file)
    is removed from the clone first. Returns one line for each thing removed."""
    said: list[str] = []
    here = root
    for p in Path(rel).parts:
        here = here / p
        try:
            mode = os.lstat(here).st_mode
        except FileNotFoundError:
            os.mkdir(here)
            continue
        if not stat.S_ISDIR(mode):
            os.unlink(here)
            said.append(f"{here.relative_to(root)}: {_kind(mode)} in place of a folder "
                        "(not followed; replaced)")
            os.mkdir(here)
    return said


def write_regular(root: Path, rel: str, data: bytes) -> list[str]:
    """Write ``data`` to ``root/rel`` as a regular file, never through a symlink (one in
    its place is removed). Returns one line for each thing removed."""
    said = make_dir(root, str(Path(rel).parent)) if Path(rel).parent != Path(".") else []
    path = _check_dirs(root, rel)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            shutil.rmtree(path)  # a real folder of the clone (rmtree follows no symlink)
        else:
            os.unlink(path)
        said.append(f"{rel}: {_kind(mode)} in place of our file (not followed; replaced)")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC,
                 0o644)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return said


def listing(root: Path, rel: str) -> tuple[list[str], list[str]]:
    """(names of the regular files in the real directory ``root/rel``, one line for each
    other entry there: symlinks, FIFOs, devices, folders). Nothing is followed."""
    return _entries(root, rel, stat.S_ISREG)


def folders(root: Path, rel: str) -> tuple[list[str], list[str]]:
    """(names of the real directories in the real directory ``root/rel``, one line for each
    other entry there: files, symlinks, FIFOs, devices). Nothing is followed."""
    return _entries(root, rel, stat.S_ISDIR)


def _entries(root: Path, rel: str, wanted: Callable[[int], bool]) \
        -> tuple[list[str], list[str]]:
    try:
        mode = os.lstat(root / rel).st_mode
    except FileNotFoundError:
        return [], []
    try:
        _check_dirs(root, f"{rel}/x")
    except NotRegular as e:
        return [], [str(e)]
    if not stat.S_ISDIR(mode):
        return [], [f"{rel}: {_kind(mode)}, not a folder (not followed)"]
    files, odd = [], []
    with os.scandir(root / rel) as it:
        for entry in it:
            st = entry.stat(follow_symlinks=False)
            if wanted(st.st_mode):
                files.append(entry.name)
            else:
                odd.append(f"{rel}/{entry.name}: {_kind(st.st_mode)} (not followed; ignored)")
    return sorted(files), sorted(odd)
