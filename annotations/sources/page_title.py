"""A saved page's headline: trafilatura's title, its site's name cut off, or the page's
``<h1>``/``og:title``/``<title>`` when trafilatura's title is the site's name.

trafilatura sometimes gives the site's name as the title (a Korean page: ``엔터 미디어``
while its ``<title>`` held the headline), and ``<title>`` often joins the two
(``NEWS WEB EASY|子どもへの…``). Rules and what they were checked on:
docs/text-segmentation.md, "Titles".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from annotations.model.build import clean_text

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


def _weight(text: str) -> int:
    """Length with wide (CJK) characters counted twice: how much a title says."""
    return len(text) + sum(unicodedata.east_asian_width(c) in "WF" for c in text)


def _parts(title: str) -> list[tuple[int, int]]:
    cuts = [0] + [x for m in _SEPARATORS.finditer(title) for x in (m.start(), m.end())]
    cuts.append(len(title))
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]


def _strip_sites(title: str, sites: set[str], *, guarded: bool = False) -> str:
    """``title`` without a site's name at its start or end (``Site | Headline``,
    ``Headline – Site | Slogan``); ``""`` when it is all a site's name. ``guarded``: keep
    ``title`` whole when what would go is over twice what would stay (a "site name" that is
    most of a headline is a wrong one)."""
    parts = _parts(title)

    def is_site(a: int, b: int) -> bool:
        return clean_text(title[parts[a][0]:parts[b][1]]).casefold() in sites

    lo, hi = 0, len(parts) - 1
    if is_site(lo, hi):
        return ""
    # the longest run of parts at either end that is a site's name
    lo = next((k + 1 for k in range(hi - 1, -1, -1) if is_site(0, k)), 0)
    hi = next((k - 1 for k in range(lo + 1, hi + 1) if is_site(k, hi)), hi)
    kept = clean_text(title[parts[lo][0]:parts[hi][1]])
    if guarded and _weight(clean_text(title)) - _weight(kept) > 2 * _weight(kept):
        return clean_text(title)
    return kept


def _other_end(title: str, end: str) -> str | None:
    """The rest of ``title`` when ``end`` is its first or last part, else None."""
    parts = _parts(title)
    if len(parts) < 2:
        return None
    first, last = (clean_text(title[slice(*p)]) for p in (parts[0], parts[-1]))
    if first == end:
        return clean_text(title[parts[1][0]:])
    if last == end:
        return clean_text(title[:parts[-2][1]])
    return None


def page_headline(doc: Any, found: str, sitename: str | None) -> str:
    """The page's headline (``""`` when the page names none but its site).

    trafilatura's title (``found``) with the site's name cut off its ends, unless it is the
    site's name: all of it is (og:site_name, application-name, or trafilatura's sitename when
    that is not the page's ``<h1>`` and, if it is trafilatura's title too, another title is an
    ``<h1>``), or it is the shorter end of a joined title whose other end is an ``<h1>``.
    Then: a title (og:title, twitter:title, ``<title>``) that is an ``<h1>`` which is not the
    site's name (a logo), else the first title that is not the site's name.
    """
    titles = [clean_text(t.text_content())[:_MAX_TITLE] for t in doc.xpath("//head/title")]
    h1s = [clean_text(h.text_content())[:_MAX_TITLE] for h in doc.xpath("//h1")[:5]]
    others = [*_meta(doc, "og:title", "twitter:title"), *titles]
    sites = {s.casefold() for s in _meta(doc, "og:site_name", "application-name")}
    headings = [h for h in h1s if h and h.casefold() not in sites]
    # trafilatura's sitename: a site's name unless it is the page's <h1>; when it is its
    # title too, only if another title is an <h1> (it may just repeat the title)
    if sitename and found not in h1s and (
            sitename.casefold() != found.casefold() or any(t in headings for t in others)):
        sites.add(sitename.casefold())
        headings = [h for h in headings if h.casefold() != sitename.casefold()]
    if found and found.casefold() not in sites:
        for joined in others if found not in h1s else ():
            # ``Headline - 엔터 미디어`` with <h1>Headline: found is the site's name
            rest = _other_end(joined, found)
            if rest in headings and _weight(rest) > _weight(found):
                return rest
        return _strip_sites(found, sites, guarded=True)
    for cand in others:
        if cand in headings:
            return cand
    for cand in [*others, *headings]:
        kept = _strip_sites(cand, sites)
        if kept:
            return kept
    return ""
