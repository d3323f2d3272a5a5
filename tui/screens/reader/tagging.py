"""The reader's tag forms: opened on a selection, a whole comment or a suggestion, filled with
the defaults (the suggester's speaker for a quote, the comment's author for a stance, the
speaker around a claim) (a mixin of ``ReaderScreen``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.widgets.passage.view import PassageView

if TYPE_CHECKING:
    from annotations.model.models import Anchor, TagBase


class ReaderTagging:
    """``ReaderScreen``'s tag forms (its app, store and article ids)."""

    def on_passage_view_tag_requested(self, event: PassageView.TagRequested) -> None:
        view = event.view
        article = view.article
        if article is None:
            return
        from annotations.model.models import Anchor

        anchor = Anchor.for_span(article, event.part, event.start, event.end)
        self.open_tag_form(view, event.kind, anchor, event.fields)

    def open_tag_form(self, view: PassageView, kind: str, anchor: Anchor,
                      fields: dict | None = None) -> None:
        """The tag form on ``anchor``, filled with the defaults (and a suggestion's fields)."""
        from tui.screens.tag_form import TagForm

        defaults = self._defaults(kind, view.article, anchor)
        for k, v in (fields or {}).items():
            if k in defaults or k == "claim_type":
                defaults[k] = v or defaults.get(k, "")
        self.app.push_screen(TagForm(kind, anchor, defaults, self.app.save_new_tag),
                             self._after_form)

    def _defaults(self, kind: str, article, anchor: Anchor) -> dict:
        from annotations.suggest import attribute, default_holder  # not before a form opens

        if kind == "quote":  # the suggester's fields for this span: form and marks agree
            g = attribute(article, anchor.part, anchor.start, anchor.end, self._known(article))
            return {"speaker": g["speaker"] or "", "speaker_role": g["speaker_role"] or "",
                    "cue": g["cue"] or "", "mode": g["mode"]}
        if kind == "stance":
            return {"holder": default_holder(article, anchor.part),
                    "target": self.app.last_target or self._last_target() or ""}
        claimant = ""
        for t in self.app.store.tags(article_id=article.id, kind="quote", part=anchor.part):
            if t.anchor.start <= anchor.start and anchor.end <= t.anchor.end:
                claimant = t.speaker
        if not claimant and anchor.part == "body":
            claimant = attribute(article, "body", anchor.start, anchor.end,
                                 self._known(article))["speaker"] or ""
        return {"claimant": claimant}

    def _known(self, article) -> list | None:
        """The article's suggestions the reader's worker already found (None: not yet)."""
        return getattr(self, "_all_suggestions", {}).get(article.id)

    def _last_target(self) -> str | None:
        stances = [t for aid in self.article_ids
                   for t in self.app.store.tags(article_id=aid, kind="stance")]
        if not stances:
            return None
        return max(stances, key=lambda t: t.updated).target

    def _after_form(self, tag: TagBase | None) -> None:
        if tag is not None:  # who said it, as accepting a suggestion says
            who = getattr(tag, "speaker", None) or getattr(tag, "holder", None) or getattr(
                tag, "claimant", None)
            self.app.say(f"Saved {tag.kind}{f' ({who})' if who else ''}")
