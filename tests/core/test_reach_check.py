"""``benchmarks/reach_check``: its role test and its counts on an invented article."""

from __future__ import annotations

import pytest

from annotations.sources.parse import parse_article
from benchmarks.reach_check import Tally, role_fault
from tests.tui.test_suggestion_steps import BRIDGE


@pytest.mark.parametrize(("role", "fault"), [
    ("Mr.", "title"), ("Sens", "title"), ("experts like", "dangling word"),
    ("whose husband", "dangling word"), ("reporter for U", "cut at an initial"),
    ("minister of finance at the time the tax", "clause or hole"),
    ('co-author of "Going Home', "half a quotation"), ("authors,", "punctuation at an edge"),
    ("spokesman", None), ("the former secretary of state", None),
    ('self-styled "new-media" journalist', None),
    ("author of “The Long Road”", None), ('host of "Morning Call"', None),  # a title closed
    ("Late Hour” host", "half a quotation"), ("spokesman”", "punctuation at an edge"),
])
def test_role_fault_names_a_title_or_a_fragment(role, fault):
    assert role_fault(role) == fault


def test_the_tally_of_an_article_whose_quote_and_claim_start_together():
    tally = Tally()
    tally.article(parse_article(BRIDGE), "bridge")
    assert dict(tally.n) == {
        "articles": 1, "suggestions": 4, "roles": 2, "suggestion lists": 1,
        "steps from the top": 8, "steps from the top, out of order": 0,
        "steps after reject": 8, "steps after accept": 8}
    assert tally.roles == []
