"""``threadmark sync`` reads only what changed since the last sync (#28), and every rule of
#22 still holds for what it reads: a teammate's file that did not change is not read again,
a changed one only through the lines it adds, this store's own file is rewritten
from the tags that changed here, and anything the last sync refused is read whole again."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from annotations import AnnotationStore
from annotations.exchange.importer import MergePlan
from annotations.model import models
from annotations.store.types import HISTORY_LIMIT
from annotations.team import sync
from tests.synckit import Teammate, analyst, bare, quote, run_sync, shard, tag_doc, tags

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def team(tmp_path, ru_article):
    """ana and ben have synced: ben's five quotes are in ana's store, ana's two in ben's."""
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    ben = analyst(tmp_path, "ben", remote, ru_article)
    with AnnotationStore(ben) as s:
        bens = [s.add(quote(ru_article, 20 * i, 20 * i + 15, "ben")).sid for i in range(5)]
    with AnnotationStore(ana) as s:
        anas = [s.add(quote(ru_article, 200 + 20 * i, 215 + 20 * i, "ana")).sid
                for i in range(2)]
    run_sync(ben, "ben")
    assert run_sync(ana, "ana").pulled_added == 5
    run_sync(ben, "ben")
    return remote, ana, ben, anas, bens


@pytest.fixture
def spy(monkeypatch):
    """Which files of the clone a sync reads, and which tag lines it offers to the store."""
    seen: dict[str, list[str]] = {"read": [], "offered": []}
    read, offer = sync.read_regular, MergePlan.offer

    def reading(root, rel, *a, **kw):
        seen["read"].append(rel)
        return read(root, rel, *a, **kw)

    def offering(self, store, doc, *a, **kw):
        seen["offered"].append(doc.get("id") if isinstance(doc, dict) else None)
        return offer(self, store, doc, *a, **kw)

    monkeypatch.setattr(sync, "read_regular", reading)
    monkeypatch.setattr(MergePlan, "offer", offering)
    return seen


def test_an_unchanged_teammate_file_is_not_read_again(team, spy):
    remote, ana, ben, anas, bens = team
    r = run_sync(ana, "ana")
    assert (r.pulled_added, r.pulled_updated, r.rejected, r.conflicts) == (0, 0, [], [])
    assert not any(rel.startswith("members/ben/") for rel in spy["read"])
    assert spy["offered"] == []
    assert set(tags(ana)) == {*anas, *bens}


def test_a_changed_file_is_read_through_the_lines_it_adds(team, spy, ru_article):
    remote, ana, ben, anas, bens = team
    with AnnotationStore(ben) as s:
        s.update(s.get(bens[0]).model_copy(update={"speaker": "Sergei Lavrov"}))
        s.delete(bens[1])
        new = s.add(quote(ru_article, 150, 170, "ben")).sid
    run_sync(ben, "ben")
    spy["read"].clear()
    r = run_sync(ana, "ana")
    assert (r.pulled_added, r.pulled_updated, r.pulled_deleted) == (1, 1, 1)
    assert sorted(spy["offered"]) == sorted([bens[0], new])  # not the three others
    have = tags(ana)
    assert set(have) == {*anas, bens[0], *bens[2:], new}
    assert have[bens[0]].speaker == "Sergei Lavrov"


def test_a_file_with_a_refused_line_is_read_whole_again(team, tmp_path, ru_article, spy):
    remote, ana, ben, anas, bens = team
    evil = Teammate(tmp_path, remote)
    good = quote(ru_article, 120, 140, "evil")
    evil.lines("tags/evil.jsonl", tag_doc(good), "{not json")
    evil.push()
    refused = ["tags/evil.jsonl: line 2: not JSON"]
    r = run_sync(ana, "ana")
    assert (r.pulled_added, r.rejected) == (1, refused)
    spy["read"].clear()
    r = run_sync(ana, "ana")  # said again, as before: the file is read whole
    assert (r.pulled_added, r.rejected) == (0, refused)
    assert spy["read"].count("tags/evil.jsonl") == 1
    assert not any(rel.startswith("members/ben/") for rel in spy["read"])


def test_a_forged_line_added_to_a_taken_file_is_refused_as_before(team, tmp_path,
                                                                   ru_article):
    remote, ana, ben, anas, bens = team
    evil = Teammate(tmp_path, remote)
    evil.pull()
    forged = tag_doc(quote(ru_article, 120, 140, "ana", "forged"))
    tomb = {"id": anas[0], "deleted": True, "updated": "2026-01-01T00:00:00+00:00"}
    at = {}
    for doc in (forged, tomb):  # each in the shard of ben's its id belongs in
        path = evil.dir / shard("ben", doc["id"])
        text = path.read_text() if path.exists() else ""
        evil.write(shard("ben", doc["id"]), text + json.dumps(doc) + "\n")
        at[doc["id"]] = f"{shard('ben', doc['id'])}: line {text.count(chr(10)) + 1}"
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [
        f"{at[forged['id']]}: tag {forged['id']}: annotator 'ana' in the file of 'ben'",
        f"{at[anas[0]]}: tag {anas[0]}: belongs to 'ana', not to the file's 'ben'"]
    assert set(tags(ana)) == {*anas, *bens}


def test_a_teammates_tag_deleted_here_comes_back_with_the_next_sync(team):
    remote, ana, ben, anas, bens = team
    with AnnotationStore(ana) as s:
        s.delete(bens[2])
    r = run_sync(ana, "ana")
    assert (r.pulled_added, r.pushed) == (1, {})  # as a whole read of ben's file did
    assert bens[2] in tags(ana)


def test_an_undone_sync_is_pulled_again(team, ru_article):
    remote, ana, ben, anas, bens = team
    with AnnotationStore(ben) as s:
        new = s.add(quote(ru_article, 150, 170, "ben")).sid
    run_sync(ben, "ben")
    assert run_sync(ana, "ana").pulled_added == 1
    with AnnotationStore(ana) as s:
        assert s.undo().action == "sync"
    assert new not in tags(ana)
    assert run_sync(ana, "ana").pulled_added == 1
    assert new in tags(ana)


def test_own_file_is_rewritten_from_the_tags_changed_here(team, ru_article, monkeypatch):
    remote, ana, ben, anas, bens = team
    with AnnotationStore(ana) as s:
        s.update(s.get(anas[0]).model_copy(update={"speaker": "Maria Zakharova"}))
        s.delete(anas[1])
        new = s.add(quote(ru_article, 150, 170, "ana")).sid
    validated: list[str] = []
    validate = models.tag_adapter.validate_python

    def counting(data, *a, **kw):
        validated.append(str(data.get("id")) if isinstance(data, dict) else "?")
        return validate(data, *a, **kw)

    monkeypatch.setattr(models.tag_adapter, "validate_python", counting)
    r = run_sync(ana, "ana")
    assert r.pushed == {"new": 1, "edited": 1, "deleted": 1, "articles": 0}
    assert validated and set(validated) <= {anas[0], anas[1], new}  # none of ben's five
    monkeypatch.undo()
    r = run_sync(ben, "ben")
    assert (r.pulled_added, r.pulled_updated, r.pulled_deleted) == (1, 1, 1)
    assert set(tags(ben)) == set(tags(ana)) == {anas[0], new, *bens}
    assert tags(ben)[anas[0]].speaker == "Maria Zakharova"


def test_a_step_replaced_within_one_millisecond_is_told_apart(tmp_path, ru_article,
                                                              monkeypatch):
    """The clock standing still (a fast machine: the mark's step and the step replacing it in
    one millisecond; this failed 1 run in 3 of the suite): the mark still sees the step at its
    position is another, and the steps' times keep increasing, across a reopen too."""
    from datetime import UTC, datetime

    from annotations.store import history

    frozen = datetime(2026, 12, 7, 0, 1, 1, 141000, tzinfo=UTC)
    monkeypatch.setattr(history, "now_utc", lambda: frozen)
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        a = s.add(quote(ru_article, 0, 10, "ana")).sid
        s.delete(a)
        mark = s.history_mark()
        s.undo()
        s.add(quote(ru_article, 40, 50, "cy"))  # the step at the mark is replaced
        assert s.annotators_changed_since(mark) is None
        times = [s.history_mark()[1]]
    with AnnotationStore(path) as s:
        s.add(quote(ru_article, 60, 70, "ana"))
        times.append(s.history_mark()[1])
    assert mark[1] == "2026-12-07T00:01:01.142000+00:00"
    assert times == ["2026-12-07T00:01:01.143000+00:00", "2026-12-07T00:01:01.144000+00:00"]


