"""Agreement figures (#12): worked examples from the literature, and three annotators' planned
(dis)agreements on the seeds with every figure computed by hand in the comments."""

from __future__ import annotations

import json
from uuid import uuid4

import pytest

from annotations import AnnotationStore
from annotations.team.agreement import agreement, build_units, cohen, nominal
from tests.conftest import RU_SEED, US_SEED
from tests.factories import planned, q
from tui.cli import main

# -- published worked examples ------------------------------------------------------------------


def test_krippendorff_worked_example_with_missing_values():
    # Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the 4 observers x 12
    # units example with missing values: alpha (nominal) = 0.743
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
            [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]
    triples = [(f"o{c}", f"u{u}", v) for c, row in enumerate(data)
               for u, v in enumerate(row) if v is not None]
    assert round(nominal(triples, "alpha"), 3) == 0.743


def test_fleiss_worked_example():
    # Fleiss (1971) as in most textbooks: 10 subjects, 14 raters, 5 categories: kappa = 0.210
    counts = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0],
              [2, 2, 8, 1, 1], [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2],
              [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    triples = []
    for s, row in enumerate(counts):
        r = 0
        for cat, n in enumerate(row):
            for _ in range(n):
                triples.append((f"r{r}", f"s{s}", cat))
                r += 1
    assert round(nominal(triples, "fleiss"), 3) == 0.210


def test_cohen_textbook_table():
    # the classic 2x2 table: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (n = 50):
    # po = 35/50 = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = (0.7 - 0.5) / 0.5 = 0.4
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert round(cohen(pairs), 4) == 0.4


# -- three annotators on the seeds ---------------------------------------------------------------


@pytest.fixture
def store(tmp_path, ru_article, us_article):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_article(us_article)
        s.add_many(planned(ru_article, us_article))
    return path


def test_quote_figures_by_hand(store, ru_article, us_article):
    with AnnotationStore(store, readonly=True) as s:
        tags = s.tags()
    rep = agreement(tags, kinds=["quote"])
    assert rep.units["quote"] == 3  # U1 {ana, ben, cyd}, U2 {ana, ben}, U3 {ana}
    ab, ac, bc = rep.pairs["quote"]
    # ana/ben: 3 and 2 tags, 2 matched: P = 2/2, R = 2/3, F1 = 4/5
    assert (ab.matched, ab.precision, round(ab.recall, 4), ab.f1) == (2, 1.0, 0.6667, 0.8)
    # kappa of mode: direct/direct twice: one category, perfect (1.0 by convention)
    # kappa of speaker: po = 1, pe = 0.5^2 + 0.5^2 = 0.5, kappa = 1.0 (names folded)
    assert ab.kappa == {"mode": (1.0, 2), "speaker": (1.0, 2)}
    # ana/cyd: 3 and 1, 1 matched: P = 1, R = 1/3, F1 = 2/4; mode direct vs indirect: pe = 0,
    # po = 0: kappa = 0
    assert (ac.matched, ac.precision, ac.f1) == (1, 1.0, 0.5)
    assert ac.kappa["mode"] == (0.0, 1)
    assert round(bc.f1, 4) == 0.6667  # 2 * 1 / (2 + 1)
    span, mode, speaker = (rep.multi["quote"][f] for f in ("span", "mode", "speaker"))
    # span, values filled with "not tagged": unit agreements 1, 1/3, 1/3 -> P = 5/9;
    # p(tagged) = 6/9, p(not) = 3/9 -> Pe = 5/9: Fleiss = 0
    assert span["fleiss"][1] == 3 and round(span["fleiss"][0], 4) == 0.0
    # alpha: coincidences o_TT = 4, o_NN = 1, o_TN = o_NT = 2; n_T = 6, n_N = 3, n = 9:
    # alpha = 1 - 8 * 4 / (2 * 18) = 1/9
    assert round(span["alpha"][0], 4) == 0.1111 and span["alpha"][1] == 3
    # mode, Fleiss on U1 only (d, d, i): P = 1/3, Pe = 5/9: kappa = -0.5
    assert mode["fleiss"] == (pytest.approx(-0.5), 1)
    # alpha on U1 (d, d, i) and U2 (d, d): o_dd = 3, o_di = o_id = 1; n_d = 4, n_i = 1:
    # alpha = 1 - 4 * 2 / 8 = 0
    assert mode["alpha"] == (pytest.approx(0.0), 2)
    # speaker alpha: U1 (vp, vp, p), U2 (sy, sy): disagreeing coincidences 2, n = 5,
    # sum of n_c n_k over c != k = 2 * (2*1 + 2*2 + 1*2) = 16: alpha = 1 - 4 * 2 / 16 = 0.5
    assert speaker["alpha"] == (pytest.approx(0.5), 2)


def test_exact_matching_and_other_kinds(store):
    with AnnotationStore(store, readonly=True) as s:
        tags = s.tags()
    rep = agreement(tags, threshold=None)
    assert rep.units["quote"] == 4  # cyd's shorter span is a unit of its own
    (ab, _, _) = rep.pairs["stance"]
    assert ab.matched == 1 and ab.kappa["polarity"] == (0.0, 1)  # against vs favor
    claims = rep.multi["claim"]
    assert claims["span"]["fleiss"] == (1.0, 1) and claims["claim_type"]["alpha"] == (1.0, 1)
    units = build_units(tags, None)
    assert sorted(sorted(u.tags) for u in units if u.kind == "quote") == [
        ["ana"], ["ana", "ben"], ["ana", "ben"], ["cyd"]]


def test_cli_agree_table_json_csv(store, capsys):
    assert main(["agree", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "annotators: ana, ben, cyd" in out and "overlap ≥ 0.5 of the union" in out
    assert "ana / ben" in out and "0.8000" in out
    assert main(["agree", "--store", str(store), "--json", "--kind", "quote"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["kinds"]["quote"]["pairs"][0]["f1"] == 0.8
    assert doc["kinds"]["quote"]["all"]["speaker"]["alpha"] == {"value": 0.5, "units": 2}
    assert main(["agree", "--store", str(store), "--csv", "--annotators", "ana,ben"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "kind,scope,a,b,measure,field,value,units"
    assert "quote,pair,ana,ben,f1,span,0.8000,2" in rows
    assert main(["agree", "--store", str(store), "--annotators", "ana"]) == 2


def test_seed_paths_exist():
    assert RU_SEED.exists() and US_SEED.exists()


def test_quiet_task_gives_nltks_own_figures():
    import random

    from nltk.metrics.agreement import AnnotationTask

    from annotations.team.agreement import _task

    rng = random.Random(12)
    data = [(c, str(i), rng.choice("xyz")) for i in range(60) for c in ("a", "b", "c")
            if rng.random() < 0.85]
    assert _task(data).alpha() == pytest.approx(AnnotationTask(data).alpha())
    full = [(c, str(i), rng.choice("xyz")) for i in range(60) for c in ("a", "b", "c")]
    assert _task(full).pi() == pytest.approx(AnnotationTask(full).pi())  # Fleiss: all coders
    two = [d for d in data if d[0] != "c"]
    items = {i for c, i, _ in two if c == "a"} & {i for c, i, _ in two if c == "b"}
    two = [d for d in two if d[1] in items]
    assert _task(two).kappa_pairwise("a", "b") == pytest.approx(
        AnnotationTask(two).kappa_pairwise("a", "b"))


def test_tags_of_two_articles_at_the_same_offsets_are_never_one_unit(tmp_path):
    """Found by #24's comparison: units and pairs were per part only, so two articles'
    tags at overlapping offsets joined one unit (``agree`` over several articles)."""
    from annotations.team.agreement import agreement, build_units
    from tests.compare_kit import tagged_store

    store, _arts = tagged_store(tmp_path / "s.db")
    try:
        quotes = store.tags(kind="quote")
        assert len(build_units(quotes, 0.5)) == 11
        rep = agreement(quotes + [t.model_copy(update={"annotator": "bo"}) for t in quotes],
                        kinds=("quote",))
        assert rep.units["quote"] == 11
        assert rep.pairs["quote"][0].matched == 11
    finally:
        store.close()


# -- the curated layer and kinds nobody tagged (issue 29) ----------------------------------------


@pytest.fixture
def curated_store(tmp_path, ru_article):
    """ana and ben disagree on one speaker of two quotes; the review screen's curator
    ("curated") and a teammate's curator ("lead") copied ana's versions."""
    b = ru_article.body
    s2, e2 = b.index("Tensions between"), b.index("important concessions") + 21
    ru = ru_article
    tags = [q(ru, 324, 499, "ana", "Vladimir Putin"), q(ru, 324, 499, "ben", "Peskov"),
            q(ru, s2, e2, "ana", "Shi Yinhong"), q(ru, s2, e2, "ben", "Shi Yinhong")]
    for t in tags[0], tags[2]:
        for who in ("curated", "lead"):
            tags.append(t.model_copy(update={"id": uuid4(), "annotator": who,
                                             "labels": ["from:ana"]}))
    path = tmp_path / "c.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add_many(tags)
    return path


def test_agree_leaves_the_curated_layer_out_unless_asked(curated_store, capsys):
    assert main(["agree", "--store", str(curated_store), "--json", "--kind", "quote"]) == 0
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert doc["annotators"] == ["ana", "ben"]
    assert err == "threadmark: left out 4 curated tag(s) (--include-curated counts them)\n"
    # ana/ben: speakers agree on 1 of 2 units: po = 1/2, pe = (only "shi" shared) 1/2 * 1/2,
    # Cohen's kappa = (1/2 - 1/4) / (3/4) = 1/3
    assert doc["kinds"]["quote"]["pairs"][0]["cohen_kappa"]["speaker"] == {"value": 0.3333,
                                                                           "units": 2}
    assert main(["agree", "--store", str(curated_store), "--json", "--kind", "quote",
                 "--include-curated"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["annotators"] == ["ana", "ben", "curated", "lead"] and err == ""
    # named explicitly, a curator is an annotator like any other
    assert main(["agree", "--store", str(curated_store), "--json", "--annotators",
                 "ana,curated"]) == 0
    assert json.loads(capsys.readouterr().out)["annotators"] == ["ana", "curated"]


def test_agree_table_has_no_tables_of_zeros_for_kinds_nobody_tagged(curated_store, capsys):
    assert main(["agree", "--store", str(curated_store)]) == 0
    out = capsys.readouterr().out
    assert "quotes: 2 units" in out and "quotes, all annotators" in out
    assert "stances: none tagged" in out and "claims: none tagged" in out
    assert "stances, all annotators" not in out and "(0)" not in out
