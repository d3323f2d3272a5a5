"""The reader-keys benchmark's rounds and summary (``benchmarks/bench_reader_scale.py``): the
order rotates, the bare app runs beside each size, ratios are taken within a round against
that run, medians and spreads over rounds."""

from __future__ import annotations

from benchmarks import bench_reader_scale as bench
from benchmarks.bench_reader_scale import BARE, CASES


def _round(bare: float, costs: dict[str, tuple[float, float]]) -> dict:
    """A round: per size every case at the given (ms, gc ms), and the bare app's key beside
    it at ``bare`` ms (gc 0.5 ms)."""
    out = {}
    for size, (ms, gc_ms) in costs.items():
        out[size] = {case: [ms, gc_ms] for case in CASES}
        out[bench.paired(size)] = {BARE: [bare, 0.5]}
    return out


def test_each_size_takes_each_place_once_over_as_many_rounds_the_bare_app_beside_it():
    sizes = ["0", "10000", "50000"]
    orders = [bench.round_order(sizes, r) for r in range(3)]
    assert orders[0] == [(BARE, "bare 0"), ("0", "0"), (BARE, "bare 10000"),
                         ("10000", "10000"), (BARE, "bare 50000"), ("50000", "50000")]
    assert orders[1] == [("10000", "10000"), (BARE, "bare 10000"), ("50000", "50000"),
                         (BARE, "bare 50000"), ("0", "0"), (BARE, "bare 0")]
    for place in range(3):
        assert sorted(o[2 * place + (r + 1) % 2][0] for r, o in enumerate(orders)) == sizes
    assert bench.rotated(sizes, 4) == ["10000", "50000", "0"]


def test_ratios_are_taken_within_each_round():
    """A slow round (everything twice as dear, the bare app too) leaves the ratios as they
    are: the median of the within-round ratios is 2.0, where a ratio of the medians over
    rounds would mix a slow round's reader with a fast round's bare app."""
    rounds = [_round(2.0, {"0": (4.0, 0.0), "50": (5.0, 0.0)}),
              _round(4.0, {"0": (8.0, 0.0), "50": (10.0, 0.0)}),
              _round(2.5, {"0": (5.0, 0.0), "50": (7.5, 0.0)})]
    rounds[0][bench.paired("50")][BARE][0] = 2.5  # the run beside 50 tags is the one taken
    assert bench.round_ratios(rounds, "50", "tree j/k", BARE)[0] == 2.0
    rounds[0][bench.paired("50")][BARE][0] = 2.0
    assert bench.round_ratios(rounds, "0", "tree j/k", BARE) == [2.0, 2.0, 2.0]
    assert bench.round_ratios(rounds, "50", "tree j/k", BARE) == [2.5, 2.5, 3.0]
    assert bench.round_ratios(rounds, "50", "tree j/k", "0") == [1.25, 1.25, 1.5]
    assert bench.median_and_spread([3.0, 1.0, 2.0, 10.0]) == (2.5, 1.0, 10.0)


def test_the_summary_shows_medians_with_their_spread_and_the_worst_size():
    rounds = [_round(2.0, {"0": (4.0, 0.1), "50": (5.0, 0.3)}),
              _round(4.0, {"0": (8.0, 0.2), "50": (10.0, 0.0)}),
              _round(2.5, {"0": (5.0, 0.0), "50": (7.5, 0.4)})]
    lines = bench.summary(rounds, ["0", "50"])
    row = next(line for line in lines if line.strip().startswith("tree j/k"))
    # ms at 0 and at 50 tags, then the worst size against 0 tags and against the bare app
    assert row.split() == ["tree", "j/k", "5.00", "(4.00-8.00)", "7.50", "(5.00-10.00)",
                           "1.25x", "(1.25-1.50)", "2.50x", "(2.50-3.00)"]
    bare = next(line for line in lines if line.strip().startswith("bare app"))
    assert bare.split()[-2:] == ["2.50", "(2.00-4.00)"]  # the six runs of the bare app
    gc_row = [line for line in lines if line.strip().startswith("tree j/k")][1]
    assert gc_row.split() == ["tree", "j/k", "0.10", "(0.20)", "0.30", "(0.40)"]


async def test_a_round_of_the_reader_runs_every_case_on_the_tagged_article(tmp_path):
    """One round's process on an article holding 40 tags: a figure for every case, and the
    tags counted are the article's."""
    bench.build_stores(tmp_path, [40])
    out = await bench.reader_round(tmp_path / "s40.db", tmp_path / "article.txt", 2, 1)
    assert set(out) == {*CASES, "tags"}
    assert out["tags"][0] == 40.0
    assert all(len(out[case]) == 2 for case in CASES)


async def test_a_round_of_the_bare_app_updates_its_line_for_every_key():
    """The bare app's round: every key posted bumps its ``Static`` (its own key's work is
    what is measured), two warm-up keys each way and four measured."""
    from benchmarks.bench_tui import minimal_app

    made = []

    def recording():
        made.append(minimal_app())
        return made[-1]

    original = bench.minimal_app
    bench.minimal_app = recording
    try:
        out = await bench.bare_round(4, 2)
    finally:
        bench.minimal_app = original
    assert set(out) == {BARE} and len(out[BARE]) == 2
    assert made[0].count == 8
