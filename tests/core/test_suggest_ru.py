"""Russian suggestions: «…» and „…“ quotes with the dialogue dash, reporting verbs in every
gender and number, по словам / по мнению / как сообщил, reported speech, speakers in the
nominative with their roles, pronouns by the verb's gender; the finder chosen per text; the
Russian and Chinese gold sets load. Sentences are from the Russian gold texts (factRuEval-2016,
benchmarks/gold/lang/ru), the issue, or (the bodies that speak) written in news style."""

from __future__ import annotations

from annotations.suggest.lang import finder_language, script_language
from annotations.suggest.lang.morph_ru import nominative, verb_gender
from benchmarks.gold_lang import LANGS, declared_split, load_lang_gold
from tests.lang_kit import article, quotes


def test_dialogue_dash_reported_speech_and_the_gender_of_pronouns():
    a = article(
        "Канцлер ФРГ Ангела Меркель заявила, что участие России во встречах \"большой "
        "семерки\" в настоящее время немыслимо.",
        "«Такие конфликты не решаются за один день», — констатировала она.",
        "Представитель правительства ФРГ Штеффен Зайберт заявил, что президент США Барак "
        "Обама проведет встречу с Ангелой Меркель перед саммитом.",
        "\"Встреча пройдет непосредственно перед началом саммита\", — сказал Зайберт.",
        "По словам Меркель, контакты с Россией успешно развиваются в рамках \"большой "
        "двадцатки\".",
        "«Утверждают, что это общепринятое правило, — пояснила она, — но ведь мы не имели "
        "даже возможности поговорить».",
    )
    merkel, seibert = ("Ангела Меркель", "Канцлер ФРГ"), ("Штеффен Зайберт",
                                                         "Представитель правительства ФРГ")
    assert quotes(a) == [
        ("участие России во встречах \"большой семерки\" в настоящее время немыслимо.",
         *merkel, "заявила", "indirect"),
        ("«Такие конфликты не решаются за один день»", *merkel, "констатировала", "direct"),
        ("президент США Барак Обама проведет встречу с Ангелой Меркель перед саммитом.",
         *seibert, "заявил", "indirect"),
        ("\"Встреча пройдет непосредственно перед началом саммита\"", *seibert, "сказал",
         "direct"),
        ("контакты с Россией успешно развиваются в рамках \"большой двадцатки\".", *merkel,
         "по словам", "indirect"),
        # "она" after a man spoke: the woman named before (the verb is feminine)
        ("«Утверждают, что это общепринятое правило, — пояснила она, — но ведь мы не имели "
         "даже возможности поговорить»", *merkel, "пояснила", "direct"),
    ]


def test_reported_speech_forms_and_speakers_in_the_nominative():
    a = article(
        "«Форматы уже все есть, так что все это органично должно дополнять друг друга», — "
        "цитирует РБК Карасина.",
        "К вечеру воскресенья были обнаружены 272 тела погибших в катастрофе, сообщил на "
        "брифинге вице-премьер правительства Украины Владимир Гройсман.",
        "Как сообщил председатель совета директоров госоператора Иван Родионов: « Это была "
        "бы хорошая возможность для «Ростелекома». »",
        "Министр обороны Сергей Шойгу заявил, что учения пройдут по плану. Об этом он "
        "сообщил журналистам в Москве.",
        "По мнению Путина, переговоры должны продолжаться без предварительных условий.",
        "Ранее официальный Киев неоднократно заявлял, что на территории Донбасса действуют "
        "подразделения вооруженных сил.",
    )
    assert quotes(a) == [
        ("«Форматы уже все есть, так что все это органично должно дополнять друг друга»",
         "Карасин", None, "цитирует", "direct"),
        ("К вечеру воскресенья были обнаружены 272 тела погибших в катастрофе",
         "Владимир Гройсман", "вице-премьер правительства Украины", "сообщил", "indirect"),
        ("« Это была бы хорошая возможность для «Ростелекома». »", "Иван Родионов",
         "председатель совета директоров госоператора", "сообщил", "direct"),
        ("учения пройдут по плану.", "Сергей Шойгу", "Министр обороны", "заявил", "indirect"),
        ("переговоры должны продолжаться без предварительных условий.", "Путин", None,
         "по мнению", "indirect"),
        ("на территории Донбасса действуют подразделения вооруженных сил.",
         "официальный Киев", None, "заявлял", "indirect"),
    ]


