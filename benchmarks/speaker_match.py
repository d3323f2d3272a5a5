"""Whether a suggested speaker *names the person* a gold quote's speaker forms name: a second
speaker measure beside the strict one (one of the gold forms exactly,
``benchmarks.quote_gold.Score.speaker_accuracy``), by general rules and no list of names.

A suggestion names the person when the strict rule holds, or

- one of it and a gold form ends with the other at a word boundary (in Chinese or Japanese a
  boundary of ICU's word breaker: ``副`` makes ``副总统`` another role than ``总统``); the
  longer one's extra leading words are a role or title: they do not end in a preposition, a
  conjunction or a possessive link (``a spokesman for X``, ``X's wife``, ``жена у X``,
  ``外交部的X``) nor in a Russian name part (a first name, a surname, a capitalised word the
  dictionary does not hold or a capitalised nominative that is no person's noun: the name
  goes on); and the shorter one is a full name: at least two words (in CJK two characters and
  no single dictionary word: ``总统`` is a role), its first and last word capitalised where
  the script has case, and, in Russian, every Cyrillic word of it possibly a nominative
  singular (a genitive name after a noun is someone else: ``адвокат Ивана Петрова`` is not
  ``Иван Петров``), or
- it is exactly the last word (the surname) of the gold speaker's first form, a full name as
  above (``источник`` is no surname of ``близкий к ней источник``), and no other speaker of
  a gold quote in the same article has a form ending in that word (``Petrov`` is not
  credited where Ivan and Oleg Petrov both speak).

A person's noun before a body's name (Latin words or abbreviations: ``представители Walt
Disney``) is the body's people, not the body. An indeclinable name after another Russian noun
(``жена Мари Дюпон``, ``пресс-служба ЦБ РФ``, ``газета The New York Post``) reads as
apposition, as the text's own grammar allows: case cannot tell it from a genitive, and the dev
gold lists such pairs as one speaker."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:a|an|the|one|some|another)\s+", re.IGNORECASE)
#: Words after which a name is not the one the words before describe (general vocabulary:
#: prepositions, conjunctions and possessive links of English and Russian).
LINKS = frozenset({
    "for", "of", "to", "from", "with", "by", "at", "on", "in", "about", "behind", "near",
    "and", "or", "nor", "than", "versus", "vs",
    "у", "для", "от", "при", "с", "со", "к", "ко", "о", "об", "обо", "по", "за", "из", "до",
    "без", "в", "во", "на", "над", "под", "перед", "между", "через", "про", "ради", "против",
    "и", "или", "а", "но", "чем",
})
#: The same for Chinese and Japanese (possessive 的/之/の, and, with, to).
CJK_LINKS = frozenset("的之の和与與及跟同对對向と")


def normal(name: str | None) -> str:
    """The strict rule's normal form: case, determiners and apostrophe style ignored."""
    s = (name or "").lower().replace("’", "'").strip(" .,")
    s = re.sub(r"^(?:a|an|the|one|some|another)\s+", "", s)
    return re.sub(r"\s+", " ", s)


def _tokens(name: str) -> list[str]:
    """The words of a speaker form, case kept (characters for a CJK form with no spaces)."""
    s = _DETERMINER.sub("", name.replace("’", "'").strip(" .,"))
    if _CJK.search(s) and not re.search(r"\s", s):
        return list(s)
    return s.split()


def _nominative(word: str) -> bool:
    """Whether a Cyrillic word may be a nominative singular (pymorphy3: a word its dictionary
    holds fails when it reads as a singular only in oblique cases, as ``Ивана``; a guessed
    one fails when its first guess is a singular oblique case, as ``Гутерриша``'s genitive).
    Other words: yes."""
    if not _CYRILLIC.search(word):
        return True
    from annotations.suggest.lang.morph_ru import known, parses

    readings = [p.tag.grammemes for p in parses(word)]
    if not readings or "UNKN" in readings[0]:
        return True
    if any({"nomn", "sing"} <= r for r in readings):
        return known(word) or "nomn" in readings[0] or "sing" not in readings[0]
    return not any("sing" in r for r in readings)


