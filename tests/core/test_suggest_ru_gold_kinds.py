"""``benchmarks.gold_lang.error_kinds``: each gold quote's outcome counted by mode and kind of
wrong speaker, with no text in the result (so it may be run on held-out gold)."""

from __future__ import annotations

from annotations.model.build import make_article
from benchmarks.gold_lang import error_kinds
from benchmarks.quote_gold import GoldArticle


def _gold(paras: list[str], quotes: list[tuple[str, str, str]]) -> GoldArticle:
    art = make_article("Заголовок", [("paragraph", p) for p in paras], [], language="ru")
    g = GoldArticle("test_1", "test", "dev", art, (0, len(art.body)))
    for snippet, speakers, mode in quotes:
        at = art.body.find(snippet)
        assert at >= 0, snippet
        g.quotes.append((at, at + len(snippet), speakers.split("|"), mode))
    return g


def test_each_outcome_is_counted_by_mode_and_kind():
    g = _gold(["Иван Петров заявил, что цены вырастут весной.",
               "Анна Смирнова сказала, что это неправда и цены упадут.",
               "Праздник прошёл в субботу на главной площади."],
              [("цены вырастут весной", "Иван Петров|Петров", "indirect"),
               ("это неправда", "Олег Смирнов", "indirect"),
               ("Праздник прошёл", "Иван Петров", "direct")])
    assert error_kinds([g]) == {("indirect", "right"): 1,
                                ("indirect", "other capitalised"): 1,
                                ("direct", "missed"): 1}


def test_a_speaker_of_another_quote_of_the_article_is_told_apart():
    g = _gold(["Иван Петров заявил, что цены вырастут весной.",
               "Анна Смирнова сказала, что это неправда.",
               "Смирнова добавила, что цены упадут летом."],
              [("цены вырастут весной", "Иван Петров", "indirect"),
               ("это неправда", "Иван Петров", "indirect"),
               ("цены упадут летом", "Анна Смирнова|Смирнова", "indirect")])
    assert error_kinds([g]) == {("indirect", "right"): 2,
                                ("indirect", "another speaker of the article"): 1}
