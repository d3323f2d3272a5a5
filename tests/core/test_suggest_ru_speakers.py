"""Russian speaker rules, each on short invented sentences with the exact speaker expected:
a name's plural readings, relative clauses, inverted subjects and pronouns, role synonyms
whose dependents disagree, names that depend on a role, speech nouns, a subject before the
verb in a trailing cue, papers named in an impersonal cue, quotations set apart after a
colon, and names in brackets, in a role's case or before another person's name."""

from __future__ import annotations

from annotations.suggest.lang.morph_ru import may_be_name, nominative, person_gender
from annotations.suggest.lang.ru import find_quotes_ru
from tests.lang_kit import ru_speakers as speakers


def test_a_surname_with_only_plural_readings_is_a_nominative_name():
    # "Данн" reads only as the plural genitive of "Данна": one person is never plural
    assert may_be_name("Данн", "nomn") is True
    assert may_be_name("Петрову", "nomn") is False
    text = ("Министр по налогам Новой Зеландии Питер Данн подчеркнул, что правительство "
            "пересматривает налоговый режим.")
    assert speakers(text) == [("правительство пересматривает налоговый", "Питер Данн")]


def test_the_word_a_relative_clause_qualifies_speaks():
    text = ("Помощник министра по делам Европы, который в среду посетил Белград заявил, что "
            "переговоры будут трудными.")
    assert speakers(text) == [("переговоры будут трудными.", "Помощник министра")]


def test_names_that_disagree_with_the_verb_and_are_followed_by_words_depend_on_the_role():
    text = "Советник Мэри Смит по вопросам экономики заявил, что кризис скоро закончится."
    assert speakers(text) == [("кризис скоро закончится.", "Советник Мэри Смит")]


def test_a_name_ending_its_sentence_after_the_verb_is_the_subject_for_he():
    text = ("«Мы рады новому договору», — отметил Иван Сергеев. Сделку высоко оценил и "
            "директор сети Борис Добродеев. «Подобные сделки полезны рынку», — заявил он.")
    assert speakers(text) == [("«Мы рады новому", "Иван Сергеев"),
                              ("«Подобные сделки полезны", "Борис Добродеев")]


def test_a_role_synonym_needs_dependents_that_agree():
    # "министр спорта" is not "глава лаборатории", though министр and глава are synonyms
    text = ("Министр Пётр Волков напомнил о работе агентства. Глава лаборатории Олег Сомов "
            "был допрошен и освобожден. «Это независимая организация, мы открыты для "
            "проверок», — отметил министр спорта.")
    assert speakers(text) == [("«Это независимая организация,", "Пётр Волков")]


def test_a_speech_nouns_genitive_names_the_speaker():
    text = "«Наши успехи многим не по душе», — цитирует заявление Шевченко агентство."
    assert speakers(text) == [("«Наши успехи многим", "Шевченко")]


def test_a_name_before_the_verb_of_a_trailing_cue_is_its_subject():
    text = ("О том, что борьба с контентом не должна мешать свободе слова, Владимир Петров "
            "заявлял и в июне на форуме \"Интернет-предпринимательство в России\".")
    assert speakers(text) == [("О том, что", "Владимир Петров")]


def test_a_paper_in_an_impersonal_cue_is_named_in_the_nominative():
    text = ("В недавней статье британской газеты Daily News утверждалось, что спортсменам "
            "навязывают запрещенные препараты.")
    assert speakers(text) == [("спортсменам навязывают запрещенные",
                               "британская газета Daily News")]


def test_zametit_is_a_verb_of_saying():
    text = ("Глава аппарата Думы Анна Полякова, подводя итоги заседания, заметила, что клуб "
            "продолжит свою работу.")
    assert speakers(text) == [("клуб продолжит свою", "Анна Полякова")]


def test_a_name_in_a_prepositional_phrase_is_not_the_one_quoted():
    text = ("\"Мы решили продолжить работу над союзом\", — цитирует агентство заявление "
            "Ивана Петрова по итогам встречи в Астане.")
    assert speakers(text) == [("\"Мы решили продолжить", "Иван Петров")]


def test_the_plural_subject_before_a_place_writes_not_the_place():
    text = "\"Встретились сегодня с будущим президентом\", - написали девушки в Twitter."
    assert speakers(text) == [("\"Встретились сегодня с", "девушки")]


