"""How much of the dev speaker figure rests on gold forms completed after the finder ran.

    python -m benchmarks.gold_lang_audit

Reads the git history of ``benchmarks/gold/lang/quotes_{ru,zh}.json`` (dev articles only:
held-out annotations are never read) and prints, per language: dev quotes, those whose speaker
forms differ now from the forms they were first committed with, quotes added to an article
after it was first committed, and how many dev speaker judgments (strict, and "names the
person") that are right now would be wrong had the gold kept its first forms."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from annotations.suggest.finder import body_quotes
from annotations.suggest.suggestion import Suggestion
from benchmarks.gold_lang import LANGS, load_lang_gold
from benchmarks.quote_gold import GoldArticle, Score

ROOT = Path(__file__).resolve().parent.parent

Key = tuple[str, str, int]


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                          check=True).stdout


def first_forms(lang: str, root: Path = ROOT
                ) -> tuple[dict[Key, str], dict[str, str], dict[Key, str]]:
    """Per dev quote (file, snippet, n) of the git repository at ``root``, its speaker as
    first committed; each dev article's first commit; each dev quote's first commit."""
    path = f"benchmarks/gold/lang/quotes_{lang}.json"
    first: dict[Key, str] = {}
    when: dict[Key, str] = {}
    article_first: dict[str, str] = {}
    for commit in _git(root, "log", "--format=%h", "--reverse", "--", path).split():
        data = json.loads(_git(root, "show", f"{commit}:{path}"))
        for a in data["articles"]:
            if a["split"] != "dev":
                continue
            article_first.setdefault(a["file"], commit)
            for q in a["quotes"]:
                key = (a["file"], q[0], q[3] if len(q) > 3 else 0)
                if key not in first:
                    first[key], when[key] = q[1], commit
    return first, article_first, when


def _right(g: GoldArticle, quotes: list[tuple[int, int, list[str], str]],
           sugg: list[Suggestion]) -> tuple[int, int]:
    """Strict and "names the person" right speakers of ``g`` scored with ``quotes``."""
    sc = Score()
    sc.add(GoldArticle(g.name, g.outlet, g.split, g.article, g.region, quotes), sugg)
    return sc.speaker_right, sc.person_right


def audit(lang: str) -> list[str]:
    """The audit's lines for one language: counts, then each changed quote with its strict
    and "names the person" judgments with the first and the present forms."""
    first, article_first, when = first_forms(lang)
    data = json.loads((ROOT / "benchmarks/gold/lang" / f"quotes_{lang}.json")
                      .read_text(encoding="utf-8"))
    by_stem = {g.name: g for g in load_lang_gold(lang) if g.split == "dev"}
    lines: list[str] = []
    total = changed = later = strict_lost = person_lost = 0
    for a in data["articles"]:
        if a["split"] != "dev":
            continue
        g = by_stem[Path(a["file"]).stem]
        sugg: list[Suggestion] | None = None
        for i, (q, gq) in enumerate(zip(a["quotes"], g.quotes, strict=True)):
            total += 1
            key = (a["file"], q[0], q[3] if len(q) > 3 else 0)
            later += when[key] != article_first[a["file"]]
            if first[key] == q[1]:
                continue
            changed += 1
            sugg = body_quotes(g.article) if sugg is None else sugg
            old = [*g.quotes[:i], (gq[0], gq[1], first[key].split("|"), gq[3]),
                   *g.quotes[i + 1:]]
            (s_now, p_now), (s_old, p_old) = _right(g, g.quotes, sugg), _right(g, old, sugg)
            strict_lost += s_now - s_old
            person_lost += p_now - p_old
            lines.append(f"    {g.name}: {first[key]!r} -> {q[1]!r} (with the first forms: "
                         f"strict {s_old - s_now:+d}, names the person {p_old - p_now:+d})")
    return [f"{lang}: {total} dev quotes; speaker forms changed after their first commit: "
            f"{changed}; quotes added to an article after its first commit: {later}; net "
            f"right speakers the changes gave: strict {strict_lost:+d}, names the person "
            f"{person_lost:+d}", *lines]


def main() -> None:
    for lang in LANGS:
        print("\n".join(audit(lang)))


if __name__ == "__main__":
    main()
