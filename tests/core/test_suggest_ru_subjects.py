"""Russian speakers found as a clause's subject: the subject of the clause a gerund of saying
hangs on (not its object), and a role before a surname that is a man's only in the genitive
(``Адвокат Маркива``). Each rule was found on Wikinews dev text sampled at random; the
sentences here are invented."""

from __future__ import annotations

from annotations.suggest.lang.morph_ru import oblique_name
from tests.lang_kit import ru_speakers as speakers


def test_a_gerund_of_saying_belongs_to_its_clause_subject_not_the_object():
    text = ("Мэри Кэррол заявила, что не знала о запрете. Однако Верховный суд отклонил довод "
            "Мэри Кэррол, отметив, что она подписала документ.")
    assert speakers(text) == [("не знала о", "Мэри Кэррол"),
                              ("она подписала документ.", "Верховный суд")]
    text = ("Ольга Петрова заявила, что не знала о запрете. Однако Верховный суд отклонил довод "
            "Ольги Петровой, отметив, что она подписала документ.")
    assert speakers(text)[1] == ("она подписала документ.", "Верховный суд")


def test_a_noun_read_as_a_verb_does_not_cut_the_subject():
    # "дел" reads as a past tense of "деть" too: the subject is the whole name with its role
    text = ("Министр иностранных дел Ивании Пётр Сомов, который завтра будет беседовать с "
            "Иваном Котовым, указал, что миссия возможна.")
    assert speakers(text) == [("миссия возможна.", "Пётр Сомов")]


def test_a_surname_that_is_a_mans_only_in_the_genitive_depends_on_the_role():
    assert oblique_name("Маркива", "masc") is True
    assert oblique_name("Маркив", "masc") is False
    assert oblique_name("Иванова", "femn") is False
    text = ("Суд приговорил бойца Виталия Маркива к тюрьме. Адвокат Маркива заявил, что его "
            "подзащитный был простым солдатом.")
    assert speakers(text) == [("его подзащитный был", "Адвокат Маркива")]


def test_an_indeclinable_surname_after_a_post_is_the_subject():
    assert oblique_name("Корреа", "masc") is False
    text = ("Вице-президент побеседовал с президентом Эквадора Рафаэлем Корреа. Президент Корреа "
            "заявлял, что США должны объясниться.")
    assert speakers(text) == [("США должны объясниться.", "Рафаэль Корреа")]


def test_a_relative_of_a_named_person_is_not_that_person():
    text = ("Программист Аарон Шварц покончил с собой. Как рассказал дядя Шварца, его тело "
            "нашла подруга.")
    assert speakers(text) == [("его тело нашла", "дядя Шварца")]
    text = ("Умер бывший премьер-министр Евгений Примаков. Внук бывшего премьер-министра "
            "свидетельствовал о его смерти:\nДа, это правда, это сегодня произошло.")
    assert speakers(text) == [("Да, это правда,", "Внук бывшего премьер-министра")]


def test_a_compound_place_name_after_a_post_is_no_person():
    text = "Шеф полиции Сан-Диего рассказал, что злоумышленник позвонил в службу спасения."
    assert speakers(text) == [("злоумышленник позвонил в", "Шеф полиции Сан-Диего")]


def test_more_nouns_of_according_to_and_verbs_of_saying():
    assert speakers("По сообщениям СМИ, 8 июня у него родились близнецы.") == [
        ("8 июня у", "СМИ")]
    assert speakers("По заявлениям самого футболиста, его сын родился в клинике.") == [
        ("его сын родился", "футболист")]
    assert speakers("По оценке фонда, плохая санитария приводит к болезням.") == [
        ("плохая санитария приводит", "фонд")]
    # "директор по оценке" is a post, not "according to the estimate"
    assert speakers("Как рассказал его директор по оценке лотов Дин Хоермаер, стоимость "
                    "документа превысит $150 тыс.") == [("стоимость документа превысит",
                                                           "Дин Хоермаер")]
    assert speakers("Украинская сторона возлагала ответственность на сепаратистов, настаивая, "
                    "что у бойцов не было миномётов.") == [
        ("у бойцов не", "Украинская сторона")]
    assert speakers("Комментаторы сайта обратили внимание на то, что штраф невелик.") == [
        ("штраф невелик.", "Комментаторы сайта")]
    assert speakers("Как выразился один из источников, он «добывал золото».") == [
        ("он «добывал золото».", "один из источников")]


def test_a_document_named_with_a_possessive_pronoun_is_its_owners():
    text = ("Чемпионку поздравил губернатор Сергей Боженов. «Вашим успехом гордятся все "
            "жители», — отмечается в его телеграмме.")
    assert speakers(text) == [("«Вашим успехом гордятся", "Сергей Боженов")]


def test_the_name_after_posts_in_apposition_one_after_another_speaks():
    text = ("«Медали дались нелегко», – признался гимнаст Денис Игнатьев. «Это они – будущие "
            "чемпионы», – отметил заместитель главного судьи турнира, олимпийский чемпион "
            "(1996), призер Олимпиады-2000, чемпион мира по гимнастике Николай Крюков.")
    assert speakers(text) == [("«Медали дались нелегко»", "Денис Игнатьев"),
                              ("«Это они –", "Николай Крюков")]