def test_the_same_head_with_other_dependents_is_another_post():
    # "глава государства" is not "глава правительства"; the text's main figure is
    text = ("Иван Громов поручил правительству разработать модель. Громов назначил главу "
            "правительства Петра Сидорова ответственным. Требование Громова выполнили. "
            "\"Вы что, с ума сошли?\" - обратился тогда глава государства к министрам.")
    assert speakers(text) == [("\"Вы что, с", "Иван Громов")]


def test_the_antecedent_of_kotoryi_zayavil_speaks_and_its_unknown_surname_returns():
    text = ("Премьер Александр Стубб согласился со словами главы банка Налле Валруса, который "
            "заявил, что экономика страны под давлением. По словам Валруса, спрос на бумагу "
            "упал.")
    assert speakers(text) == [("экономика страны под", "Налле Валрус"),
                              ("спрос на бумагу", "Налле Валрус")]


def test_a_namesake_is_no_one_and_a_bare_role_goes_to_a_subject_just_before():
    text = ("Глава Центра имени Хруничева Иван Нестеров уходит. Иван Нестеров написал "
            "заявление. Нестерова не спрашивали.\n\nНа заседании Пётр Орлов назвал ситуацию "
            "«неприемлемой». «Я не знаю причин аварий, но терпеть это дальше невозможно. Мы "
            "теряем авторитет и миллиарды рублей», - заявил тогда премьер.")
    assert speakers(text)[-1] == ("«Я не знаю", "Пётр Орлов")


def test_nakanune_before_a_nominative_noun_is_an_adverb():
    text = ("Пётр Орлов назвал ситуацию плохой. Накануне глава правительства на совещании, "
            "посвященном отрасли, заявил, что может принять кадровое решение.")
    assert speakers(text) == [("может принять кадровое", "Пётр Орлов")]


def test_a_paragraph_that_is_one_quote_goes_to_the_main_subject_before_not_a_clauses_topic():
    text = ("После матча ветеран футбола Виктор Понедельник выразил своё мнение. Ветеран "
            "уверен, что Дик Адвокат запоздал с заменами.\n\n«Не могу понять, почему тренер "
            "так поздно вмешался в игру и не прибег раньше к заменам».")
    assert speakers(text) == [("Дик Адвокат запоздал", "Виктор Понедельник"),
                              ("«Не могу понять,", "Виктор Понедельник")]


def test_slova_of_a_person_after_the_outlet_are_the_persons():
    text = ("\"Черная дыра должна быть большой, и тогда возможен проход\", — приводит сайт "
            "института слова Ивана Громова.")
    assert speakers(text) == [("\"Черная дыра должна", "Иван Громов")]


def test_predpolozhit_and_po_zavereniyu_report_speech():
    text = ("Иван Громов предположил, что информация не попадает в черную дыру. Ежедневно, "
            "по заверению Громова, сервисом пользуются 220 тысяч человек.")
    assert speakers(text) == [("информация не попадает", "Иван Громов"),
                              ("Ежедневно, по заверению", "Иван Громов")]


def test_a_post_with_dependents_is_not_a_synonym_post_with_other_dependents():
    # the premier of a country is not the head of a bank, a bare minister may be a head
    text = ("Глава шведского банка Nordea Налле Валрус заявил, что спрос упал. Премьер-министр "
            "Финляндии Пекка Стубб ответил на вопросы. Стубб уверен в росте. «Мы осваиваем "
            "биотехнологии и игровую индустрию», — цитирует агентство премьер-министра "
            "Финляндии.")
    assert speakers(text)[-1] == ("«Мы осваиваем биотехнологии", "Пекка Стубб")


def test_the_dependents_of_one_body_agree_across_synonyms():
    text = ("Переговоры ведет глава министерства иностранных дел Павел Климов. Министр "
            "иностранных дел Германии Франк Штайн указал, что миссия возможна.\n\n"
            "Руководитель внешнеполитического ведомства заявил, что он поднимет вопрос о "
            "миротворцах.")
    assert speakers(text)[-1] == ("он поднимет вопрос", "Павел Климов")


