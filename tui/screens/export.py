"""Export from inside the TUI: a path prompt and a format; a notification says what was written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from annotations.errors import ThreadmarkError
from annotations.export import FORMATS, Selection, export_text
from annotations.output import write_output
from annotations.safe_text import visible

EXT = {"json": "json", "jsonl": "jsonl", "w3c": "jsonld", "csv": "csv"}


class ExportScreen(ModalScreen[Path | None]):
    """Ask where to write and in which format, then write in a worker thread."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel",
                        tooltip="Close without exporting")]

    def __init__(self, article_ids: list[str] | None = None) -> None:
        super().__init__()
        self.article_ids = article_ids

    def compose(self) -> ComposeResult:
        scope = (f"the {len(self.article_ids)} open article(s)" if self.article_ids
                 else "every article in the store")
        with Vertical(id="export-box"):
            yield Static(Text(f"Export the tags of {scope}", style="bold"))
            yield Label("Format")
            yield Select([(f, f) for f in FORMATS], value="json", allow_blank=False,
                         id="export-format")
            yield Label("File")
            yield Input(value=self._default_path("json"), id="export-path")
            yield Static(id="export-error")
            yield Static(Text("enter export · esc cancel", style="dim"))

    def _default_path(self, fmt: str) -> str:
        return str(Path.cwd() / f"threadmark-{date.today():%Y%m%d}.{EXT[fmt]}")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        box = self.query_one("#export-path", Input)
        p = Path(box.value)
        if p.suffix.lstrip(".") in EXT.values():
            box.value = str(p.with_suffix("." + EXT[str(event.value)]))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        fmt = str(self.query_one("#export-format", Select).value)
        path = Path(event.value).expanduser()
        if not event.value.strip() or path.is_dir():
            self.query_one("#export-error", Static).update(
                Text("Give a file name", style="bold red"))
            return
        self.write(fmt, path)

    @work(thread=True, exclusive=True)
    def write(self, fmt: str, path: Path) -> None:
        store = self.app.store
        try:
            text = export_text(store, fmt, Selection(article_ids=self.article_ids))
            write_output(path, text.encode())
        except ThreadmarkError as e:
            self.app.call_from_thread(
                self.query_one("#export-error", Static).update,
                Text(visible(str(e)), style="bold red"))
            return
        lines = text.count("\n")
        self.app.call_from_thread(self.app.say, f"Wrote {path} ({fmt}, {lines} lines)")
        self.app.call_from_thread(self.dismiss, path)

    def action_cancel(self) -> None:
        self.dismiss(None)
