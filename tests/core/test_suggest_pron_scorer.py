"""The PolNeAR scorer's second, labelled pronoun figure (#26, seventh round): a source
written as ``he``/``she``/``I`` is checked by CoreNLP's chain only when the chain names a
person the text names and the text has not shown that person to be of the other gender.
Invented text; no test depends on the corpus."""

from __future__ import annotations

from annotations.suggest.speakers import People
from benchmarks.polnear import Attribution, PolArticle
from benchmarks.polnear_score import PolScore, chain_check, names_source, norm

TEXT = ("Ann Lee, the mayor, spoke on Monday. She said the budget was late.\n\n"
        '"We will fix it," she said.')


def test_a_chain_naming_a_person_checks_the_pronoun():
    people = People.of(TEXT)
    assert chain_check(people, "she", ["she", "Ann Lee", "She", "she"]) is None
    assert chain_check(people, "she", ["she", "Ms. Lee"]) is None  # the surname alone


def test_a_chain_naming_no_person_cannot_check_it():
    people = People.of(TEXT)
    assert chain_check(people, "he", ["he", "The Vermont senator", "he"]) == "no person"
    assert chain_check(people, "she", ["she", "the budget"]) == "no person"
    assert chain_check(people, "I", ["I", "Democrats", "me"]) == "no person"


def test_a_chain_joining_he_to_a_woman_cannot_check_it():
    people = People.of(TEXT)  # "She said": the text shows Ann Lee is a woman
    assert people.gender["Ann Lee"] > 0
    assert chain_check(people, "he", ["he", "Ann Lee"]) == "other gender"


def test_a_group_or_a_thing_is_checked_as_before():
    people = People.of(TEXT)
    assert chain_check(people, "they", ["they", "the budget hawks"]) is None
    assert chain_check(people, "it", ["it", "the memo"]) is None


def test_the_second_figure_leaves_the_official_one_alone():
    start = TEXT.index('"We')
    she = TEXT.index("she said.")
    quote = Attribution(((she, she + 3),), ((she + 4, she + 8),), ((start, start + 17),))
    right = PolArticle("a", TEXT, [quote], [[(0, 7), (she, she + 3)]])
    budget = TEXT.index("the budget")
    wrong_chain = PolArticle("b", TEXT, [quote], [[(budget, budget + 10), (she, she + 3)]])
    sc = PolScore()
    sc.add(right)
    sc.add(wrong_chain)
    assert sc.speaker_pronoun == [1, 2]  # the official figure: the second chain misses
    assert sc.speaker_pronoun_checked == [1, 1]
    assert sc.chain_unchecked == {("no person", False): 1}


def test_a_possessive_written_s_apostrophe_is_ignored_like_s_apostrophe_s():
    assert norm("Sanders’") == norm("Sanders's") == "sanders"
    assert names_source("Manuel Valls", ["Valls’"])
    assert norm("Jones") == "jones"