def test_one_closing_mark_before_a_dash_cue_closes_a_quote_and_the_name_inside_it():
    text = ("«Наконец достигнута договоренность о пересмотре контрактов. Состоится "
            "реструктуризация компании «Нафтогаз Украины», — цитирует Ивана Громова агентство. "
            "Сообщение появилось и на сайте правительства.")
    assert speakers(text) == [("«Наконец достигнута договоренность", "Иван Громов")]


def test_an_impersonal_verb_after_asides_reports_the_document():
    text = ("Сообщение появилось на сайте правительства. В сообщении, в частности, "
            "говорится, что цена на газ снизится.")
    assert speakers(text) == [("цена на газ", "сообщение")]


def test_a_common_noun_opening_a_sentence_is_no_first_name():
    text = ("Писатель Харуки Мураками любит джаз. Герой Мураками увлекается западными "
            "продуктами. Мураками, смеясь, ответил: «Да не бросал я пить, выпиваю, как все»")
    assert speakers(text) == [("«Да не бросал", "Харуки Мураками")]


def test_podmetit_is_a_verb_of_saying():
    text = "Иван Громов сразу подметил, что коммерческий панк изначально фальшив."
    assert speakers(text) == [("коммерческий панк изначально", "Иван Громов")]


def test_a_bare_synonym_post_is_the_last_speaker_not_anyone_with_another_post():
    text = ("Иван Громов поручил правительству разработать модель. Громов назначил главу "
            "правительства Петра Сидорова ответственным. \"Проработать вопрос формирования "
            "модели транспорта\", - цитирует агентство поручение президента.")
    assert speakers(text)[-1] == ("\"Проработать вопрос формирования", "Иван Громов")


def test_an_uncued_quote_inside_a_paragraph_goes_to_the_subject_brought_in_before():
    text = ("Писатель Иван Громов любит бренды. Герой его книг увлекается продуктами. «Я "
            "вытащил из кармана конверт и начал пересчитывать банкноты». Или: «Я поднялся на "
            "верхний этаж отеля и заказал себе пива».")
    assert speakers(text) == [("«Я вытащил из", "Иван Громов"),
                              ("«Я поднялся на", "Иван Громов")]


def test_her_surname_ending_in_a_consonant_does_not_decline_and_hyphen_parts_keep_capitals():
    assert nominative(["Сьюзан", "Райс"], "gent") == ["Сьюзан", "Райс"]
    assert nominative(["Марии", "Захаровой"], "gent") == ["Мария", "Захарова"]
    assert nominative(["Жан-Клода", "Юнкера"], "gent") == ["Жан-Клод", "Юнкер"]
    text = "По словам Дины Хоермаер, документ будет продан на торгах за большие деньги."
    assert speakers(text) == [("документ будет продан", "Дина Хоермаер")]


def test_a_noun_of_speech_before_a_colon_names_whose_words_follow():
    text = ("Академик Роальд Сагдеев дал интервью газете. Слова Сагдеева из интервью: «Когда "
            "о добыче гелия на Луне рассказывают, я улыбаюсь». Хочется процитировать "
            "напоследок отрывок из его интервью: «Японский читатель всё так же тоскует».")
    assert speakers(text) == [("«Когда о добыче", "Роальд Сагдеев"),
                              ("«Японский читатель всё", "Роальд Сагдеев")]


def test_a_capitalised_word_after_a_lone_name_word_is_its_surname():
    # the dictionary knows "макрон" only as a common noun
    text = "Президент Франции Эмманюэль Макрон считает, что Европа должна быть сильнее."
    assert speakers(text) == [("Европа должна быть", "Эмманюэль Макрон")]


def test_ob_etom_with_circumstances_before_the_verb():
    text = ("Переговоры прошли успешно и продолжатся. Об этом в интервью телеканалу CNN "
            "заявил госсекретарь Иван Громов.")
    assert speakers(text) == [("Переговоры прошли успешно", "Иван Громов")]


def test_v_kremle_zayavili_the_place_speaks():
    assert speakers("В Кремле заявили, что не видят никакой угрозы.") == [
        ("не видят никакой", "Кремль")]


def test_odin_iz_after_an_addressee_speaks():
    text = ("«Мы не знаем, что будет дальше», — признался корреспонденту «Коммерсанта» один "
            "из участников встречи.")
    assert speakers(text) == [("«Мы не знаем,", "один из участников встречи")]


