"""The Russian and Chinese gold quotes (``benchmarks/gold/lang/``) and their table.

    python -m benchmarks.gold_lang [--misses ru:dev[:wikinews]]

Each gold text is made an article (its first line the title, its paragraphs the body, its
language set) and scored as the English gold is (``benchmarks.quote_gold.Score``): a gold
quote is found when a quote suggestion overlaps its snippet; its speaker is right when the
suggestion names one of the gold forms."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from annotations.model.build import make_article
from annotations.suggest.finder import body_quotes
from benchmarks.quote_gold import GoldArticle, Score

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "benchmarks" / "gold" / "lang"
LANGS = ("ru", "zh")
GOALS = {"recall": 0.85, "speaker": 0.85}
# Gold texts of one language from more than one source: each source's rows are shown apart
# (a file stem's prefix names its source), as held-out text from a new source can score
# differently from the one the rules were written on.
SOURCES = {"ru": {"book": "factRuEval", "wikinews": "wikinews"}}


def source_of(lang: str, g: GoldArticle) -> str:
    """The source of a gold article (``all`` for a language of one source)."""
    return SOURCES.get(lang, {}).get(g.name.split("_", 1)[0], "all")


def load_lang_gold(lang: str, gold_dir: Path = GOLD_DIR) -> list[GoldArticle]:
    """Every gold article of ``lang``, its snippets located in its body (an error names the
    file and snippet that is missing)."""
    data = json.loads((gold_dir / f"quotes_{lang}.json").read_text(encoding="utf-8"))
    out = []
    for a in data["articles"]:
        path = gold_dir / a["file"]
        raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        title, _, rest = raw.partition("\n")
        paras = [p.strip() for p in rest.split("\n") if p.strip()]
        art = make_article(title.strip(), [("paragraph", p) for p in paras], [],
                           language=a["lang"], source=a["outlet"], url=a["url"])
        g = GoldArticle(path.stem, a["outlet"], a["split"], art, (0, len(art.body)))
        for q in a["quotes"]:
            snippet, speaker, mode = q[:3]
            nth = q[3] if len(q) > 3 else 0
            pos = -1
            for _ in range(nth + 1):
                pos = art.body.find(snippet, pos + 1)
                if pos < 0:
                    raise ValueError(f"{a['file']}: gold snippet {snippet!r} not in its body")
            g.quotes.append((pos, pos + len(snippet), speaker.split("|"), mode))
        out.append(g)
    return out


def score_lang(articles: list[GoldArticle]) -> Score:
    """Run the finder on each article and score it."""
    sc = Score()
    for g in articles:
        sc.add(g, body_quotes(g.article))
    return sc


def table(misses: str | None = None) -> list[str]:
    """The lines of the table: per language and split, quotes, recall and speaker accuracy."""
    lines = [f"{'lang':<5} {'split':<8} {'source':<10} {'articles':>8} {'quotes':>6} "
             f"{'recall':>7} {'direct':>7} {'precision':>9} {'speaker':>8}"]
    for lang in LANGS:
        gold = load_lang_gold(lang)
        sources = sorted({source_of(lang, g) for g in gold} - {"all"})
        found = {g.name: body_quotes(g.article) for g in gold}  # each text run once
        for split in ("dev", "heldout"):
            for source in ["all", *sources]:
                arts = [g for g in gold if g.split == split
                        and source in ("all", source_of(lang, g))]
                sc = Score()
                for g in arts:
                    sc.add(g, found[g.name])
                lines.append(f"{lang:<5} {split:<8} {source:<10} {len(arts):>8} {sc.gold:>6} "
                             f"{sc.recall:>7.3f} {sc.direct_recall:>7.3f} "
                             f"{sc.precision:>9.3f} {sc.speaker_accuracy:>8.3f}")
                if misses == f"{lang}:{split}:{source}" or (
                        source == "all" and misses == f"{lang}:{split}"):
                    lines.extend("    " + m for m in sc.misses)
    lines.append(f"goals on held-out: recall >= {GOALS['recall']}, "
                 f"speaker >= {GOALS['speaker']}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", help="print the misses of LANG:SPLIT[:SOURCE] (e.g. ru:dev, "
                    "ru:dev:wikinews)")
    args = ap.parse_args()
    print("\n".join(table(args.misses)))


if __name__ == "__main__":
    main()
