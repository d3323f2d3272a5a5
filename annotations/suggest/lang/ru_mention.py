"""The speaker a Russian noun phrase names (``_mention``): a pronoun, a person with the role
before the name, a body, a group, or a bare role resolved to a person named in the text."""

from __future__ import annotations

import re
from typing import Any

from . import morph_ru as M
from .morph_ru import PERSON_TAGS
from .ru_people import People, _dep_lemmas, _head_lemmas, _Speaker, _speaker
from .ru_vocab import (
    _ADVERB_TAGS,
    _CLAUSE_WORDS,
    _MANY,
    _NAMESAKE,
    _OBLIQUE_PRON,
    _PREPS,
    _PRONOUNS,
    _TIME_NOUNS,
    DESCRIBED,
    GENERIC_ROLES,
    QUANTITIES,
    RELATIONS,
    ROLE_SYNONYMS,
    SPEAKING_BODIES,
    SPEECH_NOUNS,
)
from .ru_words import (
    _OPEN_MARKS,
    _bare,
    _name_runs,
    _name_word,
    _nominative_name,
    _role_start,
)

#: Words that make a number a guess (``около 100 демонстрантов``), general vocabulary.
_ABOUT = frozenset({"около", "более", "почти", "свыше", "порядка", "примерно", "менее",
                    "приблизительно"})


def undeferential(toks: list[str]) -> list[str]:
    """``toks`` (words inside a sentence, none opening it) with a post capitalised out of
    deference in lower case (``в телеграмме Президента``, ``по словам Министра``): a word the
    dictionary knows only as a person's common noun, no name, after no capitalised word."""
    return [t.lower() if _deferential(toks, k) else t for k, t in enumerate(toks)]


def _deferential(toks: list[str], k: int) -> bool:
    w = _bare(toks[k])
    if not w[:1].isupper() or w.isupper() or k > 0 and _bare(toks[k - 1])[:1].isupper():
        return False
    ps = M.parses(w.lower())[:3]
    return bool(ps) and M.known(w.lower()) and all(
        p.tag.POS == "NOUN" and "anim" in p.tag and not (
            (M.PERSON_TAGS | M.PLACE_TAGS | {"Orgn", "Abbr"}) & p.tag.grammemes) for p in ps)