def test_slova_with_a_role_before_the_genitive_name():
    text = "«Мы этого не допустим», — приводит слова главы МИД Сергея Лаврова агентство."
    assert speakers(text) == [("«Мы этого не", "Сергей Лавров")]


def test_a_name_before_a_short_adjective_is_a_subject_for_a_later_bare_role():
    text = ("Лидер партии Геннадий Зюганов уверен в победе на выборах. «Мы победим», — "
            "заявил коммунист.")
    assert speakers(text) == [("«Мы победим»", "Геннадий Зюганов")]


def test_two_reported_clauses_joined_by_a_have_two_speakers():
    text = ("Анна Смирнова и Иван Петров выступили на конференции. Петров заявил, что проект "
            "успешен, а Смирнова добавила, что финансирование продолжится.")
    assert speakers(text) == [("проект успешен", "Иван Петров"),
                              ("финансирование продолжится.", "Анна Смирнова")]


def test_the_speaker_of_a_speech_noun_is_named_after_it_in_the_genitive():
    text = ("«Мы готовы к переговорам», — цитирует агентство выступление Ивана Петрова в "
            "парламенте. «Распространение слухов опасно», — так начинается доклад известного "
            "социолога Гэри Уилсона на конференции.")
    assert speakers(text) == [("«Мы готовы к", "Иван Петров"),
                              ("«Распространение слухов опасно»", "Гэри Уилсон")]


def test_only_a_body_speaks_for_a_name_in_the_genitive():
    text = ("Министр Олег Петров приехал в город. В то же время Петров отметил, что сроки "
            "строительства сдвинутся.")
    assert speakers(text) == [("сроки строительства сдвинутся.", "Олег Петров")]


def test_one_of_a_group_keeps_the_groups_last_word():
    text = "Как заметил один из опрошенных журналистом молодых людей, мы живём совсем иначе."
    assert speakers(text) == [("мы живём совсем", "один из опрошенных журналистом молодых людей")]


def test_a_role_stops_before_a_year_and_keeps_the_texts_spelling():
    text = "Согласно исследованию датских ученых 2006 года, просмотр сериалов вызывает привычку."
    assert speakers(text) == [("просмотр сериалов вызывает", "датские ученые")]


def test_a_name_takes_the_case_of_its_role_for_a_role_named_later():
    text = ("Врачи не позволили навестить его в больнице президенту Боливии Эво Каранесу. Как "
            "рассказал боливийский президент, врачи объяснили ему невозможность встречи.")
    assert speakers(text) == [("врачи объяснили ему", "Эво Каранес")]


def test_a_proposal_or_a_promise_with_an_infinitive_is_reported_speech():
    text = ("Депутат Иван Сидоров предлагает ввести штрафы для застройщиков, пишет газета. "
            "Президент Олег Ветров пообещал начать переговоры не позднее субботы.")
    assert speakers(text) == [("ввести штрафы для", "Иван Сидоров"),
                              ("начать переговоры не", "Олег Ветров")]


def test_a_country_that_is_also_a_first_name_is_no_person_and_a_role_names_a_person():
    # "Израиль" is a first name too; "Свой отказ" before a name is no role
    text = ("Премьер-министр Израиля заявил, что не полетит на саммит. Свой отказ Нетаньяху "
            "объяснил погодой. «Мы не поедем», — сказал премьер.")
    assert speakers(text) == [("не полетит на", "Премьер-министр Израиля"),
                              ("«Мы не поедем»", "Нетаньяху")]


def test_a_capitalised_adjective_before_adjectives_and_a_noun_is_no_surname():
    text = "Эта группа и Южная водозаборная станция утверждают, что мёртвой рыбы они не нашли."
    assert speakers(text) == [("мёртвой рыбы они", "группа")]


def test_a_name_after_an_oblique_noun_is_no_subject_of_a_plural_verb():
    text = ("Река снова загрязнена, в ней плавает мёртвая рыба. Об этом активистам Гринпис "
            "сообщили жители поселка Петро-Славянка.")
    assert speakers(text) == [("Река снова загрязнена,", "жители поселка Петро-Славянка")]


