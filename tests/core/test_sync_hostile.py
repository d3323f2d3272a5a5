"""``threadmark sync`` against a hostile team repository (#22): a teammate's file speaks only
for its owner, nothing outside the clone is read or written, and one bad line stops nothing.
Each repository is built in the test with plain git."""

from __future__ import annotations

import json
import shutil
import uuid

import pytest

from annotations import AnnotationStore, Claim
from annotations.exchange.importer import import_files
from tests.synckit import (
    Teammate,
    analyst,
    bare,
    one_quote_team,
    quote,
    run_sync,
    shard,
    tag_doc,
    tags,
)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def team(tmp_path, ru_article):
    """A remote where ana has synced one quote, ana's store, and evil's plain clone."""
    return one_quote_team(tmp_path, ru_article)


def test_a_tombstone_in_another_file_deletes_nothing(team):
    remote, ana, q, evil = team
    evil.lines("tags/evil.jsonl", {"id": q.sid, "deleted": True,
                                   "updated": "2026-01-01T00:00:00+00:00"})
    evil.push()
    r = run_sync(ana, "ana")
    assert r.pulled_deleted == 0 and q.sid in tags(ana)
    assert r.rejected == [f"tags/evil.jsonl: line 1: tag {q.sid}: belongs to 'ana', not to "
                          "the file's 'evil'"]
    assert json.loads(evil.published("ana"))["id"] == q.sid  # still published, live


def test_a_forged_annotator_or_a_2099_date_is_refused(team, ru_article):
    remote, ana, q, evil = team
    forged = quote(ru_article, 10, 40, "ana", "forged")  # "ana's" tag in evil's file
    ahead = tag_doc(q, note="rewritten", updated="2099-01-01T00:00:00+00:00")
    own_future = tag_doc(quote(ru_article, 50, 80, "evil"), updated="2099-01-01T00:00:00Z")
    evil.lines("tags/evil.jsonl", tag_doc(forged), ahead, own_future)
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [
        f"tags/evil.jsonl: line 1: tag {forged.sid}: annotator 'ana' in the file of 'evil'",
        f"tags/evil.jsonl: line 2: tag {q.sid}: updated 2099-01-01T00:00:00+00:00 is in "
        "the future",
        f"tags/evil.jsonl: line 3: tag {own_future['id']}: updated 2099-01-01T00:00:00Z is "
        "in the future"]
    assert set(tags(ana)) == {q.sid} and tags(ana)[q.sid].note == ""
    assert forged.sid not in evil.published("ana")  # never re-published as ana's


def test_a_tag_squatting_another_annotators_id_is_refused(team):
    remote, ana, q, evil = team
    evil.lines("tags/evil.jsonl", tag_doc(q, annotator="evil", speaker="Someone else",
                                          updated="2026-06-01T00:00:00+00:00"))
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [f"tags/evil.jsonl: line 1: tag {q.sid}: belongs to 'ana', not to "
                          "the file's 'evil'"]
    assert tags(ana)[q.sid].speaker == "Vladimir Putin"


def test_bad_lines_are_one_line_each_and_the_rest_of_the_sync_goes_on(team, ru_article):
    remote, ana, q, evil = team
    good = quote(ru_article, 10, 40, "evil", "a good tag")
    evil.write("tags/evil.jsonl", "{not json\n[1, 2]\n" + json.dumps({"id": 5}) + "\n" +
               json.dumps(tag_doc(good, start="x")) + "\n" + json.dumps(tag_doc(good)) + "\n")
    evil.write("tags/bad name.txt", "x")
    evil.push()
    with AnnotationStore(ana) as s:  # ana's own work since her last sync
        mine = s.add(quote(ru_article, 100, 130, "ana"))
    r = run_sync(ana, "ana")
    assert r.rejected[:4] == ["tags/bad name.txt: not a tag file (<name>.jsonl)",
                              "tags/evil.jsonl: line 1: not JSON",
                              "tags/evil.jsonl: line 2: not an object",
                              "tags/evil.jsonl: line 3: no id"]
    assert r.rejected[4].startswith(f"tags/evil.jsonl: line 4: tag {good.sid}: start")
    assert len(r.rejected) == 5
    assert set(tags(ana)) == {q.sid, mine.sid, good.sid}
    assert mine.sid in evil.published("ana")
    # a bad line in ana's own file stops nothing either
    mine_shard = shard("ana", mine.sid)
    held = evil.file(mine_shard)
    evil.write(mine_shard, held + "{broken\n")
    evil.push()
    r = run_sync(ana, "ana")
    assert f"{mine_shard}: line {held.count(chr(10)) + 1}: not JSON" in r.rejected
    assert len(r.rejected) == 6
    assert "{broken" not in evil.published("ana") and set(tags(ana)) == {
        q.sid, mine.sid, good.sid}