def _mention(toks: list[str], case: str | None, gender: str | None, after_verb: bool,
             people: People, pos: int) -> _Speaker | None:
    """The speaker a noun phrase names: a pronoun, a person (with the role before the name),
    or a bare role. ``case``: the case it stands in (None: the subject, nominative)."""
    if not toks:
        return None
    if any(t.startswith("(") for t in toks):  # "коллегия регистраторов (Colegio de …)"
        toks = _unbracketed(toks)
        if not toks:
            return None
    d = 0
    while d < len(toks) - 1 and d < 6 and (_bare(toks[d]).isdigit() or M.lemmas(
            _bare(toks[d]).lower(), frozenset({"NOUN"})) & _TIME_NOUNS and
            _bare(toks[d])[:1].islower()):
        d += 1
    if d and any(_bare(t).isdigit() for t in toks[:d]):
        toks = toks[d:]  # "20 марта 2013 года Норвежская академия": the date before the subject
    if case == "loct" and len(toks) > 1 and _bare(toks[0])[:1].islower() and \
            not toks[0].endswith((",", ";", ":")) and \
            M.lemmas(_bare(toks[0]).lower(), frozenset({"NOUN"})) & _TIME_NOUNS and any(
            p.tag.POS == "NOUN" and "nomn" in p.tag and "anim" in p.tag and "plur" in p.tag
            for p in M.parses(_bare(toks[1]).lower())[:1]):
        # "в четверг представители ПНС сообщили": "в" named a time, and the people after
        # it are the verb's subject, no place's body
        return _mention(toks[1:], None, "plur", after_verb, people, pos)
    alias = next((k for k in range(1, len(toks)) if _bare(toks[k]).lower() == "как" and any(
        p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag  # (not "после того как")
        for p in M.parses(_bare(toks[k - 1]).lower())[:1])), None)
    if alias is not None:  # "более известного как Сокол": another's alias, no one speaking
        toks = toks[:alias - 1]
        if not toks:
            return None
    first = _bare(toks[0]).lower()
    if case in (None, "nomn"):
        pron = [_bare(t).lower() for t in toks if _bare(t).lower() in _PRONOUNS]
        if pron and not after_verb:
            first = pron[-1]
    if first in _PRONOUNS and case in (None, "nomn"):
        return people.pronoun(_PRONOUNS[first], pos)
    if first in _OBLIQUE_PRON and case not in (None, "nomn"):
        return people.pronoun(_OBLIQUE_PRON[first], pos)
    runs = [(i, j) for i, j in _name_runs(toks)
            if j - i > 1 or i > 0 or not M.known(_bare(toks[i])) or
            M.PERSON_TAGS & M.parses(_bare(toks[i]))[0].tag.grammemes or
            people.key_of([_bare(toks[i])]) is not None]  # "Сами сепаратисты": no name
    if case in (None, "nomn"):
        h = _head_noun(toks)
        body = [(i, j) for i, j in runs if i > h + 1 and _bare(toks[h])[:1].islower() and
                M.run_case([_bare(t) for t in toks[i:j]]) == "gent" and any(
                    p.tag.POS == "NOUN" and "inan" in p.tag and "nomn" in p.tag and
                    p.normal_form in _DOC_BODIES for p in M.parses(_bare(toks[h]).lower())[:2])]
        if body:
            # "официальный блог создателя антивируса Джона Макафи": the blog (or site) of
            # the man, in the genitive after it, speaks
            return _Speaker(" ".join(_bare(t) for t in toks[:body[0][1]]), None, None)
        runs = [(i, j) for i, j in runs if _nominative_name([_bare(t) for t in toks[i:j]])]
    # "написали девушки в Twitter", "по итогам встречи в Астане": a name in a
    # prepositional phrase is no subject, nor the object that is quoted
    # "рэпера Кирилла Толмацкого, больше известного как Децл": a name after "как" is
    # another's alias (or an example), no subject
    runs = [(i, j) for i, j in runs if i == 0 or _bare(toks[i - 1]).lower() not in _PREPS and
            _bare(toks[i - 1]).lower() not in _NAMESAKE and _bare(toks[i - 1]).lower() != "как"]
    if case in (None, "nomn"):
        runs = [(a, b) for a, b in runs if not _agents_principal(people, toks, a, b)]
    if not after_verb:
        # "Агент Орвела Джон Браун сказал": a name right before another that opens with a
        # first name in the nominative is that one's role's dependent, not the subject
        runs = [(a, b) for k, (a, b) in enumerate(runs)
                if not (k + 1 < len(runs) and runs[k + 1][0] == b and
                        M.is_first_name(_bare(toks[b])) and M.can_be(_bare(toks[b]), "nomn"))]
    if runs:
        i, j = runs[-1] if after_verb else runs[0]
        if gender in ("masc", "femn"):  # the run that agrees with the verb
            # (not "Адвокат Маркива заявил": a surname a man's only in the genitive)
            fit = [(a, b) for a, b in runs
                   if M.person_gender([_bare(t) for t in toks[a:b]], case or "nomn", fixed=(
                       b < len(toks) or _after_agent(toks, a))) in (None, gender) and
                   not _other_gender(people, toks[a:b], gender) and not (
                       case in (None, "nomn") and b - a == 1 and a > 0 and (
                           M.oblique_name(_bare(toks[a]), gender) or
                           _known_genitive(people, toks, a)))]
            if fit:
                i, j = fit[-1] if after_verb else fit[0]
            elif case in (None, "nomn") and runs[0][0] > 0 and (
                    runs[-1][1] < len(toks) or runs[0][0] == 1 or all(
                        b - a == 1 and (M.oblique_name(_bare(toks[a]), gender) or
                                        _known_genitive(people, toks, a))
                        for a, b in runs)) and any(
                    p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag
                    for w in (toks[0], toks[runs[0][0] - 1])  # ("Однако позже внук
                    for p in M.parses(_bare(w).lower())[:2]):  # Петрова сообщил")
                # "Помощник Хиллари Клинтон по … делам заявил": no name agrees with the
                # verb and words follow it (or it follows the role's noun: "Представитель
                # Волкова подчеркнул"), so the names depend on the role, the subject
                runs = []
    if runs and case in (None, "nomn") and i > 1 and M.run_case(
            [_bare(t) for t in toks[i:j]]) == "gent" and any(
            p.tag.POS == "NOUN" and "nomn" in p.tag and not PERSON_TAGS & p.tag.grammemes
            for p in M.parses(_bare(toks[_head_before(toks, i)]).lower())[:1]) and \
            _bare(toks[i - 1])[:1].islower() and all(
            p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" not in p.tag
            for p in M.parses(_bare(toks[i - 1]).lower())[:2]):
        # "Канцелярия президента Джейкоба Зумы": a name after a post in the genitive is
        # the post's holder, who depends on the subject's noun; the body (or role) speaks
        runs = []
    if runs and case in (None, "nomn") and i > 0 and M.run_case(
            [_bare(t) for t in toks[i:j]]) != "nomn" and any(
            p.tag.POS == "NOUN" and "inan" in p.tag and "nomn" in p.tag and
            p.normal_form.split("-")[-1] in SPEAKING_BODIES
            for p in M.parses(_bare(toks[_head_noun(toks)]).lower())[:1]):
        # "Комитет защиты Леонарда Пелтиера": the body, named after the man, speaks (and
        # "официальный блог создателя антивируса Джона Макафи": the blog, after adjectives)
        return _Speaker(" ".join(_bare(t) for t in toks[:j]), None, None)
    if len(runs) == 2 and case == "gent" and runs[0][0] == 0 and runs[1][1] == len(toks) and \
            runs[1][0] == runs[0][1] + 1 and _bare(toks[runs[0][1]]).lower() == "и":
        # "По словам Петрова и Ивановой": the two, each in the nominative
        both = [M.nominative([_name_word(t) for t in toks[a:b]], "gent") for a, b in runs]
        return _Speaker(" ".join(both[0]) + " и " + " ".join(both[1]), None, None)
    if len(runs) == 2 and gender == "plur" and case in (None, "nomn") and \
            runs[1][0] == runs[0][1] + 1 and _bare(toks[runs[0][1]]).lower() == "и":
        # "Депутаты Госдумы Адальби Шхагошев и Александр Грибов предложили": the two speak
        r0 = _role_start(toks[:runs[0][0]], nominative=True)
        return _Speaker(" ".join(_bare(t) for t in toks[r0:runs[1][1]]), None, None)
    if len(runs) == 1 and gender == "plur" and runs[0][0] > 0 and case in (None, "nomn") and any(
            p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag and "plur" in p.tag
            for p in M.parses(_bare(toks[0]).lower())[:2]):
        # "сообщили жители поселка Петро-Славянка": the plural noun speaks, one name is no
        # plural verb's subject
        runs = []
    if runs:
        if i > 0 and _bare(toks[i - 1])[:1].islower():
            head = [p for p in M.parses(_bare(toks[i - 1]).lower())
                    if p.tag.POS == "NOUN" and (case or "nomn") in p.tag]
            first_name = any(M.is_first_name(_bare(t)) and M.can_be(_bare(t), case or "nomn")
                             for t in toks[i:j])
            speech = any(p.normal_form in SPEECH_NOUNS for p in head)
            if speech:
                # "цитирует заявление Мутко": the words are the person's, named in the genitive
                case = "gent"
            elif head and all("inan" in p.tag and "sing" in p.tag for p in head) and not any(
                    "Geox" in p.tag or "Name" in p.tag for p in head) and not first_name and \
                    any(p.normal_form.split("-")[-1] in SPEAKING_BODIES for p in head):
                # (only a body speaks for the name: "В то же время Порошенко отметил")
                # "пресс-службу Порошенко": the service speaks, the name stays genitive
                a = i - 1
                while a > 0 and any(p.tag.POS == "ADJF" and (case or "nomn") in p.tag
                                    for p in M.parses(_bare(toks[a - 1]).lower())[:3]):
                    a -= 1  # "Главном управлении Нацполиции": its adjectives too
                org = M.nominative_phrase([_bare(t) for t in toks[a:i]], case) + \
                    [_bare(t) for t in toks[i:j]] + _branch_of(toks, j)
                return _Speaker(" ".join(org), None, None)
        surface = [_name_word(t) for t in toks[i:j]]
        name = surface if people.undeclined(surface) else M.nominative(surface, case or "nomn")
        r0 = _role_start(toks[:i], nominative=case in (None, "nomn"))
        role_t = [_bare(t) for t in toks[r0:i]]
        if role_t and case not in (None, "nomn"):
            role_t = M.role_nominative(role_t, case)
        role = " ".join(role_t) or None
        g = M.person_gender(name, "nomn") or (gender if gender in ("masc", "femn") else None)
        added = people.add(name, g, role, pos, mention=False, sure=True)
        p = people.full(added)
        return _Speaker(p.name, role or p.role, p.gender)
    plain = [_bare(t) for t in toks if _bare(t)]
    if plain and len(plain) <= 3 and all(w[:1].isupper() and not w.isupper() and (not (
            M.known(w) and not M.is_person_word(w)) or w == plain[-1] and  # ("Тан сказал":
            people.key_of([w]) is not None) and (  # a surname the dictionary has as a noun)
            case not in (None, "nomn") or M.may_be_name(w, "nomn")) for w in plain):
        # (a subject is nominative: "ответил Суркову" names whom he answered)
        # (not "Адвокат Насира": a sentence's first word may be a common noun)
        # "По словам Валруса": a surname no dictionary knows, of a person named before
        key = people.key_of(plain, gender, pos)
        if key is not None:
            return _speaker(people, key)
    if case in (None, "nomn"):
        # "признался корреспонденту «Коммерсанта» один из участников встречи"
        one = next((k for k in range(len(toks) - 2) if _bare(toks[k]).lower() in
                    ("один", "одна", "одно") and _bare(toks[k + 1]).lower() == "из"), None)
        if one is not None:
            end = next((m for m in range(one + 2, min(len(toks), one + 6))
                        if toks[m].endswith((",", ".", ";", ":"))), min(len(toks), one + 6) - 1)
            return _Speaker(" ".join(_bare(t) for t in toks[one:end + 1]), None, None)
        # "Ряд экспертов подтвердил", "Несколько членов ЕС", "двое республиканцев": some of
        # a group, in the genitive plural
        row = next((k for k in range(len(toks) - 1) if _bare(toks[k]).lower() in QUANTITIES or
                    _bare(toks[k]).isdigit() or any(p.tag.POS == "NUMR" and "nomn" in p.tag
                                                    for p in M.parses(_bare(toks[k]).lower())[:1])),
                   None)
        if row is not None:
            group = next((m for m in range(row + 1, min(len(toks), row + 6))
                          if M.parses(_bare(toks[m]).lower())[0].tag.POS == "NOUN" and any(
                              p.tag.POS == "NOUN" and "plur" in p.tag and "gent" in p.tag
                              and ("anim" in p.tag or p.normal_form in SPEAKING_BODIES and
                                   _bare(toks[m])[:1].islower())  # (not "ряд СМИ": СМИ speak)
                              for p in M.parses(_bare(toks[m]).lower())[:2])), None)
            # ("Несколько близких к семье источников сообщают": sources speak too)
            if group is not None:  # (and the group's own dependents: "членов ЕС")
                end = next((m for m in range(group, min(len(toks), group + 4))
                            if toks[m].endswith((",", ".", ";", ":")) or m + 1 < len(toks) and
                            (_bare(toks[m + 1]).lower() in _PREPS or
                             toks[m + 1].startswith("("))), min(len(toks), group + 4) - 1)
                if row > 0 and _bare(toks[row]).isdigit() and \
                        _bare(toks[row - 1]).lower() in _ABOUT:
                    row -= 1  # "около 100 демонстрантов": the number is a guess
                return _Speaker(" ".join(_bare(t) for t in toks[row:end + 1]), None, None)
    plain_low = [_bare(t).lower() for t in toks if _bare(t)]
    if case in (None, "nomn") and gender in (None, "plur") and len(plain_low) == 1 and \
            plain_low[0] in _MANY:
        # "Многие считают, что …": a pronoun for many people, standing alone as the subject
        return _Speaker(plain_low[0], None, None)
    # a bare role: the first noun that can stand in the case, and its dependents
    want = case or "nomn"
    cands: list[tuple[int, int, Any]] = []  # (rank, index, parse)
    skip = -1
    for k, t in enumerate(toks):
        w = _bare(t)
        low = w.lower()
        if not w or k <= skip:
            continue
        if low in _PREPS and cands and cands[0][1] == 0 and k > 0 and \
                not toks[k - 1].endswith((",", ";", ":", ".", "!", "?")):
            break  # "Секретариат X в сообщении о смерти главы Y": the head opened the phrase
        if low in _PREPS:  # a prepositional phrase: up to its noun, no subject
            skip = next((m for m in range(k + 1, min(len(toks), k + 5))
                         if any(p.tag.POS in ("NOUN", "NPRO") or "Apro" in p.tag
                                for p in M.parses(_bare(toks[m]).lower())[:2])), k + 1)
            nouns = [p for p in M.parses(_bare(toks[skip]).lower()) if p.tag.POS == "NOUN"] \
                if skip < len(toks) else []
            if nouns and all(p.tag.case == "nomn" for p in nouns):
                skip = k  # "Накануне глава правительства …": an adverb, for no noun it governs
            continue
        if t.startswith(("«", "„", '"', "“")) and not t.rstrip(",.;:").endswith(("»", '"', "”")):
            continue  # the first word of a name in marks
        if k > 0 and _bare(toks[k - 1]).lower() in _NAMESAKE:
            continue  # "Пресс-служба театра имени Пушкина": a namesake, no one speaking
        if w[:1].isupper() and not w.isupper() and case not in (None, "nomn", "loct") and \
                not any("Orgn" in p.tag for p in M.parses(w)[:2]) and \
                not t.startswith(("«", '"')) and not (
                    # ("по словам Комитета по бюджету": a body's noun opens its name)
                    k + 1 < len(toks) and toks[k + 1] == "по" and _remit_of(toks, k + 1)):
            continue  # a capitalised oblique word: a name's, not a body's ("в Минобороны" is)
        parses = M.parses(low)
        ps = [p for p in parses if p.tag.POS == "NOUN" and want in p.tag]
        if not ps or parses[0].tag.POS != "NOUN":
            continue  # "Сами сепаратисты": "сами" is no noun
        p0 = ps[0]
        anim = next((p for p in ps if "anim" in p.tag), None)
        if anim is not None and anim.score * 2 >= p0.score:
            p0 = anim  # "Агент рассказал": the person as likely as the thing, and one speaks
        if t.startswith(("«", '"', "„", "“")) and w[:1].isupper():
            rank = 1  # "по информации «Известий»": a title in marks names the outlet
        elif "anim" in p0.tag:
            rank = 0
        elif w.isupper() or p0.normal_form.split("-")[-1] in SPEAKING_BODIES or \
                "Orgn" in p0.tag or "Geox" in p0.tag and want == "nomn" or \
                want == "loct" and w[:1].isupper() and k == 0:
            # ("В Кремле заявили": the place is the body that speaks)
            rank = 1  # "СМИ", "пресс-служба", "агентство"
        else:
            continue  # "очередь", "время": no one speaks
        if rank == 0 and (want == "gent" or M.can_be(low, "gent")) and cands and \
                cands[-1][:2] == (1, k - 1) and \
                _bare(toks[k - 1])[:1].islower() and not toks[k - 1].startswith(_OPEN_MARKS):
            break  # "по данным сайта президента": the site's, the president its dependent
            # (and "пресс-служба главы государства": the service's, whatever case fits)
        cands.append((rank, k, p0))
        if rank == 0:
            break
    if not cands and case in (None, "nomn") and len(toks) <= 3 and any(
            p.tag.POS in ("ADJF", "PRTF") and "nomn" in p.tag and "Apro" not in p.tag and
            ("Subx" in p.tag or "Qual" not in p.tag) and "neut" not in p.tag
            for p in M.parses(_bare(toks[-1]).lower())[:1]) and \
            (len(toks) == 1 or not _bare(toks[-1])[:1].isupper()):
        # "Дежурный сказал", "Пострадавшие рассказали": an adjective that is the noun
        return _Speaker(" ".join(_bare(t) for t in toks), None, None)
    if not cands and case in (None, "nomn") and 1 < len(toks) <= 4 and \
            _bare(toks[0])[:1].islower() and any(
            p.tag.POS == "ADJF" and "nomn" in p.tag and "plur" in p.tag and "Apro" not in p.tag
            for p in M.parses(_bare(toks[0]).lower())[:1]) and all(
            M.can_be(_bare(t).lower(), "gent") for t in toks[1:]):
        # "Как говорят знакомые артиста, …": an adjective that is the noun, with whose
        return _Speaker(" ".join(_bare(t) for t in toks), None, None)
    while len(plain) > 1 and any(p.tag.POS == "ADVB" for p in M.parses(plain[0].lower())[:1]):
        plain = plain[1:]  # ("Вчера Кремль сообщил")
    if not cands and case in (None, "nomn") and 1 <= len(plain) <= 2 and \
            plain[0][:1].isupper() and not plain[0].isupper() and any(
            p.tag.POS == "NOUN" and "inan" in p.tag and "sing" in p.tag and "nomn" in p.tag
            for p in M.parses(plain[-1].lower())[:1]) and (len(plain) == 1 or any(
            p.tag.POS == "ADJF" and "nomn" in p.tag for p in M.parses(plain[0].lower())[:1])):
        # "Кремль сообщил", "Белый дом заявил": a thing's name as the subject of a verb of
        # saying is the body it stands for
        return _Speaker(" ".join(plain), None, None)
    if not cands:
        # "пишет NEWSru.com", "в Х5 Retail Group", "ООО \"Си Прод\"": a name no dictionary has
        caps = [_bare(t) for k, t in enumerate(toks) if (
                _bare(t)[:1].isupper() and not M.known(_bare(t)) or
                t.startswith(("«", '"', "„", "“")) or _bare(t).isupper()) and not (
                k > 0 and _bare(toks[k - 1]).lower() == "как") and not (  # ("как Децл")
                # ("Сергей сообщил в Instagram": where one said it, no subject; but
                # "сообщили в X5 Retail Group": a plural verb's body)
                case in (None, "nomn") and gender in ("masc", "femn", "neut") and k > 0 and
                _bare(toks[k - 1]).lower() in _PREPS)]
        at = next((k for k, t in enumerate(toks) if _bare(t) == caps[0]), 0) if caps else 0
        run: list[str] = []
        for n, t in enumerate(toks[at:], at):
            b = _bare(t)
            if b == "и" and run and not run[-1].endswith(",") and n + 1 < len(toks) and \
                    _bare(toks[n + 1])[:1].isupper() and _bare(toks[n + 1])[:1].isascii() and \
                    not toks[n + 1].startswith(_OPEN_MARKS) and run[-1][-1:].isascii():
                run.append(b)  # "по данным Bellingcat и The Insider": two names together
                continue
            if not b or b.lower() in _PREPS or b.lower() in _CLAUSE_WORDS:
                break
            run.append(t.rstrip(",.;:!?…"))
            if t.endswith((",", ".", ";", ":")):
                break
        if caps and run:
            return _Speaker(" ".join(run), None, None)
    if case not in (None, "nomn") and not cands:
        up = [_bare(t) for t in toks if _bare(t).isupper() and len(_bare(t)) > 1]
        if up:  # "по данным МВД"
            return _Speaker(up[0], None, None)
    if cands:
        rank, k, p0 = min(cands, key=lambda c: (c[0], c[1]))
        b_rank, b_at, b_parse = cands[0]
        if rank == 0 and b_rank == 1 and b_at < k - 1 <= b_at + 2 and \
                _bare(toks[k - 1]).lower() == "и" and (gender == "plur" or want == "gent"):
            # "правительства и губернатора области", "Правительство и губернатор области
            # заявили": a body and a post named together, the body first, speak together
            rank, k, p0 = b_rank, b_at, b_parse
        if rank == 1 and k + 1 < len(toks) and not toks[k + 1].startswith(_OPEN_MARKS) and not (
                # ("организация «Врачи без границ»": the body's name in marks, no person)
                want == "gent" and _bare(toks[k])[:1].islower()) and not (
                # ("пресс-служба главы государства": the head's dependent, not the speaker)
                _bare(toks[k])[:1].islower() and M.can_be(_bare(toks[k + 1]).lower(), "gent")
                ) and any(
                "anim" in p.tag and p.tag.POS == "NOUN" and want in p.tag
                for p in M.parses(_bare(toks[k + 1]).lower())[:1]):
            k, p0 = k + 1, M.parses(_bare(toks[k + 1]).lower())[0]  # "РБК представитель"
        elif rank == 1 and (_bare(toks[k]).isupper() or toks[k].startswith(("«", '"'))):
            # "— сообщил ТАСС источник", "сообщил РИА Новости источник в …": an outlet's
            # name, then the noun that speaks (the outlet is whom it was told)
            j = k + 1
            while j < len(toks) and j <= k + 3 and _bare(toks[j])[:1].isupper() and \
                    not toks[j - 1].endswith((",", ".", ";", ":")):
                j += 1
            nxt = [p for p in M.parses(_bare(toks[j]).lower())[:1]
                   if p.tag.POS == "NOUN" and want in p.tag and p.normal_form in
                   GENERIC_ROLES | SPEAKING_BODIES] if j < len(toks) and \
                _bare(toks[j])[:1].islower() and not toks[j - 1].endswith(
                    (",", ".", ";", ":")) else []
            if nxt:
                k, p0 = j, nxt[0]
        ps = [p0]
        w = _bare(toks[k])
        head = p0.normal_form
        k0 = k
        while k0 > 0 and any(p.tag.POS == "ADJF" and want in p.tag and "Apro" not in p.tag
                             for p in M.parses(_bare(toks[k0 - 1]).lower())[:3]):
            k0 -= 1  # "официальный Киев", not "Сами сепаратисты"
        if k0 < k - 1 and any(p.tag.POS in ("COMP", "ADVB")
                              for p in M.parses(_bare(toks[k0]).lower())[:3]):
            k0 += 1  # "Позднее румынское ведомство объявило": an adverb before the adjectives
        if k0 > 0 and "plur" in p0.tag and _bare(toks[k0 - 1]).lower() in _MANY:
            k0 -= 1  # "Некоторые французские политологи": some of them spoke
        while rank == 1 and w.isupper() and k0 > 0 and _bare(toks[k0 - 1]).isupper() and \
                len(_bare(toks[k0 - 1])) > 1 and not toks[k0 - 1].endswith((",", ".", ";", ":")):
            k0 -= 1  # "В СК РФ подтвердили": one body's name of two abbreviations
        phrase = [_bare(x) for x in toks[k0:k + 5]]
        cut = next((b for a, b in _name_runs(toks[k + 1:k + 8]) if a < 4 < b and M.run_case(
            [_bare(x) for x in toks[k + 1 + a:k + 1 + b]]) == "gent"), None)
        if cut is not None:  # "Супруга знаменитого советского актера Петра Жукова": a name
            # in the genitive, the role's dependent, is not cut in two
            phrase = [_bare(x) for x in toks[k0:k + 1 + cut]]
        if rank == 1 and k + 1 < len(toks) and toks[k + 1].startswith(("«", '"', "„", "“")):
            # "газета «Труд»", "ООО \"Си Прод\"": the body and its name in marks
            closing = next((m for m in range(k + 1, min(len(toks), k + 6))
                            if toks[m].rstrip(",.;:!?…").endswith(("»", '"', "”", "“"))), None)
            if closing is not None:
                return _Speaker(" ".join([*M.nominative_phrase([w], want if case else None)]
                                         + [t.rstrip(",.;:!?…") for t in toks[k + 1:closing + 1]]),
                                None, None)
        plural = "plur" in p0.tag

        def joined(m: int) -> bool:  # "Издания Tolo и Pajhwok": bodies named together
            if _bare(toks[k + m]).lower() != "и" or k + m + 1 >= len(toks):
                return False
            if plural and _bare(toks[k + m + 1])[:1].isupper() and \
                    _bare(toks[k + m - 1])[:1].isupper():
                return True
            # "очевидцев и друзей", "критики и сами музыканты": two groups of people;
            # "правительства и губернатора области": a body and a post
            n = k + m + 1 + (_bare(toks[k + m + 1]).lower() in ("сами", "самих"))
            return m == 1 and n < len(toks) and (plural or rank == 1) and any(
                p.tag.POS == "NOUN" and want in p.tag and (
                    "anim" in p.tag and ("plur" in p.tag) == plural or
                    p.normal_form in SPEAKING_BODIES)
                for p in M.parses(_bare(toks[n]).lower())[:2])

        stop = next((m for m, x in enumerate(toks[k + 1:k + 5], 1)
                     if not joined(m) and not _from_body(toks, k, m) and \
                     not _mission_in(toks, k + m) and \
                     not _genitives_joined(toks, k + m) and (
                     _bare(x).lower() in _CLAUSE_WORDS or _bare(x).lower() in _PREPS or
                     x.startswith("(") or x[:1].isdigit() and not re.match(
                         r"\d+[A-ZА-ЯЁ]", x) or  # "учёных 2006 года" (not "газета 7Плюс")
                     _bare(x)[:1].islower() and all(  # "прокурор журналистам": whom he told
                         p.tag.POS == "NOUN" and "datv" in p.tag
                         for p in M.parses(_bare(x).lower())[:2]) or
                     not _bare(x).isupper() and any(  # (not "МОК": an abbreviation)
                         p.tag.POS in _ADVERB_TAGS or p.tag.POS in ("VERB", "INFN", "GRND")
                         for p in M.parses(_bare(x).lower())[:1]))),
                    None)
        if stop is not None:
            phrase = phrase[:k - k0 + stop]
        comma = next((m for m, x in enumerate(toks[k:k + 5]) if x.endswith((",", "."))), None)
        if comma is not None:
            phrase = phrase[:k - k0 + comma + 1]
        raw = toks[k0:k0 + len(phrase)]
        if any(r.startswith("«") for r in raw[1:]) and \
                sum(r.count("«") for r in raw) == sum(r.count("»") for r in raw):
            # "представитель движения «Братья-мусульмане»": a name keeps its marks
            phrase = [("«" if r.startswith("«") and x else "") + x +
                      ("»" if r.rstrip(",.;:!?…").endswith("»") and x else "")
                      for x, r in zip(phrase, raw, strict=True)]
        phrase = [x for x in phrase if x]
        if rank == 1 and len(phrase) > 1:
            phrase += _branch_of(toks, k0 + len(phrase))
        if rank == 1 and stop is not None and k0 + len(phrase) == k + stop:
            phrase += _remit_of(toks, k + stop)  # "Совет по американо-исламским отношениям"
        if phrase and phrase[-1].lower() in _NAMESAKE:
            # "филармонии имени Габдуллы Тукая": the namesake's name is part of the body's
            at = k0 + len(phrase)
            while at < len(toks) and at < k0 + len(phrase) + 3 and \
                    _bare(toks[at])[:1].isupper() and not toks[at - 1].endswith((",", ";", ":")):
                phrase.append(_bare(toks[at]))
                if toks[at].endswith((",", ".", ";", ":")):
                    break
                at += 1
        bare = len(phrase) == 1
        while len(phrase) > 1 and any(p.tag.POS in ("NUMR", "NPRO", "ADJF") and
                                      "Apro" in p.tag or p.tag.POS == "NUMR"
                                      for p in M.parses(phrase[-1].lower())[:1]):
            phrase.pop()  # "менеджер одной (из …)": the head, not a dangling "одной"
        if case not in (None, "nomn"):
            phrase = M.nominative_phrase(phrase, case)
            if "и" in phrase[1:]:  # "очевидцев и друзей": both groups in the nominative
                a = phrase.index("и", 1)
                phrase = phrase[:a + 1] + M.nominative_phrase(phrase[a + 1:], case)
        tk = toks[k]
        if tk.startswith(("«", '"', "„", "“")) and len(phrase) == 1:
            close = "»" if tk.startswith("«") else '"' if tk.startswith('"') else "“"
            phrase = [tk[0] + phrase[0][:1].upper() + phrase[0][1:] + close]  # «Известия»
        role = " ".join(phrase)
        if "plur" in ps[0].tag or rank == 1:
            return _Speaker(role, None, None)  # "эксперты", "пресс-служба …"
        # (a description with modifiers, "27-летняя женщина", is someone new; a bare
        # "Женщина" may be the woman just named)
        generic = head in GENERIC_ROLES or head in DESCRIBED and not bare or any(
            _bare(x).lower() in ("один", "одна", "одного", "одной", "другой", "другого",
                                 "бывший", "бывшего", "некий", "некоего", "ряд")
            for x in toks[max(0, k0 - 2):k + 1])
        if gender is None and "femn" in p0.tag and "anim" in p0.tag and \
                "Ms-f" not in p0.tag:
            gender = "femn"  # "По словам супруги программиста": a woman, whatever no verb shows
        if any(_bare(x).lower() in ("один", "одна", "некий", "некая")
               for x in toks[max(0, k0 - 2):k0]):
            return _Speaker(role, None, None)  # "Один агент сказал": someone new, unnamed
        key = people.by_role(head, pos, generic, bare=bare, gender=gender,
                             deps=_dep_lemmas(phrase[k - k0 + 1:]), also=any(
                                 _bare(t).lower() in ("также", "тоже") for t in toks[k + 1:k + 3]))
        owner = _OBLIQUE_PRON.get(_bare(toks[k0 - 1]).lower()) if k0 > 0 else None
        if key is not None and owner is not None and head not in _head_lemmas(
                people.full(key).role or "-") and people.full(key).name == getattr(
                people.pronoun(owner, pos), "name", None):
            key = None  # "— сообщила её представительница": hers, not she
        if key is None and generic and head not in GENERIC_ROLES and head not in DESCRIBED and \
                any(_bare(x).lower() in ("бывший", "бывшего", "бывшая", "бывшей")
                    for x in toks[max(0, k0 - 2):k + 1]):
            # "76-летний бывший премьер-министр Италии": the one the text gave that former
            # post ("бывшего премьера Италии X"), not someone new
            former = people.by_role(head, pos, False, bare=bare, gender=gender,
                                    deps=_dep_lemmas(phrase[k - k0 + 1:]))
            role_of = (people.full(former).role or "").lower() if former is not None else ""
            posts = {x.normal_form for w in role_of.split()[1:3] for x in M.parses(w)[:3]}
            same = {head}.union(*(g for g in ROLE_SYNONYMS if head in g))
            if former is not None and role_of.startswith("бывш") and same & posts:
                key = former
        if key is not None and any(  # "дядя Шварца" is not Шварц: someone of his
                x[:1].isupper() and people.key_of(M.nominative([x], "gent")) == key
                for x in phrase[k - k0 + 1:]):
            key = None
        if key is not None:
            p = people.full(key)
            return _Speaker(p.name, p.role or role, p.gender)
        return _Speaker(role, None, None)
    return None


