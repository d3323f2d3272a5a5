"""The app's store: opened (deferred when its library index is current), replayed in a
worker after the first frame, compacted in the background."""

from __future__ import annotations

from dataclasses import dataclass

from textual import work
from textual.message import Message

from annotations.errors import StoreError
from annotations.store import AnnotationStore


class AppStore:
    """``ThreadmarkApp``'s store lifecycle (its ``store``, ``readonly``, ``say``, ...)."""

    def _store_ready(self, messages: list[tuple[str, str]] | None = None) -> None:
        """The journal is replayed: report what it found (into ``messages``, or now); keep
        the GC off its records."""
        assert self.store is not None
        for p in self.store.problems:
            if messages is not None:
                messages.append(("warning", p))
            else:
                self.say(p, severity="warning")
        # the store's records live as long as the app: keep the cyclic GC from re-scanning
        # them on every collection (the app's choice; the core library never does this)
        from tui.gc_session import freeze_long_lived

        freeze_long_lived()

    def _open_store(self) -> AnnotationStore:
        from annotations.errors import StoreLockedError

        try:
            return AnnotationStore(self.store_path, readonly=self.readonly, defer=True)
        except StoreLockedError:
            if not self.served_tab:
                raise
        self.readonly = True  # another browser tab writes: this one reads
        self.sub_title = "READ-ONLY: another tab is writing to this store"
        self.startup_messages.append((
            "warning", "READ-ONLY: another browser tab has this store open for writing; "
            "close it, then reload this tab to write here"))
        return AnnotationStore(self.store_path, readonly=True, defer=True)

    def _maybe_compact(self) -> None:
        if self.store is not None and not self.readonly and self.store.compaction_due():
            self.compact_store()

    @dataclass
    class StoreOpened(Message):
        """The deferred open's replay is done; ``error`` is its one-line failure, if any."""

        error: str | None = None

    @work(thread=True, exclusive=True, exit_on_error=False, group="store-open")
    def finish_store_open(self) -> None:
        """Replay the journal off the UI thread (a call that needs the tags meanwhile waits
        for it)."""
        assert self.store is not None
        try:
            self.store.finish_open()
        except StoreError as e:
            self.post_message(self.StoreOpened(str(e)))
        else:
            self.post_message(self.StoreOpened())

    def on_app_store_store_opened(self, event: StoreOpened) -> None:
        if event.error is not None:  # e.g. damaged since the index was written
            from tui.screens.error import ErrorScreen

            self.push_screen(ErrorScreen(event.error))
            return
        self._store_ready()
        self.tags_changed.publish(None)  # counts from the journal itself
        self._maybe_compact()

    @work(thread=True, exclusive=True, exit_on_error=False, group="compact")
    def compact_store(self) -> None:
        """Snapshot the journal in the background (the next open replays per-article groups
        instead of every change line); a full disk leaves the journal as it is, correct."""
        from annotations.errors import StoreWriteError

        try:
            self.store.compact()
        except StoreWriteError as e:
            self.call_from_thread(self.say, f"Not compacted: {e}", "warning")
