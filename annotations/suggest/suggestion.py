"""``Suggestion``: a tag the finders propose (the finders' shared result type)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Suggestion:
    """A proposed tag: where it sits, its kind's fields, and how sure the finder is (0-1)."""

    kind: str
    part: str
    start: int
    end: int
    exact: str
    fields: dict[str, Any] = field(default_factory=dict)
    score: float = 0.5

    @property
    def key(self) -> str:
        """What identifies it for a rejection: kind, part and span."""
        return f"{self.kind}:{self.part}:{self.start}:{self.end}"

    def as_json(self) -> dict[str, Any]:
        """The JSON object ``threadmark suggest --json`` prints."""
        return {"kind": self.kind, "part": self.part, "start": self.start, "end": self.end,
                "exact": self.exact, **self.fields, "score": round(self.score, 2)}
