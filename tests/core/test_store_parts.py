"""The store is a facade over parts it owns (#27): every public method says how it is locked
(a decorator, no list of names), and a part can be imported without the facade."""

from __future__ import annotations

import inspect
import subprocess
import sys

from annotations.store import AnnotationStore
from annotations.store.locking import LOCK_MARK


def _public_methods() -> dict[str, object]:
    return {name: value.__func__ if isinstance(value, staticmethod) else value
            for name, value in vars(AnnotationStore).items()
            if callable(value) and (not name.startswith("_") or name in ("__len__", "__iter__"))}


def test_every_public_method_of_the_store_says_how_it_is_locked():
    scopes = {name: getattr(fn, LOCK_MARK, None) for name, fn in _public_methods().items()}
    assert [name for name, scope in scopes.items() if scope is None] == []
    assert {name for name, scope in scopes.items() if scope == "writes"} == {
        "add_article", "add", "add_many", "update", "update_many", "delete", "merge",
        "merge_groups", "set_meta", "undo", "redo", "reject", "remove_article", "restore_article"}
    assert (scopes["compact"], scopes["close"], scopes["article_summaries"],
            scopes["known_source"], scopes["all_or_nothing"]) == (
        "write_locked", "closes", "index_first", "unreplayed", "locks_itself")


def test_the_lock_decorators_keep_each_method_signature():
    """``functools.wraps``: help() and the type checker see the method, not ``*args``."""
    assert str(inspect.signature(AnnotationStore.tags)) == (
        "(self, article_id: 'str | None' = None, kind: 'str | Iterable[str] | None' = None, "
        "annotator: 'str | None' = None, label: 'str | None' = None, "
        "text: 'str | None' = None, part: 'str | None' = None) -> 'list[Tag]'")
    assert AnnotationStore.add.__doc__.startswith("Validate and save a new tag")


def test_a_part_is_imported_without_the_facade():
    code = ("import sys, annotations.store.history, annotations.store.types; "
            "print('annotations.store.facade' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_a_part_keeps_its_own_state(tmp_path, ru_article):
    """The parts meet only through the references the facade gives them: none holds the
    facade, and each one's state is its own attributes."""
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        parts = [s._records, s._articles, s._tags, s._history, s._queries, s._writes,
                 s._rejections, s._adder, s._seen]
        for part in parts:
            assert not any(isinstance(v, AnnotationStore) for v in vars(part).values()), part
        assert len({id(p) for p in parts}) == len(parts)
        assert s._articles.article(ru_article.id) == ru_article


def test_all_or_nothing_on_a_deferred_open_replays_first(tmp_path, ru_article, us_article):
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
    s = AnnotationStore(tmp_path / "s.db", defer=True)
    assert s.pending
    with s.all_or_nothing():
        s.add_article(us_article)
    assert not s.pending and s.article_ids() == [ru_article.id, us_article.id]
    s.close()


def test_a_lazy_views_fallback_reads_through_the_stores_lock(tmp_path, ru_article):
    """``article_view(comments_later=True)``: the comment tree is read after the call returned,
    so its fallback (the validated article) must take the store's lock: it is the facade's
    ``article``, not the part's."""
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
    with AnnotationStore(tmp_path / "s.db") as s:  # not validated yet: a lazy view
        view = s.article_view(ru_article.id, comments_later=True)
        fallback = view._fallback
        assert fallback.func == s.article and fallback.args == (ru_article.id,)
        assert getattr(fallback.func, "__store_lock__", None) == "reads"
        assert fallback() == ru_article
