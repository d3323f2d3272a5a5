"""``threadmark sync`` at a team's scale: 5, 10 and 20 annotators of 20,000 tags each.

    python -m benchmarks.bench_team_sync [--members 5 10 20] [--tags 20000] [--runs 3]

For each team size a real bare git repository is written (``team_repo``: every member's file,
their owner records, 100 articles), then:

- *first sync*: a new member's store (empty) syncs and receives every tag and article;
- *day after*: the members change 1,000 tags between them (half new, 40% edited, 10%
  deleted; one commit and push per member), the new member adds 20 tags of their own, and
  syncs again (``--runs`` days; the median is printed).

Each figure is the wall time of the whole command as ``threadmark sync`` runs it: the store
opened, synced and closed (a close may compact the journal), with git's share and the CPU
time of the process and its git commands (steadier than wall time on a loaded machine), and
the machine's load average (one minute) when it ended, and how many stored tags the day's
sync decoded from the store's groups (the changed tags' groups: the same count whatever the
team's size). Goals: day after < 5 s, first sync < 30 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

from annotations import AnnotationStore, Quote
from annotations.store import lazydocs
from annotations.team import sync as sync_module
from benchmarks.team_repo import Team

DAY_GOAL_S = 5.0
FIRST_GOAL_S = 30.0


class Clock:
    """Wall time of git commands run by the sync (wraps ``sync._git``), and the tags the
    store decoded from its groups (wraps ``lazydocs.parse_group``)."""

    def __init__(self) -> None:
        self.git = 0.0
        self.decoded = 0
        self.real = sync_module._git
        self.parse = lazydocs.parse_group

    def install(self) -> None:
        def timed(*a, **kw):
            t = time.perf_counter()
            try:
                return self.real(*a, **kw)
            finally:
                self.git += time.perf_counter() - t

        def counted(payload: str):
            found = self.parse(payload)
            self.decoded += len(found)
            return found

        sync_module._git = timed
        lazydocs.parse_group = counted


def cpu() -> float:
    """CPU seconds of this process and of the git commands it ran (user and system)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed_sync(store_path: Path, who: str, clock: Clock, own: list | None = None) \
        -> tuple[float, float, float, float, sync_module.SyncReport]:
    """(whole command, sync call, git, CPU of the whole command) seconds and the report of
    one sync; the member's own new tags ``own`` are added first (not timed)."""
    if own:
        with AnnotationStore(store_path) as s:
            s.add_many(own)
    clock.git, clock.decoded = 0.0, 0
    c0, t0 = cpu(), time.perf_counter()
    with AnnotationStore(store_path) as s:
        t1 = time.perf_counter()
        rep = sync_module.sync(s, who)
        t2 = time.perf_counter()
    return time.perf_counter() - t0, t2 - t1, clock.git, cpu() - c0, rep


def own_tags(team: Team, who: str, n: int) -> list[Quote]:
    """``n`` new tags of ``who`` on the team's articles."""
    return [Quote.model_validate({k: v for k, v in team.rng.choice(team.templates).items()
                                  if k not in ("id", "created", "updated")} | {"annotator": who})
            for _ in range(n)]


def run(members: int, tags: int, runs: int, clock: Clock) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        team = Team(Path(d), members, tags)
        made = time.perf_counter() - t
        store = Path(d) / "newbie" / "store.db"
        store.parent.mkdir()
        with AnnotationStore(store) as s:
            s.set_meta("sync", {"remote": str(team.remote)})
        whole, call, git, used, rep = timed_sync(store, "newbie", clock)
        load = os.getloadavg()[0]
        print(f"  {members} members: repository of {members * tags:,} tags written in "
              f"{made:.1f} s; first sync {whole:.2f} s (sync {call:.2f} s, git {git:.2f} s, "
              f"CPU {used:.2f} s, load {load:.1f}): "
              f"{rep.pulled_added:,} tags, {rep.articles} articles; rejected "
              f"{len(rep.rejected)}", flush=True)
        assert rep.pulled_added == members * tags and not rep.rejected, rep.summary()
        days = []
        for day in range(runs):
            counts = team.day(1000)
            whole_d, call_d, git_d, used_d, rep = timed_sync(store, "newbie", clock,
                                                             own_tags(team, "newbie", 20))
            days.append((whole_d, call_d, git_d, used_d, os.getloadavg()[0], clock.decoded))
            print(f"    day {day + 1}: {counts} -> {whole_d:.2f} s (sync {call_d:.2f} s, "
                  f"git {git_d:.2f} s, CPU {used_d:.2f} s, load {days[-1][4]:.1f}, "
                  f"{clock.decoded:,} stored tags decoded): {rep.summary()}", flush=True)
            want = (counts["new"], counts["edited"], counts["deleted"])
            got = (rep.pulled_added, rep.pulled_updated, rep.pulled_deleted)
            assert got == want and not rep.rejected, (got, want, rep.rejected[:3])
        return {"first": whole, "first_cpu": used, "first_load": load,
                "day_load": statistics.median(x[4] for x in days),
                "day": statistics.median(x[0] for x in days),
                "day_git": statistics.median(x[2] for x in days),
                "day_cpu": statistics.median(x[3] for x in days),
                "day_decoded": statistics.median(x[5] for x in days)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, nargs="+", default=[5, 10, 20])
    ap.add_argument("--tags", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    clock = Clock()
    clock.install()
    rows = {}
    for n in args.members:
        rows[n] = run(n, args.tags, args.runs, clock)
    base = rows[args.members[0]]
    print(f"\n| annotators | tags in the repository | day after (1,000 changed), median of "
          f"{args.runs}: wall / of it git / CPU / load | CPU vs {args.members[0]} | stored tags "
          f"decoded | first sync of a new member: wall / CPU / load | CPU vs "
          f"{args.members[0]} |")
    print("|---|---|---|---|---|---|---|")
    for n, r in rows.items():
        print(f"| {n} | {n * args.tags:,} | {r['day']:.2f} s / {r['day_git']:.2f} s / "
              f"{r['day_cpu']:.2f} s / {r['day_load']:.1f} | "
              f"{r['day_cpu'] / base['day_cpu']:.2f}x | {r['day_decoded']:,.0f} | "
              f"{r['first']:.1f} s / {r['first_cpu']:.1f} s / {r['first_load']:.1f} | "
              f"{r['first_cpu'] / base['first_cpu']:.2f}x |")
    worst = rows[max(rows)]
    print(f"\ngoals: day after < {DAY_GOAL_S} s (ratio {worst['day'] / DAY_GOAL_S:.2f}), "
          f"first sync < {FIRST_GOAL_S} s (ratio {worst['first'] / FIRST_GOAL_S:.2f})")


if __name__ == "__main__":
    main()