def test_bodies_and_outlets_speak_as_themselves():
    a = article(
        "«Решение уже принято и обсуждению не подлежит», — сказали в пресс-службе ведомства.",
        "По информации «Известий», сделка будет закрыта до конца года.",
        "Как отметили в Минобороны, учения носят плановый характер.",
        "«Мы готовы к диалогу с любыми партнерами», — заявила официальный представитель МИД "
        "России Мария Захарова.",
        "Она добавила, что Москва ждет ответа от западных столиц.",
    )
    zakharova = ("Мария Захарова", "официальный представитель МИД России")
    assert quotes(a) == [
        ("«Решение уже принято и обсуждению не подлежит»", "пресс-служба ведомства", None,
         "сказали", "direct"),
        ("сделка будет закрыта до конца года.", "«Известия»", None, "по информации",
         "indirect"),
        ("учения носят плановый характер.", "Минобороны", None, "отметили", "indirect"),
        ("«Мы готовы к диалогу с любыми партнерами»", *zakharova, "заявила", "direct"),
        ("Москва ждет ответа от западных столиц.", *zakharova, "добавила", "indirect"),
    ]


def test_dialogue_lines_that_open_with_a_dash():
    a = article(
        "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.",
        "— Мы готовы ко всему, — сказал министр. — Но решение пока не принято.",
        "Депутат Елена Петрова возразила, что денег не хватит.",
        "— Это неправда! — возмутилась Петрова.",
    )
    minister = ("Антон Силуанов", "Министр финансов")
    assert quotes(a) == [
        ("бюджет будет исполнен.", *minister, "заявил", "indirect"),
        ("— Мы готовы ко всему,", *minister, "сказал", "direct"),
        ("— Но решение пока не принято.", *minister, None, "direct"),
        ("денег не хватит.", "Елена Петрова", "Депутат", "возразила", "indirect"),
        ("— Это неправда!", "Елена Петрова", "Депутат", "возмутилась", "direct"),
    ]


def test_interview_turns_go_to_the_labelled_speaker():
    a = article(
        "«Вчера ночью мы провели полуторачасовую беседу», — сообщил Мустафа Джемилев.",
        "Голос Америки: И какова была реакция господина Эрдогана?",
        "Мустафа Джемилев: Положительная была реакция!",
        "Голос Америки: Спасибо за интервью!",
    )
    assert [(q[0], q[1], q[3]) for q in quotes(a)] == [
        ("«Вчера ночью мы провели полуторачасовую беседу»", "Мустафа Джемилев", "сообщил"),
        ("И какова была реакция господина Эрдогана?", "Голос Америки", ":"),
        ("Положительная была реакция!", "Мустафа Джемилев", ":"),
        ("Спасибо за интервью!", "Голос Америки", ":")]


def test_the_source_an_agency_cites_and_a_colon_before_the_quote():
    a = article(
        "«Работы по расчистке ведутся круглосуточно», — сообщили ТАСС в пресс-службе "
        "губернатора.",
        "Как сообщает РИА Новости со ссылкой на пресс-службу МЧС, пострадавших нет.",
        "Площадь возгорания составила 500 квадратных метров, сообщает агентство со ссылкой "
        "на МЧС.",
        "Глава МИД России Сергей Лавров отметил: «Мы не позволим никому вмешиваться в наши "
        "дела».",
    )
    assert [(q[1], q[3], q[4]) for q in quotes(a)] == [
        ("пресс-служба губернатора", "сообщили", "direct"),
        ("пресс-служба МЧС", "сообщает", "indirect"), ("МЧС", "сообщает", "indirect"),
        ("Сергей Лавров", "отметил", "direct")]


def test_attribution_lines_after_a_quote_paragraph():
    # the page: «…» quotes attributed on a line of their own; a set-off quote with no
    # marks (the seed's "- said the Russian president." in Russian)
    a = article(
        "Модель Паулина Поризкова рассказала о своей жизни после развода.",
        "«Мне никто ничего не объяснил. Я узнала обо всем из газет»",
        "— пожаловалась Поризкова.",
        "Время покажет, как будут развиваться наши отношения. Пока мы таких целей перед "
        "собой не ставили",
        "— сказал российский президент.",
    )
    assert [(q[1], q[3], q[4]) for q in quotes(a)] == [
        ("Паулина Поризкова", "пожаловалась", "direct"),
        ("российский президент", "сказал", "direct")]  # a woman did not say "сказал"


