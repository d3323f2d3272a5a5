"""Words of a Russian text for the quote finder: its tokens, verbs of saying, and the runs of
words that name a person (``_name_runs``: first names, surnames the dictionary does not know,
particles, initials, a monarch's number)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from . import morph_ru as M
from .ru_vocab import (
    _CLAUSE_WORDS,
    _OPENING,
    _PARTICLE_RE,
    _PLACE_FORMS,
    _PREPS,
    _ROLE_WORDS,
    _WORD_RE,
    OPINION_NOT_VIEW,
    OPINION_VERBS,
    REPORTING,
    SPEAKING_BODIES,
)


class _Tok:
    """A word of the text: its span and its characters (a match's ``start``, ``end`` and
    ``group``)."""

    __slots__ = ("_s", "_e", "_w")

    def __init__(self, text: str, s: int, e: int) -> None:
        self._s, self._e, self._w = s, e, text[s:e]

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._w


def _iter_words(text: str, s: int, e: int) -> Iterator[_Tok]:
    """The words of ``text[s:e]`` in order, each with the opening marks right before it
    that no earlier word took (``«„слово»``), in one pass."""
    prev = s
    for m in _WORD_RE.finditer(text, s, e):
        a = m.start()
        while a > prev and text[a - 1] in _OPENING:
            a -= 1
        yield _Tok(text, a, m.end())
        prev = m.end()


def _words(text: str, s: int, e: int) -> list[_Tok]:
    return list(_iter_words(text, s, e))


def _tail_words(text: str, s: int, e: int, n: int) -> list[_Tok]:
    """The last ``n`` words of ``text[s:e]`` (all when fewer), read from a window before
    ``e`` that starts at a space (no word crosses one, so the window's words are the
    text's) and widens until it holds more than ``n``."""
    span = 32 * (n + 1)
    while True:
        w = max(s, e - span)
        while w > s and not text[w].isspace():
            w -= 1
        toks = _words(text, w, e)
        if len(toks) > n or w == s:
            return toks[-n:] if n else []
        span *= 4


def _bare(w: str) -> str:
    return w.strip("«„\"“”»().,;:!?…")


def _name_word(w: str) -> str:
    """A word of a name as it is written: bare, but an initial keeps its full stop."""
    return w if _INITIAL_RE.fullmatch(w) else _bare(w)


@lru_cache(maxsize=20_000)
def _is_verb(word: str, reporting_only: bool = True, gerund: bool = False) -> bool:
    """A verb (of saying, unless ``reporting_only`` is false); ``gerund``: also its gerund
    (``посетовав``)."""
    kinds = ("VERB", "INFN", "GRND") if gerund else ("VERB", "INFN")
    for p in M.parses(word.lower()):
        if p.tag.POS in kinds and (not reporting_only or p.normal_form in REPORTING):
            return True
    return False


_STOPS = (".", "!", "?", "…")


def _sentence_ends(words: list[str]) -> tuple[list[int], list[int]]:
    """For each word: the index of the last word before it that ends a sentence (-1: none),
    and of the first from it on that does (the last word: none)."""
    before = []
    last = -1
    for m, w in enumerate(words):
        before.append(last)
        if w.endswith(_STOPS):
            last = m
    after = [len(words) - 1] * len(words)
    nxt = len(words) - 1
    for m in range(len(words) - 1, -1, -1):
        if words[m].endswith(_STOPS):
            nxt = m
        after[m] = nxt
    return before, after


@lru_cache(maxsize=20_000)
def _finite(word: str) -> bool:
    """A verb in the indicative (``возмутился``, ``констатировала``), not an infinitive (nor
    a name with a capital after a hyphen: ``аль-Моджеб``)."""
    if "-" in word and re.search(r"-[А-ЯЁA-Z]", word):
        return False
    return any(p.tag.POS == "VERB" and "indc" in p.tag for p in M.parses(word.lower())[:2])


#: Short forms of conviction that report what someone holds (``уверен, что``), by lemma:
#: the dictionary reads ``уверены`` as the participle of ``уверить``.
_BELIEF = frozenset({"уверенный", "убеждённый", "убежденный", "уверить", "убедить"})


def _belief_gender(word: str) -> str | None:
    """``masc``, ``femn``, ``neut`` or ``plur`` of a short form of conviction
    (``уверена`` -> ``femn``); None for any other word."""
    for p in M.parses(word.lower())[:2]:
        if p.tag.POS in ("ADJS", "PRTS") and p.normal_form in _BELIEF:
            return "plur" if "plur" in p.tag else str(p.tag.gender or "masc")
    return None


#: A comma or a dash right after a verb of opinion, before the view (``считает, …``,
#: ``полагает — …``), and the clause after it, up to its next punctuation.
_VIEW_OPEN_RE = re.compile(r"\s*(?:,|\s[—–])\s+")
_VIEW_CLAUSE_RE = re.compile(r"[^,;:.!?«»()—–\"]{3,160}")


def _opinion_verb(word: str) -> bool:
    """A finite verb of opinion (``считает``, ``полагали``) or a short form of conviction
    (``уверен``, ``убеждены``)."""
    low = word.lower()
    return _belief_gender(low) is not None or any(
        p.tag.POS == "VERB" and "indc" in p.tag and p.normal_form in OPINION_VERBS
        for p in M.parses(low)[:2])


def _view_after(text: str, vend: int, e: int) -> int | None:
    """Where a view stated with no "что" starts after the verb of opinion that ends at
    ``vend`` (``Министр уверен, бюджет выдержит``, ``Он считает, нужно ждать``, ``X
    убеждена — страна …``): after a comma or a dash, a clause of its own that opens with no
    conjunction or relative word, a participle or a gerund, and holds a finite verb, a short
    adjective or a predicative before its next punctuation; else None."""
    m = _VIEW_OPEN_RE.match(text, vend, e)
    if m is None:
        return None
    c = _VIEW_CLAUSE_RE.match(text, m.end(), e)
    if c is None:
        return None
    words = [_bare(w) for w in c.group().split()]
    if len(words) < 2 or not words[0] or words[0].lower() in OPINION_NOT_VIEW or \
            _belief_gender(words[0]) is not None:
        return None
    first = M.parses(words[0].lower())[:1] if words[0].lower() != "не" else []
    if any(p.tag.POS in ("GRND", "PRTF", "PRTS", "INFN", "CONJ", "PRCL", "INTJ")
           for p in first):
        return None  # "считает, опираясь на …", "думает, конечно, …"
    for w in words[:10]:
        if any(p.tag.POS in ("ADJS", "PRED") or p.tag.POS == "VERB" and "indc" in p.tag
               for p in M.parses(w.lower())[:1]):
            return m.end()
    return None


def _verb_case_gender(word: str) -> str | None:
    return M.verb_gender(word.lower())


def _role_start(words: list[str], nominative: bool) -> int:
    """Where the role phrase before a name starts in ``words`` (the tokens before it; a role
    is at most ``_ROLE_WORDS`` words: ``заместитель министра обороны Российской Федерации``)."""
    i = len(words)
    while i > 0 and len(words) - i < _ROLE_WORDS:
        w = _bare(words[i - 1])
        low = w.lower()
        if not w or low in _PREPS or low in _CLAUSE_WORDS or \
                words[i - 1].rstrip("»\"”)").endswith((".", "!", "?", "…")):
            break
        if words[i - 1].endswith(",") and i < len(words) and any(
                p.tag.POS == "PRTF" for p in M.parses(_bare(words[i]).lower())[:1]):
            break  # "Прокурор, занимающийся делом X": a participle's phrase opens after it
        if w[:1].isupper() and not w.isupper() and M.is_person_word(w):
            break
        ps = M.parses(low)
        if not any(p.tag.POS in ("NOUN", "ADJF", "PRTF") or "Abbr" in p.tag for p in ps[:3]) \
                and not (w[:1].isupper() or words[i - 1].startswith("«")):
            break
        i -= 1
    # a role is a person's: it opens with an animate noun or the adjectives before one
    while i < len(words) and not any(
            (p.tag.POS == "NOUN" and "anim" in p.tag) or p.tag.POS in ("ADJF", "PRTF")
            for p in M.parses(_bare(words[i]).lower())[:2]):
        i += 1
    # adjectives open it only when they qualify its noun: "свою очередь глава ведомства" is
    # "глава ведомства" (the adjective qualifies "очередь", no person)
    j = i
    while j < len(words) and all(p.tag.POS in ("ADJF", "PRTF") or "Apro" in p.tag
                                 for p in M.parses(_bare(words[j]).lower())[:1]):
        j += 1
    if j > i and j < len(words) and not any(p.tag.POS == "NOUN" and "anim" in p.tag
                                             for p in M.parses(_bare(words[j]).lower())[:2]):
        i = j
        while i < len(words) and not any(
                (p.tag.POS == "NOUN" and "anim" in p.tag) or p.tag.POS in ("ADJF", "PRTF")
                for p in M.parses(_bare(words[i]).lower())[:2]):
            i += 1
    if nominative:  # the subject: from its first word that can be nominative
        while i < len(words) and not (M.can_be(_bare(words[i]).lower(), "nomn") and not (
                _bare(words[i])[:1].isupper() and (M.is_person_word(_bare(words[i])) or any(
                    "Geox" in p.tag for p in M.parses(_bare(words[i]))[:2])))):
            i += 1
    # a role names a person: "Свой отказ Нетаньяху …" or "по атомной энергии Дан …" is none
    if not any(p.tag.POS == "NOUN" and "anim" in p.tag
               for w in words[i:] for p in M.parses(_bare(w).lower())[:2]):
        return len(words)
    return i


_VOWELS = frozenset("аеёиоуыэюя")


def _role_case(role: list[str], name: list[str], case: str) -> str:
    """The case of a name after its role: a name agrees with the role's head noun, so when no
    common noun of the role can stand in ``case`` (the name's own likeliest reading) the name
    takes the case of the nearest one it can stand in (``президенту Боливии Эво Моралесу``:
    dative, not the accusative of a woman's ``Моралеса``)."""
    nouns = [{str(p.tag.case) for p in M.parses(w.lower()) if p.tag.POS == "NOUN"}
             for k, w in enumerate(role)  # (its head may open the sentence: "Глава района")
             if w[:1].islower() or k == 0 and not M.is_person_word(w)]
    nouns = [c & M.CASES for c in nouns if c & M.CASES]
    if not nouns or any(case in c for c in nouns):
        return case
    for cases in reversed(nouns):
        fit = [c for c in sorted(cases) if all(M.may_be_name(w, c) for w in name)]
        if len(fit) == 1:
            return fit[0]
    if case == "nomn" and "gent" in nouns[-1] and all(
            len(w) > 3 and w.endswith("а") and w[-2:-1].lower() not in _VOWELS for w in name):
        # "от предпринимателя Илона Маска": after a noun that cannot be a nominative, names
        # the dictionary does not hold in the genitive are a man's genitive (not Илона's)
        return "gent"
    return case


def _surname_after(toks: list[str], k: int) -> bool:
    """``Эмманюэль Макрон``: a capitalised Cyrillic word mid-sentence right after a lone name
    word is its surname, though the dictionary knows it as a common noun (``макрон``)."""
    w = _bare(toks[k])
    if not w[:1].isupper() or w.isupper() or w[:1].isascii() or \
            toks[k].startswith(("«", "„", '"', "“")) or \
            toks[k - 1].endswith((",", ".", ";", ":", "!", "?", "…", "»", '"')):
        return False
    return not any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in M.parses(w)[:2])


