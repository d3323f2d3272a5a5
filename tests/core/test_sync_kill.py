"""A sync killed with SIGKILL at every git step, by a ``git`` on PATH that kills its caller
before (or right after) the step: the next sync recovers the clone and completes, and no
acknowledged tag is lost (#22)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from annotations import AnnotationStore
from annotations.team.sync import workdir_for
from tests.synckit import analyst, bare, quote, run_sync, tags

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

#: Kills the process that ran it (the sync) when the git subcommand is $TM_KILL_AT, before
#: running it, or after running it when $TM_KILL_AFTER is set.
WRAPPER = """#!/bin/sh
sub=""
skip=""
for a in "$@"; do
  if [ -n "$skip" ]; then skip=""; continue; fi
  case "$a" in
    -c|--git-dir|-C) skip=1; continue;;
    -*) continue;;
  esac
  sub="$a"; break
done
if [ "$sub" = "$TM_KILL_AT" ] && [ -z "$TM_KILL_AFTER" ]; then kill -9 $PPID; exit 137; fi
"$REAL_GIT" "$@"
rc=$?
if [ "$sub" = "$TM_KILL_AT" ]; then kill -9 $PPID; fi
exit $rc
"""

SYNC = ("import sys\nfrom annotations import AnnotationStore\nfrom annotations.team.sync import "
        "sync\nwith AnnotationStore(sys.argv[1]) as s:\n    sync(s, sys.argv[2])\n")


@pytest.fixture
def killer(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "git"
    wrapper.write_text(WRAPPER)
    wrapper.chmod(0o755)

    def run(store: Path, who: str, step: str, after: bool) -> int:
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
               "REAL_GIT": shutil.which("git"), "TM_KILL_AT": step,
               "TM_KILL_AFTER": "1" if after else ""}
        return subprocess.run([sys.executable, "-c", SYNC, str(store), who], env=env,
                              timeout=120, capture_output=True).returncode
    return run


STEPS = [(step, after) for step in ("clone", "fetch", "checkout", "clean", "add", "commit",
                                    "push") for after in (False, True)]


@pytest.mark.parametrize(("step", "after"), STEPS,
                         ids=[f"{'after' if a else 'before'}-{s}" for s, a in STEPS])
def test_a_sync_killed_at_any_git_step_is_recovered(tmp_path, ru_article, killer, step,
                                                     after):
    remote = bare(tmp_path)
    ana, ben = (analyst(tmp_path, n, remote, ru_article) for n in ("ana", "ben"))
    with AnnotationStore(ben) as s:
        theirs = s.add(quote(ru_article, 10, 40, "ben")).sid
    run_sync(ben, "ben")
    with AnnotationStore(ana) as s:
        first = s.add(quote(ru_article, 324, 499, "ana")).sid
    if step != "clone":
        run_sync(ana, "ana")  # the clone exists: the kill hits a later sync
    with AnnotationStore(ana) as s:
        s.delete(first)
        second = s.add(quote(ru_article, 100, 130, "ana")).sid
    assert killer(ana, "ana", step, after) == -signal.SIGKILL
    assert set(tags(ana)) >= {second}  # every acknowledged tag of the store is there
    if step in ("add", "commit") and not after:  # files written, never committed
        status = subprocess.run(["git", "status", "--porcelain"], cwd=workdir_for(ana),
                                capture_output=True, text=True).stdout
        assert status.strip()
    r = run_sync(ana, "ana")
    assert r.rejected == []
    assert set(tags(ana)) == {second, theirs}
    run_sync(ben, "ben")
    assert set(tags(ben)) == {second, theirs}


def test_a_tag_deleted_after_a_sync_killed_before_its_store_write_stays_deleted(tmp_path,
                                                                               ru_article):
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    with AnnotationStore(ana) as s:
        gone = s.add(quote(ru_article, 324, 499, "ana")).sid
    run_sync(ana, "ana")
    with AnnotationStore(ana) as s:
        s.set_meta("sync", {"remote": str(remote)})  # as a kill between push and store write
        s.delete(gone)
    r = run_sync(ana, "ana")
    assert (r.pulled_added, r.pushed["deleted"]) == (0, 1)
    assert tags(ana) == {}


def test_a_tag_that_fails_validation_is_never_tombstoned(tmp_path, ru_article):
    import json as _json

    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, ru_article)
    with AnnotationStore(ana) as s:
        kept = s.add(quote(ru_article, 324, 499, "ana")).sid
    run_sync(ana, "ana")
    with AnnotationStore(ana) as s:  # the record turns bad in the store (as a hand edit)
        doc = dict(s.raw_tag_docs()[kept])
        s._db.table("tags", cache_size=0).update({"speaker": ""}, doc_ids=[kept])
        assert s.get(kept) is None and doc["speaker"]
    r = run_sync(ana, "ana")
    assert r.pushed == {}
    from tests.synckit import Teammate

    assert _json.loads(Teammate(tmp_path, remote).published("ana"))["speaker"] == \
        "Vladimir Putin"
