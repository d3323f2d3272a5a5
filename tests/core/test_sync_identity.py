"""Who syncs (#22): never a silent login name, one store per annotator name (``--take-over``
moves one), what a commit says, and a remote switch that mixes no two teams."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from annotations import AnnotationStore
from annotations.settings import LOGIN, Settings, annotator_source
from tests.synckit import Teammate, analyst, bare, git, quote, run_sync, shard, tags
from tui.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def commits(remote) -> list[str]:
    return git("log", "--format=%s", "main", cwd=remote).splitlines()


def test_the_login_name_is_only_a_stand_in():
    assert annotator_source(None, Settings())[1] == LOGIN
    assert annotator_source(None, Settings(annotator="ana")) == ("ana", "settings")


def test_sync_refuses_a_name_that_came_only_from_the_login(tmp_path, ru_article, capsys):
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    with AnnotationStore(ana) as s:
        s.add(quote(ru_article, 324, 499, "ana"))
    before = ana.read_bytes()
    assert main(["sync", "--store", str(ana)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("threadmark: no annotator name set (only the login name ")
    assert "pass --annotator NAME, set $THREADMARK_ANNOTATOR" in err and err.count("\n") == 1
    assert ana.read_bytes() == before
    assert git("rev-list", "--all", cwd=remote) == ""  # nothing pushed
    # named in settings.json: it runs
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(json.dumps({"annotator": "ana"}))
    assert main(["sync", "--store", str(ana)]) == 0
    assert commits(remote) == ["ana: +1 tags, 1 article(s)"]


def test_a_second_store_under_a_name_is_refused_until_it_takes_the_name_over(
        tmp_path, ru_article, capsys):
    remote = bare(tmp_path)
    laptop = analyst(tmp_path, "laptop", remote, ru_article)
    desktop = analyst(tmp_path, "desktop", remote, ru_article)
    with AnnotationStore(laptop) as s:
        q = s.add(quote(ru_article, 324, 499, "root"))
    run_sync(laptop, "root")
    with AnnotationStore(desktop) as s:  # another analyst who also calls herself root
        other = s.add(quote(ru_article, 10, 40, "root"))
    before = desktop.read_bytes()
    assert main(["--annotator", "root", "sync", "--store", str(desktop)]) == 2
    err = capsys.readouterr().err
    assert err == ("threadmark: annotator 'root' is another store's in the team repository; "
                   "sync under your own name (--annotator), or move the name to this store "
                   "with threadmark sync --take-over root\n")
    assert desktop.read_bytes() == before
    evil = Teammate(tmp_path, remote)
    assert json.loads(evil.published("root"))["id"] == q.sid  # the laptop's, intact
    # the laptop's owner moves to a new machine: the desktop takes the name over
    assert main(["sync", "--take-over", "root", "--store", str(desktop)]) == 0
    assert set(tags(desktop)) == {q.sid, other.sid}  # the name's tags came along
    published = [json.loads(ln)["id"] for ln in evil.published("root").splitlines()]
    assert sorted(published) == sorted([q.sid, other.sid])
    capsys.readouterr()
    assert main(["--annotator", "root", "sync", "--store", str(laptop)]) == 2  # now refused
    assert "annotator 'root' is another store's" in capsys.readouterr().err


def test_syncing_under_another_name_deletes_nobodys_tags(tmp_path, ru_article):
    """The first finding: a sync under a second name pushed tombstones of the first's."""
    remote = bare(tmp_path)
    ana, ben = (analyst(tmp_path, n, remote, ru_article) for n in ("ana", "ben"))
    with AnnotationStore(ben) as s:
        mine = [s.add(quote(ru_article, i, i + 20, "ben")).sid for i in (10, 100, 324)]
    run_sync(ben, "ben")
    r = run_sync(ben, "root")  # one sync under another name
    assert r.pushed == {"new": 0, "edited": 0, "deleted": 0, "articles": 0}
    assert Teammate(tmp_path, remote).published("root") == ""
    run_sync(ana, "ana")
    run_sync(ben, "ben")
    run_sync(ana, "ana")
    assert set(tags(ana)) == set(tags(ben)) == set(mine)


def test_the_summary_and_the_commit_say_what_the_commit_changed(tmp_path, ru_article):
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    with AnnotationStore(ana) as s:
        a = s.add(quote(ru_article, 324, 499, "ana"))
        b = s.add(quote(ru_article, 10, 40, "ana"))
    r = run_sync(ana, "ana")
    assert r.summary() == ("pulled: 0 new, 0 updated, 0 deleted, 0 article(s); pushed: 2 new, "
                           f"0 edited, 0 deleted, 1 article(s) in {r.commit}; conflicts 0, "
                           "rejected 0")
    assert run_sync(ana, "ana").summary() == (
        "pulled: 0 new, 0 updated, 0 deleted, 0 article(s); pushed: nothing (the team has "
        "all of yours); conflicts 0, rejected 0")
    with AnnotationStore(ana) as s:
        s.delete(a.id)
        s.update(s.get(b.id).model_copy(update={"note": "checked"}))
    r = run_sync(ana, "ana")
    assert r.pushed == {"new": 0, "edited": 1, "deleted": 1, "articles": 0}
    assert commits(remote) == ["ana: 1 edits, 1 deletions", "ana: +2 tags, 1 article(s)"]


