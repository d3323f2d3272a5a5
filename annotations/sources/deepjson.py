"""JSON of any nesting depth: orjson where it can, Python's parser on a big stack where not.

orjson refuses documents nested deeper than 1,024 levels, and Python's ``json`` stops at the
interpreter's recursion limit. A comment thread 10,000 replies deep nests 20,000 levels, so
such a document is parsed by ``json`` in a thread of its own with a large C stack and a
recursion limit to match. (Writing never nests: see ``serialize`` and the store's flat
records.)
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any

import orjson

#: Deepest nesting accepted (levels of arrays and objects).
MAX_DEPTH = 500_000
_STACK_BYTES = 512 * 1024 * 1024


def loads(data: bytes | str) -> Any:
    """Parse JSON; ``ValueError`` (one line) for invalid JSON."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as e:
        if "depth limit" not in str(e):
            raise ValueError(str(e)) from None
    return _deep_loads(data)


def _deep_loads(data: bytes | str) -> Any:
    return on_big_stack(lambda: json.loads(data))


def on_big_stack(parse: Callable[[], Any]) -> Any:
    """``parse()`` (Python's ``json`` at work) in a thread with a large C stack and a recursion
    limit to match; ``ValueError`` (one line) if it fails or nests deeper than ``MAX_DEPTH``."""
    result: list[Any] = []
    error: list[BaseException] = []

    def run() -> None:
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, 2 * MAX_DEPTH + 1000))
        try:
            result.append(parse())
        except (ValueError, RecursionError) as e:
            error.append(e)
        finally:
            sys.setrecursionlimit(old)

    old_size = threading.stack_size()
    threading.stack_size(_STACK_BYTES)
    try:
        t = threading.Thread(target=run, name="deep-json")
        t.start()
    finally:
        threading.stack_size(old_size)
    t.join()
    if error:
        e = error[0]
        if isinstance(e, RecursionError):
            raise ValueError(f"nested deeper than {MAX_DEPTH:,} levels") from None
        if isinstance(e, json.JSONDecodeError):
            raise e
        raise ValueError(str(e).split("\n", 1)[0]) from None
    return result[0]
