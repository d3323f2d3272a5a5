"""Quality and speed of the suggester.

    python -m benchmarks.bench_suggest [--runs 7] [--misses dev] [--polnear DIR]
        [--polnear-misses FILE] [--polnear-limit N]

Quality on the gold quotes (``benchmarks/gold/quotes.json``), by split: ``dev`` (read while
the rules were written), ``heldout`` (measured blind once, then read), ``heldout2`` (never
read: the honest figure). With ``--polnear DIR`` (a local copy of PolNeAR's train and dev
splits, never in this repository; see ``benchmarks/polnear.py``), the same per split of it:
recall of quotes opening with a mark, of quotes holding one, of indirect speech with a speech
cue, precision of direct suggestions, speaker accuracy (``benchmarks/polnear_score.py``), and
under each split a second, labelled speaker figure: over the sources whose CoreNLP chain can
check the speaker (he/she/I sources whose chain holds no person's name, or whose other
gendered words are all of the other gender, left out and counted apart:
``polnear_score.chain_check``), and under dev a third, labelled "dev speaker, adjudicated":
the official counts with one judge's verdicts on its misses (``benchmarks/speaker_verdicts``;
misses no current verdict covers are counted wrong and said).
Speed: a 5,000-word article (real text), a 10,000-comment thread, and the same thread of
real Russian paragraphs (the Russian finder), medians.
"""

from __future__ import annotations

import argparse
import re

from annotations import parse_article
from annotations.model.article import Article
from annotations.model.build import make_article
from annotations.suggest import suggest
from benchmarks.bench_parse import median_time
from benchmarks.bench_polnear import report_polnear
from benchmarks.quote_gold import load_gold, score
from benchmarks.synth import make_article_text

GOALS = {"recall": 0.9, "precision": 0.85, "speaker": 0.9}
GOAL_5K_MS = 50
GOAL_10K_S = 2.0


def five_thousand_words(gold: list) -> Article:
    """A 5,000-word article made of the gold articles' real paragraphs, in order."""
    paras: list[str] = []
    words = 0
    while words < 5000:
        for g in gold:
            for p in g.article.body.split("\n\n"):
                paras.append(p)
                words += len(p.split())
                if words >= 5000:
                    break
            if words >= 5000:
                break
    return make_article("five thousand words", [("paragraph", p) for p in paras], [])


def quoting_thread(article: Article) -> Article:
    """The thread with one comment in four quoting the article's words, one in six quoting
    someone by name, as real threads do."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", article.body) if len(s.split()) > 6]
    for i, (c, _depth) in enumerate(article.walk()):
        if i % 4 == 0 and sentences:
            c.text = f'"{sentences[i % len(sentences)]}"\n\nI could not disagree more. {c.text}'
        elif i % 6 == 0:
            c.text = f'As Li Lifan said, "{c.text}" and he added, "nothing will change."'
    return article


def russian_thread(article: Article) -> Article:
    """The thread with every comment a real Russian paragraph (the Russian gold texts', in
    turn): one in three holds quotation marks, so the Russian finder reads it."""
    from benchmarks.gold_lang import load_lang_gold

    paras = [p for g in load_lang_gold("ru") for p in g.article.body.split("\n\n")
             if len(p.split()) > 6]
    for i, (c, _depth) in enumerate(article.walk()):
        c.text = paras[i % len(paras)]
    return article


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--misses", help="print the misses of this split")
    ap.add_argument("--polnear", help="PolNeAR's data directory (train and dev only)")
    ap.add_argument("--polnear-misses", help="write the misses of PolNeAR train here")
    ap.add_argument("--polnear-limit", type=int, help="only the first N articles of a split")
    args = ap.parse_args()
    gold = load_gold()
    print(f"{'split':<9} {'articles':>8} {'quotes':>6} {'recall':>7} {'direct':>7} "
          f"{'precision':>9} {'speaker':>8}")
    for split in ("dev", "heldout", "heldout2"):
        arts = [g for g in gold if g.split == split]
        sc = score(arts)
        print(f"{split:<9} {len(arts):>8} {sc.gold:>6} {sc.recall:>7.3f} {sc.direct_recall:>7.3f} "
              f"{sc.precision:>9.3f} {sc.speaker_accuracy:>8.3f}")
        if args.misses == split:
            print("\n".join("    " + m for m in sc.misses))
    print(f"goals: recall >= {GOALS['recall']}, precision >= {GOALS['precision']}, "
          f"speaker >= {GOALS['speaker']}")
    if args.polnear:
        report_polnear(args.polnear, args.polnear_misses, args.polnear_limit)
    from benchmarks.gold_lang import table as lang_table  # Russian and Chinese gold (#25)

    print("\nother languages (benchmarks/gold/lang)")
    print("\n".join(lang_table()))
    art = five_thousand_words(gold)
    n_words = len(art.body.split())
    t5 = median_time(lambda: suggest(art), args.runs)
    thread = quoting_thread(parse_article(make_article_text(10_000)))
    t10 = median_time(lambda: suggest(thread), max(3, args.runs // 2))
    ru = russian_thread(parse_article(make_article_text(10_000)))
    t10ru = median_time(lambda: suggest(ru), max(3, args.runs // 2))
    print(f"\n{'input':<34} {'median':>10} {'goal':>8}")
    print(f"{f'article, {n_words:,} words':<34} {t5 * 1000:>8.1f}ms {GOAL_5K_MS:>6}ms")
    print(f"{'thread, 10,000 comments':<34} {t10:>9.2f}s {GOAL_10K_S:>7}s")
    print(f"{'thread, 10,000 Russian comments':<34} {t10ru:>9.2f}s {'':>8}")


if __name__ == "__main__":
    main()
