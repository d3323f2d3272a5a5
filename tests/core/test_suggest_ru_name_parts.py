"""Russian speakers' names, #25's session 14: every part of a name kept, each part in the
nominative that fits a person. Invented sentences in the style of Russian news reports, each
with the exact speaker expected."""

from __future__ import annotations

from annotations.suggest.lang.morph_ru import nominative
from tests.lang_kit import ru_speakers as speakers


def test_an_adjectival_surname_takes_the_persons_gender_not_the_neuter():
    # "Тонкого": the genitive of a masculine and of a neuter adjective alike
    assert nominative(["Евгения", "Тонкого"], "gent") == ["Евгений", "Тонкий"]
    assert nominative(["Тонкому"], "datv") == ["Тонкий"]
    text = "По словам эксперта Евгения Тонкого, решение суда будет обжаловано."
    assert speakers(text) == [("решение суда будет", "Евгений Тонкий")]
    text = "Газета приводит слова адвоката Петра Гладкого, что иск уже подан."
    assert speakers(text) == [("иск уже подан.", "Петр Гладкий")]


def test_a_name_word_read_only_as_a_short_adjective_opens_a_three_word_name():
    # "Кари": a short adjective to the dictionary, so no genitive another name depends on
    text = "«Мы не отступим», — заявил представитель движения Кари Юсеф Ахмади."
    assert speakers(text) == [("«Мы не отступим»", "Кари Юсеф Ахмади")]
    text = "По словам пресс-секретаря движения Кари Юсефа Ахмади, переговоры прерваны."
    assert speakers(text) == [("переговоры прерваны.", "Кари Юсеф Ахмади")]
    # a surname in the genitive before another's first name still depends on the role
    text = "«Мы не отступим», — заявил пресс-секретарь Путина Дмитрий Песков."
    assert speakers(text) == [("«Мы не отступим»", "Дмитрий Песков")]


def test_a_word_in_a_consonant_after_a_mans_genitive_name_opens_another_name():
    # "Виктора Януковича" is genitive; "Кернес" would decline ("Кернеса") if it were his
    text = ("После отъезда из страны Виктора Януковича Кернес стал одним из лидеров движения. "
            "Позже Кернес вернулся в город, заявив о верности своим избирателям.")
    assert speakers(text) == [("о верности своим", "Кернес")]
    text = "По словам министра Жана Поля Картье, страна готова к переговорам."
    assert speakers(text) == [("страна готова к", "Жан Поль Картье")]


def test_a_womans_first_name_in_an_oblique_case_before_her_undeclined_surname():
    # "Волк": her surname does not decline, and it is no genitive of the noun "волк"
    text = "По словам официального представителя МВД Ирины Волк, задержаны трое подозреваемых."
    assert speakers(text) == [("задержаны трое подозреваемых.", "Ирина Волк")]
    assert nominative(["Ирине", "Шевчук"], "datv") == ["Ирина", "Шевчук"]


def test_two_first_names_and_a_surname_in_an_oblique_case_are_one_person():
    text = "По словам министра Мохаммеда Джавада Зарифа, переговоры продолжатся в марте."
    assert speakers(text) == [("переговоры продолжатся в", "Мохаммед Джавад Зариф")]
    # her surname in a consonant does not decline, and it ends her name
    text = "По словам тренера команды Марии Луизы Гонсалес, игроки готовы к матчу."
    assert speakers(text) == [("игроки готовы к", "Мария Луиза Гонсалес")]
    # a man's nominative name after hers is another person's, whom the role is
    text = "Адвокат Марии Иван Петров заявил, что иск будет подан в марте."
    assert speakers(text) == [("иск будет подан", "Иван Петров")]
    text = "По словам пресс-секретаря Владимира Путина Дмитрия Пескова, доклад получен."
    assert speakers(text) == [("доклад получен.", "Дмитрий Песков")]
