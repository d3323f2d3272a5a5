"""Russian speakers' names and roles (#25, session 11), each on short invented sentences with
the exact speaker expected: aliases, genitive chains and representatives, foreign, East Asian
and monarchs' names, particles, names in oblique cases, posts with constituencies, places or
dates, bodies and their press services, blogs and abbreviations."""

from __future__ import annotations

from annotations.suggest.lang.morph_ru import nominative
from tests.lang_kit import ru_speakers as speakers


def test_an_alias_after_kak_is_no_speaker():
    text = ("Отец певца Ивана Соколова, более известного как Сокол, сообщил о смерти "
            "артиста.")
    assert speakers(text) == [("о смерти артиста.", "Отец певца Ивана Соколова")]


def test_a_name_after_a_persons_noun_in_the_genitive_depends_on_it():
    # (an adjectival surname, whose genitive a verb's gender must not make a subject)
    text = "В 2019 году отец футболиста Петра Соколовского сообщил, что его сын здоров."
    assert speakers(text) == [("его сын здоров.", "отец футболиста Петра Соколовского")]


def test_a_representative_of_a_person_of_the_other_gender():
    text = ("Актриса Анна Мартен снялась в новом фильме. Представитель Мартен сообщил, что "
            "съёмки закончились в мае.")
    assert speakers(text) == [("съёмки закончились в", "Представитель Мартен")]


def test_a_foreign_name_after_a_role_with_a_surname_no_dictionary_knows():
    text = ("Певица выступила перед президентом Петром Ивановым. «Это позор», — заявил "
            "председатель комитета защиты животных (Animal Rights Committee) Тор Брандквист "
            "(Thor Brandqvist). «Куда она поедет дальше?» — продолжил он.")
    assert speakers(text) == [("«Это позор»", "Тор Брандквист"),
                              ("«Куда она поедет", "Тор Брандквист")]


def test_after_posle_togo_kak_the_subject_still_speaks():
    # "того" before "как" is a pronoun, no alias's participle
    text = ("Снимок был сделан весной, после того как президент страны Иван Петров объявил о "
            "скорой отставке правительства.")
    assert speakers(text) == [("о скорой отставке", "Иван Петров")]


def test_a_post_with_its_constituency_and_no_later_member_of_a_group():
    text = ("В понедельник депутат от Самары объявил, что намерен выдвинуться в губернаторы. "
            "Ивану Петрову 44 года. Среди других кандидатов — депутаты Олег Смирнов и Павел "
            "Орлов.")
    assert speakers(text) == [("намерен выдвинуться в", "депутат от Самары")]


def test_a_long_name_after_ot_is_not_cut_in_two():
    text = ("Как заявили наблюдатели от Организации по безопасности в Европе, выборы прошли "
            "честно.")
    assert speakers(text) == [("выборы прошли честно.", "наблюдатели")]


def test_an_outlets_name_opening_with_digits():
    assert speakers("Он женился в прошлом году, сообщает газета 5Вечер.") == [
        ("Он женился в", "газета 5Вечер")]


def test_a_name_in_apposition_after_a_post_ending_in_a_place():
    text = "«Такое бывает редко», сказал директор музея и историк из Мирного, Павел Орлов."
    assert speakers(text) == [("«Такое бывает редко»", "Павел Орлов")]


def test_news_agencies_in_one_word_speak():
    text = "Российские информагентства сообщают, что после подсчёта голосов побеждает Иван Петров."
    assert speakers(text) == [("после подсчёта голосов", "Российские информагентства")]


def test_a_monarchs_name_no_dictionary_has_before_his_number():
    text = ("Король Абвгди IV объявил о переименовании страны (New Name), что на местном языке "
            "означает «земля предков».")
    assert speakers(text) == [("о переименовании страны", "Абвгди IV")]


def test_an_abbreviation_that_reads_as_a_verb_stays_in_the_document():
    # "МОК" in lower case would be a verb ("мокнуть"); an abbreviation is the body's name
    text = ("«Спортсменка должна была сдать анализ», – переводит официальное заявление МОК "
            "по этому делу британская газета.")
    assert speakers(text) == [("«Спортсменка должна была", "официальное заявление МОК")]


