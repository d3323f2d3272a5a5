"""The people a Russian text names (``People``): each in the nominative with gender and role,
where it is mentioned and who spoke, and whom a pronoun, a bare role or a surname refers to."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import morph_ru as M
from .ru_vocab import BYSTANDERS, DESCRIBED, INTERVIEWERS, RELATIONS, ROLE_SYNONYMS
from .ru_words import _bare, _finite


@dataclass
class _Person:
    words: tuple[str, ...]
    gender: str | None
    role: str | None = None
    count: int = 0
    sure: bool = False  # its nominative read from a construction, not guessed
    spellings: Counter[tuple[str, ...]] = field(default_factory=Counter)  # of its full name

    @property
    def name(self) -> str:
        return " ".join(self.words)


@dataclass
class _Speaker:
    name: str | None
    role: str | None
    gender: str | None


@dataclass
class People:
    """The people a text names, in the nominative, with their gender and role when the text
    shows them, and where each is mentioned (outside quotes)."""

    persons: dict[str, _Person] = field(default_factory=dict)  # key: the full name, lower
    mentions: list[tuple[int, str, bool]] = field(default_factory=list)  # (pos, key, subject)
    said: list[tuple[int, str]] = field(default_factory=list)  # (pos, key) of speakers
    groups: list[tuple[int, _Speaker]] = field(default_factory=list)  # (pos, who) of
    # speakers that are no one person ("представители армии", "СМИ", "МВД")
    ordered: bool = True  # ``mentions`` in order of position
    described: list[tuple[int, _Speaker]] = field(default_factory=list)  # (pos, who) of a
    # sentence's subject named only by a description ("33-летний мужчина"), in order
    text: str = ""  # the text they are named in (``noun_antecedent`` reads it)

    def sort_mentions(self) -> None:
        """Put ``mentions`` in order of position (then ``before`` bisects)."""
        self.mentions.sort()
        self.ordered = True

    def before(self, pos: int, since: int = -1) -> Iterator[tuple[int, str, bool]]:
        """The mentions at positions between ``since`` and ``pos`` (both excluded), from
        the last one in the list back: in order of position, found by bisection and read only
        as far back as ``since`` (else every one is looked at)."""
        ms = self.mentions
        if not self.ordered:
            yield from ((p, k, sj) for p, k, sj in reversed(ms) if since < p < pos)
            return
        for i in range(bisect_left(ms, pos, key=lambda m: m[0]) - 1, -1, -1):
            if ms[i][0] <= since:
                return
            yield ms[i]

    def pronoun(self, gender: str | None, pos: int) -> _Speaker | None:
        """The speaker a pronoun of ``gender`` at ``pos`` stands for: the unnamed one who
        spoke in the sentence before (``unnamed``), else a person (``by_gender``), else, for
        ``они``/``их``, the last speaker that is no one person, when it spoke in the last few
        sentences and is no singular document (``По их словам``, ``По их данным``)."""
        unnamed = self.unnamed(gender, pos) or self.just_described(gender, pos)
        if unnamed is not None:
            return unnamed
        key = self.by_gender(gender, pos)
        if key is not None:
            return _speaker(self, key)
        if gender == "plur":
            last = next((who for p, who in reversed(self.groups) if pos - 600 < p < pos), None)
            return None if last is None or _singular_thing(last) else last
        return self.noun_antecedent(gender, pos)

    def noun_antecedent(self, gender: str | None, pos: int) -> _Speaker | None:
        """``Он отправил жене письмо. Она ответила: «…»``: with no person of the pronoun's
        gender named, the last person's common noun of that gender (a relation, a role, in
        any case) in the sentence before the pronoun's, in the nominative."""
        if gender not in ("masc", "femn") or not self.text:
            return None
        head = self.text[max(0, pos - 400):pos]
        stops = [k for k, c in enumerate(head) if c in ".!?…\n"]
        if not stops:
            return None
        own = stops[-1]  # the end of the sentence before the pronoun's
        start = stops[-2] + 1 if len(stops) > 1 else 0
        words = head[start:own].split()
        for k in range(len(words) - 1, -1, -1):
            b = _bare(words[k])
            if not b[:1].islower() or k + 1 < len(words) and _bare(words[k + 1])[:1].isupper():
                continue  # (a named person's role: "актриса Фань Бинбин" is she, by name)
            p0 = next(iter(M.parses(b)), None)
            if p0 is not None and p0.tag.POS == "NOUN" and "anim" in p0.tag and \
                    "sing" in p0.tag and p0.tag.gender == gender and \
                    not M.PERSON_TAGS & p0.tag.grammemes:
                nom = p0.inflect({"nomn"})
                return _Speaker(nom.word if nom is not None else b, None, gender)
        return None

    def unnamed(self, gender: str | None, pos: int) -> _Speaker | None:
        """``О смерти певца сообщила его дочь. Она рассказала, …``: the one no name names who
        spoke last, in the sentence before ``pos``, when the noun that names it (a person's,
        singular) has the pronoun's gender and no person spoke or was named since."""
        if gender not in ("masc", "femn"):
            return None
        p, who = next(((p, w) for p, w in reversed(self.groups) if p < pos), (-1, None))
        if who is None or not who.name or pos - p > 200 or \
                any(True for _m in self.before(pos, p)) or \
                any(p < q < pos for q, _k in self.said):
            return None
        head = next((w for w in who.name.split() if any(
            x.tag.POS == "NOUN" for x in M.parses(w.lower())[:1])), None)
        if head is None or not any(
                x.tag.POS == "NOUN" and "anim" in x.tag and "sing" in x.tag and
                "nomn" in x.tag and x.tag.gender == gender
                for x in M.parses(head.lower())[:1]):
            return None
        return who

    def just_described(self, gender: str | None, pos: int) -> _Speaker | None:
        """``33-летний мужчина вышел во двор. Хотя он сообщил, …``: the subject named only
        by a description of the pronoun's gender in a sentence just before ``pos``, when no
        person was named and no one spoke since."""
        p, who = next(((p, w) for p, w in reversed(self.described) if p < pos), (-1, None))
        if who is None or who.gender != gender or pos - p > 300 or \
                any(True for _m in self.before(pos, p)) or any(p < q < pos for q, _k in self.said):
            return None
        return who

    def key_of(self, words: list[str] | tuple[str, ...], gender: str | None = None,
               pos: int | None = None) -> str | None:
        """The person ``words`` (nominative) name: the same full name, else one whose
        surname it is (``Меркель`` -> ``Ангела Меркель``; of two, the one of ``gender``
        mentioned last before ``pos``)."""
        if not words:
            return None
        full = " ".join(words).lower()
        if full in self.persons:
            return full
        last = words[-1].lower()

        def same(k: str) -> bool:
            other = k.split()[-1]
            if other == last:
                return True
            if len(other) == len(last) >= 4 and other[:-1] == last[:-1] and \
                    other[-1] in "аеиоуыэюя" and last[-1] in "аеиоуыэюя":
                return True  # "Окаве": the dative of "Окава", whom the dictionary does not know
            return (other.startswith(last) or last.startswith(other)) and \
                abs(len(other) - len(last)) <= 2 and min(len(other), len(last)) >= 4

        if len(words) > 1:  # "Владимир Путин" and "В. Путин": the first names must agree
            cands = [k for k in self.persons if same(k) and (
                len(k.split()) == 1 or k.split()[0][:1] == words[0][:1].lower())]
        else:
            cands = [k for k in self.persons if same(k)]
        if gender in ("masc", "femn"):  # "Бут сообщил" is not "Алла Бут"
            cands = [k for k in cands if self.persons[k].gender in (None, gender)]
        if not cands and len(words) == 1:
            return self._by_first_name(last, gender, pos)
        if not cands:
            return None
        if len(cands) > 1 and pos is not None:
            seen = next((k for _p, k, _s in self.before(pos) if k in cands), None)
            if seen is not None:
                return seen
        return max(cands, key=lambda k: (len(k.split()), self.persons[k].count))

    def final_form(self, name: str | None) -> str | None:
        """``name`` as the text's whole reading settled it: a person's name first read from
        an oblique case or a guess (``Андреа Падована``) and later from a construction that
        shows its nominative (``Андреа Падован рассказал``), for the quotes attributed before."""
        p = self.persons.get(name.lower()) if name else None
        return p.name if p is not None and p.sure and len(p.words) > 1 else name

    def _by_first_name(self, first: str, gender: str | None, pos: int | None) -> str | None:
        """``Сергей сообщил`` after ``Сергей Иванов``: the one person of several words named
        before ``pos`` whose first name is ``first`` (a first name the dictionary knows or
        guesses) and whose gender fits; of two, the one mentioned last; None when no one
        fits (the first name stays the speaker)."""
        if not M.first_name_like(first[:1].upper() + first[1:]):
            return None
        cands = {k for k, p in self.persons.items() if len(p.words) > 1 and
                 p.words[0].lower() == first and (
                     gender not in ("masc", "femn") or p.gender in (None, gender))}
        if not cands or pos is None:
            return None
        return next((k for _p, k, _s in self.before(pos) if k in cands), None)

    def undeclined(self, words: list[str] | tuple[str, ...]) -> bool:
        """Whether ``words`` (as the text spells them, in any case) are the surname, or the
        full name, of a person named before whose surname does not decline: a woman's ending
        in a consonant (``По мнению Чудновец``), or anyone's ending in ``о``, ``е``, ``и``,
        ``у``, ``ю`` or ``э`` (``по словам Ричи``): so it is no genitive to put back."""
        if not words or len(words) > 3:
            return False
        full = " ".join(words).lower()
        p = self.persons.get(full)
        if p is None and len(words) == 1:
            cands = [q for k, q in self.persons.items() if len(q.words) > 1 and
                     q.words[-1].lower() == full]
            p = cands[0] if len(cands) == 1 else None
        if p is None or len(p.words) < 2 or " ".join(p.words).lower() != full and \
                p.words[-1].lower() != words[-1].lower():
            return False
        last = p.words[-1].lower()
        return last[-1:] in "оеиуюэ" or p.gender == "femn" and last[-1:] not in "аяйь"

    def add(self, words: list[str], gender: str | None, role: str | None, pos: int,
            mention: bool = True, subject: bool = False, sure: bool = False) -> str:
        """Record a person (``words`` nominative) named at ``pos``; returns its key."""
        key = self.key_of(words, gender, pos)
        if key is None or len(words) > 1 and len(key.split()) == 1:
            new = " ".join(words).lower()
            if key is not None:  # "Меркель" first, "Ангела Меркель" later: one person
                old = self.persons.pop(key)
                self.mentions = [(p, new if k == key else k, sj) for p, k, sj in self.mentions]
                self.said = [(p, new if k == key else k) for p, k in self.said]
                self.persons[new] = old
                old.words = tuple(words)
            key = new
        p = self.persons.get(key)
        if p is None:
            p = self.persons[key] = _Person(tuple(words), gender, role)
            p.spellings[p.words] += 1
        elif p.words == tuple(words):
            p.spellings[p.words] += 1
        elif len(words) < len(p.words) and \
                words[-1].lower() in (w.lower() for w in p.words[:-1]):
            # a first name alone ("Стивен сказал") tells nothing of the surname's form
            sure = False
        elif not sure and not p.sure and len(words) == len(p.words) > 1 and \
                tuple(words) != p.words and words[0] == p.words[0]:
            # "Гай Ричии" once (a caption's slip), "Гай Ричи" after: the spelling the text
            # uses most
            p.spellings[tuple(words)] += 1
            if p.spellings[tuple(words)] > p.spellings[p.words]:
                p.words = tuple(words)
        elif sure and not p.sure and p.words != tuple(words):
            # "Поризкова", not "Поризков"; "Максим Токарев", not "Максима Токарева"
            p.words = tuple(words) if len(words) == len(p.words) else \
                tuple(p.words[:-1]) + (words[-1],)
            if gender not in ("masc", "femn"):
                # the gender read from the old form goes with it ("Эда Гонзалеса" read as a
                # woman's nominative is Эд's genitive)
                p.gender = M.person_gender(list(p.words), "nomn")
        if sure and gender in ("masc", "femn"):
            p.gender = gender  # the verb that agrees with the name: "сообщила … Алия Бекетова"
        p.sure = p.sure or sure
        if p.gender is None and gender in ("masc", "femn"):
            p.gender = gender
        if role and (not p.role or sure and not p.sure):
            p.role = role
        p.count += 1
        if mention:
            if self.mentions and pos < self.mentions[-1][0]:
                self.ordered = False
            self.mentions.append((pos, key, subject))
        return key

    def last_said(self, pos: int, fits: Any) -> tuple[int, str] | None:
        """The speaker (position, key) who spoke last before ``pos`` and ``fits``: by
        position in the text, not by the order the rules found them in (a quotation set
        apart is attributed after the sentences that follow it)."""
        said = self.said  # (in order of position: ``spoke``)
        best = None
        for i in range(bisect_left(said, pos, key=lambda x: x[0]) - 1, -1, -1):
            p, k = said[i]
            if best is not None and p < best[0]:
                break
            if fits(k):
                best = (p, k)  # (of two at one position, the one recorded first)
        return best

    def spoke(self, pos: int, key: str) -> None:
        """Record that the person of ``key`` spoke at ``pos``."""
        insort(self.said, (pos, key), key=lambda x: x[0])

    def full(self, key: str) -> _Person:
        """The person of ``key``."""
        return self.persons[key]

    def by_gender(self, gender: str | None, pos: int) -> str | None:
        """The person a pronoun of ``gender`` at ``pos`` refers to: a person brought in as a
        sentence's subject since the last speaker, else the last speaker who fits, else the
        last person mentioned who fits."""
        def fits(key: str) -> bool:
            g = self.persons[key].gender
            return gender is None or g is None or g == gender

        if gender == "plur":
            return None
        speaker = self.last_said(pos, fits)
        since = speaker[0] if speaker else -1
        new = next((k for _p, k, subj in self.before(pos, since) if subj and fits(k)), None)
        if new is not None:
            return new
        if speaker is not None:
            return speaker[1]
        return next((k for _p, k, _s in self.before(pos) if fits(k)), None)

    def _same_post(self, key: str, head: str, deps: frozenset[str] | None) -> bool:
        """Whether the role of ``key`` is the post ``head`` with ``deps``: the same noun, and
        dependents that agree when both have common nouns among them."""
        role = self.persons[key].role
        if not role or head not in _head_lemmas(role):
            return False
        theirs = _dep_lemmas(role.split()[1:])
        return not (deps and theirs) or bool(_widen(deps) & _widen(theirs))

    def by_role(self, head: str, pos: int, generic: bool, bare: bool = False,
                gender: str | None = None, deps: frozenset[str] | None = None,
                also: bool = False) -> str | None:
        """The person a bare role (``министр``, ``глава холдинга``) at ``pos`` refers to:
        the last speaker, when recent and the role fits or is no other person's (or, ``also``:
        the role is followed by ``также``, and the speaker has no post); else the
        last person whose role has that noun (or a synonym); else, for a post one person
        holds (not ``представитель``, ``эксперт``), the text's main figure, or the person
        the text gives that role later (``Канцлер считает …`` in a lead)."""
        group = frozenset({head}).union(*(g for g in ROLE_SYNONYMS if head in g))

        def has(key: str, recent: bool = False) -> bool:
            role = self.persons[key].role
            if not role:
                return False
            first = _head_lemmas(role)
            same = head in first
            if not same and (generic or not group & first):
                return False
            # a post is the same only when the posts' dependents agree: "министр спорта" is
            # not "глава лаборатории", "глава государства" not "глава правительства" (but
            # "руководитель ведомства" is "глава министерства"); a synonym with dependents is
            # not a post with other dependents ("премьер Финляндии" / "глава банка"); a bare
            # post may be anyone's
            theirs = _dep_lemmas(role.split()[1:])
            if deps and theirs:
                return bool(_widen(deps) & _widen(theirs))
            if not same and theirs and deps != frozenset():
                return False  # "премьер-министр Финляндии" is no "глава банка"
            # a bare synonym may be the one who just spoke ("сказал министр" after the
            # head of the ministry), not anyone with another post ("президент")
            return same or not theirs or deps is None or recent

        def fits(key: str) -> bool:  # "сказал президент" is no woman
            g = self.persons[key].gender
            if deps and self.persons[key].role and \
                    deps & _head_lemmas(self.persons[key].role or "") and head not in \
                    _head_lemmas(self.persons[key].role or ""):
                return False  # "супруга программиста" is not the programmer
            return gender not in ("masc", "femn") or g is None or g == gender

        last = self.last_said(pos, fits)
        if last is not None and pos - last[0] < 800 and has(last[1], recent=True):
            return last[1]
        if also and not generic and last is not None and pos - last[0] < 800 and \
                not self.persons[last[1]].role:
            # "Спейси ответил … Актёр также признался": "также" goes on with the one who
            # just spoke (named with no post), not another holder of the post
            return last[1]
        fitting = next((k for _p, k, _s in self.before(pos) if has(k) and fits(k)), None)
        if not generic and last is not None and pos - last[0] < 800 and \
                not self.persons[last[1]].role and (fitting is None or not self._same_post(
                    fitting, head, deps)) and not any(
                    k != last[1] and subj and fits(k)
                    for _p, k, subj in self.before(pos, last[0])):
            # "… — заявил Сергей Лавров. … глава МИД РФ подтвердил …": the one who just spoke,
            # named without a post, is given one, unless someone holds that post (the same
            # noun, its dependents not disagreeing; not a synonym: "глава" of a state) or
            # someone else came into the text since as a sentence's subject (as for "он")
            return last[1]
        if fitting is not None:
            return fitting
        if head in RELATIONS:
            return None
        if generic:
            # "как указал эксперт" right after someone spoke: that speaker
            # (a bystander is not one known by a post: "По словам очевидца" after the
            # prosecutor, but "Чиновник заметил" after the deputy minister)
            return last[1] if bare and last is not None and pos - last[0] < 400 and not (
                head in BYSTANDERS and self.persons[last[1]].role) and not (
                head in INTERVIEWERS and not _head_lemmas(
                    self.persons[last[1]].role or "-") & INTERVIEWERS) else None
        if last is not None and pos - last[0] < 300:
            return last[1]
        # "Медведев назвал ситуацию «…». «…», - заявил тогда премьер.": the subject of a
        # sentence close before
        def other_post(key: str) -> bool:  # "сценарист Дэвид Расселл" is no "актёр"
            role = self.persons[key].role
            if not role or group & _head_lemmas(role):
                return False
            return any(p.tag.POS == "NOUN" and "anim" in p.tag  # (a post, not "9 августа")
                       for w in role.split()[:3] for p in M.parses(w.lower())[:1])

        subjects = [k for _p, k, subj in self.before(pos, pos - 600) if subj and fits(k)]
        near = next((k for k in subjects if not other_post(k)), None)
        if near is not None:
            return near
        counts = Counter(k for p, k, _s in self.mentions if p < pos and fits(k))
        top = counts.most_common(1)
        if top and top[0][1] >= 2:
            return top[0][0]  # (the text's main figure before one known by another post)
        if subjects:
            return subjects[0]
        return next((k for p, k, _s in self.mentions if p > pos and has(k) and fits(k) and
                     not self._plural_role(k)), None)

    def _plural_role(self, key: str) -> bool:
        """Whether the role of ``key`` opens with a plural noun (``сенаторы Рэнд Пол и Марко
        Рубио``: a group's post, not one later named by it)."""
        role = self.persons[key].role or ""
        noun = next((p for w in role.split()[:3] for p in M.parses(w.lower())[:1]
                     if p.tag.POS == "NOUN"), None)
        return noun is not None and "plur" in noun.tag


