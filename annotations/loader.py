"""Read article files from disk with one-line errors for bad input.

Accepted: UTF-8 text (a BOM is fine) in the outlets' plain-text form, or the ``inspect --json``
shape in a ``.json`` file. Text that is not UTF-8 is decoded as Windows-1251 (the Russian
outlets' legacy encoding) with a warning. Files over ``MAX_BYTES`` are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import orjson
from pydantic import ValidationError

from .article import Article
from .parse import parse_article

#: Largest article file accepted (bytes): 50 MB, about 150,000 comments.
MAX_BYTES = 50 * 1024 * 1024
FALLBACK_ENCODING = "cp1251"
TEXT_SUFFIXES = (".txt", ".json", ".text", "")


class InputError(Exception):
    """Bad input; ``str(err)`` is one line: ``path: what is wrong``."""


@dataclass
class Loaded:
    """A parsed article and any warnings about how it was read."""

    article: Article
    path: Path
    warnings: list[str] = field(default_factory=list)


def first_error(err: ValidationError) -> str:
    """A one-line summary of a pydantic error: ``field.path: message``."""
    e = err.errors()[0]
    parts = list(e["loc"])
    if len(parts) > 1 and parts[0] in ("quote", "stance", "claim"):  # the union member's tag
        parts = parts[1:]
    loc = ".".join(str(p) for p in parts) or "(document)"
    more = f" (+{err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{loc}: {e['msg']}{more}"


def decode_text(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8, else the fallback with a warning; binary data is refused."""
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{path}: binary file (NUL bytes), not an article")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12, 27))
    if head and controls / len(head) > 0.05:
        raise InputError(f"{path}: binary file (control bytes), not an article")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        text = data.decode(FALLBACK_ENCODING, errors="replace")
        return text, [
            f"{path}: not UTF-8 (bad byte at offset {e.start}); decoded as {FALLBACK_ENCODING}"
        ]


def load_article(path: str | Path) -> Loaded:
    """Read and parse one article file; raises ``InputError`` with a one-line message."""
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    if st.st_size == 0:
        raise InputError(f"{path}: empty file")
    if st.st_size > MAX_BYTES:
        raise InputError(
            f"{path}: {st.st_size / 1e6:.1f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit"
        )
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if path.suffix.lower() == ".json":
        return Loaded(article_from_json(data, path), path)
    text, warnings = decode_text(data, path)
    if not text.strip():
        raise InputError(f"{path}: empty file (only whitespace)")
    try:
        article = parse_article(text)
    except ValueError as e:
        raise InputError(f"{path}: {e}") from None
    return Loaded(article, path, warnings)


def article_from_json(data: bytes, path: Path) -> Article:
    """An article from the ``inspect --json`` shape."""
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as e:
        raise InputError(f"{path}: invalid JSON ({e})") from None
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        raise InputError(f"{path}: expected a JSON object with an article, got {kind}")
    try:
        return Article.model_validate(obj)
    except ValidationError as e:
        raise InputError(f"{path}: not an article: {first_error(e)}") from None
