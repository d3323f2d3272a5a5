"""The kinds' own fields as the models declare them (read through pydantic's
``model_fields``), the source ``kind_table``'s plain table is checked against.

``model_kinds()`` gives, per kind, each own field's name, choices (a ``Literal``'s values,
or a bounded whole number's range as text), default, and whether it is required, nullable
and a number, in the models' order: ``kind_table.KINDS`` without the labels and titles.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from annotations.model.models import KINDS, Claim, Quote, Stance, TagBase

_ALL: dict[str, type[BaseModel]] = {"quote": Quote, "stance": Stance, "claim": Claim}
#: kind -> its model, in ``models.KINDS``' order
MODELS: dict[str, type[BaseModel]] = {k: _ALL[k] for k in KINDS}

#: (name, choices, default, required, nullable, number): a ``KindField`` without its label
ModelField = tuple[str, "tuple[str, ...] | None", Any, bool, bool, bool]


def _members(annotation: Any) -> tuple[Any, ...]:
    """The types a union admits (the annotation itself when it is not a union)."""
    if get_origin(annotation) in (Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


def _bare(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation


def model_field(name: str, info: Any) -> ModelField:
    """One model field in ``kind_table.KindField``'s terms (without the label)."""
    members = [_bare(m) for m in _members(info.annotation)]
    nullable = type(None) in members
    kinds = [m for m in members if m is not type(None)]
    number = kinds == [int]
    choices: tuple[str, ...] | None = None
    if len(kinds) == 1 and get_origin(kinds[0]) is Literal:
        choices = tuple(str(v) for v in get_args(kinds[0]))
    elif number:
        low = next(m.ge for m in info.metadata if hasattr(m, "ge"))
        high = next(m.le for m in info.metadata if hasattr(m, "le"))
        choices = tuple(str(n) for n in range(low, high + 1))
    default = None if info.is_required() else info.default
    required = not nullable and default != ""
    return (name, choices, default, required, nullable, number)


def model_kinds() -> dict[str, tuple[ModelField, ...]]:
    """kind -> its own fields (those ``TagBase`` lacks, but ``kind``), as the model says."""
    common = set(TagBase.model_fields) | {"kind"}
    return {kind: tuple(model_field(n, info) for n, info in model.model_fields.items()
                        if n not in common)
            for kind, model in MODELS.items()}
