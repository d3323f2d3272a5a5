"""The Russian and Chinese gold data (``benchmarks/gold/lang``): every quote's snippet is in
its text file at the offsets the loader gives, each split is the declared rule, and no text of
the later Wikinews batch repeats another gold text (``benchmarks.gold_lang_check``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.gold_lang import (
    GOLD_DIR,
    LANGS,
    declared_split,
    first_run_lines,
    load_lang_gold,
    source_of,
)
from benchmarks.gold_lang_check import long_sentences, repeats, text_id


def test_the_declared_split_is_sha1_parity_but_thirds_for_the_later_batch():
    # SHA-1 of the stem: book_3714 even, wikinews_178485 odd (both so in quotes_ru.json)
    assert declared_split("book_3714") == "dev"
    assert declared_split("wikinews_178485") == "heldout"
    # the later batch: divisible by three is held-out, whatever the parity
    assert declared_split("wikinews2_112779") == "heldout"  # odd, 0 mod 3
    assert declared_split("wikinews2_109148") == "heldout"  # even, 0 mod 3
    assert declared_split("wikinews2_121978") == "dev"  # odd, 2 mod 3
    assert declared_split("wikinews2_178485") == "dev"  # even, 1 mod 3
    # the RuNNE Wikinews batch (#25, session 15) is split the same way
    assert declared_split("wikinews3_3420") == "heldout"  # even, 0 mod 3
    assert declared_split("wikinews3_12454") == "heldout"  # odd, 0 mod 3
    assert declared_split("wikinews3_2567") == "dev"  # even, 2 mod 3
    assert declared_split("wikinews3_2216") == "dev"  # odd, 2 mod 3
    # the fourth batch, the rest of the RuNNE texts (#25, session 15): the same thirds rule
    assert declared_split("wikinews4_12") == "heldout"  # even, 0 mod 3
    assert declared_split("wikinews4_3") == "heldout"  # odd, 0 mod 3
    assert declared_split("wikinews4_2") == "dev"  # even, 2 mod 3
    assert declared_split("wikinews4_1") == "dev"  # odd, 2 mod 3


def test_every_quote_snippet_is_at_its_offsets_and_in_its_file():
    for lang in LANGS:
        raw = json.loads((GOLD_DIR / f"quotes_{lang}.json").read_text(encoding="utf-8"))
        by_name = {g.name: g for g in load_lang_gold(lang)}
        for a in raw["articles"]:
            g = by_name[Path(a["file"]).stem]
            text = (GOLD_DIR / a["file"]).read_text(encoding="utf-8")
            assert g.split == declared_split(g.name) == a["split"]
            assert len(g.quotes) == len(a["quotes"])
            for q, (s0, e0, speakers, mode) in zip(a["quotes"], g.quotes, strict=True):
                assert g.article.body[s0:e0] == q[0] and q[0] in text
                assert speakers == q[1].split("|") and mode == q[2]


@pytest.mark.parametrize(("source", "least"), [("wikinews2", 900), ("wikinews3", 120),
                                                ("wikinews4", 90)])
def test_a_later_wikinews_batch_loads_in_both_splits_as_its_own_source(source, least):
    # wikinews2: NEREL's unread texts (session 14); wikinews3: RuNNE's texts NEREL lacks;
    # wikinews4: the rest of those RuNNE texts
    batch = [g for g in load_lang_gold("ru") if g.name.startswith(source + "_")]
    assert {source_of("ru", g) for g in batch} == {source}
    assert {g.split for g in batch} == {"dev", "heldout"}
    assert sum(len(g.quotes) for g in batch) >= least
    # texts with no attributed quote are left out, unless the gold lost a text's only quote
    # after the batch's first run (recorded in its batches file, the text kept as run)
    record = json.loads((GOLD_DIR / f"{source}_batches.json").read_text(encoding="utf-8"))
    emptied = {c["stem"] for b in record["batches"]
               for c in b.get("changed_after_first_run", []) if c["quotes_now"] == 0}
    assert sorted(g.name for g in batch if not g.quotes) == sorted(emptied)


@pytest.mark.parametrize("prefix", ["wikinews2_", "wikinews3_", "wikinews4_"])
def test_no_text_of_a_later_batch_repeats_another_gold_text(prefix):
    files = sorted((GOLD_DIR / "ru").glob("*.txt"))
    assert [p for p in repeats(files) if any(s.startswith(prefix) for s in p[:2])] == []


def test_repeats_finds_one_id_twice_and_a_shared_long_sentence(tmp_path):
    long = "Министр заявил журналистам, что переговоры продолжатся на следующей неделе в Женеве."
    (tmp_path / "wikinews_5.txt").write_text(f"Заголовок\n{long} Короткая фраза.", "utf-8")
    (tmp_path / "wikinews2_5.txt").write_text("Другой\nДругой текст.", "utf-8")
    (tmp_path / "wikinews2_7.txt").write_text(f"Третий\nНачало. {long}", "utf-8")
    (tmp_path / "book_7.txt").write_text("Книга\nКороткая фраза.", "utf-8")
    assert repeats(sorted(tmp_path.glob("*.txt"))) == [
        ("wikinews2_5", "wikinews_5", "same id"),
        ("wikinews2_7", "wikinews_5", long[:60]),
    ]
    assert text_id("wikinews2_7") == text_id("wikinews_7") == ("wikinews", "7")
    assert text_id("wikinews3_7") == ("wikinews", "7")  # the RuNNE texts: Wikinews ids too
    assert text_id("wikinews4_7") == ("wikinews", "7")
    assert text_id("book_7") == ("book", "7")
    assert long_sentences("Коротко. " + long) == {long}


def test_first_run_prints_held_out_counts_but_only_dev_misses(tmp_path):
    (tmp_path / "ru").mkdir()
    texts = {"d": "Новости\nИван Петров заявил, что цены вырастут весной.\n"
                  "Праздник прошёл в субботу на главной площади.",
             "h": "Другие\nАнна Смирнова сказала, что это неправда.\n"
                  "Праздник прошёл в воскресенье у реки."}
    for stem, text in texts.items():
        (tmp_path / "ru" / f"{stem}.txt").write_text(text, "utf-8")
    arts = [{"file": f"ru/{stem}.txt", "lang": "ru", "outlet": "t", "url": "u", "split": split,
             "quotes": [[first, speaker, "indirect"], [second, "Олег Сидоров", "direct"]]}
            for stem, split, first, speaker, second in (
                ("d", "dev", "цены вырастут весной", "Иван Петров", "Праздник прошёл в суб"),
                ("h", "heldout", "это неправда", "Анна Смирнова", "Праздник прошёл в вос"))]
    (tmp_path / "quotes_ru.json").write_text(json.dumps({"articles": arts}), "utf-8")
    lines = first_run_lines(["d", "h"], "ru", tmp_path)
    assert lines == [
        "dev: 1 articles, 2 quotes: recall 0.500 (1), speaker 1.000 (1), names the person "
        "1.000 (1)",
        "       1  direct    missed",
        "       1  indirect  right",
        "heldout: 1 articles, 2 quotes: recall 0.500 (1), speaker 1.000 (1), names the "
        "person 1.000 (1)",
        "       1  direct    missed",
        "       1  indirect  right",
        "dev misses:",
        "    d: MISSED 'Праздник прошёл в суб' (Олег Сидоров)"]


@pytest.mark.parametrize("source", ["wikinews2", "wikinews3", "wikinews4"])
def test_every_text_of_a_later_batch_is_in_one_recorded_batch_with_its_counts(source):
    record = json.loads((GOLD_DIR / f"{source}_batches.json").read_text(encoding="utf-8"))
    by_name = {g.name: g for g in load_lang_gold("ru") if g.name.startswith(source + "_")}
    stems = [s for b in record["batches"] for s in b["stems"]]
    assert sorted(stems) == sorted(by_name)  # each text in exactly one batch
    for b in record["batches"]:
        # the gold may change after a batch's first run (wikinews4: a second annotation); the
        # record keeps the run's counts and lists each changed text, whose count must be the
        # gold's now, and the run's counts plus those changes must give the gold's totals
        changed = b.get("changed_after_first_run", [])
        for c in changed:
            assert c["stem"] in b["stems"] and by_name[c["stem"]].split == c["split"]
            assert len(by_name[c["stem"]].quotes) == c["quotes_now"] != c["quotes_at_run"]
        for split, run in b["first_run"].items():
            arts = [by_name[s] for s in b["stems"] if by_name[s].split == split]
            delta = sum(c["quotes_now"] - c["quotes_at_run"] for c in changed
                        if c["split"] == split)
            assert (run["articles"], run["quotes"] + delta) == (
                len(arts), sum(len(g.quotes) for g in arts))
            assert run["quotes"] >= run["found"] >= run["person_right"] >= run["speaker_right"]
