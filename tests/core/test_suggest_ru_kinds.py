"""Russian constructions of #25's twelfth round (i25-ru6), kinds of construction found among
the misses of the new Wikinews dev batches: sentences written for the tests, each with the
exact speaker expected, in the nominative."""

from __future__ import annotations

from tests.lang_kit import ru_found as found


def test_a_woman_s_noun_made_from_a_known_person_s_noun_is_a_bare_role():
    # "Музыкантка" is not in the dictionary; "музыкант" is: a role, not a name
    assert found("Певица Ольга Петрова выпустила альбом. Музыкантка говорила, что желает "
                 "отказаться от гастролей.") == [
        ("желает отказаться от", "Ольга Петрова", "говорила")]
    assert found("Журналистка Анна Котова вернулась в город. Продюсерка заявила, что канал "
                 "скоро закроется.") == [("канал скоро закроется.", "Анна Котова", "заявила")]


def test_the_outlet_an_interview_was_given_to_is_whom_one_told_not_who_spoke():
    assert found("Певица Ольга Петрова выпустила альбом. В 2019 году в интервью журналу NOVA "
                 "призналась, что, возможно, новый альбом последний.") == [
        ("возможно, новый альбом", "Ольга Петрова", "призналась")]
    assert found("Певица Ольга Петрова выпустила альбом. В интервью газете «Новости» "
                 "призналась, что, возможно, новый альбом последний.") == [
        ("возможно, новый альбом", "Ольга Петрова", "призналась")]
    # a subject of its own after the outlet speaks
    assert found("Певица Ольга Петрова выпустила альбом. В интервью газете «Новости» министр "
                 "Иван Котов заявил, что альбом плохой.") == [
        ("альбом плохой.", "Иван Котов", "заявил")]


def test_a_man_s_genitive_name_after_a_noun_that_cannot_be_a_nominative_is_no_woman():
    # "Ирвина Брана" after "предпринимателя" is Ирвин Бран's genitive, not a woman "Ирвина"
    assert found("Певица Ольга Петрова ждёт ребёнка от предпринимателя Ирвина Брана. Она "
                 "сказала, что пол ребёнка останется тайной.") == [
        ("пол ребёнка останется", "Ольга Петрова", "сказала")]


def test_who_says_i_in_marks_after_a_colon_is_the_subject_before_the_colon():
    assert found("Певица Ольга Петрова ждёт ребёнка. Она не хочет раскрывать его пол: «Я "
                 "думаю, что его частная жизнь должна быть под защитой».") == [
        ("его частная жизнь", "Ольга Петрова", "думаю")]


def test_according_to_what_was_read_on_a_site_the_site_speaks():
    assert found("Выставка открылась в мае. По информации с сайта мэра Твери, на выставке "
                 "также есть новый раздел.") == [
        ("на выставке также", "сайт мэра Твери", "по информации")]
    assert found("Выставка открылась в мае. По данным из отчёта министерства, на выставке "
                 "также есть новый раздел.") == [
        ("на выставке также", "отчёт министерства", "по данным")]


def test_a_surname_ending_in_a_consonant_after_an_oblique_first_name_of_no_known_gender():
    # "Глории" the dictionary reads as a common noun: no gender; "Кейз" does not decline
    assert found("По словам адвоката писательницы Глории Кейз, суд начнётся в мае.") == [
        ("суд начнётся в", "Глория Кейз", "по словам")]


def test_an_apposition_naming_the_source_cited_is_the_source():
    assert found("Фильм выйдет в прокат в мае, сообщает агентство «Новости» со ссылкой на "
                 "прокатчика фильма, компанию «Альфа Фильм».") == [
        ("Фильм выйдет в", "компания «Альфа Фильм»", "сообщает")]
    assert found("Фильм выйдет в прокат в мае, сообщает агентство «Новости» со ссылкой на "
                 "прокатчика фильма.") == [("Фильм выйдет в", "прокатчик фильма", "сообщает")]
