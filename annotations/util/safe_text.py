"""Make untrusted text safe to show in a terminal, one character for one character.

Control characters (ESC, BEL, C1 controls, ...) would otherwise reach the terminal as escape
sequences (an OSC 52 clipboard write, a title change). Each is replaced by a visible symbol of
the same length, so offsets into the text stay valid.
"""

from __future__ import annotations

import re

_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def _symbol(m: re.Match[str]) -> str:
    c = ord(m.group())
    if c < 0x20:
        return chr(0x2400 + c)  # ␀ .. ␟
    if c == 0x7F:
        return "␡"
    return "�"


def visible(text: str) -> str:
    """``text`` with every control character (newline and tab aside) shown as a symbol."""
    return _CONTROL_RE.sub(_symbol, text)
