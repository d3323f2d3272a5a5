"""``ThreadmarkApp``: the library, the reader, the tag form, the tags panel."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.signal import Signal

from annotations.settings import (
    LOGIN,
    SETTINGS,
    Settings,
    annotator_source,
    default_store_path,
    load_settings,
    save_settings,
)
from annotations.store import AnnotationStore
from annotations.store.file.storage import StoreError
from annotations.util.safe_text import visible
from tui.commands import ThreadmarkCommands
from tui.compat_textual import draw_only_dirty_widgets, unpin_styles_caches
from tui.gc_session import SessionThreshold
from tui.startup import AfterFrame, resume_collector
from tui.store_bridge.app_store import AppStore
from tui.store_bridge.bridge import StoreBridge
from tui.store_bridge.save_error import SaveError
from tui.store_bridge.store_writer import StoreWriter

if TYPE_CHECKING:
    from annotations.model.models import TagBase


def _import_reader_modules() -> None:
    import annotations.model.models  # pydantic
    import annotations.sources.parse
    import annotations.suggest  # noqa: F401
    import tui.screens.compare  # their binding ids, for the keymap check
    import tui.screens.export
    import tui.screens.fields_form
    import tui.screens.help
    import tui.screens.reader
    import tui.screens.tag_browser
    import tui.screens.tag_form
    import tui.screens.tags  # noqa: F401


def known_binding_ids() -> set[str]:
    """The id of every binding of threadmark's screens and widgets (their modules loaded)."""
    from textual.dom import DOMNode

    ids: set[str] = set()
    stack: list[type] = [DOMNode]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.__module__.startswith("tui."):
            ids.update(b.id for b in cls.__dict__.get("BINDINGS", [])
                       if isinstance(b, Binding) and b.id)
    return ids


