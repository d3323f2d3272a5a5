"""Russian morphology through pymorphy3 (MIT, with its OpenCorpora dictionary package): the
lemma, case and gender of a word, and names put back in the nominative (``Путина`` ->
``Путин``). The analyser loads once, on first use (about 0.1 s)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_ANALYZER: Any = None
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
PLACE_TAGS = frozenset({"Geox", "Orgn", "Abbr", "Trad"})
#: The first parts of compound place names (general vocabulary: saint, new, port, fort).
PLACE_PREFIXES = ("Сан-", "Санта-", "Сант-", "Лос-", "Лас-", "Нью-", "Сент-", "Порт-",
                  "Форт-", "Рио-")


def analyzer() -> Any:
    """The shared ``pymorphy3.MorphAnalyzer``."""
    global _ANALYZER
    if _ANALYZER is None:
        import pymorphy3

        _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


@lru_cache(maxsize=50_000)
def parses(word: str) -> tuple[Any, ...]:
    """Every analysis of ``word`` (best first); a lower-case word the dictionary holds only
    spelled with е for ё is read so (``опровёрг`` as ``опроверг``)."""
    a = analyzer()
    if "ё" in word and word.islower() and not a.word_is_known(word):
        plain = word.replace("ё", "е")
        if a.word_is_known(plain):
            return tuple(a.parse(plain))
    return tuple(a.parse(word))


@lru_cache(maxsize=50_000)
def known(word: str) -> bool:
    """Whether the dictionary holds ``word`` (also spelled with ё for е: ``Петру``)."""
    low = word.lower()
    a = analyzer()
    return bool(a.word_is_known(low)) or any(
        a.word_is_known(low[:i] + "ё" + low[i + 1:]) for i, c in enumerate(low) if c == "е")


@lru_cache(maxsize=50_000)
def lemmas(word: str, pos: frozenset[str] | None = None) -> frozenset[str]:
    """The normal forms of ``word`` (of the parts of speech ``pos`` only, when given)."""
    return frozenset(p.normal_form for p in parses(word) if pos is None or p.tag.POS in pos)


def verb_gender(word: str, lemma_set: frozenset[str] | None = None) -> str | None:
    """``masc``, ``femn``, ``neut`` or ``plur`` a past-tense verb shows (``сказала`` ->
    ``femn``); None for other forms."""
    for p in parses(word):
        if p.tag.POS != "VERB" or lemma_set is not None and p.normal_form not in lemma_set:
            continue
        if "plur" in p.tag:
            return "plur"
        for g in ("masc", "femn", "neut"):
            if g in p.tag:
                return g
        return None
    return None


def can_be(word: str, case: str, pos: str | None = None) -> bool:
    """Whether some analysis of ``word`` is in ``case`` (and of part of speech ``pos``)."""
    return any(case in p.tag and (pos is None or p.tag.POS == pos) for p in parses(word))


@lru_cache(maxsize=50_000)
def is_person_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name: tagged as a first name,
    surname or patronymic, or unknown to the dictionary and not a place or organisation."""
    if not word[:1].isupper() or word.isupper() and len(word) > 1 or word[:1].isascii():
        return False
    if word.endswith("»") or word.startswith("«") or len(word) < 2:
        return False
    if any(c.isdigit() for c in word):
        return False  # "Сочи-2014", "Евро-2020": an event's name, no one's
    if word.startswith(PLACE_PREFIXES):
        return False  # "Сан-Диего", "Нью-Йорка": a place's name
    ps = parses(word)
    if "летн" in word.lower() and ps and ps[0].tag.POS == "ADJF":
        return False  # "Шестидесятивосьмилетняя Руссефф": an age, no name
    if ps and PLACE_TAGS & ps[0].tag.grammemes and not PERSON_TAGS & ps[0].tag.grammemes:
        return False  # "Израиля": the country, though "Израиль" is a first name too
    if any(PERSON_TAGS & p.tag.grammemes for p in ps[:3]):
        return True
    if any(PLACE_TAGS & p.tag.grammemes for p in ps[:2]):
        return False
    if known(word) and all(p.tag.POS in ("ADJS", "PRTS", "VERB", "GRND", "INFN") for p in ps):
        return True  # a capitalised "Карасина" is no short adjective: a surname
    if not known(word) and len(word) >= 9 and word.endswith(("льно", "чно", "нно", "тно")) and \
            ps and all(p.tag.POS in ("ADJS", "ADVB") for p in ps):
        # "Первоначательно" (a slip of "Первоначально"): an adverb's suffix (not a surname
        # in -ко such as "Мутко", guessed an adverb too)
        return False
    return not known(word) and word.lower() != word


