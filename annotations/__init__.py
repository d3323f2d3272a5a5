"""threadmark's core: article and thread parsing, the tag models, the store, export.

Never imports textual: everything here is usable from scripts and notebooks. Names are
loaded on first use (PEP 562), so ``import annotations.settings`` stays cheap at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_MODEL, _ARTICLE, _STORE_FILE = ("annotations.model.models", "annotations.model.article",
                                  "annotations.store.file.storage")
_EXPORTS = {
    "Article": _ARTICLE, "Block": _ARTICLE, "Comment": _ARTICLE,
    "Anchor": _MODEL, "Tag": _MODEL, "Claim": _MODEL, "Quote": _MODEL, "Stance": _MODEL,
    "parse_article": "annotations.sources.parse",
    "load_article": "annotations.sources.loader", "Loaded": "annotations.sources.loader",
    "InputError": "annotations.errors",
    "AnnotationStore": "annotations.store", "Change": "annotations.store",
    "ReanchorReport": "annotations.store", "StoreLockedError": "annotations.store",
    "CorruptStoreError": _STORE_FILE, "ForeignFileError": _STORE_FILE, "StoreError": _STORE_FILE,
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'annotations' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
