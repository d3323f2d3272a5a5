"""Which URLs name the same page (a discussion and the article it is about). No pydantic:
the library's first frame uses it."""

from __future__ import annotations


def same_page(a: str | None, b: str | None) -> bool:
    """Whether two URLs name the same page (scheme, ``www.``, fragment, trailing ``/`` aside)."""
    return a is not None and b is not None and page_key(a) == page_key(b)


def page_key(url: str) -> str:
    """A URL reduced to what names the page: ``example.org/a/b?x=1``."""
    u = url.strip().split("#", 1)[0]
    u = u.split("://", 1)[-1]
    host, _, rest = u.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{host}/{rest}".rstrip("/")


def host(url: str) -> str:
    """The site a URL is on: ``https://www.example.org/a`` -> ``example.org``."""
    return page_key(url).split("/", 1)[0]