def person_gender(words: list[str], case: str | None = None, fixed: bool = True
                  ) -> str | None:
    """``masc`` or ``femn`` when a first name in ``words`` shows it, or (in the nominative)
    the surname's ending. ``fixed=False``: an indeclinable foreign first name the dictionary
    gives one gender (``Андреа``, a woman's to it, an Italian man's too) shows none."""
    for w in words:
        for p in parses(w):
            if (case or "nomn") not in p.tag:
                continue  # "Максима" in the genitive is Максим's; "Алия" in the nominative hers
            if not fixed and "Fixd" in p.tag.grammemes:
                continue
            if "Name" in p.tag.grammemes and known(w):  # not a guess: "Корреа" is a man
                if "femn" in p.tag:
                    return "femn"
                if "masc" in p.tag:
                    return "masc"
    if case not in (None, "nomn"):
        return None
    last = words[-1].lower() if words else ""
    if last.endswith(("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")):
        return "femn"
    if last.endswith(("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")):
        return "masc"
    return None


def oblique_name(word: str, gender: str) -> bool:
    """Whether ``word`` reads as a person's name only in an oblique case or as the other
    gender's nominative (``Маркива`` beside a verb in the masculine: a man's genitive)."""
    ps = [p for p in parses(word) if PERSON_TAGS & p.tag.grammemes]
    # (a plural too: "Пресс-секретарь семьи Бушей")
    return any("gent" in p.tag and "Fixd" not in p.tag and ("sing" in p.tag or "Surn" in p.tag)
               for p in ps) and \
        not any("nomn" in p.tag and "sing" in p.tag and (  # ("Корреа": no case shown)
            gender in p.tag or not ({"masc", "femn"} & p.tag.grammemes)) for p in ps)


@lru_cache(maxsize=20_000)
def _inflect_word(word: str, case: str, gender: str | None) -> str | None:
    best = None
    # (a declined reading before an indeclinable one: "Анне" is Анна's dative; a person's
    # adjectival surname is no neuter, and takes the name's gender: "Тонкого" -> "Тонкий")
    ranked = sorted(parses(word), key=lambda p: ("plur" in p.tag.grammemes,
                                                 not (PERSON_TAGS & p.tag.grammemes),
                                                 "Fixd" in p.tag.grammemes,
                                                 _adjective_off_gender(p, gender)))
    for p in ranked:
        g = p.tag.grammemes
        if case not in g or not (PERSON_TAGS & g or "anim" in g or "NOUN" in g or "ADJF" in g):
            continue
        if gender and gender in ("masc", "femn") and "ms-f" not in g and gender not in g \
                and (PERSON_TAGS & g):
            continue
        if "Fixd" in g:
            return word
        nom = p.inflect({"nomn"})
        if nom is not None and (best is None or PERSON_TAGS & g or
                                not _adjective_off_gender(p, gender)):
            best = nom.word
            if PERSON_TAGS & g:
                break
    if best is None:
        return None
    if "-" in word and "-" in best and word.count("-") == best.count("-"):
        # "Жан-Клода" -> "Жан-Клод": each part keeps its capital
        return "-".join(b[:1].upper() + b[1:] if w[:1].isupper() else b
                        for w, b in zip(word.split("-"), best.split("-"), strict=True))
    return best[:1].upper() + best[1:] if word[:1].isupper() else best