def test_remote_set_to_another_team_mixes_nothing(tmp_path, ru_article, capsys):
    team_a, team_b = bare(tmp_path, "a.git"), bare(tmp_path, "b.git")
    ana, ben = (analyst(tmp_path, n, team_a, ru_article) for n in ("ana", "ben"))
    with AnnotationStore(ben) as s:
        s.add(quote(ru_article, 10, 40, "ben"))
    run_sync(ben, "ben")
    with AnnotationStore(ana) as s:
        mine = s.add(quote(ru_article, 324, 499, "ana"))
    run_sync(ana, "ana")  # ana now holds ben's tag of team A
    evil = Teammate(tmp_path, team_b, "carol")  # team B has its own history
    evil.lines("tags/carol.jsonl")
    evil.push("carol: start")
    assert main(["remote", "set", str(team_b), "--store", str(ana)]) == 0
    assert main(["--annotator", "ana", "sync", "--store", str(ana)]) == 0
    assert commits(team_b) == ["ana: +1 tags, 1 article(s)", "carol: start"]
    b_files = git("ls-tree", "-r", "--name-only", "main", cwd=team_b).split()
    assert sorted(b_files) == sorted(["threadmark.json", "owners/ana.json",
                                      shard("ana", mine.sid), "tags/carol.jsonl",
                                      f"articles/{ru_article.id}.json"])
    assert mine.sid in git("show", f"main:{shard('ana', mine.sid)}", cwd=team_b)


def test_remote_init_names_the_branch_sync_pushes(tmp_path, ru_article, capsys):
    path = tmp_path / "new-team.git"
    assert main(["remote", "init", str(path)]) == 0
    assert git("symbolic-ref", "HEAD", cwd=path).strip() == "refs/heads/main"
    ana = analyst(tmp_path, "ana", path, ru_article)
    run_sync(ana, "ana")
    git("clone", "--quiet", str(path), str(tmp_path / "plain"))
    assert (tmp_path / "plain" / "owners" / "ana.json").is_file()
    assert main(["remote", "init", str(path)]) == 2  # never over an existing one
    # a repository made by git init --bare names master: the first push names ours
    other = tmp_path / "other.git"
    subprocess.run(["git", "-c", "init.defaultBranch=master", "init", "--quiet", "--bare",
                    str(other)], check=True)
    ben = analyst(tmp_path, "ben", other, ru_article)
    run_sync(ben, "ben")
    git("clone", "--quiet", str(other), str(tmp_path / "plain2"))
    assert (tmp_path / "plain2" / "threadmark.json").is_file()


def test_remote_show_and_rejections_print_no_control_characters(tmp_path, ru_article,
                                                                capsys):
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    evil = Teammate(tmp_path, remote)
    evil.write("tags/x\x1b]0;pwned\x07.jsonl", "{not json\n")
    evil.lines("tags/evil.jsonl", {**quote(ru_article, 10, 40, "\x1b[2J").model_dump(
        mode="json"), "id": "\x1b[2J"})
    evil.push()
    assert main(["--annotator", "ana", "sync", "--store", str(ana)]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert err.splitlines() == [
        "rejected: tags/evil.jsonl: line 1: tag ␛[2J: annotator '␛[2J' in the file of 'evil'",
        "rejected: tags/x␛]0;pwned␇.jsonl: must not start with a dot or hold a slash or a "
        "control character"]
    store = tmp_path / "s2.db"
    assert main(["remote", "set", "/tmp/\x1b[2Jx", "--store", str(store)]) == 0
    assert main(["remote", "show", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "/tmp/␛[2Jx" in out


def test_the_agree_table_prints_no_control_characters(tmp_path, ru_article, capsys,
                                                      monkeypatch):
    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        for who in ("ana\x1b]0;pwned\x07", "ben\x9b2J"):
            s.add(quote(ru_article, 324, 499, who))
    for fmt in ([], ["--json"], ["--csv"]):
        assert main(["agree", "--store", str(store), *fmt]) == 0
        out = capsys.readouterr().out
        if fmt == ["--csv"]:  # to a file or a pipe: the data as it is
            assert "ana\x1b]0;pwned\x07" in out
            monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
            assert main(["agree", "--store", str(store), *fmt]) == 0
            out = capsys.readouterr().out
        assert "ana" in out and not any(c in out for c in "\x1b\x07\x9b"), (fmt, out)


def test_take_over_another_name_than_the_one_given_is_refused(tmp_path, ru_article, capsys):
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    before = ana.read_bytes()
    assert main(["--annotator", "ana", "sync", "--take-over", "ben", "--store", str(ana)]) == 2
    assert capsys.readouterr().err == "threadmark: --take-over ben: you sync as ana " \
                                      "(--annotator)\n"
    assert ana.read_bytes() == before


def test_a_project_on_another_branch_is_not_written_to(tmp_path, ru_article, capsys):
    other = tmp_path / "project.git"
    subprocess.run(["git", "-c", "init.defaultBranch=master", "init", "--quiet", "--bare",
                    str(other)], check=True)
    work = tmp_path / "work"
    git("clone", "--quiet", str(other), str(work))
    (work / "README").write_text("a project")
    git("add", "README", cwd=work)
    git("commit", "--quiet", "-m", "x", cwd=work)
    git("push", "--quiet", "origin", "HEAD:master", cwd=work)
    ana = analyst(tmp_path, "ana", other, ru_article)
    before = ana.read_bytes()
    assert main(["--annotator", "ana", "sync", "--store", str(ana)]) == 2
    err = capsys.readouterr().err
    assert err == (f"threadmark: {other}: the remote is not a threadmark repository (no "
                   "branch main; it has origin/master)\n")
    assert git("for-each-ref", "--format=%(refname)", cwd=other).split() == \
        ["refs/heads/master"]  # no main pushed into the project
    assert ana.read_bytes() == before