#: Nouns of a region a body's branch serves (``ГУ МВД по Свердловской области``).
_REGIONS = frozenset({"области", "краю", "округу", "району", "республике", "городу"})


def _branch_of(toks: list[str], at: int) -> list[str]:
    """``ГУ МВД России по Москве``, ``СК РФ по Кабардино-Балкарии``, ``по г. Москве``: the
    region a body's branch serves, after ``по`` right after a capitalised word of the body's
    name (``at``: the token after it), else nothing."""
    if at + 1 >= len(toks) or at == 0 or toks[at] != "по" or \
            toks[at - 1].endswith((",", ".", ";", ":")) or not _bare(toks[at - 1])[:1].isupper():
        return []
    out = [toks[at]]
    m = at + 1
    if toks[m] == "г.":
        out.append(toks[m])
        m += 1
    caps = False
    while m < len(toks) and m < at + 5:
        b = _bare(toks[m])
        if b[:1].isupper() and not toks[m].startswith(_OPEN_MARKS):
            caps = True
        elif not (caps and b in _REGIONS):
            break
        out.append(b)
        if toks[m].endswith((",", ".", ";", ":", "!", "?")):
            break
        m += 1
    return out if caps else []


def _remit_of(toks: list[str], at: int) -> list[str]:
    """``Совет по американо-исламским отношениям``, ``Комитета по правам человека``: what a
    body named with a capital deals with, after ``по`` right after its name's noun (``at``:
    the ``по``): adjectives and a noun in the dative, then the genitives that depend on
    it, all in lower case or abbreviations; else nothing."""
    if at + 1 >= len(toks) or at == 0 or toks[at] != "по" or \
            toks[at - 1].endswith((",", ".", ";", ":")) or \
            not _bare(toks[at - 1])[:1].isupper() or _bare(toks[at - 1]).isupper() or \
            not any(p.tag.POS == "NOUN" and p.normal_form.split("-")[-1] in SPEAKING_BODIES
                    for p in M.parses(_bare(toks[at - 1]).lower())[:2]):
        return []
    out = [toks[at]]
    noun = False
    for m in range(at + 1, min(len(toks), at + 7)):
        b = _bare(toks[m])
        if not b or toks[m].startswith(_OPEN_MARKS) or b[:1].isupper() and not (
                noun and b.isupper()):
            break
        ps = M.parses(b.lower())[:2]
        case = "gent" if noun else "datv"
        if not (b.isupper() or any(p.tag.POS in ("NOUN", "ADJF") and case in p.tag
                                   for p in ps)):
            break
        noun = noun or any(p.tag.POS == "NOUN" and "datv" in p.tag for p in ps)
        out.append(b)
        if toks[m].endswith((",", ".", ";", ":", "!", "?")):
            break
    while len(out) > 1 and not any(p.tag.POS == "NOUN" or _bare(out[-1]).isupper()
                                   for p in M.parses(out[-1].lower())[:1]):
        out.pop()  # (a phrase ends with its noun)
    return out if noun and len(out) > 1 else []