def _adjective_off_gender(p: Any, gender: str | None) -> bool:
    """Whether an adjective's reading ``p`` is neuter, or of the other gender than a name's
    ``gender`` (a surname of adjectival form is a person's: masculine or feminine)."""
    g = p.tag.grammemes
    return p.tag.POS == "ADJF" and ("neut" in g or gender in ("masc", "femn") and
                                    "ms-f" not in g and gender not in g and "plur" not in g)


_VOWELS = frozenset("аяиыуюеоэёй")  # and "й": "Захаровой" declines


_VOWEL_RUN_RE = re.compile(r"[аеёиоуыэюя]+")
_CASE_END_RE = re.compile(r"(?:ом|ем|а|я|у|ю|е)$")


def one_syllable(word: str, ending: bool = True) -> bool:
    """Whether a word of at most six letters has one syllable (``Нгуен``, ``Тхань``), or,
    with ``ending``, one syllable and a case ending after a consonant (``Ына``, ``Тханя``,
    ``Пэном``): a syllable of an East Asian name, as written in Russian."""
    low = word.lower()
    if len(low) <= 6 and len(_VOWEL_RUN_RE.findall(low)) == 1:
        return True
    m = _CASE_END_RE.search(low) if ending else None
    return m is not None and m.start() > 1 and low[m.start() - 1] not in _VOWELS and \
        one_syllable(low[:m.start()], ending=False)


def syllable_name(words: list[str]) -> bool:
    """``Ким Чен Ын``, ``Нгуен Ван Тхань``: a name of two or more syllables of an East Asian
    name, the first no Russian first name (only its last word declines)."""
    return len(words) >= 2 and not is_first_name(words[0]) and all(
        w[:1].isupper() and not w.isupper() and not w[:1].isascii() and (
            len(w) <= 4 or one_syllable(w, ending=k == len(words) - 1))
        for k, w in enumerate(words))


def _declined_first_name(words: list[str], case: str) -> bool:
    """Whether a name of two words opens with a first name the dictionary knows declined in
    ``case`` (``Тома Круза``, ``Пола Смита``): a Russian-declined name, not two syllables
    of which only the last declines."""
    low = words[0].lower()
    return len(words) == 2 and any(
        "Name" in p.tag.grammemes and case in p.tag.grammemes and "sing" in p.tag.grammemes
        and p.normal_form != low for p in parses(words[0]))


def _syllable_nominative(words: list[str], case: str) -> list[str]:
    """A name of syllables put in the nominative: only its last word declines, as a
    man's foreign surname (``Ким Чен Ына`` -> ``Ким Чен Ын``; ``Пак Кын Хе`` stays)."""
    last = words[-1]
    cut = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем"),
           "loct": ("е",)}.get(case, ())
    end = next((x for x in cut if last.lower().endswith(x) and len(last) > len(x) + 1 and
                last[-len(x) - 1].lower() not in _VOWELS), None)
    if end is None:
        return list(words)
    stem = last[:-len(end)]
    if end in ("я", "ю", "ем") and stem[-1:].lower() not in "жшчщцй":
        stem += "ь"  # "Тханя" -> "Тхань" ("Ына" -> "Ын")
    return list(words[:-1]) + [stem]


