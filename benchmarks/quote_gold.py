"""The gold quotes (``benchmarks/gold/quotes.json``) and how suggestions are scored on them.

A gold quote is *found* when a quote suggestion overlaps its snippet; its *speaker* is right
when the suggestion names one of the gold forms (case, determiners and apostrophe style
ignored); a second measure counts it when it *names the person* by the looser general rules
of ``benchmarks.speaker_match`` (a role before the full name, a surname no other speaker
shares). *Precision* counts the direct and mixed suggestions inside the annotated lines that
overlap some gold quote."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from annotations.model.article import Article
from annotations.sources.loader import load_article
from annotations.suggest import Suggestion
from annotations.suggest.finder import body_quotes
from benchmarks.speaker_match import names_person
from benchmarks.speaker_match import normal as _norm

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "quotes.json"


@dataclass
class GoldArticle:
    """One annotated article: its text and gold spans."""

    name: str
    outlet: str
    split: str
    article: Article
    region: tuple[int, int]
    quotes: list[tuple[int, int, list[str], str]] = field(default_factory=list)


def load_gold(path: Path = GOLD) -> list[GoldArticle]:
    """Every gold article, its snippets located in its body (an error if one is missing)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for a in data["articles"]:
        art = load_article(ROOT / a["file"]).articles[0]
        lines = art.body.split("\n")
        first, last = a["lines"]
        rs = sum(len(x) + 1 for x in lines[:first])
        re_ = sum(len(x) + 1 for x in lines[: last + 1])
        g = GoldArticle(Path(a["file"]).stem, a["outlet"], a["split"], art, (rs, re_))
        for q in a["quotes"]:
            snippet, speaker, mode = q[:3]
            nth = q[3] if len(q) > 3 else 0
            pos = rs - 1
            for _ in range(nth + 1):
                pos = art.body.find(snippet, pos + 1, re_)
                if pos < 0:
                    raise ValueError(f"{a['file']}: gold snippet {snippet!r} not in lines")
            g.quotes.append((pos, pos + len(snippet), speaker.split("|"), mode))
        out.append(g)
    return out


@dataclass
class Score:
    """Counts over some gold articles."""

    gold: int = 0
    found: int = 0
    speaker_right: int = 0
    person_right: int = 0
    direct_gold: int = 0
    direct_found: int = 0
    suggested_direct: int = 0
    direct_true: int = 0
    misses: list[str] = field(default_factory=list)
    #: The speakers wrong by the strict rule that name the person (for reading them).
    person_only: list[str] = field(default_factory=list)

    def add(self, g: GoldArticle, sugg: list[Suggestion]) -> None:
        """Score one article's body quote suggestions."""
        rs, re_ = g.region
        sugg = [s for s in sugg if s.kind == "quote" and s.start < re_ and s.end > rs]
        body = g.article.body
        for s0, e0, speakers, mode in g.quotes:
            self.gold += 1
            direct = mode != "indirect"
            self.direct_gold += direct
            hits = [s for s in sugg if s.start < e0 and s0 < s.end]
            if not hits:
                self.misses.append(f"{g.name}: MISSED {body[s0:e0][:50]!r} ({speakers[0]})")
                continue
            self.found += 1
            self.direct_found += direct
            best = max(hits, key=lambda s: min(e0, s.end) - max(s0, s.start))
            got = best.fields.get("speaker")
            others = [sp for _, _, sp, _ in g.quotes if sp[0] != speakers[0]]
            if _norm(got) in {_norm(x) for x in speakers}:
                self.speaker_right += 1
                self.person_right += 1
            else:
                self.misses.append(f"{g.name}: SPEAKER {body[s0:e0][:40]!r} "
                                   f"gold {speakers[0]!r} got {got!r}")
                if names_person(got, speakers, others):
                    self.person_right += 1
                    self.person_only.append(f"{g.name}: {body[s0:e0][:40]!r} gold "
                                            f"{'|'.join(speakers)!r} got {got!r}")
        for s in sugg:
            if s.fields.get("mode") == "indirect":
                continue
            self.suggested_direct += 1
            if any(s.start < e0 and s0 < s.end for s0, e0, _, _ in g.quotes):
                self.direct_true += 1
            else:
                self.misses.append(f"{g.name}: NOT A QUOTE {s.exact[:50]!r}")

    @property
    def recall(self) -> float:
        """Found gold quotes / gold quotes."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def direct_recall(self) -> float:
        """Found direct and mixed gold quotes / those gold quotes."""
        return self.direct_found / self.direct_gold if self.direct_gold else 0.0

    @property
    def precision(self) -> float:
        """Direct suggestions that are real quotes / direct suggestions."""
        return self.direct_true / self.suggested_direct if self.suggested_direct else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers / found gold quotes."""
        return self.speaker_right / self.found if self.found else 0.0

    @property
    def person_accuracy(self) -> float:
        """Speakers that name the person / found gold quotes."""
        return self.person_right / self.found if self.found else 0.0


def score(articles: list[GoldArticle]) -> Score:
    """Run the finder on each article and score it."""
    sc = Score()
    for g in articles:
        sc.add(g, body_quotes(g.article))
    return sc
