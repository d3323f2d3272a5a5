"""The exception types threadmark's core shares (``fetch.FetchError``, ``sync.SyncError`` and a
few readers' internal ones live beside their code).

Each carries a one-line message that names the file (and, where it helps, the line or record)
and says what is wrong; the command line prints it as ``threadmark: MESSAGE`` and exits 2.
"""

from __future__ import annotations


class ThreadmarkError(Exception):
    """Base of threadmark's own errors: ``str(err)`` is one line for the user."""


class InputError(ThreadmarkError):
    """Bad input; ``str(err)`` is one line: ``path: what is wrong``."""


class StoreError(ThreadmarkError):
    """A store problem with a one-line message naming the file."""


class ForeignFileError(StoreError):
    """The file exists but is not a threadmark store; it is left untouched."""


class CorruptStoreError(StoreError):
    """The store file is damaged beyond a torn last line; it is left untouched."""


class NewerStoreError(StoreError):
    """The store was written by a newer threadmark."""


class StoreLockedError(StoreError):
    """Another process has the store open for writing."""


class StoreWriteError(StoreError):
    """The disk refused a write (full, read-only, no permission); nothing was saved."""


class TagNotFound(StoreError, KeyError):
    """No tag with that id."""

    def __str__(self) -> str:  # KeyError quotes its message otherwise
        return str(self.args[0])


class ImportFileError(ThreadmarkError):
    """A file that cannot be imported at all (one line: ``path: problem``)."""


class OutputError(ThreadmarkError):
    """An output file that cannot be written (one line: ``path: problem``)."""


def os_reason(err: OSError) -> str:
    """The short reason of an ``OSError`` (``No space left on device``)."""
    return err.strerror or type(err).__name__