#: Bodies a country keeps in another place (``посольства России в США``): the place after
#: ``в`` is part of their name.
_MISSIONS = frozenset({"посольство", "консульство", "генконсульство", "представительство",
                       "миссия", "постпредство"})


def _mission_in(toks: list[str], at: int) -> bool:
    """Whether ``toks[at]`` is the ``в`` of a mission's host (``посольства России в США``):
    a capitalised place after it, a mission's noun (and its country) before it."""
    if at < 1 or at + 1 >= len(toks) or _bare(toks[at]).lower() not in ("в", "во") or \
            not _bare(toks[at + 1])[:1].isupper() or toks[at - 1].endswith((",", ".", ";", ":")):
        return False
    return any(M.lemmas(_bare(t).lower(), frozenset({"NOUN"})) & _MISSIONS
               for t in toks[max(0, at - 2):at])


def _from_body(toks: list[str], k: int, m: int) -> bool:
    """Whether ``toks[k + m]`` is the ``от`` of a post's constituency right after a person's
    noun (``сенатор от Техаса``, ``депутат от «Единой России»``), the name after it."""
    if m != 1 or k + 2 >= len(toks) or _bare(toks[k + 1]).lower() != "от" or \
            toks[k].endswith((",", ".", ";", ":")):
        return False
    nxt = toks[k + 2]
    if k + 3 < len(toks) and not nxt.endswith((",", ".", ";", ":", "»", '"')) and \
            _bare(toks[k + 3]).lower() in _PREPS:
        return False  # ("наблюдатели от Организации по …": a long name, not cut in two)
    return (_bare(nxt)[:1].isupper() or nxt.startswith(_OPEN_MARKS)) and any(
        p.tag.POS == "NOUN" and "anim" in p.tag for p in M.parses(_bare(toks[k]).lower())[:1])


