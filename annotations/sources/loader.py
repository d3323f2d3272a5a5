"""Read article files from disk with one-line errors for bad input.

What a file holds is told by its content, never its name:
- UTF-8 text (a BOM is fine) in the outlets' plain-text form; text that is not UTF-8 is
  decoded as Windows-1251 (the Russian outlets' legacy encoding) with a warning;
- the ``inspect --json`` shape;
- a saved news page (HTML, any declared encoding: ``html_page``);
- a Reddit thread's JSON, a Hacker News item from the Algolia API, a Disqus XML export
  (``platforms``; a Disqus export may hold several articles).
Files over ``MAX_BYTES`` are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from annotations.errors import InputError
from annotations.model.article import Article, article_from_obj
from annotations.model.identity import id_problem
from annotations.model.validation import first_error
from annotations.sources.parse import parse_article
from annotations.sources.sniff import MAX_BYTES, json_kind, sniff

FALLBACK_ENCODING = "cp1251"
#: File names a folder import picks up (what a file holds is still told by its content).
TEXT_SUFFIXES = (".txt", ".json", ".text", "", ".html", ".htm", ".xhtml", ".xml")


@dataclass
class Loaded:
    """The articles of one file (most files hold one) and warnings about how it was read."""

    article: Article
    path: Path
    warnings: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)  # every article, the first included
    kind: str = "text"  # text, article-json, html, reddit, hacker-news, disqus

    def __post_init__(self) -> None:
        if not self.articles:
            self.articles = [self.article]


#: Control bytes (tab, newline, form feed, carriage return, ESC and BEL aside) in real text
#: are rare; in random or binary data about one byte in ten is one.
MAX_CONTROL_RATIO = 0.03
#: In the fallback encoding nearly every character of real prose is a letter, digit or space.
MIN_WORDLIKE_RATIO = 0.75
_TEXT_CONTROLS = frozenset((7, 9, 10, 12, 13, 27))


def _controls(data: bytes) -> int:
    return sum(data.count(bytes([b])) for b in range(32) if b not in _TEXT_CONTROLS)


def refuse_binary(data: bytes, path: Path) -> None:
    """``InputError`` for data that is not text of any kind: NUL bytes, many control bytes."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at offset {nul}), not an article")
    if data and _controls(data) / len(data) > MAX_CONTROL_RATIO:
        raise InputError(f"{path}: binary file (control bytes), not an article")


