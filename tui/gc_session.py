"""The cyclic GC over a session: long-lived records frozen once, screens never; young
objects collected in larger batches while the app runs.

``gc.freeze()`` moves every object alive at that moment out of the collector's reach for
good. The app freezes once, when the store's journal has been replayed (its records live as
long as the app). A reader open at that moment would be frozen with them and never
collected after it closes, so closing a reader hands the frozen objects back to the collector
(``gc.unfreeze``): the next full collection frees what is no longer reachable. A reader
freezes again once its article's tags are validated and its suggestions found (they live as
long as it: at 50,000 tags a full collection re-scanning them took ~350 ms, a key's pause).

A key makes thousands of short-lived containers (segments, strips, styles): with Python's
default young-generation threshold (700) a key runs several young collections, each of which
promotes what is alive mid-key to the older generations, whose collections then scan it again.
After its first frame the app raises that threshold once (``YOUNG_THRESHOLD``) and puts it
back when it exits (``benchmarks/bench_reader_scale.py`` prints the collector's ms per key).
It changes when the collector runs, not what it frees: ``gc.collect()`` still frees a closed
reader, and at most ``YOUNG_THRESHOLD`` young containers wait for a collection.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000
"""Generation 0's threshold while the app runs (Python's default is 700)."""


def freeze_long_lived() -> None:
    """Keep the collector from re-scanning everything alive now (the store's records)."""
    gc.freeze()


def release_frozen() -> None:
    """Give frozen objects back to the collector (so a closed screen among them can go)."""
    if gc.get_freeze_count():
        gc.unfreeze()


class SessionThreshold:
    """The young generation's threshold raised for an app's run, and put back after it."""

    def __init__(self) -> None:
        self._before: tuple[int, int, int] | None = None

    def raise_young(self) -> None:
        """Raise it (once: a second call keeps the first one's saved thresholds)."""
        if self._before is None:
            self._before = gc.get_threshold()
            gc.set_threshold(max(YOUNG_THRESHOLD, self._before[0]), *self._before[1:])

    def restore(self) -> None:
        """Put back the thresholds ``raise_young`` replaced (if it did)."""
        if self._before is not None:
            gc.set_threshold(*self._before)
            self._before = None
