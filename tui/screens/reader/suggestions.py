"""The reader's suggestions: computed in a worker (the UI never waits), marked faintly in the
text, accepted with one key, opened in the form with ``enter``, rejected (remembered in the
store, undoable) with another, hidden with a toggle (``ReaderScreen`` owns a
``ReaderSuggestions``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.message import Message
from textual.worker import Worker, WorkerState

from tui.compat_textual import forgets_its_worker
from tui.gc_session import freeze_long_lived
from tui.store_bridge.bridge import never, saved_tag
from tui.store_bridge.save_error import SaveError
from tui.widgets.passage.suggestions import SuggestionAction, SuggestionsShown

if TYPE_CHECKING:
    from annotations.model.models import Anchor, TagBase
    from annotations.suggest import Suggestion
    from tui.screens.reader import ReaderScreen
    from tui.widgets.passage.view import PassageView


@dataclass
class SuggestionsReady(Message):
    """The worker found the suggestions of one article."""

    article_id: str
    items: list[Suggestion]


def describe(s: Suggestion) -> str:
    """One line for the status bar: ``Suggested quote: Zhao Lijian (said, direct) 0.90``."""
    f = s.fields
    if s.kind == "quote":
        how = ", ".join(x for x in (f.get("cue"), f.get("mode")) if x)
        who = f.get("speaker") or "speaker unknown"
    else:
        how, who = f.get("claim_type") or "", f.get("claimant") or "claimant unknown"
    return f"Suggested {s.kind}: {who} ({how}) {s.score:.2f} · A accept · enter edit · X reject"


def tag_data(s: Suggestion, anchor: dict) -> dict | None:
    """The tag a suggestion saves as it is; None when it lacks what the kind requires."""
    f = s.fields
    if s.kind == "quote":
        if not f.get("speaker"):
            return None
        return {"kind": "quote", "anchor": anchor, "speaker": f["speaker"],
                "speaker_role": f.get("speaker_role"), "cue": f.get("cue"),
                "mode": f.get("mode") or "direct"}
    return {"kind": "claim", "anchor": anchor, "claimant": f.get("claimant"),
            "claim_type": f.get("claim_type") or "factual"}


class ReaderSuggestions:
    """``ReaderScreen``'s suggestions: those found per article, whether they are shown (the
    one owner of that flag; the sides' panes read it), accepting and rejecting them."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.shown = SuggestionsShown()
        #: each open article's suggestions, once the worker has found them (None: not started)
        self.found: dict[str, list[Suggestion]] | None = None

    def start(self) -> None:
        """Compute every open article's suggestions in the background."""
        self.found = {}
        self.screen.run_worker(partial(_find_all, self.screen), thread=True, exclusive=True,
                               exit_on_error=False, group="suggest",
                               name="compute_suggestions")

    def known(self, article_id: str) -> list[Suggestion] | None:
        """The article's suggestions the worker already found (None: not yet)."""
        return (self.found or {}).get(article_id)

    def worker_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "suggest" and event.state == WorkerState.ERROR:
            self.screen.app.say(f"Suggestions failed: {event.worker.error}", severity="warning")

    def ready(self, message: SuggestionsReady) -> None:
        """The worker found an article's suggestions: mark them."""
        if self.found is None:
            self.found = {}
        self.found[message.article_id] = message.items
        screen = self.screen
        for side in screen.sides:  # the validated tags replace the first frame's marks, once
            if side.article.id == message.article_id and side.drawn_from_marks:
                side.drawn_from_marks = False
                side.set_tags(screen.tags_of(message.article_id))
        self.refresh()
        screen.update_status()  # "· 27 suggested"
        # the article, its tags validated and its suggestions live as long as the reader:
        # out of the collector's reach until it closes (``on_unmount`` releases them), so a
        # full collection does not re-scan them (50,000 tags: ~350 ms, a key's pause)
        freeze_long_lived()

    def visible(self, article_id: str) -> list[Suggestion]:
        """An article's suggestions minus the rejected ones and those a saved tag of the same
        kind already covers."""
        store = self.screen.app.store
        rejected = store.rejected(article_id)
        tagged: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for t in store.tags(article_id=article_id):
            tagged.setdefault((t.kind, t.anchor.part), []).append((t.anchor.start, t.anchor.end))
        return [s for s in (self.found or {}).get(article_id, ())
                if s.key not in rejected and not any(
                    a < s.end and s.start < b for a, b in tagged.get((s.kind, s.part), ()))]

    def refresh(self) -> None:
        """Redraw the marks after tags, rejections or the toggle changed."""
        if self.found is None:
            return
        for side in self.screen.sides:
            if side.article.id in self.found:
                side.set_suggestions(self.visible(side.article.id))

    def toggle(self) -> None:
        """``S``: show or hide them."""
        self.shown.on = not self.shown.on
        self.refresh()
        self.screen.update_status()
        self.screen.app.say("Suggestions shown" if self.shown.on else "Suggestions hidden")

    def named(self, s: Suggestion | None) -> None:
        """A pane stepped to (or into) ``s``: say what it is on the status line, before
        the counts (called from a watch, in the same repaint as the pane's)."""
        if s is not None:
            self.screen.update_status(describe(s), first=True)

    def act(self, event: SuggestionAction) -> None:
        """A pane's suggestion accepted, opened in the form or rejected."""
        from annotations.model.models import Anchor

        s, view = event.suggestion, event.view
        article = view.article
        if article is None:
            return
        screen, app = self.screen, self.screen.app
        if event.action == "reject":
            app.bridge.write(lambda: app.store.reject(article.id, s.key, s.exact),
                             partial(self._rejected, s), changes_tags=never)
            return
        anchor = Anchor.for_span(article, s.part, s.start,  # type: ignore[arg-type]  # an ArticleView has the part_text and id for_span reads
                                 s.end)
        data = tag_data(s, anchor.model_dump())
        if event.action == "edit" or data is None:
            if data is None:
                app.say("No speaker found: fill it in", severity="warning")
            screen.tagging.open_form(view, s.kind, anchor, dict(s.fields))
            return
        # saved as it is, in the app's write queue (validation and fsync off the UI thread)
        app.bridge.write(partial(app.save_new_tag, data),
                         partial(self._accepted, s, view, anchor, data), changes_tags=saved_tag)

    def _rejected(self, s: Suggestion, result: object) -> None:  # (a refusal is said)
        self.refresh()
        self.screen.update_status()
        self.screen.app.say(f"Rejected the suggested {s.kind} · u undoes")

    def _accepted(self, s: Suggestion, view: PassageView, anchor: Anchor, data: dict,
                  result: TagBase | SaveError) -> None:
        if isinstance(result, SaveError):  # one line saying why; the form, filled in
            self.screen.app.say(result.message, severity="error")
            self.screen.tagging.open_form(view, s.kind, anchor, dict(s.fields))
            return
        who = data.get("speaker") or data.get("claimant") or ""
        self.screen.app.say(f"Saved {s.kind}{f' ({who})' if who else ''}")  # durable when shown


@forgets_its_worker  # else the idle pool thread keeps the screen alive once it closes
def _find_all(screen: ReaderScreen) -> None:
    """The finder over each open article (a worker thread: it only posts messages)."""
    from annotations.suggest import suggest

    store = screen.app.store
    for aid in screen.article_ids:
        art = store.article(aid)  # validated here, off the UI thread
        store.tags(article_id=aid)  # (the first frame drew the stored records)
        if art is not None:
            screen.post_message(SuggestionsReady(aid, suggest(art)))