def _name_part(word: str) -> bool:
    """Whether a capitalised Cyrillic word before a name goes on with the name rather than
    being a role's: a first name, surname or patronymic at its first reading (``Анна`` in
    ``Анна Мария Петрова``), a word pymorphy3's dictionary does not hold, or a nominative
    that is no animate noun (``Хван`` in ``Хван Чжан Еп``; a role is a person's noun,
    ``Министр``, and a place or body before a name is a genitive, ``России``)."""
    if not _CYRILLIC.search(word) or not word[:1].isupper():
        return False
    from annotations.suggest.lang.morph_ru import known, parses

    ps = parses(word)
    if not known(word) or not ps:
        return True
    tag = ps[0].tag.grammemes
    return bool(PERSON_TAGS & tag) or "nomn" in tag and "anim" not in tag


def _cjk_name(chars: Sequence[str]) -> bool:
    """Whether CJK characters may be a name: not one word of ICU's dictionary (``总统``,
    ``外长`` are roles; ``赵立坚`` and ``拜登`` break into pieces)."""
    from annotations.compat_icu import word_segments

    text = "".join(chars)
    return word_segments(text, "zh") != [(0, len(text))]


def _cjk_boundary(chars: Sequence[str], at: int) -> bool:
    """Whether ICU's word breaker puts a boundary before ``chars[at]`` (``副总统`` has none
    before ``总统``; ``国务院副总理`` none before ``总理``)."""
    from annotations.compat_icu import word_segments

    return any(start == at for start, _ in word_segments("".join(chars), "zh"))


def _full_name(words: Sequence[str]) -> bool:
    """Whether ``words`` are a full name: two words or more (CJK: characters, and no single
    dictionary word), first and last capitalised where cased, Cyrillic ones nominative
    singular."""
    if len(words) < 2:
        return False
    if _CJK.search(words[0]):
        return _cjk_name(words)
    for w in (words[0], words[-1]):
        c = next((ch for ch in w if ch.isalpha()), "")
        if c.lower() != c.upper() and not c.isupper():
            return False
    return all(_nominative(w) for w in words)


def _person_of_a_body(extra: str, name: Sequence[str]) -> bool:
    """Whether a Russian person's noun stands before a name of no case it could show, a
    body's: Latin words or abbreviations (``представители Walt Disney``, ``представитель МИД
    РФ``: the body's people, a genitive, since a person is no body)."""
    if not _CYRILLIC.search(extra):
        return False
    from annotations.suggest.lang.morph_ru import parses

    ps = parses(extra)
    if not ps or ps[0].tag.POS != "NOUN" or "anim" not in ps[0].tag.grammemes:
        return False
    return all(not _CYRILLIC.search(w) or w.isupper()
               or any("Abbr" in p.tag.grammemes for p in parses(w)[:1]) for w in name)


def _link(word: str) -> bool:
    """Whether a word joins what follows to what comes before rather than naming it."""
    low = word.lower()
    return low in LINKS or low in CJK_LINKS or low.endswith(("'s", "s'", "'", ",", "&"))


def _role_plus(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``longer`` is a role or title followed by the full name ``shorter``."""
    k = len(shorter)
    if len(longer) <= k or [w.lower() for w in longer[-k:]] != [w.lower() for w in shorter]:
        return False
    extra = longer[-k - 1]
    if _CJK.search(extra) and not _cjk_boundary(longer, len(longer) - k):
        return False
    return (not _link(extra) and not _name_part(extra) and _full_name(shorter)
            and not _person_of_a_body(extra, shorter))


def names_person(got: str | None, forms: Sequence[str],
                 others: Iterable[Sequence[str]] = ()) -> bool:
    """Whether the suggested speaker ``got`` names the person of the gold ``forms`` (the first
    form the full name); ``others`` are the forms of the article's other gold speakers."""
    if not got or not got.strip():
        return False
    if normal(got) in {normal(f) for f in forms}:
        return True
    g = _tokens(got)
    for f in forms:
        t = _tokens(f)
        if _role_plus(g, t) or _role_plus(t, g):
            return True
    first = _tokens(forms[0]) if forms else []
    if (len(g) != 1 or not first or _CJK.search(g[0]) or g[0].lower() != first[-1].lower()
            or not _full_name(first)):
        return False
    surname = g[0].lower()
    return not any(t and t[-1].lower() == surname
                   for other in others for t in map(_tokens, other))
