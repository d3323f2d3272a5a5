"""Turn an article's plain text into an ``Article``: title, source, body blocks, comment tree."""

from __future__ import annotations

import re

from annotations.model.article import Article, Block
from annotations.model.identity import UNSET_ID, canonical_article_id
from annotations.model.thread import find_comment_start, parse_comments
from annotations.util.gcpause import gc_paused

_BOILERPLATE_RE = re.compile(
    r"Used photos:|^Dear reader\b.*\bcomment|magazine delivered to your door|^Unlimited access"
    r"|^Ad[- ]free experience|app access$|newsletters \+ podcasts|^Subscribe\b|^Sign (in|up)\b"
    r"|^Advertisement$|^Read more:?$|^Share (this|on)\b",
    re.IGNORECASE,
)
#: Headings after which everything to the end of the body is site furniture.
_TRAILER_RE = re.compile(r"^(Editor'?s Picks|Related (Articles|Stories)|More from\b.*)$", re.I)
_BULLET_RE = re.compile(r"^\s*[•·▪●]\s")
_ATTRIBUTION_RE = re.compile(r"^\s*[-–—]\s*\S")
_TAG_ITEM_RE = re.compile(r"^[\w'’.&-]+(?: [\w'’.&-]+){0,2}$")
_SOURCE_RE = re.compile(
    r"^\s*(?:•\s*)?(?P<source>[A-Z][\w&.'’ -]{1,40}?) (?:cover|magazine delivered to your door)$"
)


def is_tag_line(line: str) -> bool:
    """A comma-separated keyword line such as ``russia, china, military``."""
    line = line.strip()
    if line != line.lower() or line[-1:] in ".!?:;\"'":
        return False
    items = line.split(", ")
    return len(items) >= 3 and all(_TAG_ITEM_RE.match(i) for i in items)


def _classify(lines: list[str]) -> list[str]:
    """One kind per line of the body (blank lines get ``""``)."""
    kinds: list[str] = []
    trailer = False
    caption_next = False
    for line in lines:
        s = line.strip()
        if not s:
            kinds.append("")
            continue
        if trailer or _TRAILER_RE.match(s):
            trailer = True
            kind = "boilerplate"
        elif _BOILERPLATE_RE.search(s) or _BULLET_RE.match(line):
            kind = "boilerplate"
        elif _ATTRIBUTION_RE.match(line):
            kind = "attribution"
        elif is_tag_line(s):
            kind = "tags"
        elif caption_next:
            kind = "caption"
        else:
            kind = "paragraph"
        caption_next = kind == "tags"
        kinds.append(kind)
    return kinds


def build_blocks(body: str) -> list[Block]:
    """Split ``body`` into blocks: runs of same-kind lines within blank-line separated chunks."""
    lines = body.split("\n")
    kinds = _classify(lines)
    spans: list[list] = []  # [kind, start, end]
    pos = 0
    prev = ""
    for line, kind in zip(lines, kinds, strict=True):
        end = pos + len(line)
        if kind:
            if kind == prev:
                spans[-1][2] = end
            else:
                spans.append([kind, pos, end])
        prev = kind
        pos = end + 1
    # A paragraph set off on its own and followed by a "- said ..." line is a quote.
    for i in range(len(spans) - 1):
        if spans[i][0] == "paragraph" and spans[i + 1][0] == "attribution":
            spans[i][0] = "quote"
    blocks = []
    for kind, start, end in spans:
        # trim leading indentation so a block's text starts at its first visible character
        text = body[start:end]
        lead = len(text) - len(text.lstrip())
        blocks.append(Block(kind=kind, text=text[lead:], start=start + lead, end=end))
    return blocks


def find_source(blocks: list[Block]) -> str | None:
    """The outlet's name when its own furniture shows it (``Newsweek cover``), else None."""
    for b in blocks:
        if b.kind == "boilerplate":
            for line in b.text.split("\n"):
                m = _SOURCE_RE.match(line)
                if m:
                    return m["source"].strip()
    return None


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF, BOM dropped."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def parse_article(text: str) -> Article:
    """Parse an article in the outlets' plain-text form (title line, body, optional thread)."""
    text = normalise_newlines(text)
    lines = text.split("\n")
    t = 0
    while t < len(lines) and not lines[t].strip():
        t += 1
    if t == len(lines):
        raise ValueError("no text (only whitespace)")
    title = lines[t].strip()
    start = find_comment_start(lines, t + 1)
    body_lines = lines[t + 1 : start if start is not None else len(lines)]
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    while body_lines and not body_lines[-1].strip():
        body_lines.pop()
    body = "\n".join(body_lines).rstrip()
    blocks = build_blocks(body)
    with gc_paused():
        comments = parse_comments(lines, start) if start is not None else []
    article = Article(
        id=UNSET_ID,
        title=title,
        source=find_source(blocks),
        body=body,
        blocks=blocks,
        comments=comments,
    )
    article.id = canonical_article_id(article)
    return article
