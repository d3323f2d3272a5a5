"""Export from inside the TUI: a path prompt and a format; a notification says what was written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static
from textual.worker import Worker, WorkerState

from annotations.errors import ThreadmarkError
from annotations.exchange.export import FORMATS, Selection, export_bytes
from annotations.exchange.output import write_output
from annotations.util.safe_text import visible
from tui.widgets.choice import Choice

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

EXT = {"json": "json", "jsonl": "jsonl", "w3c": "jsonld", "csv": "csv"}


class ExportScreen(ModalScreen[Path | None]):
    """Ask where to write and in which format, then write in a worker thread."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="export.cancel",
                tooltip="Close without exporting"),
        Binding("enter", "export", "Export", id="export.export", show=False,
                tooltip="Export (a second enter replaces an existing file)"),
    ]

    def __init__(self, article_ids: list[str] | None = None) -> None:
        super().__init__()
        self.article_ids = article_ids

    def compose(self) -> ComposeResult:
        scope = (f"the {len(self.article_ids)} open article(s)" if self.article_ids
                 else "every article in the store")
        with Vertical(id="export-box"):
            yield Static(Text(f"Export the tags of {scope}", style="bold"))
            yield Label("Format  ‹ › arrows or first letter")
            yield Choice(FORMATS, value="json", id="export-format")
            yield Label("File")
            # no select-all on focus: one key never replaces the whole path
            yield Input(value=self._default_path("json"), id="export-path",
                        select_on_focus=False)
            yield Static(id="export-error")
            yield Static(Text("enter export (from any field) · esc cancel", style="dim"))

    def _default_path(self, fmt: str) -> str:
        """``exports/threadmark-YYYYMMDD.ext`` beside the store (the data directory)."""
        folder = Path(self.app.store.path).parent / "exports"
        return str(folder / f"threadmark-{date.today():%Y%m%d}.{EXT[fmt]}")

    def on_mount(self) -> None:
        self._confirmed: Path | None = None
        # the format first (as shown): its first letter picks it; tab goes on to the file
        self.query_one("#export-format", Choice).focus()

    def on_choice_changed(self, event: Choice.Changed) -> None:
        box = self.query_one("#export-path", Input)
        p = Path(box.value)
        if p.suffix.lstrip(".") in EXT.values():
            box.value = str(p.with_suffix("." + EXT[str(event.value)]))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._confirmed = None
        self.query_one("#export-error", Static).update("")

    def action_export(self) -> None:
        """Export; an existing file is replaced only after a second enter."""
        fmt = str(self.query_one("#export-format", Choice).value)
        value = self.query_one("#export-path", Input).value
        path = Path(value).expanduser()
        if not value.strip() or path.is_dir():
            self._error("Give a file name")
            return
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            self._error(f"{path} exists: enter again replaces it (or change the name)")
            return
        self.write(fmt, path)

    def _error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(Text(visible(message), style="bold red"))

    @work(thread=True, exclusive=True, exit_on_error=False)
    def write(self, fmt: str, path: Path) -> Path | None:
        """Write the file; its path when written (the screen then closes: a worker that closed
        its own screen was cancelled with it), None after a line in the form says why not."""
        store = self.app.store
        try:
            exports = Path(self._default_path(fmt)).parent
            if path.parent == exports:  # the default folder is made on first use
                exports.mkdir(parents=True, exist_ok=True)
            data = export_bytes(store, fmt, Selection(article_ids=self.article_ids))
            write_output(path, data)
        except OSError as e:
            self.app.call_from_thread(self._error, f"{path.parent}: {e.strerror}")
            return None
        except ThreadmarkError as e:
            self.app.call_from_thread(self._error, str(e))
            return None
        lines = data.count(b"\n")
        self.app.call_from_thread(self.app.say, f"Wrote {path} ({fmt}, {lines} lines)")
        return path

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if (event.worker.name == "write" and event.state == WorkerState.SUCCESS
                and event.worker.result is not None):
            self.dismiss(event.worker.result)

    def action_cancel(self) -> None:
        self.dismiss(None)