def nominative(words: list[str], case: str | None) -> list[str]:
    """``words`` (a name or a role's head) put in the nominative from ``case`` (``gent``,
    ``accs``, ...; None or ``nomn``: kept as they are). Unknown foreign names lose the
    commonest masculine ending (``Камменоса`` -> ``Камменос``)."""
    if case in (None, "nomn"):
        return list(words)
    if syllable_name(words) and not _declined_first_name(words, case):
        return _syllable_nominative(words, case)
    gender = person_gender(words, case)
    out = []
    for w in words:
        if not w[:1].isalpha() or w.isupper():
            out.append(w)
            continue
        if gender == "femn" and w is not words[0] and w[:1].isupper() and \
                w[-1].lower() not in _VOWELS:
            out.append(w)  # "Сьюзан Райс", "Дины Хоермаер": her surname does not decline
            continue
        if gender is None and case in ("gent", "datv", "loct") and w is not words[0] and \
                w[:1].isupper() and w[-1].lower() not in _VOWELS and \
                w[-1].lower() not in "йь" and not known(w):
            # "Глории Кейз": a surname after a first name in an oblique case, ending in a
            # consonant, is one that does not decline (a woman's), whatever the first
            # name's gender the dictionary could not tell
            out.append(w)
            continue
        got = _inflect_word(w, case, gender)
        if case in ("gent", "datv", "loct") and w.endswith("йи") and len(w) > 3 and \
                w[:1].isupper() and not known(w):
            got = w[:-1] + "я"  # "Арайи": Арайя's ("йи" ends no nominative)
        if got is None and (not known(w) or w[:1].isupper()):
            if case in ("gent", "accs") and w.endswith("а") and gender != "femn":
                got = w[:-1]
            elif case in ("gent", "datv", "loct") and w.endswith("и") and gender == "femn":
                got = w[:-1] + "я" if w.endswith("ии") else w[:-1] + "а"
            elif case == "ablt" and w.endswith(("ом", "ем")):
                got = w[:-2]
            elif case == "datv" and w.endswith("у") and gender != "femn":
                got = w[:-1]  # "Моралесу" -> "Моралес"
        if got is not None and not known(w) and w.endswith("и") and \
                not w.endswith(("ии", "йи")) and \
                got.endswith(("я", "ь")):
            got = w  # "Роухани": a foreign name in -и no dictionary has does not decline
        got = got or w
        if "ё" not in w and "Ё" not in w:  # the text's spelling: "Петр" stays with е
            got = got.replace("ё", "е").replace("Ё", "Е")
        out.append(got)
    return out


@lru_cache(maxsize=50_000)
def common_first(word: str) -> bool:
    """Whether a capitalised word is most likely a common word (``Герой``, read as a name
    with a score of 0.01), as a sentence's first word is capitalised anyway."""
    ps = parses(word)
    return bool(ps) and ps[0].is_known and ps[0].score >= 0.5 and \
        not PERSON_TAGS & ps[0].tag.grammemes and "Geox" not in ps[0].tag.grammemes and \
        "Orgn" not in ps[0].tag.grammemes or _feminine_of_known_noun(word.lower())


def _feminine_of_known_noun(low: str) -> bool:
    """``Музыкантка``, ``Блогерка``: a woman's noun the dictionary does not hold, made with
    ``-ка`` from a person's noun it does hold (``музыкант``), is a common noun, no name."""
    if not low.endswith("ка") or len(low) < 6 or known(low):
        return False
    base = parses(low[:-2])
    return bool(base) and base[0].is_known and base[0].tag.POS == "NOUN" and \
        "anim" in base[0].tag and "masc" in base[0].tag and "nomn" in base[0].tag and \
        not PERSON_TAGS & base[0].tag.grammemes


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    """A word the dictionary knows as a first name (``Дмитрий``, ``Алла``)."""
    return word[:1].isupper() and any("Name" in p.tag.grammemes and p.score >= 0.2 and
                                      "sing" in p.tag.grammemes and p.is_known
                                      for p in parses(word)[:3])


def plainly_oblique(words: list[str], gender: str | None) -> bool:
    """Whether a name of several words before a verb of ``gender`` opens with a first name of
    that gender the dictionary knows only in an oblique case: a man's genitive or accusative
    (``Владимира``, ``Сергея``), a woman's accusative (``Анну``). The name is no nominative
    the verb agrees with (``С юбилеем Владимира Этуша поздравил …``, ``а Анну Белову назвала
    …``); not ``Мартина Биг участвовала`` (a woman's first name the dictionary lacks) nor
    ``Ане Лунде`` (a foreign woman's name that looks like a dative)."""
    if gender not in ("masc", "femn") or len(words) < 2 or not is_first_name(words[0]):
        return False
    names = [p for p in parses(words[0]) if "Name" in p.tag.grammemes]
    cases = {"gent", "accs"} if gender == "masc" else {"accs"}
    return all(gender in p.tag and p.tag.case in cases for p in names)


