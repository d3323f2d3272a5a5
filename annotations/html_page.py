"""A saved news page (HTML in any declared encoding) as an article, by trafilatura.

trafilatura finds the main text and the page's metadata (title, site name, authors, date,
canonical URL). Its output becomes blocks: paragraphs, headings, block quotes, image captions
and list items; the page's remaining text (menus, teasers, footers) is kept at the end as
``boilerplate`` (hidden by default). A page with almost no running text (a home page, a login
wall, a page drawn by scripts) is refused: fewer than 40 words, counting 2 Chinese or Japanese
characters as a word (``annotations.text.measure``). The page is decoded once, as trafilatura
decodes it, and every text of it (main text, title, boilerplate) comes from that one tree.
"""

from __future__ import annotations

import re
from typing import Any

from .article import Article
from .build import clean_text, make_article
from .page_title import page_headline
from .text.measure import MIN_READING_WORDS, describe_length, reading_words

#: Fewest words of running text (paragraphs, quotes, headings) a page must have
#: (CJK characters count ``CJK_CHARS_PER_WORD`` to a word).
MIN_WORDS = MIN_READING_WORDS
#: Most lines of page furniture kept as boilerplate.
MAX_FURNITURE_LINES = 300
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*[\"'\s>]",
                   re.IGNORECASE)
_LEAF = {"p": "paragraph", "head": "heading", "quote": "quote", "item": "paragraph",
         "cell": "paragraph", "code": "paragraph"}


class NotAnArticle(ValueError):
    """The page holds no article text (the message says what was found)."""


def _blocks(main: Any) -> list[tuple[str, str]]:
    """(kind, text) in document order; a leaf's descendants are part of its text."""
    out: list[tuple[str, str]] = []
    stack = [iter(main)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "graphic":
            cap = el.get("title") or el.get("alt") or ""
            if cap.strip():
                out.append(("caption", clean_text(cap)))
        elif tag in _LEAF:
            text = clean_text(" ".join(el.itertext()))
            if text:
                prefix = "• " if tag == "item" else ""
                out.append((_LEAF[tag], prefix + text))
        else:
            stack.append(iter(el))
    return out


def _language(data: bytes, found: str | None) -> str | None:
    if found:
        return found.split("-")[0].lower()
    m = _LANG.search(data[:20000])
    return m.group(1).decode().lower() if m else None


def _furniture(doc: Any, main_text: str) -> list[tuple[str, str]]:
    """The page's other text (navigation, teasers, footers), one line per piece, as
    boilerplate: every text piece of the page (``doc``, which this empties of scripts and
    its head) that the main text does not hold."""
    for bad in doc.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    seen: set[str] = set()
    lines: list[str] = []
    for piece in doc.itertext():
        line = clean_text(piece)
        if len(line) < 3 or line in seen or line in main_text:
            continue
        seen.add(line)
        lines.append(line)
        if len(lines) >= MAX_FURNITURE_LINES:
            break
    return [("boilerplate", "\n".join(lines))] if lines else []


def article_from_html(data: bytes) -> Article:
    """The article on a saved page; ``NotAnArticle`` when there is none."""
    from copy import deepcopy

    import trafilatura
    from lxml import etree

    # one decoding for everything: trafilatura's (it reads UTF-8 as UTF-8 whatever the page
    # declares; lxml alone would read an undeclared page as Latin-1)
    doc = trafilatura.load_html(data)
    if doc is None:
        raise NotAnArticle("not an HTML page that can be read")
    xml = trafilatura.extract(deepcopy(doc), output_format="xml", with_metadata=True,
                              include_comments=False, include_images=True,
                              include_tables=True)
    if not xml:
        raise NotAnArticle("no article text on this page (a home page, a login wall, or a "
                           "page its scripts draw?)")
    root = etree.fromstring(xml.encode(), etree.XMLParser(resolve_entities=False,
                                                          no_network=True))
    main = root.find("main")
    blocks = _blocks(main) if main is not None else []
    running = "\n".join(t for k, t in blocks if k in ("paragraph", "quote", "heading"))
    if reading_words(running) < MIN_WORDS:
        raise NotAnArticle(f"only {describe_length(running)} of running text: no article on "
                           "this page (a home page, a login wall, or a page its scripts draw?)")
    main_text = "\n".join(t for _, t in blocks)
    title = (page_headline(doc, clean_text(root.get("title") or ""), root.get("sitename"))
             or blocks[0][1][:120])
    authors = [a.strip() for a in (root.get("author") or "").split(";") if a.strip()]
    return make_article(
        title, blocks + _furniture(doc, main_text), [],
        source=root.get("sitename") or root.get("hostname") or None,
        url=root.get("url") or None, authors=authors, published_at=root.get("date") or None,
        language=_language(data, root.get("language")))
