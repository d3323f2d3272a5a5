"""A container its children cover whole: blank itself.

Textual draws every widget a repaint's region overlaps whole, each from its cache of drawn
rows, and a container's rows are drawn beneath its children's even where they cover them.
A container whose children always cover it draws nothing (``BLANK``): its rows cost next to
nothing in every repaint (the reader's side, its columns and its bottom rows; a test checks
that every cell of the reader shows a child in each of its layouts).
"""

from __future__ import annotations

from textual.containers import Vertical


class Covered(Vertical):
    """A vertical container drawn blank: only for children that cover it whole."""

    BLANK = True
