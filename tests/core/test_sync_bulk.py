"""A big pull (a new member's first sync) is written as the store's group records (an
article's tags, 64 a group), in one undo step, as a day's few changes are written tag by tag
(#28)."""

from __future__ import annotations

import shutil

import pytest

from annotations import AnnotationStore
from annotations.team import sync_store
from tests.synckit import analyst, bare, quote, run_sync, tags

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_a_big_pull_goes_in_as_groups_and_one_undo_takes_it_back(tmp_path, ru_article,
                                                                  monkeypatch):
    remote = bare(tmp_path)
    ana, ben = (analyst(tmp_path, n, remote, ru_article) for n in ("ana", "ben"))
    with AnnotationStore(ana) as s:
        anas = [s.add(quote(ru_article, 10 * i, 10 * i + 8, "ana")) for i in range(5)]
    run_sync(ana, "ana")
    written: list[list[tuple[str, int]]] = []
    merge_groups = AnnotationStore.merge_groups

    def spy(self, groups, ids, before, action="import"):
        written.append([(aid, len(gids)) for aid, gids, _, _ in groups])
        return merge_groups(self, groups, ids, before, action)

    monkeypatch.setattr(AnnotationStore, "merge_groups", spy)
    monkeypatch.setattr(sync_store, "GROUPS_FROM", 3)
    r = run_sync(ben, "ben")
    assert (r.pulled_added, written) == (5, [[(ru_article.id, 5)]])
    assert tags(ben) == {t.sid: t for t in anas}  # read back as they were written
    # a teammate's edit of two of them: the same path, the stored versions kept for undo
    with AnnotationStore(ana) as s:
        for t in anas[:3]:
            s.update(s.get(t.sid).model_copy(update={"speaker": "Sergei Lavrov"}))
    run_sync(ana, "ana")
    r = run_sync(ben, "ben")
    assert (r.pulled_updated, written[1]) == (3, [(ru_article.id, 3)])
    with AnnotationStore(ben) as s:
        assert {s.get(t.sid).speaker for t in anas[:3]} == {"Sergei Lavrov"}
        s.undo()  # one step: the three edits
        assert [s.get(t.sid) for t in anas] == anas
        s.undo()  # one step: the whole first pull
        assert len(s) == 0
    # small pulls (and any with a deletion) go through the store's merge as before
    monkeypatch.setattr(sync_store, "GROUPS_FROM", 2000)
    with AnnotationStore(ben) as s:
        s.redo()
        s.redo()
    with AnnotationStore(ana) as s:
        s.delete(anas[4].sid)
    run_sync(ana, "ana")
    r = run_sync(ben, "ben")
    assert (r.pulled_deleted, len(written)) == (1, 2)
    assert set(tags(ben)) == {t.sid for t in anas[:4]}


def test_a_new_tag_is_looked_up_in_the_store_once(tmp_path, ru_article, monkeypatch):
    remote = bare(tmp_path)
    ana, ben = (analyst(tmp_path, n, remote, ru_article) for n in ("ana", "ben"))
    with AnnotationStore(ana) as s:
        anas = {s.add(quote(ru_article, 10 * i, 10 * i + 8, "ana")).sid for i in range(4)}
    run_sync(ana, "ana")
    looked: list[str] = []
    get = AnnotationStore.get

    def spy(self, tag_id):
        looked.append(str(tag_id))
        return get(self, tag_id)

    monkeypatch.setattr(AnnotationStore, "get", spy)
    assert run_sync(ben, "ben").pulled_added == 4
    # the merge plan's comparison only: the owner check knows an id the store lacks
    assert sorted(sid for sid in looked if sid in anas) == sorted(anas)