def test_the_one_named_in_ob_etom_is_the_one_a_bare_role_means_next():
    text = ("Соседи считают, что завод должен деньги за транзит газа. Об этом заявил "
            "замминистра энергетики Эдуард Товпинец. Чиновник заметил, что санкции будут "
            "приняты.")
    assert speakers(text) == [("завод должен деньги", "Соседи"),
                              ("санкции будут приняты.", "Эдуард Товпинец")]


def test_an_aside_naming_the_outlet_does_not_take_the_subjects_words():
    text = "Представители Запада считают, пишет NEWSru.com, что мир возможен только при условии."
    assert speakers(text) == [("мир возможен только", "Представители Запада")]


def test_a_conviction_stated_is_reported_speech():
    text = ("Минск считает, что Москва задолжала ему деньги, а Россия уверена, что Белоруссия "
            "не доплатила долг. Эксперты компании убеждены, что именно игры заставляют людей "
            "проводить время в сети.")
    assert speakers(text) == [("Москва задолжала ему", "Минск"),
                              ("Белоруссия не доплатила", "Россия"),
                              ("именно игры заставляют", "Эксперты компании")]


def test_a_role_opens_with_the_adjectives_of_its_own_noun():
    # "В свою очередь глава ведомства": "свою" qualifies "очередь", not the person
    text = ("Президент России Олег Медников встретился с послом. В свою очередь глава ведомства "
            "России Сергей Лапин заявил, что визит важен. Глава МИД подтвердил, что переговоры "
            "продолжатся.")
    assert speakers(text) == [("визит важен.", "Сергей Лапин"),
                              ("переговоры продолжатся.", "Сергей Лапин")]


def test_a_post_after_a_speaker_named_without_one_is_that_speakers():
    # a synonym of someone else's post ("глава" / "президент") does not take it from him
    text = ("Президент России Олег Медников встретился с послом. «Мы не согласны с этим "
            "решением», — заявил Сергей Лапин. Вместе с тем глава МИД РФ подтвердил готовность "
            "Москвы продолжать диалог.")
    assert speakers(text) == [("«Мы не согласны", "Сергей Лапин"),
                              ("готовность Москвы продолжать", "Сергей Лапин")]


def test_a_pronoun_in_an_impersonal_cue_stands_for_the_document_before():
    text = "Президент подписал поручение. В нем говорится, что нужно решить вопрос с транспортом."
    assert speakers(text) == [("нужно решить вопрос", "поручение")]


def test_an_outlet_told_before_the_speaker_is_not_the_speaker():
    text = ("«Ситуация стабилизировалась», — сообщил РИА Новости источник в правоохранительных "
            "органах. Как рассказал РБК источник в правительстве, решение уже принято.")
    assert speakers(text) == [("«Ситуация стабилизировалась»", "источник"),
                              ("решение уже принято.", "источник")]


def test_a_paragraph_after_a_cue_ending_in_a_colon_is_the_speakers_quotation():
    # long quotations set apart without marks, after "X заявил:" closing the paragraph before
    assert speakers("Министр Пётр Волков заявил:\nМы завершили работу. Решение теперь за "
                    "парламентом.") == [("Мы завершили работу.", "Пётр Волков")]
    # a verb of saying inside the quotation is the quotation's, not a cue of its own
    assert speakers("Ольга Смирнова рассказала журналистам:\nОн говорил, что не видит "
                    "другого выхода. Он хотел уехать.") == [("Он говорил, что",
                                                              "Ольга Смирнова")]
    # a label with no verb, and "По его словам, …:" name the speaker too
    assert speakers("Владелец магазина Иван Петров:\nМы просто не знаем, что делать дальше. "
                    "Продажи упали вдвое.") == [("Мы просто не", "Иван Петров")]
    assert speakers("Иван Петров выступил в парламенте. По его словам, выход есть только "
                    "один:\nНужно менять весь закон, а не отдельные статьи.") == [
        ("выход есть только", "Иван Петров"), ("Нужно менять весь", "Иван Петров")]


def test_ob_etom_opening_a_paragraph_reports_the_paragraph_before():
    text = ("Переговоры, скорее всего, не состоятся.\nОб этом сообщил журналистам министр "
            "Пётр Волков.")
    assert speakers(text) == [("Переговоры, скорее всего,", "Пётр Волков")]


