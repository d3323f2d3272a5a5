"""Each annotator's tags in shards ``members/<name>/<xx>.jsonl`` (#28): a sync reads and
writes only the shards that changed; every rule of #22/#23 holds for a shard (a file speaks
only for its owner, an id only in its own shard, nothing outside the clone followed); a
repository of the layout before shards (``tags/<name>.jsonl``) is still read, and a store's
own file of it moves into shards on its first sync."""

from __future__ import annotations

import json
import shutil

import pytest

from annotations import AnnotationStore
from annotations.team import sync
from annotations.team.sync_shards import shard_of
from tests.synckit import (
    Teammate,
    analyst,
    bare,
    git,
    in_a_shard_of_its_own,
    one_quote_team,
    quote,
    run_sync,
    shard,
    tag_doc,
    tags,
)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def reads(monkeypatch):
    """The files of the clone a sync reads."""
    seen: list[str] = []
    read = sync.read_regular

    def reading(root, rel, *a, **kw):
        seen.append(rel)
        return read(root, rel, *a, **kw)

    monkeypatch.setattr(sync, "read_regular", reading)
    return seen


def test_a_day_reads_and_writes_only_the_shards_that_changed(tmp_path, ru_article, reads):
    remote = bare(tmp_path)
    ana, ben = (analyst(tmp_path, n, remote, ru_article) for n in ("ana", "ben"))
    with AnnotationStore(ben) as s:
        bens = [s.add(quote(ru_article, 10 * i, 10 * i + 8, "ben")).sid for i in range(12)]
    run_sync(ben, "ben")
    assert run_sync(ana, "ana").pulled_added == 12
    assert len({shard_of(sid) for sid in bens}) > 2  # spread over shards
    with AnnotationStore(ben) as s:
        s.update(s.get(bens[0]).model_copy(update={"speaker": "Sergei Lavrov"}))
    r = run_sync(ben, "ben")
    # ben's commit holds the one shard of the tag he changed
    changed = git("show", "--name-only", "--format=", "HEAD", cwd=remote).split()
    assert (r.pushed["edited"], changed) == (1, [shard("ben", bens[0])])
    reads.clear()
    r = run_sync(ana, "ana")
    assert (r.pulled_updated, r.rejected) == (1, [])
    assert [rel for rel in reads if rel.startswith("members/")] == [shard("ben", bens[0])]
    assert tags(ana)[bens[0]].speaker == "Sergei Lavrov"


def test_a_shard_speaks_only_for_its_owner_and_its_ids(tmp_path, ru_article):
    remote, ana, q, evil = one_quote_team(tmp_path, ru_article)
    taken = {shard_of(q.sid)}  # one line in each file written below, none replaced
    good = in_a_shard_of_its_own(quote(ru_article, 10, 40, "evil", "in its shard"), taken)
    astray = in_a_shard_of_its_own(quote(ru_article, 50, 80, "evil", "in another shard"),
                                   taken)
    forged = in_a_shard_of_its_own(quote(ru_article, 90, 120, "ana", "forged"), taken)
    wrong = next(f"{n:02x}" for n in range(256) if f"{n:02x}" not in taken)
    evil.lines(shard("evil", good.sid), tag_doc(good))
    evil.lines(f"members/evil/{wrong}.jsonl", tag_doc(astray))
    evil.lines(shard("evil", forged.sid), tag_doc(forged))
    evil.lines(shard("evil", q.sid), {"id": q.sid, "deleted": True,
                                      "updated": "2026-01-01T00:00:00+00:00"})
    evil.write("members/evil/notes.txt", "x")
    evil.write("members/stray.jsonl", "{}\n")
    evil.lines("members/.hidden/00.jsonl", tag_doc(good))
    evil.push()
    refused = sorted([
        f"members/evil/{wrong}.jsonl: line 1: tag {astray.sid}: its shard is "
        f"{shard_of(astray.sid)}.jsonl, not {wrong}.jsonl",
        f"{shard('evil', forged.sid)}: line 1: tag {forged.sid}: annotator 'ana' in the file "
        "of 'evil'",
        f"{shard('evil', q.sid)}: line 1: tag {q.sid}: belongs to 'ana', not to the file's "
        "'evil'",
        "members/evil/notes.txt: not a tag file (<2 hex digits>.jsonl)",
        "members/stray.jsonl: a file (not followed; ignored)",
        "members/.hidden: must not start with a dot or hold a slash or a control character"])
    r = run_sync(ana, "ana")
    assert sorted(r.rejected) == refused
    assert set(tags(ana)) == {q.sid, good.sid}
    assert sorted(run_sync(ana, "ana").rejected) == refused  # said again: read whole again
    assert forged.sid not in evil.published("ana") and q.sid in evil.published("ana")


