"""The library's filter narrows rows built once: a keystroke reads nothing from the store,
and shows what a reload with the same filter shows."""

from __future__ import annotations

from annotations.store.types import ArticleSummary
from tests.tui.helpers import make_app
from tui.screens.library_rows import LibraryRows


def _s(aid, title, source=None, url=None, discusses=None):
    return ArticleSummary(aid, title, source, 0, 0, url, discusses, None, None, None)


def test_rows_are_selected_in_order_with_discussions_and_stories():
    arts = [_s("a", "Putin on an alliance", "RIA", url="https://ria.ru/x"),
            _s("b", "China calls talk positive", "Newsweek"),
            _s("c", "Thread about the alliance", "Reddit", discusses="https://ria.ru/x")]
    rows = LibraryRows(arts, {"Alliance week": ["b"]}, None, ["b"])
    assert [r.id for r in rows.select("").rows] == ["a", "c", "b"]  # c under a
    assert [(r.id, r.indent, r.marked) for r in rows.select("").rows] == [
        ("a", False, False), ("c", True, False), ("b", False, True)]
    chosen = rows.select("thread")
    assert [r.id for r in chosen.rows] == ["c"]
    assert chosen.pairs == {"c": "a", "a": "c"} and chosen.discussions == {"c"}
    assert [r.id for r in rows.select("week").rows] == ["b"]  # a story's members
    assert [r.id for r in rows.select("newsweek").rows] == ["b"]
    assert rows.select("nothing such").rows == [] and rows.total == 3


def test_a_store_still_replaying_is_not_waited_for_its_stories():
    class Replaying:  # a deferred open: the registry would wait for the replay
        pending = True

        def article_summaries(self):
            return [_s("a", "Putin on an alliance"), _s("b", "China calls talk positive")]

        def __getattr__(self, name):
            raise AssertionError(f"read {name} while the journal replays")

    rows = LibraryRows.build(Replaying(), None, [])
    assert [r.id for r in rows.select("putin").rows] == ["a"]
    assert rows.select("alliance week").rows == []


async def test_typing_in_the_filter_reads_nothing_from_the_store(tmp_path):
    app = make_app(tmp_path / "s.db")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen, store = app.screen, app.store
        reads = []
        original = type(store).article_summaries

        def counting(self):
            reads.append(1)
            return original(self)

        type(store).article_summaries = counting
        try:
            await pilot.press("slash", *"newsw")
            await pilot.pause()
            typed = [r.id for r in screen.table.rows]
            assert reads == []
        finally:
            type(store).article_summaries = original
        assert len(typed) == 1 and screen.filter_text == "newsw"
        screen.refresh_rows()  # a reload with the same filter: the same rows
        assert [r.id for r in screen.table.rows] == typed
        assert "1 of 2 articles" in str(screen.query_one("#library-status").render())
