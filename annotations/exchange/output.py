"""Write an output file (an export) so that a failure never leaves a torn file behind.

A regular file is written to a temp file beside it, fsync'd and ``os.replace``d over the old
one, so the old export stays whole until the new one is complete. A device or a pipe
(``/dev/stdout``, ``/dev/full``) is written in place. Every failure is one ``OutputError``.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from annotations.errors import OutputError, os_reason
from annotations.store.file.journal import fsync_dir


def write_output(path: str | os.PathLike[str], data: bytes, force: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written (links resolved).

    With ``force=False`` an existing file is refused.
    """
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputError(f"{given}: cannot write ({os_reason(e)})") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{given}: is a directory; give a file name")
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_in_place(given, target, data)
        return target
    if st is not None and not force:
        raise OutputError(f"{given}: exists already (use --force to replace it)")
    if not target.parent.is_dir():
        raise OutputError(f"{given}: no such directory {target.parent}")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else 0o644)
        os.replace(tmp, target)
        tmp = None
        fsync_dir(target.parent)
    except OSError as e:
        kept = "the old file is unchanged" if st is not None else "nothing was written"
        raise OutputError(f"{given}: cannot write ({os_reason(e)}); {kept}") from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _write_in_place(given: Path, target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as f:
            f.write(data)
            f.flush()
    except OSError as e:
        raise OutputError(f"{given}: cannot write ({os_reason(e)})") from None
