"""The gold scorer's second speaker measure, "names the person" (benchmarks.speaker_match),
beside the strict one it leaves as it was."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from annotations.model.build import make_article
from annotations.suggest.suggestion import Suggestion
from benchmarks.gold_lang_audit import first_forms
from benchmarks.quote_gold import GoldArticle, Score
from benchmarks.speaker_match import names_person

CREDITED = [
    # the strict rule (case and determiners ignored)
    ("the Minister", ["minister"]),
    # a role or title before the full name, either side longer
    ("министр обороны Сергей Шойгу", ["Сергей Шойгу", "Шойгу"]),
    ("Сергей Шойгу", ["министр обороны России Сергей Шойгу"]),
    ("пресс-секретарь Кремля Дмитрий Песков", ["Дмитрий Песков"]),
    ("Министр Иван Петров", ["Иван Петров"]),
    ("шериф Эд Гонзалес", ["Эд Гонзалес"]),
    ("White House spokesman Josh Earnest", ["Josh Earnest", "Earnest"]),
    ("агентство Khaama Press", ["Khaama Press"]),
    ("газета The New York Post", ["The New York Post"]),
    ("пресс-служба ЦБ РФ", ["ЦБ РФ"]),
    ("外交部发言人赵立坚", ["赵立坚"]),
    ("国家主席习近平", ["习近平"]),
    ("美国总统拜登", ["拜登"]),
    ("李克强的夫人程虹", ["程虹"]),
    # the first form's surname, no other speaker sharing it
    ("Шойгу", ["Сергей Шойгу"]),
    ("Earnest", ["Josh Earnest"]),
]

NOT_CREDITED = [
    # a link before the name: someone else's spokesman, wife, lawyer
    ("a spokesman for John Smith", ["John Smith"]),
    ("the wife of John Smith", ["John Smith"]),
    ("John Smith's wife", ["John Smith"]),
    ("Smith's John Doe", ["John Doe"]),
    ("Jane Roe and John Doe", ["John Doe"]),
    ("Петров и Анна Смирнова", ["Анна Смирнова"]),
    ("习近平和王毅", ["王毅"]),
    ("представители Walt Disney", ["Walt Disney"]),
    # CJK: no word boundary before the shorter (vice president), or a role word, no name
    ("副总统", ["总统"]),
    ("国务院副总理", ["总理"]),
    ("代理总统", ["总统"]),
    ("副外长", ["外长"]),
    ("представитель МИД РФ", ["МИД РФ"]),
    # Russian case: a genitive name after a noun is someone else
    ("жена Ивана Петрова", ["Иван Петров", "Петров"]),
    ("адвокат Ивана Петрова", ["Иван Петров", "Петров"]),
    ("Ивана Петрова", ["адвокат Ивана Петрова"]),
    ("Антониу Гутерриша", ["представитель генсека ООН Антониу Гутерриша"]),
    ("Виталины Цымбалюк-Романовской",
     ["близкая подруга супруги Джигарханяна Виталины Цымбалюк-Романовской"]),
    # the name goes on: no role before it
    ("Мария Петрова", ["Анна Мария Петрова"]),
    ("Чжан Еп", ["Хван Чжан Еп"]),
    # the shorter one is no full name
    ("President Obama", ["Barack Obama"]),
    ("российский министр обороны", ["министр обороны"]),
    ("Defense Ministry spokesman", ["spokesman"]),
    # a first name is no surname; nothing named
    ("Сергей", ["Сергей Шойгу"]),
    ("источник", ["близкий к ней источник"]),
    ("СМИ", ["ряд СМИ"]),
    ("赵", ["赵立坚"]),
    (None, ["Сергей Шойгу"]),
    ("", ["Сергей Шойгу"]),
]


@pytest.mark.parametrize(("got", "forms"), CREDITED)
def test_names_the_person(got: str, forms: list[str]) -> None:
    assert names_person(got, forms) is True


@pytest.mark.parametrize(("got", "forms"), NOT_CREDITED)
def test_does_not_name_the_person(got: str | None, forms: list[str]) -> None:
    assert names_person(got, forms) is False


def test_a_surname_another_speaker_of_the_article_shares_is_not_credited() -> None:
    assert names_person("Петров", ["Иван Петров"], [["Анна Петрова", "Петрова"]]) is True
    assert names_person("Петров", ["Иван Петров"], [["Олег Петров", "Петров"]]) is False
    assert names_person("Smith", ["John Smith"], [["Mary Smith"]]) is False


def _gold(speakers: list[str]) -> tuple[GoldArticle, list[Suggestion]]:
    """A two-quote article: Shoigu's quote and Ivan Petrov's, and one suggestion on each."""
    body = "«Первая цитата», — сказал министр. «Вторая цитата», — сказал Петров."
    art = make_article("Заголовок", [("paragraph", body)], [], language="ru")
    text = art.body
    g = GoldArticle("t", "o", "dev", art, (0, len(text)))
    a, b = text.index("Первая"), text.index("Вторая")
    g.quotes = [(a, a + 14, ["Сергей Шойгу", "Шойгу"], "direct"),
                (b, b + 14, speakers, "direct")]
    sugg = [Suggestion("quote", "article", a, a + 14, text[a:a + 14],
                       {"speaker": "министр обороны Сергей Шойгу"}),
            Suggestion("quote", "article", b, b + 14, text[b:b + 14], {"speaker": "Петров"})]
    return g, sugg


def test_score_counts_both_measures_and_keeps_the_strict_one() -> None:
    g, sugg = _gold(["Иван Петров"])
    sc = Score()
    sc.add(g, sugg)
    assert (sc.found, sc.speaker_right, sc.person_right) == (2, 0, 2)
    assert (sc.speaker_accuracy, sc.person_accuracy) == (0.0, 1.0)
    assert len(sc.misses) == 2  # the strict misses are listed as before
    assert sc.person_only == [
        "t: 'Первая цитата»' gold 'Сергей Шойгу|Шойгу' got 'министр обороны Сергей Шойгу'",
        "t: 'Вторая цитата»' gold 'Иван Петров' got 'Петров'"]


def test_score_refuses_a_surname_of_two_speakers_in_one_article() -> None:
    g, sugg = _gold(["Анна Шойгу"])
    sugg[1].fields["speaker"] = "Шойгу"
    sc = Score()
    sc.add(g, sugg)
    assert (sc.speaker_right, sc.person_right) == (0, 1)


def test_audit_reads_the_first_committed_forms_of_dev_quotes_only(tmp_path: Path) -> None:
    def commit(articles: list[dict[str, object]], message: str) -> str:
        (gold_dir / "quotes_ru.json").write_text(json.dumps({"articles": articles}),
                                                  encoding="utf-8")
        for args in (["add", "-A"], ["commit", "-qm", message]):
            subprocess.run(["git", "-C", str(tmp_path), *args], check=True, env=env)
        return subprocess.run(["git", "-C", str(tmp_path), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True, env=env).stdout.strip()

    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, env=env)
    gold_dir = tmp_path / "benchmarks" / "gold" / "lang"
    gold_dir.mkdir(parents=True)
    held: dict[str, object] = {"file": "ru/h.txt", "split": "heldout",
                               "quotes": [["x", "Held Out", "direct"]]}
    c1 = commit([{"file": "ru/d.txt", "split": "dev", "quotes": [["a", "Иван Петров", "direct"]]},
                 held], "one")
    c2 = commit([{"file": "ru/d.txt", "split": "dev",
                  "quotes": [["a", "Иван Петров|министр Иван Петров", "direct"],
                             ["b", "Анна", "indirect", 1]]}, held], "two")
    first, article_first, when = first_forms("ru", tmp_path)
    assert first == {("ru/d.txt", "a", 0): "Иван Петров", ("ru/d.txt", "b", 1): "Анна"}
    assert article_first == {"ru/d.txt": c1}
    assert when == {("ru/d.txt", "a", 0): c1, ("ru/d.txt", "b", 1): c2}
