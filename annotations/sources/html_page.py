"""A saved news page (HTML in any declared encoding) as an article, by trafilatura.

trafilatura finds the main text and the page's metadata (title, site name, authors, date,
canonical URL). Its output becomes blocks: paragraphs, headings, block quotes, image captions
and list items; the page's remaining text (menus, teasers, footers) is kept at the end as
``boilerplate`` (hidden by default). A page with almost no running text (a home page, a login
wall, a page drawn by scripts) is refused: fewer than 40 words, counting 2 Chinese or Japanese
characters as a word (``annotations.text.measure``). The page is decoded once, as trafilatura
decodes it, and every text of it (main text, title, boilerplate) comes from that one tree.

Bounded: trafilatura's time grows faster than a page's size, and libxml2 checks each
attribute of a tag against all the others, so a page is refused, in one line, before any of
that when it is over ``MAX_PAGE_BYTES``, has a tag of more than ``MAX_ATTRIBUTES``
attributes, or more than ``MAX_ELEMENTS`` elements (real news pages have about a thousand).
"""

from __future__ import annotations

import re
from typing import Any

from annotations.model.article import Article
from annotations.model.build import clean_text, make_article
from annotations.sources.page_title import page_headline
from annotations.text.measure import MIN_READING_WORDS, describe_length, reading_words

#: Fewest words of running text (paragraphs, quotes, headings) a page must have
#: (CJK characters count ``CJK_CHARS_PER_WORD`` to a word).
MIN_WORDS = MIN_READING_WORDS
#: Most lines of page furniture kept as boilerplate.
MAX_FURNITURE_LINES = 300
#: Largest saved page read (bytes): trafilatura's own limit (its ``MAX_FILE_SIZE``).
MAX_PAGE_BYTES = 20_000_000
#: Most elements a page may have (the real pages of tests/fixtures have 400 to 1,200).
MAX_ELEMENTS = 30_000
#: Most attributes one tag may carry.
MAX_ATTRIBUTES = 1_000
#: Characters of main text the boilerplate step may search in all, past its forward cursor.
MAX_FURNITURE_SEARCH = 200_000_000
#: A tag long enough to hold more than ``MAX_ATTRIBUTES`` attributes (each is at least a
#: name and a space).
_LONG_TAG = re.compile(rb"<([A-Za-z][A-Za-z0-9:-]{0,40})([^<>]{%d,})" % (2 * MAX_ATTRIBUTES))
_ATTR_NAME = re.compile(rb"[^\s\"'=<>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?")
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


def check_attributes(data: bytes) -> None:
    """``NotAnArticle`` for a tag of more than ``MAX_ATTRIBUTES`` attributes (libxml2's
    check of duplicate attributes takes time with the square of their number)."""
    for m in _LONG_TAG.finditer(data):
        n = sum(1 for _ in _ATTR_NAME.finditer(m.group(2)))
        if n > MAX_ATTRIBUTES:
            tag = m.group(1).decode("ascii", "replace").lower()
            raise NotAnArticle(f"a <{tag}> tag with {n:,} attributes (at byte {m.start():,}; "
                               f"the limit is {MAX_ATTRIBUTES:,}): not a news page")


def check_page(data: bytes) -> Any:
    """The page as trafilatura decodes it, once its size, its tags' attributes and its
    elements are within the limits (``NotAnArticle`` says which is not). The size and the
    attributes are checked on the bytes, before any parser; time linear in the page."""
    import trafilatura

    if len(data) > MAX_PAGE_BYTES:
        raise NotAnArticle(f"a page of {len(data) / 1e6:.1f} MB is over the "
                           f"{MAX_PAGE_BYTES / 1e6:.0f} MB limit for saved pages")
    check_attributes(data)
    # one decoding for everything: trafilatura's (it reads UTF-8 as UTF-8 whatever the page
    # declares; lxml alone would read an undeclared page as Latin-1)
    doc = trafilatura.load_html(data)
    if doc is None:
        raise NotAnArticle("not an HTML page that can be read")
    n = sum(1 for _ in doc.iter())
    if n > MAX_ELEMENTS:
        raise NotAnArticle(f"{n:,} elements, over the limit of {MAX_ELEMENTS:,} for a saved "
                           "page (news pages have about a thousand)")
    return doc


def _furniture(doc: Any, main_text: str) -> list[tuple[str, str]]:
    """The page's other text (navigation, teasers, footers), one line per piece, as
    boilerplate: every text piece of the page (``doc``, which this empties of scripts and
    its head) that the main text does not hold.

    Pieces of the main text come in its order, so each is looked for from where the last
    one was found (a forward cursor), and only a miss searches the whole main text; those
    whole searches stop after ``MAX_FURNITURE_SEARCH`` characters (the furniture found so
    far is kept). Time linear in the page (it was a whole search per piece before).
    """
    for bad in doc.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    seen: set[str] = set()
    lines: list[str] = []
    cursor = 0
    budget = MAX_FURNITURE_SEARCH
    for piece in doc.itertext():
        line = clean_text(piece)
        if len(line) < 3 or line in seen:
            continue
        near = main_text.find(line, cursor, cursor + 4 * len(line) + 4096)
        if near >= 0:
            cursor = near + len(line)
            continue
        if budget <= 0:
            break
        budget -= len(main_text)
        if line in main_text:
            continue
        seen.add(line)
        lines.append(line)
        if len(lines) >= MAX_FURNITURE_LINES:
            break
    return [("boilerplate", "\n".join(lines))] if lines else []


def article_from_html(data: bytes) -> Article:
    """The article on a saved page; ``NotAnArticle`` when there is none."""
    from copy import deepcopy

    from lxml import etree

    from annotations.compat_trafilatura import extract_xml

    doc = check_page(data)
    xml = extract_xml(deepcopy(doc), len(data))
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
