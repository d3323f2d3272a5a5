"""Each kind of tag's own fields, declared once as plain data (no pydantic), in the models'
order: for the readers that work without the models (the comparison's lite tags, CSV) and
for the tag form's fields, labels, choices and defaults.

``tests/core/test_kind_table.py`` checks this table against ``models.Quote``/``Stance``/
``Claim`` (``kinds.model_kinds``): a field added to a model fails that test until it is
declared here too.
"""

from __future__ import annotations

from typing import NamedTuple


class KindField(NamedTuple):
    """One of a kind's own fields."""

    name: str
    #: what the form calls it
    label: str
    #: the values it may take (as text), or None for free text
    choices: tuple[str, ...] | None
    #: its value when none is given (None also for a field that must be given)
    default: str | int | None
    #: a value must be given: the form refuses a blank
    required: bool
    #: None is a value (a blank is stored as None, not "")
    nullable: bool
    #: a whole number (the form's text becomes an int)
    number: bool = False


class KindDecl(NamedTuple):
    """One kind of tag: its name, the form's title, who the tag is about, its own fields."""

    kind: str
    title: str
    #: the field naming the person (speaker, holder, claimant): CSV's and search's "who"
    who: str
    fields: tuple[KindField, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The own fields' names, in order."""
        return tuple(f.name for f in self.fields)


KINDS: tuple[KindDecl, ...] = (
    KindDecl("quote", "Quote: who said it", "speaker", (
        KindField("speaker", "Speaker", None, None, True, False),
        KindField("speaker_role", "Role", None, None, False, True),
        KindField("cue", "Cue", None, None, False, True),
        KindField("mode", "Mode", ("direct", "indirect", "mixed"), "direct", True, False),
    )),
    KindDecl("stance", "Stance: who is for or against what", "holder", (
        KindField("holder", "Holder", None, None, True, False),
        KindField("target", "Target", None, None, True, False),
        KindField("polarity", "Polarity", ("favor", "against", "neutral"), None, True, False),
        KindField("intensity", "Intensity", ("1", "2", "3"), None, False, True, number=True),
    )),
    KindDecl("claim", "Claim: a check-worthy statement", "claimant", (
        KindField("claimant", "Claimant", None, None, False, True),
        KindField("claim_type", "Type",
                  ("factual", "statistical", "causal", "prediction", "opinion"), "factual",
                  True, False),
        KindField("checkworthy", "Check-worthy", ("check-worthy", "unimportant", "not-factual"),
                  "check-worthy", True, False),
        KindField("verdict", "Verdict",
                  ("unverified", "true", "false", "misleading", "unverifiable"), "unverified",
                  True, False),
        KindField("evidence", "Evidence", None, "", False, False),
    )),
)
#: kind name -> its declaration
BY_KIND: dict[str, KindDecl] = {d.kind: d for d in KINDS}
#: every kind's person field (speaker, holder, claimant), in the kinds' order
WHO_FIELDS: tuple[str, ...] = tuple(d.who for d in KINDS)


def choice_fields(kind: str) -> tuple[str, ...]:
    """The kind's fields with a fixed set of values that a value must be given for."""
    return tuple(f.name for f in BY_KIND[kind].fields if f.choices and f.required)


def required_text_fields(kind: str) -> tuple[str, ...]:
    """The kind's free-text fields that must be given (names: speaker, holder, target)."""
    return tuple(f.name for f in BY_KIND[kind].fields if f.choices is None and f.required)
