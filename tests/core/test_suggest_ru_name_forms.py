"""Russian speakers named right (#25, session 14): names in the form the text meant (an
oblique first name before a verb is no nominative, an undeclined surname kept as written, a
first name alone is the person named before with it, the spelling the text settles), whose
speaker a noun phrase names (a relative's or agent's noun before a surname, a possessive, a
time after "в", a guessed number), and whom a pronoun or a post stands for. Invented
sentences in the style of Russian news reports, each with the exact speaker expected."""

from __future__ import annotations

from annotations.suggest.lang.morph_ru import is_person_word, nominative_phrase, plainly_oblique
from tests.lang_kit import ru_speakers as speakers


def test_a_mans_genitive_first_name_before_a_mans_verb_is_no_subject():
    # "поздравил" has its own subject after it; "Владимира Гельмана" is whom he greeted
    assert plainly_oblique(["Владимира", "Гельмана"], "masc")
    assert not plainly_oblique(["Мартина", "Биг"], "femn")  # a woman's name it lacks
    assert not plainly_oblique(["Евгения", "Чудновец"], "masc")  # a nominative reading too
    text = ("Вчера актёру Владимиру Гельману исполнилось 90 лет. С юбилеем Владимира "
            "Гельмана поздравил министр культуры. «Сегодня у меня обычный рабочий день», — "
            "сказал Гельман.")
    assert speakers(text) == [("«Сегодня у меня", "Владимир Гельман")]


def test_a_womans_surname_in_a_consonant_is_not_declined_after_po_mneniyu():
    text = ("Член совета Евгения Чудновец пожаловалась в прокуратуру. По мнению Чудновец, "
            "фильм опасен для детей.")
    assert speakers(text) == [("фильм опасен для", "Евгения Чудновец")]


def test_a_first_name_alone_is_the_person_named_before_with_it():
    text = ("Фермер Иван Жуков рассказал журналистам об урожае. «Год был трудным», — "
            "сказал Иван.")
    assert speakers(text) == [("«Год был трудным»", "Иван Жуков")]
    # the surname is not taken from the first name ("Стивен Стивен")
    text = ("Режиссёр Стивен Фрай снял фильм. В 2010 году Стивен стал встречаться с "
            "актёром. «Я счастлив», — заявил Стивен.")
    assert speakers(text) == [("«Я счастлив»", "Стивен Фрай")]


def test_a_first_name_alone_stays_when_no_one_was_named_so_before():
    text = ("«Я счастлив», — заявил Стивен. Режиссёр Стивен Фрай снял фильм в Лондоне.")
    assert speakers(text) == [("«Я счастлив»", "Стивен")]


def test_a_surname_in_the_genitive_after_a_relatives_noun_is_the_relatives():
    text = ("Здоровье бывшего президента Томаса Окоры ухудшилось. Однако позже внук Окоры "
            "сообщил, что бывший политик идёт на поправку.")
    assert speakers(text) == [("бывший политик идёт", "внук Окоры")]


def test_a_possessive_before_the_subject_after_the_verb_is_no_object_quoted():
    text = ("Убийца Марк Чепмен застрелил музыканта. «Мы очень взволнованы», — сказал его "
            "представитель Боб Зафиан.")
    assert speakers(text) == [("«Мы очень взволнованы»", "Боб Зафиан")]
    # the object quoted stays the speaker: "цитирует её агентство"
    text = "Министр Анна Белова выступила. «Кризис позади», — цитирует её агентство."
    assert speakers(text) == [("«Кризис позади»", "Анна Белова")]


def test_her_representative_is_not_she():
    text = "Певица Анна Белова ушла со сцены. «Она устала», — сообщила её представительница."
    assert speakers(text) == [("«Она устала»", "представительница")]
    # one named with that post before is that representative
    text = ("Певица Анна Белова ушла со сцены. Её представительница Ольга Жукова выступила "
            "по радио. «Она устала», — сообщила её представительница.")
    assert speakers(text) == [("«Она устала»", "Ольга Жукова")]


def test_a_representative_of_a_person_named_before_by_another_post_speaks():
    text = ("Актёр Джастин Теру отметил день рождения. Как сообщил журналу официальный "
            "представитель Теру, актёр женится в мае.")
    assert speakers(text) == [("актёр женится в", "официальный представитель Теру")]
    # one named with that post before is that representative
    text = ("Представитель компании Джастин Теру выступил. Как сообщил журналу представитель "
            "Теру, актёр женится в мае.")
    assert speakers(text) == [("актёр женится в", "Джастин Теру")]