def test_a_member_folder_or_shard_symlinked_outside_is_never_followed(tmp_path, ru_article):
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    run_sync(ana, "ana")
    outside = tmp_path / "outside"
    outside.mkdir()
    planted = quote(ru_article, 10, 40, "bob")
    (outside / f"{shard_of(planted.sid)}.jsonl").write_text(json.dumps(tag_doc(planted)) + "\n")
    evil = Teammate(tmp_path, remote)
    evil.symlink("members/bob", outside)
    evil.symlink(shard("cy", planted.sid), outside / f"{shard_of(planted.sid)}.jsonl")
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [
        "members/bob: a symlink (not followed; ignored)",
        f"{shard('cy', planted.sid)}: a symlink (not followed; ignored)"]
    assert tags(ana) == {}
    # ana's own folder a symlink: replaced by a real one, nothing written outside
    with AnnotationStore(ana) as s:
        mine = s.add(quote(ru_article, 324, 499, "ana"))
    evil.pull()
    evil.symlink("members/ana", outside)
    evil.push()
    r = run_sync(ana, "ana")
    assert "members/ana: a symlink in place of a folder (not followed; replaced)" in r.rejected
    assert sorted(p.name for p in outside.iterdir()) == [f"{shard_of(planted.sid)}.jsonl"]
    assert mine.sid in evil.published("ana")


def test_a_file_of_the_layout_before_shards_is_read_and_moved_into_shards(tmp_path,
                                                                           ru_article):
    remote = bare(tmp_path)
    ana, ben = (analyst(tmp_path, n, remote, ru_article) for n in ("ana", "ben"))
    with AnnotationStore(ana) as s:
        kept = s.add(quote(ru_article, 324, 499, "ana")).sid
        gone = s.add(quote(ru_article, 10, 40, "ana")).sid
    run_sync(ana, "ana")
    with AnnotationStore(ana) as s:
        s.delete(gone)
    run_sync(ana, "ana")
    # the repository as a threadmark from before shards left it: one file of ana's lines
    evil = Teammate(tmp_path, remote)
    old = evil.published("ana")
    assert [json.loads(ln).get("deleted", False) for ln in old.splitlines()] == (
        [False, True] if kept < gone else [True, False])
    shutil.rmtree(evil.dir / "members")
    evil.write("tags/ana.jsonl", old)
    evil.push("ana: before shards")
    r = run_sync(ben, "ben")  # read as it is
    assert (r.pulled_added, r.rejected, set(tags(ben))) == (1, [], {kept})
    r = run_sync(ana, "ana")  # ana's first sync since: the file moves into her shards
    assert (r.pushed, r.rejected) == ({"new": 0, "edited": 0, "deleted": 0, "articles": 0}, [])
    files = git("ls-tree", "-r", "--name-only", "main", cwd=remote).split()
    assert "tags/ana.jsonl" not in files
    assert sorted(f for f in files if f.startswith("members/")) == sorted(
        {shard("ana", kept), shard("ana", gone)})
    assert evil.published("ana") == old  # the same lines, the tombstone with them
    assert run_sync(ben, "ben").pulled_added == 0
    cy = analyst(tmp_path, "cy", remote, ru_article)
    assert (run_sync(cy, "cy").pulled_added, set(tags(cy))) == (1, {kept})


def test_the_diff_names_changed_shards_with_their_old_blobs_and_cannot_be_fooled(tmp_path):
    from annotations.team.sync import _reader
    from annotations.team.sync_seen import tree
    from annotations.team.sync_shards import blobs, changes

    repo = tmp_path / "repo"
    git("init", "--quiet", "-b", "main", str(repo))
    (repo / "members" / "ben").mkdir(parents=True)
    (repo / "members" / "ben" / "0a.jsonl").write_text("one\n")
    (repo / "members" / "ben" / "0b.jsonl").write_text("two\n")
    git("add", "-A", cwd=repo)
    git("commit", "--quiet", "-m", "1", cwd=repo)
    run = _reader(repo, "t")
    old = tree(run, "members")
    was = git("rev-parse", "HEAD:members/ben/0a.jsonl", cwd=repo).strip()
    (repo / "members" / "ben" / "0a.jsonl").write_text("one\nthree\n")
    (repo / "members" / "ben" / "0c.jsonl").write_text("four\n")
    (repo / "members" / "cy").mkdir()
    (repo / "members" / "cy" / "0d.jsonl").symlink_to("../ben/0b.jsonl")
    git("add", "-A", cwd=repo)
    git("commit", "--quiet", "-m", "2", cwd=repo)
    new = tree(run, "members")
    assert changes(run, old, new) == {"ben": {"0a.jsonl": was, "0c.jsonl": None},
                                      "cy": {"0d.jsonl": None}}
    assert changes(run, "0" * 40, new) is None  # a tree the clone does not have: read whole
    assert blobs(run, [was, "f" * 40, old]) == {was: b"one\n"}  # a missing id, a tree: left out
