"""Russian sources named by what they stand for (#25's ninth session): ``по словам которой``
(the relative's antecedent), ``по словам последнего`` (the person named last). Sentences
written for the tests, each with the exact speaker and span expected."""

from __future__ import annotations

from annotations.suggest.lang.ru import find_quotes_ru
from tests.lang_kit import ru_found as found


def test_a_relative_after_according_to_stands_for_the_name_before_its_comma():
    text = "Иван Петров встретился с Анной Ивановой, по словам которой, переговоры зашли в тупик."
    assert found(text) == [("переговоры зашли в", "Анна Иванова", "по словам которой")]
    text = ("Министр встретился с послом Олегом Смирновым, по словам которого переговоры "
            "зашли в тупик.")
    assert found(text) == [("переговоры зашли в", "Олег Смирнов", "по словам которого")]


def test_the_relatives_words_are_only_those_after_it():
    text = "Иван Петров встретился с Анной Ивановой, по словам которой, переговоры зашли в тупик."
    (q,) = find_quotes_ru(text)
    assert text[q.start:q.end] == "переговоры зашли в тупик."


def test_the_words_before_the_relative_keep_their_own_cue():
    text = ("Иван Петров заявил, что встретился с Анной Ивановой, по словам которой переговоры "
            "зашли в тупик.")
    got = [(text[q.start:q.end], q.speaker) for q in find_quotes_ru(text)]
    assert got == [("встретился с Анной Ивановой", "Иван Петров"),
                   ("переговоры зашли в тупик.", "Анна Иванова")]


def test_a_relative_after_a_persons_noun_with_no_name_is_that_person():
    text = "Полиция допросила свидетеля, по словам которого преступник скрылся на машине."
    assert found(text) == [("преступник скрылся на", "свидетель", "по словам которого")]


def test_according_to_the_latter_is_the_person_named_last_of_its_gender():
    text = ("Иван Петров обсудил ситуацию с Олегом Смирновым. По словам последнего, переговоры "
            "зашли в тупик.")
    assert found(text) == [("переговоры зашли в", "Олег Смирнов", "по словам последнего")]
    text = ("Анна Иванова обсудила ситуацию с Олегом Смирновым. По словам последней, "
            "переговоры зашли в тупик.")
    assert found(text) == [("переговоры зашли в", "Анна Иванова", "по словам последней")]


def test_the_last_as_an_adjective_before_its_noun_is_no_pronoun():
    text = "По словам последнего свидетеля, преступник скрылся на машине."
    assert found(text) == [("преступник скрылся на", "последний свидетель", "по словам")]


def test_a_post_named_in_the_instrumental_is_given_back_in_the_nominative():
    text = ("Министр здравоохранения Михаил Мурашко встретился с главой компании Иваном "
            "Петровым. Глава компании заявил, что пандемия ещё не закончилась.")
    assert found(text) == [("пандемия ещё не", "Иван Петров", "заявил")]


def test_a_name_after_a_verb_of_the_other_gender_is_its_object_not_a_womans_nominative():
    text = ("Генпрокурор Юрий Луценко обвинил Петра Порошенко в коррупции. Порошенко заявил, "
            "что обвинения ложны.")
    assert found(text)[-1] == ("обвинения ложны.", "Петр Порошенко", "заявил")


def test_a_name_particle_spelled_capitalised_stays_in_the_name():
    assert found("Лидер партии Марин Ле Пен заявила, что переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Марин Ле Пен", "заявила")]
    assert found("По словам Марин Ле Пен, переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Марин Ле Пен", "по словам")]


def test_a_foreign_name_after_the_place_a_post_depends_on_stays_whole():
    text = "Официальный представитель МИД Китая Чжао Лицзянь заявил, что переговоры зашли в тупик."
    assert found(text) == [("переговоры зашли в", "Чжао Лицзянь", "заявил")]
    text = ("По словам официального представителя МИД Китая Чжао Лицзяня, переговоры зашли в "
            "тупик.")
    assert found(text) == [("переговоры зашли в", "Чжао Лицзянь", "по словам")]


def test_a_surname_after_a_place_with_no_post_before_it_stays_alone():
    # (a full stop spaced off its sentence, as tokenised corpora print it)
    text = ("Министр поставит вопрос о выводе войск с территории Карабаха . Мирзазаде "
            "подчеркнул, что страна настаивает на своём.")
    assert found(text)[-1] == ("страна настаивает на", "Мирзазаде", "подчеркнул")


def test_a_call_in_marks_after_with_a_call_is_the_subjects():
    assert found("Активисты вышли на площадь с призывом «Долой войну!».") == [
        ("«Долой войну!»", "Активисты", "с призывом")]
    assert found("Анна Иванова выступила с призывом «не допустить войны».") == [
        ("«не допустить войны»", "Анна Иванова", "с призывом")]
    assert found("Иван Петров встретил гостей со словами «Добро пожаловать домой».") == [
        ("«Добро пожаловать домой»", "Иван Петров", "со словами")]