def test_symlinks_are_never_followed(team, tmp_path, ru_article):
    remote, ana, q, evil = team
    outside = tmp_path / "outside"
    outside.mkdir()
    private = outside / "private.jsonl"  # a local file holding a tag by ana
    private.write_text(json.dumps(tag_doc(quote(ru_article, 10, 40, "x"))) + "\n")
    settings = outside / "settings.json"
    settings.write_text("{}")
    evil.symlink("tags/x.jsonl", private)
    evil.symlink("tags/ben.jsonl", "../../outside/settings.json")
    evil.symlink("tags/dangling.jsonl", "/nonexistent/file.jsonl")
    evil.symlink("articles/0000000000000000.json", private)
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [
        "articles/0000000000000000.json: a symlink (not followed; ignored)",
        "tags/ben.jsonl: a symlink (not followed; ignored)",
        "tags/dangling.jsonl: a symlink (not followed; ignored)",
        "tags/x.jsonl: a symlink (not followed; ignored)"]
    assert set(tags(ana)) == {q.sid}
    # ben syncs: his shard in the repository is a symlink; it is replaced, never written
    ben = analyst(tmp_path, "ben", remote, ru_article)
    with AnnotationStore(ben) as s:
        mine = s.add(quote(ru_article, 100, 130, "ben"))
    evil.pull()
    evil.symlink(shard("ben", mine.sid), "../../../outside/settings.json")
    evil.push()
    r = run_sync(ben, "ben")
    assert f"{shard('ben', mine.sid)}: a symlink in place of our file (not followed; " \
        "replaced)" in r.rejected
    assert settings.read_text() == "{}"
    assert mine.sid in evil.published("ben")
    assert not (evil.dir / shard("ben", mine.sid)).is_symlink()