def test_a_second_colon_cue_in_a_sentence_has_its_own_subject():
    text = ("Суд приговорил Виталия Маркива к тюрьме. После оглашения приговора он крикнул: "
            "«Слава героям!», прибывшие поддержать его украинцы в зале ответили: «Героям "
            "слава!». Маркив заявил: «Я невиновен».")
    assert speakers(text) == [("«Слава героям!»", "Виталий Маркив"),
                              ("«Героям слава!»", "украинцы"),
                              ("«Я невиновен»", "Виталий Маркив")]


def test_po_slovam_with_no_comma_after_its_source():
    assert speakers("По мнению правоохранительных органов преступление было совершено в мае "
                    "2010 года.") == [("преступление было совершено", "правоохранительные органы")]
    assert speakers("Вратарь ушёл. По словам Роналду ни одна из матерей не видела "
                    "ребенка.") == [("ни одна из", "Роналду")]
    # with the comma, the source is read as before (not cut at its preposition)
    assert speakers("По мнению полпреда президента в округе Виктора Ишаева, оптимальное число "
                    "поясов — два.") == [("оптимальное число поясов", "Виктор Ишаев")]


def test_some_of_a_group_speak():
    assert speakers("Ряд экспертов подтвердил, что препарат опасен для здоровья.") == [
        ("препарат опасен для", "Ряд экспертов")]


def test_a_noun_as_likely_a_person_as_a_thing_speaks_as_a_person():
    # "агент" reads as a thing (a chemical agent) as often as a person
    text = ("Похититель Джимми Ли Дайкс мёртв. Агент из города Мобил (штат Алабама) рассказал, "
            "что преступник достал пистолет.")
    assert speakers(text) == [("преступник достал пистолет.", "Агент")]


def test_a_passive_of_saying_at_someones_event():
    assert speakers("На пресс-конференции президента Бориса Тадича было заявлено, что "
                    "командир пойман.") == [("командир пойман.", "Борис Тадич")]
    assert speakers("Прошла пресс-конференция президента Сербии Бориса Тадича, на которой "
                    "было сообщено о поимке бывшего командира армии.") == [
        ("о поимке бывшего", "Борис Тадич")]


def test_a_body_after_v_speaks_when_the_words_before_it_are_no_subject():
    assert speakers("Несмотря на это 26 февраля в российском Минфине заявили о готовности "
                    "обсуждать вопрос о долге.") == [
        ("о готовности обсуждать", "российский Минфин")]
    assert speakers("Эксперты в Москве заявили, что кризис закончится скоро.") == [
        ("кризис закончится скоро.", "Эксперты")]


def test_a_role_before_a_familys_name_in_the_genitive_plural_speaks():
    assert oblique_name("Бушей", "masc") is True
    assert oblique_name("Микалиан", "femn") is False  # a guessed plural is no genitive
    assert speakers("Пресс-секретарь семьи Бушей сообщил, что экс-президент находится под "
                    "наблюдением.") == [
        ("экс-президент находится под", "Пресс-секретарь семьи Бушей")]


def test_a_body_before_a_posts_holder_in_the_genitive_issues_the_document():
    text = ("Канцелярия президента Джейкоба Зумы распространила заявление, в котором говорится, "
            "что состояние здоровья Манделы ухудшилось.")
    assert speakers(text) == [("состояние здоровья Манделы",
                               "Канцелярия президента Джейкоба Зумы")]
    # a name after a body in the genitive is the subject's own
    assert speakers("Российский оператор ведет переговоры о поставках, сообщила "
                    "пресс-секретарь компании Алия Бекетова.") == [
        ("Российский оператор ведет", "Алия Бекетова")]


def test_the_subject_after_an_outlets_report_speaks_a_quotation_set_apart():
    text = ("По данным телеграм-канала Mash, водитель автобуса Раджабали Судоуров объясняет "
            "аварию так:\nМеня подрезал таксист, я уходил от аварии.")
    assert speakers(text)[-1] == ("Меня подрезал таксист,", "Раджабали Судоуров")


def test_an_adjective_that_is_a_noun_speaks():
    assert speakers("Дежурный сказал:\nАвтобус врезался в остановку. Погибших нет.") == [
        ("Автобус врезался в", "Дежурный")]
    assert speakers("Пострадавшие рассказали, что автобус ехал быстро.") == [
        ("автобус ехал быстро.", "Пострадавшие")]


def test_a_second_speaker_after_an_according_to_source():
    text = ("Хончжин Тан работал в компании. По данным ФБР, компания обратилась в ведомство, "
            "а Тан сказал сослуживцу, что уезжает обратно в Китай.")
    assert speakers(text) == [("компания обратилась в", "ФБР"),
                              ("уезжает обратно в", "Хончжин Тан")]


def test_a_bystander_is_not_the_official_who_spoke_before():
    text = ("Во время нападения он кричал, заявил городской прокурор Франсуа Мулен. По словам "
            "очевидца, трое полицейских окружили убийцу.")
    assert speakers(text)[-1] == ("трое полицейских окружили", "очевидец")
    text = ("Об этом заявил первый замминистра энергетики Эдуард Товпинец. Чиновник заметил, что "
            "поставки продолжатся.")
    assert speakers(text)[-1] == ("поставки продолжатся.", "Эдуард Товпинец")


def test_more_bodies_and_verbs_of_opinion():
    assert speakers("«Мы все испытываем шок», — говорится в заявлении телекомпании.") == [
        ("«Мы все испытываем", "телекомпания")]
    assert speakers("Суд также счел, что сторона не предоставила информации.") == [
        ("сторона не предоставила", "Суд")]
