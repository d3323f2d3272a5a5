"""``threadmark sync``: share tags through a git repository (any host, or a path).

The repository holds plain, diff-friendly files:

- ``threadmark.json``: ``{"format": "threadmark-sync", "version": 1}`` (marks it as ours);
- ``articles/<id>.json``: each article in the ``inspect --json`` shape (the file name is its
  id; a pulled article is added beside the local ones, never in place of one);
- ``tags/<annotator>.jsonl``: that analyst's tags, one per line, sorted by id; a deleted tag
  is a tombstone ``{"id", "deleted": true, "updated"}``. A file speaks only for its owner
  (``sync_rules``); ``tags/curated.jsonl`` holds the curated layer, written only by stores
  whose settings say ``"curates": true``;
- ``owners/<annotator>.json``: which store writes that annotator's file (``sync_owners``);
- ``meta/<annotator>.jsonl``: that analyst's stories and outlets (``sync_meta``).

A sync makes its clone exactly the remote's branch (whatever a killed sync left there is
dropped: the store is the truth for this analyst's files), reads the others' files into a
plan with the rules of ``import-annotations`` (by id; the newer ``updated`` wins; conflicts
reported), writes this analyst's files from the store, commits ("ana: +12 tags, 3 edits"),
pushes (a rejected push starts over from the fetch), and only then writes the store, in one
undoable step: a sync that fails anywhere leaves the store as it was. Every file of the clone
is read and written as a regular file inside it (``sync_files``). It drives the ``git``
command line (git's own transports, credentials and configuration apply).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import ThreadmarkError
from annotations.model.validation import problem_text
from annotations.settings import name_problem
from annotations.team import sync_meta
from annotations.team.sync_files import (
    NotRegular,
    exists_regular,
    listing,
    read_regular,
    write_regular,
)
from annotations.team.sync_owners import claim, store_id
from annotations.team.sync_rules import CURATED_FILE, owner_problem, parse_time, read_lines
from annotations.util.safe_text import visible

MARKER = "threadmark.json"
MARKER_DOC = {"format": "threadmark-sync", "version": 1}
BRANCH = "main"
PUSH_TRIES = 4
_ARTICLE_FILE = re.compile(r"^[0-9a-f]{16}\.json$")


class SyncError(ThreadmarkError):
    """A sync that could not run (one line); the store is unchanged."""


@dataclass
class SyncReport:
    """What a sync did."""

    pulled_added: int = 0
    pulled_updated: int = 0
    pulled_deleted: int = 0
    articles: int = 0
    pushed: dict[str, int] = field(default_factory=dict)  # new, edited, deleted, articles
    conflicts: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    commit: str | None = None
    meta_changes: int = 0  # stories' members and outlets taken from the team

    def summary(self) -> str:
        """One line: what came in, and what the commit pushed (or that nothing was)."""
        p = self.pushed
        pushed = (f"pushed: {p.get('new', 0)} new, {p.get('edited', 0)} edited, "
                  f"{p.get('deleted', 0)} deleted, {p.get('articles', 0)} article(s) "
                  f"in {self.commit}") if self.commit and any(p.values()) \
            else "pushed: nothing (the team has all of yours)"
        return (f"pulled: {self.pulled_added} new, {self.pulled_updated} updated, "
                f"{self.pulled_deleted} deleted, {self.articles} article(s)"
                + (f", {self.meta_changes} story/outlet change(s)" if self.meta_changes
                   else "") + f"; {pushed}; "
                f"conflicts {len(self.conflicts)}, rejected {len(self.rejected)}")


def workdir_for(store_path: Path) -> Path:
    """The clone a store syncs through (beside the store)."""
    return store_path.with_name(f".{store_path.name}.sync")


def forget_clone(store_path: Path) -> None:
    """Remove the store's clone (a remote switch starts from a fresh one)."""
    _remove(workdir_for(store_path))


def _remove(path: Path) -> None:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        shutil.rmtree(path)
    else:
        path.unlink()


