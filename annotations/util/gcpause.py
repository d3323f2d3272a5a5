"""Pause Python's cyclic GC around bulk object creation (parsing, loading a store).

Building 100,000 small objects triggers many useless young-generation collections; pausing
the collector makes such loads 1.3-3x faster. Nested pauses are fine.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic GC inside the block, restoring its previous state after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
