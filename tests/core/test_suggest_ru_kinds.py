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