def test_the_subject_of_an_opening_kak_clause_is_the_pronoun_after_it():
    # "показал" (testimony) is no cue, but its subject is whom "он" stands for
    text = ("Суд допросил бизнесмена Алекса Ривераса. Президент Энрике Гомес отрицает "
            "обвинения. Как показал Риверас, он заявил прокурорам, что передача взятки "
            "состоялась в октябре.")
    assert speakers(text) == [("передача взятки состоялась", "Алекс Риверас")]


def test_a_name_read_first_from_the_genitive_takes_its_later_nominative():
    # the first quote's speaker is named as the text later shows him in the nominative
    text = ("По инициативе владельца мастерской Андреа Корвана швеи шьют маски. «Всё "
            "началось случайно», — рассказал Андреа. Андреа Корван рассказал, что его отец "
            "заболел в марте.")
    assert speakers(text) == [("«Всё началось случайно»", "Андреа Корван"),
                              ("его отец заболел", "Андреа Корван")]


def test_a_womans_accusative_first_name_before_her_verb_is_no_subject():
    # "а Анну Белову назвала": whom the mother named, not a new spelling of Белова's name
    text = ("Светская львица Анна Белова вышла замуж за Ивана Жукова. Мать жениха одобрила "
            "выбор сына, а Анну Белову назвала достойным человеком. «Я счастлива», — сказала "
            "Белова.")
    assert speakers(text) == [("«Я счастлива»", "Анна Белова")]


def test_a_name_in_the_genitive_stays_whole_in_the_role_that_speaks():
    text = ("Пресса обсуждает свадьбу. Супруга знаменитого советского актера Петра Жукова "
            "подтвердила, что свадьба состоялась в мае.")
    assert speakers(text) == [("свадьба состоялась в",
                               "Супруга знаменитого советского актера Петра Жукова")]


def test_a_wifes_noun_is_no_man_named_before():
    text = ("По данным СМИ, 31-летний Станислав Лисов находился за границей. По словам "
            "супруги программиста, её муж занимается разработкой сайтов.")
    assert speakers(text)[1] == ("её муж занимается", "супруга программиста")
    # nor the one her noun's dependent names ("программист"), whatever his gender
    text = ("Программист Станислав Лисов пропал. По словам помощника программиста, он "
            "занимается разработкой сайтов.")
    assert speakers(text) == [("он занимается разработкой", "помощник программиста")]


def test_people_after_a_time_named_with_v_are_the_subject_not_a_place():
    text = ("Напомним, в четверг представители ПНС сообщили об установлении полного контроля "
            "над городом.")
    assert speakers(text) == [("об установлении полного", "представители ПНС")]


def test_a_guessed_number_of_people_keeps_its_guess():
    text = ("В субботу на месте убийства собрались около 100 демонстрантов с криками «Мы "
            "требуем справедливости».")
    assert speakers(text) == [("«Мы требуем справедливости»", "около 100 демонстрантов")]


def test_the_one_described_after_a_passive_participle_is_the_next_pronoun():
    text = ("Член совета Ярослав Емельяненко заявил, что пожар локализован. По факту поджога "
            "был задержан 27-летний житель одного из сёл области. Он сказал, что поджёг мусор "
            "ради забавы.")
    assert speakers(text) == [("пожар локализован.", "Ярослав Емельяненко"),
                              ("поджёг мусор ради", "27-летний житель одного из сёл области")]


def test_a_name_among_the_first_words_of_a_that_clause_is_its_topic_not_a_new_subject():
    text = ("Сенатор Тони Ивоби избран в Сенат. Ивоби заявил, что вся партия и сам Маттео "
            "Сальвини осудили этот случай, однако напомнил, что там была убита девушка. По его "
            "словам, следует осудить оба случая.")
    assert speakers(text) == [("вся партия и", "Тони Ивоби"),
                              ("следует осудить оба", "Тони Ивоби")]


def test_a_name_read_again_in_the_genitive_loses_the_gender_of_its_misreading():
    # "Эда Роблеса" first read as a woman's nominative, then as Эд Роблес's genitive: "он"
    # may stand for him
    text = ("Полиция задержала стрелка, 17-летнего школьника Петроса Каллиса. По словам "
            "шерифа округа Харрис Эда Роблеса, полиция устанавливает число пострадавших. "
            "«Всего погибли десять человек», — сообщил он.")
    assert speakers(text) == [("полиция устанавливает число", "Эд Роблес"),
                              ("«Всего погибли десять", "Эд Роблес")]


