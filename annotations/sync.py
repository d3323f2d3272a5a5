"""``threadmark sync``: share tags through a git repository (any host, or a path).

The repository holds plain, diff-friendly files:

- ``threadmark.json``: ``{"format": "threadmark-sync", "version": 1}`` (marks it as ours);
- ``articles/<id>.json``: each article in the ``inspect --json`` shape (immutable: the id is
  the text's hash, so two analysts adding one article never conflict);
- ``tags/<annotator>.jsonl``: that analyst's tags, one per line, sorted by id; a deleted tag
  is a tombstone ``{"id", "deleted": true, "updated"}``. Each analyst writes only their own
  file, so a push never has a content conflict; a rejected push fetches, rebases and retries.

A sync pulls (fetch, rebase), merges the others' files into the store with the rules of
``import-annotations`` (by id; the newer ``updated`` wins; conflicts reported) in one undoable
step, writes this analyst's file, commits ("ana: +12 quotes, 3 edits"), pushes, and only
then writes the store: a sync that fails anywhere leaves the store as it was. It drives the
``git`` command line (git's own transports, credentials and configuration apply).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from .errors import ThreadmarkError

MARKER = "threadmark.json"
MARKER_DOC = {"format": "threadmark-sync", "version": 1}
BRANCH = "main"
PUSH_TRIES = 4


class SyncError(ThreadmarkError):
    """A sync that could not run (one line); the store is unchanged."""


@dataclass
class SyncReport:
    """What a sync did."""

    pulled_added: int = 0
    pulled_updated: int = 0
    pulled_deleted: int = 0
    articles: int = 0
    pushed: dict[str, int] = field(default_factory=dict)  # new, edited, deleted
    conflicts: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    commit: str | None = None

    def summary(self) -> str:
        p = self.pushed
        return (f"pulled: {self.pulled_added} new, {self.pulled_updated} updated, "
                f"{self.pulled_deleted} deleted, {self.articles} article(s); pushed: "
                f"{p.get('new', 0)} new, {p.get('edited', 0)} edited, "
                f"{p.get('deleted', 0)} deleted; conflicts {len(self.conflicts)}")


def workdir_for(store_path: Path) -> Path:
    """The clone a store syncs through (beside the store)."""
    return store_path.with_name(f".{store_path.name}.sync")


def _git(args: list[str], cwd: Path | None, who: str = "threadmark",
         check: bool = True) -> subprocess.CompletedProcess:
    if shutil.which("git") is None:
        raise SyncError("git is not installed (threadmark sync drives the git command)")
    cmd = ["git", "-c", f"user.name={who}", "-c", f"user.email={who}@threadmark.invalid",
           "-c", "init.defaultBranch=main", *args]
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}  # never wait for a password
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env,
                           timeout=120)
    except subprocess.TimeoutExpired:
        raise SyncError(f"git {args[0]}: no answer after 120 s (network?)") from None
    if check and r.returncode != 0:
        raise SyncError(f"git {args[0]}: {_reason(r.stderr)}")
    return r


def _reason(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    fatal = [ln for ln in lines if ln.lower().startswith(("fatal:", "error:"))]
    text = (fatal or lines or ["failed"])[0]
    low = text.lower()
    if "authentication" in low or "permission denied" in low or "could not read username" \
            in low:
        return f"authentication failed ({text})"
    if "could not resolve" in low or "unable to connect" in low or "connection refused" in low:
        return f"cannot reach the remote ({text})"
    return text


def _ensure_clone(url: str, work: Path, who: str) -> None:
    if (work / ".git").is_dir():
        # the store's own lock makes this the only sync of this clone: a git lock file left
        # here is from a sync that was killed, and would stop every later one
        for stale in [work / ".git" / "index.lock", *(work / ".git" / "refs").rglob("*.lock")]:
            stale.unlink(missing_ok=True)
        current = _git(["remote", "get-url", "origin"], work, who, check=False).stdout.strip()
        if current != url:
            _git(["remote", "set-url", "origin", url], work, who)
        return
    if work.exists():
        shutil.rmtree(work)
    _git(["clone", "--quiet", url, str(work)], None, who)


def _has_commits(work: Path, who: str) -> bool:
    return _git(["rev-parse", "--verify", "--quiet", "HEAD"], work, who,
                check=False).returncode == 0


def _pull(work: Path, who: str) -> None:
    """Fetch and rebase onto the remote branch (an empty remote is fine)."""
    _git(["fetch", "--quiet", "origin"], work, who)
    remote_has = _git(["rev-parse", "--verify", "--quiet", f"origin/{BRANCH}"], work, who,
                      check=False).returncode == 0
    if not remote_has:
        return
    if not _has_commits(work, who):
        _git(["checkout", "--quiet", "-B", BRANCH, f"origin/{BRANCH}"], work, who)
        return
    _git(["rebase", "--quiet", f"origin/{BRANCH}"], work, who)


def _check_ours(work: Path) -> None:
    marker = work / MARKER
    has_files = any(p.name != ".git" for p in work.iterdir())
    if not marker.exists():
        if has_files:
            raise SyncError(f"{work}: the remote is not a threadmark repository (no {MARKER})")
        marker.write_bytes(orjson.dumps(MARKER_DOC) + b"\n")
        return
    try:
        doc = orjson.loads(marker.read_bytes())
    except orjson.JSONDecodeError:
        doc = None
    if not (isinstance(doc, dict) and doc.get("format") == MARKER_DOC["format"]):
        raise SyncError(f"{work}: the remote is not a threadmark repository ({MARKER} differs)")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise SyncError(f"{path}: line {n} is not JSON") from None
        if isinstance(doc, dict):
            out.append(doc)
    return out


def _parse_time(value: Any) -> datetime | None:
    try:
        t = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else None


def _plan_pull(store: Any, work: Path, me: str, report: SyncReport):  # noqa: ANN202
    """What the others' files would change: (articles, adds, replaces, deletes)."""
    from .article import article_from_obj
    from .deepjson import loads
    from .importer import MergePlan

    articles = []
    for p in sorted((work / "articles").glob("*.json")) if (work / "articles").is_dir() else []:
        if store.article(p.stem) is None:
            try:
                articles.append(article_from_obj(loads(p.read_bytes())))
            except ValueError as e:
                report.rejected.append(f"{p.name}: {str(e).splitlines()[0]}")
    known = {a.id: a for a in articles}
    plan = MergePlan("remote", "local")
    deletes: list[str] = []
    for p in sorted((work / "tags").glob("*.jsonl")) if (work / "tags").is_dir() else []:
        if p.stem == me:
            continue
        for doc in _read_jsonl(p):
            sid = str(doc.get("id"))
            if doc.get("deleted"):
                existing, when = store.get(sid), _parse_time(doc.get("updated"))
                if existing is not None and when is not None and existing.updated <= when:
                    deletes.append(sid)
                continue
            aid = (doc.get("anchor") or {}).get("article_id")
            ctx = {"article": known[aid]} if aid in known else None
            plan.offer(store, doc, f"{p.name}: tag {sid}", report, ctx)
    adds, replaces = plan.adds, plan.replaces
    return articles, list(adds.values()), list(replaces.values()), deletes


