"""Russian speakers' names of several words (#25, fourth session): foreign first names the
dictionary only guesses, surnames it reads as places or organisations, particles inside a
name, a first name it knows only as a common noun, an event's name with its year, and a first
name it reads both as indeclinable and declined. Sentences written in the style of Russian
Wikinews reports, each with the exact speaker expected, in the nominative."""

from __future__ import annotations

from annotations.suggest.lang.morph_ru import first_name_like, may_be, nominative, run_case
from tests.lang_kit import ru_speakers as speakers


def test_a_guessed_first_name_keeps_a_surname_guessed_as_an_organisation():
    # the dictionary knows neither word: it guesses "Бадди" a first name, "Макгирт" a firm
    assert first_name_like("Бадди") and not first_name_like("Байдена")
    text = ("Тренер боксёра Бадди Макгирт после известия о его смерти заявил, что находится "
            "в отчаянии. Он добавил, что боксёрам нужно быть строже с медицинскими тестами.")
    assert speakers(text) == [("находится в отчаянии.", "Бадди Макгирт"),
                              ("боксёрам нужно быть", "Бадди Макгирт")]


def test_a_surname_the_dictionary_reads_as_a_city():
    text = ("Менеджер певицы Патриша Хьюстон заявила прессе: «Мы скорбим, узнав результаты "
            "тестов, но рады, что расследование завершено».")
    assert speakers(text) == [("«Мы скорбим, узнав", "Патриша Хьюстон")]


def test_three_names_after_a_guessed_first_name_are_one_person():
    text = ("«Среди погибших были женщины и дети», — сказал местный чиновник Шауста Ян "
            "Ахади.")
    assert speakers(text) == [("«Среди погибших были", "Шауста Ян Ахади")]


def test_a_first_name_the_dictionary_knows_as_a_common_noun_opens_the_name():
    text = ("«Он молодец. Браво», — заявил актер, продюсер и режиссёр Нейл Патрик Харрис, "
            "известный по роли в сериале.")
    assert speakers(text) == [("«Он молодец. Браво»", "Нейл Патрик Харрис")]


def test_a_particle_inside_a_name():
    text = ("Наследный принц Мухаммед ибн Салман заявил, что готов предоставить доступ "
            "следователям.")
    assert speakers(text) == [("готов предоставить доступ", "Мухаммед ибн Салман")]
    text = "«Мы будем помнить его музыку», — сказал дирижёр Людвиг ван Дорн."
    assert speakers(text) == [("«Мы будем помнить", "Людвиг ван Дорн")]
    text = "«Решение принято», — заявила глава Еврокомиссии Урсула фон дер Ляйен."
    assert speakers(text) == [("«Решение принято»", "Урсула фон дер Ляйен")]


def test_an_event_with_its_year_is_no_part_of_the_name_after_it():
    text = ("Олимпийская чемпионка Сочи-2014 Аделина Сотникова заявила о приостановке "
            "спортивной карьеры.")
    assert speakers(text) == [("о приостановке спортивной", "Аделина Сотникова")]


def test_a_first_name_read_as_indeclinable_is_the_declined_ones_dative():
    # "Анне": an indeclinable name to the dictionary, and Анна's dative
    assert may_be("Анне", "datv") and not may_be("Анне", "nomn")
    assert run_case(["Анне", "Никифоровой"]) == "datv"
    assert nominative(["Анне", "Никифоровой"], "datv") == ["Анна", "Никифорова"]
    text = ("Автомобиль принадлежит её коллеге — Анне Никифоровой, которая сообщила "
            "следующее:\n«Это моя лучшая подруга. Мы хорошо знакомы друг с другом».")
    assert speakers(text) == [("«Это моя лучшая", "Анна Никифорова")]


def test_a_surname_the_dictionary_knows_only_as_a_common_nouns_oblique_form():
    # "Басу" is a dative of "бас" to the dictionary: after a first name, a surname
    text = ("Глава контртеррористического подразделения Скотланд-Ярда Нил Басу прокомментировал "
            "находку:\n\nЭто, безусловно, важный и позитивный сдвиг.")
    assert speakers(text) == [("Это, безусловно, важный", "Нил Басу")]


def test_a_first_name_the_dictionary_does_not_decline_takes_the_surnames_case():
    # "Эда" is only a woman's nominative to the dictionary; "Гонсалеса" cannot be one
    assert run_case(["Эда", "Гонсалеса"]) == "gent"
    assert nominative(["Эда", "Гонсалеса"], "gent") == ["Эд", "Гонсалес"]
    assert run_case(["Виталий", "Милонов"]) == "nomn"


def test_a_middle_initial_inside_a_name():
    text = "Сценарист Дэвид О. Расселл заявил, что фильм выйдет в прокат осенью."
    assert speakers(text) == [("фильм выйдет в", "Дэвид О. Расселл")]
