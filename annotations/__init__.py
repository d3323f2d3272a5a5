"""threadmark's core: article and thread parsing, the tag models, the store, export.

Never imports textual: everything here is usable from scripts and notebooks. Names are
loaded on first use (PEP 562), so ``import annotations.settings`` stays cheap at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Article": ".article", "Block": ".article", "Comment": ".article",
    "Anchor": ".models", "Tag": ".models", "Claim": ".models", "Quote": ".models",
    "Stance": ".models", "parse_article": ".parse",
    "load_article": ".loader", "InputError": ".errors", "Loaded": ".loader",
    "AnnotationStore": ".store", "Change": ".store", "ReanchorReport": ".store",
    "StoreLockedError": ".store",
    "CorruptStoreError": ".storage", "ForeignFileError": ".storage", "StoreError": ".storage",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'annotations' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
