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


def test_a_lone_name_with_its_role_before_a_colon_speaks_the_quotation():
    assert found("Глава ведомства Иван Петров: «Бюджет выдержит новые расходы».") == [
        ("«Бюджет выдержит новые", "Иван Петров", ":")]


def test_a_reply_s_noun_and_whose_it_is_before_a_colon():
    assert found("Ответ Ивана Петрова был краток: «Бюджет выдержит новые расходы».") == [
        ("«Бюджет выдержит новые", "Иван Петров", "Ответ")]
    assert found("Иван Петров пришёл в студию. Его ответ был краток: «Бюджет выдержит новые "
                 "расходы».") == [("«Бюджет выдержит новые", "Иван Петров", "ответ")]


def test_a_verb_and_the_words_it_is_put_in_before_a_colon():
    assert found("Иван Петров отшучивается словами: «Бюджет выдержит новые расходы».") == [
        ("«Бюджет выдержит новые", "Иван Петров", "отшучивается")]
    assert found("Ольга Петрова отреагировала так: «Бюджет выдержит новые расходы».") == [
        ("«Бюджет выдержит новые", "Ольга Петрова", "отреагировала")]


def test_no_speaker_before_a_colon_that_names_no_one():
    assert found("Ситуация выглядит так: «Бюджет выдержит новые расходы».") == []
    assert found("Ответ на вопрос прост: «Бюджет выдержит новые расходы».") == []


def test_an_east_asian_name_of_longer_syllables_stays_one_name():
    assert found("Премьер-министр Нгуен Ван Тхань заявил, что страна готова к "
                 "переговорам.") == [("страна готова к", "Нгуен Ван Тхань", "заявил")]
    assert found("Тран Дай Куанг сказал, что страна готова к переговорам.") == [
        ("страна готова к", "Тран Дай Куанг", "сказал")]
    assert found("Пак Кын Хе заявила, что страна готова к переговорам.") == [
        ("страна готова к", "Пак Кын Хе", "заявила")]


def test_an_east_asian_name_ending_in_a_lone_vowel_syllable():
    assert found("Министр Ван И заявил, что страна готова к переговорам.") == [
        ("страна готова к", "Ван И", "заявил")]
    assert found("Президент Нгуен Ван А сказал, что страна готова к переговорам.") == [
        ("страна готова к", "Нгуен Ван А", "сказал")]


def test_only_the_last_syllable_of_an_east_asian_name_declines():
    assert found("По словам Ким Чен Ына, страна готова к переговорам.") == [
        ("страна готова к", "Ким Чен Ын", "по словам")]
    assert found("По словам Нгуен Ван Тханя, страна готова к переговорам.") == [
        ("страна готова к", "Нгуен Ван Тхань", "по словам")]
    assert found("По мнению Мун Чжэ Ина, страна готова к переговорам.") == [
        ("страна готова к", "Мун Чжэ Ин", "по мнению")]
