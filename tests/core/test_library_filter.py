"""The library's filter and sort (#29 item 12), on summaries as the store makes them."""

from __future__ import annotations

from annotations.store.library_filter import order, parse_filter
from annotations.store.types import ArticleSummary


def s(aid, title, source=None, date=None, lang=None, author=None, comments=0):
    return ArticleSummary(aid, title, source, comments, 0, None, None, date, lang, author)


ARTS = [s("a", "Putin on an alliance", "RIA Novosti", "2020-10-26T16:13:00", "ru", "Ivanov", 12),
        s("b", "China calls talk positive", "Newsweek", "2020-10-23", "en", "Jack Dutton", 0),
        s("c", "Beijing reacts", "South China Morning Post", "2020-11-02", "zh-Hans", None, 5),
        s("d", "Undated note", "Reuters", None, None, None, 1)]


def ids(f):
    return [a.id for a in ARTS if parse_filter(f).matches(a)]


def test_words_match_title_outlet_and_author():
    assert ids("china") == ["b", "c"]  # title "China", outlet "South China..."
    assert ids("dutton") == ["b"]
    assert ids("china positive") == ["b"]  # every word must match


def test_language_outlet_and_date_range():
    assert ids("lang:ru") == ["a"]
    assert ids("lang:zh") == ["c"]  # zh-Hans is Chinese
    assert ids("lang:ru lang:en") == ["a", "b"]
    assert ids("outlet:china") == ["c"]
    assert ids("from:2020-10-24") == ["a", "c"]  # the undated article is left out
    assert ids("to:2020-10") == ["a", "b"]  # a month bound covers the whole month
    assert ids("from:2020-10 to:2020-10-25") == ["b"]
    assert ids("from:2020-11 beijing") == ["c"]
    assert ids("") == ["a", "b", "c", "d"]


def test_order_by_any_column_missing_values_last():
    groups = [(a, [a]) for a in ARTS]

    def by(key, desc=False):
        return [g[0].id for g in order(groups, key, desc)]

    assert by(None) == ["a", "b", "c", "d"]
    assert by("date") == ["b", "a", "c", "d"]
    assert by("date", True) == ["c", "a", "b", "d"]
    assert by("title") == ["c", "b", "a", "d"]
    assert by("author") == ["a", "b", "c", "d"]  # Ivanov, Jack Dutton; none last
    assert by("comments", True) == ["a", "c", "d", "b"]
    assert by("language") == ["b", "a", "c", "d"]