_OPEN_MARKS = ("«", "„", '"', "“")


_INITIAL_RE = re.compile(r"[А-ЯЁA-Z]\.")


_ROMAN_RE = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{1,3}|V|X)")


#: Lower-case particles inside a person's name (general vocabulary).
NAME_PARTICLES = frozenset({"ибн", "бин", "бен", "ван", "фон", "дер", "де", "ди", "дю", "дель",
                            "делла", "да", "ла", "ле", "аль", "эль", "оглы", "кызы"})


def _new_person(toks: list[str], j: int) -> bool:
    """Whether the first name at ``j`` opens another person's name: after a word that is no
    first name (``пресс-секретарь Путина Дмитрий Песков``), or after a first name in an
    oblique case when this one is nominative (``менеджер Ирвина Джон Стэйнтон``)."""
    w, prev = _bare(toks[j]), _bare(toks[j - 1])
    if not M.is_first_name(w):
        return False
    if _caseless_name_word(prev):
        return False  # "Кари Юсеф Ахмади": one man's three names
    if not M.first_name_like(prev) and not (  # ("Муджахид Юсуф Рава": one man's three names)
            # "Али Абдалла Салех": a name the dictionary reads first as another word, but
            # also as a first name in the nominative, chains on too
            M.can_be(w, "nomn") and M.known(prev) and any(
                "Name" in p.tag.grammemes and p.tag.case == "nomn" and "sing" in p.tag
                for p in M.parses(prev))):
        return True
    last = j + 1 == len(toks) or toks[j].endswith((",", ".", ";", ":", "!", "?", "…")) or \
        not _bare(toks[j + 1])[:1].isupper()
    if _second_first_name(prev, w) or last and _her_surname(prev, w):
        return False  # (her surname ends the name: "Адвокат Марии Иван Петров" is his)
    return M.can_be(w, "nomn") and not any(  # ("Кристины" is nominative only as a plural)
        p.tag.case == "nomn" and "sing" in p.tag for p in M.parses(prev))


