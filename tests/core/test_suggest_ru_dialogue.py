"""Russian dialogue with dashes (#25's session 14): the one who asks is no one who answered.
Invented text, exact speakers."""

from __future__ import annotations

from tests.lang_kit import ru_speakers as speakers


def test_a_bare_journalist_asking_is_not_the_one_who_answered():
    text = ("Журналист спросил министра о реформе.\n"
            "— Реформа будет продолжена, несмотря ни на что, — ответил Иван Петров.\n"
            "— А сроки? — уточнил журналист.\n"
            "— Сроки пока не определены, — сказал министр.")
    assert speakers(text) == [("— Реформа будет", "Иван Петров"),
                              ("— А сроки?", "журналист"),
                              ("— Сроки пока", "Иван Петров")]


def test_a_pronoun_with_no_named_person_of_its_gender_stands_for_a_common_noun_before():
    text = ("Прокурор Иван Петров рассказал о деле. В день нападения обвиняемый отправил жене "
            "десять сообщений. Она ответила: «Только суд будет судить тебя». После этого он "
            "купил нож.")
    assert speakers(text) == [("«Только суд будет", "жена")]
    # no noun of her gender in the sentence before: no speaker, no quote
    assert speakers("Суд отклонил иск. Она заявила, что обжалует решение.") == []


def test_a_trailing_verb_of_continuing_with_its_subject_alone_is_a_cue():
    text = "У больного отказали почки и печень, продолжает издание."
    assert speakers(text) == [("У больного отказали", "издание")]
    # not an action going on: "продолжает работу штаб", "продолжает падать рубль"
    assert speakers("Спасатели работают на месте обрушения дома, продолжает работу "
                    "штаб.") == []
    assert speakers("Цены на нефть в понедельник снизились на три процента, продолжает "
                    "падать рубль.") == []


def test_a_latin_name_after_a_preposition_and_a_singular_verb_is_where_one_said_it():
    text = ("Актёр Сергей Петров стал отцом. Об этом в субботу Сергей сообщил в Instagram:\n"
            "Сын! Я снова был рядом.")
    assert speakers(text)[-1] == ("Сын! Я снова", "Сергей Петров")
    # a plural verb's body after "в" speaks
    text = "Сделка будет закрыта в марте, сообщили в Х5 Retail Group."
    assert speakers(text) == [("Сделка будет закрыта", "Х5 Retail Group")]


def test_a_role_introduced_by_odin_is_someone_new_not_the_last_speaker():
    text = ("Режиссёр Иван Петров, по его мнению, должен сначала выбрать актёра.\n"
            "Один агент сказал о кастинге:\n"
            "Бардак, а не прослушивание.")
    assert speakers(text)[-1] == ("Бардак, а не", "агент")
