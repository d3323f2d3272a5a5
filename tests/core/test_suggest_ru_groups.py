"""Russian speakers that are groups of people named by a collective noun (#25's session 14):
a family, a couple, a team speak as themselves. Invented sentences, exact speakers."""

from __future__ import annotations

from tests.lang_kit import ru_speakers as speakers


def test_a_family_speaks():
    text = "Семья погибшего заявила, что подаст иск против клиники."
    assert speakers(text) == [("подаст иск против", "Семья погибшего")]
    text = "По словам семьи погибшего, иск будет подан в понедельник."
    assert speakers(text) == [("иск будет подан", "семья погибшего")]


def test_a_couple_speaks_after_a_time_before_it():
    text = ("Актёр и режиссёр поженились весной. В мае пара объявила, что ждёт второго "
            "ребёнка.")
    assert speakers(text) == [("ждёт второго ребёнка.", "пара")]


def test_a_team_speaks():
    text = "В четверг команда заявила, что не согласна с решением судей."
    assert speakers(text) == [("не согласна с", "команда")]


def test_a_bodys_remit_after_po_is_part_of_its_name():
    text = "Совет по международным отношениям заявил, что в понедельник объявит награду."
    assert speakers(text) == [("в понедельник объявит", "Совет по международным отношениям")]
    text = "Комиссия по правам человека сообщила, что проверит жалобу заключённого."
    assert speakers(text) == [("проверит жалобу заключённого.", "Комиссия по правам человека")]
    text = "По словам Комитета по бюджету, средства будут выделены до конца года."
    assert speakers(text) == [("средства будут выделены", "Комитет по бюджету")]
    # a region after a body's branch stays as it was
    text = "Главное управление МВД по Москве сообщило, что задержан подозреваемый."
    assert speakers(text) == [("задержан подозреваемый.", "Главное управление МВД по Москве")]


def test_a_body_and_a_post_named_together_speak_together():
    text = "Правительство и губернатор области заявили, что помогут пострадавшим семьям."
    assert speakers(text) == [("помогут пострадавшим семьям.",
                               "Правительство и губернатор области")]
    text = ("В сообщении правительства и губернатора области говорится, что помощь будет "
            "оказана всем.")
    assert speakers(text) == [("помощь будет оказана", "правительство и губернатор области")]
    # a post that depends on the body is no second speaker
    text = "По словам пресс-службы губернатора, помощь будет оказана всем."
    assert speakers(text) == [("помощь будет оказана", "пресс-служба губернатора")]


def test_two_latin_names_joined_by_i_speak_together():
    text = "По данным Bellingcat и The Insider, подозреваемый служил в армии."
    assert speakers(text) == [("подозреваемый служил в", "Bellingcat и The Insider")]
    text = ("Ранее Bellingcat и The Insider назвали имя подозреваемого. По их данным под "
            "именем «Иван Петров» скрывается полковник.")
    assert speakers(text) == [("под именем «Иван", "Bellingcat и The Insider")]


def test_a_participle_of_declaring_with_o_reports_the_noun_it_agrees_with():
    text = ("Он стал одним из лидеров «Народного фронта», заявлявшего о необходимости "
            "наведения порядка в стране.")
    assert speakers(text) == [("о необходимости наведения", "«Народный фронт»")]
    text = ("Он стал одним из лидеров движения, заявлявшего о необходимости наведения порядка "
            "в стране.")
    assert speakers(text) == [("о необходимости наведения", "движение")]
    text = "Министр Иван Петров, заявивший о необходимости реформ, покинул пост в пятницу."
    assert speakers(text) == [("о необходимости реформ", "Иван Петров")]
    # a thing that declares nothing in words
    assert speakers("Вышла книга, заявлявшая о себе как о бестселлере.") == []
