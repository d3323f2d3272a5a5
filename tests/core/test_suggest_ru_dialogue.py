"""Russian dialogue with dashes (#25's session 14): the one who asks is no one who answered.
Invented text, exact speakers."""

from __future__ import annotations

from tests.lang_kit import ru_speakers as speakers


def test_a_bare_journalist_asking_is_not_the_one_who_answered():
    text = ("Журналист спросил министра о реформе.\n"
            "— Реформа будет продолжена, несмотря ни на что, — ответил Иван Петров.\n"
            "— А сроки? — уточнил журналист.\n"
            "— Сроки пока не определены, — сказал министр.")
    assert speakers(text) == [("— Реформа будет", "Иван Петров"),
                              ("— А сроки?", "журналист"),
                              ("— Сроки пока", "Иван Петров")]
