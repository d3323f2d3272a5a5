"""A read-only text view of one part of an article (its body, or one comment's text).

Built on a read-only ``TextArea`` as Posting's ``ReadOnlyTextArea`` is: a reading cursor,
shift+arrow and ctrl+shift+arrow selection, ``v`` sentence and ``V`` paragraph selection, and
``q`` / ``s`` / ``c`` to tag what is selected; suggestions (``passage_suggestions``) and search
(``passage_search``) are mixins. Block kinds, tagged spans (coloured by kind), suggestions and
search matches are drawn by stylizing the lines ``get_line`` returns.

Offsets: the view's text is the part's text with hidden boilerplate removed and control
characters replaced one-for-one, so a display offset maps to a source offset through a short
list of kept segments.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.compat_textual import (
    QuietRefreshSize,
    clear_line_cache,
    forget_watches,
    set_virtual_size_quietly,
    text_area_theme,
)
from tui.kind_colours import Palette, palette
from tui.widgets.lean_scrollbar import LeanScrollbars
from tui.widgets.line_styles import flatten_dense
from tui.widgets.passage.offsets import PassageOffsets
from tui.widgets.passage.search import PassageSearch
from tui.widgets.passage.select import PassageSelection
from tui.widgets.passage.suggestions import (
    SUGGESTION_BINDINGS,
    PassageSuggestions,
    SuggestionAction,
)

if TYPE_CHECKING:
    from annotations.model.article import Article
    from annotations.model.models import TagBase

#: Block kinds drawn in their own style (colours: ``kind_colours``, per theme).
STYLED_BLOCKS = frozenset({"quote", "attribution", "caption", "tags", "boilerplate"})
FOCUS_TAG_STYLE = Style(reverse=True)


_b = keyed("passage")


@dataclass(frozen=True)
class Span:
    """A styled range of source offsets (a tag or a block)."""

    start: int
    end: int
    kind: str
    tag_id: str | None = None


class PassageView(QuietRefreshSize, LeanScrollbars, PassageOffsets, PassageSelection,
                  PassageSearch, PassageSuggestions, TextArea):
    """Read, select and tag the text of one part of an article."""

    BINDINGS = [
        _b("j", "cursor_down", "Down", "down", "Reading cursor down one line"),
        _b("k", "cursor_up", "Up", "up", "Reading cursor up one line"),
        _b("right_curly_bracket", "paragraph(1)", "Next paragraph", "next-paragraph",
           "Move the reading cursor to the next paragraph"),
        _b("left_curly_bracket", "paragraph(-1)", "Previous paragraph", "previous-paragraph",
           "Move the reading cursor to the previous paragraph"),
        _b("v", "select_sentence", "Sentence", "select-sentence",
           "Select the sentence under the cursor; again: extend by one sentence", show=True),
        _b("V", "select_paragraph", "Paragraph", "select-paragraph",
           "Select the paragraph under the cursor; again: extend by one paragraph"),
        _b("W", "snap_words", "Whole words", "snap-words", "Widen the selection to whole words"),
        _b("escape", "clear_selection", "Clear", "clear", "Clear the selection"),
        _b("q", "tag('quote')", "Quote", "tag-quote",
           "Tag the selection (or the sentence) as a quote: who said it", show=True),
        _b("s", "tag('stance')", "Stance", "tag-stance",
           "Tag the selection (or the sentence) as a stance: who is for or against what",
           show=True),
        _b("c", "tag('claim')", "Claim", "tag-claim",
           "Tag the selection (or the sentence) as a check-worthy claim", show=True),
        *SUGGESTION_BINDINGS,
    ]
    SuggestionAction = SuggestionAction

    # TextArea's selection repaints the whole widget on every cursor move; here only the rows
    # the old and the new selection cover are repainted (see watch_selection).
    selection: Reactive[Selection] = reactive(
        Selection(), init=False, always_update=True, repaint=False
    )

    @dataclass
    class TagRequested(Message):
        """The user asked to tag ``start:end`` (source offsets) of ``part`` as ``kind``
        (``fields``: what a suggestion proposes for the form)."""

        view: PassageView
        kind: str
        part: str
        start: int
        end: int
        fields: dict | None = None

    @dataclass
    class SelectionCleared(Message):
        """``escape`` cleared the selection (a stepped-to suggestion's, say)."""

        view: PassageView

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False,
                         id=id, classes=classes, highlight_cursor_line=False)
        self.match_cursor_bracket = False  # prose, not code: no bracket pairs lit up
        self.cursor_blink = False  # steadier for long reading, and deterministic snapshots
        self.article: Article | None = None
        self.part: str = "body"
        self.show_boilerplate = False
        self._segments: list[tuple[int, int, int]] = []  # (display start, source start, len)
        self._disp_starts: list[int] = []
        self._line_starts: list[int] = [0]
        self._block_spans: list[Span] = []
        self._tag_spans: list[Span] = []
        self._matches: list[tuple[int, int]] = []  # display offsets
        self.query_text = ""
        self._line_spans: dict[int, list[tuple[int, int, Style]]] = {}
        self._flat_spans: dict[int, list[tuple[int, int, Style]]] = {}  # by line, as drawn
        self.focused_tag: str | None = None
        self._suggestions = []
        self.current_suggestion = None
        self.show_suggestions = True

    def watch_selection(self, old: Selection, new: Selection) -> None:
        """Repaint the visual rows spanned by the previous and the new selection."""
        if not self.is_mounted:
            return
        wrapped = self.wrapped_document
        doc = self.document
        rows = [old.start[0], old.end[0], new.start[0], new.end[0]]
        first, last = max(0, min(rows)), min(max(rows), doc.line_count - 1)
        try:
            top = wrapped.location_to_offset((first, 0)).y
            bottom = wrapped.location_to_offset((last, len(doc[last]))).y
        except (IndexError, ValueError):
            self.refresh()
            return
        self.refresh_lines(top, bottom - top + 1)

    # -- rendering ----------------------------------------------------------------------------

    _css_applied_to: object = None

    _palette: Palette | None = None

    def on_resize(self) -> None:
        # the text re-wraps at the new width: bring the reading cursor back into view
        self.call_after_refresh(self.scroll_cursor_visible, animate=False)

    def on_focus(self) -> None:
        self.refresh()  # the cursor line shows while the pane has the focus

    def on_blur(self) -> None:
        self.refresh()

    def on_unmount(self) -> None:
        # TextArea watches the app's theme from mount on and never lets go: Textual drops a
        # closed watcher only when the theme next changes, keeping this view (and its line
        # cache) alive until then
        forget_watches(self, self.app)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._css_applied_to = None
        if self._palette is not None and self._palette is not palette(self.app):
            self.call_later(self._restyle)  # a new theme: its own kind colours

    def render_lines(self, crop: Region) -> list[Strip]:
        """TextArea re-reads its CSS into its theme on every call, which is every frame whose
        repaint merely touches this pane's container; here only after a style change.
        (The theme object is private: ``compat_textual``.)"""
        theme = text_area_theme(self)
        if theme is not None and self._css_applied_to is not theme:
            theme.apply_css(self)
            self._css_applied_to = theme
        return Widget.render_lines(self, crop)

    # -- size -------------------------------------------------------------------------------

    def refresh_size(self) -> None:
        """New text changes only the height, and the vertical scrollbar is always shown
        (``overflow-y: scroll``), so no screen-wide layout pass is needed: repaint only.
        (TextArea's private size hook calls this: ``compat_textual.QuietRefreshSize``.)"""
        if not self.soft_wrap:
            self.default_refresh_size()
            return
        size = Size(0, self.wrapped_document.height)
        if size != self.virtual_size:
            set_virtual_size_quietly(self, size)
            self.refresh()

    # -- loading ------------------------------------------------------------------------------

    def show_part(self, article: Article | None, part: str, tags: list[TagBase] = (),
                  show_boilerplate: bool | None = None, title: Text | None | bool = False,
                  ) -> None:
        """Show ``part`` (``"body"`` or a comment id) of ``article`` with its tags, and
        ``title`` in the top border (``False``: keep the title)."""
        # Loading repaints the whole pane several times over (TextArea, the title, the tags).
        # When it is not focused and not scrolled, only the rows the old or the new text cover
        # and the title's border row change: repaint just those.
        partial = not self.has_focus and self.scroll_offset.y == 0 and self.is_mounted
        old_rows = self._text_rows()
        self._held_repaint = None if partial else False
        try:
            self._show_part(article, part, tags, show_boilerplate, title)
        finally:
            held, self._held_repaint = self._held_repaint, False
        if held and self.scroll_offset.y == 0:
            rows = max(old_rows, self._text_rows())
            # content-relative, so the top border row (the title's) is at -offset
            ox, oy = self.content_offset
            super().refresh(Region(-ox, -oy, self.outer_size.width, oy + rows))
        elif held:
            super().refresh()

    _subtitle: Text | None = None

    def set_border_subtitle(self, text: Text | None) -> None:
        """Show ``text`` in the bottom border, repainting only that row, and nothing when it
        is what the border shows (Textual's setter repaints the whole pane: on every reading
        cursor move, that was most of the key's cost)."""
        if text == self._subtitle:
            return
        self._subtitle = text
        if not self.is_mounted:
            self.border_subtitle = text
            return
        held, self._held_repaint = self._held_repaint, None
        try:
            self.border_subtitle = text
        finally:
            self._held_repaint = held
        ox, oy = self.content_offset  # content-relative: the bottom border row
        super().refresh(Region(-ox, self.outer_size.height - oy - 1, self.outer_size.width, 1))

    def _text_rows(self) -> int:
        """How many content rows the text covers on screen."""
        if not self.is_mounted:
            return 0
        return min(self.wrapped_document.height - self.scroll_offset.y + 1,
                   self.scrollable_content_region.height)

    #: None: collecting repaints (show_part); True: one was held back; False: not collecting
    _held_repaint: bool | None = False

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> PassageView:
        if self._held_repaint is not False and repaint and not layout and not recompose:
            self._held_repaint = True
            return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def _show_part(self, article: Article | None, part: str, tags: list[TagBase],
                   show_boilerplate: bool | None, title: Text | None | bool) -> None:
        if title is not False:
            self.border_title = title
        if article is not self.article or part != self.part:  # marks of the old text go
            self._suggestions = []
            self.current_suggestion = None
        self.article = article
        self.part = part
        if show_boilerplate is not None:
            self.show_boilerplate = show_boilerplate
        source = article.part_text(part) if article is not None else None
        source = source or ""
        hidden: list[tuple[int, int]] = []
        self._block_spans = []
        if article is not None and part == "body":
            for b in article.blocks:
                if b.kind in STYLED_BLOCKS:
                    self._block_spans.append(Span(b.start, b.end, b.kind))
                if b.kind == "boilerplate" and not self.show_boilerplate:
                    s = source.rfind("\n", 0, b.start) + 1
                    e = b.end
                    while e < len(source) and source[e] == "\n":
                        e += 1
                    if e >= len(source):  # at the end: drop the newlines before it too
                        while s > 0 and source[s - 1] == "\n":
                            s -= 1
                    hidden.append((s, e))
        # kept segments
        segs: list[tuple[int, int, int]] = []
        pos = disp = 0
        for s, e in sorted(hidden):
            if s > pos:
                segs.append((disp, pos, s - pos))
                disp += s - pos
            pos = max(pos, e)
        if pos < len(source) or not segs:
            segs.append((disp, pos, len(source) - pos))
        self._segments = segs
        self._disp_starts = [d for d, _, _ in segs]
        display = "".join(source[s : s + n] for _, s, n in segs)
        display = visible(display).replace("\t", " ")
        lines = display.split("\n")
        self._line_starts = [0, *accumulate(len(ln) + 1 for ln in lines)][: len(lines)]
        self._matches = []
        self.query_text = ""
        # which puts the cursor at (0, 0); nothing listens for these messages, and each would
        # bubble up through every container to the app
        with self.prevent(TextArea.Changed, TextArea.SelectionChanged):
            self.load_text(display)
        self.set_tags(tags)
        if self.scroll_offset != (0, 0):
            self.scroll_home(animate=False)

    def set_tags(self, tags: list[TagBase], focused: str | None = None) -> None:
        """Highlight these tags (only those anchored on this part are drawn)."""
        aid = self.article.id if self.article is not None else None
        spans = [Span(t.anchor.start, t.anchor.end, t.kind, str(t.id)) for t in tags
                 if t.anchor.article_id == aid and t.anchor.part == self.part]
        # outer spans first, so inner ones (a claim inside a quote) are drawn on top
        spans.sort(key=lambda s: (-(s.end - s.start), s.start))
        self._tag_spans = spans
        self.focused_tag = focused
        self._restyle()

    @property
    def tag_spans(self) -> list[Span]:
        """The tag spans drawn in this view (source offsets)."""
        return list(self._tag_spans)

    # -- styling ------------------------------------------------------------------------------

    def _display_pieces(self, ds: int, de: int) -> Iterator[tuple[int, int, int]]:
        """(row, start column, end column) of each line the display range ds:de covers."""
        if de <= ds:
            return
        r0, c0 = self.location_of(ds)
        r1, c1 = self.location_of(de)
        for r in range(r0, r1 + 1):
            yield r, c0 if r == r0 else 0, c1 if r == r1 else 10**9

    def _pieces(self, s: int, e: int) -> Iterator[tuple[int, int, int]]:
        """The same for the source range s:e (hidden text left out)."""
        for d, src, n in self._segments:
            lo, hi = max(s, src), min(e, src + n)
            if lo < hi:
                yield from self._display_pieces(d + lo - src, d + hi - src)

    def _restyle(self) -> None:
        per_line: dict[int, list[tuple[int, int, Style]]] = {}

        def add(pieces: Iterator[tuple[int, int, int]], style: Style) -> None:
            for r, start, end in pieces:
                per_line.setdefault(r, []).append((start, end, style))

        colours = self._palette = palette(self.app)
        for sp in self._block_spans:
            add(self._pieces(sp.start, sp.end), colours.blocks[sp.kind])
        if self.show_suggestions:  # beneath the saved tags: a saved tag always shows
            for sg in self._suggestions:
                current = sg is self.current_suggestion
                add(self._pieces(sg.start, sg.end),
                    colours.suggestion_current if current else colours.suggestion)
        for sp in self._tag_spans:
            style = colours.tags[sp.kind]
            if sp.tag_id is not None and sp.tag_id == self.focused_tag:
                style = style + FOCUS_TAG_STYLE
            add(self._pieces(sp.start, sp.end), style)
        for ds, de in self._matches:
            add(self._display_pieces(ds, de), colours.match)
        self._line_spans = per_line
        self._flat_spans = {}
        clear_line_cache(self)
        self.refresh()

    def restyle_current_suggestion(self, previous: object) -> None:
        """The current suggestion moved on from ``previous``: restyle only the lines of
        those two (``]``/``[`` cost the same however many tags the pane holds)."""
        colours = self._palette
        current = self.current_suggestion
        if previous is current:
            return
        if colours is None or not self.show_suggestions:
            self._restyle()
            return
        rows = set()
        for sg, old, new in ((previous, colours.suggestion_current, colours.suggestion),
                             (current, colours.suggestion, colours.suggestion_current)):
            if sg is None:
                continue
            for r, start, end in self._pieces(sg.start, sg.end):
                entries = self._line_spans.get(r, [])
                try:
                    i = entries.index((start, end, old))
                except ValueError:  # not drawn as it was thought to be: draw everything
                    self._restyle()
                    return
                entries[i] = (start, end, new)
                self._flat_spans.pop(r, None)
                rows.add(r)
        clear_line_cache(self)
        if rows:  # repaint those lines only
            self.refresh_rows(min(rows), max(rows))

    def refresh_rows(self, first: int, last: int) -> None:
        """Repaint the screen rows that document lines ``first`` to ``last`` wrap onto."""
        if not self.is_mounted:
            return
        wrapped = self.wrapped_document
        last = min(last, self.document.line_count - 1)
        try:
            top = wrapped.location_to_offset((first, 0)).y
            bottom = wrapped.location_to_offset((last, len(self.document[last]))).y
        except (IndexError, ValueError):
            self.refresh()
            return
        self.refresh_lines(top, bottom - top + 1)

    def in_view(self, *offsets: int) -> bool:
        """Whether the screen rows of these display offsets are all in view now."""
        if not self.is_mounted:
            return False
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        wrapped = self.wrapped_document
        for d in offsets:
            try:
                y = wrapped.location_to_offset(self.location_of(d)).y
            except (IndexError, ValueError):
                return False
            if not top <= y < top + height:
                return False
        return True

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        flat = self._flat_spans.get(line_index)
        if flat is None:  # once per line and restyle: drawn as many times as it repaints
            flat = flatten_dense(self._line_spans.get(line_index, []), len(line.plain))
            self._flat_spans[line_index] = flat
        for s, e, style in flat:
            line.stylize(style, s, e)
        if self.has_focus and line_index == self.selection.end[0] and self._palette:
            # the reading cursor's line: beneath the tag colours, so they still show on it
            line.stylize_before(self._palette.cursor_line)
        return line

    def set_show_boilerplate(self, show: bool, tags: list[TagBase]) -> None:
        """Show (dimmed) or hide boilerplate, keeping the cursor near the same text."""
        src = self.to_source(self.cursor_offset)
        self.show_part(self.article, self.part, tags, show_boilerplate=show)
        d = self.to_display(src)
        if d is not None:
            self.move_cursor(self.location_of(d), center=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # escape clears a selection; with none, the key goes on to the screen (back)
        if action == "clear_selection":
            a, b = self.selection
            return a != b
        if action == "suggestion_act" and parameters == ("edit",):
            return self.suggestion_ready(action)
        return super().check_action(action, parameters)
