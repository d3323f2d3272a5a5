"""The app's store: opened (deferred when its library index is current), replayed in a
worker after the first frame, compacted in the background."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from annotations.errors import StoreError
from annotations.store import AnnotationStore

if TYPE_CHECKING:
    from tui.app import ThreadmarkApp


class AppStore:
    """``ThreadmarkApp``'s store lifecycle: open (deferred), replay, report, compact."""

    def __init__(self, app: ThreadmarkApp) -> None:
        self.app = app

    def ready(self, messages: list[tuple[str, str]] | None = None) -> None:
        """The journal is replayed: report what it found (into ``messages``, or now); keep
        the GC off its records."""
        for p in self.app.store.problems:
            if messages is not None:
                messages.append(("warning", p))
            else:
                self.app.say(p, severity="warning")
        # the store's records live as long as the app: keep the cyclic GC from re-scanning
        # them on every collection (the app's choice; the core library never does this)
        from tui.gc_session import freeze_long_lived

        freeze_long_lived()

    def open(self) -> AnnotationStore:
        """Open the app's store (deferred: the journal replays later, ``finish_open``)."""
        from annotations.errors import StoreLockedError

        app = self.app
        try:
            return AnnotationStore(app.store_path, readonly=app.readonly, defer=True)
        except StoreLockedError:
            if not app.served_tab:
                raise
        app.readonly = True  # another browser tab writes: this one reads
        app.sub_title = "READ-ONLY: another tab is writing to this store"
        app.startup_messages.append((
            "warning", "READ-ONLY: another browser tab has this store open for writing; "
            "close it, then reload this tab to write here"))
        return AnnotationStore(app.store_path, readonly=True, defer=True)

    def maybe_compact(self) -> None:
        """Compact the journal in the background when it is due."""
        store = self.app.store_or_none
        if store is not None and not self.app.readonly and store.compaction_due():
            self.app.run_worker(self._compact, thread=True, exclusive=True,
                                exit_on_error=False, group="compact")

    @dataclass
    class StoreOpened(Message):
        """The deferred open's replay is done; ``error`` is its one-line failure, if any."""

        error: str | None = None

    def finish_open(self) -> None:
        """Replay the journal off the UI thread (a call that needs the tags meanwhile waits
        for it)."""
        self.app.run_worker(self._replay, thread=True, exclusive=True, exit_on_error=False,
                            group="store-open")

    def _replay(self) -> None:
        try:
            self.app.store.finish_open()
        except StoreError as e:
            self.app.post_message(self.StoreOpened(str(e)))
        else:
            self.app.post_message(self.StoreOpened())

    def opened(self, event: StoreOpened) -> None:
        """The replay is done (the app's handler of ``StoreOpened``)."""
        if event.error is not None:  # e.g. damaged since the index was written
            from tui.screens.error import ErrorScreen

            self.app.push_screen(ErrorScreen(event.error))
            return
        self.ready()
        self.app.tags_changed.publish(None)  # counts from the journal itself
        self.maybe_compact()

    def _compact(self) -> None:
        """Snapshot the journal in the background (the next open replays per-article groups
        instead of every change line); a full disk leaves the journal as it is, correct."""
        from annotations.errors import StoreWriteError

        try:
            self.app.store.compact()
        except StoreWriteError as e:
            self.app.call_from_thread(self.app.say, f"Not compacted: {e}", "warning")
