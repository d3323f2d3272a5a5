"""The derived data of articles as they are added (``sources.adding``, the one path of
``threadmark import``, ``open`` and the app), so the first comparison after an import reads
them instead of tokenising every body and thread.

What depends on one article only is kept: its comments (``c:``), the comments of its own
thread that echo its paragraphs (``r:<id>:<id>``) and its body's counted words (``w:``), each
computed by the comparison's own functions (``readers``, ``words``), so the entries are the
ones a comparison would write. A discussion thread's reactions to another article
(``r:<article>:<thread>``) and a grouping's words figure (``W:``) depend on more than the
article: the comparison computes those (the second from the ``w:`` entries: no text read).

``sources.adding`` works them out as it adds (``threadmark import``, the add-article screen);
the app's start adds the files it opens without them (before its first frame) and keeps them
after that frame in a worker (``keep_missing``). The file and its rules are ``derived``'s: a
cache, written atomically, never over a file that is not one, and a failed write is not
reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .derived import DerivedData


def entries_of(article: Any) -> dict[str, Any]:
    """The derived entries of one article (an ``Article`` or a view), by key."""
    from .readers import comments_entry, paragraphs, reacting_entry, triple_index
    from .words import words_entry

    aid = article.id
    index = triple_index(article.body, paragraphs(article))
    return {f"c:{aid}": comments_entry(article),
            f"r:{aid}:{aid}": reacting_entry(index, article),
            f"w:{aid}": words_entry(article)}


def keep_entries(into: Path | DerivedData, entries: Iterable[dict[str, Any]]) -> bool:
    """Put ``entries`` (``entries_of`` each) into the derived data beside the store at
    ``into`` and write it (False if nothing was written: none given, or the file could not
    be), or into the ``DerivedData`` given (its owner saves it)."""
    derived = into if isinstance(into, DerivedData) else DerivedData(into)
    for one in entries:
        for key, value in one.items():
            derived.put(key, value)
    return derived is not into and derived.save()


def keep_missing(store: Any, ids: Sequence[str]) -> int:
    """Work out and keep the entries of the stored articles ``ids`` that the derived data
    beside ``store`` lacks (nothing for a read-only store); returns how many articles were
    worked out."""
    if store.readonly:
        return 0
    derived = DerivedData(store.path)
    done = 0
    for aid in dict.fromkeys(ids):
        if all(derived.has(k) for k in (f"c:{aid}", f"r:{aid}:{aid}", f"w:{aid}")):
            continue
        article = store.article_view(aid)
        if article is None:
            continue
        for key, value in entries_of(article).items():
            derived.put(key, value)
        done += 1
    derived.save()
    return done