#: Nouns a post's dependents use for one body (``глава министерства`` is ``руководитель
#: ведомства``), general vocabulary.
BODY_SYNONYMS = (frozenset({"министерство", "ведомство", "департамент"}),
                 frozenset({"государство", "страна"}),
                 frozenset({"компания", "фирма", "корпорация", "концерн", "холдинг"}))


def _head_lemmas(role: str) -> frozenset[str]:
    """The lemmas of a role's noun: its first word, or the first noun after the adjectives
    that open it (``известного композитора``: ``композитор``)."""
    words = role.split()
    for w in words[:4]:
        ps = M.parses(w.lower())
        if not ps or ps[0].tag.POS not in ("ADJF", "PRTF"):
            return M.lemmas(w.lower()) | M.lemmas(w)
    return M.lemmas(words[0])


def _widen(lemmas: frozenset[str]) -> frozenset[str]:
    """``lemmas`` and their synonyms among ``BODY_SYNONYMS``."""
    return lemmas.union(*(g for g in BODY_SYNONYMS if g & lemmas))


def _dep_lemmas(words: list[str] | tuple[str, ...]) -> frozenset[str] | None:
    """The lemmas of the common nouns among a role's dependents (``спорта`` -> ``спорт``);
    None when its only dependents are names (``ЛДПР``, ``Минфина``), which common nouns
    cannot be compared with."""
    out: set[str] = set()
    named = False
    for w in words:
        b = _bare(w)
        if b[:1].isupper() or w[:1] in "«\"„“":
            named = True
            continue
        out |= M.lemmas(b.lower(), frozenset({"NOUN"}))
    return None if named and not out else frozenset(out)


