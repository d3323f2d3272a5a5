"""Argument types for the ``threadmark`` parser: a bad value is refused by argparse in one
line (``threadmark fetch: error: argument --timeout: ...``, exit status 2), never later with
a traceback."""

from __future__ import annotations

import argparse
import math

#: The longest ``fetch --timeout`` accepted (seconds): a day.
MAX_TIMEOUT = 86_400.0


def path_arg(value: str) -> str:
    """A path: not empty (an empty one would silently mean the current folder)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty path")
    if "\x00" in value:
        raise argparse.ArgumentTypeError("a path with a NUL character")
    return value


def timeout_arg(value: str) -> float:
    """Seconds: a finite number above 0, at most ``MAX_TIMEOUT``."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value[:30]!r}") from None
    if not math.isfinite(seconds) or not 0 < seconds <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"must be more than 0 and at most {MAX_TIMEOUT:g} seconds, not {value[:30]!r}")
    return seconds


def port_arg(value: str) -> int:
    """A TCP port number, 1 to 65535."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value[:30]!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 1 to 65535, not {port}")
    return port


def url_arg(value: str) -> str:
    """A URL without control characters or spaces (percent-encode them)."""
    bad = next((c for c in value if ord(c) < 33 or 0x7F <= ord(c) <= 0x9F), None)
    if bad is not None:
        raise argparse.ArgumentTypeError(
            f"a URL with a control character or space (U+{ord(bad):04X}); percent-encode it")
    return value
