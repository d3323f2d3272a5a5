"""A team repository at a newsroom's scale, written with real git (for ``bench_team_sync``).

Every annotator's shards (``members/<name>/<xx>.jsonl``) hold valid tags on the team's
articles, exactly as ``threadmark sync`` writes them (one line a tag, each in the shard of its
id, sorted by id), with an owner record; ``day`` then makes a day's work of changes (new tags,
edits and deletions spread across the members and every article), each member committing and
pushing the shards that changed, as their syncs would.
"""

from __future__ import annotations

import random
import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from annotations import Anchor, Quote, load_article
from annotations.model.serialize import article_to_json
from annotations.team.sync_shards import shard_of, shard_rel
from benchmarks.synth import WORDS

MARKER = b'{"format":"threadmark-sync","version":1}\n'
T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", "-c", "user.name=team", "-c", "user.email=team@t", *args],
                          cwd=cwd, check=True, capture_output=True, text=True).stdout


def articles(folder: Path, count: int, sentences: int, seed: int = 7) -> list[Any]:
    """``count`` articles of ``sentences`` sentences each (their files under ``folder``)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        body = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize()
                + "." for _ in range(sentences)]
        path = folder / f"a{i}.txt"
        path.write_text(f"Team story number {i}\n\n" + " ".join(body) + "\n")
        out.append(load_article(path).article)
    return out


def _templates(arts: list[Any]) -> list[dict[str, Any]]:
    """One tag document per sentence of every article (anchors checked by the models)."""
    out = []
    for art in arts:
        text = art.part_text("body")
        start = 0
        while start < len(text):
            end = text.find(".", start) + 1 or len(text)
            q = Quote(anchor=Anchor.for_span(art, "body", start, end), annotator="x",
                      speaker="Spokesman")
            out.append(q.model_dump(mode="json"))
            start = end + 1
    return out


class Team:
    """A bare team repository and one clone the members commit through."""

    def __init__(self, root: Path, members: int, tags_each: int, n_articles: int = 100,
                 sentences: int = 300, seed: int = 1) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.remote = root / "team.git"
        git("init", "--bare", "--quiet", "-b", "main", str(self.remote))
        self.clone = root / "members"
        git("clone", "--quiet", str(self.remote), str(self.clone))
        git("checkout", "--quiet", "-B", "main", cwd=self.clone)
        self.arts = articles(root / "texts", n_articles, sentences)
        self.templates = _templates(self.arts)
        self.names = [f"member{i:02d}" for i in range(members)]
        self.files: dict[str, dict[str, dict[str, Any]]] = {}
        self.clock = T0
        (self.clone / "threadmark.json").write_bytes(MARKER)
        (self.clone / "articles").mkdir()
        for art in self.arts:
            (self.clone / "articles" / f"{art.id}.json").write_text(article_to_json(art) + "\n")
        for name in self.names:
            self.files[name] = dict(self._new(name) for _ in range(tags_each))
            self._write(name, {shard_of(sid) for sid in self.files[name]})
            owner = {"annotator": name, "store": str(uuid.UUID(int=self.rng.getrandbits(128)))}
            (self.clone / "owners").mkdir(exist_ok=True)
            (self.clone / "owners" / f"{name}.json").write_bytes(
                orjson.dumps(owner, option=orjson.OPT_SORT_KEYS) + b"\n")
            git("add", "--all", cwd=self.clone)
            git("commit", "--quiet", "-m", f"{name}: +{tags_each} tags", cwd=self.clone)
        git("push", "--quiet", "origin", "HEAD:main", cwd=self.clone)

    def _tick(self) -> str:
        self.clock += timedelta(milliseconds=self.rng.randint(1, 2000))
        return self.clock.isoformat()

    def _new(self, name: str) -> tuple[str, dict[str, Any]]:
        doc = dict(self.rng.choice(self.templates))
        doc["id"] = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        doc["annotator"] = name
        doc["created"] = doc["updated"] = self._tick()
        return doc["id"], doc

    def _write(self, name: str, keys: set[str]) -> None:
        """Write the shards ``keys`` of ``name``."""
        (self.clone / "members" / name).mkdir(parents=True, exist_ok=True)
        docs = self.files[name]
        by_key: dict[str, list[str]] = {k: [] for k in keys}
        for sid in docs:
            if (key := shard_of(sid)) in by_key:
                by_key[key].append(sid)
        for key, ids in by_key.items():
            (self.clone / shard_rel(name, key)).write_bytes(
                b"".join(orjson.dumps(docs[sid]) + b"\n" for sid in sorted(ids)))

    def day(self, changes: int) -> dict[str, int]:
        """``changes`` changed tags spread over the members (half new, 40% edited, 10%
        deleted), each member's commit pushed; returns the counts."""
        counts = {"new": 0, "edited": 0, "deleted": 0}
        git("pull", "--quiet", "--rebase", "origin", "main", cwd=self.clone)
        for i, name in enumerate(self.names):
            docs = self.files[name]
            share = changes // len(self.names) + (i < changes % len(self.names))
            live = [sid for sid, d in docs.items() if not d.get("deleted")]
            picked = iter(self.rng.sample(live, share))
            touched = set()
            for k in range(share):
                kind = "new" if k % 10 < 5 else "edited" if k % 10 < 9 else "deleted"
                if kind == "new":
                    sid, doc = self._new(name)
                    docs[sid] = doc
                elif kind == "edited":
                    sid = next(picked)
                    docs[sid] = {**docs[sid], "speaker": f"Speaker {k}",
                                 "updated": self._tick()}
                else:
                    sid = next(picked)
                    docs[sid] = {"id": sid, "deleted": True, "updated": self._tick()}
                counts[kind] += 1
                touched.add(shard_of(sid))
            self._write(name, touched)
            git("add", "--all", cwd=self.clone)
            git("commit", "--quiet", "-m", f"{name}: a day", cwd=self.clone)
        git("push", "--quiet", "origin", "HEAD:main", cwd=self.clone)
        return counts
