"""The PolNeAR scorer's second, labelled pronoun figure (#26, seventh round): a source
written as ``he``/``she``/``I`` is checked by CoreNLP's chain only when one of the chain's
mentions is a person's name and its other gendered words are not all of the other gender
(read from the corpus' text and chain alone, not from the suggester). Invented text; no test
depends on the corpus."""

from __future__ import annotations

from benchmarks.polnear import Attribution, PolArticle
from benchmarks.polnear_score import PolScore, chain_check, names_source, norm

TEXT = ("Ann Lee, the mayor, spoke on Monday. She said the budget was late.\n\n"
        '"We will fix it," she said.')


def test_a_chain_naming_a_person_checks_the_pronoun():
    assert chain_check(TEXT, "she", ["she", "Ann Lee", "She", "she"]) is None
    assert chain_check(TEXT, "she", ["she", "Ms. Lee"]) is None  # a surname after a title
    assert chain_check(TEXT, "she", ["she", "Lee"]) is None  # the text writes "Ann Lee"
    assert chain_check(TEXT, "he", ["he", "the city's mayor, Tom Reed (D)", "his"]) is None


def test_a_chain_naming_no_person_cannot_check_it():
    assert chain_check(TEXT, "he", ["he", "The Vermont senator", "he"]) == "no person"
    assert chain_check(TEXT, "she", ["she", "the budget"]) == "no person"
    assert chain_check(TEXT, "she", ["she", "Monday"]) == "no person"  # one word, no title
    assert chain_check(TEXT, "I", ["I", "Democrats", "me"]) == "no person"


def test_a_chain_joining_he_to_a_woman_cannot_check_it():
    # the forms: the source as written, then the chain's mentions (the source among them)
    assert chain_check(TEXT, "he", ["he", "he", "Ann Lee", "her", "she"]) == "other gender"
    assert chain_check(TEXT, "he", ["he", "he", "Mrs. Lee"]) == "other gender"
    assert chain_check(TEXT, "he", ["he", "he", "Ann Lee", "her", "his"]) is None  # mixed


def test_a_group_or_a_thing_is_checked_as_before():
    assert chain_check(TEXT, "they", ["they", "the budget hawks"]) is None
    assert chain_check(TEXT, "it", ["it", "the memo"]) is None


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
