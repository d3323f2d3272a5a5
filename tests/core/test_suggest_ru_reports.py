"""Russian cues and whom they give the words to (#25, session 11), each on short invented
sentences with the exact speaker expected: a fronted ``О X сообщила Y``, pronouns for the
unnamed or for a group named before, gerunds of saying after a cue clause, quotations set
apart, impersonal cues' documents, ``согласно``, ``цитирует``, relative clauses of saying,
sentences with no subject."""

from __future__ import annotations

from tests.lang_kit import ru_speakers as speakers


def test_what_was_declared_fronted_after_o_and_a_pronoun_for_the_unnamed_speaker():
    text = ("Певец умер в понедельник. О смерти певца сообщила его дочь. Она рассказала, что "
            "её отец долго болел.")
    assert speakers(text) == [("О смерти певца", "дочь"), ("её отец долго", "дочь")]
    assert speakers("О смерти актрисы сообщили её родственники.") == [
        ("О смерти актрисы", "родственники")]


def test_the_unnamed_speaker_gives_way_to_a_person_named_since():
    text = ("О смерти певца сообщила его дочь. Певица Анна Белова пришла на похороны. Она "
            "рассказала, что знала его много лет.")
    assert speakers(text) == [("О смерти певца", "дочь"), ("знала его много", "Анна Белова")]


def test_a_subordinate_clause_s_subject_and_an_adverb_do_not_speak():
    text = ("Хотя Петров родился в Канаде, двое юристов, представлявших интересы министров в "
            "суде, недавно написали в журнале, что Петров соответствует всем требованиям.")
    assert speakers(text) == [("Петров соответствует всем", "двое юристов")]


def test_many_standing_alone_as_the_subject():
    assert speakers("Многие считают, что это противоречит основному принципу проекта.") == [
        ("это противоречит основному", "многие")]


def test_a_cue_clause_then_a_gerund_of_saying_gives_both_parts_to_its_subject():
    text = ("Министр проходил лечение в столичной клинике, сообщило государственное "
            "агентство ABC, добавив, что его состояние стабильно.")
    assert speakers(text) == [("Министр проходил лечение", "государственное агентство ABC"),
                              ("его состояние стабильно.", "государственное агентство ABC")]


def test_a_paragraph_after_a_colon_reporting_others_it_names_is_no_quotation():
    text = ("Говорить о судьбе сервиса пока рано, заявил пресс-секретарь ведомства Иван "
            "Петров:\n\nВ июне сервис был включен в реестр. По словам главы ведомства Олега "
            "Смирнова, данных достаточно для внесения в реестр.")
    assert speakers(text) == [("Говорить о судьбе", "Иван Петров"),
                              ("данных достаточно для", "Олег Смирнов")]


def test_a_body_speaking_in_a_clause_before_a_gerund_of_saying():
    text = ("Тем не менее, в министерстве юстиции края опровергли эту информацию, напомнив, "
            "что родители обязаны избегать в именах цифр.")
    assert speakers(text) == [("родители обязаны избегать", "министерство юстиции края")]


def test_a_verb_of_saying_with_no_subject_goes_on_about_the_one_before():
    text = ("Король Иван получил убежище в 1992 году. Также заявлял, что готов вернуться в "
            "страну.")
    assert speakers(text) == [("готов вернуться в", "Иван")]


def test_a_time_before_the_event_at_which_it_was_announced():
    text = ("В среду 14 декабря на заседании избирательной комиссии края было объявлено, что "
            "больше всех голосов собрал Иван Петров.")
    assert speakers(text) == [("больше всех голосов", "избирательная комиссия края")]


def test_soglasno_a_document_in_the_dative():
    text = "Согласно материалам уголовного дела, Иванов задумал поджог из мести."
    assert speakers(text) == [("Иванов задумал поджог", "материалы уголовного дела")]


def test_the_antecedent_of_a_relative_clause_of_saying_speaks():
    text = ("Агентство передаёт слова журналистки, которая жалуется, что её заставили снять "
            "платок.")
    assert speakers(text) == [("её заставили снять", "журналистка")]


def test_their_statement_is_the_group_named_sentences_before():
    text = ("Родители погибшей приехали на суд. Они умоляли убийцу рассказать, где тело. «Если "
            "в твоей душе осталась хоть капля человечности, помоги нам», — говорится в их "
            "заявлении.")
    assert speakers(text) == [("«Если в твоей", "Родители погибшей")]


def test_a_demonstrative_before_the_document_of_an_impersonal_cue():
    assert speakers("В этом контракте говорится, что следующий турнир состоится в "
                    "октябре.") == [("следующий турнир состоится", "контракт")]


def test_oni_is_no_singular_document():
    text = ("«Мы обеспокоены ситуацией вокруг преследования артистов», — говорится в "
            "обращении. Кроме того, они призывают губернатора способствовать прекращению "
            "преследования.")
    assert [w for _q, w in speakers(text)] == ["обращение"]


def test_on_a_clubs_site_the_site_speaks():
    text = ("Спортсмен занял третье место в соревнованиях, говорится на сайте городского "
            "спортивного клуба.")
    assert speakers(text) == [("Спортсмен занял третье", "сайт городского спортивного клуба")]


def test_an_outlet_quoting_a_press_service_before_a_quotation_set_apart():
    text = ("Принц заболел.\n\nГазета цитирует пресс-службу резиденции наследника короны:\nВ "
            "соответствии с рекомендациями принц находится в самоизоляции дома.")
    assert speakers(text) == [("В соответствии с", "пресс-служба резиденции наследника короны")]


def test_modifiers_before_an_impersonal_cues_document():
    text = "Он пропал. В более позднем сообщении говорилось, что тот человек уехал в 1998 году."
    assert speakers(text) == [("тот человек уехал", "более позднее сообщение")]


def test_adverbs_between_the_fronted_o_phrase_and_its_verb():
    assert speakers("Певец умер. О кончине певца только сейчас сообщили его родственники.") == [
        ("О кончине певца", "родственники")]


def test_a_paragraph_after_a_colon_that_reports_a_body_in_capitals_is_narration():
    text = ("Артистка, которой позвонили журналисты, сказала:\n\n\nВ ноябре юморист развёлся "
            "с супругой. СМИ тогда писали, что проблема случилась из-за молодой помощницы.")
    assert speakers(text) == [("проблема случилась из-за", "СМИ")]