def test_a_womans_surname_after_the_dash_stays_hers():
    a = article("«Мне никто ничего не объяснил», — пожаловалась Поризкова.")
    assert quotes(a) == [("«Мне никто ничего не объяснил»", "Поризкова", None, "пожаловалась",
                          "direct")]


def test_two_people_of_one_surname_are_told_apart_by_the_verb():
    a = article(
        "«Вчера адвокат проинформировала меня, что тюремные власти наконец разрешили "
        "встречу», — рассказала Алла Бут.",
        "В начале января Бут сообщил, что отверг предложенную ему американскими властями "
        "сделку со следствием.",
        "«Мы не виделись с 15 ноября и планируем прийти в суд», — сказала она.",
    )
    assert [q[1] for q in quotes(a)] == ["Алла Бут", "Бут", "Алла Бут"]


def test_morphology_nominative_and_verb_gender():
    assert nominative(["Путина"], "gent") == ["Путин"]
    assert nominative(["Паноса", "Камменоса"], "gent") == ["Панос", "Камменос"]
    assert nominative(["Петру", "Порошенко"], "datv") == ["Петр", "Порошенко"]
    assert nominative(["пресс-службу"], "accs") == ["пресс-служба"]
    assert [verb_gender(w) for w in ("сказал", "сказала", "заявили", "считает")] == \
        ["masc", "femn", "plur", None]


def test_the_finder_follows_each_texts_language():
    ru = "Министр обороны Сергей Шойгу заявил, что учения пройдут по плану."
    en = "Defence Minister Hanno Pevkur said that the exercise would go ahead as planned."
    assert script_language(ru) == "ru" and script_language(en) == "en"
    assert script_language("ок") is None
    # the metadata decides when the script agrees or cannot tell; else the script
    assert finder_language(ru, "ru") == "ru" and finder_language(ru, None) == "ru"
    assert finder_language(en, "ru") == "en" and finder_language("ок", "ru") == "ru"
    assert finder_language(ru, "en-US") == "ru"
    # a Russian article and an English one in the same store: each by its own rules
    assert quotes(article(ru, language="ru")) == quotes(article(ru)) == [
        ("учения пройдут по плану.", "Сергей Шойгу", "Министр обороны", "заявил",
         "indirect")]
    assert quotes(article(en, language="en")) == [
        ("the exercise would go ahead as planned.", "Hanno Pevkur", "Defence Minister",
         "said", "indirect")]


def test_russian_readers_who_repeat_the_article_quote_its_speaker():
    a = article(
        "«Такие конфликты не решаются за один день», — констатировала канцлер ФРГ Ангела "
        "Меркель.",
        "Саммит пройдет в замке Эльмау в воскресенье и продлится два дня.",
        language="ru",
        comments=[
            {"depth": 0, "author": "ivan", "posted_at": "2024-01-01T00:00:00Z",
             "text": "«Такие конфликты не решаются за один день» — ну да, конечно."},
            {"depth": 0, "author": "olga", "posted_at": "2024-01-01T00:00:00Z",
             "text": "Пишут, что «саммит пройдет в замке Эльмау в воскресенье». Посмотрим."},
            {"depth": 0, "author": "bob", "posted_at": "2024-01-01T00:00:00Z",
             "text": '"We will see," Bob Smith said about the summit.'},
        ])
    assert quotes(a, "1") == [("«Такие конфликты не решаются за один день»",
                               "Ангела Меркель", "канцлер ФРГ", "quoting the article",
                               "direct")]
    assert quotes(a, "2") == [("«саммит пройдет в замке Эльмау в воскресенье»",
                               "the article", None, "quoting the article", "direct")]
    # an English comment under a Russian article is read by the English rules
    assert quotes(a, "3") == [('"We will see,"', "Bob Smith", None, "said", "direct")]


def test_every_gold_snippet_is_in_its_text_and_the_split_is_the_declared_rule():
    for lang in LANGS:
        gold = load_lang_gold(lang)  # raises when a snippet is not in its body
        assert sum(len(g.quotes) for g in gold) >= 100
        assert {g.article.language for g in gold} == {lang}
        for g in gold:
            assert g.split == declared_split(g.name)
            for s0, e0, speakers, mode in g.quotes:
                assert 0 <= s0 < e0 <= len(g.article.body) and speakers[0]
                assert mode in ("direct", "indirect", "mixed")
        assert {g.split for g in gold} == {"dev", "heldout"}
