"""Russian sources named in a cue (#25, fourth session): ``думает, что``, ``Как отмечается в
материалах X``, ``ссылаясь на его семью``, ``со ссылкой на данные X`` before the verb, a body
that heads the genitive person after it (``по данным сайта президента``), and the one
answered (``ответил Суркову``), who is no speaker. Texts written in the style of Russian
Wikinews reports, each with the exact speaker expected, in the nominative."""

from __future__ import annotations

from annotations.suggest.lang.ru import find_quotes_ru


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(the quote's first three words, its speaker, its cue) for every quote found."""
    return [(" ".join(text[q.start:q.end].split()[:3]), q.speaker, q.cue)
            for q in find_quotes_ru(text)]


def test_dumat_chto_reports_an_opinion():
    text = ("Лидер московского отделения федерации Сергей Канаев думает, что в нынешней Думе "
            "мало что изменится.")
    assert found(text) == [("в нынешней Думе", "Сергей Канаев", "думает")]


def test_kak_otmechaetsya_v_materialah_names_whose_they_are():
    text = ("Вчера банк не сумел разместить облигации. Как отмечается в материалах банка: "
            "«Количество фактически размещенных ценных бумаг: 0 (ноль) штук».")
    assert found(text) == [("«Количество фактически размещенных", "банк", "отмечается")]


def test_ssylayas_na_his_family_is_the_family():
    text = ("Вчера в возрасте 90 лет во Франции умер шведский актёр Карл Линдберг. Об этом "
            "сообщила BBC News, ссылаясь на его семью.")
    assert found(text) == [("Вчера в возрасте", "семья", "сообщила")]


def test_so_ssylkoy_na_dannye_before_the_verb():
    text = ("В октябре СМИ со ссылкой на данные рейтингового агентства Fitch сообщили о том, "
            "что крупные заемщики банка имеют признаки аффилированности.")
    assert found(text) == [("крупные заемщики банка", "рейтинговое агентство Fitch",
                            "сообщили")]


def test_a_body_heads_the_person_in_the_genitive_after_it():
    text = ("Президент Владимир Путин подписал указ об отставке. По данным сайта президента "
            "России, чиновник родился в селе Солнцеве.")
    assert found(text) == [("чиновник родился в", "сайт президента России", "по данным")]
    # the post itself still speaks
    text = "По словам пресс-секретаря президента, встреча пройдет в среду."
    assert found(text) == [("встреча пройдет в", "пресс-секретарь президента", "по словам")]


def test_the_one_answered_in_the_dative_is_no_speaker():
    text = ("Вице-премьер Владислав Сурков раскритиковал работу следователей.\n\nВ ответ "
            "Владимир Маркин опубликовал статью в «Известиях», где жёстко ответил Суркову:\n\n"
            "Нужно заметить, что нынче у менеджеров новая мода.")
    assert found(text) == [("Нужно заметить, что", "Владимир Маркин", "ответил")]


def test_po_ih_slovam_is_the_group_that_spoke_last():
    text = ("Представители армии Египта подтвердили факт задержания президента страны. По их "
            "словам, задержание носит превентивный характер.")
    assert found(text) == [("факт задержания президента", "Представители армии Египта",
                            "подтвердили"),
                           ("задержание носит превентивный", "Представители армии Египта",
                            "по их словам")]


def test_soobshchil_o_with_a_number():
    text = "Местные СМИ сообщают об около 300 выданных ордерах на арест сторонников президента."
    assert found(text) == [("об около 300", "Местные СМИ", "сообщают")]
    text = "Следственный комитет сообщил о 13 погибших и 50 пострадавших."
    assert found(text) == [("о 13 погибших", "Следственный комитет", "сообщил")]


def test_a_name_in_marks_keeps_its_marks_in_a_role():
    text = ("Ранее эту же информацию сообщал представитель движения «Братья-мусульмане»: "
            "«Президента изолировали от его помощников».")
    assert found(text) == [("«Президента изолировали от", "представитель движения "
                            "«Братья-мусульмане»", "сообщал")]


def test_a_statement_with_no_owner_is_the_previous_sentences_subjects():
    text = ("Представители аэроклуба «АвиаСервис» выразили свои соболезнования родственникам "
            "погибших. В заявлении, в частности, говорится: «Мы все скорбим и соболезнуем "
            "родным».")
    assert found(text) == [("«Мы все скорбим", "Представители аэроклуба «АвиаСервис»",
                            "говорится")]


def test_the_document_a_sentence_opens_with_and_an_aside_after_it():
    text = ("В заявлении МВД, опубликованном в Facebook, говорится, что в результате взрыва "
            "был ранен депутат. В заявлении также говорится, что погибший полицейский был "
            "охранником депутата.")
    assert found(text) == [("в результате взрыва", "МВД", "говорится"),
                           ("погибший полицейский был", "МВД", "говорится")]


def test_skazano_before_a_quotation_set_apart():
    text = "В аннотации к книге сказано:\n\nНаши дни с утра до вечера наполнены делами."
    assert found(text) == [("Наши дни с", "аннотация", "сказано")]


def test_po_mneniyu_before_a_dash_and_otverg():
    text = ("В апреле вышла книга Юлии Сырых. По мнению автора\u00a0— это классические "
            "«педагогические» стихи.")
    assert found(text) == [("это классические «педагогические»", "автор", "по мнению")]
    text = ("Пресс-секретарь президента Дмитрий Песков отверг обвинения о причастности России "
            "к взрыву.")
    assert found(text) == [("обвинения о причастности", "Дмитрий Песков", "отверг")]