def test_a_guessed_first_name_shows_no_gender_and_the_verb_tells():
    # the dictionary guesses "Кабреа" a woman's name; "рассказал" says he is a man
    assert person_gender(["Кабреа"]) is None
    assert person_gender(["Ольга"]) == "femn"
    text = ("Иван Петров встретился с послом. О встрече рассказал сам Кабреа. По его словам, "
            "беседа была долгой.")
    assert speakers(text) == [("беседа была долгой.", "Кабреа")]


def test_a_name_after_a_sentence_opening_role_takes_the_roles_case():
    # "Глава района" opens the sentence, capitalised: still the role the name agrees with,
    # and the name's Latin spelling in brackets is no word between it and its verb
    text = ("Глава района Абдулла Карими (Abdullah Karimi) сказал, что в районе спокойно. Он "
            "отметил, что район под контролем армии.")
    assert speakers(text) == [("в районе спокойно.", "Абдулла Карими"),
                              ("район под контролем", "Абдулла Карими")]


def test_a_bracketed_latin_spelling_is_not_part_of_the_name():
    text = "Премьер-министр Пол Роберт (Paul Robert) сказал, что он знал актёра."
    assert speakers(text) == [("он знал актёра.", "Пол Роберт")]


def test_a_name_before_a_first_name_and_surname_depends_on_the_role():
    # "Агент Орвела Джон Браун": the agent is Джон Браун, Орвел's
    text = ("Погиб известный путешественник Стив Орвел. Агент Орвела Джон Браун сказал, что "
            "он погиб мгновенно.")
    assert speakers(text) == [("он погиб мгновенно.", "Джон Браун")]
    # an oblique first name before a nominative one is another person's too
    text = "Менеджер Ивана Джон Браун сказал, что контракт подписан."
    assert speakers(text) == [("контракт подписан.", "Джон Браун")]


def test_a_quotation_set_apart_holds_what_it_reports_others_to_say():
    text = ("Борис Котов уехал в Лондон. Ольга Смирнова отметила:\nКак-то вдруг он сказал: "
            "«Всё, ждём ответа».")
    assert [(text[q.start:q.end], q.speaker) for q in find_quotes_ru(text)] == [
        ("Как-то вдруг он сказал: «Всё, ждём ответа».", "Ольга Смирнова")]


def test_ob_etom_with_po_eyo_slovam_keeps_the_sentence_before_too():
    text = ("Жена бизнесмена Анна Котова не верит в его самоубийство.\nОб этом она рассказала "
            "журналистам, а также отметила, что, по её словам, он собирался в отпуск.")
    assert speakers(text) == [("Жена бизнесмена Анна", "Анна Котова"),
                              ("Об этом она", "Анна Котова")]


def test_eto_and_a_verb_of_saying_report_the_sentence_before():
    text = ("Спортсменка завершила карьеру после долгого лечения. Это сообщила мать спортсменки "
            "Ирина Котова.")
    assert speakers(text) == [("Спортсменка завершила карьеру", "Ирина Котова")]


def test_words_said_in_an_interview_are_the_interviewees():
    text = ("Иван Петров дал интервью газете. «Мы выжили, потому что знаем, как себя вести», — "
            "говорится в интервью.")
    assert speakers(text) == [("«Мы выжили, потому", "Иван Петров")]


def test_marks_after_a_verb_of_naming_are_the_subjects_words():
    # not in a relative clause with no subject of its own ("которого называли «…»")
    text = ("Министр Пётр Волков назвал реформу «ошибкой века». Банкира, которого когда-то "
            "называли «честным человеком», арестовали.")
    assert [(text[q.start:q.end], q.speaker, q.mode) for q in find_quotes_ru(text)] == [
        ("«ошибкой века»", "Пётр Волков", "mixed")]


def test_declared_about_a_noun_is_reported_speech():
    text = "Певица Анна Котова заявила о приостановке своей карьеры."
    assert speakers(text) == [("о приостановке своей", "Анна Котова")]


