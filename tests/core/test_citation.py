"""Citations and quoted spans (#29 item 5): never doubled quotation marks; outlet, date and URL
when the article has them."""

from __future__ import annotations

import pytest

from annotations import Anchor, Quote
from annotations.exchange.citation import citation, quoted

SPAN = '"You can imagine everything,"'


@pytest.mark.parametrize(("text", "shown"), [
    (SPAN, "“You can imagine everything,”"),
    ("“Most people agree.”", "“Most people agree.”"),
    ("« Il faut agir »", "“Il faut agir”"),
    ("„Wir schaffen das“", "“Wir schaffen das”"),
    ("「我们反对」", "“我们反对”"),
    ("plain words", "“plain words”"),
    ("it's 'fine'", "“it's 'fine”"),  # only the outer marks go
])
def test_quoted_never_doubles_marks(text, shown):
    assert quoted(text) == shown


def test_citation_names_speaker_title_outlet_date_url(us_article):
    start = us_article.body.index(SPAN)
    tag = Quote(anchor=Anchor.for_span(us_article, "body", start, start + len(SPAN)),
                annotator="ana", speaker="Vladimir Putin")
    assert citation(tag, us_article) == (
        "“You can imagine everything,” — Vladimir Putin, China Calls Russia's Talk of Possible "
        "Military Alliance 'Positive,' with 'No Limit' to Their Ties, Newsweek")
    dated = us_article.model_copy(update={"published_at": "2020-10-23T09:30:00+03:00",
                                          "url": "https://www.newsweek.com/x-1541999"})
    assert citation(tag, dated).endswith(
        "Their Ties, Newsweek, 2020-10-23, https://www.newsweek.com/x-1541999")


def test_who_of_each_kind_from_the_declaration() -> None:
    """Speaker, holder or claimant (``kind_table.WHO_FIELDS``), else the annotator."""
    from types import SimpleNamespace

    from annotations.exchange.citation import who_of
    assert who_of(SimpleNamespace(speaker="Lavrov", annotator="ana")) == "Lavrov"
    assert who_of(SimpleNamespace(holder="Readers", target="x", annotator="ana")) == "Readers"
    assert who_of(SimpleNamespace(claimant="TASS", annotator="ana")) == "TASS"
    assert who_of(SimpleNamespace(claimant=None, annotator="ana")) == "ana"
    assert who_of(SimpleNamespace(speaker="", annotator="bo")) == "bo"
