"""CPU time of the Russian, Chinese and English quote finders on hostile text (made by
benchmarks/hostile_inputs.py) at three sizes, each double the last: linear means the ratio
column stays near 2.

    python -m benchmarks.bench_finder_hostile            # n = 1,000 / 2,000 / 4,000
    python -m benchmarks.bench_finder_hostile --n 250    # quicker
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from annotations.suggest.lang import find_quotes_in
from benchmarks import hostile_inputs as hi

CASES: list[tuple[str, Callable[[int], str], str]] = [
    ("ru names, one paragraph", hi.ru_name_sentences, "ru"),
    ("ru dialogue lines", hi.ru_dialogue_lines, "ru"),
    ("ru quotes, one sentence", hi.ru_quotes_one_sentence, "ru"),
    ("ru people paragraphs", hi.ru_people_paragraphs, "ru"),
    ("ru marks soup", hi.ru_marks_soup, "ru"),
    ("ru unclosed marks (x10)", lambda n: hi.ru_open_marks(10 * n), "ru"),
    ("ru odd characters", hi.ru_odd_chars, "ru"),
    ("zh cue chain", hi.zh_cue_chain, "zh"),
    ("zh quotes, one sentence", hi.zh_quotes_one_sentence, "zh"),
    ("en quotes, same words", hi.en_same_quotes, "en"),
    ("en framed, spaces (/10)", lambda n: hi.en_framed_spaces(n // 10), "en"),
    ("en names sharing a word", hi.en_shared_first_word, "en"),
]


def cpu(text: str, lang: str) -> float:
    """The median CPU seconds of three runs of the finder on ``text``."""
    times = []
    for _ in range(3):
        t = time.process_time()
        find_quotes_in(text, lang)
        times.append(time.process_time() - t)
    return sorted(times)[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="the smallest size")
    args = ap.parse_args()
    find_quotes_in("Иван Петров заявил: «Да».", "ru")  # the dictionaries loaded first
    find_quotes_in("他说：「是。」", "zh")
    print(f"{'case':26} {'chars':>9} {'s @n':>7} {'s @2n':>7} {'s @4n':>7} {'4n/2n':>6}")
    for name, make, lang in CASES:
        sizes = [args.n, 2 * args.n, 4 * args.n]
        secs = [cpu(make(n), lang) for n in sizes]
        print(f"{name:26} {len(make(sizes[-1])):>9,} {secs[0]:>7.3f} {secs[1]:>7.3f} "
              f"{secs[2]:>7.3f} {secs[2] / max(secs[1], 1e-6):>6.2f}", flush=True)


if __name__ == "__main__":
    main()
