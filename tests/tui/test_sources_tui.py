"""Real material in the TUI (#10): a saved page and a Reddit thread open; the library lists
discussions under the article they discuss, and c opens the pair side by side."""

from __future__ import annotations

from pathlib import Path

from tests.tui.helpers import make_app, screen_text, screen_words, wait_until
from tui.screens.reader import ReaderScreen

FIX = Path(__file__).parent.parent / "fixtures"


async def test_open_a_saved_page_shows_the_article(tmp_path):
    page = FIX / "pages" / "reuters.com.parasite.html"
    app = make_app(tmp_path / "s.db", open_paths=[page], seed_if_empty=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        text = screen_text(app)
        assert "'Parasite' scores historic upset at SAG awards" in text
        assert "Reuters · Jill Serjeant · 2020-01-20 · 0 comments" in text
        assert "LOS ANGELES (Reuters) - South Korean thriller" in text
        assert "Discover Thomson Reuters" not in text  # furniture hidden by default


async def test_open_a_reddit_thread_shows_its_tree(tmp_path):
    thread = FIX / "reddit" / "thread_link_post.json"
    app = make_app(tmp_path / "s.db", open_paths=[thread], seed_if_empty=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        side = app.screen.sides[0]
        assert side.tree.model is not None and len(side.tree.model.rows) == 21
        await pilot.press("tab")
        text = screen_text(app)
        assert "Doc-Zoidberg" in text and "r/holdmyredbull" in text
        assert side.tree.current_id == "1"


async def test_library_lists_discussions_under_their_article(tmp_path):
    files = [FIX / "handmade" / "tram_article.html", FIX / "hn" / "item_story.json",
             FIX / "disqus" / "export.xml"]
    app = make_app(tmp_path / "s.db", seed_if_empty=False)
    async with app.run_test(size=(140, 30)) as pilot:
        app._add_files(files)
        app.screen.refresh_rows()
        await pilot.pause()
        rows = [ln for ln in screen_text(app).splitlines() if "tram network" in ln
                or "budget" in ln]
        assert "↳" not in rows[0] and "City News" in rows[0]
        assert "↳ City council votes" in rows[1] and "Hacker News" in rows[1]
        assert "↳ City council votes" in rows[2] and "citynews" in rows[2]
        assert "The budget, line by line" in rows[3] and "↳" not in rows[3]
        await pilot.press("down", "c")  # on the Hacker News discussion
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.compare
        assert [s.article.source for s in screen.sides] == ["City News", "Hacker News"]


async def test_a_served_tab_on_a_locked_store_opens_read_only_with_a_banner(tmp_path):
    from annotations import AnnotationStore

    store = tmp_path / "s.db"
    with AnnotationStore(store):  # another tab writes
        app = make_app(store, served_tab=True)
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: "READ-ONLY: another tab is writing to this store"
                             in screen_text(app), "the read-only banner")
            assert app.readonly and app.store.readonly
        plain = make_app(store)  # outside serve: the lock's message, as before
        async with plain.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: "in use by another threadmark" in screen_words(plain),
                             "the lock's message")
