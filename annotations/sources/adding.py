"""Adding article files to a store: the one path of ``threadmark open FILE``, the app's start,
its add-article screen and ``threadmark import`` (``add_file``: the same messages and the
same error policy for each).

A file whose exact bytes were added before (the store's library index remembers them) is not
parsed again: its article ids come from the index, so opening a stored file costs neither the
parser nor pydantic. Anything else is loaded, validated and added (re-anchoring the tags of
an earlier version).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotations.errors import StoreError, StoreWriteError
from annotations.sources.sniff import MAX_BYTES
from annotations.store import AnnotationStore

if TYPE_CHECKING:
    from annotations.compare.derived import DerivedData


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


#: The store to add to, or (``threadmark import``, which makes no store when every file is
#: bad) a function that opens or makes it when a file first has something to add.
StoreOrMaker = AnnotationStore | Callable[[], AnnotationStore]


@dataclass
class FileAdded:
    """What adding one file gave."""

    ids: list[str] = field(default_factory=list)  # its articles (stored or found)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (severity, text)
    new: int = 0  # articles stored for the first time
    known: int = 0  # articles that were stored already
    failed: bool = False  # nothing of the file was added (bad input, or the store refused)


def add_file(store: StoreOrMaker, path: Path, readonly: bool = False, *,
             keep: bool = True, derive: bool | DerivedData = True) -> FileAdded:
    """Add (or, ``readonly``, only find) the articles of one file: all of them in one durable
    write, or none (one ``error`` message says why). The one path of the app (``add_files``)
    and ``threadmark import``. A disk that refuses the write (``StoreWriteError``) is raised:
    every further file would fail the same. ``keep=False`` (a command that only stores):
    each parsed thread is let go of once stored, the store reads its record back if asked.
    ``derive``: what a comparison derives from each new article's text alone is worked out
    and kept beside the store (``compare.on_add``; else ``on_add.keep_missing`` later); a
    ``DerivedData`` given is where they are put, its caller saves it (an import of many
    files writes the file once, not once a file)."""
    out = FileAdded()
    data = _known_bytes(path)
    if isinstance(store, AnnotationStore) and data is not None:
        known = store.known_source(data)
        if known is not None:  # these bytes were added before: nothing to parse
            ids, warnings = known
            out.messages.extend(("warning", _located(w, path)) for w in warnings)
            out.ids.extend(ids)
            out.known = len(ids)
            return out
    _load_and_add(store, path, readonly, out, data, keep, derive)
    return out


def add_files(store: AnnotationStore, paths: Sequence[Path], readonly: bool = False, *,
              derive: bool = True) -> Added:
    """Add (or, ``readonly``, only find) the articles of ``paths`` (``add_file`` each); bad
    files are reported; a disk that refuses a write ends the run with an ``error`` message."""
    out = Added()
    for p in paths:
        try:
            one = add_file(store, p, readonly, derive=derive)
        except StoreWriteError as e:
            out.messages.append(("error", f"{p}: {_reason(e)}"))
            break
        out.ids.extend(one.ids)
        out.messages.extend(one.messages)
    return out


def _reason(e: Exception) -> str:
    """A store error's reason without the store's path (the message names the file)."""
    return str(e).split(": ", 1)[-1]


def _load_and_add(store: StoreOrMaker, p: Path, readonly: bool, out: FileAdded,
                  data: bytes | None, keep: bool = True,
                  derive: bool | DerivedData = True) -> None:
    from annotations.sources.loader import (  # the parser and pydantic: only when needed
        InputError,
        load_article,
    )

    try:
        loaded = load_article(p, data)  # the bytes read for the index: not read twice
    except InputError as e:
        out.messages.append(("error", str(e)))
        out.failed = True
        return
    out.messages.extend(("warning", w) for w in loaded.warnings)
    opened = store if isinstance(store, AnnotationStore) else store()
    if readonly:
        missing = [a.id for a in loaded.articles if opened.article(a.id) is None]
        if missing:
            out.messages.append(("error", f"{p}: not in the store, and it is open read-only"))
            out.failed = True
            return
        out.ids.extend(a.id for a in loaded.articles)
        out.known = len(loaded.articles)
        return
    derived: dict[str, Any] = {}
    if derive:  # what a comparison derives from each text alone, outside the store's lock
        from annotations.compare.on_add import entries_of

        derived = {a.id: entries_of(a) for a in loaded.articles}
    try:  # a file's articles: all of them or none
        with opened.all_or_nothing():
            results = [opened.add_article(a, keep=keep)
                       for a in (loaded.articles if keep else _taken(loaded))]
    except StoreWriteError:
        raise
    except StoreError as e:
        out.messages.append(("error", f"{p}: {_reason(e)}"))
        out.failed = True
        return
    for res in results:
        out.new += res.new
        out.known += not res.new
        if res.reanchor is not None:
            r = res.reanchor
            out.messages.append((
                "warning" if r.orphans else "information",
                f"{p}: updated version; {len(r.placed)} tag(s) re-anchored, "
                f"{len(r.orphans)} orphaned",
            ))
    out.ids.extend(res.article_id for res in results)
    remember(opened, p, out.ids, loaded.warnings, data)
    if derived:
        from annotations.compare.on_add import keep_entries

        keep_entries(opened.path if isinstance(derive, bool) else derive,
                     [derived[r.article_id] for r in results if r.new])


def _taken(loaded: Any) -> Iterator[Any]:
    """The articles of ``loaded``, each given up by it as it is handed out (memory: the
    store's record of a thread, not the record and the parsed thread, once it is stored)."""
    articles, loaded.articles, loaded.article = loaded.articles, [], None
    while articles:
        yield articles.pop(0)


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
