"""One writer per store: an exclusive ``flock`` on the store file itself, not on its name.

Locking the inode means two paths to one file (a symlink, a hard link, a bind mount) meet the
same lock, and deleting a side file cannot let a second writer in. Compaction replaces the
file with a new inode, so the writer locks the new file *before* it takes the old one's place
(``install``), and a process that locked an inode checks that the name still leads to it.
The holder's pid is written to ``<store>.lock`` only for the message a second writer sees,
and removed when the lock is released.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from pathlib import Path

from annotations.errors import StoreError, StoreLockedError, os_reason

_BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    fst = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (fst.st_dev, fst.st_ino)


def _try_flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        if e.errno in _BUSY:
            return False
        raise
    return True


class StoreLock:
    """An exclusive lock on the file at ``path`` (already resolved: no symlink in it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    @property
    def pid_path(self) -> Path:
        """The side file naming the holder's pid (informative only)."""
        return self.path.with_name(self.path.name + ".lock")

    def acquire(self) -> None:
        """Lock the existing file; ``StoreLockedError`` if another process holds it."""
        for _ in range(100):  # the name can move to a new inode (compaction) between steps
            try:
                fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
            except OSError as e:
                raise StoreError(f"{self.path}: cannot open ({os_reason(e)})") from None
            if not _try_flock(fd):
                os.close(fd)
                raise StoreLockedError(
                    f"{self.path}: in use by another threadmark (pid {self._holder()}); "
                    "close it, or open this store read-only"
                )
            if _same_file(fd, self.path):
                self.fd = fd
                self._write_pid()
                return
            os.close(fd)  # we locked a file that was replaced meanwhile: try the new one
        raise StoreLockedError(f"{self.path}: kept changing while being locked; try again")

    def create(self, tmp: Path) -> bool:
        """Put the locked new file ``tmp`` at ``path`` unless a file is there already.

        Returns False (and removes ``tmp``) when another process created the store first.
        """
        fd = os.open(tmp, os.O_RDONLY | os.O_CLOEXEC)
        _try_flock(fd)
        try:
            os.link(tmp, self.path)
        except FileExistsError:
            os.close(fd)
            return False
        finally:
            os.unlink(tmp)
        self.fd = fd
        self._write_pid()
        return True

    def install(self, tmp: Path) -> None:
        """Lock the finished file ``tmp``, then atomically put it in place of ``path``."""
        fd = os.open(tmp, os.O_RDONLY | os.O_CLOEXEC)
        if not _try_flock(fd):  # pragma: no cover - nobody else knows the temp file
            os.close(fd)
            raise StoreError(f"{tmp}: could not lock the new store file")
        try:
            os.replace(tmp, self.path)
        except BaseException:
            os.close(fd)
            raise
        old, self.fd = self.fd, fd
        if old is not None:
            os.close(old)

    def release(self) -> None:
        """Remove the pid file (still holding the lock, so no other writer's), then release
        the lock (closing the descriptor releases the flock)."""
        if self.fd is not None:
            self._remove_pid()
            os.close(self.fd)
            self.fd = None

    def _read_pid(self) -> str:
        """The pid file's text; a FIFO or a device there is never waited on (``safe_files``)."""
        from annotations.util.safe_files import read_regular

        return read_regular(self.pid_path, 64).decode("ascii", "replace").strip()

    def _remove_pid(self) -> None:
        try:
            if self._read_pid() == str(os.getpid()):
                self.pid_path.unlink()
        except (OSError, ValueError):
            pass  # informative only: a stale one is overwritten by the next holder

    def _write_pid(self) -> None:
        try:  # without blocking (a FIFO there has no reader) and without following a link
            fd = os.open(self.pid_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NONBLOCK
                         | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        except OSError:
            return  # informative only
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.write(fd, str(os.getpid()).encode())
        except OSError:
            pass
        finally:
            os.close(fd)

    def _holder(self) -> str:
        try:
            return self._read_pid()[:20] or "?"
        except (OSError, ValueError):
            return "?"
