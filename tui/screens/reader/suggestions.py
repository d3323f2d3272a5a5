"""The reader's suggestions: computed in a worker (the UI never waits), marked faintly in the
text, accepted with one key, opened in the form with ``enter``, rejected (remembered in the
store, undoable) with another, hidden with a toggle (a mixin of ``ReaderScreen``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.worker import Worker, WorkerState

from annotations.errors import StoreError
from tui.compat_textual import forgets_its_worker

if TYPE_CHECKING:
    from annotations.suggest import Suggestion
    from tui.widgets.passage.suggestions import SuggestionAction


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
    """``ReaderScreen``'s suggestions (its sides, store and status line)."""

    show_suggestions: bool = True

    def start_suggestions(self) -> None:
        """Compute every open article's suggestions in the background."""
        self._all_suggestions: dict[str, list[Suggestion]] = {}
        self.compute_suggestions()

    @work(thread=True, exclusive=True, exit_on_error=False, group="suggest")
    @forgets_its_worker  # else the idle pool thread keeps this screen alive once it closes
    def compute_suggestions(self) -> None:
        """The finder over each open article (a worker thread: it only posts messages)."""
        from annotations.suggest import suggest

        for aid in self.article_ids:
            art = self.app.store.article(aid)  # validated here, off the UI thread
            self.app.store.tags(article_id=aid)  # (the first frame drew the stored records)
            if art is not None:
                self.post_message(SuggestionsReady(aid, suggest(art)))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "suggest" and event.state == WorkerState.ERROR:
            self.app.say(f"Suggestions failed: {event.worker.error}", severity="warning")

    def on_suggestions_ready(self, message: SuggestionsReady) -> None:
        self._all_suggestions[message.article_id] = message.items
        for side in self.sides:  # the validated tags replace the first frame's marks, once
            if side.article.id == message.article_id and side.drawn_from_marks:
                side.drawn_from_marks = False
                side.set_tags(self._tags(message.article_id))
        self.refresh_suggestions()
        self.update_status()  # "· 27 suggested"

    def visible_suggestions(self, article_id: str) -> list[Suggestion]:
        """An article's suggestions minus the rejected ones and those a saved tag of the same
        kind already covers."""
        store = self.app.store
        rejected = store.rejected(article_id)
        tagged: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for t in store.tags(article_id=article_id):
            tagged.setdefault((t.kind, t.anchor.part), []).append((t.anchor.start, t.anchor.end))
        return [s for s in self._all_suggestions.get(article_id, ())
                if s.key not in rejected and not any(
                    a < s.end and s.start < b for a, b in tagged.get((s.kind, s.part), ()))]

    def refresh_suggestions(self) -> None:
        """Redraw the marks after tags, rejections or the toggle changed."""
        if not hasattr(self, "_all_suggestions"):
            return
        for side in self.sides:
            if side.article.id in self._all_suggestions:
                side.set_suggestions(self.visible_suggestions(side.article.id),
                                     self.show_suggestions)

    def action_toggle_suggestions(self) -> None:
        self.show_suggestions = not self.show_suggestions
        self.refresh_suggestions()
        self.update_status()
        self.app.say("Suggestions shown" if self.show_suggestions else "Suggestions hidden")

    def on_passage_view_suggestion_action(self, event: SuggestionAction) -> None:
        from annotations.model.models import Anchor

        s, view = event.suggestion, event.view
        article = view.article
        if article is None:
            return
        if event.action == "focus":
            self.update_status(describe(s), first=True)  # what it is, before the counts
            return
        if event.action == "reject":
            self.app.writes.submit(lambda: self.app.store.reject(article.id, s.key, s.exact),
                                   partial(self._rejected, s))
            return
        anchor = Anchor.for_span(article, s.part, s.start, s.end)
        data = tag_data(s, anchor.model_dump())
        if event.action == "edit" or data is None:
            if data is None:
                self.app.say("No speaker found: fill it in", severity="warning")
            self.open_tag_form(view, s.kind, anchor, dict(s.fields))
            return
        # saved as it is, in the app's write queue (validation and fsync off the UI thread)
        self.app.writes.submit(partial(self.app.save_new_tag, data),
                               partial(self._accepted, s, view, anchor, data))

    def _rejected(self, s: Suggestion, result: object) -> None:
        if isinstance(result, StoreError):
            self.app.say(str(result), severity="error")
            return
        if isinstance(result, Exception):
            raise result
        self.refresh_suggestions()
        self.update_status()
        self.app.say(f"Rejected the suggested {s.kind} · u undoes")

    def _accepted(self, s: Suggestion, view, anchor, data: dict, result) -> None:
        from tui.store_bridge.save_error import SaveError

        if isinstance(result, Exception):
            raise result  # a bug, not a refusal (those come as SaveError)

        if isinstance(result, SaveError):  # one line saying why; the form, filled in
            self.app.say(result.message, severity="error")
            self.open_tag_form(view, s.kind, anchor, dict(s.fields))
            return
        who = data.get("speaker") or data.get("claimant") or ""
        self.app.say(f"Saved {s.kind}{f' ({who})' if who else ''}")  # durable when shown
