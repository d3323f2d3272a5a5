"""Text cut, shortened in its middle or padded to a number of terminal cells: CJK characters
and most emoji take two cells, combining marks none (rich's measure, which Textual draws
by)."""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size

ELLIPSIS = "…"


def fit(text: str, width: int, *, right: bool = False) -> str:
    """``text`` in exactly ``width`` cells: cut with ``…`` when too wide (a wide character
    that would not fit whole is left out and a space pads its place), else padded with
    spaces (on the left if ``right``)."""
    if width <= 0:
        return ""
    n = cell_len(text)
    if n > width:
        used = 0
        end = 0
        for end, ch in enumerate(text):  # noqa: B007 - end is used after the loop
            size = get_character_cell_size(ch)
            if used + size > width - 1:
                break
            used += size
        text = text[:end] + ELLIPSIS
        n = used + 1
    pad = " " * (width - n)
    return pad + text if right else text + pad


def _head(text: str, cells: int) -> str:
    """The longest start of ``text`` that fits in ``cells`` cells."""
    used = 0
    for i, ch in enumerate(text):
        used += cell_len(ch)
        if used > cells:
            return text[:i]
    return text


def _tail(text: str, cells: int) -> str:
    """The longest end of ``text`` that fits in ``cells`` cells."""
    return _head(text[::-1], cells)[::-1]


def cut_middle(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` cells: as it is when it fits, else its start and its
    end (the end one cell longer when they differ: a file name is there) around ``…``."""
    if cell_len(text) <= cells:
        return text
    if cells < 1:
        return ""
    keep = cells - 1
    start = _head(text, keep // 2)
    return start + ELLIPSIS + _tail(text, keep - cell_len(start))


__all__ = ["cell_len", "cut_middle", "fit"]
