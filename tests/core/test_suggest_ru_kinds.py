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
