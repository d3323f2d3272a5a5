"""``threadmark sync`` through a shared git repository (#13): a plain path remote and a bare
repository served by ``git daemon`` on 127.0.0.1, started and stopped by the test."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from annotations import Anchor, AnnotationStore, Quote, Stance
from annotations.team.sync import SyncError, sync, workdir_for
from tests.conftest import RU_SEED
from tests.synckit import git_daemon
from tests.waitkit import wait_for
from tui.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def bare(tmp_path, name="team.git"):
    path = tmp_path / "remote" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "--bare", "--quiet", "-b", "main", str(path)], check=True)
    return path


def analyst(tmp_path, name, remote, ru_article):
    path = tmp_path / name / "store.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.set_meta("sync", {"remote": str(remote)})
    return path


def quote(article, start, end, who, speaker="Vladimir Putin"):
    return Quote(anchor=Anchor.for_span(article, "body", start, end), annotator=who,
                 speaker=speaker)


def run_sync(path, who):
    with AnnotationStore(path) as s:
        return sync(s, who)


def ids(path):
    with AnnotationStore(path, readonly=True) as s:
        return {t.sid: t for t in s}


@pytest.fixture
def team(tmp_path, ru_article):
    remote = bare(tmp_path)
    return remote, analyst(tmp_path, "ana", remote, ru_article), \
        analyst(tmp_path, "ben", remote, ru_article)


def test_two_analysts_converge_edits_and_deletions_propagate(team, ru_article):
    remote, ana, ben = team
    with AnnotationStore(ana) as s:
        q = s.add(quote(ru_article, 324, 499, "ana"))
    with AnnotationStore(ben) as s:  # concurrently, before any sync
        st = s.add(Stance(anchor=Anchor.for_span(ru_article, "4", 0, 40), annotator="ben",
                          holder="steelmaker", target="the alliance", polarity="against"))
    r = run_sync(ben, "ben")
    assert (r.pushed["new"], r.pulled_added) == (1, 0)
    r = run_sync(ana, "ana")  # pulls ben's stance, pushes ana's quote
    assert (r.pushed["new"], r.pulled_added) == (1, 1)
    r = run_sync(ben, "ben")
    assert r.pulled_added == 1
    assert set(ids(ana)) == set(ids(ben)) == {q.sid, st.sid}
    log = subprocess.run(["git", "log", "--format=%s", "main"], cwd=remote, text=True,
                         capture_output=True).stdout.splitlines()
    assert log == ["ana: +1 tags", "ben: +1 tags, 1 article(s)"]  # what each commit changed
    # an edit and a deletion travel
    with AnnotationStore(ben) as s:
        s.update(s.get(st.id).model_copy(update={"polarity": "favor"}))
    with AnnotationStore(ana) as s:
        s.delete(q.id)
    assert run_sync(ana, "ana").pushed["deleted"] == 1
    r = run_sync(ben, "ben")
    assert (r.pushed["edited"], r.pulled_deleted) == (1, 1)
    r = run_sync(ana, "ana")
    assert r.pulled_updated == 1
    assert set(ids(ana)) == set(ids(ben)) == {st.sid}
    assert ids(ana)[st.sid].polarity == "favor"
    with AnnotationStore(ben) as s:  # the pulled deletion is one undoable step
        assert s.undo().action == "sync" and s.get(q.id) is not None


def test_an_offline_week_syncs_later_and_a_conflict_is_reported(team, ru_article):
    remote, ana, ben = team
    body = ru_article.body
    with AnnotationStore(ana) as s:
        starts = [i for i in range(0, 3000, 50) if body[i:i + 20].strip()][:30]
        s.add_many([quote(ru_article, i, i + 20, "ana", f"speaker {i}") for i in starts])
    run_sync(ben, "ben")  # ben syncs all week; ana is offline
    r = run_sync(ana, "ana")
    assert r.pushed["new"] == 30
    assert run_sync(ben, "ben").pulled_added == 30
    one = sorted(ids(ben))[0]
    with AnnotationStore(ben) as s:  # ben edits ana's tag locally (his copy is newer)
        s.update(s.get(one).model_copy(update={"note": "ben's note"}))
    edited = ids(ben)[one].updated  # ana's edit is the newer one (the store keeps ms)
    wait_for(lambda: datetime.now(UTC) > edited + timedelta(milliseconds=1),
             what="the clock past ben's edit")
    with AnnotationStore(ana) as s:
        s.update(s.get(one).model_copy(update={"note": "ana's note"}))
    run_sync(ana, "ana")
    r = run_sync(ben, "ben")
    assert len(r.conflicts) == 1 and one in r.conflicts[0]
    assert "kept the remote one (newer)" in r.conflicts[0]
    assert ids(ben)[one].note == "ana's note"


def test_a_teammates_edit_of_an_untouched_tag_is_an_update_not_a_conflict(team, ru_article):
    remote, ana, ben = team
    with AnnotationStore(ana) as s:
        s.add_many([quote(ru_article, 0, 20, "ana"), quote(ru_article, 100, 120, "ana")])
    run_sync(ana, "ana")
    assert run_sync(ben, "ben").pulled_added == 2
    one, two = sorted(ids(ana))
    with AnnotationStore(ana) as s:  # two syncs later: newer by far than the pulled copies
        s.update(s.get(one).model_copy(update={"note": "ana's note"}))
        s.update(s.get(two).model_copy(update={"note": "second"}))
    run_sync(ana, "ana")
    r = run_sync(ben, "ben")
    assert (r.pulled_updated, r.conflicts) == (2, [])
    assert (ids(ben)[one].note, ids(ben)[two].note) == ("ana's note", "second")


def test_cli_remote_and_sync_over_git_daemon(tmp_path, ru_article, capsys):
    root = tmp_path / "served"
    root.mkdir()
    subprocess.run(["git", "init", "--bare", "--quiet", "-b", "main", str(root / "team.git")],
                   check=True)
    with git_daemon(root) as port:
        url = f"git://127.0.0.1:{port}/team.git"
        stores = {}
        for who in ("ana", "ben"):
            stores[who] = tmp_path / who / "s.db"
            assert main(["import", "--store", str(stores[who]), str(RU_SEED)]) == 0
            assert main(["remote", "set", url, "--store", str(stores[who])]) == 0
        assert main(["remote", "show", "--store", str(stores["ana"])]) == 0
        assert capsys.readouterr().out.strip().endswith(url)
        with AnnotationStore(stores["ana"]) as s:
            s.add(quote(s.article(ru_article.id), 324, 499, "ana"))
        assert main(["--annotator", "ana", "sync", "--store", str(stores["ana"])]) == 0
        assert main(["--annotator", "ben", "sync", "--store", str(stores["ben"])]) == 0
        out = capsys.readouterr().out.splitlines()
        assert out[-1].startswith("pulled: 1 new, 0 updated, 0 deleted")
        assert len(ids(stores["ben"])) == 1


def test_failures_are_one_line_and_leave_the_store_alone(tmp_path, ru_article, monkeypatch,
                                                         capsys):
    store = tmp_path / "a" / "s.db"
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add(quote(ru_article, 324, 499, "ana"))
    before = store.read_bytes()
    assert main(["--annotator", "ana", "sync", "--store", str(store)]) == 2
    assert "no remote; run threadmark remote set URL first" in capsys.readouterr().err
    # a remote that is some other project
    other = tmp_path / "other"
    subprocess.run(["git", "init", "--quiet", "-b", "main", str(other)], check=True)
    (other / "README").write_text("not ours")
    subprocess.run(["git", "-C", str(other), "add", "README"], check=True)
    subprocess.run(["git", "-C", str(other), "-c", "user.name=x", "-c", "user.email=x@y",
                    "commit", "--quiet", "-m", "x"], check=True)
    for url, message in ((str(other), "is not a threadmark repository"),
                         ("git://127.0.0.1:9/none.git", "git clone: cannot reach the remote"),
                         (str(tmp_path / "missing.git"), "git clone:")):
        shutil.rmtree(workdir_for(store), ignore_errors=True)
        assert main(["remote", "set", url, "--store", str(store)]) == 0
        before = store.read_bytes()
        assert main(["--annotator", "ana", "sync", "--store", str(store)]) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err, err
        assert store.read_bytes() == before
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with AnnotationStore(store) as s, pytest.raises(SyncError, match="git is not installed"):
        sync(s, "ana")


def test_kill_9_during_a_sync_then_the_next_sync_completes(team, ru_article):
    remote, ana, ben = team
    with AnnotationStore(ana) as s:
        s.add_many([quote(ru_article, i, i + 30, "ana", f"s{i}") for i in range(0, 2000, 40)
                    if ru_article.body[i:i + 30].strip()])
    n = len(ids(ana))
    # killed at each phase: before the fetch, after the rebase, before the push, between the
    # push and the store's write (the progress callback of each phase sends the SIGKILL)
    code = ("import os, signal, sys\nfrom annotations import AnnotationStore\n"
            "from annotations.team.sync import sync\n"
            "def stop(phase):\n    if phase == sys.argv[2]:\n"
            "        os.kill(os.getpid(), signal.SIGKILL)\n"
            "with AnnotationStore(sys.argv[1]) as s:\n    sync(s, 'ana', progress=stop)\n")
    for phase in ("fetching", "merging", "pushing", "writing"):
        p = subprocess.run([sys.executable, "-c", code, str(ana), phase], timeout=120)
        assert p.returncode == -signal.SIGKILL
        assert len(ids(ana)) == n  # openable, every acknowledged tag there
    (workdir_for(ana) / ".git" / "index.lock").touch()  # as a git killed mid-commit leaves it
    run_sync(ana, "ana")
    assert run_sync(ben, "ben").pulled_added == n


async def test_sync_from_the_tui_in_a_worker(team, ru_article):
    from tests.tui.helpers import make_app, messages

    remote, ana, ben = team
    with AnnotationStore(ben) as s:
        s.add(quote(ru_article, 324, 499, "ben"))
    run_sync(ben, "ben")
    app = make_app(ana, annotator="ana")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("ctrl+g")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(m.startswith("Synced: pulled: 1 new") for m in messages(app))
        assert len(app.store) == 1
        assert app.screen.query_one("#articles").get_row_at(0)[4].plain == "1"  # the count


def test_a_conflict_in_the_same_millisecond_resolves_alike_on_both_machines(tmp_path,
                                                                           ru_article):
    from types import SimpleNamespace

    from annotations.exchange.importer import MergePlan

    winners = []
    base = quote(ru_article, 324, 344, "ana", "Vladimir Putin")
    a = base.model_copy(update={"note": "a"}).model_dump(mode="json")
    b = base.model_copy(update={"note": "b"}).model_dump(mode="json")
    for mine, theirs in ((a, b), (b, a)):  # each machine holds one and pulls the other
        path = tmp_path / f"{mine['note']}.db"
        with AnnotationStore(path) as s:
            s.add_article(ru_article)
            s.merge([s.validate(mine)], [])
            report = SimpleNamespace(rejected=[], conflicts=[])
            plan = MergePlan("remote", "local")
            plan.offer(s, theirs, "remote", report)
            kept = plan.replaces.get(base.sid) or s.get(base.sid)
            winners.append(kept.note)
            assert report.conflicts == [
                "remote: differs from the local tag; kept the "
                f"{'remote' if kept.note == theirs['note'] else 'local'} one "
                "(same time; the first by content, as on every machine)"]
    assert winners[0] == winners[1]