def _her_surname(prev: str, w: str) -> bool:
    """``Марии Луизы Гонсалес``: after a woman's first name the dictionary knows only in an
    oblique case, a last word in a consonant read as a man's first name is her surname,
    which does not decline."""
    pn = [p for p in M.parses(prev) if "Name" in p.tag.grammemes and "sing" in p.tag]
    return bool(pn) and M.known(prev) and all(
        "femn" in p.tag and p.tag.case != "nomn" for p in pn) and \
        w[-1:].lower() in _CONSONANTS and not any(
            "Name" in p.tag.grammemes and "femn" in p.tag for p in M.parses(w))


def _second_first_name(prev: str, w: str) -> bool:
    """``по словам Мохаммеда Джавада Зарифа``, ``Марии Луизы Гонсалес``: a first name in the
    oblique case of the first name before it, and nominative only as a plural or as the
    other gender's name, is that person's second name (not ``менеджер Ирвина Джон …``: a
    nominative of his gender opens another's)."""
    pn = [p for p in M.parses(prev) if "Name" in p.tag.grammemes and "sing" in p.tag and
          p.tag.case not in (None, "nomn")]
    if not pn or not M.known(prev):
        return False
    cases = {p.tag.case for p in pn}
    genders = {p.tag.gender for p in pn}
    ws = [p for p in M.parses(w) if "sing" in p.tag]
    return any(p.tag.case in cases and "Name" in p.tag.grammemes and p.tag.gender in genders
               for p in ws) and not any(p.tag.case == "nomn" and p.tag.gender in genders
                                        for p in ws)