def _git(args: list[str], cwd: Path | None, who: str = "threadmark",
         check: bool = True) -> subprocess.CompletedProcess:
    if shutil.which("git") is None:
        raise SyncError("git is not installed (threadmark sync drives the git command)")
    cmd = ["git", "-c", f"user.name={who}", "-c", f"user.email={who}@threadmark.invalid",
           "-c", f"init.defaultBranch={BRANCH}", "-c", "core.hooksPath=/dev/null", *args]
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}  # never wait for a password
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env,
                           timeout=120)
    except subprocess.TimeoutExpired:
        raise SyncError(f"git {args[0]}: no answer after 120 s (network?)") from None
    if r.returncode < 0:  # git itself was killed
        raise SyncError(f"git {args[0]}: killed by signal {-r.returncode}")
    if check and r.returncode != 0:
        raise SyncError(f"git {args[0]}: {_reason(r.stderr)}")
    return r


def _reason(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    fatal = [ln for ln in lines if ln.lower().startswith(("fatal:", "error:"))]
    text = visible((fatal or lines or ["failed"])[0])
    low = text.lower()
    if "authentication" in low or "permission denied" in low or "could not read username" \
            in low:
        return f"authentication failed ({text})"
    if "could not resolve" in low or "unable to connect" in low or "connection refused" in low:
        return f"cannot reach the remote ({text})"
    return text


def _clone(url: str, work: Path, who: str) -> None:
    _remove(work)
    _git(["clone", "--quiet", "--no-checkout", url, str(work)], None, who)


def _recover(work: Path) -> None:
    """Drop what a killed git left in the clone: lock files and a rebase in progress (the
    store's own lock makes this the only sync of this clone)."""
    git = work / ".git"
    for stale in [git / "index.lock", git / "HEAD.lock", *(git / "refs").rglob("*.lock")]:
        stale.unlink(missing_ok=True)
    for state in ("rebase-merge", "rebase-apply", "MERGE_HEAD", "CHERRY_PICK_HEAD"):
        _remove(git / state)


def _prepare(url: str, work: Path, who: str) -> None:
    """Make the clone exactly the remote's branch (an empty remote: an empty clone)."""
    real_git = work / ".git"
    try:
        ok = stat.S_ISDIR(os.lstat(real_git).st_mode) and not os.path.islink(work)
    except OSError:
        ok = False
    if ok:
        _recover(work)
        current = _git(["remote", "get-url", "origin"], work, who, check=False).stdout.strip()
        if current != url:  # another remote: never mix its history into this one
            _clone(url, work, who)
    else:
        _clone(url, work, who)
    _git(["fetch", "--quiet", "--prune", "origin"], work, who)
    remote_has = _git(["rev-parse", "--verify", "--quiet", f"origin/{BRANCH}"], work, who,
                      check=False).returncode == 0
    if remote_has:
        _git(["checkout", "--quiet", "--force", "-B", BRANCH, f"origin/{BRANCH}"], work, who)
    else:
        others = [r for r in _git(["for-each-ref", "--format=%(refname:short)",
                                   "refs/remotes/origin"], work, who).stdout.split()
                  if r not in ("origin", "origin/HEAD")]
        if others:
            raise SyncError(f"{visible(url)}: the remote is not a threadmark repository (no "
                            f"branch {BRANCH}; it has {visible(', '.join(others[:3]))})")
        if _has_commits(work, who):  # a commit that never reached an empty remote
            _clone(url, work, who)
    _git(["clean", "--quiet", "--force", "-d", "-x"], work, who)


def _has_commits(work: Path, who: str) -> bool:
    return _git(["rev-parse", "--verify", "--quiet", "HEAD"], work, who,
                check=False).returncode == 0


def _same_as_remote(work: Path, who: str) -> bool:
    """Whether there is nothing to push (no commit, or the remote's own)."""
    if not _has_commits(work, who):
        return True
    head = _git(["rev-parse", "HEAD"], work, who).stdout.strip()
    theirs = _git(["rev-parse", "--verify", "--quiet", f"origin/{BRANCH}"], work, who,
                  check=False).stdout.strip()
    return head == theirs


def _check_ours(work: Path, report: SyncReport) -> None:
    has_files = any(p.name != ".git" for p in work.iterdir())
    try:
        data = read_regular(work, MARKER, limit=4096)
    except NotRegular as e:
        if exists_regular(work, MARKER) or "no such file" not in str(e):
            raise SyncError(f"{work}: {e}; not a threadmark repository") from None
        if has_files:
            raise SyncError(
                f"{work}: the remote is not a threadmark repository (no {MARKER})") from None
        report.rejected.extend(write_regular(work, MARKER, orjson.dumps(MARKER_DOC) + b"\n"))
        return
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        doc = None
    if not (isinstance(doc, dict) and doc.get("format") == MARKER_DOC["format"]):
        raise SyncError(f"{work}: the remote is not a threadmark repository ({MARKER} differs)")


@dataclass
class _Who:
    """Whose files this store writes: ``me``, and the curated layer when it curates."""

    me: str
    curator: str
    curates: bool
    pushed: dict[str, dict[str, str]]  # owner -> {tag id: updated} as last pushed

    def owner(self, stem: str) -> str:
        return self.curator if stem == CURATED_FILE else stem

    def writes(self) -> list[tuple[str, str]]:
        """(file stem, owner) of each file this store writes."""
        return [(self.me, self.me)] + ([(CURATED_FILE, self.curator)] if self.curates else [])


@dataclass
class _Plan:
    articles: list[Any] = field(default_factory=list)
    adds: list[Any] = field(default_factory=list)
    replaces: list[Any] = field(default_factory=list)
    deletes: list[str] = field(default_factory=list)


def _pull_articles(store: Any, work: Path, report: SyncReport) -> list[Any]:
    from annotations.model.article import article_from_obj
    from annotations.sources.deepjson import loads

    names, odd = listing(work, "articles")
    report.rejected.extend(odd)
    out = []
    for name in names:
        where = f"articles/{visible(name)}"
        if not _ARTICLE_FILE.match(name):
            report.rejected.append(f"{where}: not an article file (<16 hex digits>.json)")
            continue
        if store.article(name[:-5]) is not None:
            continue  # the local one stays, whatever the file holds
        try:
            art = article_from_obj(loads(read_regular(work, f"articles/{name}")))
        except NotRegular as e:
            report.rejected.append(str(e))
            continue
        except ValueError as e:
            report.rejected.append(f"{where}: {visible(problem_text(e))}")
            continue
        if art.id != name[:-5]:
            report.rejected.append(f"{where}: holds article {art.id}, not {name[:-5]}")
            continue
        out.append(art)
    return out


def _team_files(work: Path, who: _Who, report: SyncReport) \
        -> list[tuple[str, str, bool, list[Any]]]:
    """(where, owner, written by this store, accepted lines) of each tag file."""
    mine = dict(who.writes())
    names, odd = listing(work, "tags")
    report.rejected.extend(odd)
    out = []
    for name in names:
        where = f"tags/{visible(name)}"
        stem = name[:-6] if name.endswith(".jsonl") else ""
        problem = name_problem(stem) if stem else "not a tag file (<name>.jsonl)"
        if problem is not None:
            report.rejected.append(f"{where}: {problem}")
            continue
        try:
            data = read_regular(work, f"tags/{name}")
        except NotRegular as e:
            report.rejected.append(str(e))
            continue
        owner = who.owner(stem)
        out.append((where, owner, mine.get(stem) == owner,
                    read_lines(data, where, owner, report.rejected)))
    return out


def _plan_pull(store: Any, work: Path, who: _Who, report: SyncReport) -> _Plan:
    """What the team's files would change in the store."""
    from annotations.exchange.importer import MergePlan

    plan = _Plan(articles=_pull_articles(store, work, report))
    known = {a.id: a for a in plan.articles}
    merge = MergePlan("remote", "local")
    files = _team_files(work, who, report)
    held = store.ids_in_history() if any(ours for _, _, ours, _ in files) else set()
    claims: dict[str, set[str]] = {}  # a new tag id in two owners' files: neither is taken
    for _, owner, _, lines in files:
        for line in lines:
            if not line.deleted:
                claims.setdefault(line.sid, set()).add(owner)
    for where, owner, ours, lines in files:
        pushed = who.pushed.get(owner, {})
        for line in lines:
            sid = line.sid
            if ours and (line.deleted or sid in pushed or sid in held):
                continue  # this store wrote those lines, or held the tag and deleted it
            at = f"{where}: line {line.number}: tag {visible(sid)[:40]}"
            existing = store.get(sid)
            problem = owner_problem(existing, owner)
            if problem is None and existing is None and len(claims.get(sid, ())) > 1:
                names = ", ".join(repr(visible(n)) for n in sorted(claims[sid]))
                problem = f"claimed by the files of {names} (taken from none)"
            if problem is not None:
                report.rejected.append(f"{at}: {problem}")
                continue
            if line.deleted:
                when = parse_time(line.doc.get("updated"))
                if existing is not None and when is not None and existing.updated <= when:
                    plan.deletes.append(sid)
                continue
            anchor = line.doc.get("anchor")
            aid = anchor.get("article_id") if isinstance(anchor, dict) else None
            ctx = {"article": known[aid]} if isinstance(aid, str) and aid in known else None
            merge.offer(store, line.doc, at, report, ctx)
    plan.adds, plan.replaces = list(merge.adds.values()), list(merge.replaces.values())
    return plan


def _file_docs(data: bytes) -> dict[str, tuple[dict[str, Any], bytes]]:
    """The readable lines of one of our own files, by id (anything else is dropped)."""
    out = {}
    for raw in data.splitlines():
        try:
            doc = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("id"), str):
            out[doc["id"]] = (doc, raw)
    return out