def decode_text(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8, else the fallback with a warning; data that is not text is refused.

    Refused: NUL bytes anywhere, too many control bytes, bytes the fallback encoding does
    not define, or fallback text that is mostly not letters, digits and spaces.
    """
    refuse_binary(data, path)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        bad_utf8 = e.start
    try:
        text = data.decode(FALLBACK_ENCODING)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: not text (not UTF-8, and byte 0x{data[e.start]:02x} at offset {e.start} "
            f"is not {FALLBACK_ENCODING} either)"
        ) from None
    wordlike = sum(1 for c in text if c.isalnum() or c.isspace())
    if wordlike / len(text) < MIN_WORDLIKE_RATIO:
        raise InputError(
            f"{path}: not text (not UTF-8, and as {FALLBACK_ENCODING} only "
            f"{wordlike / len(text):.0%} letters, digits and spaces)"
        )
    return text, [
        f"{path}: not UTF-8 (bad byte at offset {bad_utf8}); decoded as {FALLBACK_ENCODING}"
    ]


def load_article(path: str | Path, data: bytes | None = None) -> Loaded:
    """Read and parse one article file (``data``: its bytes, if the caller read them
    already); raises ``InputError`` with a one-line message."""
    path = Path(path)
    if data:
        return _parse(path, data)
    from annotations.util.safe_files import input_error_reason, read_regular

    try:
        data = read_regular(path, MAX_BYTES)
    except (OSError, ValueError) as e:  # missing, a FIFO, a device, a directory, too large
        raise InputError(input_error_reason(path, e)) from None
    if not data:
        raise InputError(f"{path}: empty file")
    return _parse(path, data)


def _parse(path: Path, data: bytes) -> Loaded:
    refuse_binary(data, path)
    kind = sniff(data)
    if kind == "json":
        return _from_json(data, path)
    if kind == "html":
        from annotations.sources.html_page import NotAnArticle, article_from_html

        try:
            return Loaded(article_from_html(data), path, kind="html")
        except NotAnArticle as e:
            raise InputError(f"{path}: {e}") from None
    if kind == "disqus":
        from annotations.sources.platforms import disqus_export

        try:
            articles, warnings = disqus_export(data)
        except ValueError as e:  # PlatformError, a post refused by the model
            raise InputError(f"{path}: Disqus export: {_reason(e)}") from None
        if not articles:
            raise InputError(f"{path}: a Disqus export with no thread that has posts")
        return Loaded(articles[0], path, [f"{path}: {w}" for w in warnings], articles,
                      kind="disqus")
    text, warnings = decode_text(data, path)
    if not text.strip():
        raise InputError(f"{path}: empty file (only whitespace)")
    try:
        article = parse_article(text)
    except ValueError as e:
        raise InputError(f"{path}: {e}") from None
    return Loaded(article, path, warnings)


def _from_json(data: bytes, path: Path) -> Loaded:
    """A JSON file: a Reddit thread, a Hacker News item, or the ``inspect --json`` shape."""
    from annotations.sources.platforms import hacker_news_draft, reddit_draft

    obj = _load_json(data, path)
    which = json_kind(obj)
    try:
        if which in ("reddit", "hn"):
            draft = (reddit_draft if which == "reddit" else hacker_news_draft)(obj)
            del obj  # the parsed file goes before the models come (memory: one at a time)
            art, warnings = draft.build()
            if which == "reddit":
                return Loaded(art, path, [f"{path}: {w}" for w in warnings], kind="reddit")
            return Loaded(art, path, warnings, kind="hacker-news")
    except ValueError as e:  # PlatformError, ValidationError, a comment refused by the model
        raise InputError(f"{path}: {which} thread: {_reason(e)}") from None
    if which == "reddit-listing":
        listing = obj.get("data")
        children = listing.get("children") if isinstance(listing, dict) else None
        n = len(children) if isinstance(children, list) else 0
        raise InputError(f"{path}: a Reddit listing of {n} posts, not a thread; save one "
                         "post's <permalink>.json")
    article, warnings = article_from_json(data, path, obj)
    return Loaded(article, path, warnings, kind="article-json")


def article_from_json(data: bytes, path: Path, obj=None) -> tuple[Article, list[str]]:
    """An article from the ``inspect --json`` shape (nested replies, any depth).

    Comment ids must be their tree paths (no duplicates). The id is recomputed from the
    content (``identity.canonical_article_id``): a file whose id differs is refused.
    """
    if obj is None:
        obj = _load_json(data, path)
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        raise InputError(f"{path}: expected a JSON object with an article, got {kind}")
    warnings: list[str] = []
    try:
        article = article_from_obj(obj, consume=True)
    except ValidationError as e:
        raise InputError(f"{path}: not an article: {first_error(e)}") from None
    except ValueError as e:
        raise InputError(f"{path}: not an article: {e}") from None
    problem = id_problem(article)
    if problem is not None:
        raise InputError(f"{path}: refused: {problem}")
    return article, warnings


def _reason(e: ValueError) -> str:
    """Why a reader refused a file, on one line."""
    msg = first_error(e) if isinstance(e, ValidationError) else str(e)
    return " ".join(msg.split())


def _load_json(data: bytes, path: Path):  # any JSON value
    from annotations.sources.deepjson import loads

    try:
        return loads(data)
    except ValueError as e:
        raise InputError(f"{path}: invalid JSON ({e})") from None
