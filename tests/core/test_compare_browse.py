"""The tag browser's index (annotations/compare/browse.py) on the tagged seeds."""

from __future__ import annotations

from annotations.compare.browse import CommentIndex, TagIndex, parse_query
from tests.compare_kit import story_store


def test_parse_query():
    q, problem = parse_query('kind:quote Speaker:Putin group:"US press" Alliance')
    assert q.fields == (("kind", "quote"), ("who", "putin"), ("group", "us press"))
    assert q.words == ("alliance",) and problem is None
    q, problem = parse_query('colour:red "unclosed')
    assert q.words == ("colour:red", "unclosed")
    assert problem == "no field 'colour': searched as text"


def test_filters_and_narrowing_give_what_a_fresh_index_gives(tmp_path):
    path, arts = story_store(tmp_path / "s.db")
    from annotations.store import AnnotationStore

    with AnnotationStore(path) as store:
        ix = TagIndex(store)
        assert len(ix) == 18
        typed = "kind:quote speaker:zhao story:valdai"
        for k in range(1, len(typed) + 1):  # every prefix, each narrowing the one before
            got, _ = ix.search(typed[:k])
            fresh, _ = TagIndex(store).search(typed[:k])
            assert got == fresh, typed[:k]
        assert [ix.rows[i]["who"] for i in got] == ["Zhao Lijian", "Zhao"]
        for sort in ("position", "who", "kind", "updated"):  # every path: fresh, narrowed
            for query in ("kind:stance", "kind:stance who:bor", "annotator:ana outlet:news"):
                got, _ = ix.search(query, sort)
                want = [i for i in ix.order(sort) if i in set(TagIndex(store).search(
                    query)[0])]
                assert got == want, (sort, query)
        got, _ = ix.search('group:"russian media" kind:claim')
        assert [(ix.rows[i]["verdict"], ix.rows[i]["outlet"]) for i in got] == [
            ("true", "Voennoye Obozreniye")]
        got, _ = ix.search("outlet:newsweek", sort="who")
        assert [ix.rows[i]["who"] for i in got][:3] == ["", "", "President Putin"]
        got, _ = ix.search("military allianc")  # free text: tagged text and fields
        assert [(ix.rows[i]["kind"], ix.rows[i]["part"]) for i in got] == [
            ("quote", "body"), ("stance", "2"), ("stance", "4"), ("stance", "4.1")]
        comments = CommentIndex(store)
        got, _ = comments.search("author:tuzakov")
        assert [comments.rows[i]["comment"] for i in got] == ["3", "3.1.1"]
        got, _ = comments.search("story:valdai chinatowns")
        assert [comments.rows[i]["who"] for i in got] == ["passing by"]