def test_a_title_in_marks_after_another_noun_is_no_call():
    assert found("Компания выпустила продукт под названием «Новый мир».") == []


def test_a_first_name_known_as_a_thing_opening_the_sentence_stays_with_the_surname():
    assert found("Садик Хан заявил, что переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Садик Хан", "заявил")]
    assert found("Си Цзиньпин заявил, что переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Си Цзиньпин", "заявил")]


def test_a_first_name_known_as_a_thing_in_an_oblique_case_stays_with_the_surname():
    assert found("По словам мэра Лондона Садика Хана, переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Садик Хан", "по словам")]
    text = ("Иван Петров обратился к мэру Садику Хану. Хан заявил, что переговоры зашли в "
            "тупик.")
    assert found(text) == [("переговоры зашли в", "Садик Хан", "заявил")]


def test_a_body_in_an_oblique_case_before_a_name_is_no_first_name():
    text = "По словам сотрудника Фонда Карнеги Ивана Петрова, переговоры зашли в тупик."
    assert found(text) == [("переговоры зашли в", "Иван Петров", "по словам")]


def test_an_east_asian_name_opening_a_sentence_with_an_enclitic_syllable_stays_whole():
    assert found("Ли Сянь Лун заявил, что переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Ли Сянь Лун", "заявил")]
    assert found("По словам Ли Сянь Луна, переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Ли Сянь Лун", "по словам")]


def test_an_east_asian_name_after_a_conjunction_opening_the_sentence_stays_whole():
    assert found("Но Ким Чен Ын заявил, что переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Ким Чен Ын", "заявил")]


def test_a_name_before_a_mans_verb_is_no_womans_nominative():
    from annotations.suggest.lang.ru import _Finder

    text = ("Константин Тынчев госпитализирован. У лидера рок-группы «Звезда» Константина "
            "Тынчева случился инфаркт.")
    f = _Finder(text)
    f.collect_people()
    assert {k: p.gender for k, p in f.people.persons.items()} == {"константин тынчев": "masc"}


def test_a_name_after_the_verb_before_a_dash_apposition_closing_the_sentence_is_its_subject():
    text = ("Прокурор Олег Смирнов закрыл дело об убийстве подростка. В субботу в городе "
            "начались акции протеста. Их инициатором стал Иван Петров — отец убитого зимой "
            "подростка. Он считает, что прокуратура провела расследование необъективно.")
    assert found(text) == [("прокуратура провела расследование", "Иван Петров", "считает")]


def test_a_pronoun_after_a_sentence_opening_with_a_described_person_stands_for_it():
    text = ("Губернатор Иван Петров подписал указ. Молодой мужчина вышел во двор переставить "
            "машину своей девушки. Хотя он сообщил, что ничего не знал об указе, его задержали.")
    assert found(text) == [("ничего не знал", "молодой мужчина", "сообщил")]
    text = ("Губернатор Иван Петров подписал указ. Нападавшего задержали. Перед тем, как его "
            "увели, он успел выкрикнуть в микрофон, что его зовут Стефан.")
    assert found(text) == [("его зовут Стефан.", "нападавший", "выкрикнуть")]


def test_a_described_person_acting_on_another_leaves_the_pronoun_open():
    text = ("Губернатор Иван Петров подписал указ. Мужчина спросил его о пенсиях. Он ответил, "
            "что пенсии вырастут.")
    assert found(text) == [("пенсии вырастут.", "Иван Петров", "ответил")]


def test_a_name_inside_a_participles_phrase_after_the_subject_does_not_speak():
    text = ("Врачи, прооперировавшие и лечащие 40-летнюю Анну Петрову, говорят, что они "
            "настроены оптимистично.")
    assert found(text) == [("они настроены оптимистично.", "Врачи", "говорят")]
    text = ("Прокурор, занимающийся делом Ивана Петрова, добавил, что всё происшедшее является "
            "очень сложным.")
    assert found(text) == [("всё происшедшее является", "Прокурор", "добавил")]


def test_a_things_name_as_the_subject_of_a_verb_of_saying_is_the_body_it_stands_for():
    text = "Белый дом сообщил, что президент получает информацию о ходе расследования."
    assert found(text) == [("президент получает информацию", "Белый дом", "сообщил")]
    text = "Вчера Кремль сообщил, что президент получает информацию о ходе расследования."
    assert found(text) == [("президент получает информацию", "Кремль", "сообщил")]


