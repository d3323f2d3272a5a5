"""A saved page's headline: its ``<title>``, ``og:title`` or ``<h1>``, never the site's name.

trafilatura sometimes gives the site's name as the title (a Korean page: ``엔터 미디어``
while its ``<title>`` held the headline), and ``<title>`` often joins the two
(``NEWS WEB EASY|子どもへの…``). The site's name is what ``og:site_name``,
``application-name`` or trafilatura's ``sitename`` say, or the shorter end of a ``<title>``
that another candidate equals.
"""

from __future__ import annotations

import re
from typing import Any

from .build import clean_text

#: Separators between a headline and a site name in ``<title>``: ``|``, ``-``, ``–``, ``—``,
#: ``·``, ``::``, fullwidth ``｜`` (a hyphen only with spaces around it).
_SEPARATORS = re.compile(r"\s*(?:[|｜]|\s[-–—·]\s|::|\s»\s)\s*|\s*[–—]\s*$")
_MAX_TITLE = 300


def _meta(doc: Any, *names: str) -> list[str]:
    out = []
    for name in names:
        for el in doc.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
            value = clean_text(el.get("content") or "")
            if value:
                out.append(value[:_MAX_TITLE])
    return out


def _strip_sites(title: str, sites: set[str]) -> str:
    """``title`` without a site's name at its start or end (``Site | Headline``,
    ``Headline – Site | Slogan``); ``""`` when it is all a site's name."""
    cuts = [0] + [x for m in _SEPARATORS.finditer(title) for x in (m.start(), m.end())]
    cuts.append(len(title))
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]

    def is_site(a: int, b: int) -> bool:
        return clean_text(title[parts[a][0]:parts[b][1]]).casefold() in sites

    lo, hi = 0, len(parts) - 1
    if is_site(lo, hi):
        return ""
    # the longest run of parts at either end that is a site's name
    lo = next((k + 1 for k in range(hi - 1, -1, -1) if is_site(0, k)), 0)
    hi = next((k - 1 for k in range(lo + 1, hi + 1) if is_site(k, hi)), hi)
    return clean_text(title[parts[lo][0]:parts[hi][1]])


def _ends(title: str) -> list[str]:
    """``title`` and every run of its separator-joined parts that starts or ends it."""
    cuts = [0] + [x for m in _SEPARATORS.finditer(title) for x in (m.start(), m.end())]
    cuts.append(len(title))
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    runs = {(0, k) for k in range(len(parts))} | {(k, len(parts) - 1) for k in range(len(parts))}
    return [clean_text(title[parts[a][0]:parts[b][1]]) for a, b in sorted(runs)]


def page_headline(doc: Any, found: str, sitename: str | None) -> str:
    """The page's headline, ``""`` when the page names none but its site.

    1. A title (trafilatura's, og:title, twitter:title, ``<title>``), or one end of it
       (``Site | Headline``), that is an ``<h1>`` of the page: the article's heading.
    2. Else trafilatura's title with the site's name cut off its ends, unless it is all the
       site's name; else the first other title that is not.
    The site's name is what og:site_name or application-name say, or trafilatura's sitename
    unless that is the page's ``<h1>`` too; an ``<h1>`` that is the site's name is a logo.
    """
    titles = [clean_text(t.text_content())[:_MAX_TITLE] for t in doc.xpath("//head/title")]
    h1s = [clean_text(h.text_content())[:_MAX_TITLE] for h in doc.xpath("//h1")[:5]]
    og = _meta(doc, "og:title", "twitter:title")
    sites = {s.casefold() for s in _meta(doc, "og:site_name", "application-name")}
    if sitename and found not in h1s:
        sites.add(sitename.casefold())
    headings = {h.casefold(): h for h in h1s if h and h.casefold() not in sites}
    candidates = [found, *og, *titles]
    for cand in candidates:
        for end in _ends(cand):
            if end.casefold() in headings:
                return headings[end.casefold()]
    for cand in [*candidates, *h1s]:
        kept = _strip_sites(cand, sites)
        if kept:
            return kept
    return ""
