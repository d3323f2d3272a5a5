"""The cyclic GC over a session: long-lived records frozen once, screens never.

``gc.freeze()`` moves every object alive at that moment out of the collector's reach for
good. The app freezes once, when the store's journal has been replayed (its records live as
long as the app). A reader open at that moment would be frozen with them and never
collected after it closes, so closing a reader hands the frozen objects back to the collector
(``gc.unfreeze``): the next full collection frees what is no longer reachable.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Keep the collector from re-scanning everything alive now (the store's records)."""
    gc.freeze()


def release_frozen() -> None:
    """Give frozen objects back to the collector (so a closed screen among them can go)."""
    if gc.get_freeze_count():
        gc.unfreeze()
