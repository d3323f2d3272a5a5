"""Russian rules mended after the review of session 15: a declined Russian first name is no
syllable of an East Asian name; a threat of a thing in marks is no quote."""
import pytest

from annotations.suggest.lang.morph_ru import nominative
from annotations.suggest.lang.ru import find_quotes_ru


@pytest.mark.parametrize(("words", "nominal"), [
    (["Тома", "Круза"], ["Том", "Круз"]),  # a first name in the genitive declines too
    (["Пола", "Смита"], ["Пол", "Смит"]),
    (["Ким", "Чен", "Ына"], ["Ким", "Чен", "Ын"]),  # syllables: only the last declines
    (["Си", "Цзиньпина"], ["Си", "Цзиньпин"]),
])
def test_a_declined_first_name_is_no_syllable(words, nominal):
    assert nominative(words, "gent") == nominal


def test_the_speaker_with_a_declined_first_name_is_in_the_nominative():
    text = "По словам Тома Круза, съёмки фильма продлятся до весны."
    assert [q.speaker for q in find_quotes_ru(text)] == ["Том Круз"]


@pytest.mark.parametrize(("text", "found"), [
    ("Ураган угрожает «полным разрушением» побережья.", []),
    ("Актёр угрожает «уйти из проекта навсегда».", [("Актёр", "«уйти из проекта навсегда»")]),
])
def test_a_threat_in_marks_is_speech_only_with_what_is_to_be_done(text, found):
    assert [(q.speaker, text[q.start:q.end]) for q in find_quotes_ru(text)] == found
