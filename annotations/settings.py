"""Where things live and who is annotating: paths and user settings (no UI code).

- store: ``--store PATH``, else ``$THREADMARK_STORE``, else ``<user data dir>/store.db``
- settings: ``<user config dir>/settings.json`` (``$THREADMARK_CONFIG`` overrides the path):
  ``{"annotator": "ana", "theme": "textual-dark", "keymap": {"binding-id": "key"}}``
- annotator: ``--annotator``, else ``$THREADMARK_ANNOTATOR``, else settings, else the login name
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import orjson
from platformdirs import user_config_dir, user_data_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .loader import first_error

APP = "threadmark"


class Settings(BaseModel):
    """User settings from ``settings.json``."""

    model_config = ConfigDict(extra="ignore")

    annotator: str | None = None
    theme: str | None = None
    keymap: dict[str, str] = Field(default_factory=dict)
    show_boilerplate: bool = False


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
    path = path or settings_path()
    if not path.exists():
        return Settings(), None
    try:
        return Settings.model_validate(orjson.loads(path.read_bytes())), None
    except (OSError, orjson.JSONDecodeError) as e:
        return Settings(), f"{path}: ignored ({e})"
    except ValidationError as e:
        return Settings(), f"{path}: ignored ({first_error(e)})"


def resolve_annotator(cli_value: str | None, settings: Settings) -> str:
    """Who is annotating (see the module docstring for the order)."""
    for v in (cli_value, os.environ.get("THREADMARK_ANNOTATOR"), settings.annotator):
        if v and v.strip():
            return v.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"
