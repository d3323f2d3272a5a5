"""What kind of input a file holds, from its content (never from its name)."""

from __future__ import annotations

import re
from typing import Any, Literal

#: Largest article file accepted (bytes): 50 MB, about 150,000 comments.
MAX_BYTES = 50 * 1024 * 1024

Kind = Literal["html", "disqus", "json", "text"]

_HTML = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]",
                   re.IGNORECASE)
_DISQUS = re.compile(rb"<disqus[\s>]", re.IGNORECASE)


def sniff(data: bytes) -> Kind:
    """``html``, ``disqus`` (a Disqus XML export), ``json`` or ``text``."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return "json"
    if head[:1] == b"<":
        if _DISQUS.search(data[:65536]):
            return "disqus"
        if _HTML.search(head):
            return "html"
    return "text"


def json_kind(obj: Any) -> str:
    """Which JSON: ``reddit`` (a thread), ``reddit-listing``, ``hn``, ``article`` or ``other``."""
    if isinstance(obj, list) and len(obj) == 2 and all(
            isinstance(x, dict) and x.get("kind") == "Listing" for x in obj):
        return "reddit"  # its reader says what is wrong with a malformed one
    if isinstance(obj, dict) and obj.get("kind") == "Listing":
        return "reddit-listing"
    if isinstance(obj, dict) and obj.get("type") in ("story", "comment", "poll", "job") and \
            "children" in obj:
        return "hn"
    if isinstance(obj, dict) and "body" in obj and "title" in obj:
        return "article"
    return "other"
