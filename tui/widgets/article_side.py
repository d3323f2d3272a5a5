"""One article in the reader: its text, its comment tree and the focused comment's text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Container
from textual.widgets import Static

from annotations.model.article_view import short_comment_id
from annotations.store.tags_by_part import TagsByPart
from annotations.util.safe_text import visible
from tui.widgets.comment_tree import CommentTree
from tui.widgets.covered import Covered
from tui.widgets.passage.suggestions import SuggestionsShown
from tui.widgets.passage.view import PassageView

if TYPE_CHECKING:
    from annotations.suggest import Suggestion
    from tui.widgets.reading import Drawable, Readable


def article_heading(article: Readable) -> Text:
    """Title and outlet, as plain text (never markup)."""
    t = Text(visible(article.title), style="bold", no_wrap=True, overflow="ellipsis")
    n = article.comment_count()
    parts = [article.source or "unknown outlet"]
    if article.authors:
        parts.append(", ".join(article.authors[:3]))
    if article.published_at:
        parts.append(article.published_at[:10])
    parts.append(f"{n} comment{'' if n == 1 else 's'}")
    if article.url:
        parts.append(article.url)
    t.append("  " + visible(" · ".join(parts)), style="dim")
    return t


def is_link_body(body: str) -> bool:
    """Whether an article's body is only a link (a Reddit or Hacker News link post)."""
    words = body.split()
    return len(words) == 1 and words[0].startswith(("http://", "https://"))


class ArticleSide(Container):
    """The panes of one article; ``index`` is 0 (left) or 1 (right).

    Blank itself (``BLANK``), as its title and columns (``Covered``) cover it: Textual
    draws every widget a repaint overlaps whole, from its cache of rows, so each container
    layer drew its ~40 rows on every key."""

    BLANK = True

    def __init__(self, article: Readable, index: int,
                 suggestions_shown: SuggestionsShown | None = None) -> None:
        super().__init__(id=f"side-{index}", classes="side")
        self.article = article
        self.index = index
        self.shown_comment: str | None = None  # the comment in the comment pane
        self.suggestions_by_part: dict[str, list[Suggestion]] = {}
        #: whether suggestions are shown (the reader's flag, read by this side's panes)
        self.suggestions_shown = suggestions_shown or SuggestionsShown()
        #: the first frame drew this side's tags from their records (redrawn once validated)
        self.drawn_from_marks = False
        #: the article's tags by part, rebuilt when they change (``load``, ``set_tags``)
        self.tag_index = TagsByPart()

    def compose(self) -> ComposeResult:
        with Covered(classes="side-title-row"):  # so pane repaints do not overlap its clip
            yield Static(article_heading(self.article), classes="side-title")
        # few container layers: each one re-renders the rows of every repaint below it
        with Covered(classes="body-col"):  # so thread repaints do not overlap its clip
            yield PassageView(id=f"body-{self.index}", classes="body-view",
                              suggestions_shown=self.suggestions_shown)
        with Covered(classes="thread"):
            yield CommentTree(id=f"tree-{self.index}", classes="tree")
            yield PassageView(id=f"comment-{self.index}", classes="comment-view",
                              suggestions_shown=self.suggestions_shown)

    @property
    def body(self) -> PassageView:
        return self.query_one(f"#body-{self.index}", PassageView)

    @property
    def tree(self) -> CommentTree:  # type: ignore[override]  # DOMNode.tree is a debug view of the DOM; here the comment tree
        return self.query_one(f"#tree-{self.index}", CommentTree)

    @property
    def comment_view(self) -> PassageView:
        return self.query_one(f"#comment-{self.index}", PassageView)

    def load(self, tags: Sequence[Drawable], show_boilerplate: bool) -> None:
        """Fill the panes."""
        self.tag_index = TagsByPart(tags)
        self.body.show_part(self.article, "body", self.tag_index.part("body"),
                            show_boilerplate=show_boilerplate)
        self.tree.load(self.article)
        self._mark_tree(tags)
        if not self.article.comments:
            self.add_class("no-comments")
        elif is_link_body(self.article.body):  # a link post: the thread takes the room
            self.add_class("link-body")

    def show_comment(self, comment_id: str | None, tags: Sequence[Drawable] | None = None) -> None:
        """Show one comment's text in the comment pane, its author and time as its title,
        with its tags (from ``tags`` if given, which then become this side's, else from the
        side's index: a cursor key costs the same however many tags the article holds)."""
        if tags is not None and tags is not self.tag_index.tags:
            self.tag_index = TagsByPart(tags)
        self.shown_comment = comment_id
        c = self.article.comment(comment_id) if comment_id else None
        view = self.comment_view
        if c is None:
            view.show_part(None, "body", title=None)
            return
        # the title sits in the pane's own border: it repaints with the pane, at no extra cost
        t = Text(visible(c.author), style="bold")
        if c.name and c.name != c.author:
            t.append(f" ({visible(c.name)})")
        t.append(f"  {c.posted_at:%d %b %Y %H:%M}  #{short_comment_id(c.id)}", style="dim")
        # one restyle and one repaint: the title (a rich Text: never markup), the tags, the
        # suggestions and a search of the thread (its matches show in the text too)
        view.show_part(self.article, c.id, self.tag_index.part(c.id), title=t,
                       suggestions=self.suggestions_by_part.get(c.id, []),
                       query=self.tree.query_text)

    def set_suggestions(self, items: list[Suggestion]) -> None:
        """Mark these suggestions (of any part) in the body and the comment pane (shown or
        hidden as ``suggestions_shown`` says)."""
        by_part: dict[str, list[Suggestion]] = {}
        for s in items:
            by_part.setdefault(s.part, []).append(s)
        self.suggestions_by_part = by_part
        self.body.set_suggestions(by_part.get("body", []))
        view = self.comment_view
        if view.article is not None:
            view.set_suggestions(by_part.get(view.part, []))

    def set_tags(self, tags: Sequence[Drawable], focused: str | None = None) -> None:
        """Redraw tag highlights everywhere in this side."""
        index = self.tag_index = TagsByPart(tags)
        self.body.set_tags(index.part("body"), focused)
        view = self.comment_view
        if view.article is not None:
            view.set_tags(index.part(view.part), focused)
        self._mark_tree(tags)

    def _mark_tree(self, tags: Sequence[Drawable]) -> None:
        self.tree.set_tagged(self.tag_index.tagged_comments())
