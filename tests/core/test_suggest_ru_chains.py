"""Russian speakers read from a role's chain of nouns and names (#25, session 11), each on
short invented sentences with the exact speaker expected: an alias after ``как``, a name
that depends on a person's noun before the verb, a representative of a person of the other
gender, and a foreign name no dictionary knows after a role."""

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


def test_a_post_with_its_constituency_and_no_later_member_of_a_group():
    text = ("В понедельник депутат от Самары объявил, что намерен выдвинуться в губернаторы. "
            "Ивану Петрову 44 года. Среди других кандидатов — депутаты Олег Смирнов и Павел "
            "Орлов.")
    assert speakers(text) == [("намерен выдвинуться в", "депутат от Самары")]


def test_a_long_name_after_ot_is_not_cut_in_two():
    text = ("Как заявили наблюдатели от Организации по безопасности в Европе, выборы прошли "
            "честно.")
    assert speakers(text) == [("выборы прошли честно.", "наблюдатели")]


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


def test_an_outlets_name_opening_with_digits():
    assert speakers("Он женился в прошлом году, сообщает газета 5Вечер.") == [
        ("Он женился в", "газета 5Вечер")]


def test_a_name_in_apposition_after_a_post_ending_in_a_place():
    text = "«Такое бывает редко», сказал директор музея и историк из Мирного, Павел Орлов."
    assert speakers(text) == [("«Такое бывает редко»", "Павел Орлов")]


def test_a_paragraph_after_a_colon_reporting_others_it_names_is_no_quotation():
    text = ("Говорить о судьбе сервиса пока рано, заявил пресс-секретарь ведомства Иван "
            "Петров:\n\nВ июне сервис был включен в реестр. По словам главы ведомства Олега "
            "Смирнова, данных достаточно для внесения в реестр.")
    assert speakers(text) == [("Говорить о судьбе", "Иван Петров"),
                              ("данных достаточно для", "Олег Смирнов")]


def test_news_agencies_in_one_word_speak():
    text = "Российские информагентства сообщают, что после подсчёта голосов побеждает Иван Петров."
    assert speakers(text) == [("после подсчёта голосов", "Российские информагентства")]


def test_a_monarchs_name_no_dictionary_has_before_his_number():
    text = ("Король Абвгди IV объявил о переименовании страны (New Name), что на местном языке "
            "означает «земля предков».")
    assert speakers(text) == [("о переименовании страны", "Абвгди IV")]


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


def test_an_abbreviation_that_reads_as_a_verb_stays_in_the_document():
    # "МОК" in lower case would be a verb ("мокнуть"); an abbreviation is the body's name
    text = ("«Спортсменка должна была сдать анализ», – переводит официальное заявление МОК "
            "по этому делу британская газета.")
    assert speakers(text) == [("«Спортсменка должна была", "официальное заявление МОК")]


def test_the_antecedent_of_a_relative_clause_of_saying_speaks():
    text = ("Агентство передаёт слова журналистки, которая жалуется, что её заставили снять "
            "платок.")
    assert speakers(text) == [("её заставили снять", "журналистка")]


def test_a_name_joined_by_particles_some_spelled_capitalised():
    text = ("Глава государства шейх Хамдан бен Зайед Аль Нахайян, выступая по телевидению, "
            "объявил, что уходит в отставку ради своего сына.")
    assert speakers(text) == [("уходит в отставку", "Хамдан бен Зайед Аль Нахайян")]


def test_a_name_in_a_prepositional_phrase_before_a_verb_keeps_its_case():
    text = ("Прокуратура просит ограничить свободу бизнесмена Олега Смирнова. Смирнов говорит, "
            "что процесс является местью. Суд над 53-летним Смирновым начался в мае.")
    assert speakers(text) == [("процесс является местью.", "Олег Смирнов")]


def test_their_statement_is_the_group_named_sentences_before():
    text = ("Родители погибшей приехали на суд. Они умоляли убийцу рассказать, где тело. «Если "
            "в твоей душе осталась хоть капля человечности, помоги нам», — говорится в их "
            "заявлении.")
    assert speakers(text) == [("«Если в твоей", "Родители погибшей")]


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


def test_a_demonstrative_before_the_document_of_an_impersonal_cue():
    assert speakers("В этом контракте говорится, что следующий турнир состоится в "
                    "октябре.") == [("следующий турнир состоится", "контракт")]


def test_oni_is_no_singular_document():
    text = ("«Мы обеспокоены ситуацией вокруг преследования артистов», — говорится в "
            "обращении. Кроме того, они призывают губернатора способствовать прекращению "
            "преследования.")
    assert [w for _q, w in speakers(text)] == ["обращение"]


def test_a_foreign_name_in_i_no_dictionary_has_does_not_decline():
    assert nominative(["Роухани"], "gent") == ["Роухани"]
    assert nominative(["Анджелины", "Джоли"], "gent") == ["Анджелина", "Джоли"]
    assert nominative(["Марии"], "gent") == ["Мария"]  # a name the dictionary has declines


def test_on_a_clubs_site_the_site_speaks():
    text = ("Спортсмен занял третье место в соревнованиях, говорится на сайте городского "
            "спортивного клуба.")
    assert speakers(text) == [("Спортсмен занял третье", "сайт городского спортивного клуба")]


def test_an_outlet_quoting_a_press_service_before_a_quotation_set_apart():
    text = ("Принц заболел.\n\nГазета цитирует пресс-службу резиденции наследника короны:\nВ "
            "соответствии с рекомендациями принц находится в самоизоляции дома.")
    assert speakers(text) == [("В соответствии с", "пресс-служба резиденции наследника короны")]


def test_a_place_inside_a_post_before_the_name():
    text = ("Как сообщает куратор музея Чехова в Ялте Иван Петров (Ivan Petrov), в этом году "
            "музей посетили 55 тысяч человек.")
    assert speakers(text) == [("в этом году", "Иван Петров")]


def test_modifiers_before_an_impersonal_cues_document():
    text = "Он пропал. В более позднем сообщении говорилось, что тот человек уехал в 1998 году."
    assert speakers(text) == [("тот человек уехал", "более позднее сообщение")]


def test_adverbs_between_the_fronted_o_phrase_and_its_verb():
    assert speakers("Певец умер. О кончине певца только сейчас сообщили его родственники.") == [
        ("О кончине певца", "родственники")]
