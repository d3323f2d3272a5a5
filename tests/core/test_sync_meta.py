"""Stories and outlets travel with ``threadmark sync`` (#24): ``meta/<annotator>.jsonl``,
merged on pull (union of story members; an outlet's newest record wins), every line checked."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from annotations import AnnotationStore
from annotations.compare import registry
from annotations.sources.parse import parse_article
from annotations.util.clock import now_utc
from tests.conftest import US_SEED
from tests.synckit import Teammate, analyst, bare, run_sync

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def team(tmp_path, ru_article):
    remote = bare(tmp_path)
    return remote, analyst(tmp_path, "ana", remote, ru_article), \
        analyst(tmp_path, "ben", remote, ru_article)


def _reg(path):
    with AnnotationStore(path, readonly=True) as s:
        return registry.read(s)


def test_stories_union_and_newest_outlet_wins(team, ru_article):
    remote, ana, ben = team
    us = parse_article(US_SEED.read_text(encoding="utf-8"))
    with AnnotationStore(ana) as s:
        s.add_article(us)
        registry.add_to_story(s, "valdai", [ru_article.id, us.id])
        registry.set_outlet(s, "TASS", country="RU", language="ru", group="state media")
    with AnnotationStore(ben) as s:
        registry.add_to_story(s, "valdai", [ru_article.id])
        registry.add_to_story(s, "ben only", [ru_article.id])
    r = run_sync(ana, "ana")
    assert r.rejected == [] and r.meta_changes == 0
    r = run_sync(ben, "ben")
    assert r.rejected == []
    assert r.meta_changes == 2  # one member of valdai, the outlet TASS
    reg = _reg(ben)
    assert reg.stories == {"ben only": [ru_article.id], "valdai": [ru_article.id, us.id]}
    assert reg.outlets["TASS"] == registry.Outlet("TASS", "RU", "ru", "state media")
    with AnnotationStore(ben, readonly=True) as s:
        assert s.article(us.id) is not None  # the story's article came with it
        # the record keeps its three fields (as an earlier threadmark reads it), the time apart
        assert s.meta("outlets") == {"TASS": {"country": "RU", "language": "ru",
                                              "group": "state media"}}
        assert set(s.meta("outlet_stamps")) == {"TASS"}
    # ben changes the outlet later: the newer record wins at ana's
    with AnnotationStore(ben) as s:
        registry.set_outlet(s, "TASS", group="news agency")
    run_sync(ben, "ben")
    r = run_sync(ana, "ana")
    reg = _reg(ana)
    assert reg.outlets["TASS"] == registry.Outlet("TASS", "RU", "ru", "news agency")
    assert reg.stories == {"ben only": [ru_article.id], "valdai": [ru_article.id, us.id]}
    assert "2 story/outlet change(s)" in r.summary()
    # ana's older record, published again, does not undo it at ben's
    run_sync(ana, "ana")
    run_sync(ben, "ben")
    assert _reg(ben).outlets["TASS"].group == "news agency"


def test_hostile_meta_file_is_refused_line_by_line(team, tmp_path, ru_article):
    remote, ana, _ = team
    run_sync(ana, "ana")
    evil = Teammate(tmp_path, remote)
    future = (now_utc() + timedelta(days=3)).isoformat()
    evil.lines("meta/evil.jsonl",
               {"story": "valdai", "articles": [ru_article.id]},
               "not json",
               {"story": "x\x1b[31m", "articles": []},
               {"story": "s", "articles": ["../../etc"]},
               {"outlet": "TASS", "group": "forged", "updated": future},
               {"outlet": "RIA", "evil": 1},
               {"article": ru_article.id, "outlet": "RIA"},
               {"what": 1})
    evil.lines("meta/bad name.txt", {"story": "y", "articles": []})
    evil.symlink("meta/link.jsonl", "/etc/passwd")
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [
        "meta/link.jsonl: a symlink (not followed; ignored)",
        "meta/bad name.txt: not a meta file (<name>.jsonl)",
        "meta/evil.jsonl: line 2: not JSON",
        "meta/evil.jsonl: line 3: story name: holds control characters",
        "meta/evil.jsonl: line 4: story 's': '../../etc' is not an article id",
        f"meta/evil.jsonl: line 5: outlet 'TASS': updated {future[:40]} is in the future",
        "meta/evil.jsonl: line 6: outlet 'RIA': not an outlet record",
        "meta/evil.jsonl: line 8: neither a story, an outlet nor an article's outlet"]
    reg = _reg(ana)
    assert reg.stories == {"valdai": [ru_article.id]}
    assert reg.outlets == {}
    assert reg.article_outlets == {ru_article.id: "RIA"}
    assert reg.problems == []
    assert all("\x1b" not in line for line in r.rejected)