def _write_file(store: Any, work: Path, stem: str, owner: str, pushed: dict[str, str],
                counts: dict[str, int], report: SyncReport) -> dict[str, str]:
    """Write ``tags/<stem>.jsonl`` (``owner``'s tags) from the store; returns the tags it
    holds (tag id -> updated). ``counts`` gains what changed against the file as it was."""
    from annotations.util.clock import now_utc

    rel = f"tags/{stem}.jsonl"
    try:
        old = _file_docs(read_regular(work, rel))
    except NotRegular:
        old = {}
    held = store.ids_in_history() if old else set()
    raw = store.raw_tag_docs()
    current = {t.sid: t.updated.isoformat() for t in store.tags() if t.annotator == owner}
    now = now_utc().isoformat()
    lines: dict[str, tuple[bytes, bool]] = {sid: (orjson.dumps(raw[sid]), False)
                                            for sid in current}  # (line, a tombstone)

    def tombstone(sid: str) -> tuple[bytes, bool]:
        return orjson.dumps({"id": sid, "deleted": True, "updated": now}), True

    for sid, (doc, line) in old.items():
        if sid in lines:
            continue
        if doc.get("deleted") is True:
            lines[sid] = (line, True)
            continue
        if sid in raw:  # in the store: kept if not valid now (a problem `check` lists)
            if store.get(sid) is None:
                lines[sid] = (line, False)
        elif sid in pushed or sid in held:  # held here once, gone: deleted
            lines[sid] = tombstone(sid)
        elif doc.get("annotator") == owner:
            lines[sid] = (line, False)  # not here yet (this sync pulls it): kept
    for sid in pushed:
        if sid not in lines and sid not in raw:
            lines[sid] = tombstone(sid)
    for sid, (line, gone) in lines.items():
        was = old.get(sid)
        if was is None or (was[0].get("deleted") is True) != gone:
            counts["deleted" if gone else "new"] += 1
        elif was[1] != line:
            counts["edited"] += 1
    data = b"".join(lines[sid][0] + b"\n" for sid in sorted(lines))
    report.rejected.extend(write_regular(work, rel, data))
    kept = {sid: str(old[sid][0].get("updated")) for sid, (_, gone) in lines.items()
            if not gone and sid not in current}
    return {**current, **kept}