class ThreadmarkApp(App[None]):
    """Read articles beside their comment trees; tag quotes, stances and claims."""

    CSS_PATH = Path(__file__).with_name("threadmark.tcss")  # absolute: subclasses elsewhere
    TITLE = "threadmark"
    COMMANDS = App.COMMANDS | {ThreadmarkCommands}
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="app.help",
                tooltip="List every key of the focused screen"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", tooltip="Quit threadmark",
                priority=True),
        Binding("E", "export", "Export", id="app.export",
                tooltip="Export tags (json, jsonl, w3c, csv) to a file"),
        Binding("ctrl+g", "sync", "Sync", id="app.sync", show=False,
                tooltip="Pull the team's tags and push yours through the store's git remote"),
    ]

    def __init__(
        self,
        store_path: str | os.PathLike[str] | None = None,
        open_paths: Sequence[str | os.PathLike[str]] = (),
        annotator: str | None = None,
        settings: Settings | None = None,
        seed_if_empty: bool = True,
        readonly: bool = False,
        served_tab: bool = False,
    ) -> None:
        super().__init__()
        unpin_styles_caches()  # else closed screens' drawn lines stay cached (memory grows)
        draw_only_dirty_widgets()  # a repaint draws no pane it does not write to
        #: the thread the app runs on (saves run in workers and report back to it)
        self.ui_thread = threading.get_ident()
        warning = None
        from_file = settings is None
        if settings is None:
            settings, warning = load_settings()
        self.settings = settings
        self.store_path = Path(store_path) if store_path else default_store_path()
        self.open_paths = [Path(p) for p in open_paths]
        #: who tags, and where the name came from (``LOGIN``: a stand-in; the app asks)
        self.annotator, self.annotator_from = annotator_source(annotator, settings)
        self.seed_if_empty = seed_if_empty
        self.readonly = readonly
        #: a browser tab of ``threadmark serve``: a store another tab writes opens read-only
        self.served_tab = served_tab
        # a theme picked in the palette is saved, unless the settings file was unreadable
        # (never overwrite what the user wrote) or the settings came from the caller
        self.save_settings_enabled = from_file and warning is None
        #: the store once ``on_mount`` opened it (``store`` is the typed accessor)
        self.store_or_none: AnnotationStore | None = None
        #: its opening, replay and compaction
        self.store_life = AppStore(self)
        #: published after every change to the store's tags (any screen): the reader below a
        #: panel redraws its highlights and counts at once
        self.tags_changed: Signal[None] = Signal(self, "tags-changed")
        #: every store write from a screen goes through this queue (in order, off the UI)
        self.writes = StoreWriter(self)
        #: the one way screens write: the queue, one result rule, ``tags_changed`` published
        self.bridge = StoreBridge(self, self.writes)
        #: the collector's young threshold, raised after the first frame (tui/gc_session.py)
        self.gc_threshold = SessionThreshold()
        #: work held back until a frame is on the terminal (it shares the interpreter)
        self.after_frame = AfterFrame(self)
        self.last_target: str | None = None
        self.startup_messages: list[tuple[str, str]] = []  # (severity, text)
        self._to_derive: list[str] = []  # articles opened at the start (``_warm_up``)
        if warning:
            self.startup_messages.append(("warning", warning))

    @property
    def store(self) -> AnnotationStore:
        """The open store (screens exist only once ``on_mount`` opened it)."""
        if self.store_or_none is None:
            raise RuntimeError("the store is not open")
        return self.store_or_none

    def finish_store_open(self) -> None:
        """Replay the journal off the UI thread (``AppStore.finish_open``)."""
        self.store_life.finish_open()

    def on_app_store_store_opened(self, event: AppStore.StoreOpened) -> None:
        self.store_life.opened(event)

    # -- lifecycle ----------------------------------------------------------------------------

    def on_mount(self) -> None:
        # the collector, paused by the threadmark command for the start (tui/startup.py)
        self.call_after_refresh(self.call_after_refresh, resume_collector)
        # young objects collected in larger batches from then on (tui/gc_session.py)
        self.call_after_refresh(self.call_after_refresh, self.gc_threshold.raise_young)
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        if self.settings.theme and self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        elif self.settings.theme:
            self.startup_messages.append((
                "warning", f"settings: theme {self.settings.theme!r} is not a theme here "
                f"(the palette's 'Change theme' lists them); using {self.theme!r}"))
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        try:
            self.store_or_none = self.store_life.open()
        except StoreError as e:
            from tui.screens.error import ErrorScreen

            self.push_screen(ErrorScreen(str(e)))
            return
        opened = self._add_files(self.open_paths)
        if self.seed_if_empty and not self.readonly and not self.store.article_summaries():
            from threadmark_seeds import seed_paths

            self._add_files(seed_paths())
        if not self.store.pending:
            self.store_life.ready(self.startup_messages)
        if opened:  # straight into the reader; the library is made when it is first needed
            from tui.screens.reader import ReaderScreen

            self.push_screen(ReaderScreen(opened[:2]))
        else:
            from tui.screens.library import LibraryScreen

            self.push_screen(LibraryScreen())
        for severity, text in self.startup_messages:
            self.say(text, severity=severity)
        if self.annotator_from == LOGIN and not self.readonly:
            self._ask_annotator()
        # the work below shares the interpreter: start it once the first frame is out
        self.call_after_refresh(self.call_after_refresh, self._warm_up)

    def post_display_hook(self) -> None:
        self.after_frame.displayed()

    def _ask_annotator(self) -> None:
        """The first start without a name: ask for one (saved to settings.json)."""
        from tui.screens.annotator_name import AnnotatorNameScreen

        def chosen(name: str | None) -> None:
            if not name:
                return
            self.annotator, self.annotator_from = name, SETTINGS
            if not self.save_settings_enabled:
                self.say(f"Tagging as {name} (settings.json not written: it was unreadable "
                         "or not ours)", severity="warning")
                return
            self.settings.annotator = name
            try:
                save_settings(self.settings)
            except OSError as e:
                self.say(f"Tagging as {name}; could not save settings: {e}",
                         severity="warning")
                return
            self.say(f"Tagging as {name} (saved in settings.json)")

        self.push_screen(AnnotatorNameScreen(self.annotator), chosen)

    def back_to_library(self) -> None:
        """Leave the top screen for the library (made now if the app started in a reader)."""
        from tui.screens.library import LibraryScreen

        if any(isinstance(s, LibraryScreen) for s in self.screen_stack[:-1]):
            self.pop_screen()
        else:
            self.switch_screen(LibraryScreen())

    def _warm_up(self) -> None:
        """After the first frame: import what opening an article needs, off the UI thread,
        then check the keymap against every binding id."""
        ids, self._to_derive = self._to_derive, []

        def work() -> None:
            _import_reader_modules()
            self.call_from_thread(self.check_keymap)
            if ids:  # the opened files' figures, so the first comparison finds them
                from annotations.compare.on_add import keep_missing

                try:
                    keep_missing(self.store, ids)
                except (StoreError, OSError):
                    pass  # a cache: the comparison works them out itself

        if self.store_or_none is not None and self.store_or_none.pending:
            self.finish_store_open()  # the library showed its index; now the journal
        else:
            self.store_life.maybe_compact()
        # its imports (and the opened files' figures) wait until a frame is written: two
        # refreshes after the mount come before the reader's first frame
        self.after_frame.call(lambda: self.run_worker(work, thread=True, group="warm-up"))

    def check_keymap(self) -> list[str]:
        """Say (once) which keymap entries name no binding; returns those ids."""
        unknown = sorted(set(self.settings.keymap) - known_binding_ids())
        if unknown:
            self.say(f"settings: keymap {', '.join(map(repr, unknown))}: no such binding id "
                     "(? lists them); ignored", severity="warning", timeout=8)
        return unknown

    def _add_files(self, paths: Sequence[Path]) -> list[str]:
        """Add article files to the store; returns their ids (bad files are reported)."""
        if not paths:
            return []
        from annotations.sources.adding import add_files

        # before the first frame: the comparison's derived data waits for the warm-up
        added = add_files(self.store, paths, readonly=self.readonly, derive=False)
        self.startup_messages.extend(added.messages)
        self._to_derive.extend(added.ids)
        return added.ids

    def _remember_theme(self, theme) -> None:
        """Keep a theme chosen in the palette for the next start (in settings.json)."""
        name = getattr(theme, "name", None)
        if name and name != self.settings.theme and self.save_settings_enabled:
            self.settings.theme = name
            try:
                save_settings(self.settings)
            except OSError as e:
                self.say(f"Could not save settings: {e}", severity="warning")

    def on_unmount(self) -> None:
        if self.store_or_none is not None:
            self.store_or_none.close()
        self.gc_threshold.restore()

    # -- helpers ------------------------------------------------------------------------------

    def say(self, message: str, severity: str = "information", timeout: float = 4) -> None:
        """A notification; the text is never parsed as markup, control characters show as
        symbols (messages quote titles, names and file names)."""
        self.notify(visible(message), severity=severity, timeout=timeout,  # type: ignore[arg-type]
                    markup=False)

    def copy_text(self, text: str, what: str = "selection") -> str:
        """Copy to the system clipboard (pyperclip), else via the terminal (OSC 52).

        What is copied is the text as shown: control characters as symbols, so a paste cannot
        replay an escape sequence hidden in an article."""
        import pyperclip

        text = visible(text)
        self.clipboard_text = text
        if self.is_web:  # in a browser: its clipboard, not the server machine's
            self.copy_to_clipboard(text)
            self.say(f"Copied {what} to the browser's clipboard")
            return "browser clipboard"
        try:
            pyperclip.copy(text)
            how = "system clipboard"
        except Exception:  # noqa: BLE001 - PyperclipException and friends: no clipboard here
            self.copy_to_clipboard(text)
            how = "terminal clipboard (OSC 52)"
        self.say(f"Copied {what} to the {how}")
        return how

    _history_confirm: tuple | None = None  # a step elsewhere the analyst was asked about

    def history_step(self, redo: bool = False, on_screen: list[str] | None = None) -> None:
        """Undo (or redo) the last tag change in the store (after the writes before it) and
        say what happened and where; with ``on_screen``, a step that changes none of those
        articles waits for a second press (tui/store_bridge/undo_scope.py)."""
        from tui.store_bridge.undo_scope import Elsewhere, step

        store, confirmed = self.store, self._history_confirm
        self._history_confirm = None
        self.bridge.write(lambda: step(store, redo, on_screen, confirmed),
                          lambda change: self._history_done(redo, change),
                          changes_tags=lambda change: change is not None and not isinstance(
                              change, Elsewhere))

    def _history_done(self, redo: bool, change: Any) -> None:  # a Change, Elsewhere or None
        from tui.store_bridge.undo_scope import Elsewhere, elsewhere_message, key, where

        if isinstance(change, Elsewhere):
            self._history_confirm = key(redo, change.change)
            self.say(elsewhere_message(self.store, redo, change.change), severity="warning")
            return
        verb = "Redid" if redo else "Undid"
        self.say(f"{verb}: {change.describe()}{where(self.store, change)}" if change else
                 f"Nothing to {'redo' if redo else 'undo'}")

    def save_new_tag(self, data: dict) -> TagBase | SaveError:
        """Validate and store a new tag (the form's save function; it runs in the write
        queue, and the bridge publishes ``tags_changed``)."""
        return self._save_tag(data, new=True)

    def save_edited_tag(self, data: dict) -> TagBase | SaveError:
        """Validate and store an edited tag (the form's save function)."""
        return self._save_tag(data, new=False)

    def _save_tag(self, data: dict, new: bool) -> TagBase | SaveError:
        from pydantic import ValidationError

        from annotations.errors import StoreWriteError
        from annotations.model.models import Stance

        data = {**data, "annotator": data.get("annotator") or self.annotator}
        try:
            tag = self.store.add(data) if new else self.store.update(data)
        except ValidationError as e:
            return SaveError.from_validation(e)
        except StoreWriteError as e:
            return SaveError(None, str(e))
        except (StoreError, ValueError) as e:  # read-only, a missing article, ...
            return SaveError(None, str(e))
        if isinstance(tag, Stance):
            self.last_target = tag.target
        return tag

    # -- actions ------------------------------------------------------------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_sync(self) -> None:
        if self.store_or_none is None or self.readonly:
            self.say("Sync needs the store open for writing", severity="warning")
            return
        self.say("Sync: fetching…")
        self.run_sync()

    @work(thread=True, exclusive=True, exit_on_error=False, group="sync")
    def run_sync(self) -> None:
        """The sync, off the UI thread; its result or failure comes back as one notice."""
        from annotations.errors import ThreadmarkError
        from annotations.team.sync import sync

        try:
            report = sync(self.store, self.annotator,
                          progress=lambda t: self.call_from_thread(self.say, f"Sync: {t}…"),
                          from_login=self.annotator_from == LOGIN,
                          curator=self.settings.curator, curates=self.settings.curates)
        except ThreadmarkError as e:
            self.call_from_thread(self.say, str(e), severity="error", timeout=10)
            return
        self.call_from_thread(self.tags_changed.publish, None)
        self.call_from_thread(self.say, f"Synced: {report.summary()}", timeout=8)
        for line in report.conflicts[:5]:
            self.call_from_thread(self.say, f"Conflict: {line}", severity="warning")
        for line in report.rejected[:5]:  # `threadmark sync` prints every one
            self.call_from_thread(self.say, f"Rejected: {line}", severity="warning")

    def action_export(self) -> None:
        from tui.screens.export import ExportScreen

        if self.store_or_none is None:
            return
        ids = getattr(self.screen, "article_ids", None)
        self.push_screen(ExportScreen(article_ids=list(ids) if ids else None))
