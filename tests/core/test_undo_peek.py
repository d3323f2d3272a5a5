"""The store says which articles its next undo (redo) step touches (#29 item 3)."""

from __future__ import annotations

from annotations import Anchor, AnnotationStore, Quote


def test_peek_names_the_articles_of_the_next_step(tmp_path, ru_article, us_article):
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        assert s.peek() is None and s.peek(redo=True) is None
        q = Quote(anchor=Anchor.for_span(us_article, "body", 0, 10), annotator="ana",
                  speaker="x")
        s.add(q)
        s.reject(ru_article.id, "quote:body:0:5", "China")
        nxt = s.peek()
        assert (nxt.action, nxt.articles) == ("reject", (ru_article.id,))
        assert s.undo().articles == (ru_article.id,)
        nxt = s.peek()
        assert (nxt.action, nxt.ids, nxt.articles) == ("add", (q.sid,), (us_article.id,))
        assert s.undo().articles == (us_article.id,)  # the tag is gone: its undo record says
        assert s.peek(redo=True).articles == (us_article.id,)
        assert s.redo().articles == (us_article.id,) and s.get(q.sid) is not None


def test_remove_article_hides_it_from_the_library_keeps_its_tags_and_undoes(
        tmp_path, ru_article, us_article):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        q = Quote(anchor=Anchor.for_span(us_article, "body", 0, 10), annotator="ana",
                  speaker="x")
        s.add(q)
        s.remove_article(us_article.id)
        assert [a.id for a in s.article_summaries()] == [ru_article.id]
        assert s.get(q.sid) is not None and s.article(us_article.id) is not None
        assert s.peek().describe() == "remove 1 article from the library"
    with AnnotationStore(path) as s:  # durable, and the library index says the same
        assert [a.id for a in s.article_summaries()] == [ru_article.id]
        change = s.undo()
        assert (change.action, change.articles) == ("remove", (us_article.id,))
        assert [a.id for a in s.article_summaries()] == [ru_article.id, us_article.id]
        s.redo()
        s.restore_article(us_article.id)
        assert len(s.article_summaries()) == 2 and s.removed_articles() == set()
