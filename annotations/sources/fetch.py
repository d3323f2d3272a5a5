"""``threadmark fetch``: download a news page, a Reddit thread or a Hacker News item.

The raw response is kept under the data directory (``sources/``), so an import can always be
redone from what was fetched. Reddit thread URLs are fetched as their ``.json``; Hacker News
item URLs from the Algolia items API (``THREADMARK_HN_API`` overrides its address). HTTP is
httpx: a User-Agent naming threadmark, a timeout, a size limit, redirects followed.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit, urlunsplit

from annotations.errors import ThreadmarkError

USER_AGENT = "threadmark/0.2 (news annotation tool; +https://pypi.org/project/threadmark/)"
HN_API = "https://hn.algolia.com/api/v1"
DEFAULT_TIMEOUT = 20.0


class FetchError(ThreadmarkError):
    """A download that failed (one line: the URL and why)."""


def resolve(url: str) -> str:
    """The URL to download for ``url``: a Reddit thread's ``.json``, a Hacker News item's
    Algolia API address, else the URL itself."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{without_credentials(url)}: not an http(s) URL")
    host = parts.netloc.lower().split(":")[0]
    if (host == "reddit.com" or host.endswith(".reddit.com")) and "/comments/" in parts.path:
        path = parts.path.rstrip("/")
        if not path.endswith(".json"):
            path += ".json"
        return urlunsplit(("https", "www.reddit.com", path, "raw_json=1", ""))
    if host == "news.ycombinator.com" and parts.path.rstrip("/") == "/item":
        ids = parse_qs(parts.query).get("id", [])
        if not ids or not ids[0].isdigit():
            raise FetchError(f"{without_credentials(url)}: a Hacker News URL without an item id")
        api = os.environ.get("THREADMARK_HN_API", HN_API).rstrip("/")
        return f"{api}/items/{ids[0]}"
    return url


_EXT = {"html": "html", "json": "json", "xml": "xml"}


def _extension(content_type: str) -> str:
    for key, ext in _EXT.items():
        if key in content_type:
            return ext
    return "txt"


def without_credentials(url: str) -> str:
    """``url`` without its ``user:password@`` part (for file names and messages)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def download(url: str, folder: Path, timeout: float = DEFAULT_TIMEOUT,
             max_bytes: int = 50 * 1024 * 1024,
             progress: Callable[[int, int | None], None] | None = None,
             force: bool = False) -> Path:
    """Download ``url`` (as ``resolve`` says) into ``folder``; returns the file written.

    ``timeout`` is a deadline for the whole download (connecting, waiting, every byte): a
    server that trickles its answer is cut off when it passes. ``force`` replaces a file
    saved under the same name (the same URL and content in the same second).
    """
    import threading
    import time

    shown = without_credentials(url)
    target = resolve(url)
    deadline = time.monotonic() + timeout
    got: list[tuple[bytes, str]] = []
    failed: list[BaseException] = []
    clients: list[object] = []

    def run() -> None:
        try:
            got.append(_get(target, shown, timeout, deadline, max_bytes, progress, clients))
        except BaseException as e:  # handed to the caller's thread  # noqa: BLE001
            failed.append(e)

    worker = threading.Thread(target=run, name="threadmark-fetch", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()) + 0.05)
    if worker.is_alive():  # past the deadline: it stops at its next byte (or read timeout)
        for client in clients:
            _close_quietly(client)
        raise FetchError(f"{shown}: timed out after {timeout:g} s")
    if failed:
        raise failed[0]
    data, ctype = got[0]
    if not data:
        raise FetchError(f"{shown}: the response was empty")
    from annotations.exchange.output import write_output

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    where = urlsplit(shown)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", where.netloc + where.path)[:60]
    digest = hashlib.sha256(data).hexdigest()[:8]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stamp}-{slug.strip('-')}-{digest}.{_extension(ctype)}"
    write_output(path, data, force=force)
    return path


def _close_quietly(client: object) -> None:
    try:
        client.close()  # type: ignore[attr-defined]  # an httpx client (object: httpx is imported lazily)
    except Exception:  # noqa: BLE001 - another thread is using it; it stops on its own
        pass


def _get(target: str, shown: str, timeout: float, deadline: float, max_bytes: int,
         progress: Callable[[int, int | None], None] | None,
         clients: list[object]) -> tuple[bytes, str]:
    """The body and content type of ``target``, checking the deadline at every chunk."""
    import time

    import httpx

    chunks: list[bytes] = []
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout,
                          headers={"User-Agent": USER_AGENT}) as client:
            clients.append(client)
            with client.stream("GET", target) as r:
                if r.status_code >= 400:
                    raise FetchError(f"{shown}: HTTP {r.status_code} {r.reason_phrase}")
                total = int(r.headers.get("content-length") or 0) or None
                if total is not None and total > max_bytes:
                    raise FetchError(f"{shown}: {total / 1e6:.1f} MB is over the "
                                     f"{max_bytes // (1024 * 1024)} MB limit")
                size = 0
                for chunk in r.iter_bytes():
                    if time.monotonic() > deadline:
                        raise FetchError(f"{shown}: timed out after {timeout:g} s")
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(
                            f"{shown}: over the {max_bytes // (1024 * 1024)} MB limit")
                    chunks.append(chunk)
                    if progress is not None:
                        progress(size, total)
                ctype = r.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise FetchError(f"{shown}: timed out after {timeout:g} s") from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as e:
        first = (str(e).splitlines() or [""])[0][:120]
        raise FetchError(f"{shown}: {type(e).__name__}: {first}") from None
    return b"".join(chunks), ctype