#: People who speak for another or are kin, named with that other in the genitive
#: (``представитель Теру``), general vocabulary.
_AGENTS = RELATIONS | frozenset({
    "представитель", "представительница", "пресс-секретарь", "адвокат", "помощник",
    "помощница", "агент", "менеджер", "защитник", "сотрудник", "сотрудница"})


def _after_agent(toks: list[str], a: int) -> bool:
    """Whether ``toks[a]`` comes right after a noun of one who speaks for another or is kin
    (``помощник Хиллари Клинтон``): an indeclinable first name's gender then tells whose
    name it is (after a post, ``прокурор Андреа Занончелли``, it tells nothing, unless words
    follow the name: ``Советник Мэри Смит по вопросам экономики заявил``)."""
    return a > 0 and bool(M.lemmas(_bare(toks[a - 1]).lower(), frozenset({"NOUN"})) & _AGENTS)


def _agents_principal(people: People, toks: list[str], a: int, b: int) -> bool:
    """Whether the one word ``toks[a:b]``, right after a lower-case noun of someone who
    speaks for another or is kin (``_AGENTS``), is the surname of a person named before by a
    full name and another post (``официальный представитель Теру`` after ``актёр Джастин
    Теру``): the one spoken for, whatever case the word shows; the noun speaks. (Of one
    named with no post, ``адвокат Иванов`` may be he.)"""
    if b - a != 1 or a == 0 or not _bare(toks[a - 1])[:1].islower() or \
            toks[a - 1].endswith((",", ";", ":")):
        return False
    nouns = M.lemmas(_bare(toks[a - 1]).lower(), frozenset({"NOUN"}))
    if not nouns & _AGENTS:
        return False
    key = people.key_of([_bare(toks[a])])
    if key is None:
        return False
    p = people.full(key)
    return len(p.words) > 1 and p.words[-1].lower() == _bare(toks[a]).lower() and \
        bool(p.role) and not nouns & _head_lemmas(p.role or "-")