def test_a_name_joined_by_particles_some_spelled_capitalised():
    text = ("Глава государства шейх Хамдан бен Зайед Аль Нахайян, выступая по телевидению, "
            "объявил, что уходит в отставку ради своего сына.")
    assert speakers(text) == [("уходит в отставку", "Хамдан бен Зайед Аль Нахайян")]


def test_a_name_in_a_prepositional_phrase_before_a_verb_keeps_its_case():
    text = ("Прокуратура просит ограничить свободу бизнесмена Олега Смирнова. Смирнов говорит, "
            "что процесс является местью. Суд над 53-летним Смирновым начался в мае.")
    assert speakers(text) == [("процесс является местью.", "Олег Смирнов")]


def test_a_name_before_ne_and_its_verb_is_the_subject_a_pronoun_means():
    text = ("Накануне Олег Смирнов дал сопернику пощёчину. Впрочем, Петров не собирался "
            "выяснять отношения. Он сказал, что ответит на ринге.")
    got = speakers("Иван Петров вышел на ринг. " + text)
    assert got == [("ответит на ринге.", "Иван Петров")]


def test_some_of_a_group_keeps_its_quantifier():
    text = "Некоторые французские политологи утверждали, что он развязал грязную кампанию."
    assert speakers(text) == [("он развязал грязную", "Некоторые французские политологи")]


def test_a_persons_blog_speaks_for_them():
    text = ("Как сообщает официальный блог создателя антивируса Ивана Петрова, полиция "
            "арестовала миллионера на границе.")
    assert speakers(text) == [("полиция арестовала миллионера",
                               "официальный блог создателя антивируса Ивана Петрова")]


def test_a_press_service_of_an_officials_post_speaks():
    text = ("Президент назначил супругу первым вице-президентом, сообщает пресс-служба главы "
            "государства.")
    assert speakers(text) == [("Президент назначил супругу", "пресс-служба главы государства")]


def test_a_date_before_the_subject_and_a_bodys_name_joined_by_i():
    text = ("20 марта 2013 года Норвежская академия наук и литературы объявила о присуждении "
            "премии математику.")
    assert speakers(text) == [("о присуждении премии", "Норвежская академия наук и литературы")]


def test_an_east_asian_name_of_short_syllables():
    assert speakers("Президент страны Пак Мин Хо также предложила соседям открыть парк "
                    "мира.") == [("открыть парк мира.", "Пак Мин Хо")]
    assert speakers("Выступая перед народом, Аун Тин Су Чжо заявила, что не стоит терять "
                    "надежду.") == [("не стоит терять", "Аун Тин Су Чжо")]


def test_a_foreign_name_in_i_no_dictionary_has_does_not_decline():
    assert nominative(["Роухани"], "gent") == ["Роухани"]
    assert nominative(["Анджелины", "Джоли"], "gent") == ["Анджелина", "Джоли"]
    assert nominative(["Марии"], "gent") == ["Мария"]  # a name the dictionary has declines


def test_a_place_inside_a_post_before_the_name():
    text = ("Как сообщает куратор музея Чехова в Ялте Иван Петров (Ivan Petrov), в этом году "
            "музей посетили 55 тысяч человек.")
    assert speakers(text) == [("в этом году", "Иван Петров")]


def test_two_named_together_before_a_plural_verb_speak_together():
    text = ("Депутаты Думы Олег Смирнов и Иван Петров предложили ввести уголовную "
            "ответственность за пропаганду.")
    assert speakers(text) == [("ввести уголовную ответственность",
                               "Депутаты Думы Олег Смирнов и Иван Петров")]


def test_several_sources_with_their_dependents():
    assert speakers("Несколько близких к семье источников сообщают, что бизнесмен уехал из "
                    "страны.") == [("бизнесмен уехал из", "Несколько близких к семье источников")]