def _singular_thing(who: _Speaker) -> bool:
    """Whether ``who`` is named by a singular inanimate noun (``обращение``, ``заявление``):
    no ``они`` stands for it."""
    head = next((p for w in (who.name or "").split()[:3] for p in M.parses(w.lower())[:1]
                 if p.tag.POS == "NOUN"), None)
    return head is not None and "inan" in head.tag and "sing" in head.tag and \
        not (who.name or "")[:1].isupper()


def _speaker(people: People, key: str) -> _Speaker:
    p = people.full(key)
    return _Speaker(p.name, p.role, p.gender)


def passive_described(words: list[str]) -> _Speaker | None:
    """The subject of a passive sentence named only by a description after its participle
    (``По факту поджога был задержан 27-летний житель одного из сёл области``), with the
    words that depend on it up to the clause's end: the one a pronoun in the next sentence
    stands for. None when no short passive participle is followed by such a noun."""
    at = None
    for k in range(min(6, len(words))):  # (a plain loop: one call per sentence of a thread)
        w = _bare(words[k])
        if w.endswith(_SHORT_ENDINGS) and _passive_short(w.lower()):
            at = k
            break
    if at is None or words[at].endswith((",", ";", ":", ".", "!", "?")):
        return None
    k = at + 1
    while k < min(at + 4, len(words) - 1) and not words[k].endswith((",", ";", ":")) and any(
            p.tag.POS in ("ADJF", "NUMR") for p in M.parses(_bare(words[k]).lower())[:1]):
        k += 1
    if k >= len(words):
        return None
    noun = next((p for p in M.parses(_bare(words[k]).lower())[:2] if p.tag.POS == "NOUN" and
                 "nomn" in p.tag and "sing" in p.tag and p.normal_form in DESCRIBED), None)
    if noun is None or noun.tag.gender not in ("masc", "femn"):
        return None
    end = k
    while end + 1 < len(words) and end < k + 6 and \
            not words[end].endswith((",", ";", ":", ".", "!", "?")) and \
            not _finite(_bare(words[end + 1])):
        end += 1
    return _Speaker(" ".join(_bare(w) for w in words[at + 1:end + 1]), None,
                    str(noun.tag.gender))


_SHORT_ENDINGS = ("н", "на", "но", "ны", "т", "та", "то", "ты")


@lru_cache(maxsize=20_000)
def _passive_short(word: str) -> bool:
    """Whether a lower-case word reads first as a short passive participle (``задержан``,
    ``убита``); its ending is checked before the dictionary is asked."""
    return word.endswith(_SHORT_ENDINGS) and any(
        p.tag.POS == "PRTS" and "pssv" in p.tag for p in M.parses(word)[:1])
