"""Whether the installed ``threadmark`` command runs the working tree's code.

CI installs the project non-editable (``pip install '.[test]'``): the e2e tests drive that
installed copy, so a stale install would test old code. ``mismatch()`` asks the command's own
interpreter, from outside the checkout, where it imports the packages from, and compares every
file of them with the working tree's."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

#: The packages the command imports, and the folder of each in the working tree.
PACKAGES = {"annotations": "annotations", "tui": "tui", "threadmark_seeds": "seeds"}
#: What the installed packages hold (pyproject's package data and the modules).
SUFFIXES = (".py", ".tcss", ".json", ".txt")

WHERE = """
import importlib, json, sys
print(json.dumps({name: list(importlib.import_module(name).__path__) for name in sys.argv[1:]}))
"""


def digests(folder: Path) -> dict[str, str]:
    """Each package file under ``folder`` (by relative path) -> its sha256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts}


def interpreter(command: Path) -> str:
    """The Python a console script runs (its ``#!`` line)."""
    first = command.read_bytes().split(b"\n", 1)[0].decode()
    if not first.startswith("#!"):
        raise AssertionError(f"{command}: not a script with a #! line")
    return first[2:].strip()


def installed_folders(command: Path) -> dict[str, Path]:
    """Where ``command``'s interpreter imports each package from (run outside any checkout)."""
    out = subprocess.run([interpreter(command), "-c", WHERE, *PACKAGES], capture_output=True,
                         text=True, cwd="/", timeout=60)
    if out.returncode != 0:
        raise AssertionError(f"{command}: cannot import its packages: {out.stderr[-500:]}")
    return {name: Path(paths[0]) for name, paths in json.loads(out.stdout).items()}


def mismatch(command: Path, root: Path) -> list[str]:
    """The files in which the command's packages differ from the working tree ``root``'s
    (empty when it runs the checkout's code)."""
    problems = []
    for name, folder in installed_folders(command).items():
        tree = root / PACKAGES[name]
        if folder.resolve() == tree.resolve():
            continue  # an editable install: the working tree itself
        ours, theirs = digests(tree), digests(folder)
        for rel in sorted(ours.keys() | theirs.keys()):
            if ours.get(rel) != theirs.get(rel):
                what = ("missing" if rel not in theirs else "not in the checkout"
                        if rel not in ours else "differs")
                problems.append(f"{name}/{rel}: {what}")
    return problems
