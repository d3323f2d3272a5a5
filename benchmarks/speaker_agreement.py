"""How far two judges of PolNeAR dev's speakers agree: a second judge's blind verdicts
(``benchmarks/polnear_verdicts/dev_second.tsv``, on a random sample of the misses the first
judged) against the first judge's (``dev.tsv``). Both files hold ids and hashes only, so
this needs no corpus. Cohen's kappa is NLTK's, through the project's agreement feature
(``annotations.team.agreement.cohen``). The first verdicts are never changed by the second:
the adjudicated figure stays the first judge's, and this says how far to trust it.

    python -m benchmarks.speaker_agreement
        (agreement and kappa on right/wrong and on the kind, then each disagreement)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotations.team.agreement import cohen
from benchmarks.speaker_verdicts import VERDICTS, Verdict, load_verdicts, wilson

#: The second judge's verdicts (the same columns as ``dev.tsv``).
SECOND = VERDICTS.with_name("dev_second.tsv")


@dataclass
class Agreement:
    """Two judges on the speakers both judged (the same attribution and speaker)."""

    pairs: int = 0
    #: the same right/wrong verdict; Cohen's kappa of it (None when undefined)
    agree: int = 0
    kappa: float | None = None
    #: the same kind (``role-unjoined``, ``fragment`` …); Cohen's kappa of it
    kind_agree: int = 0
    kind_kappa: float | None = None
    #: (first, second) where the verdict or the kind differs
    differ: list[tuple[Verdict, Verdict]] = field(default_factory=list)
    #: second verdicts with no first verdict on the same attribution and speaker
    unmatched: int = 0

    @property
    def rate(self) -> float:
        """Share of the pairs with the same right/wrong verdict (0 without pairs)."""
        return self.agree / self.pairs if self.pairs else 0.0


def compare(first: list[Verdict], second: list[Verdict]) -> Agreement:
    """The agreement of ``second``'s verdicts with ``first``'s on the same attribution and
    the same suggested speaker (an official verdict that differs is another speaker's
    judgement and is not paired)."""
    by_key = {(v.id, v.digest, v.official): v for v in first}
    out = Agreement()
    verdicts: list[tuple[bool, bool]] = []
    kinds: list[tuple[str, str]] = []
    for b in second:
        a = by_key.get((b.id, b.digest, b.official))
        if a is None:
            out.unmatched += 1
            continue
        verdicts.append((a.right, b.right))
        kinds.append((a.kind, b.kind))
        out.agree += a.right == b.right
        out.kind_agree += a.kind == b.kind
        if a.right != b.right or a.kind != b.kind:
            out.differ.append((a, b))
    out.pairs = len(verdicts)
    out.kappa = cohen(verdicts)
    out.kind_kappa = cohen(kinds)
    return out


def _kappa(k: float | None) -> str:
    return "undefined" if k is None else f"{k:.3f}"


def agreement_line(ag: Agreement) -> str:
    """The agreement as ``bench_suggest`` prints it beside the adjudicated figure."""
    if not ag.pairs:
        return "second judge: no verdict pairs"
    lo, hi = wilson(ag.agree, ag.pairs)
    line = (f"second judge, blind, on {ag.pairs} of the judged misses: same verdict "
            f"{ag.agree} / {ag.pairs} ({ag.rate:.1%}, 95% Wilson interval {lo:.1%} to "
            f"{hi:.1%}), Cohen's kappa {_kappa(ag.kappa)}; "
            f"same kind {ag.kind_agree} / {ag.pairs}, kappa {_kappa(ag.kind_kappa)}")
    if ag.unmatched:
        line += f"; {ag.unmatched} second verdicts match no first one"
    return line


def shipped_agreement() -> Agreement:
    """The agreement of the verdict files in the repository."""
    return compare(load_verdicts(VERDICTS), load_verdicts(SECOND))


def main() -> None:
    """Print the agreement and each disagreement (ids and labels only)."""
    ag = shipped_agreement()
    print(agreement_line(ag))
    for a, b in ag.differ:
        word = "verdict" if a.right != b.right else "kind"
        print(f"  {a.id}\t{a.digest}\t{word}: first {'right' if a.right else 'wrong'} "
              f"{a.kind}, second {'right' if b.right else 'wrong'} {b.kind}")


if __name__ == "__main__":
    main()
