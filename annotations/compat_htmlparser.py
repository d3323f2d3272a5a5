"""``html.parser.HTMLParser`` with a count of the markup it could not parse (one place for
its undocumented internals, tested against this Python).

At the end of its input, ``HTMLParser`` retries each construct it could not complete (an
unterminated ``<!--``, a ``<a`` without its ``>``) by searching the rest of the input, so
a fragment made of thousands of them takes time with the square of its length (80 KB of
``<!--`` took 4 s). Its ``goahead`` loop calls ``parse_starttag``, ``parse_endtag``,
``parse_comment``, ``parse_pi`` and ``parse_html_declaration``, which return -1 for such a
construct: ``CountingHTMLParser`` counts those answers and raises ``TooBroken`` past
``limit``, so the caller can read the fragment another way, in linear time.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

#: The undocumented methods counted (``tests/tui/test_bounded_inputs.py`` checks they exist and
#: are the ones an unterminated construct goes through).
HOOKS = ("parse_starttag", "parse_endtag", "parse_comment", "parse_pi",
         "parse_html_declaration")


class TooBroken(Exception):
    """More unparseable constructs than the parser's limit."""


class CountingHTMLParser(HTMLParser):
    """An ``HTMLParser`` that raises ``TooBroken`` after ``limit`` unparseable constructs."""

    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=True)
        self.limit = limit
        self.broken = 0

    def _counted(self, k: int) -> int:
        if k < 0:
            self.broken += 1
            if self.broken > self.limit:
                raise TooBroken
        return k

    def parse_starttag(self, i: int) -> int:
        return self._counted(super().parse_starttag(i))

    def parse_endtag(self, i: int) -> int:
        return self._counted(super().parse_endtag(i))

    def parse_comment(self, i: int, report: Any = 1) -> int:
        return self._counted(super().parse_comment(i, report))

    def parse_pi(self, i: int) -> int:
        return self._counted(super().parse_pi(i))

    def parse_html_declaration(self, i: int) -> int:
        return self._counted(super().parse_html_declaration(i))