def _known_genitive(people: People, toks: list[str], a: int) -> bool:
    """Whether the one word ``toks[a]``, right after a lower-case person's noun, is the
    genitive of the surname of someone named before, as the text spells it in the
    nominative (``внук Манделы`` after ``Нельсон Мандела``): that person's relative or
    agent, not the person."""
    w = _bare(toks[a])
    if a == 0 or not _bare(toks[a - 1])[:1].islower() or not any(
            p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag
            for p in M.parses(_bare(toks[a - 1]).lower())[:2]):
        return False
    nom = M.nominative([w], "gent")[0]
    if nom.lower() == w.lower() or people.undeclined([w]) or any(
            p.words[-1].lower() == w.lower() for p in people.persons.values()):
        return False  # (a woman named so before: "министр Петрова" after "Анна Петрова")
    key = people.key_of([nom])
    return key is not None and len(people.full(key).words) > 1 and \
        people.full(key).words[-1].lower() == nom.lower()


def _other_gender(people: People, run: list[str], gender: str) -> bool:
    """Whether the name ``run`` (one indeclinable word) is a person named before whose
    gender is not ``gender`` (``Представитель Лопес сообщил`` after ``Дженнифер Лопес``:
    the verb's man is her representative)."""
    words = [_bare(t) for t in run]
    return len(words) == 1 and people.key_of(words) is not None and \
        people.key_of(words, gender) is None


