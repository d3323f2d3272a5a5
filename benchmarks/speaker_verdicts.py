"""A second, labelled speaker figure for PolNeAR dev: the official one (``polnear_score``,
source span or CoreNLP chain) with the speakers it marks wrong read by a judge
(``benchmarks/polnear_verdicts/dev.tsv``: how it was made and its limits are in the README
beside it). It never changes the official figure.

A verdict applies to one miss only while the miss is the same: the same attribution (a hash
of the article's name, the source's and the content's offsets: no corpus text) and the same
suggested speaker (a hash of it). A miss with no matching verdict (new code suggests another
speaker, or finds a quote it did not) is *unadjudicated* and counted wrong, so stale verdicts
can never raise the figure. Verdicts on a sample of the official *right* speakers are
reported apart (how often the official scorer credits a wrong speaker); they never lower or
raise the figure.

    python -m benchmarks.speaker_verdicts DIR [--unadjudicated]
        (PolNeAR's data directory; ``--unadjudicated`` lists the misses no verdict covers,
        with their context, on the terminal only: for a judge to read and add rows)
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import NormalDist

from benchmarks.polnear import Attribution

#: The judged verdicts of PolNeAR dev (ids and hashes only: the corpus may not be shipped).
VERDICTS = Path(__file__).with_name("polnear_verdicts") / "dev.tsv"
HEADER = ("id", "speaker", "official", "verdict", "kind")
_ID = re.compile(r"[0-9a-f]{12}:\d{1,7}-\d{1,7}:\d{1,7}")
_DIGEST = re.compile(r"[0-9a-f]{10}")
_KIND = re.compile(r"[a-z][a-z-]{0,39}")
_MAX_ROWS = 100_000
#: The two-sided 95% normal quantile (1.959964…).
Z95 = NormalDist().inv_cdf(0.975)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of ``k`` successes in ``n`` trials (Newcombe 1998, method
    3: 1 of 29 -> 0.0061 to 0.1718): unlike the normal approximation it stays inside 0..1
    and is not empty at 0 of n. ValueError when n is not positive or k is outside 0..n."""
    if n <= 0 or not 0 <= k <= n:
        raise ValueError(f"{k} of {n}: not a proportion")
    p = k / n
    d = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, centre - half), min(1.0, centre + half)


def attribution_id(article: str, att: Attribution) -> str:
    """A stable id of one attribution that holds no corpus text: a hash of the article's
    name, then the source's first and last offsets and where the content starts
    (``3f1c0a9e7b2d:1235-1245:1124``)."""
    digest = hashlib.sha256(article.encode("utf-8")).hexdigest()[:12]
    start, end = (att.source[0][0], att.source[-1][1]) if att.source else (0, 0)
    content = att.content[0][0] if att.content else 0
    return f"{digest}:{start}-{end}:{content}"


