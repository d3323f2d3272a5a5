"""The pydantic internal threadmark relies on: a model's set of the fields it was given.

pydantic keeps, for every model instance, a new ``set`` of the names of the fields it was
given (``__pydantic_fields_set__``, read by ``model_fields_set`` and ``exclude_unset``):
216 bytes, a quarter of a comment's memory, in a thread of 100,000 comments 21 MB of sets
holding the same few names. ``share_fields_set`` gives every model given the same fields one
set, stored as pydantic's own ``model_construct(_fields_set=...)`` stores it. Only for
models that are never assigned to (an assignment adds the field's name to the set, and so to
every model sharing it): ``article.Comment``.
"""

from __future__ import annotations

from typing import Any

import pydantic
from pydantic import BaseModel

TESTED_VERSION = "2.14.3"
_ATTRIBUTE = "__pydantic_fields_set__"

_shared: dict[frozenset[str], set[str]] = {}


def share_fields_set(model: BaseModel) -> None:
    """Replace ``model``'s set of given fields by the one shared set with the same names."""
    names = getattr(model, _ATTRIBUTE)
    key = frozenset(names)
    shared = _shared.get(key)
    if shared is None:
        shared = _shared[key] = set(key)
    object.__setattr__(model, _ATTRIBUTE, shared)


def check() -> list[str]:
    """Problems with the internal this module relies on (empty when all is as tested)."""
    problems = []
    if pydantic.VERSION != TESTED_VERSION:
        problems.append(f"pydantic {pydantic.VERSION} installed; compat_pydantic was written "
                        f"for {TESTED_VERSION}: re-check BaseModel.{_ATTRIBUTE}")
    if _ATTRIBUTE not in getattr(BaseModel, "__slots__", ()):
        problems.append(f"BaseModel.{_ATTRIBUTE} is no longer a slot of every model")

    class Probe(BaseModel):
        a: int
        b: Any = None

    one, two = Probe(a=1), Probe(a=2)
    share_fields_set(one)
    share_fields_set(two)
    if one.model_fields_set is not two.model_fields_set or one.model_fields_set != {"a"}:
        problems.append("model_fields_set no longer reads BaseModel.__pydantic_fields_set__")
    elif one.model_dump(exclude_unset=True) != {"a": 1}:
        problems.append("exclude_unset no longer reads BaseModel.__pydantic_fields_set__")
    return problems
