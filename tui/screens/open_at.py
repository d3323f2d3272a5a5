"""Open the reader at a tag or at a comment (the tag browser's and the comparison's enter)."""

from __future__ import annotations

from textual.app import App


def open_at_tag(app: App, article_id: str, tag_id: str) -> None:
    """Push a reader on the article and select the tag's span once it is drawn."""
    from tui.screens.reader import ReaderScreen

    reader = ReaderScreen([article_id])
    app.push_screen(reader)
    reader.call_after_refresh(reader.call_after_refresh, reader.jump_to, tag_id)


def open_at_comment(app: App, article_id: str, comment_id: str) -> None:
    """Push a reader on the article with its comment tree at the comment."""
    from tui.screens.reader import ReaderScreen

    reader = ReaderScreen([article_id])
    app.push_screen(reader)

    def show() -> None:
        side = reader.sides[0]
        side.tree.go_to_comment(comment_id)
        side.tree.focus()

    reader.call_after_refresh(reader.call_after_refresh, show)
