"""The compact tag form: the kind's fields with sensible defaults; enter saves, escape cancels.

Invalid input is shown inline and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotations.exchange.citation import quoted
from annotations.model.kind_table import KINDS as KIND_DECLS
from annotations.model.models import Anchor, TagBase
from annotations.util.safe_text import visible
from tui.kind_colours import palette
from tui.store_bridge.bridge import first_line, saved_tag
from tui.store_bridge.save_error import SaveError
from tui.widgets.choice import Choice

if TYPE_CHECKING:
    from textual import getters

    from tui.app import ThreadmarkApp

#: (field, label, choices or None for free text, required), from the kinds' declaration
FIELDS: dict[str, list[tuple[str, str, tuple[str, ...] | None, bool]]] = {
    d.kind: [(f.name, f.label, f.choices, f.required) for f in d.fields] for d in KIND_DECLS}
COMMON = [("labels", "Labels", None, False), ("note", "Note", None, False)]
TITLES = {d.kind: d.title for d in KIND_DECLS}
#: a new tag's values where the analyst gives none (a choice's model default)
_DEFAULTS = {f.name: f.default for d in KIND_DECLS for f in d.fields if f.default}
#: fields whose blank is stored as None, and those stored as whole numbers
_NULLABLE = frozenset(f.name for d in KIND_DECLS for f in d.fields if f.nullable)
_NUMBERS = frozenset(f.name for d in KIND_DECLS for f in d.fields if f.number)

SaveFn = Callable[[dict[str, Any]], "TagBase | SaveError"]


class TagForm(ModalScreen[TagBase | None]):
    """Create or edit one tag."""

    if TYPE_CHECKING:
        app = getters.app(ThreadmarkApp)

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel", tooltip="Close without saving"),
        Binding("ctrl+s", "save", "Save", id="form.save", tooltip="Save the tag",
                priority=True),
        Binding("enter", "save", "Save", id="form.save-enter", show=False,
                tooltip="Save the tag (a text field saves on enter itself)"),
    ]

    def __init__(self, kind: str, anchor: Anchor, defaults: dict[str, Any], save: SaveFn,
                 editing: TagBase | None = None) -> None:
        super().__init__()
        self.kind = kind
        #: the tag's anchor (Textual's ``Widget.anchor()``, for scroll anchoring, is not used
        #: on this modal form)
        self.anchor: Anchor = anchor  # type: ignore[assignment]  # shadows Widget.anchor on purpose (tests and callers read form.anchor)
        self.defaults = defaults
        self.save_fn = save
        self.saving = False
        self.editing = editing

    def compose(self) -> ComposeResult:
        excerpt = visible(self.anchor.exact.replace("\n", " "))
        if len(excerpt) > 160:
            excerpt = excerpt[:159] + "…"
        with Vertical(id="tag-form", classes=f"kind-{self.kind}"):
            verb = "Edit" if self.editing else "New"
            yield Static(Text(f"{verb} {TITLES[self.kind]}", style="bold"), id="form-title")
            yield Static(Text(quoted(excerpt), style="italic"), id="form-excerpt")
            with Grid(id="form-grid"):
                for name, label, choices, required in FIELDS[self.kind] + COMMON:
                    yield Label(label + (" *" if required else ""), classes="form-label")
                    value = self._initial(name)
                    if choices is None:
                        # untrusted (a guess from the text, a comment's author, an imported
                        # tag): control characters become symbols before any widget sees them
                        # no select-all on focus: one key never replaces a whole value
                        yield Input(value=visible(str(value or "")), id=f"f-{name}",
                                    classes="form-field", compact=True,
                                    select_on_focus=False)
                    else:
                        yield Choice(choices, value=str(value) if value else None,
                                     allow_blank=not required, id=f"f-{name}",
                                     classes="form-field")
            yield Static(id="form-error")
            yield Static(Text("enter save (from any field) · esc cancel · tab next field · "
                              "‹ › choices: arrows or first letter", style="dim"))

    def _initial(self, name: str) -> Any:
        if self.editing is not None:
            v = getattr(self.editing, name, None)
            if name == "labels":
                return ", ".join(v or [])
            return v
        if name in self.defaults:
            return self.defaults[name]
        return _DEFAULTS.get(name)

    def on_mount(self) -> None:
        # focus where the analyst starts: the first required field still empty (a choice's
        # first letter then picks its option), else the first text field
        fields = [(self._field(name), choices is None, required)
                  for name, _, choices, required in FIELDS[self.kind]]
        empty = [w for w, _, required in fields if required and not str(w.value or "").strip()]
        texts = [w for w, is_text, _ in fields if is_text]
        target = empty[0] if empty else texts[0] if texts else self.query(".form-field").first()
        target.focus()
        box = self.query_one("#tag-form")
        box.styles.border = ("thick", palette(self.app).marks[self.kind])
        if self.app.readonly:
            self._show_error("READ-ONLY: this store is open read-only; nothing can be saved "
                             "(escape closes)")

    def _show_error(self, message: str) -> None:
        self.query_one("#form-error", Static).update(Text(visible(message), style="bold red"))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._clear_error()

    def on_choice_changed(self, event: Choice.Changed) -> None:
        self._clear_error()

    def _clear_error(self) -> None:
        """The message spoke of the old value: it goes once a field changes."""
        if not self.app.readonly and self.is_mounted:
            self.query_one("#form-error", Static).update("")

    def values(self) -> dict[str, Any]:
        """The form's values as tag fields."""
        data: dict[str, Any] = {}
        for name, _, _choices, _required in FIELDS[self.kind] + COMMON:
            w = self._field(name)
            v: Any = w.value
            if name == "labels":
                v = [s.strip() for s in (v or "").split(",") if s.strip()]
            elif name in _NUMBERS:
                v = int(v) if v else None
            elif v == "" and name in _NULLABLE:
                v = None
            data[name] = v
        return data

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        if self.saving:  # one save at a time: a second enter waits for the first
            return
        data = self.values()
        if self.editing is not None:
            full = {**self.editing.model_dump(), **data}
        else:
            full = {"kind": self.kind, "anchor": self.anchor, **data}
        self.saving = True
        # the durable write (validation, fsync) in the app's write queue, after the writes
        # before it; the form closes, showing the tag saved, only once it is on disk
        self.app.bridge.write(partial(self.save_fn, full), self._saved,
                              changes_tags=saved_tag, refused=self._refused)

    def _refused(self, error: Exception) -> None:
        self.saving = False  # the form stays open, saying why
        self._show_error(first_line(error))

    def _saved(self, result: TagBase | SaveError) -> None:
        self.saving = False
        if isinstance(result, SaveError):
            self._show_error(result.message)
            if result.field is not None and self.query(f"#f-{result.field}"):
                self.query_one(f"#f-{result.field}").focus()
            return
        self.dismiss(result)

    def _field(self, name: str) -> Input | Choice:
        """The form's field ``name`` (a text line or a choice)."""
        w = self.query_one(f"#f-{name}")
        assert isinstance(w, (Input, Choice)), name
        return w

    def action_cancel(self) -> None:
        self.dismiss(None)
