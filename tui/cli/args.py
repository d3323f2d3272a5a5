"""argparse pieces of the ``threadmark`` command: value types, and errors in one line
(``threadmark fetch: argument --timeout: ... (see threadmark fetch --help)``, exit status 2),
never later with a traceback."""

from __future__ import annotations

import argparse
import math
from typing import NoReturn

#: The browser tabs ``threadmark serve`` runs at once unless ``--max-tabs`` says otherwise
#: (each tab is an app process).
DEFAULT_MAX_TABS = 4

#: The longest ``fetch --timeout`` accepted (seconds): a day.
MAX_TIMEOUT = 86_400.0


class OneLineParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage errors are one line on stderr (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def port_number(text: str) -> int:
    """A TCP port to bind: an integer from 1 to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1 to 65535)")
    return port


def positive_int(text: str) -> int:
    """An integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return value


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



def url_arg(value: str) -> str:
    """A URL without control characters or spaces (percent-encode them)."""
    bad = next((c for c in value if ord(c) < 33 or 0x7F <= ord(c) <= 0x9F), None)
    if bad is not None:
        raise argparse.ArgumentTypeError(
            f"a URL with a control character or space (U+{ord(bad):04X}); percent-encode it")
    return value
