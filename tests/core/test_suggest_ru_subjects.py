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