def _caseless_name_word(w: str) -> bool:
    """A capitalised word of a name the dictionary knows only as a short adjective
    (``Кари``): it shows no case, so it is no genitive that depends on a role before another
    person's name (``пресс-секретарь Путина Дмитрий Песков``) but one part of the name."""
    ps = M.parses(w)
    return M.known(w) and bool(ps) and all(p.tag.POS == "ADJS" for p in ps)


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _case_break(toks: list[str], i: int, j: int) -> bool:
    """``из страны Виктора Януковича Кернес стал``: a name opening with a man's first name
    the dictionary knows only in an oblique case (``Виктора``) ends before a word in a
    consonant that shows no such case (his surname would decline: ``Кернеса``), which
    opens another person's name."""
    w = _bare(toks[j])
    if w[-1:].lower() not in _CONSONANTS or w[:1].isascii() or \
            not M.plainly_oblique([_bare(toks[i]), w], "masc"):
        return False
    return not M.known(w) or not any(p.tag.case in ("gent", "accs", "datv", "ablt", "loct")
                                     for p in M.parses(w))


def _foreign_pair(toks: list[str], k: int) -> bool:
    """``президент Фонда прав человека Тор Халворссен``: two capitalised Cyrillic words
    mid-phrase after a lower-case word (no preposition), the second one no dictionary
    knows and the last of the phrase, are a foreign first name and surname, whatever the
    dictionary makes of the first (``тор``)."""
    if k + 1 >= len(toks) or toks[k].endswith((",", ".", ";", ":", "!", "?", "…")) \
            or toks[k].startswith(_OPEN_MARKS) or toks[k + 1].startswith(_OPEN_MARKS):
        return False
    w, nxt = _bare(toks[k]), _bare(toks[k + 1])
    last = k + 2 == len(toks) or toks[k + 1].endswith((",", ".", ";", ":", "!", "?", "…")) \
        or toks[k + 2].startswith("(") or k > 0 and not M.known(w) and \
        _finite(_bare(toks[k + 2])) and _after_post_of(toks, k)  # ("МИД Китая Чжао Лицзянь")
    if not last or M.known(nxt) or not all(x[:1].isupper() and not x.isupper() and
                                            not x[:1].isascii() and "-" not in x
                                            for x in (w, nxt)):
        return False
    if k == 0:  # "Жаир Болсонару заявил": the phrase's first word, no dictionary knows either
        return not M.known(w)
    prev = _bare(toks[k - 1])
    # (a role opening the sentence is capitalised: "Президент Жаир Болсонару")
    lower = prev[:1].islower() or k == 1 and not M.known(w) and bool(
        M.lemmas(prev.lower(), frozenset({"NOUN"}))) and not M.is_person_word(prev) or \
        not M.known(w) and _after_post_of(toks, k)
    return lower and not toks[k - 1].endswith((",", ".", ";", ":", "!", "?", "…")) \
        and prev.lower() not in _PREPS