def test_the_authorities_speak_and_wiki_quote_marks_are_no_part_of_a_name():
    assert speakers("Власти страны заявили, что не могут рассмотреть вопрос до конца "
                    "месяца.") == [("не могут рассмотреть", "Власти страны")]
    assert speakers("Правительство уходит в отставку, сообщает агентство ''Reuters''.") == [
        ("Правительство уходит в", "агентство Reuters")]
    assert speakers("Президент также заявил газете ''Post'', что страна никогда не "
                    "присоединится к санкциям.") == [("страна никогда не", "Президент")]


def test_a_genitive_name_right_after_the_roles_noun_is_the_roles_dependent():
    text = ("Рашид Хан был доставлен в суд. Адвокат Рашида заявил, что его подзащитный не "
            "признает вины.")
    assert speakers(text) == [("его подзащитный не", "Адвокат Рашида")]
    # a name that does not agree with the verb, right after the role's noun
    assert speakers("Представитель Волкова подчеркнул, что встреча состоится.") == [
        ("встреча состоится.", "Представитель Волкова")]


def test_the_role_before_a_dependent_name_is_the_next_persons():
    text = ("Погиб путешественник Стив Орвел. На месте был агент Орвела Джон Браун. «Он погиб "
            "мгновенно», — сказал агент.")
    assert [(q.speaker, q.role) for q in find_quotes_ru(text)] == [("Джон Браун",
                                                                     "агент Орвела")]


def test_a_name_particle_stays_in_the_name():
    text = "Лидер группировки Айман аль-Завахири заявил, что его организация берёт на себя вину."
    assert speakers(text) == [("его организация берёт", "Айман аль-Завахири")]


def test_a_relative_pronoun_after_a_noun_with_no_name_stands_for_that_noun():
    text = ("Агентство процитировало официального представителя министерства, который заявил, "
            "что обстоятельства дела остаются неясными.")
    assert speakers(text) == [("обстоятельства дела остаются",
                               "официальный представитель министерства")]


def test_a_relation_no_one_holds_is_not_the_main_figure():
    text = ("Иван Петров возглавил поиски в горах. Иван Петров долго молчал. «Мы не советовали "
            "ей ехать туда», — сказал отец одной из девушек.")
    assert speakers(text) == [("«Мы не советовали", "отец")]


def test_a_bodys_name_in_brackets_is_no_speaker():
    text = "Коллегия регистраторов (Colegio de Registradores) сообщила, что уехали 63 компании."
    assert speakers(text) == [("уехали 63 компании.", "Коллегия регистраторов")]


def test_a_verb_of_naming_a_few_words_before_the_marks():
    text = ("Министр Иван Петров назвал освобождение двух пленных моряков вопросом «ближайших "
            "недель».")
    assert speakers(text) == [("«ближайших недель»", "Иван Петров")]


def test_ob_etom_after_an_opening_adverbial():
    text = ("Первоначально предполагали, что причиной смерти стал сердечный приступ. В частности, "
            "об этом говорили члены семьи.")
    assert speakers(text) == [("Первоначально предполагали, что", "члены семьи")]


def test_verbs_of_shouting_and_uttering_and_a_comma_after_chto():
    assert speakers("Нападавшим оказался Иван Петров. Он успел выкрикнуть, что его зовут "
                    "Стефан.") == [("его зовут Стефан.", "Иван Петров")]
    assert speakers("Иван Петров сказал, что, будучи невиновным, отсидел срок.") == [
        ("будучи невиновным, отсидел", "Иван Петров")]
    assert speakers("За кадром голос произносит: «Это вам за всё».") == [("«Это вам за",
                                                                          "голос")]


def test_a_name_right_before_a_gendered_verb_is_its_subject_in_the_nominative():
    # the dictionary reads "Мартина" first as the genitive of "Мартин"; "участвовала" says
    # she is the subject
    text = ("Вчера в Москве прошёл показ. В красном платье Мартина Биг участвовала в фотосессии. "
            "«Я счастлива», — сказала она.")
    assert speakers(text) == [("«Я счастлива»", "Мартина Биг")]


def test_a_second_speaker_after_an_according_to_cue():
    text = ("Как сообщило агентство «Интерфакс», певица утонула в ванне, однако патологоанатом "
            "также добавил, что болезнь сердца стала фактором её гибели.")
    assert speakers(text) == [("певица утонула в", "агентство «Интерфакс»"),
                              ("болезнь сердца стала", "патологоанатом")]