def test_the_history_says_what_changed_since_a_mark(tmp_path, ru_article):
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        a = s.add(quote(ru_article, 0, 10, "ana")).sid
        mark = s.history_mark()
        assert s.annotators_changed_since(mark) == {}
        b = s.add(quote(ru_article, 20, 30, "ben")).sid
        assert s.annotators_changed_since(mark) == {b: {"ben"}}
        s.undo()
        s.undo()  # the step before the mark, undone: a changed too
        assert s.annotators_changed_since(mark) == {a: {"ana"}, b: {"ben"}}
        s.redo()
        s.redo()
        s.delete(a)
        assert s.annotators_changed_since(mark) == {a: {"ana"}, b: {"ben"}}
        mark = s.history_mark()
        s.undo()
        s.add(quote(ru_article, 40, 50, "cy"))  # the step at the mark is replaced
        assert s.annotators_changed_since(mark) is None
        mark = s.history_mark()
        for i in range(HISTORY_LIMIT):  # the steps since the mark outgrow the history
            s.add(quote(ru_article, 60 + i, 61 + i, "ana"))
        assert s.annotators_changed_since(mark) is None
        assert s.annotators_changed_since(["junk"]) is None


def test_a_taken_file_turned_symlink_is_never_followed(team, tmp_path):
    remote, ana, ben, anas, bens = team
    evil = Teammate(tmp_path, remote)
    evil.pull()
    held = shard("ben", bens[0])
    (evil.dir / held).unlink()
    evil.symlink(held, f"../ana/{shard('ana', anas[0]).rsplit('/', 1)[1]}")
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [f"{held}: a symlink (not followed)"]
    assert set(tags(ana)) == {*anas, *bens}


