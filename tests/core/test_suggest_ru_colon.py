"""Russian cues found in #25's seventh session on a batch of Wikinews dev texts with
quotations set apart: verbs that bring in a quotation only before a colon (``поздравил``,
``поделился``), whichever side of the verb its subject stands. Sentences written for the
tests, each with the exact speaker expected, in the nominative."""

from __future__ import annotations

from tests.lang_kit import ru_found as found


def test_a_congratulation_before_a_colon_brings_in_the_quotation_set_apart():
    text = ("Сборная выиграла турнир.\n\nПрезидент страны Иван Петров поздравил победителей:"
            "\n\nПоздравляю вас с победой. Это большой успех.\n\nМатч прошёл в субботу.")
    assert found(text) == [("Поздравляю вас с", "Иван Петров", "поздравил")]


def test_sharing_impressions_before_a_colon_brings_in_the_quotation_set_apart():
    text = ("Команда выиграла.\n\nНападающий клуба Эдер поделился эмоциями после матча:\n\n"
            "Я просто забил. Мы чемпионы!\n\nИгра прошла в Москве.")
    assert found(text) == [("Я просто забил.", "Эдер", "поделился")]


def test_whom_one_congratulates_first_in_the_accusative_is_not_the_speaker():
    text = ("Путин поздравил артиста с юбилеем.\n\nТакже Владимира Машкова поздравил его "
            "учитель Олег Табаков:\n\nОн безусловный талант и настоящий хулиган.")
    assert found(text) == [("Он безусловный талант", "Олег Табаков", "поздравил")]


def test_a_congratulation_without_a_colon_is_no_quote():
    assert found("Иван Петров поздравил Олега Смирнова с юбилеем. Праздник прошёл в "
                 "субботу.") == []
    assert found("Иван Петров поделился впечатлениями с друзьями. Он уехал домой.") == []


def test_an_impersonal_verb_of_explaining_reports_the_document_s_owner():
    text = ("Управление внесло страну в список. В официальном заявлении организации "
            "поясняется, что эта мера связана с ухудшением ситуации.")
    assert found(text) == [("эта мера связана", "организация", "поясняется")]
    assert found("В сообщении ведомства разъясняется, что новые правила вступят в силу в "
                 "марте.") == [("новые правила вступят", "ведомство", "разъясняется")]


def test_a_post_capitalised_out_of_deference_is_a_bare_role():
    text = ("Иван Петров поздравил актёра с юбилеем.\n\nВ поздравительной телеграмме "
            "Президента, в частности, говорится:\n\nВаш талант помог Вам добиться успеха.")
    assert found(text) == [("Ваш талант помог", "Иван Петров", "говорится")]
    assert found("Иван Петров прибыл в город. По словам Президента, ситуация стабильна.") == [
        ("ситуация стабильна.", "Иван Петров", "по словам")]


def test_a_statement_on_a_site_reports_the_site_with_whose_it_is():
    text = ("Тренер ушёл в отставку. В заявлении на официальном сайте клуба говорится, что "
            "тренер принял решение сам.")
    assert found(text) == [("тренер принял решение", "сайт клуба", "говорится")]


def test_a_cue_line_after_a_colon_is_no_quotation_but_brings_in_the_next():
    text = ("Клуб объявил об отставке тренера:\n\nВ заявлении на официальном сайте московского "
            "клуба говорится:\n\nТренер принял решение о завершении работы.")
    assert found(text) == [("об отставке тренера:", "Клуб", "объявил"),
                           ("Тренер принял решение", "сайт московского клуба", "говорится")]


def test_a_greeting_before_a_colon_with_whom_it_greets_first():
    text = ("Праздник открылся в субботу.\n\nСобравшихся жителей и гостей приветствовал "
            "губернатор края Иван Петров:\n\nМиссия нашего фестиваля — показать хорошее кино.")
    assert found(text) == [("Миссия нашего фестиваля", "Иван Петров", "приветствовал")]


def test_chanting_is_saying():
    text = ("Многие участники акции, которая состоялась в среду, несли факелы и скандировали: "
            "«Мир всем!». Некоторые были в форме.")
    assert found(text) == [("«Мир всем!»", "Многие участники акции", "скандировали")]


def test_a_recommendation_with_an_infinitive_is_reported_speech():
    text = ("Начальник полиции округа Иван Петров рекомендовал правительству установить на "
            "входах рамки металлоискателей.")
    assert found(text) == [("установить на входах", "Иван Петров", "рекомендовал")]
    assert found("Критик рекомендовал этот фильм всем любителям кино и театра.") == []


def test_an_adjective_before_an_indeclinable_body_stays_with_it():
    assert found("По данным сирийских СМИ, на стороне боевиков воюют тысячи наёмников.") == [
        ("на стороне боевиков", "сирийские СМИ", "по данным")]


def test_a_capitalised_adjective_the_dictionary_also_reads_as_a_noun_is_no_head():
    assert found("В Главном управлении полиции по области подтвердили, что это был "
                 "суицид.") == [("это был суицид.", "Главное управление полиции", "подтвердили")]


def test_soglasno_a_body_named_in_capitals_or_a_bare_document():
    assert found("Согласно данным Организации Объединённых наций, с марта в море погибли около "
                 "восьмисот человек.") == [
        ("с марта в", "Организация Объединённых наций", "согласно")]
    assert found("Согласно документу, обеспечение безопасности осуществляется на договорной "
                 "основе.") == [("обеспечение безопасности осуществляется", "документ",
                                 "согласно")]


def test_soglasno_set_off_by_commas_inside_a_sentence_with_no_cue_of_its_own():
    text = ("Устройство проверили, в результате чего, согласно материалам следствия, было "
            "найдено 12 отпечатков пальцев.")
    assert found(text) == [("Устройство проверили, в", "следствие", "согласно")]
    text = ("С осени, согласно распоряжению президента Ивана Петрова, переход на летнее время "
            "отменяется, сообщает агентство ABC.")
    assert [q[1] for q in found(text)] == ["агентство ABC"]


def test_a_name_in_the_nominative_after_po_dannym_x_is_the_clause_s_subject():
    text = "По данным следствия Иван Петров, подозреваемый в краже, купил детали в магазине."
    assert found(text) == [("подозреваемый в краже,", "следствие", "по данным")]
    assert found("По словам адвоката Ивана Петрова, его клиент невиновен.") == [
        ("его клиент невиновен.", "Иван Петров", "по словам")]