def _after_post_of(toks: list[str], k: int) -> bool:
    """``представитель МИД Китая Чжао Лицзянь``: the word before ``k`` is a place's or
    body's name in the genitive (or an abbreviation) that a person's post a few words
    before depends on."""
    prev = _bare(toks[k - 1])
    if not prev[:1].isupper() or not (prev.isupper() or prev[:1].isascii() or any(
            p.tag.case == "gent" and {"Geox", "Orgn"} & p.tag.grammemes
            for p in M.parses(prev)[:2])):
        return False
    return any(any(p.tag.POS == "NOUN" and "anim" in p.tag and not M.PERSON_TAGS & p.tag.grammemes
                   for p in M.parses(_bare(t).lower())[:1])
               for t in toks[max(0, k - 5):k - 1])


def _noun_first_name(toks: list[str], k: int) -> bool:
    """``мэр Лондона Садик Хан``, ``лидер Китая Си Цзиньпин``: a capitalised word mid-phrase
    that the dictionary knows only as a thing's noun (``садик``, ``си``), right before a
    surname, is a foreign first name."""
    if not _capital_before_person(toks, k):
        return False
    # ("Нейл Патрик Харрис": a first name opens the run)
    return not M.is_first_name(_bare(toks[k + 1])) and _thing_noun(_bare(toks[k]))


def _capital_before_person(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]`` is a capitalised Cyrillic word mid-phrase (no stop or comma
    around it, no marks) right before a word that can be a person's name."""
    if k == 0 or k + 1 >= len(toks) or not toks[k][:1].isupper() or \
            toks[k - 1].endswith(_STOPS + (",", ";", ":")) or \
            toks[k].endswith(_STOPS + (",", ";", ":")) or toks[k + 1].startswith(_OPEN_MARKS):
        return False  # (a lower-case word, the commonest, is ruled out first)
    w = _bare(toks[k])
    return w[:1].isupper() and not w.isupper() and not w[:1].isascii() and \
        M.is_person_word(_bare(toks[k + 1]))


def _thing_noun(w: str) -> bool:
    """Whether the dictionary knows ``w`` only as a thing's noun in the nominative singular
    (or indeclinable): no name, place or organisation, no oblique case (not ``Национальной
    Ассамблеи``)."""
    ps = M.parses(w.lower())
    return bool(ps) and all(p.tag.POS == "NOUN" and "inan" in p.tag and not {
        "Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & p.tag.grammemes and (
        "Fixd" in p.tag or p.tag.number == "sing" and p.tag.case in ("nomn", "accs"))
        for p in ps) and any(p.tag.case == "nomn" for p in ps)


def _oblique_noun_first_name(toks: list[str], k: int) -> bool:
    """``по словам мэра Лондона Садика Хана``: a capitalised word mid-phrase that the
    dictionary knows only as a thing's noun in the singular of an oblique case (no body
    that speaks: not ``сотрудник Фонда Карнеги``), before a surname that can stand in that
    case, after a person's noun in it (its lower-case role, over capitalised words), is a
    foreign first name in that case."""
    if not _capital_before_person(toks, k):
        return False
    w, nxt = _bare(toks[k]), _bare(toks[k + 1])
    if M.lemmas(w.lower()) & SPEAKING_BODIES:
        return False
    ps = M.parses(w.lower())
    if not ps or not all(p.tag.POS == "NOUN" and "inan" in p.tag and "sing" in p.tag and
                         p.tag.case not in (None, "nomn") and not {
                             "Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Fixd"} &
                         p.tag.grammemes for p in ps):
        return False
    cases = {str(p.tag.case) for p in ps}
    if M.is_first_name(nxt) and not any(  # ("Хана": Хан's genitive, not only a first name)
            str(p.tag.case) in cases and "Name" not in p.tag.grammemes for p in M.parses(nxt)):
        return False
    r = k - 1
    while r > 0 and _bare(toks[r])[:1].isupper() and not toks[r - 1].endswith(
            _STOPS + (",", ";", ":")):
        r -= 1  # ("мэра Лондона"): over the place or body the role depends on
    role = _bare(toks[r])
    return role[:1].islower() and any(
        p.tag.POS == "NOUN" and "anim" in p.tag and str(p.tag.case) in cases and
        not M.PERSON_TAGS & p.tag.grammemes for p in M.parses(role)[:2]) and any(
        M.may_be_name(nxt, c) for c in cases)