def test_a_name_the_text_showed_in_the_nominative_keeps_that_reading():
    from annotations.suggest.lang.ru import _Finder

    text = ("Евгения Кудновец добилась блокировки клипа.\n\nУ себя на странице в Facebook "
            "Евгения Кудновец так прокомментировала запрет клипа.")
    f = _Finder(text)
    f.collect_people()
    assert {k: p.gender for k, p in f.people.persons.items()} == {"евгения кудновец": "femn"}


def test_a_foreign_name_in_ya_is_given_back_from_its_genitive_in_yi():
    text = ("Однако, по словам Мануэля Арайи, который возил больного писателя, агенты "
            "воспользовались болезнью.")
    (q,) = find_quotes_ru(text)
    assert (text[q.start:q.end], q.speaker) == ("агенты воспользовались болезнью.",
                                                "Мануэль Арайя")
    assert found("По словам Хасана Роухани, переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Хасан Роухани", "по словам")]


def test_a_chain_of_first_names_read_first_as_another_word_is_one_name():
    text = "Бывший президент страны Али Абдалла Салех заявил, что переговоры зашли в тупик."
    assert found(text) == [("переговоры зашли в", "Али Абдалла Салех", "заявил")]
    text = ("Представитель окружного совета Гэмпшира Эндрю Гибсон заявил, что переговоры "
            "зашли в тупик.")
    assert found(text) == [("переговоры зашли в", "Эндрю Гибсон", "заявил")]


def test_an_age_written_in_words_opening_the_sentence_is_no_part_of_the_name():
    text = ("Президент Дилма Руссефф выступила в парламенте. Шестидесятивосьмилетняя Руссефф, "
            "экономист по образованию, заявила, что перераспределение фондов является обычной "
            "практикой.")
    assert found(text) == [("перераспределение фондов является", "Дилма Руссефф", "заявила")]


def test_an_adverb_opening_the_sentence_is_no_part_of_the_bodys_name():
    text = "Позднее румынское ведомство объявило о смерти своего военного."
    assert found(text) == [("о смерти своего", "румынское ведомство", "объявило")]


def test_a_bodys_branch_keeps_the_region_it_serves():
    text = "В пресс-службе ГУ МВД России по Москве уточнили, что задержанный признал вину."
    assert found(text) == [("задержанный признал вину.", "пресс-служба ГУ МВД России по Москве",
                            "уточнили")]
    text = "Как сообщили в управлении МВД по Свердловской области, задержанный признал вину."
    assert found(text) == [("задержанный признал вину.", "управление МВД по Свердловской области",
                            "сообщили")]


def test_a_genitive_name_after_a_relation_after_adverbs_is_its_dependent():
    text = ("Иван Петров госпитализирован. Однако позже внук Петрова сообщил, что бывший "
            "политик идёт на поправку.")
    assert found(text) == [("бывший политик идёт", "внук Петрова", "сообщил")]


def test_a_name_particle_with_a_capital_after_its_hyphen_is_no_verb():
    text = ("Генеральный прокурор страны Сауд аль-Моджеб в четверг, 9 ноября 2017 года, "
            "подтвердил, что власти страны задержали 208 человек.")
    assert found(text) == [("власти страны задержали", "Сауд аль-Моджеб", "подтвердил")]


def test_a_described_person_with_modifiers_speaks_as_described():
    text = ("Солдат Иван Петров отрицает обвинения. Пострадавшая сообщила о нападении.\n\n"
            "Молодая женщина утверждает, что она была ранена военнослужащими.")
    assert found(text)[-1] == ("она была ранена", "Молодая женщина", "утверждает")


def test_an_adjective_that_is_a_groups_noun_with_its_dependent_speaks():
    assert found("Как говорят знакомые артиста, он чувствовал себя хорошо, много гулял.") == [
        ("он чувствовал себя", "знакомые артиста", "говорят")]


def test_a_paragraph_after_a_colon_reporting_a_group_it_names_is_narration():
    text = ("Об этом сообщил директор цирка Иван Петров:\n\nКак говорят знакомые артиста, он "
            "чувствовал себя хорошо, много гулял, ничто не предвещало беды.")
    assert found(text) == [("он чувствовал себя", "знакомые артиста", "говорят")]


def test_a_name_after_a_conjunction_opening_its_sentence_is_the_subject_pronouns_stand_for():
    text = ("Музыкант Олег Смирнов заявил, что новый альбом прекрасен. Но критик Иван Петров с "
            "этим не согласен. По его словам, альбом пропагандирует насилие.")
    assert found(text)[-1] == ("альбом пропагандирует насилие.", "Иван Петров", "по его словам")


def test_to_give_to_understand_is_to_say():
    text = "Пресс-секретарь президента Иван Петров дал понять, что президент не выпустит девушку."
    assert found(text) == [("президент не выпустит", "Иван Петров", "дал")]


