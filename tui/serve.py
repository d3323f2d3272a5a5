"""``threadmark serve``: the same app in a browser, through textual-serve.

Each browser tab starts its own ``threadmark`` process on the same store. The first tab
takes the store's lock and writes; a tab that finds the store locked opens it read-only with
a banner, and once the writing tab is closed (its process ends, the lock with it) the next
tab writes. textual-serve has no authentication: the server binds to 127.0.0.1 unless
``--public`` is given (an SSH tunnel is the safer way to reach it from elsewhere).

textual-serve's page template loads its font from Google Fonts; served from here the page
needs no outside host: the template is patched at start to use the font textual-serve ships
(the patched copy goes to a temp folder; nothing of textual-serve's is kept in this repo).
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
import tempfile
from pathlib import Path

import textual_serve
from textual_serve.server import Server

from annotations.errors import ThreadmarkError

_FONT_LINK = 'href="https://fonts.googleapis.com/css?family=Roboto%20Mono"'
_LOCAL_FONT = """<style>
      @font-face { font-family: "Roboto Mono"; font-style: normal;
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf"); }
      @font-face { font-family: "Roboto Mono"; font-style: italic;
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf"); }
    </style>"""


class ServeError(ThreadmarkError):
    """The server cannot start as asked (one line)."""


def is_local(host: str) -> bool:
    """Whether ``host`` is a loopback address (or ``localhost``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def offline_templates() -> Path:
    """textual-serve's templates with the Google Fonts link replaced by the bundled font."""
    src = Path(textual_serve.__file__).parent / "templates"
    out = Path(tempfile.mkdtemp(prefix="threadmark-serve-"))
    for t in src.iterdir():
        text = t.read_text(encoding="utf-8")
        if _FONT_LINK in text:
            start = text.rfind("<link", 0, text.index(_FONT_LINK))
            end = text.index(">", text.index(_FONT_LINK)) + 1
            text = text[:start] + _LOCAL_FONT + text[end:]
        if "https://" in text.replace("https://github.com", ""):
            raise ServeError(f"textual-serve's template {t.name} loads from outside hosts; "
                             "re-check tui/serve.py against this textual-serve version")
        (out / t.name).write_text(text, encoding="utf-8")
    return out


def tab_command(store: Path, annotator: str | None) -> str:
    """The command each browser tab runs: this threadmark, on this store, as a served tab."""
    cmd = [sys.executable, "-m", "tui.cli", "--store", str(store), "--served-tab"]
    if annotator:
        cmd += ["--annotator", annotator]
    return shlex.join(cmd)


def make_server(store: Path, host: str = "127.0.0.1", port: int = 8000, public: bool = False,
                annotator: str | None = None) -> Server:
    """The textual-serve server for ``store`` (refuses a non-local host without ``public``)."""
    if not is_local(host) and not public:
        raise ServeError(f"{host}: not a local address; textual-serve has no authentication, "
                         "so serving beyond this machine needs --public (an SSH tunnel is "
                         "safer: see the README)")
    base = Path(textual_serve.__file__).parent
    return Server(tab_command(store, annotator), host=host, port=port,
                  statics_path=base / "static", templates_path=offline_templates())