def _write_mine(store: Any, work: Path, who: _Who, report: SyncReport) \
        -> tuple[dict[str, int], dict[str, dict[str, str]], list[str]]:
    """Write this store's files; returns (counts, new pushed, paths to add)."""
    from annotations.model.serialize import article_to_json

    counts = {"new": 0, "edited": 0, "deleted": 0, "articles": 0}
    pushed: dict[str, dict[str, str]] = {}
    paths = [MARKER, "owners", "tags"]
    needed: set[str] = set()
    for stem, owner in who.writes():
        pushed[owner] = _write_file(store, work, stem, owner, who.pushed.get(owner, {}),
                                    counts, report)
        needed |= {t.anchor.article_id for t in store.tags() if t.annotator == owner}
    needed |= sync_meta.story_articles(store)
    for aid in sorted(needed):
        rel = f"articles/{aid}.json"
        if exists_regular(work, rel):
            continue
        art = store.article(aid)
        if art is not None:
            report.rejected.extend(write_regular(work, rel, (article_to_json(art) + "\n")
                                                 .encode()))
            counts["articles"] += 1
    paths.append("articles")
    return counts, pushed, paths


def _message(who: _Who, counts: dict[str, int]) -> str:
    parts = [f"+{counts['new']} tags" if counts["new"] else "",
             f"{counts['edited']} edits" if counts["edited"] else "",
             f"{counts['deleted']} deletions" if counts["deleted"] else "",
             f"{counts['articles']} article(s)" if counts["articles"] else ""]
    layer = " and the curated layer" if who.curates else ""
    return f"{who.me}{layer}: " + (", ".join(p for p in parts if p) or "files")