def test_a_path_remote_is_fetched_without_copying_its_objects(team, ru_article):
    remote, ana, ben, anas, bens = team
    clone = sync.workdir_for(ana)

    def own_objects() -> tuple[str, str]:
        out = dict(line.split(": ") for line in subprocess.run(
            ["git", "count-objects", "-v"], cwd=clone, capture_output=True, text=True,
            check=True).stdout.splitlines())
        return out["count"], out["in-pack"]

    before = own_objects()
    with AnnotationStore(ben) as s:
        new = s.add(quote(ru_article, 150, 170, "ben")).sid
    run_sync(ben, "ben")
    r = run_sync(ana, "ana")
    assert (r.pulled_added, r.pushed) == (1, {}) and new in tags(ana)
    assert own_objects() == before  # ben's commit is read from the remote's own objects
    assert (clone / ".git/objects/info/alternates").read_text() == \
        f"{(remote / 'objects').resolve()}\n"


def test_a_tag_on_a_pulled_article_is_validated_as_the_store_would(tmp_path):
    from annotations import Stance
    from annotations.model.article_view import PATH_LEVELS
    from annotations.sources.loader import load_article
    from benchmarks.deep import deep_article_json

    levels = PATH_LEVELS + 3
    path = tmp_path / "deep.json"
    path.write_text(deep_article_json(levels))
    art = load_article(path).article
    deepest = f"n{levels}"
    text = art.part_text(deepest)
    doc = Stance(anchor=models.Anchor.for_span(art, deepest, 0, 5), annotator="ben",
                 holder="x", target="y", polarity="favor").model_dump(mode="json")
    doc["anchor"]["part"] = ".".join(["1"] * levels)  # the old full path, as written before
    with AnnotationStore(tmp_path / "s.db") as s:
        pulled = s.validate_with(doc, art)  # the article not stored yet
        s.add_article(art)
        stored = s.validate(doc)
    assert pulled == stored and pulled.anchor.part == deepest and text[:5] == \
        pulled.anchor.exact


def test_a_new_members_second_sync_writes_only_what_changed(team, tmp_path, ru_article,
                                                             monkeypatch):
    remote, ana, ben, anas, bens = team
    cy = analyst(tmp_path, "cy", remote, ru_article)
    assert run_sync(cy, "cy").pulled_added == 7
    with AnnotationStore(cy) as s:
        new = s.add(quote(ru_article, 150, 170, "cy")).sid
    scans: list[int] = []

    class Docs(dict):
        def items(self):  # a walk over every stored tag: what the fast path never does
            scans.append(len(self))
            return super().items()

    real = AnnotationStore.raw_tag_docs
    monkeypatch.setattr(AnnotationStore, "raw_tag_docs", lambda self: Docs(real(self)))
    r = run_sync(cy, "cy")
    assert (r.pushed["new"], scans) == (1, [])
    monkeypatch.undo()
    assert run_sync(ben, "ben").pulled_added == 1 and new in tags(ben)


def test_own_file_is_read_once_to_be_rewritten(team, spy, ru_article):
    remote, ana, ben, anas, bens = team
    with AnnotationStore(ana) as s:
        new = s.add(quote(ru_article, 150, 170, "ana")).sid
    r = run_sync(ana, "ana")
    assert (r.pushed["new"], spy["offered"]) == (1, [])
    # to rewrite the one shard it is in; not to pull from it
    assert [rel for rel in spy["read"] if rel.startswith("members/ana/")] == [shard("ana", new)]
    assert run_sync(ben, "ben").pulled_added == 1 and new in tags(ben)
