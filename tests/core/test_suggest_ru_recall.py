"""Russian cues found in #25's tenth session on the wikinews2 dev misses (recall): findings
stated (``пришла к выводу, что``, ``установило, что``). Sentences written for the tests,
each with the exact speaker expected, in the nominative."""

from __future__ import annotations

from tests.lang_kit import ru_found as found


def test_a_conclusion_reached_is_what_its_subject_states():
    assert found("Комиссия пришла к выводу, что заключённый больше не представляет "
                 "угрозы.") == [("заключённый больше не", "Комиссия", "пришла")]
    assert found("В своей работе Иван Петров пришёл к заключению, что каждый пятый "
                 "школьник спит мало.") == [("каждый пятый школьник", "Иван Петров",
                                             "пришёл")]


def test_a_finding_established_before_that_is_what_its_subject_states():
    assert found("Следствие установило, что преступники пришли к дому около "
                 "полуночи.") == [("преступники пришли к", "Следствие", "установило")]


def test_establishing_or_coming_without_that_is_no_quote():
    assert found("Спортсмен установил мировой рекорд в беге.") == []
    assert found("Иван Петров пришёл к дому друга, что стоит у реки.") == []


def test_thanks_or_news_told_before_a_colon_bring_in_the_quotation_set_apart():
    text = ("Учителя получили награды.\n\nДиректор школы Иван Петров поблагодарил коллег "
            "следующими словами:\n\nСпасибо вам за доверие. Я сделаю всё возможное.")
    assert found(text) == [("Спасибо вам за", "Иван Петров", "поблагодарил")]
    text = ("Подруга певицы Ольга Петрова поведала о новости:\n\nСегодня моя подружка "
            "родила сына.")
    assert found(text) == [("Сегодня моя подружка", "Ольга Петрова", "поведала")]


def test_thanks_or_a_tale_without_a_colon_is_no_quote():
    assert found("Иван Петров поблагодарил коллег за помощь. Он уехал домой.") == []
    assert found("Ольга Петрова поведала о своей жизни в деревне.") == []


def test_by_the_words_of_his_relative_with_no_comma_gives_the_relative():
    text = "Писатель умер в Москве. По словам его брата Ивана Петрова он скончался дома."
    assert found(text) == [("он скончался дома.", "Иван Петров", "по словам")]
    text = "Писатель умер в Москве. По словам его супруги Валентины Петровой он скончался дома."
    assert found(text) == [("он скончался дома.", "Валентина Петрова", "по словам")]


def test_a_charge_after_a_verb_of_accusing_is_what_its_subject_said():
    assert found("Президент уже обвинил другие ветви власти в нарушении процедур.") == [
        ("другие ветви власти", "Президент", "обвинил")]
    assert found("Оппозиция обвиняла его в диктаторском стиле правления.") == [
        ("его в диктаторском", "Оппозиция", "обвиняла")]
    assert found("Власти заподозрили музыкантов в пропаганде насилия.") == [
        ("музыкантов в пропаганде", "Власти", "заподозрили")]


def test_accusing_with_no_charge_in_v_is_no_quote():
    assert found("Президент обвинил их, а потом уехал в город.") == []


def test_an_intern_is_a_person_described():
    text = ("Певец Ар Келли выпустил альбом. В 2001 году 17-летняя стажёрка заявила, что он "
            "её домогался.")
    assert found(text) == [("он её домогался.", "17-летняя стажёрка", "заявила")]


def test_the_latter_is_the_last_body_named_in_marks_of_the_verb_s_gender():
    text = ("Канал поссорился с компанией «Альфа». Последняя обвиняет канал в просрочке "
            "погашения векселей.")
    assert found(text) == [("канал в просрочке", "«Альфа»", "обвиняет")]


def test_an_opinion_agreed_on_is_what_its_subject_states():
    assert found("Эксперты сходятся во мнении, что инцидент повлияет на выборы.") == [
        ("инцидент повлияет на", "Эксперты", "сходятся")]
    assert found("Эксперты сходятся во многом с коллегами.") == []


def test_a_linking_word_before_kak_soobshchayut_keeps_the_source():
    assert found("Однако как сообщают американские СМИ, двое подозреваемых приехали в "
                 "страну.") == [("двое подозреваемых приехали", "американские СМИ", "сообщают")]
    assert found("Однако как и прежде, двое подозреваемых приехали в страну.") == []