def _pushed_state(state: dict[str, Any], me: str) -> dict[str, dict[str, str]]:
    by = state.get("pushed_by")
    if isinstance(by, dict):
        return {k: v for k, v in by.items() if isinstance(v, dict)}
    legacy = state.get("pushed")  # before owners: one map, for whoever synced last
    return {me: legacy} if isinstance(legacy, dict) else {}


def check_name(me: str, curator: str, from_login: bool) -> None:
    """``SyncError`` (one line) unless ``me`` may sync."""
    if from_login:
        raise SyncError(f"no annotator name set (only the login name {visible(me)!r}): pass "
                        "--annotator NAME, set $THREADMARK_ANNOTATOR, or set \"annotator\" in "
                        "settings.json (the app asks on its first start)")
    problem = name_problem(me)
    if problem is not None:
        raise SyncError(f"annotator name {visible(me)!r}: {problem}")
    if me in (curator, CURATED_FILE):
        raise SyncError(f"annotator name {visible(me)!r} is the curated layer's; sync under "
                        "your own name (\"curates\": true in settings.json shares the layer)")


def sync(store: Any, me: str, url: str | None = None, progress: Any = None, *,
         from_login: bool = False, take_over: bool = False, curator: str = "curated",
         curates: bool = False) -> SyncReport:
    """Sync ``store`` (open writable) as annotator ``me`` through its remote.

    ``from_login``: the name is only the login name (refused). ``take_over``: move ``me`` to
    this store even though another store owns it. ``curates``: also share the curated
    layer (``curator``'s tags) as ``tags/curated.jsonl``.
    """
    def say(text: str) -> None:
        if progress is not None:
            progress(text)

    check_name(me, curator, from_login)
    state = store.meta("sync") or {}
    url = url or state.get("remote")
    if not url:
        raise SyncError(f"{store.path}: no remote; run threadmark remote set URL first")
    sid, new_id = store_id(store)
    work = workdir_for(store.path)
    who = _Who(me, curator, curates, _pushed_state(state, me))
    for attempt in range(PUSH_TRIES):
        report = SyncReport()
        say("fetching")
        _prepare(url, work, me)
        _check_ours(work, report)
        report.rejected.extend(claim(work, me, sid, take_over, SyncError))
        say("merging")
        plan = _plan_pull(store, work, who, report)
        meta = sync_meta.plan(store, work, me)
        report.rejected.extend(meta.rejected)
        counts, pushed, paths = _write_mine(store, work, who, report)
        report.rejected.extend(sync_meta.write_mine(store, work, me))
        paths.append(sync_meta.FOLDER)
        report.pushed = counts
        _git(["add", "--all", "--", *(p for p in paths if os.path.lexists(work / p))],
             work, me)
        if _git(["diff", "--cached", "--quiet"], work, me, check=False).returncode != 0:
            _git(["commit", "--quiet", "-m", _message(who, counts)], work, me)
        else:
            report.pushed = {}
            if _same_as_remote(work, me):
                break
        if new_id:  # kept before the repository can name it as an owner
            store.set_meta("store_id", sid)
            new_id = False
        say("pushing")
        r = _git(["push", "--quiet", "origin", f"HEAD:{BRANCH}"], work, me, check=False)
        if r.returncode == 0:
            report.commit = _git(["rev-parse", "--short", "HEAD"], work, me).stdout.strip()
            _point_head(url, me)
            break
        if attempt == PUSH_TRIES - 1 or not any(
                w in r.stderr for w in ("rejected", "fetch first", "non-fast-forward")):
            raise SyncError(f"git push: {_reason(r.stderr)}")
        # someone pushed first: start over from their commit
    # the remote has everything: now, and only now, the store changes
    say("writing")
    with store.all_or_nothing():  # one durable write: articles, tags and what was pushed
        for art in plan.articles:
            if store.article(art.id) is None:
                store.add_article(art, supersede=False)
                report.articles += 1
        if plan.adds or plan.replaces or plan.deletes:
            store.merge(plan.adds, plan.replaces, plan.deletes, action="sync")
        sync_meta.apply(store, meta)
        # what the file holds and the store now has: a later sync that misses one of them
        # deletes it (one the store could not take stays the file's, never a tombstone)
        pushed = {o: {t: u for t, u in ids.items() if store.get(t) is not None}
                  for o, ids in pushed.items()}
        store.set_meta("sync", {"remote": url, "pushed_by": {**who.pushed, **pushed}})
    report.pulled_added, report.pulled_updated = len(plan.adds), len(plan.replaces)
    report.pulled_deleted = len(plan.deletes)
    report.meta_changes = meta.changes
    return report