@lru_cache(maxsize=50_000)
def first_name_like(word: str) -> bool:
    """A first name the dictionary knows, or a capitalised word it does not know whose likeliest
    guess is a first name in the nominative (``Бадди``, ``Муджахид``, ``Патриша``; not
    ``Байдена``, guessed a genitive)."""
    if is_first_name(word):
        return True
    if not word[:1].isupper() or word.isupper() or word[:1].isascii() or known(word):
        return False
    ps = parses(word)
    return bool(ps) and "Name" in ps[0].tag.grammemes and "sing" in ps[0].tag and \
        ps[0].tag.case == "nomn"


_OBLIQUE_ENDINGS = ("ом", "ем", "ым", "им", "ой", "ою", "ами", "ями", "ах", "ях", "ого", "его",
                    "ому", "ему")


def may_be(word: str, case: str) -> bool:
    """Whether ``word`` can stand in ``case``: by the dictionary when it knows the word, else
    by its ending (an unknown ``Мануэлом`` is no nominative). A name the dictionary reads
    both as indeclinable and as a form of a declined one is the declined one's (``Анне``:
    Анна's dative, no nominative)."""
    if known(word):
        ps = _declined(word)
        return any(case in p.tag for p in ps) if ps else can_be(word, case)
    if case == "nomn":
        return not word.lower().endswith(_OBLIQUE_ENDINGS)
    return True


def _declined(word: str) -> list[Any]:
    """The declined first-name readings of a word also read as an indeclinable name
    (``Анне``), else nothing."""
    ps = parses(word)
    if not any("Fixd" in p.tag.grammemes and "Name" in p.tag.grammemes for p in ps):
        return []
    return [p for p in ps if "Fixd" not in p.tag.grammemes and "Name" in p.tag.grammemes]


def may_be_name(word: str, case: str) -> bool:
    """Whether ``word``, read as one person's name, can stand in ``case``: its plural
    readings do not count (``Данн`` is no plural genitive of ``Данна`` when it names one
    person), and a name with only plural readings is judged by its ending."""
    sing = [p for p in parses(word) if "plur" not in p.tag.grammemes]
    if known(word) and sing:
        return any(case in p.tag for p in sing)
    if case == "nomn":
        return not word.lower().endswith(_OBLIQUE_ENDINGS)
    return True


_CASES = ("nomn", "gent", "accs", "datv", "ablt", "loct")
_CONSONANT_ENDS = frozenset("бвгджзклмнпрстфхцчшщ")
CASES = frozenset(_CASES)


def run_case(words: list[str]) -> str:
    """The case a name of several words stands in, by the likeliest analysis of its words
    that is a name (``Путина`` -> ``gent``, ``Петру Порошенко`` -> ``datv``)."""
    for w in words:  # a first name read with confidence settles it: "Виталий Милонов"
        best = max((p for p in parses(w) if "Name" in p.tag.grammemes and
                    "sing" in p.tag.grammemes), key=lambda p: p.score, default=None)
        if best is not None and best.score >= 0.5 and best.tag.case in _CASES and all(
                may_be_name(x, str(best.tag.case)) or "femn" in best.tag and k > 0 and
                x[-1:].lower() in _CONSONANT_ENDS for k, x in enumerate(words) if x != w):
            # (unless another word cannot stand in its case: "Эда Гонсалеса" is Эд's; a
            # woman's surname in a consonant does not decline: "Ирины Волк")
            return str(best.tag.case)
    for w in list(reversed(words)) + list(words):
        ps = [p for p in parses(w) if PERSON_TAGS & p.tag.grammemes and
              "Fixd" not in p.tag.grammemes and "plur" not in p.tag.grammemes]
        for p in sorted(ps, key=lambda p: -p.score):
            case = p.tag.case
            if case in _CASES and all(may_be(x, case) for x in words):
                return str(case)
    if all(may_be(x, "nomn") for x in words):
        return "nomn"
    got = next((c for c in _CASES if all(may_be(x, c) for x in words)), None)
    if got is not None:
        return got
    # no case fits every word (a first name the dictionary does not decline: "Эда" of Эд):
    # the surname's likeliest case as a name
    last = max((p for p in parses(words[-1]) if PERSON_TAGS & p.tag.grammemes and
                "sing" in p.tag.grammemes), key=lambda p: p.score, default=None) \
        if words else None
    return str(last.tag.case) if last is not None and last.tag.case in _CASES else "nomn"


