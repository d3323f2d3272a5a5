"""Russian quotations set apart after a colon and opinions attributed with a prepositional
phrase (#25, fourth session): a verb of naming or an inverted verb of saying before the
colon, a quotation going on over paragraphs in the first person, ``на его взгляд``, ``по его
убеждению`` and ``— по определению X.`` closing a sentence. Texts written in the style of
Russian Wikinews reports, each with the exact speaker expected, in the nominative."""

from __future__ import annotations

from tests.lang_kit import ru_found as found


def test_a_verb_of_naming_before_a_colon_gives_the_quotation_set_apart_its_speaker():
    text = ("Депутат Госдумы Илья Пономарёв назвал отставку серьезным ударом по правительству "
            "Дмитрия Медведева:\n\nЭто самый серьезный удар по правительству. Он был ключевым "
            "человеком в кабинете.")
    assert found(text) == [("Это самый серьезный", "Илья Пономарёв", "назвал")]


def test_an_inverted_verb_of_saying_before_a_colon():
    text = ("Впечатления от концерта резюмировал журналист Михаил Митропольский, исполнявший "
            "роль чтеца:\n\nЭротизм тут присутствует как элемент джазовой эстетики.")
    assert found(text) == [("Эротизм тут присутствует", "Михаил Митропольский", "резюмировал")]


def test_a_quotation_set_apart_goes_on_in_the_first_person():
    text = ("В сообщении клуба говорится:\n\nУ нас не было слов, чтобы выразить потрясение, "
            "когда мы услышали о трагической кончине спортсмена.\n\nНаши мысли – с семьями "
            "тех, кто пострадал в этой аварии.\n\nНападающий команды посвятил ему гол в "
            "матче.")
    assert found(text) == [("У нас не", "клуб", "говорится"),
                           ("Наши мысли –", "клуб", "говорится")]


def test_na_ego_vzglyad_and_po_ego_ubezhdeniyu():
    text = ("Андрей Столбунов знает, как трудно добиться справедливости в суде. На его взгляд, "
            "здесь вопрос даже не в депутатах. По его убеждению, нужны срочные меры со "
            "стороны власти.")
    assert found(text) == [("здесь вопрос даже", "Андрей Столбунов", "на его взгляд"),
                           ("нужны срочные меры", "Андрей Столбунов", "по его убеждению")]


def test_po_slovam_closing_its_sentence():
    text = ("Вечер открыл журналист Михаил Митропольский. Это была настоящая экспозиция "
            "различных эпох\u00a0— по определению Митропольского.")
    assert found(text) == [("Это была настоящая", "Михаил Митропольский", "по определению")]


def test_a_pronoun_is_the_one_who_spoke_last_in_the_text_not_last_found():
    # the first quotation set apart is attributed after the sentences that follow it: the
    # "Он" of the second colon is still Спейси, who spoke last before it
    text = ("Актёр Энтони Рэпп обвинил коллегу в домогательстве. По словам Рэппа, в этот "
            "момент Кевин Спейси был сильно пьян:\n\nОн подхватил меня и уложил на кровать."
            "\n\nСпейси в свою очередь ответил в Twitter, что ему было жутко услышать об этой "
            "истории. Он принёс извинения, объяснив их опьянением:\n\nЯ в ужасе от этой "
            "истории.")
    assert found(text) == [("коллегу в домогательстве.", "Энтони Рэпп", "обвинил"),
                           ("в этот момент", "Энтони Рэпп", "по словам"),
                           ("Он подхватил меня", "Энтони Рэпп", "по словам"),
                           ("ему было жутко", "Кевин Спейси", "ответил"),
                           ("Я в ужасе", "Кевин Спейси", "объяснив")]
