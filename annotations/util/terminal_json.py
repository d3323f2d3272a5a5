"""JSON text made safe for a terminal, without importing the models (``compare --json``
prints megabytes of it from a process that never needs pydantic)."""

from __future__ import annotations

import re

# C1 controls, DEL, bidi overrides and isolates, line/paragraph separators: legal in JSON
# strings, acted on by terminals. orjson escapes C0 controls itself.
_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_safe_json(text: str) -> str:
    """JSON text with every terminal-active character as a ``\\uXXXX`` escape (same value)."""
    if text.isascii() and "\x7f" not in text:  # nothing to escape: skip the scan
        return text
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
