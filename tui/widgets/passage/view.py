"""A read-only text view of one part of an article (its body, or one comment's text).

Built on a read-only ``TextArea`` as Posting's ``ReadOnlyTextArea`` is: a reading cursor,
shift+arrow and ctrl+shift+arrow selection, ``v`` sentence and ``V`` paragraph selection, and
``q`` / ``s`` / ``c`` to tag what is selected. The view owns its helpers: an ``OffsetMap``
(``offsets.py``), ``SearchMatches`` (``search.py``) and ``SuggestionMarks``
(``suggestions.py``); the selection moves are functions in ``select.py``. Block kinds, tagged
spans (coloured by kind), suggestions and search matches are drawn by stylizing the lines
``get_line`` returns.

Offsets: the view's text is the part's text with hidden boilerplate removed and control
characters replaced one-for-one, so a display offset maps to a source offset through a short
list of kept segments.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive, reactive, var
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from annotations.text.nav import sentence_at, word_left, word_right
from annotations.util.safe_text import visible
from tui.bindings import keyed
from tui.compat_textual import (
    clear_line_cache,
    default_refresh_size,
    default_render_row,
    forget_watches,
    routes_refresh_size,
    routes_render_row,
    set_virtual_size_quietly,
    text_area_theme,
    wrapped_line_info,
)
from tui.kind_colours import Palette, palette
from tui.widgets.lean_scrollbar import lean_vertical_scrollbar, restyle_scrollbar
from tui.widgets.line_styles import (
    Combined,
    clip,
    cut,
    flatten_dense,
    is_dense,
    reflatten,
    swap_in_layer,
)
from tui.widgets.passage import select
from tui.widgets.passage.offsets import OffsetMap, kept_segments
from tui.widgets.passage.search import SearchMatches
from tui.widgets.passage.suggestions import (
    SUGGESTION_BINDINGS,
    SuggestionAction,
    SuggestionMarks,
    SuggestionsShown,
)

if TYPE_CHECKING:
    from annotations.suggest import Suggestion
    from tui.widgets.reading import Drawable, Readable

#: Block kinds drawn in their own style (colours: ``kind_colours``, per theme).
STYLED_BLOCKS = frozenset({"quote", "attribution", "caption", "tags", "boilerplate"})
FOCUS_TAG_STYLE = Style(reverse=True)


_b = keyed("passage")


@dataclass(frozen=True)
class _RowConstants:
    """What every row of one repaint of a reading pane shares."""

    theme: Any
    base_style: Style
    line_style: Style | None
    target_width: int
    width: int
    scroll_y: int
    console: Console


@dataclass(frozen=True)
class Span:
    """A styled range of source offsets (a tag or a block)."""

    start: int
    end: int
    kind: str
    tag_id: str | None = None


@routes_render_row
@routes_refresh_size
class PassageView(TextArea):
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

    #: The suggestion last stepped to or into (set on every step, to the same one too). The
    #: reader watches it to name the suggestion on the status line: a watch runs at once, so
    #: the status line repaints in the same frame as the pane (a message would arrive after
    #: the pane's repaint and cost a second frame on every ``]``/``[``).
    named_suggestion: var[Suggestion | None] = var(None, init=False, always_update=True)

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

    def __init__(self, *, id: str | None = None, classes: str | None = None,
                 suggestions_shown: SuggestionsShown | None = None) -> None:
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False,
                         id=id, classes=classes, highlight_cursor_line=False)
        self.match_cursor_bracket = False  # prose, not code: no bracket pairs lit up
        self.cursor_blink = False  # steadier for long reading, and deterministic snapshots
        self.article: Readable | None = None
        self.part: str = "body"
        self.show_boilerplate = False
        self.offsets = OffsetMap()  # display <-> source <-> (row, column)
        self._block_spans: list[Span] = []
        self._tag_spans: list[Span] = []
        #: (article id, part) -> the tags last drawn there and their spans: a part shown
        #: again with the very same tags (the side's index by part) makes no span anew
        self._spans_of: dict[tuple[str | None, str], tuple[Sequence[Drawable], list[Span]]] = {}
        self.search_matches = SearchMatches()  # the search's matches (display offsets)
        self._line_spans: dict[int, list[tuple[int, int, Style]]] = {}
        self._flat_spans: dict[int, list[tuple[int, int, Style]]] = {}  # by line, as drawn
        self._dense: set[int] = set()  # the lines whose drawn pieces are flattened
        #: each line's suggestions' entries in ``_line_spans`` (from, to), one after another;
        #: None when another entry may share their styles (a step then reflattens)
        self._suggestion_entries: dict[int, tuple[int, int]] | None = {}
        self._combined = Combined()  # their combined styles, until the next restyle
        self.focused_tag: str | None = None
        #: the suggestions marked here (the reader owns whether they are shown)
        self.marks = SuggestionMarks(suggestions_shown or SuggestionsShown())
        # nothing listens for these, and each one a cursor move or a loaded text posted
        # bubbled through every container to the app (five dispatches a key)
        self.disable_messages(TextArea.SelectionChanged, TextArea.Changed)

    def watch_selection(self, old: Selection, new: Selection) -> None:
        """Repaint the visual rows of the previous and of the new selection (not the rows
        between them: ``]`` steps from one suggestion to another further down). Nothing
        while ``show_part`` loads a text: it repaints every row the texts cover."""
        if not self.is_mounted or self._held_repaint is not False:
            return
        last_row = self.document.line_count - 1
        spans = [sorted((sel.start[0], sel.end[0])) for sel in (old, new)]
        if any(b > last_row for _, b in spans):  # the old one lay in another text
            spans = [[min(a for a, _ in spans), last_row]]
        for a, b in spans:
            self.refresh_rows(max(0, a), b)

    # -- rendering ----------------------------------------------------------------------------

    _css_applied_to: object = None

    _palette: Palette | None = None

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """A ``LeanScrollBar`` (made on first use)."""
        return lean_vertical_scrollbar(self)

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
        restyle_scrollbar(self)
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
        self._frame_lines = {}  # the rows of one text line share its styling, in this call
        self._frame = self._frame_constants() if self._reads_plainly() else None
        try:
            return Widget.render_lines(self, crop)
        finally:
            self._frame_lines = None
            self._frame = None

    #: document line -> its styled sections (one per screen row), while ``render_lines`` runs
    _frame_lines: dict[int, list[Text] | list[tuple[list[Segment], int]]] | None = None
    #: what every row of one ``render_lines`` call shares (None: drawn by TextArea)
    _frame: _RowConstants | None = None

    def _reads_plainly(self) -> bool:
        """Whether the pane is set up as a reading pane (wrapped, read-only, no line numbers,
        syntax, cursor line, bracket matching or placeholder): drawn by ``render_row``."""
        return (self.soft_wrap and self.read_only and not self.show_line_numbers
                and not self.highlight_cursor_line and not self.match_cursor_bracket
                and not self.suggestion and self.language is None and not self.placeholder)

    def _frame_constants(self) -> _RowConstants:
        theme = text_area_theme(self)
        base_style = (theme.base_style if theme and theme.base_style is not None
                      else self.rich_style)
        return _RowConstants(
            theme=theme, base_style=base_style,
            line_style=theme.base_style if theme else None,
            target_width=self.scrollable_content_region.size.width - self.gutter_width,
            width=self.size.width, scroll_y=self.scroll_offset.y, console=self.app.console)

    def render_line(self, y: int) -> Strip:
        """Screen row ``y``: a reading pane's rows are drawn straight by ``render_row``;
        TextArea's own ``render_line`` first works out a cache key of fifteen of its
        settings for every row (and joins the whole text to test for a placeholder), and
        its cache never hits here: the pane's rows are asked for again only once they
        changed (Textual keeps the drawn rows), and a new text or restyle empties it."""
        if self._frame is None:
            return super().render_line(y)
        return self.render_row(y)

    def render_row(self, y: int) -> Strip:
        """Screen row ``y`` as TextArea draws it (its line cache missed), but styling and
        dividing each text line once for all its rows in a repaint, where TextArea does it
        for each row: a paragraph wrapped onto ten rows was styled ten times. Drawn by
        TextArea itself outside what a reading pane uses (line numbers, syntax, tabs...).
        (TextArea's private hook calls this: ``compat_textual.routes_render_row``.)"""
        c = self._frame
        if c is None:
            if not self._reads_plainly():
                return default_render_row(self, y)
            c = self._frame_constants()
        info = wrapped_line_info(self, y + c.scroll_y)
        if info is None:
            return Strip.blank(c.width, c.base_style)
        line_index, section = info
        frame = self._frame_lines
        sections: list[Text] | list[tuple[list[Segment], int]] | None = (
            frame.get(line_index) if frame is not None else None)
        if sections is None:
            sections = (self._flat_sections(line_index)
                        or self._styled_sections(line_index, c.theme))
            if sections is None:  # tabs: TextArea expands them
                return default_render_row(self, y)
            if frame is not None:
                frame[line_index] = sections
        line = sections[section]
        # one Strip, not three (TextArea's rendered strip, then padded, then on the base
        # style): each Strip makes seven caches, and a new comment draws a dozen rows
        if isinstance(line, Text):
            segments = list(line.render(c.console))
            cells = line.cell_len
        else:
            segments, cells = list(line[0]), line[1]
        if cells < c.target_width:
            segments.append(Segment(" " * (c.target_width - cells), c.line_style))
            cells = c.target_width
        return Strip(Segment.apply_style(segments, c.base_style), cells)

    def _flat_sections(self, line_index: int) -> list[tuple[list[Segment], int]] | None:
        """The rows (segments, cells) of text line ``line_index`` made straight from its
        styled ranges when neither the selection nor the cursor touches it: the segments
        rich renders from the line styled with them (one per piece between the ranges'
        starts and ends, or per flattened piece of a dense line; one per gap; cut where the
        line wraps), without a ``Text`` styled, divided and rendered span by span. None
        otherwise (tabs, the cursor's line, a selected one)."""
        start, end = self.selection
        (top_row, _), (bottom_row, _) = sorted((start, end))
        if (start != end and top_row <= line_index <= bottom_row) or (
                self.has_focus and line_index == end[0]):
            return None
        text = self.document[line_index]
        if "\t" in text:
            return None
        flat = self._flat_of(line_index, len(text))
        if line_index not in self._dense and len(flat) > 1:
            flat = cut(flat, self._combined)  # overlapping: rich cuts at every end
        text += " "  # as TextArea draws a line: a cell for the cursor at its end
        offsets = self.wrapped_document.get_offsets(line_index)
        rows = []
        k = 0
        for a, b in zip([0, *offsets], [*offsets, len(text)], strict=True):
            segments = []
            at = a
            while k < len(flat) and flat[k][1] <= a:
                k += 1
            j = k
            while j < len(flat) and flat[j][0] < b:
                s, e, style = flat[j]
                s, e = max(s, a), min(e, b)
                if s > at:
                    segments.append(Segment(text[at:s]))
                segments.append(Segment(text[s:e], style))
                at = e
                j += 1
            if at < b:
                segments.append(Segment(text[at:b]))
            rows.append((segments, cell_len(text[a:b])))
        return rows

    def _styled_sections(self, line_index: int, theme: object) -> list[Text] | None:
        """Text line ``line_index`` with the selection and the cursor styled as TextArea
        styles them, divided at its wrap offsets (None when it holds a tab)."""
        line = self.get_line(line_index)
        if "\t" in line.plain:
            return None
        count = len(line)
        line.tab_size = self.indent_width
        line.set_length(count + 1)  # space at end for cursor
        start, end = self.selection
        cursor_row, cursor_column = end
        (top_row, top_column), (bottom_row, bottom_column) = sorted((start, end))
        selection_style = getattr(theme, "selection_style", None)
        if start != end and top_row <= line_index <= bottom_row and selection_style:
            if count == 0 and line_index != cursor_row:  # an empty line in the selection
                line.plain = "▌"
                line.stylize(Style(color=selection_style.bgcolor))
            elif line_index == top_row == bottom_row:
                line.stylize(selection_style, start=top_column, end=bottom_column)
            elif line_index == top_row:
                line.stylize(selection_style, start=top_column, end=count)
            elif line_index == bottom_row:
                line.stylize(selection_style, end=bottom_column)
            else:
                line.stylize(selection_style, end=count)
        cursor_style = getattr(theme, "cursor_style", None)
        if cursor_row == line_index and self.show_cursor and self.has_focus and cursor_style:
            line.stylize(cursor_style, cursor_column, cursor_column + 1)
        offsets = self.wrapped_document.get_offsets(line_index)
        if not offsets:
            return [line]
        sections = list(line.divide(offsets))
        for part in sections:
            part.end = ""
        return sections

    # -- size -------------------------------------------------------------------------------

    def refresh_size(self) -> None:
        """New text changes only the height, and the vertical scrollbar is always shown
        (``overflow-y: scroll``), so no screen-wide layout pass is needed: repaint only.
        (TextArea's private size hook calls this: ``compat_textual.routes_refresh_size``.)"""
        if not self.soft_wrap:
            default_refresh_size(self)
            return
        size = Size(0, self.wrapped_document.height)
        if size != self.virtual_size:
            set_virtual_size_quietly(self, size)
            self.refresh()

    # -- loading ------------------------------------------------------------------------------

    def show_part(self, article: Readable | None, part: str, tags: Sequence[Drawable] = (),
                  show_boilerplate: bool | None = None,
                  title: Text | None | Literal[False] = False,
                  suggestions: list[Suggestion] | None = None, query: str = "",
                  ) -> None:
        """Show ``part`` (``"body"`` or a comment id) of ``article`` with its tags, and
        ``title`` in the top border (``False``: keep the title); with ``suggestions``
        (``None``: keep those of the same part) and the matches of ``query`` marked, all
        styled and repainted once."""
        # Loading repaints the whole pane several times over (TextArea, the title, the tags).
        # When it is not focused and not scrolled, only the rows the old or the new text cover
        # and the title's border row change: repaint just those.
        partial = not self.has_focus and self.scroll_offset.y == 0 and self.is_mounted
        old_rows = self._text_rows()
        self._held_repaint = None if partial else False
        try:
            self._show_part(article, part, tags, show_boilerplate, title, suggestions, query)
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

    def _show_part(self, article: Readable | None, part: str, tags: Sequence[Drawable],
                   show_boilerplate: bool | None, title: Text | None | Literal[False],
                   suggestions: list[Suggestion] | None, query: str) -> None:
        if title is not False:
            self.border_title = title
        if article is not self.article or part != self.part:  # marks of the old text go
            self.marks.clear()
        if suggestions is not None:
            self.marks.set(suggestions, part)
        self.article = article
        self.part = part
        if show_boilerplate is not None:
            self.show_boilerplate = show_boilerplate
        source = article.part_text(part) if article is not None else None
        source = source or ""
        self._block_spans = []
        blocks = article.blocks if article is not None and part == "body" else []
        for b in blocks:
            if b.kind in STYLED_BLOCKS:
                self._block_spans.append(Span(b.start, b.end, b.kind))
        segs = kept_segments(source, [] if self.show_boilerplate else blocks)
        display = "".join(source[s : s + n] for _, s, n in segs)
        display = visible(display).replace("\t", " ")
        self.offsets = OffsetMap(segs, display.split("\n"))
        self.search_matches.clear()
        self.load_text(display)  # which puts the cursor at (0, 0)
        if query:
            self.search_matches.run(query, self.text)
        self.set_tags(tags)  # styles all of it
        if self.scroll_offset != (0, 0):
            self.scroll_home(animate=False)

    def set_tags(self, tags: Sequence[Drawable], focused: str | None = None) -> None:
        """Highlight these tags (only those anchored on this part are drawn)."""
        aid = self.article.id if self.article is not None else None
        key = (aid, self.part)
        known = self._spans_of.get(key)
        if known is not None and known[0] is tags:  # the same tags (a comment shown again)
            spans = known[1]
        else:
            spans = [Span(t.anchor.start, t.anchor.end, t.kind, str(t.id)) for t in tags
                     if t.anchor.article_id == aid and t.anchor.part == self.part]
            # outer spans first, so inner ones (a claim inside a quote) are drawn on top
            spans.sort(key=lambda s: (-(s.end - s.start), s.start))
            if len(self._spans_of) >= self.SPANS_KEPT:
                self._spans_of.clear()
            self._spans_of[key] = (tags, spans)
        self._tag_spans = spans
        self.focused_tag = focused
        self._restyle()

    #: how many parts' tag spans are kept (``set_tags``), by the tags they were made from
    SPANS_KEPT = 256

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
        for d, src, n in self.offsets.segments:
            lo, hi = max(s, src), min(e, src + n)
            if lo < hi:
                yield from self._display_pieces(d + lo - src, d + hi - src)

    def _restyle(self) -> None:
        per_line: dict[int, list[tuple[int, int, Style]]] = {}

        def add(pieces: Iterator[tuple[int, int, int]], style: Style) -> None:
            for r, start, end in pieces:
                per_line.setdefault(r, []).append((start, end, style))

        colours = self._palette = palette(self.app)
        others: set[Style] = set()  # the styles drawn besides the suggestions'
        for sp in self._block_spans:
            add(self._pieces(sp.start, sp.end), colours.blocks[sp.kind])
            others.add(colours.blocks[sp.kind])
        before = {r: len(entries) for r, entries in per_line.items()}
        if self.marks.shown.on:  # beneath the saved tags: a saved tag always shows
            for sg in self.marks.items:
                current = sg is self.marks.current
                add(self._pieces(sg.start, sg.end),
                    colours.suggestion_current if current else colours.suggestion)
        layer = {r: (before.get(r, 0), len(entries)) for r, entries in per_line.items()
                 if len(entries) > before.get(r, 0)}
        for sp in self._tag_spans:
            style = colours.tags[sp.kind]
            if sp.tag_id is not None and sp.tag_id == self.focused_tag:
                style = style + FOCUS_TAG_STYLE
                others.add(style)
            add(self._pieces(sp.start, sp.end), style)
        for ds, de in self.search_matches.spans:
            add(self._display_pieces(ds, de), colours.match)
        others.update(colours.tags.values())
        others.add(colours.match)
        shared = colours.suggestion in others or colours.suggestion_current in others
        self._suggestion_entries = None if shared else layer
        self._line_spans = per_line
        self._flat_spans = {}
        self._dense = set()
        self._combined = Combined()
        clear_line_cache(self)
        self.refresh()

    def restyle_current_suggestion(self, previous: Suggestion | None) -> None:
        """The current suggestion moved on from ``previous``: restyle only the lines of
        those two (``]``/``[`` cost the same however many tags the pane holds): on each,
        the suggestions' entries are looked at, and the drawn pieces within the two
        suggestions (``swap_in_layer``), not the tags under them."""
        colours = self._palette
        current = self.marks.current
        if previous is current:
            return
        if colours is None or not self.marks.shown.on:
            self._restyle()
            return
        layers = self._suggestion_entries
        layer_styles = (colours.suggestion, colours.suggestion_current)
        runs = []  # the lines of each of the two (not those between them)
        for sg, old, new in ((previous, colours.suggestion_current, colours.suggestion),
                             (current, colours.suggestion, colours.suggestion_current)):
            if sg is None:
                continue
            rows = []
            for r, start, end in self._pieces(sg.start, sg.end):
                entries = self._line_spans.get(r, [])
                lo, hi = layers.get(r, (0, 0)) if layers is not None else (0, len(entries))
                try:
                    i = entries.index((start, end, old), lo, hi)
                except ValueError:  # not drawn as it was thought to be: draw everything
                    self._restyle()
                    return
                entries[i] = (start, end, new)
                flat = self._flat_spans.get(r)
                if flat is not None:  # the pieces within the suggestion only
                    length = len(self.document[r])
                    if r not in self._dense:
                        flat = clip(entries, length)
                    else:
                        swapped = None if layers is None else swap_in_layer(
                            flat, length, start, end, clip(entries[lo:hi], length),
                            layer_styles, self._combined)
                        flat = swapped if swapped is not None else reflatten(
                            flat, entries, length, start, end, old, new, self._combined)
                    self._flat_spans[r] = flat
                rows.append(r)
            if rows:
                runs.append((min(rows), max(rows)))
        clear_line_cache(self)
        for first, last in runs:  # repaint those lines only
            self.refresh_rows(first, last)

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
        for s, e, style in self._flat_of(line_index, len(line.plain)):
            line.stylize(style, s, e)
        if self.has_focus and line_index == self.selection.end[0] and self._palette:
            # the reading cursor's line: beneath the tag colours, so they still show on it
            line.stylize_before(self._palette.cursor_line)
        return line

    def _flat_of(self, line_index: int, length: int) -> list[tuple[int, int, Style]]:
        """Line ``line_index``'s styled ranges as drawn (``length`` long): flattened when
        dense (``flatten_dense``), worked out once per line and restyle."""
        flat = self._flat_spans.get(line_index)
        if flat is None:  # once per line and restyle: drawn as many times as it repaints
            clipped = clip(self._line_spans.get(line_index, []), length)
            flat = flatten_dense(clipped, length, self._combined)
            if is_dense(clipped):
                self._dense.add(line_index)
            self._flat_spans[line_index] = flat
        return flat

    def set_show_boilerplate(self, show: bool, tags: Sequence[Drawable]) -> None:
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

    # -- offsets (``OffsetMap``) --------------------------------------------------------------

    def to_source(self, disp: int) -> int:
        """Display offset -> source offset."""
        return self.offsets.to_source(disp)

    def to_display(self, src: int) -> int | None:
        """Source offset -> display offset (None when it lies in hidden text)."""
        return self.offsets.to_display(src)

    def offset_of(self, location: tuple[int, int]) -> int:
        """(row, column) -> display offset."""
        return self.offsets.offset_of(location)

    def location_of(self, offset: int) -> tuple[int, int]:
        """Display offset -> (row, column)."""
        return self.offsets.location_of(offset)

    def _select_display(self, start: int, end: int) -> None:
        """Select the display range ``start:end`` (the cursor at ``end``)."""
        self.selection = Selection(self.location_of(start), self.location_of(end))

    def _selected_display(self) -> tuple[int, int] | None:
        """The selection as display offsets (start < end), or None."""
        a, b = self.selection
        if a == b:
            return None
        s, e = sorted((self.offset_of(a), self.offset_of(b)))
        return s, e

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as source offsets (start < end), or None if nothing is selected."""
        rng = self._selected_display()
        if rng is None:
            return None
        return self.to_source(rng[0]), self.to_source(rng[1])

    def select_source(self, start: int, end: int) -> bool:
        """Select ``start:end`` (source offsets) and scroll to it."""
        ds, de = self.to_display(start), self.to_display(end)
        if ds is None or de is None:
            return False
        self._select_display(ds, de)
        self.scroll_cursor_visible(center=True, animate=False)
        return True

    def text_for(self, start: int, end: int) -> str:
        """The source text between two source offsets."""
        src = self.article.part_text(self.part) if self.article is not None else None
        return (src or "")[start:end]

    @property
    def cursor_offset(self) -> int:
        """The reading cursor as a display offset."""
        return self.offset_of(self.cursor_location)

    # -- cursor and selection (``select.py``) -------------------------------------------------

    def action_paragraph(self, step: int) -> None:
        target = select.paragraph_target(self.text, self.cursor_offset, step)
        if target is not None:
            self.move_cursor(self.location_of(target), center=True)

    def action_select_sentence(self) -> None:
        span = select.sentence_span(self.text, self.cursor_offset, self._selected_display())
        if span:
            self._select_display(*span)

    def action_select_paragraph(self) -> None:
        span = select.paragraph_span(self.text, self.cursor_offset, self._selected_display())
        if span:
            self._select_display(*span)

    def get_cursor_word_left_location(self) -> tuple[int, int]:
        """``ctrl+left``: the start of the word before the cursor (Unicode word boundaries,
        dictionary words in Chinese and Japanese), not TextArea's ``\\w`` runs."""
        return self.location_of(word_left(self.text, self.cursor_offset))

    def get_cursor_word_right_location(self) -> tuple[int, int]:
        """``ctrl+right``: the end of the word after the selection's end."""
        return self.location_of(word_right(self.text, self.offset_of(self.selection.end)))

    def action_snap_words(self) -> None:
        rng = self._selected_display()
        if rng is not None:
            self._select_display(*select.whole_words(self.text, rng))

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
            self._select_display(*span)
        self.post_message(self.TagRequested(self, kind, self.part, *rng))

    # -- search (``SearchMatches``) -----------------------------------------------------------

    @property
    def query_text(self) -> str:
        """The search's query ("" when none)."""
        return self.search_matches.query

    def search(self, query: str) -> int:
        """Highlight every case-insensitive match of ``query``; returns how many."""
        n = self.search_matches.run(query, self.text)
        self._restyle()
        return n

    def find(self, step: int = 1, include_current: bool = False) -> bool:
        """Put the reading cursor on the next (previous) match, wrapping; False if none."""
        nxt = self.search_matches.next_start(self.cursor_offset, step, include_current)
        if nxt is None:
            return False
        self.move_cursor(self.location_of(nxt), center=True)
        return True

    @property
    def match_count(self) -> int:
        """How many matches the current search has."""
        return len(self.search_matches.spans)

    def match_position(self) -> tuple[int, int]:
        """(k, n): the cursor is on match k of n (k is 0 when it is on none)."""
        return self.search_matches.position(self.cursor_offset)

    # -- suggestions (``SuggestionMarks``) ----------------------------------------------------

    @property
    def current_suggestion(self) -> Suggestion | None:
        """The suggestion last stepped to."""
        return self.marks.current

    def set_suggestions(self, items: list[Suggestion]) -> None:
        """Mark these suggestions (those of this view's part), in reading order."""
        if self.marks.set(items, self.part):
            self._restyle()

    @property
    def suggestions(self) -> list[Suggestion]:
        """The suggestions marked in this view, in reading order: none in hidden text."""
        return self.marks.visible(lambda src: self.to_display(src) is not None)

    def suggestion_at_cursor(self) -> Suggestion | None:
        """The suggestion the reading cursor is in (the one last stepped to, first)."""
        items = self.suggestions
        if not items:
            return None
        return self.marks.at(items, self.to_source(self.cursor_offset))

    def action_suggestion(self, step: int) -> None:
        """Select the next (previous) suggestion in reading order, wrapping."""
        items = self.suggestions
        if not items:
            self.app.bell()
            return
        target = self.marks.step(items, self.to_source(self.cursor_offset), step)
        previous, self.marks.current = self.marks.current, target
        d0, d1 = self.to_display(target.start), self.to_display(target.end)
        if d0 is not None and d1 is not None:
            self._select_display(d1, d0)
            if not self.in_view(d0, d1):  # in view: no scroll, only its lines repaint
                self.scroll_cursor_visible(center=True)
        self.restyle_current_suggestion(previous)  # only the two suggestions' lines
        self.named_suggestion = target

    def action_suggestion_act(self, action: str) -> None:
        """Accept, edit or reject the suggestion under the cursor, named on the status line
        first (the cursor may have moved into another, or another pane named its own)."""
        s = self.suggestion_at_cursor()
        if s is None:
            self.app.bell()
            return
        if s != self.marks.current:  # the cursor moved into another: it is the current one
            self.marks.current = s
            self._restyle()
        self.named_suggestion = s
        self.post_message(SuggestionAction(self, s, action))

    def suggestion_ready(self, action: str) -> bool | None:
        """Whether ``enter`` (edit) has a suggestion to act on: None (shown, disabled) when
        it has not."""
        return True if self.suggestion_at_cursor() is not None else None
