"""Russian constructions of #25's eleventh round (i25-ru5), general kinds of Russian news:
views stated with no ``что`` after verbs of opinion and short forms of conviction. Sentences
written for the tests, each with the exact speaker expected, in the nominative."""

from __future__ import annotations

from tests.lang_kit import ru_found as found


def test_a_view_after_a_comma_with_no_that_is_what_its_subject_holds():
    assert found("Министр экономики Иван Петров уверен, бюджет выдержит новые "
                 "расходы.") == [("бюджет выдержит новые", "Иван Петров", "уверен")]
    assert found("Эксперты полагают, ситуация на рынке изменится к лучшему.") == [
        ("ситуация на рынке", "Эксперты", "полагают")]
    assert found("Иван Петров считает, мы должны уйти из города.") == [
        ("мы должны уйти", "Иван Петров", "считает")]


def test_a_view_after_a_dash_or_with_a_pronoun_subject():
    assert found("Ольга Петрова убеждена — страна должна уйти из города.") == [
        ("страна должна уйти", "Ольга Петрова", "убеждена")]
    assert found("Иван Петров приехал в город. Он считает, не стоит спешить с "
                 "выводами.") == [("не стоит спешить", "Иван Петров", "считает")]


def test_no_view_after_a_comma_before_a_conjunction_or_a_question_word():
    assert found("Иван Петров уверен, как и его коллеги.") == []
    assert found("Иван Петров думает, сколько денег осталось в бюджете.") == []
    assert found("Иван Петров считает, когда придёт поезд.") == []
