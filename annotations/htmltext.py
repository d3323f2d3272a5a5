"""HTML fragments (comment bodies of Hacker News and Disqus) to plain text with paragraphs."""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCK = {"p", "div", "blockquote", "pre", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
          "h6", "table", "tr"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in _BLOCK:
            self.out.append("\n\n")
            if tag == "li":
                self.out.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: ``<p>`` and block tags become blank lines, ``<br>`` a
    newline, entities decoded, scripts dropped."""
    p = _Text()
    p.feed(fragment or "")
    p.close()
    return "".join(p.out)
