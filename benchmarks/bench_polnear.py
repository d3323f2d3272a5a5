"""The suggester's table on PolNeAR's train and dev splits (never test)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmarks.polnear import load_split
from benchmarks.polnear_score import PolScore, score
from benchmarks.speaker_agreement import agreement_line, shipped_agreement
from benchmarks.speaker_verdicts import adjudicate, adjudicated_line, load_verdicts

GOALS = {"opening": 0.97, "marked": 0.9, "speaker": 0.9, "direct": 0.95}


_WHY = {"no person": "the chain names no person",
        "other gender": "its gendered words all of the other gender"}


def chain_line(sc: PolScore) -> str:
    """The second, labelled speaker figures: over pronoun sources whose CoreNLP chain can
    check the speaker (``polnear_score.chain_check``), and over all sources but those; then
    how many the chain cannot check, by why."""
    out = [0, 0]
    for (_why, right), n in sc.chain_unchecked.items():
        out[0] += n * right
        out[1] += n
    got, total = sc.speaker[0] - out[0], sc.speaker[1] - out[1]
    whys = Counter[str]()
    for (why, _right), n in sc.chain_unchecked.items():
        whys[why] += n
    return (f"where the chain can check it: speaker {got / total if total else 0:.3f} "
            f"({total:,}), pronoun {sc.rate('speaker_pronoun_checked'):.3f} "
            f"({sc.total('speaker_pronoun_checked'):,}); not checkable (he/she/I): "
            + ", ".join(f"{_WHY[why]} {n}" for why, n in whys.most_common()))


def report_polnear(root: str, misses: str | None = None, limit: int | None = None) -> None:
    """Print one row per split; write train's misses to ``misses`` when given; ``limit``:
    only the first articles of each split (a quick run while developing)."""
    print(f"\nPolNeAR {'split':<6} {'articles':>8} {'opening':>13} {'marked':>13} "
          f"{'indirect':>13} {'precision':>9} {'speaker':>13} {'named':>13} {'pronoun':>13}")
    for split in ("train", "dev"):
        arts = load_split(Path(root), split, limit)
        sc = score(arts)
        cells = [f"{sc.rate(k):.3f} ({sc.total(k):>5})"
                 for k in ("opening", "marked", "indirect")]
        print(f"        {split:<6} {len(arts):>8} {cells[0]:>13} {cells[1]:>13} {cells[2]:>13} "
              f"{sc.rate('direct'):>9.3f} {sc.rate('speaker'):.3f} ({sc.total('speaker'):>5}) "
              f"{sc.rate('speaker_named'):.3f} ({sc.total('speaker_named'):>5}) "
              f"{sc.rate('speaker_pronoun'):.3f} ({sc.total('speaker_pronoun'):>5})")
        print(f"        {'':<6} {chain_line(sc)}")
        if split == "dev":  # a judge's verdicts on the official misses (dev only)
            adj = adjudicate(sc.speaker_records, load_verdicts())
            print(f"        {'':<6} second figure: {adjudicated_line(adj)}")
            print(f"        {'':<6} {agreement_line(shipped_agreement())}")
        print(f"        {'':<6} marked quotes missed, by kind: "
              + ", ".join(f"{k} {n}" for k, n in sc.kinds.most_common()))
        if misses and split == "train":
            Path(misses).write_text("\n".join(sc.misses) + "\n", encoding="utf-8")
    print("        goals: opening >= {opening}, marked >= {marked}, precision >= {direct}, "
          "speaker >= {speaker}  (named: speaker of sources written as a name or a noun "
          "phrase; pronoun: of sources written as a pronoun, right when the speaker names "
          "the entity of its CoreNLP chain; 'where the chain can check it' leaves out he/she/I "
          "sources whose chain holds no person's name, or whose other gendered words are all "
          "of the other gender: a second figure, not the official one)"
          .format(**GOALS))
