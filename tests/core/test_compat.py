"""Private APIs of pinned libraries, used only through compatibility modules: fail clearly on
an upgrade that moves them."""

from __future__ import annotations

from annotations import compat_tinydb


def test_tinydb_private_hook_is_as_tested():
    assert compat_tinydb.check() == []


def test_textual_private_api_is_as_tested():
    from tui import compat_textual

    assert compat_textual.check() == []


def test_textual_colour_cache_keeps_no_widget_alive():
    """``StylesCache.get_inner_outer`` cached by colours only: the styles cache (and the
    lines) of a widget that drew a background is freed with it."""
    import gc
    import weakref

    from textual._styles_cache import StylesCache
    from textual.color import Color

    from tui import compat_textual

    compat_textual.unpin_styles_caches()
    compat_textual.unpin_styles_caches()  # idempotent
    cache = StylesCache()
    ref = weakref.ref(cache)
    inner, outer = cache.get_inner_outer(Color(10, 20, 30), Color(0, 0, 255, 0.5))
    assert (inner, outer) == StylesCache().get_inner_outer(Color(10, 20, 30),
                                                           Color(0, 0, 255, 0.5))
    assert outer.background == Color(10, 20, 30)
    assert inner.background == Color(10, 20, 30) + Color(0, 0, 255, 0.5)
    del cache
    gc.collect()
    assert ref() is None


def test_textual_serve_private_api_is_as_tested():
    from tui import compat_textual_serve

    assert compat_textual_serve.check() == []


def test_the_textual_serve_check_names_what_moved(monkeypatch):
    from textual_serve.server import Server

    from tui import compat_textual_serve

    monkeypatch.setattr(compat_textual_serve, "version", lambda name: "9.0.0")
    monkeypatch.delattr(Server, "_make_app")
    problems = compat_textual_serve.check()
    assert problems[0].startswith("textual-serve 9.0.0 installed; compat_textual_serve was "
                                  "written for 1.1.3")
    assert problems[1].startswith("Server._make_app is gone")


def test_the_textual_serve_check_names_templates_it_could_not_replace(monkeypatch):
    from textual_serve.server import Server

    from tui import compat_textual_serve

    async def _make_app(self):  # builds its application without aiohttp_jinja2
        return None

    monkeypatch.setattr(Server, "_make_app", _make_app)
    assert compat_textual_serve.check() == [
        "Server._make_app no longer sets up aiohttp_jinja2: threadmark's page templates (held "
        "in memory) would not replace textual-serve's"]


def test_icu_behaviour_is_as_tested():
    from annotations import compat_icu

    assert compat_icu.check() == []


def test_pydantic_fields_set_is_as_tested():
    from annotations import compat_pydantic

    assert compat_pydantic.check() == []


def test_comments_share_their_set_of_given_fields(ru_article):
    from annotations.model.article import article_from_doc, article_to_doc

    article = article_from_doc(article_to_doc(ru_article))
    sets = {id(c.model_fields_set) for c, _ in article.walk()}
    assert len(sets) == 1 and article.comment_count() == 12  # one set, not twelve
    assert article.comments[0].model_fields_set == {"id", "author", "name", "posted_at",
                                                    "text", "status"}