def speaker_digest(speaker: str | None) -> str:
    """A short hash of a suggested speaker (no speaker: the hash of nothing)."""
    return hashlib.sha256((speaker or "").encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Verdict:
    """One judged speaker: ``official`` whether the official scorer counted it right,
    ``right`` whether the judge did, ``kind`` why (``role-unjoined``, ``fragment`` …)."""

    id: str
    digest: str
    official: bool
    right: bool
    kind: str


def _verdict_word(word: str, where: str) -> bool:
    if word not in ("right", "wrong"):
        raise ValueError(f"{where}: {word[:20]!r} is neither right nor wrong")
    return word == "right"


def parse_verdicts(text: str, name: str = "verdicts") -> list[Verdict]:
    """The verdicts of a TSV text (``HEADER``'s columns; ``#`` lines are comments).
    ValueError naming the line for anything else: a bad id or hash, a verdict that is not
    ``right``/``wrong``, an id judged twice for the same speaker (one id may carry verdicts
    for several speakers: the suggestions of successive code)."""
    out: list[Verdict] = []
    seen: set[tuple[str, str]] = set()
    header = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{name}:{n}"
        cells = line.split("\t")
        if not header:
            if tuple(cells) != HEADER:
                raise ValueError(f"{where}: the header must be {' '.join(HEADER)}")
            header = True
            continue
        if len(cells) != len(HEADER):
            raise ValueError(f"{where}: {len(cells)} columns, not {len(HEADER)}")
        rid, digest, official, verdict, kind = cells
        if not _ID.fullmatch(rid) or not _DIGEST.fullmatch(digest):
            raise ValueError(f"{where}: not an attribution id and a speaker hash")
        if not _KIND.fullmatch(kind):
            raise ValueError(f"{where}: the kind must be a short lower-case label")
        if (rid, digest) in seen:
            raise ValueError(f"{where}: {rid} judged twice for one speaker")
        seen.add((rid, digest))
        out.append(Verdict(rid, digest, _verdict_word(official, where),
                           _verdict_word(verdict, where), kind))
        if len(out) > _MAX_ROWS:
            raise ValueError(f"{where}: more than {_MAX_ROWS:,} verdicts")
    return out


def load_verdicts(path: Path = VERDICTS) -> list[Verdict]:
    """The verdicts of a regular file (none when it is absent)."""
    if not path.is_file():
        return []
    return parse_verdicts(path.read_text(encoding="utf-8"), path.name)


@dataclass
class Adjudicated:
    """The official speaker counts with the judge's verdicts."""

    total: int = 0
    official: int = 0
    #: official misses the judge read as right (the suggestion names the source's entity)
    credited: int = 0
    #: official misses the judge read as wrong; those no current verdict covers (wrong too)
    wrong: int = 0
    unadjudicated: int = 0
    #: verdicts that match no current speaker (another suggestion, or none found)
    stale: int = 0
    wrong_kinds: Counter[str] = field(default_factory=Counter)
    right_kinds: Counter[str] = field(default_factory=Counter)
    #: official right speakers read by the judge, and how many of those were wrong
    sample: int = 0
    sample_wrong: int = 0

    @property
    def right(self) -> int:
        """Speakers right: the official ones and the misses read as right."""
        return self.official + self.credited

    @property
    def rate(self) -> float:
        """right / total (0 when nothing was counted)."""
        return self.right / self.total if self.total else 0.0

    @property
    def misses(self) -> int:
        """Speakers the official scorer marks wrong."""
        return self.total - self.official


def adjudicate(records: Iterable[tuple[str, str | None, bool]],
               verdicts: Iterable[Verdict]) -> Adjudicated:
    """Combine the official speakers (``PolScore.speaker_records``: id, suggested speaker,
    official verdict) with the judge's ``verdicts``: a verdict counts only for the same id,
    the same speaker and the same official verdict; an official miss without one is
    unadjudicated and counted wrong. An id two counted attributions share (the same
    source and content start) is no one attribution's: no verdict applies to either."""
    records = list(records)
    shared = {rid for rid, n in Counter(rid for rid, _s, _r in records).items() if n > 1}
    by_key = {(v.id, v.digest): v for v in verdicts}
    used: set[tuple[str, str]] = set()
    out = Adjudicated()
    for rid, speaker, right in records:
        out.total += 1
        out.official += right
        key = (rid, speaker_digest(speaker))
        v = None if rid in shared else by_key.get(key)
        if v is None or v.official != right:
            if not right:
                out.unadjudicated += 1
            continue
        used.add(key)
        if right:
            out.sample += 1
            out.sample_wrong += not v.right
        elif v.right:
            out.credited += 1
            out.right_kinds[v.kind] += 1
        else:
            out.wrong += 1
            out.wrong_kinds[v.kind] += 1
    out.stale = len(by_key) - len(used)
    return out


def adjudicated_line(adj: Adjudicated) -> str:
    """The second figure as ``bench_suggest`` prints it, labelled as such."""
    line = (f"dev speaker, adjudicated (judges' reading, benchmarks/polnear_verdicts; "
            f"not the official figure): {adj.rate:.3f} ({adj.right:,} / {adj.total:,}): of "
            f"{adj.misses:,} official misses {adj.credited} right by reading, {adj.wrong} "
            f"wrong, {adj.unadjudicated} unadjudicated (counted wrong)")
    if adj.stale:
        line += f"; {adj.stale} verdicts match no current speaker"
    if adj.sample:
        lo, hi = wilson(adj.sample_wrong, adj.sample)
        line += (f"; official right read: {adj.sample_wrong} of {adj.sample} wrong by "
                 f"reading ({adj.sample_wrong / adj.sample:.1%}, 95% Wilson interval "
                 f"{lo:.1%} to {hi:.1%})")
    return line


def main() -> None:
    """Print dev's adjudicated figure and the truly wrong speakers by kind; with
    ``--unadjudicated``, the misses no verdict covers, with their context."""
    from benchmarks.polnear import load_split
    from benchmarks.polnear_score import score

    ap = argparse.ArgumentParser()
    ap.add_argument("root", help="PolNeAR's data directory (dev is read, never test)")
    ap.add_argument("--unadjudicated", action="store_true")
    args = ap.parse_args()
    arts = load_split(Path(args.root), "dev")
    sc = score(arts)
    verdicts = load_verdicts()
    adj = adjudicate(sc.speaker_records, verdicts)
    print(f"official dev speaker {sc.rate('speaker'):.3f} ({sc.speaker[0]:,} / "
          f"{sc.speaker[1]:,})")
    print(adjudicated_line(adj))
    print("wrong by reading, by kind: " + ", ".join(
        f"{k} {n}" for k, n in adj.wrong_kinds.most_common()))
    print("right by reading, by kind: " + ", ".join(
        f"{k} {n}" for k, n in adj.right_kinds.most_common()))
    if not args.unadjudicated:
        return
    judged = {(v.id, v.digest) for v in verdicts}
    missed = {rid: speaker for rid, speaker, right in sc.speaker_records
              if not right and (rid, speaker_digest(speaker)) not in judged}
    for art in arts:
        for att in art.attributions:
            rid = attribution_id(art.name, att)
            if rid not in missed:
                continue
            lo = max(0, att.source[0][0] - 700)
            print(f"\n{rid}\t{speaker_digest(missed[rid])}\tsource "
                  f"{art.span_text(att.source)!r} speaker {missed[rid]!r}\n"
                  f"    {art.text[lo:att.content[-1][1] + 100]!r}")


if __name__ == "__main__":
    main()
