"""Why a tag could not be saved, as data: the field to fix (if any) and the message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError

_KINDS = ("quote", "stance", "claim")


@dataclass(frozen=True)
class SaveError:
    """A failed save: ``field`` is the form field to focus (None: not one field's fault)."""

    field: str | None
    message: str

    @classmethod
    def from_validation(cls, err: ValidationError) -> SaveError:
        """The first problem of a pydantic error, with the top-level field it lies in."""
        from annotations.model.validation import first_error

        loc = list(err.errors()[0]["loc"])
        if len(loc) > 1 and loc[0] in _KINDS:  # the union member's tag
            loc = loc[1:]
        field = str(loc[0]) if loc else None
        return cls(field, first_error(err))
