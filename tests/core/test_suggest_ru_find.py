"""Russian quotes the finder missed on the NEREL Wikinews dev texts (#25, session 14):
general cues and forms, each test on sentences written for it, with the exact span,
speaker and cue expected."""

from __future__ import annotations

from annotations.suggest.lang import finder_language, script_language
from annotations.suggest.lang.ru import find_quotes_ru


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(the exact span, its speaker, its cue) of every quote the Russian finder finds."""
    return [(text[q.start:q.end], q.speaker, q.cue) for q in find_quotes_ru(text)]


def test_a_wiki_links_words_are_read_without_its_address():
    text = ("Корреспондент телеканала [https://example.org/news/1.html сообщает], что "
            "пострадавшие — родственники погибшего.")
    assert found(text) == [("пострадавшие — родственники погибшего.",
                            "Корреспондент телеканала", "сообщает")]
    text = ("Президент подписал закон о бюджете на следующий год, "
            "[http://example.org/doc?id=57479 сообщается] на сайте правительства.")
    assert found(text) == [("Президент подписал закон о бюджете на следующий год",
                            "сайт правительства", "сообщается")]


def test_a_date_set_off_after_a_trailing_cue_is_no_clause_of_its_own():
    text = ("Известный журналист застрелен неизвестным на улице, сообщили в пятницу, "
            "5 марта 2015 года, турецкие СМИ.")
    assert found(text) == [("Известный журналист застрелен неизвестным на улице",
                            "турецкие СМИ", "сообщили")]
    text = ("Бывший президент страны был убит, подтвердила в понедельник, 4 декабря 2017 "
            "года, партия.")
    assert found(text) == [("Бывший президент страны был убит", "партия", "подтвердила")]


def test_a_time_after_a_plural_cue_is_no_body():
    text = "Все пострадавшие доставлены в больницу, сообщили в воскресенье представители полиции."
    assert found(text) == [("Все пострадавшие доставлены в больницу",
                            "представители полиции", "сообщили")]


def test_a_time_before_the_subject_is_no_part_of_it():
    text = "Во вторник Белый дом объявил, что посол будет назначен до конца месяца."
    assert found(text) == [("посол будет назначен до конца месяца.", "Белый дом", "объявил")]
    text = "В четверг Кремль объявил об увольнении начальника управления."
    assert found(text) == [("об увольнении начальника управления.", "Кремль", "объявил")]
    text = "На прошлой неделе Иван Петров заявил, что реформа будет продолжена."
    assert found(text) == [("реформа будет продолжена.", "Иван Петров", "заявил")]


def test_during_an_event_the_subject_after_it_speaks():
    text = "Во время допроса задержанный заявил, что хотел привлечь внимание к проблеме."
    assert found(text) == [("хотел привлечь внимание к проблеме.", "задержанный", "заявил")]


def test_words_brought_by_an_outlet_are_the_persons_named_after_them():
    text = ("Газета приводит слова адвоката Ивана Петрова, что он готов потребовать "
            "компенсации.")
    assert found(text) == [("он готов потребовать компенсации.", "Иван Петров", "приводит")]
    text = ("Иранские СМИ привели слова Рухани о том, что переговоры «зашли в тупик» "
            "по вине соседей.")
    assert found(text) == [("переговоры «зашли в тупик» по вине соседей.", "Рухани",
                            "привели")]
    text = "Газета приводит слова бывшего сотрудника компании, что отчёт был подделан."
    assert found(text) == [("отчёт был подделан.", "бывший сотрудник компании", "приводит")]


def test_bringing_an_example_is_no_cue():
    assert found("Автор привёл пример того, что реформа не работает.") == []


def test_a_bare_bodys_noun_stands_for_the_body_its_sentence_opened_with():
    text = ("Роскомнадзор подал иск в суд о блокировке мессенджера, говорится в сообщении "
            "ведомства.")
    assert found(text) == [("Роскомнадзор подал иск в суд о блокировке мессенджера",
                            "Роскомнадзор", "говорится")]


def test_an_adjective_between_po_and_its_noun():
    text = "По первоначальным словам девушки, она везла лекарства для личных целей."
    assert found(text) == [("она везла лекарства для личных целей.", "девушка",
                            "по первоначальным словам")]
    text = ("Суд приговорил Ивана Петрова к трём годам. По его собственному заявлению, "
            "его клиентами стали тысячи частных лиц.")
    assert found(text) == [("его клиентами стали тысячи частных лиц.", "Иван Петров",
                            "по его собственному заявлению")]
    text = "По предварительным данным МЧС, погибли пять человек."
    assert found(text) == [("погибли пять человек.", "МЧС", "по предварительным данным")]
    text = "По утверждениям чиновников, уведомление было отправлено."
    assert found(text) == [("уведомление было отправлено.", "чиновники", "по утверждениям")]


def test_an_adjective_after_po_with_no_source_is_no_quote():
    assert found("По предварительным данным, погибли пять человек.") == []
    assert found("По моему мнению, это ошибка всей команды.") == []


def test_his_words_inside_a_sentence_are_its_subjects():
    text = ("Марк Чэпмен застрелил Джона Леннона. Мотивом преступления Чэпмен позже назвал "
            "желание прославиться, или, по его собственным словам, «похитить славу».")
    assert found(text)[-1] == (
        "Мотивом преступления Чэпмен позже назвал желание прославиться, или, по его "
        "собственным словам, «похитить славу».", "Марк Чэпмен", "по его собственным словам")


def test_verbs_of_dubbing_are_verbs_of_naming():
    text = "Церемонию в центре города пресса уже окрестила «свадьбой века»."
    assert found(text) == [("«свадьбой века»", "пресса", "окрестила")]


def test_more_kinds_of_bodies_speak():
    text = "В епархии сообщили, что автобус вёз паломников с крестного хода."
    assert found(text) == [("автобус вёз паломников с крестного хода.", "епархия",
                            "сообщили")]
    text = "В лаборатории сочли, что картина болезни не соответствовала отравлению."
    assert found(text) == [("картина болезни не соответствовала отравлению.", "лаборатория",
                            "сочли")]


def test_a_russian_text_naming_someone_in_japanese_stays_russian():
    text = ("В больнице скончался Дзироэмон Кимура (きむら じろうえもん, 木村 次郎右衛門), "
            "старейший житель Земли. " * 3)
    assert script_language(text) == "ru"
    assert finder_language(text, "ru") == "ru"
    assert script_language("外交部の報道官は記者会見で述べた。") == "ja"


def test_words_in_marks_further_after_a_verb_of_naming():
    text = ("Премьер-министр Иван Петров назвал решение актёра о переезде в Бельгию «жалким "
            "поступком».")
    assert found(text) == [("«жалким поступком»", "Иван Петров", "назвал")]


def test_a_prepositional_phrase_before_the_subject_of_a_verb_of_naming():
    text = "В своём фейсбук-аккаунте Ивоби назвал главу партии «великим лидером»."
    assert found(text) == [("«великим лидером»", "Ивоби", "назвал")]


def test_describing_as_in_marks_is_the_subjects():
    text = "Анна Петрова описывала своё жилище как «светлое, с прекрасным видом на реку»."
    assert found(text) == [("«светлое, с прекрасным видом на реку»", "Анна Петрова",
                            "описывала")]


def test_describing_in_a_title_is_no_quote():
    text = "Этих симптомов Иван Петров подробно описал в «Исчезновении мужчин»."
    assert found(text) == []


def test_a_gerund_of_declaring_with_what_was_declared_after_o():
    text = "Иван Петров вернулся в город, заявив о приверженности единству страны."
    assert found(text) == [("о приверженности единству страны.", "Иван Петров", "заявив")]


def test_expressing_fears_and_asking_are_cues():
    text = "Адвокаты Ивана Петрова выражали опасения, что его отправят в другую тюрьму."
    assert found(text) == [("его отправят в другую тюрьму.", "Адвокаты Ивана Петрова",
                            "выражали")]
    text = "Тогда министр спросил у одной из девочек: «Как поплавали?»"
    assert found(text) == [("«Как поплавали?»", "министр", "спросил")]


def test_a_cue_set_off_inside_the_sentence_before_what_was_said():
    text = ("Из этих цифр следует, отмечает министерство, что в воскресенье в больницах "
            "умерли 367 человек.")
    assert found(text) == [(text, "министерство", "отмечает")]


def test_a_statement_issued_about_what_was_said():
    text = ("16 февраля 2019 года Ватикан опубликовал заявление о том, что священник лишён "
            "сана.")
    assert found(text) == [("священник лишён сана.", "Ватикан", "заявление")]
    text = "Иван Петров сделал заявление о том, что уходит в отставку."
    assert found(text) == [("уходит в отставку.", "Иван Петров", "заявление")]


def test_others_reports_named_by_a_speaker_are_not_hers():
    text = ("По словам агента, актриса назвала бредом сообщения о том, что она находится в "
            "реанимации.")
    assert found(text) == [(text[len("По словам агента, "):], "агент", "по словам")]


def test_a_first_person_paragraph_after_a_colon_is_the_named_subjects():
    text = ("Певица Анна Петрова присоединилась к поздравлениям:\n\nМои поздравления подруге! "
            "Желаю её сыну счастливой жизни!")
    assert found(text) == [("Мои поздравления подруге! Желаю её сыну счастливой жизни!",
                            "Анна Петрова", ":")]
    text = ("В своём послании Иван Петров не стеснялся в высказываниях:\n\nКто вы такой, "
            "чтобы судить меня? Я отдаю вам свой паспорт.")
    assert found(text) == [("Кто вы такой, чтобы судить меня? Я отдаю вам свой паспорт.",
                            "Иван Петров", ":")]


def test_a_colon_after_no_person_before_a_first_person_paragraph_is_no_cue():
    text = "Треклист состоит из 9 песен:\n\nЛадони Я танцую сам с собой Грустно Неважно"
    assert found(text) == []
    text = ("Сделка нашла одобрение министра:\n\nЭто хорошая сделка, которая нужна для нашей "
            "экономики.")
    assert found(text) == []
