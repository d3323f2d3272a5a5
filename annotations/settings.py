"""Where things live and who is annotating: paths and user settings (no UI code).

- store: ``--store PATH``, else ``$THREADMARK_STORE``, else ``<user data dir>/store.db``
- settings: ``<user config dir>/settings.json`` (``$THREADMARK_CONFIG`` overrides the path):
  ``{"annotator": "ana", "theme": "textual-dark", "keymap": {"binding-id": "key"}}``
- annotator: ``--annotator``, else ``$THREADMARK_ANNOTATOR``, else settings, else the login name
  (only a stand-in: the app asks for a name, and ``sync`` refuses to run under it)
- ``"curates": true`` marks this machine's store as one that writes the curated layer
  (``settings.curator``'s tags), which ``sync`` shares as ``members/curated/``
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import orjson
from platformdirs import user_config_dir, user_data_dir

APP = "threadmark"
#: A settings file larger than this is not settings (bytes).
MAX_SETTINGS_BYTES = 1024 * 1024


@dataclass
class Settings:
    """User settings from ``settings.json`` (a plain dataclass: no pydantic at start-up)."""

    annotator: str | None = None
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    show_boilerplate: bool = False
    #: the annotator name of the curated layer the review screen writes
    curator: str = "curated"
    #: whether this store writes the curated layer to the team repository (``sync``)
    curates: bool = False

    @classmethod
    def from_dict(cls, data: object) -> Settings:
        """Checked construction; raises ``ValueError`` naming the bad field."""
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        out = cls()
        for f in fields(cls):
            if f.name not in data:
                continue
            v = data[f.name]
            ok = {
                "annotator": v is None or isinstance(v, str),
                "theme": v is None or isinstance(v, str),
                "keymap": isinstance(v, dict) and all(
                    isinstance(k, str) and isinstance(x, str) for k, x in v.items()),
                "show_boilerplate": isinstance(v, bool),
                "curates": isinstance(v, bool),
                "curator": isinstance(v, str) and bool(v.strip()),
            }[f.name]
            if not ok:
                raise ValueError(f"{f.name}: wrong type ({type(v).__name__})")
            setattr(out, f.name, v)
        return out


def default_store_path() -> Path:
    """The store used when none is given."""
    env = os.environ.get("THREADMARK_STORE")
    return Path(env).expanduser() if env else Path(user_data_dir(APP)) / "store.db"


def settings_path() -> Path:
    """Where settings are read from."""
    env = os.environ.get("THREADMARK_CONFIG")
    return Path(env).expanduser() if env else Path(user_config_dir(APP)) / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings and a one-line warning if the file was unreadable (defaults then)."""
    from annotations.util.safe_files import read_regular

    path = path or settings_path()
    if not path.exists():
        return Settings(), None
    try:  # a FIFO or a device is refused, never waited on or read without end
        return Settings.from_dict(orjson.loads(read_regular(path, MAX_SETTINGS_BYTES))), None
    except (OSError, orjson.JSONDecodeError, ValueError) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else e
        return Settings(), f"{path}: ignored ({why})"


#: Where an annotator name came from (``annotator_source``); ``LOGIN`` is only a stand-in.
OPTION, ENV, SETTINGS, LOGIN = "--annotator", "$THREADMARK_ANNOTATOR", "settings", "login"


def annotator_source(cli_value: str | None, settings: Settings) -> tuple[str, str]:
    """Who is annotating and where the name came from (``OPTION``, ``ENV``, ``SETTINGS``, or
    ``LOGIN`` when nobody named one: see the module docstring for the order)."""
    for v, where in ((cli_value, OPTION), (os.environ.get("THREADMARK_ANNOTATOR"), ENV),
                     (settings.annotator, SETTINGS)):
        if v and v.strip():
            return v.strip(), where
    try:
        return getpass.getuser(), LOGIN
    except (KeyError, OSError):
        return "analyst", LOGIN


def resolve_annotator(cli_value: str | None, settings: Settings) -> str:
    """Who is annotating (see the module docstring for the order)."""
    return annotator_source(cli_value, settings)[0]


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be an annotator name that names a file in the team repository
    (None when it can): 1-64 characters, no slash, backslash or control character, not
    starting with a dot."""
    if not name or len(name) > 64:
        return "must be 1 to 64 characters"
    if name != name.strip():
        return "must not start or end with a space"
    if name.startswith(".") or any(c in name for c in "/\\") or \
            any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in name):
        return "must not start with a dot or hold a slash or a control character"
    return None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (temp file, fsync, rename)."""
    import dataclasses
    import tempfile

    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = orjson.dumps(dataclasses.asdict(settings), option=orjson.OPT_INDENT_2)
    fd, tmp = tempfile.mkstemp(prefix=".settings.", dir=path.parent)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