def _opening_noun_first_name(toks: list[str], k: int) -> bool:
    """``Садик Хан заявил``, ``Си Цзиньпин сказал``: a sentence's first word the dictionary
    knows only as a thing's noun (no body that speaks), before a surname that can stand
    only in the nominative (so no genitive that depends on the noun: ``Команда Петрова
    заявила``) and then the verb or a comma, is a foreign first name."""
    if k + 2 >= len(toks) or toks[k].endswith(_STOPS + (",", ";", ":")) or \
            toks[k].startswith(_OPEN_MARKS) or toks[k + 1].startswith(_OPEN_MARKS):
        return False
    w, nxt = _bare(toks[k]), _bare(toks[k + 1])
    if not w[:1].isupper() or w.isupper() or w[:1].isascii() or not M.is_person_word(nxt) or \
            M.is_first_name(nxt) or not M.may_be_name(nxt, "nomn") or \
            M.lemmas(w.lower()) & SPEAKING_BODIES:
        return False
    # (a surname no dictionary knows is a genitive only with a vowel at its end)
    if M.may_be_name(nxt, "gent") and (M.known(nxt) or nxt[-1].lower() in "аяыиуюеоэё"):
        return False
    return _thing_noun(w) and (toks[k + 1].endswith(",") or _finite(_bare(toks[k + 2])))


@lru_cache(maxsize=50_000)
def _short_cap(t: str) -> bool:
    """A capitalised Cyrillic word of at most four letters, or of one syllable (``Нгуен``,
    ``Тхань``, ``Куанг``) or one syllable and a case ending (``Ына``, ``Тханя``), not an
    abbreviation: a syllable of an East Asian name."""
    w = _bare(t)
    return 1 < len(w) <= 7 and w[:1].isupper() and not w.isupper() and not w[:1].isascii() \
        and not t.startswith(_OPEN_MARKS) and (len(w) <= 4 or M.one_syllable(w))


_SYLLABLES_AT_MOST = 6


def _syllable_name(toks: list[str], k: int) -> bool:
    """``Пак Кын Хе``, ``Аун Сан Су Чжи``: three or more short capitalised words in a row,
    mid-sentence, are an East Asian name of syllables, whatever the dictionary makes of
    each; at a sentence's start too (``Ким Чен Ын заявил``) unless its first word is a
    function word."""
    a = k
    # (a name of syllables has a few words: the scans stop after _SYLLABLES_AT_MOST, so a
    # long run of short words costs no more per word)
    while a > max(0, k - _SYLLABLES_AT_MOST) and _short_cap(toks[a - 1]) and \
            not toks[a - 1].endswith(_STOPS + (",", ";", ":")):
        a -= 1
    b = k
    while b < min(len(toks), k + _SYLLABLES_AT_MOST) and _short_cap(toks[b]) and (
            b == k or not toks[b - 1].endswith((",", ".", ";", ":"))):
        b += 1
    if not _short_cap(toks[k]) or b - a < 3:
        return False
    if a > 0 and not toks[a - 1].endswith(_STOPS):
        return True
    first = _bare(toks[a]).lower()
    # (an enclitic cannot open a sentence: "Ли Сянь Лун" is a name)
    if first in _ENCLITICS or not any(p.tag.POS in _FUNCTION_POS for p in M.parses(first)[:1]):
        return True
    return k > a and b - a > 3  # "Но Ким Чен Ын заявил": the name after the function word


def _last_letter_syllable(toks: list[str], k: int) -> bool:
    """``министр Ван И``, ``Нгуен Ван А``: a capital vowel alone (no initial: no full stop
    after it) mid-sentence, right after a syllable of an East Asian name, ends that name;
    the syllable before it is part of it."""
    def letter(j: int) -> bool:
        return 0 < j < len(toks) and len(toks[j]) <= 2 and \
            toks[j].rstrip(",;:") in _LONE_SYLLABLES and \
            _short_cap(toks[j - 1]) and not toks[j - 1].endswith((",", ";", ":", ".", "!", "?"))
    return letter(k) and (k < 2 or not toks[k - 2].endswith((".", "!", "?", "…"))) or \
        letter(k + 1) and k > 0 and not toks[k - 1].endswith((".", "!", "?", "…"))


#: capital vowels that end an East Asian name as a syllable of their own (``Ван И``)
_LONE_SYLLABLES = frozenset({"А", "И", "О", "У", "Э", "Ю", "Я", "Е"})


