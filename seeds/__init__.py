"""The sample articles bundled with threadmark (installed as package data)."""

from importlib.resources import files
from pathlib import Path


def seed_paths() -> list[Path]:
    """Paths of the bundled seed articles, sorted by name."""
    root = files(__name__)
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".txt"))
