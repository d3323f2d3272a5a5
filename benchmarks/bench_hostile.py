"""Peak memory and time of every reader on hostile inputs, next to the input's size (#23).

Each input is made at three sizes, each doubling the last, and run through a real
``threadmark`` command in a child process under an address-space cap (so a regression fails
instead of eating the machine). Linear means the columns per MB stay flat as the size
doubles: ``+MB/MB`` is the peak's growth over the previous size per MB of input added (the
cost of the input itself, without the interpreter and its imports, about 35-45 MB, which
weigh most in ``x size`` on small inputs), ``cpu s/MB`` the CPU time per MB.

    python -m benchmarks.bench_hostile            # 25,000 / 50,000 / 100,000 levels ...
    python -m benchmarks.bench_hostile --quick    # a quarter of that
    python -m benchmarks.bench_hostile --only import-annotations --million
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import hostile_inputs as hi

#: Address-space cap of each child (bytes).
CAP = 3 * 1024 * 1024 * 1024
#: GNU time (Debian package ``time``).
TIME = "/usr/bin/time"


def run_capped(argv: list[str], cwd: Path) -> tuple[int, float, float, float]:
    """(exit status, peak RSS in MB, wall seconds, CPU seconds) of ``threadmark ARGV``.

    Measured by GNU ``time`` (a small process: the child's peak is not inflated by a copy
    of this benchmark's own memory, as ``wait4`` of a direct child can be after a fork).
    """
    code = (f"import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({CAP}, {CAP})); "
            "from tui.cli import main; sys.exit(main(sys.argv[1:]))")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, \
            open(os.devnull, "wb") as sink:
        started = time.perf_counter()
        proc = subprocess.run([TIME, "-f", "%x %M %U %S", "-o", report.name, sys.executable,
                               "-c", code, *argv], stdout=sink, stderr=sink, cwd=cwd,
                              check=False)
        wall = time.perf_counter() - started
        fields = report.read().split()[-4:]
    status, kb, user, system = int(fields[0]), int(fields[1]), *map(float, fields[2:])
    del proc
    return status, kb / 1024, wall, user + system


def _deep(fmt: str) -> Callable[[int], bytes]:
    return getattr(hi, f"deep_{fmt}")


Case = tuple[str, list[int], Callable[[int], bytes], str, list[str], list[str] | None]


def _tags(make: Callable[..., bytes]) -> Callable[[int], bytes]:
    return lambda n: make(n, "ARTICLE", text="The article body.")


def cases(quick: bool, million: bool = False) -> list[Case]:
    """(name, sizes, maker, file suffix, command with FILE and STORE placeholders, a command
    run first, unmeasured: then the size is the store's, the file having gone into it)."""
    k = 4 if quick else 1
    levels = [25_000 // k, 50_000 // k, 100_000 // k]
    tags = [250_000, 500_000, 1_000_000] if million else [50_000 // k, 100_000 // k,
                                                          200_000 // k]
    inspect = ["inspect", "--json", "FILE"]
    return [
        ("HN thread, deep", levels, _deep("hn"), ".json", inspect, None),
        ("Reddit thread, deep", levels, _deep("reddit"), ".json", inspect, None),
        ("Disqus export, deep", levels, _deep("disqus"), ".xml", inspect, None),
        ("article JSON, deep: import", levels, _deep("article"), ".json",
         ["import", "--store", "STORE", "FILE"], None),
        ("store, deep: export json", levels, _deep("article"), ".json",
         ["export", "--store", "STORE", "--with-articles", "-o", "OUT"],
         ["import", "--store", "STORE", "FILE"]),
        ("text thread, out-of-step lines", [10_000 // k, 20_000 // k, 40_000 // k],
         hi.text_out_of_step, ".txt", ["inspect", "FILE"], None),
        ("saved page, paragraphs", [2_000 // k, 4_000 // k, 8_000 // k], hi.big_page,
         ".html", ["inspect", "FILE"], None),
        ("<p> attributes (refused)", [75_000, 150_000, 300_000], hi.many_attributes, ".html",
         ["inspect", "FILE"], None),
    ] + [(f"import-annotations {fmt}", tags, make_tags, suffix,
          ["import-annotations", "--store", "STORE", "FILE"], None)
         for fmt, make_tags, suffix in (
             ("JSONL", _tags(hi.tag_export_jsonl), ".jsonl"),
             ("JSON", _tags(hi.tag_export_json), ".json"),
             ("W3C", _tags(hi.tag_export_w3c), ".json"))]


def _store_with_article(where: Path) -> tuple[Path, str]:
    """A store holding one small article, and its id (for the tag imports)."""
    from annotations import AnnotationStore
    from annotations.model.build import make_article

    art = make_article("Tags", [("paragraph", "The article body.")])
    store = where / "tags.db"
    with AnnotationStore(store) as s:
        s.add_article(art)
    return store, art.id


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="sizes a quarter as large")
    ap.add_argument("--only", metavar="TEXT", help="only the inputs whose name holds TEXT")
    ap.add_argument("--million", action="store_true",
                    help="tag imports of 250,000, 500,000 and 1,000,000 tags")
    args = ap.parse_args()
    root = Path(__file__).resolve().parent.parent
    print(f"{'input':28} {'size':>9} {'MB':>7} {'exit':>4} {'peak MB':>8} {'x size':>7} "
          f"{'+MB/MB':>7} {'wall s':>7} {'cpu s':>6} {'cpu s/MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        for name, sizes, make, suffix, argv, before in cases(args.quick, args.million):
            if args.only and args.only not in name:
                continue
            last: tuple[float, float] | None = None
            for n in sizes:
                f = where / f"input{suffix}"
                store = where / "s.db"
                for old in (store, where / "tags.db", where / "out"):
                    for p in old.parent.glob(old.name + "*"):
                        p.unlink()
                data = make(n)
                if "ARTICLE" in argv or b"ARTICLE" in data[:2000]:
                    store, aid = _store_with_article(where)
                    data = data.replace(b"ARTICLE", aid.encode())
                f.write_bytes(data)
                mb = len(data) / 1e6
                del data
                names = {"FILE": str(f), "STORE": str(store), "OUT": str(where / "out")}
                if before is not None:
                    run_capped([names.get(a, a) for a in before], root)
                    mb = store.stat().st_size / 1e6
                code, peak, wall, cpu = run_capped([names.get(a, a) for a in argv], root)
                grow = f"{(peak - last[1]) / (mb - last[0]):>7.1f}" if last else f"{'-':>7}"
                last = (mb, peak)
                print(f"{name:28} {n:>9,} {mb:>7.1f} {code:>4} {peak:>8.0f} {peak / mb:>7.1f} "
                      f"{grow} {wall:>7.1f} {cpu:>6.1f} {cpu / mb:>8.2f}", flush=True)


if __name__ == "__main__":
    main()