#: particles that never open a sentence (``ли``, ``же``, ``бы``)
_ENCLITICS = frozenset({"ли", "ль", "же", "ж", "бы", "б"})


#: parts of speech of a sentence's first word that open no name
_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "ADVB", "INTJ", "PRED"})


def _name_runs(toks: list[str]) -> list[tuple[int, int]]:
    """(i, j) of runs of person words in ``toks``; a first name opens a new run
    (``пресс-секретарь Путина Дмитрий Песков``), and a capitalised word after a first name is
    its surname even when the dictionary knows it (``Владислав Бриг``)."""
    @cache
    def person(k: int) -> bool:
        w = _bare(toks[k])
        if k > 0 and _PARTICLE_RE.match(w):
            return person(k - 1) or M.is_first_name(_bare(toks[k - 1]))  # "Айман аль-Завахири"
        if toks[k].startswith(("«", "„", '"', "“")) or \
                toks[k].rstrip(",.;:!?…").endswith(("»", '"', "”", "“")):
            return False  # ООО "Си Прод", газета «Труд»: a name in marks is no person's
        opening = k == 0 or toks[k - 1].endswith((".", "!", "?", "…"))
        if opening and _opening_noun_first_name(toks, k):
            return True  # "Садик Хан заявил"
        if opening and M.common_first(w) and not _syllable_name(toks, k):
            # ("Пан Ги Мун заявил": a name of syllables)
            return False  # "Герой Мураками увлекается …": a sentence's first word, a noun
        if k > 0 and w[:1].isupper() and _bare(toks[k - 1]).lower() in _PLACE_FORMS and \
                not M.is_first_name(w):
            return False  # "директор бюро города Вустера": a place's name ("глава района
            # Абдулла Карими": a first name opens a person's)
        if M.is_person_word(w):
            return True
        if _foreign_pair(toks, k):
            return True
        if _noun_first_name(toks, k) or _oblique_noun_first_name(toks, k):
            return True
        if _syllable_name(toks, k) or _last_letter_syllable(toks, k):
            return True
        if k + 2 < len(toks) and w[:1].isupper() and not w.isupper() and k > 0 and \
                not toks[k].endswith((",", ".", ";", ":")) and toks[k + 1] in NAME_PARTICLES \
                and _bare(toks[k + 2])[:1].isupper() and not _bare(toks[k + 2]).isupper():
            return True  # "шейх Хамад бен Халифа": a name joined to the next by a particle
        if k + 1 < len(toks) and w[:1].isupper() and not w.isupper() and not M.known(w) and \
                not toks[k].endswith((",", ".", ";", ":")) and \
                _ROMAN_RE.fullmatch(_bare(toks[k + 1])):
            return True  # "Король Мсвати III": a monarch's name no dictionary has, his number
        if k > 0 and w[:1].isupper() and not w.isupper() and not toks[k - 1].endswith(
                (".", "!", "?", "…")) and all(p.tag.POS == "ADJF" for p in M.parses(w)[:2]):
            # "по словам Ампелонского,": a capitalised adjective that qualifies no noun is
            # a surname of adjectival form
            # (the noun may follow other adjectives: "Южная водозаборная станция")
            n = k + 1
            while n < len(toks) and n < k + 4 and not toks[n - 1].endswith(
                    (",", ".", ";", ":")) and all(
                    p.tag.POS in ("ADJF", "PRTF") for p in M.parses(_bare(toks[n]).lower())[:2]):
                n += 1
            nxt = _bare(toks[n]).lower() if n < len(toks) else ""
            if toks[k].endswith((",", ".", ";", ":")) or not nxt or not any(
                    p.tag.POS == "NOUN" for p in M.parses(nxt)[:2]):
                return True
        if k == 0 or not w[:1].isupper() or w.isupper() or toks[k].startswith(_OPEN_MARKS) or \
                toks[k - 1].endswith((",", ".", ";", ":", "!", "?", "…", "»", '"')):
            return False
        prev = _bare(toks[k - 1])
        if M.is_first_name(prev):
            return True
        if w[:1].isascii():
            return False
        # "Патриша Хьюстон", "Бадди Макгирт": after a first name (one the dictionary guesses
        # too) a capitalised word is the surname, though the dictionary reads it as a place
        # or guesses an organisation; "Аделина Сотникова": so is a word it does not know
        # after another person word
        return M.first_name_like(prev) or not M.known(w) and (
            M.is_person_word(prev) or _foreign_pair(toks, k - 1))

    def lead(k: int) -> bool:
        """``директор Нейл Патрик Харрис``: a capitalised word the dictionary knows only as
        a common noun in the nominative (not ``аппарата Думы Анна …``: a genitive depends on
        the role), mid-sentence after a lower-case word, right before a first name and
        another person word, opens that name."""
        w = _bare(toks[k])
        if k == 0 or k + 2 >= len(toks) or not w[:1].isupper() or w.isupper() or \
                w[:1].isascii() or toks[k].startswith(_OPEN_MARKS) or \
                toks[k - 1].endswith((",", ".", ";", ":", "!", "?", "…", "»", '"')) or \
                toks[k].endswith((",", ".", ";", ":")) or \
                toks[k + 1].endswith((",", ".", ";", ":")) or \
                not _bare(toks[k - 1])[:1].islower():
            return False
        ps = M.parses(w)[:2]
        return M.known(w) and not any(
            (M.PERSON_TAGS | M.PLACE_TAGS) & p.tag.grammemes for p in ps) and \
            all(p.tag.POS == "NOUN" for p in ps) and \
            any("sing" in p.tag and p.tag.case == "nomn" for p in ps) and \
            not M.can_be(w.lower(), "gent") and M.is_first_name(_bare(toks[k + 1])) and \
            person(k + 2)

    def particle(j: int) -> int:
        """``Мухаммед ибн Салман``, ``Урсула фон дер Ляйен``: how many lower-case particles
        of a name start at ``j`` before the capitalised word that ends it (0: none)."""
        n = j
        while n < len(toks) and n < j + 3 and toks[n] in NAME_PARTICLES:
            n += 1
        if n == j or n >= len(toks) or not _bare(toks[n])[:1].isupper() or \
                _bare(toks[n]).isupper() or toks[n].startswith(_OPEN_MARKS):
            return 0
        return n - j

    runs = []
    i = 0
    while i < len(toks):
        led = not person(i) and lead(i)
        if led or person(i):
            # "мэра Садика Хана": the surname is no other person's first name ("Хана")
            led = led or _oblique_noun_first_name(toks, i)
            j = i + 1
            while j < len(toks) and not toks[j - 1].endswith((",", ".", ";", ":", "»")):
                n = particle(j)
                if n:  # the particles and the word after them, whatever the dictionary says
                    j += n + 1
                    continue
                if _ROMAN_RE.fullmatch(_bare(toks[j])):
                    j += 1  # "Альберт II", "Бенедикт XVI": a monarch's or pope's number
                    continue
                if toks[j] in ("Аль", "Эль", "Бен", "Бин", "Ибн", "Абу") and \
                        j + 1 < len(toks) and not toks[j - 1].endswith(",") and \
                        _bare(toks[j + 1])[:1].isupper() and not _bare(toks[j + 1]).isupper():
                    j += 2  # "Хамад бен Халифа Аль Тани": a particle spelled capitalised
                    continue
                if _INITIAL_RE.fullmatch(toks[j]) and j + 1 < len(toks) and \
                        _bare(toks[j + 1])[:1].isupper() and M.is_person_word(_bare(toks[j + 1])):
                    j += 2  # "Дэвид О. Расселл": a middle initial inside the name
                    continue
                if not (person(j) or j == i + 1 and _surname_after(toks, j)) or \
                        toks[j].startswith("(") or _case_break(toks, i, j) or \
                        not (led and j == i + 1) and \
                        _new_person(toks, j) and not (  # (one name of syllables)
                            _syllable_name(toks, j) and _short_cap(toks[j - 1])):
                    break
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _nominative_name(name: list[str]) -> bool:
    """Whether a person's name can stand in the nominative: each word can, or, after a first
    name in the nominative, is a surname the dictionary knows only as a common noun's
    oblique form (``Нил Басу``: no dative of ``бас``); a name of three syllables or more
    (``Пак Кын Хе``) whatever the dictionary makes of each."""
    if len(name) >= 3 and M.syllable_name(name):
        return True
    lead = len(name) > 1 and M.is_first_name(name[0]) and M.may_be_name(name[0], "nomn")
    # "Хамад бен Халифа Аль Тани": after a particle, the name's foreign parts as they are
    # (spelled capitalised too: "Марин Ле Пен", "Роберт Де Ниро")
    part = next((k for k, w in enumerate(name) if k > 0 and w.lower() in NAME_PARTICLES),
                len(name))
    return all(M.may_be_name(w, "nomn") or k >= part or lead and k > 0 and not any(
        M.PERSON_TAGS & p.tag.grammemes for p in M.parses(w)[:3]) for k, w in enumerate(name))