#: What a person writes in that speaks for them (``блог X``, ``сайт X``), general vocabulary.
_DOC_BODIES = frozenset({"блог", "микроблог", "аккаунт", "сайт", "страница"})


def _genitives_joined(toks: list[str], at: int) -> bool:
    """Whether ``toks[at]`` is an ``и`` joining two lower-case genitive nouns of one body's
    name (``академия наук и литературы``)."""
    if at < 1 or at + 1 >= len(toks) or _bare(toks[at]).lower() != "и" or \
            toks[at - 1].endswith((",", ".", ";", ":")):
        return False
    return all(_bare(w)[:1].islower() and any(
        p.tag.POS == "NOUN" and "gent" in p.tag and "inan" in p.tag
        for p in M.parses(_bare(w).lower())[:2]) for w in (toks[at - 1], toks[at + 1]))


def _head_noun(toks: list[str]) -> int:
    """The index of the first word of ``toks`` after the adjectives that open it."""
    k = 0
    while k + 1 < len(toks) and k < 3 and _bare(toks[k])[:1].islower() and any(
            p.tag.POS in ("ADJF", "PRTF") for p in M.parses(_bare(toks[k]).lower())[:1]):
        k += 1
    return k


def _head_before(toks: list[str], i: int) -> int:
    """The index of the noun a genitive chain ending before ``i`` depends on (``отец`` in
    ``В 2019 году отец рэпера Кирилла Толмацкого``): back over lower-case words that can be
    genitive, 0 when the chain opens the phrase."""
    k = i - 1
    while k > 0 and _bare(toks[k])[:1].islower() and not toks[k - 1].endswith(
            (",", ".", ";", ":")) and M.can_be(_bare(toks[k]).lower(), "gent"):
        k -= 1
    return k


