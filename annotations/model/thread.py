"""Reader-comment threads: parse the numbered, indented format into a tree, and render it back.

The format (as the seed outlets print it)::

      1. handle Offline handle
        handle (Display Name) 26 October 2020 16: 13
        body line
        1. Name (Name) 26 October 2020 17: 47
          reply body
      2. steelmaker 26 October 2020 19: 04

A numbered line starts a comment only when a dated header belongs to it (on the same line, or
on the next line after ``handle Offline|Online handle``); replies sit two spaces deeper than
their parent's item line. Anything else, malformed headers included, is text of the comment
around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from annotations.model.article import Comment
from annotations.model.article_view import comment_id

MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH_NO = {m: i for i, m in enumerate(MONTHS, 1)}

_DATE = r"(?P<day>\d{1,2}) (?P<month>" + "|".join(MONTHS) + r") (?P<year>\d{4}) " \
    r"(?P<hour>\d{1,2}): ?(?P<minute>\d{2})"
_HEADER_RE = re.compile(r"^(?P<author>\S.*?)(?: \((?P<name>[^()\n]*)\))? " + _DATE + r"\s*$")
_ITEM_RE = re.compile(r"^(?P<indent> *)(?P<num>\d{1,6})\. (?P<rest>\S.*)$")
_STATUS_RE = re.compile(r"^(?P<handle>\S.*?) (?:Offline|Online) (?P=handle)\s*$")

#: Width of one level of reply indentation.
STEP = 2


@dataclass(slots=True)
class _Header:
    indent: int
    author: str
    name: str | None
    posted_at: datetime
    lines_used: int


@dataclass(slots=True)
class _Node:
    indent: int
    author: str
    name: str | None
    posted_at: datetime
    lines: list[str] = field(default_factory=list)
    replies: list[_Node] = field(default_factory=list)


def _parse_header_text(text: str) -> tuple[str, str | None, datetime] | None:
    m = _HEADER_RE.match(text)
    if m is None:
        return None
    try:
        posted = datetime(
            int(m["year"]), _MONTH_NO[m["month"]], int(m["day"]), int(m["hour"]), int(m["minute"])
        )
    except ValueError:  # 31 February, 25: 00 ...: a malformed header, kept as text
        return None
    return m["author"].strip(), m["name"], posted


def _header_at(lines: Sequence[str], k: int) -> _Header | None:
    """The comment header starting at line ``k``, or None if that line starts no comment."""
    m = _ITEM_RE.match(lines[k])
    if m is None:
        return None
    indent = len(m["indent"])
    rest = m["rest"]
    parsed = _parse_header_text(rest)
    if parsed is not None:
        return _Header(indent, *parsed, lines_used=1)
    if _STATUS_RE.match(rest) and k + 1 < len(lines):
        parsed = _parse_header_text(lines[k + 1].strip())
        if parsed is not None:
            return _Header(indent, *parsed, lines_used=2)
    return None


def find_comment_start(lines: Sequence[str], start: int = 0) -> int | None:
    """Index of the first line that starts a comment, or None when the text has no thread."""
    for k in range(start, len(lines)):
        line = lines[k]
        # cheap pre-filter: an item line starts with spaces and a digit
        s = line.lstrip(" ")
        if s[:1].isdigit() and _header_at(lines, k) is not None:
            return k
    return None


def _strip_indent(line: str, indent: int) -> str:
    n = len(line) - len(line.lstrip(" "))
    return line[min(n, indent):].rstrip()


def parse_comments(lines: Sequence[str], start: int) -> list[Comment]:
    """Parse the thread that begins at ``lines[start]`` (as found by ``find_comment_start``)."""
    first = _header_at(lines, start)
    if first is None:
        return []
    base = first.indent
    roots: list[_Node] = []
    stack: list[_Node] = []
    k = start
    n = len(lines)
    while k < n:
        line = lines[k]
        s = line.lstrip(" ")
        header = _header_at(lines, k) if s[:1].isdigit() else None
        if header is not None:
            # Where would it go? Under the open comment whose indent is two less. The open
            # comments sit at base, base + STEP, ...: the count of those indented less than
            # this header is arithmetic (a scan of the stack per line was quadratic in a
            # thread thousands deep followed by lines indented out of step).
            depth = min(len(stack), max(0, -(-(header.indent - base) // STEP)))
            parent_ok = (
                header.indent == base if depth == 0
                else header.indent == stack[depth - 1].indent + STEP
            )
            if parent_ok:
                del stack[depth:]
                node = _Node(header.indent, header.author, header.name, header.posted_at)
                (stack[-1].replies if stack else roots).append(node)
                stack.append(node)
                k += header.lines_used
                continue
        # body text of the innermost open comment
        if stack:
            cur = stack[-1]
            cur.lines.append(_strip_indent(line, cur.indent + STEP) if line.strip() else "")
        k += 1
    return _to_comments(roots)


def _to_comments(roots: list[_Node]) -> list[Comment]:
    """Nodes to comments with their ids (``comment_id``), in reading order, without
    recursion (threads of any depth)."""
    out: list[Comment] = []
    # each frame: the nodes of one level, the next one's index, the parent's id, the list
    # their comments go to
    stack: list[list] = [[roots, 0, None, out]]
    position = 0
    while stack:
        frame = stack[-1]
        nodes, i, parent_id, target = frame
        if i == len(nodes):
            stack.pop()
            continue
        frame[1] = i + 1
        node = nodes[i]
        position += 1
        lines = node.lines
        while lines and not lines[-1]:
            lines.pop()
        first = 0
        while first < len(lines) and not lines[first]:
            first += 1
        c = Comment.model_construct(
            id=comment_id(parent_id, i + 1, len(stack) - 1, position),
            author=node.author,
            name=node.name,
            posted_at=node.posted_at,
            text="\n".join(lines[first:]),
            replies=[],
        )
        target.append(c)
        if node.replies:
            stack.append([node.replies, 0, c.id, c.replies])
    return out


def format_posted(dt: datetime) -> str:
    """The thread's date style: ``26 October 2020 16: 13``."""
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year} {dt.hour}: {dt.minute:02d}"


def render_comments(
    comments: Sequence[Comment], indent: int = STEP, status_style: bool = True
) -> list[str]:
    """Render a comment tree back into the thread format (inverse of ``parse_comments``).

    ``status_style`` picks the two-line ``handle Offline handle`` header for commenters with a
    display name; otherwise the whole header goes on the item line.
    """
    out: list[str] = []
    stack: list[list] = [[comments, 0, indent]]
    while stack:
        frame = stack[-1]
        items, i, ind = frame
        if i == len(items):
            stack.pop()
            continue
        frame[1] = i + 1
        c = items[i]
        pad = " " * ind
        body_pad = " " * (ind + STEP)
        when = format_posted(c.posted_at)
        named = f"{c.author} ({c.name}) {when}" if c.name is not None else f"{c.author} {when}"
        if status_style and c.name is not None:
            out.append(f"{pad}{i + 1}. {c.author} Offline {c.author}")
            out.append(f"{body_pad}{named}")
        else:
            out.append(f"{pad}{i + 1}. {named}")
        out.extend(f"{body_pad}{ln}" if ln else "" for ln in c.text.split("\n"))
        if c.replies:
            stack.append([c.replies, 0, ind + STEP])
    return out


def is_header_line(text: str) -> bool:
    """True when ``text`` (one line, indentation ignored) would be read as a comment header."""
    return _header_at([text.strip()], 0) is not None or _parse_header_text(text.strip()) is not None
