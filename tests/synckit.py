"""Team repositories for the sync tests: bare remotes, analysts' stores, and a teammate who
commits whatever a test wants (symlinks, forged lines) straight with git."""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from annotations import Anchor, AnnotationStore, Quote
from annotations.store import lazydocs
from annotations.team.sync import sync
from annotations.team.sync_shards import shard_of
from tests.waitkit import free_port, listens, wait_for


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                          cwd=cwd, check=True, capture_output=True, text=True).stdout


def bare(tmp_path: Path, name: str = "team.git") -> Path:
    path = tmp_path / "remote" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    git("init", "--bare", "--quiet", "-b", "main", str(path))
    return path


def analyst(tmp_path: Path, name: str, remote: Path, article) -> Path:
    path = tmp_path / name / "store.db"
    with AnnotationStore(path) as s:
        s.add_article(article)
        s.set_meta("sync", {"remote": str(remote)})
    return path


def quote(article, start: int, end: int, who: str, speaker: str = "Vladimir Putin") -> Quote:
    return Quote(anchor=Anchor.for_span(article, "body", start, end), annotator=who,
                 speaker=speaker)


def run_sync(path: Path, who: str, **kw):
    with AnnotationStore(path) as s:
        return sync(s, who, **kw)


def tags(path: Path) -> dict:
    with AnnotationStore(path, readonly=True) as s:
        return {t.sid: t for t in s}


class Teammate:
    """A hostile (or careless) teammate: a plain clone of the remote, committed by hand."""

    def __init__(self, tmp_path: Path, remote: Path, name: str = "evil") -> None:
        self.dir = tmp_path / f"{name}-clone"
        git("clone", "--quiet", str(remote), str(self.dir))
        git("checkout", "--quiet", "-B", "main", cwd=self.dir)

    def pull(self) -> None:
        git("fetch", "--quiet", "origin", cwd=self.dir)
        git("reset", "--quiet", "--hard", "origin/main", cwd=self.dir)

    def write(self, rel: str, data: str | bytes) -> Path:
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode() if isinstance(data, str) else data)
        return p

    def lines(self, rel: str, *docs: object) -> Path:
        return self.write(rel, "".join((d if isinstance(d, str) else json.dumps(d)) + "\n"
                                       for d in docs))

    def symlink(self, rel: str, target: str | Path) -> None:
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.symlink_to(target)

    def push(self, message: str = "evil") -> None:
        if not (self.dir / "threadmark.json").exists():
            self.write("threadmark.json", '{"format": "threadmark-sync", "version": 1}\n')
        git("add", "-A", cwd=self.dir)
        git("commit", "--quiet", "-m", message, cwd=self.dir)
        git("push", "--quiet", "origin", "HEAD:main", cwd=self.dir)

    def file(self, rel: str) -> str:
        self.pull()
        return (self.dir / rel).read_text()

    def published(self, name: str) -> str:
        """Every line of ``name``'s shards (``members/<name>/*.jsonl``) sorted by id, as the
        text of one file ("" when there are none)."""
        self.pull()
        folder = self.dir / "members" / name
        lines = [ln for p in sorted(folder.glob("*.jsonl")) for ln in
                 p.read_text().splitlines()] if folder.is_dir() else []
        return "".join(ln + "\n" for ln in sorted(lines, key=lambda ln: json.loads(ln)["id"]))


def in_a_shard_of_its_own(tag: Quote, taken: set[str]) -> Quote:
    """``tag`` with the first id (``UUID(int=1)``, ``2``, ...) whose shard is not in ``taken``,
    that shard added to ``taken``. Random ids put two of a test's hand-written shard files in
    one file 1 run in 40 (256 shards), the second write replacing the first's line."""
    for n in range(1, 100_000):
        sid = uuid.UUID(int=n)
        if shard_of(str(sid)) not in taken:
            taken.add(shard_of(str(sid)))
            return tag.model_copy(update={"id": sid})
    raise AssertionError(f"no shard left outside {sorted(taken)}")


def shard(name: str, sid: str) -> str:
    """The path of the shard that holds tag ``sid`` of ``name``."""
    return f"members/{name}/{shard_of(sid)}.jsonl"


def one_quote_team(tmp_path: Path, article) -> tuple[Path, Path, Quote, Teammate]:
    """A remote where ana has synced one quote, ana's store, and evil's plain clone."""
    remote = bare(tmp_path)
    ana = analyst(tmp_path, "ana", remote, article)
    with AnnotationStore(ana) as s:
        q = s.add(quote(article, 324, 499, "ana"))
    run_sync(ana, "ana")
    return remote, ana, q, Teammate(tmp_path, remote)


def tag_doc(tag: Quote, **changes: object) -> dict:
    """A tag as a line of a team file, with ``changes``."""
    return {**tag.model_dump(mode="json"), **changes}


@contextmanager
def git_daemon(root: Path) -> Iterator[int]:
    """``git daemon`` serving the repositories under ``root`` (pushes allowed) on a port of
    127.0.0.1 it listens on (another tried when the first was taken meanwhile); its port.
    The daemon program is run itself (``git daemon`` would run it as a child), so that the
    process checked for its listening socket, and stopped at the end, is the daemon."""
    daemon_program = Path(git("--exec-path").strip()) / "git-daemon"
    for _ in range(5):
        port = free_port()
        daemon = subprocess.Popen(
            [str(daemon_program), "--reuseaddr", f"--base-path={root}", "--export-all",
             "--enable=receive-pack", "--listen=127.0.0.1", f"--port={port}", str(root)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            up = partial(lambda d, p: "ended" if d.poll() is not None else listens(d.pid, p),
                         daemon, port)
            if wait_for(up, what=f"git daemon to listen on {port}") is True:
                break
        except BaseException:
            daemon.kill()
            daemon.wait(30)
            raise
    else:
        raise AssertionError("git daemon ended 5 times before it listened (its port taken?)")
    try:
        yield port
    finally:
        daemon.terminate()
        daemon.wait(30)


class DecodeCount:
    """Counts the tags decoded from groups (through ``lazydocs.parse_group``, the seam every
    group goes through)."""

    def __init__(self, monkeypatch) -> None:
        self.tags = 0
        real = lazydocs.parse_group

        def counted(payload: str):
            found = real(payload)
            self.tags += len(found)
            return found

        monkeypatch.setattr(lazydocs, "parse_group", counted)