def _unbracketed(toks: list[str]) -> list[str]:
    """``toks`` without the words in brackets (a name's Latin spelling, an aside)."""
    out, depth = [], 0
    for t in toks:
        depth += t.count("(")
        if depth == 0:
            out.append(t)
        depth = max(0, depth - t.count(")"))
    return out


def _possessive_before_subject(rest: list[str], gender: str | None) -> bool:
    """Whether ``его``/``её``/``их`` opening the words after a verb is a possessive before
    the verb's subject, a lower-case person's noun in the nominative of the verb's gender or
    number (``— сказал его представитель Боб Зафиан``), not the object quoted (``— цитирует
    её агентство``)."""
    if len(rest) < 2 or not _bare(rest[1])[:1].islower():
        return False
    want = {"plur"} if gender == "plur" else {"sing", gender} if gender in ("masc", "femn") \
        else {"sing"}
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag and
               want <= p.tag.grammemes for p in M.parses(_bare(rest[1]).lower())[:2])


def _in_that_clause(words: list[str], i: int) -> bool:
    """Whether the name at ``i`` opens, or stands among the first words of, a clause opened
    by ``что``/``чтобы`` (``заявил, что вся партия и сам Сальвини осудили …``): the reported
    clause's topic, not a subject the next pronoun stands for."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if _bare(words[k]).lower() in ("что", "чтобы"):
            return True
        if words[k].endswith((",", ";", ":", ".", "!", "?", "…")):
            return False
    return False
