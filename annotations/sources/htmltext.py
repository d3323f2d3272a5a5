"""HTML fragments (comment bodies of Hacker News and Disqus) to plain text with paragraphs."""

from __future__ import annotations

from annotations.compat_htmlparser import CountingHTMLParser, TooBroken

_BLOCK = {"p", "div", "blockquote", "pre", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
          "h6", "table", "tr"}


#: Unparseable constructs (unterminated comments, tags without ``>``) tolerated before a
#: fragment is read by lxml instead: each costs ``HTMLParser`` a search of the rest.
MAX_BROKEN = 50


class _Text(CountingHTMLParser):
    def __init__(self) -> None:
        super().__init__(MAX_BROKEN)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
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
    try:
        p.feed(fragment or "")
        p.close()
    except TooBroken:  # thousands of broken constructs: lxml reads it in linear time
        return _text_by_lxml(fragment)
    return "".join(p.out)


def _text_by_lxml(fragment: str) -> str:
    """``html_to_text`` by lxml's parser (for fragments ``HTMLParser`` would take time with
    the square of their length on); tags with very many attributes are refused before."""
    import lxml.etree
    import lxml.html

    from annotations.sources.html_page import check_attributes

    check_attributes(fragment.encode("utf-8", "surrogatepass"))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    out: list[str] = []
    skip = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag in ("script", "style"):
                skip += 1
            elif el is not root and tag == "br":
                out.append("\n")
            elif el is not root and tag in _BLOCK:
                out.append("\n\n• " if tag == "li" else "\n\n")
            if not skip and tag is not None and el.text:
                out.append(el.text)
        else:
            if tag in ("script", "style"):
                skip -= 1
            elif el is not root and tag in _BLOCK:
                out.append("\n\n")
            if not skip and el is not root and el.tail:
                out.append(el.tail)
    return "".join(out)
