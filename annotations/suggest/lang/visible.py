"""What a reader sees of what the finders read out of untrusted text: a name's control and
invisible format characters (zero-width spaces, direction marks) dropped and its whitespace
(a newline, a tab) one space; a quote's span without the invisible characters at its ends."""

from __future__ import annotations

import unicodedata


def visible_name(name: str | None) -> str | None:
    """``name`` with its control and format characters dropped and its whitespace collapsed;
    None when nothing is left."""
    if name is None:
        return None
    kept = "".join(c for c in name if not _control(c))
    return " ".join(kept.split()) or None


def _control(c: str) -> bool:
    """A control or an invisible format character (zero-width space, direction mark)."""
    return unicodedata.category(c) in ("Cc", "Cf")


def visible_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved in past the control and invisible format characters at its
    ends, and the spaces at its start (``start == end`` when nothing visible is left)."""
    while start < end and (text[start].isspace() or _control(text[start])):
        start += 1
    while end > start and _control(text[end - 1]):
        end -= 1
    return start, end
