"""``threadmark sync``: share tags through a git repository (any host, or a path).

The repository holds plain, diff-friendly files:

- ``threadmark.json``: ``{"format": "threadmark-sync", "version": 1}`` (marks it as ours);
- ``articles/<id>.json``: each article in the ``inspect --json`` shape (the file name is its
  id; a pulled article is added beside the local ones, never in place of one);
- ``members/<annotator>/<xx>.jsonl``: that analyst's tags in shards by id (``sync_shards``),
  one per line, sorted by id; a deleted tag is a tombstone ``{"id", "deleted": true,
  "updated"}``. A file speaks only for its owner (``sync_rules``); ``members/curated/``
  holds the curated layer, written only by stores whose settings say ``"curates": true``.
  ``tags/<annotator>.jsonl`` (the layout before shards) is still read, and a store's own
  moves into its shards on its first sync;
- ``owners/<annotator>.json``: which store writes that annotator's files (``sync_owners``);
- ``meta/<annotator>.jsonl``: that analyst's stories and outlets (``sync_meta``).

A sync makes its clone exactly the remote's branch (whatever a killed sync left there is
dropped: the store is the truth for this analyst's files), reads the others' files into a
plan with the rules of ``import-annotations`` (by id; the newer ``updated`` wins; conflicts
reported), writes this analyst's files from the store, commits ("ana: +12 tags, 3 edits"),
pushes (a rejected push starts over from the fetch), and only then writes the store, in one
undoable step (``sync_store``): a sync that fails anywhere leaves the store as it was. Every
file of the clone is read and written as a regular file inside it (``sync_files``). It
drives the ``git`` command line (git's own transports, credentials and configuration apply).

A sync reads only what changed since the last one (``sync_seen``, ``sync_shards``): only the
shards changed since the ``members`` tree it took in, each through the lines it adds to the
version taken, and this store's own shards are rewritten only where the store's history says
tags changed; anything the last sync refused is read whole again.
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
from annotations.store.file.article_ids import LEGACY_IDS, translate_anchor
from annotations.team import sync_meta, sync_seen
from annotations.team import sync_shards as shards
from annotations.team.sync_files import (
    NotRegular,
    exists_regular,
    folders,
    listing,
    read_regular,
    write_regular,
)
from annotations.team.sync_legacy import (
    current_id,
    drop_old_article_files,
    drop_unsharded_file,
    unsharded_file,
)
from annotations.team.sync_owners import claim, store_id
from annotations.team.sync_rules import (
    CURATED_FILE,
    Line,
    owner_problem,
    parse_time,
    read_lines,
    read_numbered,
)
from annotations.team.sync_store import write_pull
from annotations.util.gcpause import gc_paused
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
         check: bool = True, raw: bool = False, data: bytes | None = None) \
        -> subprocess.CompletedProcess:
    if shutil.which("git") is None:
        raise SyncError("git is not installed (threadmark sync drives the git command)")
    cmd = ["git", "-c", f"user.name={who}", "-c", f"user.email={who}@threadmark.invalid",
           "-c", f"init.defaultBranch={BRANCH}", "-c", "core.hooksPath=/dev/null", *args]
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}  # never wait for a password
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=not raw, env=env,
                           timeout=120, input=data)
    except subprocess.TimeoutExpired:
        raise SyncError(f"git {args[0]}: no answer after 120 s (network?)") from None
    if r.returncode < 0:  # git itself was killed
        raise SyncError(f"git {args[0]}: killed by signal {-r.returncode}")
    if check and r.returncode != 0:
        stderr = r.stderr.decode(errors="replace") if raw else r.stderr
        raise SyncError(f"git {args[0]}: {_reason(stderr)}")
    return r


def _reader(work: Path, who: str) -> sync_seen.Git:
    """``run(args, raw, data)`` for ``sync_seen`` and ``sync_shards``: stdout as bytes (given
    ``data`` on stdin), None when git failed."""
    def run(args: list[str], raw: bool, data: bytes | None = None) -> Any:
        r = _git(args, work, who, check=False, raw=raw, data=data)
        return r.stdout if r.returncode == 0 else None
    return run


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


def _share_objects(url: str, work: Path) -> None:
    """A remote on a path (a bare repository on a shared disk): let the clone read the
    remote's objects where they are (git's alternates, as ``clone --shared``), so a fetch
    copies nothing (git sees it has every object already) and costs the same whatever the
    repository's size. The clone's own commits stay in its own objects until pushed."""
    repo = _local_repo(url)
    if repo is None:
        return
    objects = os.path.realpath(repo / "objects")
    info = work / ".git" / "objects" / "info"
    listed = info / "alternates"
    try:
        if os.path.lexists(listed) and read_regular(work, ".git/objects/info/alternates",
                                                    limit=65536).decode() == objects + "\n":
            return
    except (NotRegular, UnicodeDecodeError):
        pass
    write_regular(work, ".git/objects/info/alternates", (objects + "\n").encode())


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
    _share_objects(url, work)
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
class _Reading:
    """How this sync reads the clone: what the last one took in (``sync_seen``), which
    annotators' tags changed in the store since (None: unknown), and what this one takes
    in whole (kept for the next)."""

    work: Path
    git: sync_seen.Git
    seen: sync_seen.Seen
    changed: dict[str, set[str]] | None
    heads: dict[str, sync_seen.Entry] = field(default_factory=dict)
    took: dict[str, str] = field(default_factory=dict)  # "tags/<name>" -> blob taken whole
    articles: str | None = None  # the articles tree, every file of it taken
    whole: list[str] = field(default_factory=list)  # files read whole, for tests
    partly: list[str] = field(default_factory=list)  # files read through a diff
    #: member folder -> its shards changed since the last sync (None: every folder read whole)
    members: dict[str, dict[str, str | None]] | None = None
    redo: set[str] = field(default_factory=set)  # member folders to read whole next time

    def touched(self) -> set[str]:
        """Annotators a tag of whom changed in the store since the last sync."""
        return {n for names in (self.changed or {}).values() for n in names}

    def lines_of(self, name: str, owner: str, ours: bool, report: SyncReport) \
            -> list[Line] | None:
        """The lines of ``tags/<name>`` this sync must read: all of them, those added since
        the last sync took the file in, or None (the file was taken in as it is). ``ours``:
        a file this store writes (its lines of tags changed here are never taken: those
        tags are in the history)."""
        rel = f"tags/{name}"
        where = f"tags/{visible(name)}"
        head = self.heads.get(name)
        old = self.seen.files.get(rel)
        known = head is not None and old is not None and self.changed is not None \
            and (ours or owner not in self.touched())
        if known and old == head.blob and head.mode in ("100644", "100755"):  # type: ignore[union-attr]
            return None
        try:
            data = read_regular(self.work, rel)
        except NotRegular as e:
            report.rejected.append(str(e))
            return []
        kept = sync_seen.blob(self.git, old) if known and old is not None else None
        if kept is not None:
            self.partly.append(rel)
            return read_numbered(sync_seen.added_lines(kept, data), where, owner,
                                 report.rejected)
        self.whole.append(rel)
        return read_lines(data, where, owner, report.rejected)


@dataclass
class _Source:
    """The lines of one team file to take: ``where`` it is (as shown), its owner, whether
    this store writes it, the accepted lines, the refusals its reading said, and what a
    read with no refusal lets the next sync skip (``took``: a file of the layout before
    shards and its blob) or re-read whole after one (``stem``: a member folder)."""

    where: str
    owner: str
    ours: bool
    lines: list[Line]
    refused: int
    took: tuple[str, str] | None = None
    stem: str | None = None


@dataclass
class _Plan:
    articles: list[Any] = field(default_factory=list)
    adds: dict[str, Any] = field(default_factory=dict)  # id -> tag
    replaces: dict[str, Any] = field(default_factory=dict)  # id -> tag
    deletes: list[str] = field(default_factory=list)


def _pull_articles(store: Any, work: Path, report: SyncReport, reading: _Reading) \
        -> list[Any]:
    """The team's articles this store does not have (only the files added since the last
    sync took the folder in)."""
    from annotations.model.article import article_from_obj
    from annotations.model.identity import id_problem
    from annotations.sources.deepjson import loads

    now = sync_seen.tree(reading.git, "articles")
    old = reading.seen.articles
    fresh = None if old is None or now is None else \
        set() if old == now else sync_seen.changed_names(reading.git, old, now)
    names, odd = listing(work, "articles")
    report.rejected.extend(odd)
    before = len(report.rejected)
    out = []
    for name in names:
        if fresh is not None and name not in fresh:
            continue  # taken in by an earlier sync, as it is
        where = f"articles/{visible(name)}"
        if not _ARTICLE_FILE.match(name):
            report.rejected.append(f"{where}: not an article file (<16 hex digits>.json)")
            continue
        if store.article(current_id(store, name[:-5])) is not None:
            continue  # the local one stays, whatever the file holds
        try:
            art = article_from_obj(loads(read_regular(work, f"articles/{name}")))
        except NotRegular as e:
            report.rejected.append(str(e))
            continue
        except ValueError as e:
            report.rejected.append(f"{where}: {visible(problem_text(e))}")
            continue
        problem = id_problem(art, named=name[:-5])
        if problem is not None:
            report.rejected.append(f"{where}: {problem}")
            continue
        out.append(art)
    if len(report.rejected) == before:
        reading.articles = now
    return out


def _team_files(work: Path, who: _Who, report: SyncReport, reading: _Reading) \
        -> list[_Source]:
    """Each file of the layout before shards (``tags/<name>.jsonl``: a teammate's whose
    threadmark predates shards, or this store's own before it moves it) with lines to read
    (``_Reading.lines_of``)."""
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
        owner = who.owner(stem)
        ours = mine.get(stem) == owner
        before = len(report.rejected)
        lines = reading.lines_of(name, owner, ours, report)
        head = reading.heads.get(name)
        if lines is None:  # as the last sync took it in
            reading.took[f"tags/{name}"] = reading.heads[name].blob
            continue
        out.append(_Source(where, owner, ours, lines, len(report.rejected) - before,
                           (f"tags/{name}", head.blob) if head is not None else None))
    return out


def _member_files(work: Path, who: _Who, report: SyncReport, reading: _Reading) \
        -> list[_Source]:
    """Each shard ``members/<name>/<xx>.jsonl`` with lines to read: every shard of a folder
    read whole (nothing kept, the history cannot tell, the last read refused something of
    it, or a tag of its owner changed here since), else only the shards changed since the
    last sync, through the lines they add (``sync_shards``)."""
    git = reading.git
    now, old = sync_seen.tree(git, shards.FOLDER), reading.seen.members
    if old is not None and now is not None and reading.changed is not None:
        reading.members = {} if old == now else shards.changes(git, old, now)
    stems, odd = folders(work, shards.FOLDER)
    report.rejected.extend(odd)
    mine, touched = dict(who.writes()), reading.touched()
    todo: list[tuple[str, str, bool, dict[str, str | None]]] = []
    for stem in stems:
        problem = name_problem(stem)
        if problem is not None:
            report.rejected.append(f"{shards.FOLDER}/{visible(stem)}: {problem}")
            continue
        owner = who.owner(stem)
        ours = mine.get(stem) == owner
        if reading.members is None or stem in reading.seen.redo or \
                (not ours and owner in touched):
            files, odd = listing(work, f"{shards.FOLDER}/{stem}")
            report.rejected.extend(odd)
            if odd:
                reading.redo.add(stem)
            todo.append((stem, owner, ours, dict.fromkeys(files)))
        elif stem in reading.members:
            todo.append((stem, owner, ours, reading.members[stem]))
    kept = shards.blobs(git, (b for *_, names in todo for b in names.values() if b))
    out = []
    for stem, owner, ours, names in todo:
        for name in sorted(names):
            rel, where = f"{shards.FOLDER}/{stem}/{name}", \
                f"{shards.FOLDER}/{visible(stem)}/{visible(name)}"
            before = len(report.rejected)
            if not shards.SHARD_FILE.match(name):
                report.rejected.append(f"{where}: not a tag file (<2 hex digits>.jsonl)")
                reading.redo.add(stem)
                continue
            try:
                data = read_regular(work, rel)
            except NotRegular as e:
                report.rejected.append(str(e))
                reading.redo.add(stem)
                continue
            was = names[name]
            old_data = kept.get(was) if was is not None else None
            if old_data is not None:
                reading.partly.append(rel)
                lines = read_numbered(sync_seen.added_lines(old_data, data), where, owner,
                                      report.rejected, name[:2])
            else:
                reading.whole.append(rel)
                lines = read_lines(data, where, owner, report.rejected, name[:2])
            out.append(_Source(where, owner, ours, lines, len(report.rejected) - before,
                               stem=stem))
    return out


def _plan_pull(store: Any, work: Path, who: _Who, report: SyncReport,
               reading: _Reading) -> _Plan:
    """What the team's files would change in the store."""
    from annotations.exchange.importer import MergePlan

    plan = _Plan(articles=_pull_articles(store, work, report, reading))
    known = {a.id: a for a in plan.articles}
    merge = MergePlan("remote", "local")
    reading.heads = sync_seen.entries(reading.git, "tags")
    files = _team_files(work, who, report, reading) + _member_files(work, who, report, reading)
    held = store.ids_in_history() if any(f.ours and f.lines for f in files) else set()
    legacy = store.meta(LEGACY_IDS)
    stored = store.raw_tag_docs()  # ``in`` decodes nothing: a new id costs no lookup
    claims: dict[str, set[str]] = {}  # a new tag id in two owners' files: neither is taken
    for f in files:
        for line in f.lines:
            if not line.deleted:
                claims.setdefault(line.sid, set()).add(f.owner)
    for f in files:
        where, owner, ours = f.where, f.owner, f.ours
        pushed = who.pushed.get(owner, {})
        before = len(report.rejected) - f.refused
        for line in f.lines:
            sid = line.sid
            if ours and (line.deleted or sid in pushed or sid in held):
                continue  # this store wrote those lines, or held the tag and deleted it
            at = f"{where}: line {line.number}: tag {visible(sid)[:40]}"
            existing = store.get(sid) if sid in stored else None
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
            translate_anchor(line.doc, legacy)  # an article id from before schema 6
            anchor = line.doc.get("anchor")
            aid = anchor.get("article_id") if isinstance(anchor, dict) else None
            ctx = {"article": known[aid]} if isinstance(aid, str) and aid in known else None
            # a teammate's edit of a tag not changed here since the last sync: an update
            untouched = reading.changed is not None and sid not in reading.changed
            merge.offer(store, line.doc, at, report, ctx, untouched=untouched)
        if len(report.rejected) != before:
            if f.stem is not None:
                reading.redo.add(f.stem)  # its refusals are said again next time
        elif f.took is not None:
            reading.took[f.took[0]] = f.took[1]  # every line taken: next time, the diff
    plan.adds, plan.replaces = merge.adds, merge.replaces
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


@dataclass
class _Written:
    """What writing one of this store's files left: the tags the file holds (id ->
    updated), the ids of those to check against the store once it is written (None: all),
    and the articles its tags are on."""

    holds: dict[str, str]
    check: set[str] | None
    articles: set[str]


def _owned(store: Any, owner: str, only: set[str] | None) -> dict[str, str]:
    """``owner``'s valid tags in the store (id -> updated), of ``only`` when given."""
    if only is None:
        raw = store.raw_tag_docs()
        only = {sid for sid, doc in raw.items() if doc.get("annotator") == owner}
    out = {}
    for sid in only:
        tag = store.get(sid)
        if tag is not None and tag.annotator == owner:
            out[sid] = tag.updated.isoformat()
    return out


def _write_file(store: Any, work: Path, stem: str, owner: str, pushed: dict[str, str],
                counts: dict[str, int], report: SyncReport,
                only: set[str] | None = None) -> _Written:
    """Write ``members/<stem>/`` (``owner``'s tags in shards) from the store. ``only``: the
    ids of the tags that changed in the store since the last sync wrote the folder as it is
    now (only their shards are written, their other lines kept as they are); None: every tag
    (and a file of the layout before shards, ``tags/<stem>.jsonl``, moves into the shards
    and is deleted). ``counts`` gains what changed against the files as they were."""
    from annotations.util.clock import now_utc

    raw = store.raw_tag_docs()
    current = _owned(store, owner, only)
    legacy = _file_docs(unsharded_file(work, stem)) if only is None else {}
    if only is None:
        names, _ = listing(work, f"{shards.FOLDER}/{stem}")  # the odd ones: said by the pull
        keys = {n[:2] for n in names if shards.SHARD_FILE.match(n)}
        keys.update(shards.shard_of(sid) for sid in (*current, *pushed, *legacy))
    else:
        keys = {shards.shard_of(sid) for sid in only}
    by_key: dict[str, dict[str, list[str]]] = {k: {"current": [], "pushed": [], "only": []}
                                               for k in keys}
    for what, ids in (("current", current), ("pushed", pushed if only is None else
                                               only & pushed.keys()), ("only", only or ())):
        for sid in ids:
            by_key[shards.shard_of(sid)][what].append(sid)
    history: list[set[str]] = []
    now = now_utc().isoformat()
    kept: dict[str, str] = {}
    arts = _articles_of(raw, current)
    for key in sorted(keys):
        rel = shards.shard_rel(stem, key)
        try:
            data: bytes | None = read_regular(work, rel)
        except NotRegular:
            data = None  # none yet, or something else in its place (replaced)
        old = _file_docs(data or b"")
        for sid, was in legacy.items():
            if shards.shard_of(sid) == key:
                old.setdefault(sid, was)
        if only is None and old and not history:
            history.append(store.ids_in_history())
        group = by_key[key]
        mine = set(group["only"]) if only is not None else None
        held = set() if not old else history[0] if mine is None else mine
        lines = _shard_lines(old, group, mine, raw, store, pushed, held, owner, now)
        for sid, (line, gone) in lines.items():
            before = old.get(sid)
            if before is None or (before[0].get("deleted") is True) != gone:
                counts["deleted" if gone else "new"] += 1
            elif before[1] != line:
                counts["edited"] += 1
        out = b"".join(lines[sid][0] + b"\n" for sid in sorted(lines))
        if out != data and (out or data is not None):
            report.rejected.extend(write_regular(work, rel, out))
        for sid, (_, gone) in lines.items():
            if gone or sid in current:
                continue
            if mine is None or sid in mine:
                kept[sid] = str(old[sid][0].get("updated"))
            aid = (old[sid][0].get("anchor") or {}).get("article_id")
            if mine is not None and isinstance(aid, str):
                arts.add(aid)  # a kept line's article: pushed with it
    if only is None:
        drop_unsharded_file(work, stem)  # its lines are in the shards now
    if only is None:
        return _Written({**current, **kept}, None, arts)
    holds = {sid: u for sid, u in pushed.items() if sid not in only}
    return _Written({**holds, **current, **kept}, set(current) | set(kept), arts)


def _shard_lines(old: dict[str, tuple[dict[str, Any], bytes]], group: dict[str, list[str]],
                 mine: set[str] | None, raw: Any, store: Any, pushed: dict[str, str],
                 held: set[str], owner: str, now: str) -> dict[str, tuple[bytes, bool]]:
    """The lines of one shard (id -> (line, a tombstone)): the store's tags of it, and of
    its ``old`` lines those the store does not hold as they are (``mine``: the ids of the
    shard changed in the store since the last sync; the other lines stay as they are)."""
    lines: dict[str, tuple[bytes, bool]] = {sid: (orjson.dumps(raw[sid]), False)
                                            for sid in group["current"]}
    if mine is not None:  # the lines of the tags that did not change stay as they are
        lines.update((sid, (line, doc.get("deleted") is True)) for sid, (doc, line)
                     in old.items() if sid not in mine)

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
    for sid in group["pushed"]:
        if sid not in lines and sid not in raw:
            lines[sid] = tombstone(sid)
    return lines


def _articles_of(raw: Any, ids: Any) -> set[str]:
    return {raw[sid]["anchor"]["article_id"] for sid in ids}


def _write_mine(store: Any, work: Path, who: _Who, report: SyncReport,
                only: dict[str, set[str] | None]) \
        -> tuple[dict[str, int], dict[str, _Written], list[str]]:
    """Write this store's files (``only``: by owner, as ``_write_file``'s); returns (counts,
    what each owner's file holds, paths to add)."""
    from annotations.model.serialize import article_to_json

    counts = {"new": 0, "edited": 0, "deleted": 0, "articles": 0}
    written: dict[str, _Written] = {}
    paths = [MARKER, "owners", "tags", shards.FOLDER]
    needed: set[str] = set()
    for stem, owner in who.writes():
        written[owner] = _write_file(store, work, stem, owner, who.pushed.get(owner, {}),
                                     counts, report, only.get(owner))
        needed |= written[owner].articles
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
    drop_old_article_files(store, work)  # written before schema 6: the new file is there
    paths.append("articles")
    return counts, written, paths


def _only(who: _Who, reading: _Reading) -> dict[str, set[str] | None]:
    """For each folder this store writes, the ids of its owner's tags that changed in the
    store since the last sync wrote it, when the folder is as that sync left it (else None:
    every shard is written from the store; so is a file of the layout before shards)."""
    out: dict[str, set[str] | None] = {}
    for stem, owner in who.writes():
        as_left = reading.members is not None and stem not in reading.members \
            and stem not in reading.seen.redo and f"{stem}.jsonl" not in reading.heads
        out[owner] = None if reading.changed is None or not as_left else \
            {sid for sid, names in reading.changed.items() if owner in names}
    return out


def _took_mine(who: _Who, reading: _Reading) -> None:
    """This store's files of the layout before shards are gone (moved into its shards)."""
    for stem, _ in who.writes():
        reading.took.pop(f"tags/{stem}.jsonl", None)


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
    seen = sync_seen.Seen.from_state(state)
    changed = None if seen.mark is None else store.annotators_changed_since(seen.mark)
    for attempt in range(PUSH_TRIES):
        report = SyncReport()
        say("fetching")
        _prepare(url, work, me)
        _check_ours(work, report)
        report.rejected.extend(claim(work, me, sid, take_over, SyncError))
        say("merging")
        reading = _Reading(work, _reader(work, me), seen, changed)
        with gc_paused():  # thousands of small objects; no cycles among them
            plan = _plan_pull(store, work, who, report, reading)
        meta = sync_meta.plan(store, work, me)
        report.rejected.extend(meta.rejected)
        counts, written, paths = _write_mine(store, work, who, report,
                                             _only(who, reading))
        report.rejected.extend(sync_meta.write_mine(store, work, me))
        paths.append(sync_meta.FOLDER)
        report.pushed = counts
        _git(["add", "--all", "--", *(p for p in paths if os.path.lexists(work / p))],
             work, me)
        _took_mine(who, reading)
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
    members_tree = sync_seen.tree(reading.git, shards.FOLDER)  # as pushed: next time's base
    say("writing")
    with store.all_or_nothing(), gc_paused():  # one durable write: articles, tags, pushed
        for art in plan.articles:
            if store.article(art.id) is None:
                store.add_article(art, supersede=False)
                report.articles += 1
        if plan.adds or plan.replaces or plan.deletes:
            # every tag was validated by the plan (``MergePlan.offer``)
            write_pull(store, plan.adds, plan.replaces, plan.deletes)
        sync_meta.apply(store, meta)
        # what the file holds and the store now has: a later sync that misses one of them
        # deletes it (one the store could not take stays the file's, never a tombstone)
        pushed = {o: {t: u for t, u in w.holds.items()
                      if (w.check is not None and t not in w.check) or store.get(t) is not None}
                  for o, w in written.items()}
        seen = sync_seen.Seen(reading.took, reading.articles, store.history_mark(),
                              members_tree, sorted(reading.redo))
        store.set_meta("sync", {"remote": url, "pushed_by": {**who.pushed, **pushed},
                                "seen": seen.as_state()})
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
