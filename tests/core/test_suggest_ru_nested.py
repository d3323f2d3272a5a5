"""Russian quotes in marks inside reported speech with more than one source named in the
sentence (#25's eighth session): an outlet that reports another's words, and the one whose
words they are. Sentences written for the tests, each with the exact speaker expected."""

from __future__ import annotations

from tests.lang_kit import ru_found as found


def test_an_outlet_reporting_one_with_a_cue_of_his_own_gives_him_the_words():
    text = "Как передаёт агентство, министр Иван Петров заявил, что реформа «будет продолжена»."
    assert found(text) == [("реформа «будет продолжена».", "Иван Петров", "заявил")]
    text = "Как пишет газета, Анна Кузнецова призналась, что «не ожидала такого результата»."
    assert found(text) == [("«не ожидала такого", "Анна Кузнецова", "призналась")]
    text = "Как сообщает агентство Reuters, Олег Смирнов отметил, что переговоры «зашли в тупик»."
    assert found(text) == [("переговоры «зашли в", "Олег Смирнов", "отметил")]


def test_an_outlet_reporting_a_subject_with_no_cue_of_its_own_keeps_the_words():
    text = ("Как рассказал президент Иван Петров, врачи объяснили ему невозможность встречи "
            "тем, что он нуждается в покое.")
    assert found(text) == [("врачи объяснили ему", "Иван Петров", "рассказал")]
    assert found("Как сообщает агентство, министр Иван Петров уехал в отпуск.") == [
        ("министр Иван Петров", "агентство", "сообщает")]


def test_a_participle_of_saying_after_a_name_speaks_for_it():
    text = ("Иван Петров подал в отставку. Его решение прокомментировал Олег Смирнов, "
            "отметивший, что Петров «сделал правильный выбор».")
    assert found(text) == [("Петров «сделал правильный", "Олег Смирнов", "отметивший")]
    text = "Этот вывод подтвердила и Анна Кузнецова, заявившая, что реформа «идёт по плану»."
    assert found(text) == [("реформа «идёт по", "Анна Кузнецова", "заявившая")]


def test_a_participle_of_another_verb_after_a_name_is_no_cue():
    assert found("Иван Петров, узнавший, что его уволили, уехал из города.") == []


def test_a_statement_named_by_a_pronoun_reports_whoever_issued_it():
    text = ("Партия «Яблоко» распространила заявление. В нём говорится, что выборы «были "
            "нечестными».")
    assert found(text) == [("выборы «были нечестными».", "Партия «Яблоко»", "говорится")]
    text = "Иван Петров опубликовал открытое письмо. В нём говорится, что реформа «провалилась»."
    assert found(text) == [("реформа «провалилась».", "Иван Петров", "говорится")]
    text = ("Президент подписал поручение. В нём говорится, что министерство должно "
            "подготовить доклад.")
    assert found(text) == [("министерство должно подготовить", "поручение", "говорится")]


def test_a_foreign_name_no_dictionary_knows_opening_the_sentence_stays_whole():
    assert found("Жаир Болсонару заявил журналистам, что страна «не отступит».") == [
        ("страна «не отступит».", "Жаир Болсонару", "заявил")]
    assert found("Президент Нарендра Моди заявил, что страна «не отступит».") == [
        ("страна «не отступит».", "Нарендра Моди", "заявил")]


def test_a_first_name_the_dictionary_knows_only_as_a_thing_stays_with_the_surname():
    assert found("Мэр столицы Садик Хан заявил, что город «не будет запуган».") == [
        ("город «не будет", "Садик Хан", "заявил")]
    assert found("Лидер страны Си Цзиньпин заявил, что страна «не отступит».") == [
        ("страна «не отступит».", "Си Цзиньпин", "заявил")]


def test_a_body_s_genitive_before_a_name_stays_out_of_it():
    text = ("Спикер Национальной Ассамблеи Диосдадо Кабельо заявил, что страна «не "
            "отступит».")
    assert found(text) == [("страна «не отступит».", "Диосдадо Кабельо", "заявил")]


def test_an_east_asian_name_of_syllables_opening_the_sentence_stays_whole():
    assert found("Ким Чен Ын заявил, что страна «не отступит».") == [
        ("страна «не отступит».", "Ким Чен Ын", "заявил")]
    assert found("Мун Чжэ Ин заявил журналистам, что страна «не отступит».") == [
        ("страна «не отступит».", "Мун Чжэ Ин", "заявил")]


def test_a_body_s_name_in_marks_is_no_person_after_it():
    text = ("Организация «Врачи без границ» заявила, что больница «была полностью "
            "разрушена».")
    assert found(text) == [("больница «была полностью", "Организация «Врачи без границ»",
                            "заявила")]


def test_a_name_of_syllables_whose_first_is_a_common_noun_opening_the_sentence():
    assert found("Пан Ги Мун заявил журналистам, что страна «не отступит».") == [
        ("страна «не отступит».", "Пан Ги Мун", "заявил")]
