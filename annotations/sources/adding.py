"""Adding article files to a store, as ``threadmark open FILE`` and the app's start do.

A file whose exact bytes were added before (the store's library index remembers them) is not
parsed again: its article ids come from the index, so opening a stored file costs neither the
parser nor pydantic. Anything else is loaded, validated and added (re-anchoring the tags of
an earlier version).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotations.errors import StoreError
from annotations.sources.sniff import MAX_BYTES
from annotations.store import AnnotationStore


@dataclass
class Added:
    """What adding files gave: article ids to open, and one-line messages to show."""

    ids: list[str] = field(default_factory=list)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (severity, text)


def _known_bytes(path: Path) -> bytes | None:
    """The file's bytes if it is a plain file small enough to remember, else None."""
    from annotations.util.safe_files import read_regular

    try:  # a FIFO or a device is never waited on or read without end
        return read_regular(path, MAX_BYTES)
    except (OSError, ValueError):
        return None  # the loader says why, in its words


#: Stands for the file's path in a remembered warning (the same bytes may come back under
#: another name).
_HERE = "\0: "


def _located(warning: str, path: Path) -> str:
    """A remembered warning, naming the path the file is opened from now."""
    return f"{path}: {warning[len(_HERE):]}" if warning.startswith(_HERE) else warning


def add_files(store: AnnotationStore, paths: Sequence[Path], readonly: bool = False) -> Added:
    """Add (or, ``readonly``, only find) the articles of ``paths``; bad files are reported."""
    out = Added()
    for p in paths:
        data = _known_bytes(p)
        known = store.known_source(data) if data is not None else None
        if known is not None:
            ids, warnings = known
            out.messages.extend(("warning", _located(w, p)) for w in warnings)
            out.ids.extend(ids)
            continue
        _load_and_add(store, p, readonly, out, data)
    return out


def _load_and_add(store: AnnotationStore, p: Path, readonly: bool, out: Added,
                  data: bytes | None) -> None:
    from annotations.sources.loader import (  # the parser and pydantic: only when needed
        InputError,
        load_article,
    )

    try:
        loaded = load_article(p, data)  # the bytes read for the index: not read twice
    except InputError as e:
        out.messages.append(("error", str(e)))
        return
    out.messages.extend(("warning", w) for w in loaded.warnings)
    ids = []
    for article in loaded.articles:
        if readonly:
            if store.article(article.id) is None:
                out.messages.append(("error", f"{p}: not in the store, and it is open read-only"))
            else:
                ids.append(article.id)
            continue
        try:
            res = store.add_article(article)
        except StoreError as e:
            out.messages.append(("error", f"{p}: {str(e).split(': ', 1)[-1]}"))
            continue
        if res.reanchor is not None:
            r = res.reanchor
            out.messages.append((
                "warning" if r.orphans else "information",
                f"{p}: updated version; {len(r.placed)} tag(s) re-anchored, "
                f"{len(r.orphans)} orphaned",
            ))
        ids.append(article.id)
    out.ids.extend(ids)
    if len(ids) == len(loaded.articles):
        remember(store, p, ids, loaded.warnings, data)


def remember(store: AnnotationStore, path: Path, ids: list[str], warnings: list[str],
             data: bytes | None = None) -> None:
    """Note in the store's index that the file at ``path`` (its bytes: ``data``, read if
    not given) holds the articles ``ids``, so opening it again parses nothing."""
    if data is None:
        data = _known_bytes(path)
    if data is None:
        return
    prefix = f"{path}: "
    store.remember_source(data, ids, [_HERE + w[len(prefix):] if w.startswith(prefix)
                                      else w for w in warnings])
