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


def page_headline(doc: Any, found: str, sitename: str | None) -> str:
    """The page's headline: ``found`` (trafilatura's title) unless it is the site's name,
    else the first of og:title, twitter:title, ``<title>``, ``<h1>`` that is not; the site's
    name is cut off a ``Site | Headline`` title. ``""`` when the page names none."""
    titles = [clean_text(t.text_content())[:_MAX_TITLE] for t in doc.xpath("//head/title")]
    h1s = [clean_text(h.text_content())[:_MAX_TITLE] for h in doc.xpath("//h1")[:5]]
    og = _meta(doc, "og:title", "twitter:title")
    sites = {s.casefold() for s in [sitename or "", *_meta(doc, "og:site_name",
                                                             "application-name")] if s}
    # trafilatura's title is the site's name when a joined title is it plus a headline that
    # the page names elsewhere (og:title or <h1>), and og:title is not trafilatura's title
    # (a logo in an <h1> names the site: ``Headline - POLITICO`` with <h1>POLITICO)
    if found and found not in og:
        for joined in [*titles, *og]:
            rest = _strip_sites(joined, {found.casefold()})
            if rest and rest != joined and rest in [*og, *h1s]:
                sites.add(found.casefold())
    for cand in [found, *og, *titles, *h1s]:
        kept = _strip_sites(cand, sites)
        if kept:
            return kept
    return ""
