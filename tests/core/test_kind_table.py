"""The plain kind table (``kind_table``, read without pydantic) says what the models say."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import create_model

from annotations.model import kind_table, kinds
from annotations.model.kind_table import BY_KIND, KINDS, choice_fields, required_text_fields
from annotations.model.models import KINDS as MODEL_KINDS
from annotations.model.models import Claim


def _table() -> dict[str, tuple[kinds.ModelField, ...]]:
    return {d.kind: tuple((f.name, f.choices, f.default, f.required, f.nullable, f.number)
                          for f in d.fields) for d in KINDS}


def test_table_equals_models() -> None:
    assert tuple(d.kind for d in KINDS) == MODEL_KINDS
    assert _table() == kinds.model_kinds()


def test_models_read_exactly() -> None:
    """What the reading of the models gives, spelled out (a reading that lost the choices
    or the defaults would pass the parity test against a table that lost them too)."""
    got = kinds.model_kinds()
    assert got["claim"][3] == ("verdict", ("unverified", "true", "false", "misleading",
                                           "unverifiable"), "unverified", True, False, False)
    assert got["stance"][2] == ("polarity", ("favor", "against", "neutral"), None, True,
                                False, False)
    assert got["stance"][3] == ("intensity", ("1", "2", "3"), None, False, True, True)
    assert got["quote"][1] == ("speaker_role", None, None, False, True, False)
    assert got["claim"][4] == ("evidence", None, "", False, False, False)
    assert [f[0] for f in got["quote"]] == ["speaker", "speaker_role", "cue", "mode"]


def test_a_field_added_to_a_model_fails_the_parity(monkeypatch: pytest.MonkeyPatch) -> None:
    bigger = create_model("Claim2", __base__=Claim,
                          source_kind=(Literal["wire", "own"], "own"))
    monkeypatch.setitem(kinds.MODELS, "claim", bigger)
    assert kinds.model_kinds()["claim"][-1] == ("source_kind", ("wire", "own"), "own", True,
                                               False, False)
    assert _table() != kinds.model_kinds()


def test_changed_choices_fail_the_parity(monkeypatch: pytest.MonkeyPatch) -> None:
    other = create_model("Claim3", __base__=Claim,
                         verdict=(Literal["unverified", "true", "false"], "unverified"))
    monkeypatch.setitem(kinds.MODELS, "claim", other)
    assert _table() != kinds.model_kinds()


def test_derived_views() -> None:
    assert kind_table.WHO_FIELDS == ("speaker", "holder", "claimant")
    assert BY_KIND["stance"].names == ("holder", "target", "polarity", "intensity")
    assert choice_fields("claim") == ("claim_type", "checkworthy", "verdict")
    assert required_text_fields("stance") == ("holder", "target")
    assert required_text_fields("claim") == ()


def test_table_reads_without_pydantic() -> None:
    import subprocess
    import sys
    code = ("import sys; import annotations.model.kind_table; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_readers_take_the_declaration() -> None:
    """The comparison's lite tags, agreement and figure 3 read the kinds' fields as before."""
    from dataclasses import fields

    from annotations.compare import claims, lite
    from annotations.team import agreement
    assert lite._KIND_FIELDS == {
        "quote": ((0, "speaker"), (1, "speaker_role"), (2, "mode")),
        "stance": ((3, "holder"), (4, "target"), (5, "polarity")),
        "claim": ((6, "claimant"), (7, "claim_type"), (8, "checkworthy"), (9, "verdict"))}
    declared = [f.name for d in KINDS for f in d.fields]
    own = [f.name for f in fields(lite.LiteTag) if f.name in declared]
    assert own == [n for n in declared if n in own]  # LiteTag keeps the declared order
    defaults = {f.name: f.default for d in KINDS for f in d.fields if f.default is not None}
    assert all(d == defaults[n] for n, d in lite._OWN_FIELDS if n in defaults)
    assert agreement.FIELDS == {"quote": ("mode", "speaker"),
                                "stance": ("polarity", "holder", "target"),
                                "claim": ("claim_type", "checkworthy", "verdict")}
    assert agreement.FREE_TEXT == frozenset({"speaker", "holder", "target"})
    assert claims.FIELDS == ("claim_type", "checkworthy", "verdict")
