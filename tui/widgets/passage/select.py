"""Reading-cursor moves and selections in a passage view: by paragraph, sentence and whole
words, and the tag keys that act on what is selected (a mixin of ``PassageView``)."""

from __future__ import annotations

from annotations.text.nav import (
    next_sentence,
    paragraph_at,
    paragraph_bounds,
    sentence_at,
    snap_to_words,
    word_left,
    word_right,
)


class PassageSelection:
    """``PassageView``'s cursor and selection actions (state lives in the view)."""

    def action_paragraph(self, step: int) -> None:
        text = self.text
        cur = self.cursor_offset
        bounds = paragraph_bounds(text)
        if step > 0:
            target = next((s for s, _ in bounds if s > cur), None)
        else:
            target = next((s for s, _ in reversed(bounds) if s < cur), None)
        if target is not None:
            self.move_cursor(self.location_of(target), center=True)

    def _select_unit(self, at, bounds_after) -> None:
        """Select the unit (sentence, paragraph) at the cursor, or extend by the next one."""
        text = self.text
        a, b = self.selection
        if a == b:
            span = at(text, self.cursor_offset)
        else:
            s, e = sorted((self.offset_of(a), self.offset_of(b)))
            nxt = bounds_after(text, e)
            span = (s, nxt[1]) if nxt else None
        if span:
            self.selection = self.selection.__class__(self.location_of(span[0]),
                                                      self.location_of(span[1]))

    def action_select_sentence(self) -> None:
        self._select_unit(sentence_at, next_sentence)

    def action_select_paragraph(self) -> None:
        self._select_unit(paragraph_at, lambda text, e: next(
            ((ps, pe) for ps, pe in paragraph_bounds(text) if pe > e), None))

    def get_cursor_word_left_location(self) -> tuple[int, int]:
        """``ctrl+left``: the start of the word before the cursor (Unicode word boundaries,
        dictionary words in Chinese and Japanese), not TextArea's ``\\w`` runs."""
        return self.location_of(word_left(self.text, self.cursor_offset))

    def get_cursor_word_right_location(self) -> tuple[int, int]:
        """``ctrl+right``: the end of the word after the selection's end."""
        return self.location_of(word_right(self.text, self.offset_of(self.selection.end)))

    def action_snap_words(self) -> None:
        a, b = self.selection
        if a == b:
            return
        s, e = sorted((self.offset_of(a), self.offset_of(b)))
        s, e = snap_to_words(self.text, s, e)
        self.selection = self.selection.__class__(self.location_of(s), self.location_of(e))

    def action_clear_selection(self) -> None:
        self.move_cursor(self.selection.end)
        self.post_message(self.SelectionCleared(self))

    def action_tag(self, kind: str) -> None:
        rng = self.selected_range()
        if rng is None:
            span = sentence_at(self.text, self.cursor_offset)
            if span is None:
                self.app.bell()
                return
            rng = (self.to_source(span[0]), self.to_source(span[1]))
            self.selection = self.selection.__class__(self.location_of(span[0]),
                                                      self.location_of(span[1]))
        self.post_message(self.TagRequested(self, kind, self.part, *rng))