def test_an_insider_and_a_trusted_person_are_no_one_named_before():
    text = ("Певица Анна Белова прошла курс лечения. «Это не какой-то огромный центр для "
            "знаменитостей», — сообщило таблоидам доверенное лицо певицы. «Возможно, это "
            "привлекло Анну Белову», — сообщит инсайдер.")
    assert speakers(text) == [("«Это не какой-то", "доверенное лицо певицы"),
                              ("«Возможно, это привлекло", "инсайдер")]


def test_the_one_who_accuses_speaks_not_the_accused():
    # (already so: a guard for "обвинил X в …, заявив, что …")
    text = ("Министр Иван Петров выступил в Думе. Он обвинил Марию Захарову в подлоге, "
            "заявив, что документы были поддельными.")
    assert [s for _q, s in speakers(text)] == ["Иван Петров"]


def test_a_role_put_in_the_nominative_keeps_the_texts_spelling():
    assert nominative_phrase(["риэлторов"], "gent") == ["риэлторы"]  # not "риелторы"
    assert nominative_phrase(["отца"], "gent") == ["отец"]
    text = ("Квартира продаётся впервые. Апартаменты, по информации риэлторов, нуждаются в "
            "капитальном ремонте.")
    assert speakers(text) == [("Апартаменты, по информации", "риэлторы")]


def test_a_name_is_spelled_as_the_text_spells_it_most():
    # a caption's slip ("Коллинзи") first, the name spelled right twice after it
    text = ("Режиссёр Тим Коллинзи и его жена. Режиссёр Тим Коллинз ищет актёра на главную "
            "роль. Однако Тим Коллинз не может выбрать актрису, так как, по его мнению, актёры "
            "должны сыграться.")
    assert speakers(text) == [("Однако Тим Коллинз", "Тим Коллинз")]


def test_a_misspelt_adverb_opening_a_sentence_is_no_name():
    assert not is_person_word("Первоначательно") and is_person_word("Мутко")
    text = ("Кандидату стало плохо на церемонии. Первоначательно избирательный штаб Клинтон "
            "пытался скрыть её проблемы, объясняя случившееся тем, что женщина перегрелась.")
    assert speakers(text) == [("женщина перегрелась.", "избирательный штаб Клинтон")]


def test_a_post_before_a_surname_of_one_named_without_a_post_may_be_his():
    text = ("Пётр Иванов представлял семью в суде. Как сообщил журналу адвокат Иванов, иск "
            "будет подан в мае.")
    assert speakers(text) == [("иск будет подан", "Пётр Иванов")]
    # and a woman's surname named before is hers, not a man's genitive
    text = ("Депутат Иван Петров выступил в Думе. Певица Анна Петрова ответила ему. Позже "
            "министр Петрова заявила, что концерт отменён.")
    assert speakers(text) == [("концерт отменён.", "Анна Петрова")]


def test_a_subject_with_a_participles_phrase_before_its_verb_is_a_subject():
    text = ("Экс-председатель собрания Иван Жуков, бежавший из страны 13 лет назад, рассказал "
            "о том, как можно нивелировать угрозу. По словам 87-летнего политика, надежды "
            "всего мира на перемены тщетны.")
    assert speakers(text) == [("надежды всего мира", "Иван Жуков")]


def test_a_post_followed_by_takzhe_goes_on_with_the_one_who_just_spoke():
    text = ("Актёр Энтони Рэпп обвинил коллегу в домогательствах. Кевин Спейси в свою очередь "
            "ответил в Twitter, что не помнит этого. Актёр также признался, что является "
            "бисексуалом.")
    assert speakers(text)[2] == ("является бисексуалом.", "Кевин Спейси")


def test_an_indeclinable_first_names_gender_does_not_part_a_post_from_its_holder():
    # the dictionary gives "Андреа" a woman's gender; after a post it tells nothing
    text = ("Нацгвардеец Виталий Маркив осуждён в Италии. Прокурор Андреа Занончелли говорил, "
            "что Маркив командовал группой бойцов, которые вели обстрел.")
    assert speakers(text) == [("Маркив командовал группой", "Андреа Занончелли")]
    # after an assistant's noun it tells whose assistant spoke
    text = "Помощник Хиллари Клинтон заявил, что планка для ЕС высока."
    assert speakers(text) == [("планка для ЕС", "Помощник Хиллари Клинтон")]