def test_a_call_to_do_nothing_is_a_call():
    assert found("Мэр города призвал местных жителей не выходить на улицу.") == [
        ("не выходить на", "Мэр города", "призвал")]


def test_a_person_inside_a_prepositional_phrase_after_the_body_opening_it_is_no_head():
    text = ("Секретариат агентства в сообщении о смерти главы Агентства подтвердил данные о "
            "том, что директор собирался покинуть свой пост.")
    assert found(text) == [("директор собирался покинуть", "Секретариат агентства",
                            "подтвердил")]


def test_a_pronoun_after_a_sentence_whose_subject_is_a_body_stands_for_it():
    text = ("Директор Иван Петров ушёл в отставку. Компания извинилась за неуместную рекламу. "
            "Она заявила о неуклонной поддержке клиентов.")
    assert found(text) == [("о неуклонной поддержке", "компания", "заявила")]
    text = "Компания уволила Анну Петрову. Она заявила, что будет судиться."
    assert found(text) == [("будет судиться.", "Анна Петрова", "заявила")]


def test_a_second_clause_with_its_own_subject_and_verb_of_saying_after_a_comma_is_its_own():
    text = ("Критики говорят, что генерал жестоко подавил выступления, сторонники пишут, что он "
            "поднял экономику.")
    assert found(text) == [("генерал жестоко подавил", "Критики", "говорят"),
                           ("он поднял экономику.", "сторонники", "пишут")]
    text = "Иван Петров заявил, что кризис закончился, экономика растёт."
    assert found(text) == [("кризис закончился, экономика", "Иван Петров", "заявил")]


def test_a_bodys_namesake_is_part_of_its_name_and_does_not_speak():
    text = ("Пресс-служба театра имени Пушкина сообщает, что гражданская панихида состоится "
            "24 апреля.")
    assert found(text) == [("гражданская панихида состоится", "Пресс-служба театра имени Пушкина",
                            "сообщает")]


def test_a_list_of_titles_in_marks_after_a_role_is_one_phrase():
    text = ("Режиссёр Иван Петров снял новый фильм. В беседе с изданием автор «Диких сердцем», "
            "«Шоссе в никуда» и «Малхолланд Драйва» сказал, что его последним проектом "
            "останется триллер.")
    assert found(text) == [("его последним проектом", "Иван Петров", "сказал")]


def test_a_sentence_inside_the_quotation_is_no_subject_for_its_document():
    text = ("Президенты сделали совместное заявление. Заявление опубликовано в субботу.\n\n"
            "«Встреча на Эльбе стала кульминацией борьбы многих стран. Эта общая борьба "
            "потребовала огромных жертв», - говорится в совместном заявлении.")
    assert found(text) == [("«Встреча на Эльбе", "совместное заявление", "говорится")]


def test_a_statement_with_no_owner_after_a_sentence_whose_speaker_follows_its_verb():
    text = ("Ушёл из жизни генеральный директор агентства Иван Петров. Об этом 22 июля сообщил "
            "секретариат агентства на сайте организации. В сообщении говорится, что флаг в "
            "штаб-квартире будет приспущен.")
    assert found(text)[-1] == ("флаг в штаб-квартире", "секретариат агентства", "говорится")


def test_a_former_post_is_the_one_the_text_gave_that_former_post():
    text = ("Иван Петров приговорён к тюрьме. Суд признал бывшего премьера Италии Ивана Петрова "
            "виновным. Вчера 76-летний бывший премьер-министр Италии окончательно объявил о своем "
            "уходе с политической арены.")
    assert found(text) == [("о своем уходе", "Иван Петров", "объявил")]
    text = ("Суд признал бывшего главу компании Ивана Петрова виновным. Позже бывший сотрудник "
            "компании заявил, что не согласен с приговором.")
    assert found(text) == [("не согласен с", "бывший сотрудник компании", "заявил")]


def test_a_call_in_marks_after_an_inverted_subject_is_the_subjects():
    text = "На площади собрались активисты с криками «Мы требуем справедливости»."
    assert found(text) == [("«Мы требуем справедливости»", "активисты", "с криками")]


def test_according_to_two_people_joined_by_and_gives_both():
    assert found("По словам Ивана Петрова и Анны Ивановой, переговоры зашли в тупик.") == [
        ("переговоры зашли в", "Иван Петров и Анна Иванова", "по словам")]


def test_a_gerund_of_saying_after_about_this_reported_by_x_is_xs_too():
    text = ("Компания выпустила новый смартфон. Об этом сообщил её глава Иван Петров, отметив, "
            "что продажи начнутся в марте.")
    assert found(text) == [("Компания выпустила новый", "Иван Петров", "сообщил"),
                           ("продажи начнутся в", "Иван Петров", "отметив")]
