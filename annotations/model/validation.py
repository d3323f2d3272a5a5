"""One-line summaries of pydantic validation errors (``field.path: message``)."""

from __future__ import annotations

from pydantic import ValidationError


def first_error(err: ValidationError) -> str:
    """A one-line summary of a pydantic error: ``field.path: message``."""
    e = err.errors()[0]
    parts = list(e["loc"])
    if len(parts) > 1 and parts[0] in ("quote", "stance", "claim"):  # the union member's tag
        parts = parts[1:]
    loc = ".".join(str(p) for p in parts) or "(document)"
    more = f" (+{err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{loc}: {e['msg']}{more}"


def problem_text(err: Exception) -> str:
    """One line for a validation failure of any kind (pydantic's or our own ``ValueError``)."""
    if isinstance(err, ValidationError):
        return first_error(err)
    return str(err).split("\n", 1)[0]