def nominative_phrase(words: list[str], case: str | None) -> list[str]:
    """A role phrase put in the nominative from ``case``: its head noun and the adjectives
    before it, in the head's gender and number (``бывшего сотрудника компании`` ->
    ``бывший сотрудник компании``); its dependents stay as they are."""
    if case in (None, "nomn") or not words:
        return list(words)
    # (not an adjective the dictionary also reads as a noun: "Главном управлении")
    head = next((k for k, w in enumerate(words)
                 if any(p.tag.POS == "NOUN" and case in p.tag for p in parses(w.lower())) and
                 not (k + 1 < len(words) and parses(w.lower())[0].tag.POS == "ADJF")), None)
    if head is None:
        return nominative(words[:1], case) + list(words[1:])
    hp = next(p for p in parses(words[head].lower()) if p.tag.POS == "NOUN" and case in p.tag)
    nom = hp.inflect({"nomn"})
    out = list(words)
    out[head] = nom.word if nom is not None else words[head]
    if words[head][:1].isupper():
        out[head] = out[head][:1].upper() + out[head][1:]  # "Минобороны" keeps its capital
    if words[head].isupper():
        out[head] = words[head]  # "СМИ", "ОБСЕ" stay in capitals
    gram = {"plur"} if "plur" in hp.tag else {"sing", hp.tag.gender or "masc"}
    for k in range(head):
        ap = next((p for p in parses(words[k].lower())
                   if p.tag.POS in ("ADJF", "PRTF") and case in p.tag), None)
        if ap is None:
            continue
        got = ap.inflect({"nomn"} | gram) or ap.inflect({"nomn"})
        if got is not None:
            out[k] = got.word[:1].upper() + got.word[1:] if words[k][:1].isupper() else got.word
    # the text's spelling: "ученых" gives "ученые", not "учёные"
    return [_text_spelling(w, o if "ё" in w.lower() else o.replace("ё", "е").replace("Ё", "Е"))
            for o, w in zip(out, words, strict=True)]


def _text_spelling(word: str, form: str) -> str:
    """``form`` (another form of ``word`` from the dictionary) with the letter the text
    spells differently in their common stem put back (``риэлторов`` -> ``риэлторы``, not the
    dictionary's ``риелторы``): one letter that differs, the two next ones shared."""
    d = next((i for i, (a, b) in enumerate(zip(word, form, strict=False)) if a != b), None)
    if d is None or d + 3 > min(len(word), len(form)) or word[d + 1:d + 3] != form[d + 1:d + 3]:
        return form
    return form[:d] + word[d] + form[d + 1:]


def role_nominative(words: list[str], case: str) -> list[str]:
    """A role before a name, put in the nominative from the name's ``case``: a head noun (or
    adjectives and their noun) in that case by its own declension (``главой компании`` ->
    ``глава компании``, not a surname's ``главая``), else its first word as a name's."""
    if any(p.tag.POS in ("NOUN", "ADJF") and case in p.tag for p in parses(words[0].lower())):
        return nominative_phrase(words, case)
    return nominative(words[:1], case) + list(words[1:])

