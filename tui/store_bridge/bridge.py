"""The one way a screen writes to the store: queued in order off the UI thread (``StoreWriter``),
one rule for the result, and ``tags_changed`` published when the tags changed.

The rule: a refusal the store or the input explains (``StoreError``, ``OSError``,
``ValueError``, which includes pydantic's ``ValidationError``) is said in one line (or handed
to ``refused``, which then says it where it belongs); any other exception is a bug and is
raised on the UI thread (the app's error screen says where); anything else is a result:
``tags_changed`` is published first when ``changes_tags`` says so (for that result), then
``then(result)`` runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from annotations.errors import StoreError
from tui.store_bridge.save_error import SaveError

if TYPE_CHECKING:
    from tui.app import ThreadmarkApp
    from tui.store_bridge.store_writer import StoreWriter

#: The exceptions a write may answer with that are refusals, not bugs.
REFUSALS: tuple[type[Exception], ...] = (StoreError, OSError, ValueError)


def always(result: object) -> bool:
    """``changes_tags`` for a write that changes tags whatever it returns."""
    return True


def never(result: object) -> bool:
    """``changes_tags`` for a write of something else (rejections, stories, outlets)."""
    return False


def saved_tag(result: object) -> bool:
    """``changes_tags`` for a tag save: unless it was refused as data (``SaveError``)."""
    return not isinstance(result, SaveError)


def _raise(error: Exception) -> None:
    raise error


def first_line(error: Exception) -> str:
    """What a refusal says, in one line."""
    lines = str(error).splitlines()
    return lines[0] if lines else type(error).__name__


class StoreBridge:
    """The app's writes (see the module docstring)."""

    def __init__(self, app: ThreadmarkApp, writer: StoreWriter) -> None:
        self.app = app
        self.writer = writer

    def write(self, job: Callable[[], Any], then: Callable[[Any], None] | None = None, *,
              changes_tags: Callable[[Any], bool] = always,
              refused: Callable[[Exception], None] | None = None) -> None:
        """Run ``job()`` after the writes before it, then apply the rule to its result."""
        self.writer.submit(job, lambda result: self._done(result, then, changes_tags, refused))

    def _done(self, result: object, then: Callable[[Any], None] | None,
              changes_tags: Callable[[Any], bool],
              refused: Callable[[Exception], None] | None) -> None:
        if isinstance(result, REFUSALS):
            if refused is not None:
                refused(result)
            else:
                self.app.say(first_line(result), severity="error")
            return
        if isinstance(result, Exception):
            # a bug, not a refusal: raised from the app's own queue, so its error handling
            # sees it (raised here, in the write worker's call back, a worker would swallow it)
            self.app.call_later(_raise, result)
            return
        if changes_tags(result):
            self.app.tags_changed.publish(None)
        if then is not None:
            then(result)