def test_a_symlinked_tags_folder_is_never_written_through(tmp_path, ru_article):
    remote = bare(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    evil = Teammate(tmp_path, remote)
    evil.symlink("tags", elsewhere)
    evil.symlink("members", elsewhere)
    evil.symlink("owners", elsewhere)
    evil.push()
    ana = analyst(tmp_path, "ana", remote, ru_article)
    with AnnotationStore(ana) as s:
        q = s.add(quote(ru_article, 324, 499, "ana"))
    r = run_sync(ana, "ana")
    assert list(elsewhere.iterdir()) == []
    assert "members: a symlink in place of a folder (not followed; replaced)" in r.rejected
    assert q.sid in evil.published("ana")


def test_article_files_must_hold_their_id_and_never_replace_a_local_article(team, tmp_path,
                                                                           ru_article):
    from annotations.model.article import article_from_obj
    from annotations.model.identity import canonical_article_id
    from annotations.model.serialize import article_to_json

    remote, ana, q, evil = team
    doc = json.loads(article_to_json(ru_article))
    evil.write("articles/" + "a" * 16 + ".json", json.dumps(doc))  # another id inside
    evil.write("articles/" + "b" * 16 + ".json", json.dumps({**doc, "id": "../../../x"}))
    # same title and source as ana's article, other text: a new article, not a new version
    other = article_from_obj({**doc, "body": doc["body"].replace("Putin", "Someone"),
                              "blocks": []})
    other.id = canonical_article_id(other)
    evil.write(f"articles/{other.id}.json", article_to_json(other))
    evil.write(f"articles/{ru_article.id}.json", json.dumps({**doc, "body": "fake"}))
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected[0] == f"articles/{'a' * 16}.json: holds article {ru_article.id}, not " \
                            f"{'a' * 16}"
    assert r.rejected[1].startswith(f"articles/{'b' * 16}.json: id: ")
    assert "16 lowercase hex digits" in r.rejected[1] and len(r.rejected) == 2
    with AnnotationStore(ana, readonly=True) as s:
        assert s.article(ru_article.id).body == ru_article.body
        assert s.superseded_by(ru_article.id) is None
        assert s.article(other.id) is not None and s.superseded_by(other.id) is None
        assert s.get(q.id).anchor.article_id == ru_article.id
    assert not (tmp_path / "x").exists()


def test_a_newer_version_with_another_kind_replaces_the_whole_record(team, tmp_path,
                                                                    ru_article):
    remote, ana, q, evil = team
    ben = analyst(tmp_path, "ben", remote, ru_article)
    with AnnotationStore(ben) as s:
        b = s.add(quote(ru_article, 10, 40, "ben", "A speaker"))
    run_sync(ben, "ben")
    run_sync(ana, "ana")
    before = tags(ana)[b.sid].model_dump(mode="json")
    claim = Claim(id=b.id, anchor=b.anchor, annotator="ben", created=b.created,
                  verdict="false")
    with AnnotationStore(ben) as s:  # ben turns his quote into a claim
        s.delete(b.id)
        s.add(claim)
    run_sync(ben, "ben")
    r = run_sync(ana, "ana")
    assert r.pulled_updated == 1
    with AnnotationStore(ana) as s:
        assert s.check() == []
        got = s.get(b.id)
        assert (got.kind, got.verdict) == ("claim", "false")
        assert s.raw_tag_docs()[b.sid] == claim.model_dump(mode="json")  # no quote fields
        assert s.undo().action == "sync"
        assert s.raw_tag_docs()[b.sid] == before and s.check() == []


def test_import_annotations_of_another_kind_replaces_the_whole_record(tmp_path, ru_article):
    store = tmp_path / "s.db"
    q = quote(ru_article, 10, 40, "ana")
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add(q)
    newer = Claim(id=q.id, anchor=q.anchor, annotator="ana", verdict="true")
    f = tmp_path / "x.jsonl"
    f.write_text(newer.model_dump_json() + "\n")
    with AnnotationStore(store) as s:
        report = import_files(s, [f])
        assert len(report.conflicts) == 1 and s.check() == []
        assert s.raw_tag_docs()[q.sid] == newer.model_dump(mode="json")
        s.undo()
        assert s.raw_tag_docs()[q.sid] == q.model_dump(mode="json")


def test_one_bad_tag_id_in_a_tombstone_or_line_is_only_rejected(team):
    remote, ana, q, evil = team
    evil.lines("tags/evil.jsonl", {"id": "../../etc", "deleted": True,
                                   "updated": "2026-01-01T00:00:00Z"},
               {"id": str(uuid.uuid4()), "deleted": True, "updated": "soon"})
    evil.push()
    r = run_sync(ana, "ana")
    assert r.rejected == [
        "tags/evil.jsonl: line 2: tag "
        f"{json.loads(evil.file('tags/evil.jsonl').splitlines()[1])['id']}: updated: not an "
        "ISO 8601 time with a zone"]
    assert set(tags(ana)) == {q.sid}


def test_the_curated_layer_travels_only_from_a_curators_store(team, tmp_path, ru_article,
                                                              capsys):
    from tui.cli import main

    remote, ana, q, evil = team
    lead = analyst(tmp_path, "lead", remote, ru_article)
    with AnnotationStore(lead) as s:
        layer = s.add(quote(ru_article, 324, 499, "curated", "Vladimir Putin (checked)"))
    with AnnotationStore(ana) as s:  # ana accepted a version too, but curates nothing
        stray = s.add(quote(ru_article, 10, 40, "curated"))
    run_sync(ana, "ana")
    assert evil.published("curated") == "" and stray.sid not in evil.published("ana")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(
        json.dumps({"annotator": "lead", "curates": True}))
    assert main(["sync", "--store", str(lead)]) == 0
    assert capsys.readouterr().out.startswith(
        "pulled: 1 new, 0 updated, 0 deleted, 0 article(s); pushed: 1 new")
    assert [json.loads(ln)["id"] for ln in evil.published("curated").splitlines()] \
        == [layer.sid]
    assert json.loads(evil.file("owners/lead.json"))["annotator"] == "lead"
    # the layer speaks only for the curator's name
    forged = quote(ru_article, 50, 80, "ana")
    path = shard("curated", forged.sid)
    held = (evil.dir / path).read_text() if (evil.dir / path).exists() else ""
    evil.write(path, held + json.dumps(tag_doc(forged)) + "\n")
    evil.push()
    r = run_sync(ana, "ana")
    assert r.pulled_added == 1 and tags(ana)[layer.sid].annotator == "curated"
    assert len(r.rejected) == 1
    assert r.rejected[0].startswith(f"{path}: line {held.count(chr(10)) + 1}: ")
    assert r.rejected[0].endswith("annotator 'ana' in the file of 'curated'")
    with pytest.raises(Exception, match="is the curated layer's"):
        run_sync(ana, "curated")


def test_fifos_devices_and_escapes_are_never_opened(tmp_path):
    import os

    from annotations.team.sync_files import NotRegular, listing, read_regular, write_regular

    root = tmp_path / "clone"
    (root / "tags").mkdir(parents=True)
    os.mkfifo(root / "tags" / "pipe.jsonl")  # opening it for reading would block
    (root / "tags" / "ok.jsonl").write_text("{}\n")
    os.symlink("/dev/zero", root / "tags" / "zero.jsonl")
    assert listing(root, "tags") == (["ok.jsonl"], [
        "tags/pipe.jsonl: a FIFO (not followed; ignored)",
        "tags/zero.jsonl: a symlink (not followed; ignored)"])
    for rel, why in (("tags/pipe.jsonl", "tags/pipe.jsonl: a FIFO, not a regular file"),
                     ("tags/zero.jsonl", "tags/zero.jsonl: a symlink (not followed)"),
                     ("../x", "../x: not a path inside the repository")):
        with pytest.raises(NotRegular) as e:
            read_regular(root, rel)
        assert str(e.value) == why
    assert read_regular(root, "tags/ok.jsonl") == b"{}\n"
    assert write_regular(root, "tags/pipe.jsonl", b"x") == [
        "tags/pipe.jsonl: a FIFO in place of our file (not followed; replaced)"]
    assert read_regular(root, "tags/pipe.jsonl") == b"x"


def test_a_new_tag_id_claimed_by_two_files_is_taken_from_neither(team, tmp_path,
                                                                  ru_article):
    remote, ana, q, evil = team
    # "aaa" sorts before "ana": its copy would be read first
    evil.lines("tags/aaa.jsonl", tag_doc(q, annotator="aaa", speaker="Squatter"))
    evil.push()
    ben = analyst(tmp_path, "ben", remote, ru_article)
    r = run_sync(ben, "ben")
    assert r.rejected == [
        f"tags/aaa.jsonl: line 1: tag {q.sid}: claimed by the files of 'aaa', 'ana' (taken "
        "from none)",
        f"{shard('ana', q.sid)}: line 1: tag {q.sid}: claimed by the files of 'aaa', 'ana' "
        "(taken "
        "from none)"]
    assert tags(ben) == {}
    r = run_sync(ana, "ana")  # ana holds it: the squatter's copy is refused as before
    assert r.rejected == [f"tags/aaa.jsonl: line 1: tag {q.sid}: belongs to 'ana', not to "
                          "the file's 'aaa'"]
    assert tags(ana)[q.sid].speaker == "Vladimir Putin"


def test_fake_text_under_an_articles_id_is_rejected_and_the_real_one_imports_later(
        team, tmp_path, us_article, capsys):
    """Id squatting: evil publishes other text under the id of an article ana imports later."""
    from annotations.model.identity import canonical_article_id
    from annotations.model.serialize import article_to_dict
    from tests.conftest import US_SEED
    from tui.cli import main

    remote, ana, q, evil = team
    doc = article_to_dict(us_article)
    doc["body"], doc["blocks"] = "Fake news under a real id.", []
    evil.write(f"articles/{us_article.id}.json", json.dumps(doc))
    evil.push()
    r = run_sync(ana, "ana")
    from annotations.model.article import article_from_obj

    assert r.rejected == [
        f"articles/{us_article.id}.json: id {us_article.id} is not the hash of its content "
        f"(that is {canonical_article_id(article_from_obj(doc))}); a file written before "
        "store schema 6 is refused: its owner upgrades threadmark and writes it again"]
    assert r.articles == 0 and q.sid in tags(ana)  # the rest of the sync went on
    with AnnotationStore(ana, readonly=True) as s:
        assert s.article(us_article.id) is None
    assert main(["import", "--store", str(ana), str(US_SEED)]) == 0
    with AnnotationStore(ana, readonly=True) as s:
        assert s.article(us_article.id).body == us_article.body
