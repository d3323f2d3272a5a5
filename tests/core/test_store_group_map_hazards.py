"""The group map (#28) under hazards: compaction in the same session, a second process,
crashes, full disks, files swapped or edited under the map."""

from __future__ import annotations

from annotations import Anchor, AnnotationStore, Quote


def _quotes(article, n, who="ana"):
    return [Quote(anchor=Anchor.for_span(article, "body", 0, 40), speaker=f"Speaker {i}",
                  annotator=who) for i in range(n)]


def _compacted(path, ru_article, us_article):
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many(_quotes(ru_article, 3))
        s.add_many(_quotes(us_article, 2, who="bo"))
        s.compact()
    with AnnotationStore(path, readonly=True) as s:
        return {t.id: t.model_dump(mode="json") for t in s}


def test_groups_and_articles_left_unread_are_read_after_a_compaction_in_the_session(
        tmp_path, ru_article, us_article):
    path = tmp_path / "tags.db"
    want = _compacted(path, ru_article, us_article)
    with AnnotationStore(path) as s:  # mapped open: nothing read yet
        s.compact()  # the app compacts in a worker mid-session
        got = {t.id: t.model_dump(mode="json") for t in s.tags(article_id=us_article.id)}
        assert s.article(us_article.id) == us_article
        assert {t.id: t.model_dump(mode="json") for t in s} == want
    assert len(got) == 2 and got.items() <= want.items()