def _write_mine(store: Any, work: Path, me: str, pushed: dict[str, str]) -> tuple[dict, dict]:
    """Write ``tags/<me>.jsonl`` and the articles my tags need; returns (counts, new pushed)."""
    from .serialize import article_to_json

    mine = sorted((t for t in store.tags() if t.annotator == me), key=lambda t: t.sid)
    raw = store.raw_tag_docs()
    path = work / "tags" / f"{me}.jsonl"
    tombstones = {d["id"]: d for d in (_read_jsonl(path) if path.exists() else [])
                  if d.get("deleted")}
    now = datetime.now(UTC).isoformat()
    current = {t.sid: t.updated.isoformat() for t in mine}
    counts = {"new": 0, "edited": 0, "deleted": 0}
    for sid, when in current.items():
        if sid not in pushed:
            counts["new"] += 1
        elif pushed[sid] != when:
            counts["edited"] += 1
        tombstones.pop(sid, None)
    for sid in pushed:
        if sid not in current and sid not in tombstones:
            tombstones[sid] = {"id": sid, "deleted": True, "updated": now}
            counts["deleted"] += 1
    lines = [(sid, orjson.dumps(raw[sid])) for sid in current]
    lines += [(sid, orjson.dumps(d)) for sid, d in tombstones.items()]
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"".join(line + b"\n" for _, line in sorted(lines)))
    (work / "articles").mkdir(exist_ok=True)
    for aid in {t.anchor.article_id for t in mine}:
        target = work / "articles" / f"{aid}.json"
        if not target.exists():
            art = store.article(aid)
            if art is not None:
                target.write_text(article_to_json(art) + "\n", encoding="utf-8")
    return counts, current


def _message(me: str, counts: dict[str, int]) -> str:
    parts = [f"+{counts['new']} tags" if counts["new"] else "",
             f"{counts['edited']} edits" if counts["edited"] else "",
             f"{counts['deleted']} deletions" if counts["deleted"] else ""]
    return f"{me}: " + (", ".join(p for p in parts if p) or "articles")


def sync(store: Any, me: str, url: str | None = None,
         progress: Any = None) -> SyncReport:
    """Sync ``store`` (open writable) as annotator ``me`` through its remote."""
    def say(text: str) -> None:
        if progress is not None:
            progress(text)

    state = store.meta("sync") or {}
    url = url or state.get("remote")
    if not url:
        raise SyncError(f"{store.path}: no remote; run threadmark remote set URL first")
    work = workdir_for(store.path)
    report = SyncReport()
    say("fetching")
    _ensure_clone(url, work, me)
    _pull(work, me)
    _check_ours(work)
    say("merging")
    articles, adds, replaces, deletes = _plan_pull(store, work, me, report)
    counts, current = _write_mine(store, work, me, state.get("pushed", {}))
    report.pushed = counts
    _git(["add", "-A"], work, me)
    if _git(["status", "--porcelain"], work, me).stdout.strip():
        _git(["commit", "--quiet", "-m", _message(me, counts)], work, me)
    if _has_commits(work, me):
        say("pushing")
        for attempt in range(PUSH_TRIES):
            r = _git(["push", "--quiet", "origin", f"HEAD:{BRANCH}"], work, me, check=False)
            if r.returncode == 0:
                break
            if attempt == PUSH_TRIES - 1 or "rejected" not in r.stderr and \
                    "fetch first" not in r.stderr and "non-fast-forward" not in r.stderr:
                raise SyncError(f"git push: {_reason(r.stderr)}")
            _pull(work, me)  # someone pushed first: rebase onto theirs and try again
        report.commit = _git(["rev-parse", "--short", "HEAD"], work, me).stdout.strip()
    # the remote has everything: now, and only now, the store changes
    say("writing")
    for art in articles:
        store.add_article(art)
        report.articles += 1
    if adds or replaces or deletes:
        store.merge(adds, replaces, deletes, action="sync")
    report.pulled_added, report.pulled_updated = len(adds), len(replaces)
    report.pulled_deleted = len(deletes)
    store.set_meta("sync", {"remote": url, "pushed": current})
    return report
