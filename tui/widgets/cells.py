"""Text cut or padded to a number of terminal cells: CJK characters and most emoji take two
cells, combining marks none (rich's measure, which Textual draws by)."""

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


__all__ = ["cell_len", "fit"]
