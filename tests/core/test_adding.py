"""One add-files path (#27): ``add_file`` is what the app (``add_files``) and ``threadmark
import`` run, so a file's articles are stored all or none in both, with the same messages."""

from __future__ import annotations

from annotations import AnnotationStore
from annotations.sources.adding import add_file, add_files
from annotations.sources.loader import load_article
from tests.conftest import ROOT, RU_SEED

DISQUS = ROOT / "tests" / "fixtures" / "disqus" / "export.xml"


def test_the_app_adds_a_file_of_several_articles_whole_or_not_at_all(tmp_path):
    first, second = load_article(DISQUS).articles
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:  # the second thread's id, held with other text
        s.add_article(second.model_copy(update={"title": "Another text under its id"}))
    before = path.read_bytes()
    with AnnotationStore(path) as s:
        added = add_files(s, [DISQUS])
        assert s.article(first.id) is None
    assert added.ids == []
    assert added.messages == [
        ("warning", f"{DISQUS}: 2 deleted or spam post(s) skipped"),
        ("error", f"{DISQUS}: article {second.id} is stored with different text; an id must "
                  "be the hash of its text")]
    assert path.read_bytes()[:len(before)] == before


def test_add_file_counts_what_it_stored_and_what_was_there(tmp_path, ru_article):
    with AnnotationStore(tmp_path / "s.db") as s:
        one = add_file(s, RU_SEED)
        assert (one.ids, one.new, one.known, one.failed, one.messages) == (
            [ru_article.id], 1, 0, False, [])
        again = add_file(s, RU_SEED)  # remembered: not parsed again
        assert (again.ids, again.new, again.known, again.failed) == ([ru_article.id], 0, 1, False)


def test_add_file_makes_the_store_only_for_a_file_with_something_to_add(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    made: list[AnnotationStore] = []

    def make() -> AnnotationStore:
        made.append(AnnotationStore(tmp_path / "s.db"))
        return made[0]

    one = add_file(make, bad)
    assert (one.failed, one.messages, made) == (True, [("error", f"{bad}: empty file")], [])
    assert add_file(make, RU_SEED).new == 1 and len(made) == 1
    made[0].close()


def test_read_only_finds_a_file_only_when_all_its_articles_are_stored(tmp_path, ru_article):
    path = tmp_path / "s.db"
    AnnotationStore(path).close()
    with AnnotationStore(path, readonly=True) as s:
        one = add_file(s, RU_SEED, readonly=True)
    assert (one.ids, one.failed, one.messages) == (
        [], True, [("error", f"{RU_SEED}: not in the store, and it is open read-only")])
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
    with AnnotationStore(path, readonly=True) as s:
        one = add_file(s, RU_SEED, readonly=True)
    assert (one.ids, one.known, one.failed) == ([ru_article.id], 1, False)