def test_names_inside_a_quotation_set_apart_are_not_the_storys_people():
    text = ("Ольга Смирнова рассказала:\nЯ думаю, что лучше всех эту роль сыграла Анна Котова.\n"
            "Тогда она заявила:\nМне нужна новая роль.")
    assert speakers(text) == [("Я думаю, что", "Ольга Смирнова"),
                              ("Мне нужна новая", "Ольга Смирнова")]


def test_po_ego_slovam_after_a_subjects_cue_is_that_subjects():
    text = ("Суд приговорил Ивана Петрова к десяти годам. Адвокат футболиста признал, что его "
            "клиент был на месте преступления, но, по его словам, убийство совершили другие.")
    assert speakers(text) == [("его клиент был", "Адвокат футболиста")]


def test_an_oblique_form_of_a_name_the_dictionary_lacks_is_the_same_person():
    # "Окаве" (dative) is "Окава", not a person of its own
    text = ("Японка Мисао Окава получила сертификат. Завтра Окаве исполнится 115 лет. Женщина "
            "рассказала журналистам, что «очень счастлива» носить этот титул.")
    assert speakers(text) == [("«очень счастлива» носить", "Окава")]


def test_a_verb_spelled_with_yo_and_a_role_opened_by_adjectives():
    # "опровёрг" (the dictionary holds "опроверг"); "известного композитора" is a composer
    text = ("Журнал взял интервью у известного композитора Ивана Петрова.\nНа следующий день "
            "композитор опровёрг свои слова:\nЯ в ярости. Такого я не говорил.")
    assert speakers(text) == [("Я в ярости.", "Иван Петров")]
    assert speakers("Композитор Иван Петров отзывается о режиссёре:\nОн делает всё в последний "
                    "момент.") == [("Он делает всё", "Иван Петров")]


def test_the_prosecution_speaks_as_itself():
    assert speakers("По версии обвинения, главой группы является Олег Сомов.") == [
        ("главой группы является", "обвинение")]


def test_a_name_after_the_verb_before_a_colon_wins_over_a_clause_before_the_comma():
    text = ("Редактор следит за лентой, но его функция скорее техническая, отметил Пётр Волков: "
            "«Собственный контент мы не производим».")
    assert speakers(text) == [("Редактор следит за", "Пётр Волков"),
                              ("«Собственный контент мы", "Пётр Волков")]


def test_an_apposition_after_a_dash_and_a_place_after_its_noun_are_no_speakers():
    assert speakers("Если страна откажется принять тело, это сделает город, считает Анна "
                    "Котова — профессор Университета Уэйк Форест.") == [
        ("Если страна откажется", "Анна Котова")]
    assert speakers("Тем временем директор похоронного бюро города Вустера заявил, что "
                    "продолжает поиски.") == [("продолжает поиски.",
                                               "директор похоронного бюро города Вустера")]


def test_whom_a_role_told_is_no_part_of_the_role():
    assert speakers("«Мы работаем над этим», — заявил прокурор журналистам.") == [
        ("«Мы работаем над", "прокурор")]


def test_a_proposal_of_two_words():
    assert speakers("Наследный принц Али предложил обыскать консульство.") == [
        ("обыскать консульство.", "Али")]


def test_a_name_closing_its_sentence_before_an_apposition_is_its_subject():
    text = ("«Я в ярости», — сказал Эннио Морриконе. Интервью брал Марсель Андерс, музыкальный "
            "журналист. По его словам, он одновременно готовил передачу.")
    assert speakers(text) == [("«Я в ярости»", "Эннио Морриконе"),
                              ("он одновременно готовил", "Марсель Андерс")]


def test_po_svidetelstvam_and_a_first_name_nominative_only_as_a_plural():
    assert speakers("По свидетельствам очевидцев, вначале раздался хлопок, потом упала "
                    "крыша.") == [("вначале раздался хлопок,", "очевидцы")]
    # "Кристины" is nominative only as a plural: another person's name before hers
    assert speakers("Мать Кристины Ольга Петрова сообщила корреспондентам следующее:\nОна не "
                    "болела ни разу.") == [("Она не болела", "Ольга Петрова")]