def _local_repo(url: str) -> Path | None:
    """The folder of a remote given as a path or ``file://`` URL, else None."""
    path = url.removeprefix("file://") if url.startswith("file://") else url
    if "://" in path or (":" in path.split("/")[0] and not os.path.isabs(path)):
        return None
    p = Path(path).expanduser()
    return p if (p / "HEAD").is_file() and (p / "objects").is_dir() else None


def _point_head(url: str, who: str) -> None:
    """A bare repository on a path whose HEAD names no branch there: name ours (so a plain
    ``git clone`` checks it out)."""
    repo = _local_repo(url)
    if repo is None:
        return
    head = _git(["--git-dir", str(repo), "symbolic-ref", "--quiet", "HEAD"], None, who,
                check=False).stdout.strip()
    if head == f"refs/heads/{BRANCH}":
        return
    if _git(["--git-dir", str(repo), "rev-parse", "--verify", "--quiet", head or "HEAD"],
            None, who, check=False).returncode != 0:
        _git(["--git-dir", str(repo), "symbolic-ref", "HEAD", f"refs/heads/{BRANCH}"],
             None, who)


def init_remote(path: Path) -> None:
    """A new bare team repository at ``path`` whose HEAD names the branch sync pushes."""
    if os.path.lexists(path) and not (path.is_dir() and not any(path.iterdir())):
        raise SyncError(f"{path}: exists already (not empty)")
    _git(["init", "--quiet", "--bare", f"--initial-branch={BRANCH}", str(path)], None)
