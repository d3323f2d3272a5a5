"""Add an article from the library: a file path or a URL (downloaded as ``threadmark fetch``
does, with its progress and its one-line errors). Dismisses with the ids added."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotations.util.safe_text import visible

if TYPE_CHECKING:
    from textual import getters

    from annotations.sources.adding import Added
    from tui.app import ThreadmarkApp


@dataclass
class Downloaded(Message):
    """The download worker's result: the file kept, or the one-line error."""

    path: Path | None
    error: str | None = None


@dataclass
class DownloadProgress(Message):
    """Bytes downloaded so far (of ``total`` when the server said)."""

    done: int
    total: int | None


class AddArticleScreen(ModalScreen[list[str] | None]):
    """Ask for a path or URL, add what it holds, and say how it went."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="add.cancel", tooltip="Close without adding"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-box"):
            yield Static(Text("Add an article", style="bold"))
            yield Label("File path or URL (a news page, a Reddit or Hacker News thread)")
            yield Input(id="add-source", select_on_focus=False,
                        placeholder="~/saved/page.html or https://…")
            yield Static(id="add-progress")
            yield Static(id="add-error")
            yield Static(Text("enter add · esc cancel", style="dim"))

    def on_mount(self) -> None:
        self.busy = False
        self.query_one("#add-source", Input).focus()

    def _error(self, message: str) -> None:
        self.busy = False
        self.query_one("#add-progress", Static).update("")
        self.query_one("#add-error", Static).update(Text(visible(message), style="bold red"))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#add-error", Static).update("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if self.busy or not value:
            return
        if self.app.readonly:
            self._error("This store is open read-only: nothing can be added")
            return
        self.busy = True
        if value.startswith(("http://", "https://")) or "://" in value:
            self.query_one("#add-progress", Static).update(Text("downloading…", style="dim"))
            self.download(value)
        else:
            self._add(Path(value).expanduser())

    @work(thread=True, exclusive=True, exit_on_error=False)
    def download(self, url: str) -> None:
        """``fetch.download`` into the store's sources/ folder (a worker: it only posts)."""
        from annotations.errors import ThreadmarkError
        from annotations.sources.fetch import download

        folder = Path(self.app.store.path).parent / "sources"
        try:
            def progress(n: int, total: int | None) -> None:
                self.post_message(DownloadProgress(n, total))

            path = download(url, folder, progress=progress)
        except ThreadmarkError as e:
            self.post_message(Downloaded(None, str(e)))
        except OSError as e:
            self.post_message(Downloaded(None, f"{folder}: {e.strerror or e}"))
        else:
            self.post_message(Downloaded(path))

    def on_download_progress(self, message: DownloadProgress) -> None:
        of = f" of {message.total / 1e3:,.0f} kB" if message.total else ""
        self.query_one("#add-progress", Static).update(
            Text(f"downloading… {message.done / 1e3:,.0f} kB{of}", style="dim"))

    def on_downloaded(self, message: Downloaded) -> None:
        if message.path is None:
            self._error(message.error or "the download failed")
            return
        self._add(message.path)

    def _add(self, path: Path) -> None:
        """Add the file's articles in the app's write queue (after the writes before it)."""
        from annotations.sources.adding import add_files

        store = self.app.store

        def job():  # an Added
            added = add_files(store, [path])
            for aid in added.ids:  # added again after a removal: back in the library
                if aid in store.removed_articles():
                    store.restore_article(aid)
            return added

        self.app.bridge.write(job, self._added, refused=lambda error: self._error(str(error)),
                              changes_tags=lambda added: bool(added.ids))

    def _added(self, result: Added) -> None:
        errors = [text for severity, text in result.messages if severity == "error"]
        if not result.ids:
            self._error(errors[0] if errors else "nothing to add in this file")
            return
        for severity, text in result.messages:
            self.app.say(text, severity=severity)
        titles = [a.title for a in map(self.app.store.article, result.ids) if a is not None]
        self.app.say(f"Added “{visible(titles[0])[:70]}”"
                     + (f" and {len(titles) - 1} more" if len(titles) > 1 else ""))
        self.dismiss(result.ids)

    def action_cancel(self) -> None:
        self.dismiss(None)
