"""The reader's tag forms: opened on a selection, a whole comment or a suggestion, filled with
the defaults (the suggester's speaker for a quote, the comment's author for a stance, the
speaker around a claim) (``ReaderScreen`` owns a ``ReaderTagging``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotations.model.kind_table import WHO_FIELDS
from tui.widgets.passage.view import PassageView

if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.model.models import Anchor, TagBase
    from tui.screens.reader import ReaderScreen


#: A quote's fields that go with its speaker.
_WITH_SPEAKER = frozenset({"speaker_role", "cue"})


class ReaderTagging:
    """``ReaderScreen``'s tag forms (it reads the screen's articles and found suggestions)."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen

    def requested(self, event: PassageView.TagRequested) -> None:
        """``q``/``s``/``c`` in a pane: the form on its selection."""
        view = event.view
        article = view.article
        if article is None:
            return
        from annotations.model.models import Anchor

        anchor = Anchor.for_span(article, event.part, event.start,  # type: ignore[arg-type]  # an ArticleView has the part_text and id for_span reads
                                 event.end)
        self.open_form(view, event.kind, anchor, event.fields)

    def open_form(self, view: PassageView, kind: str, anchor: Anchor,
                  fields: dict | None = None) -> None:
        """The tag form on ``anchor``, filled with the defaults (and a suggestion's fields)."""
        from tui.screens.tag_form import TagForm

        article = view.article
        if article is None:
            return
        defaults = self.defaults(kind, article, anchor)  # type: ignore[arg-type]  # an ArticleView has the parts attribute() reads
        fields = fields or {}
        # a suggestion that names its speaker brings that speaker's role and cue, even empty:
        # never those of another quote around it ("Ann Lee", not Tom Reed's "spokesman")
        own = kind == "quote" and bool(fields.get("speaker"))
        for k, v in fields.items():
            if k in defaults or k == "claim_type":
                defaults[k] = v or ("" if own and k in _WITH_SPEAKER else defaults.get(k, ""))
        app = self.screen.app
        app.push_screen(TagForm(kind, anchor, defaults, app.save_new_tag), self._after_form)

    def defaults(self, kind: str, article: Article, anchor: Anchor) -> dict:
        """What the form starts with for ``kind`` on ``anchor``."""
        from annotations.model.models import Quote
        from annotations.suggest import attribute, default_holder  # not before a form opens

        known = self.screen.suggestions.known(article.id)
        if kind == "quote":  # the suggester's fields for this span: form and marks agree
            g = attribute(article, anchor.part, anchor.start, anchor.end, known)
            return {"speaker": g["speaker"] or "", "speaker_role": g["speaker_role"] or "",
                    "cue": g["cue"] or "", "mode": g["mode"]}
        app = self.screen.app
        if kind == "stance":
            return {"holder": default_holder(article, anchor.part),
                    "target": app.last_target or self._last_target() or ""}
        claimant = ""
        for t in app.store.tags(article_id=article.id, kind="quote", part=anchor.part):
            if isinstance(t, Quote) and t.anchor.start <= anchor.start and (
                    anchor.end <= t.anchor.end):
                claimant = t.speaker
        if not claimant and anchor.part == "body":
            claimant = attribute(article, "body", anchor.start, anchor.end, known)["speaker"] or ""
        return {"claimant": claimant}

    def _last_target(self) -> str | None:
        store = self.screen.app.store
        from annotations.model.models import Stance

        stances = [t for aid in self.screen.article_ids
                   for t in store.tags(article_id=aid, kind="stance") if isinstance(t, Stance)]
        if not stances:
            return None
        return max(stances, key=lambda t: t.updated).target

    def _after_form(self, tag: TagBase | None) -> None:
        if tag is not None:  # who said it, as accepting a suggestion says
            who = next((v for f in WHO_FIELDS if (v := getattr(tag, f, None))), None)
            self.screen.app.say(f"Saved {getattr(tag, 'kind', 'tag')}{f' ({who})' if who else ''}")
