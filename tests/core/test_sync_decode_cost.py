"""A day-after sync decodes the groups of the tags that changed, not their articles' every
tag: the same count with a team of 2 or of 4 members on one article (#28)."""

from __future__ import annotations

import shutil

import pytest

from annotations import AnnotationStore
from annotations.team import sync_store
from tests.core.test_store_group_size import DecodeCount
from tests.synckit import analyst, bare, quote, run_sync

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _team(tmp_path, ru_article, members: int):
    """``members`` analysts with 64 tags each on one article, all pushed; a new member's
    store after its first sync (the tags written as groups). Returns (remote, the
    members' stores and tags, the new member's store)."""
    remote = bare(tmp_path)
    length = len(ru_article.part_text("body"))
    team = []
    for m in range(members):
        name = f"m{m}"
        path = analyst(tmp_path, name, remote, ru_article)
        with AnnotationStore(path) as s:
            mine = s.add_many([quote(ru_article, (7 * i + m) % (length - 20),
                                     (7 * i + m) % (length - 20) + 12, name)
                               for i in range(64)])
        run_sync(path, name)
        team.append((name, path, mine))
    newbie = analyst(tmp_path, "new", remote, ru_article)
    r = run_sync(newbie, "new")
    assert (r.pulled_added, r.rejected) == (64 * members, [])
    return team, newbie


@pytest.mark.parametrize("members", [2, 4])
def test_a_day_after_decodes_the_changed_tags_groups_whatever_the_team(
        tmp_path, ru_article, monkeypatch, members):
    monkeypatch.setattr(sync_store, "GROUPS_FROM", 10)  # the first sync writes groups
    team, newbie = _team(tmp_path, ru_article, members)
    name, path, mine = team[-1]
    with AnnotationStore(path) as s:  # a teammate's day: one edit, one deletion
        s.update(s.get(mine[5].sid).model_copy(update={"speaker": "Sergei Lavrov"}))
        s.delete(mine[40].sid)
    run_sync(path, name)
    decoded = DecodeCount(monkeypatch)
    r = run_sync(newbie, "new")
    assert (r.pulled_updated, r.pulled_deleted, r.rejected) == (1, 1, [])
    assert decoded.tags == 64  # the one group holding both (the last member's 64 tags)
    with AnnotationStore(newbie) as s:
        assert s.get(mine[5].sid).speaker == "Sergei Lavrov"
        assert s.get(mine[40].sid) is None
        assert len(s) == 64 * members - 1
