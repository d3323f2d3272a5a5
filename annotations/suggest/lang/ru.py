"""Quotes of a Russian text, attributed: direct speech in «…», „…“ and "…" with its dialogue
dash (``«…», — сказал он.``, ``«…, — пояснила она, — …»``), a colon (``заявил: «…»``),
reported speech (``X заявил, что …``, ``…, сообщил X.``, ``по словам X``, ``по мнению X``,
``как сообщил X``, ``согласно заявлению X``, ``Об этом заявил X``), speakers in the
nominative (pymorphy3), pronouns resolved by the gender the verb shows, roles kept apart from
names (``министр обороны Сергей Шойгу`` -> role ``министр обороны``, ``Сергей Шойгу``).

The finder's parts, by concern: ``ru_vocab`` (the general vocabulary and cue patterns),
``ru_words`` (tokens and the runs of words that name a person), ``ru_people`` (the people a
text names and whom a pronoun or a bare role refers to), ``ru_mention`` (the speaker a noun
phrase names); this module reads the cues and attributes the quotes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from ...text.segment import OpenSpans
from ..marks import Segment, by_sentence, paragraph_spans, quoted
from ..quotes import QuoteFind
from . import morph_ru as M
from .ru_mention import (
    _DOC_BODIES,
    _in_that_clause,
    _mention,
    _other_gender,
    _possessive_before_subject,
    _unbracketed,
    undeferential,
)
from .ru_people import People, _Speaker, _speaker, passive_described
from .ru_vocab import (
    _ABOUT_NUMBERS,
    _ADVERB_TAGS,
    _AFTER_QUOTE,
    _ASIDES,
    _CITED_DOCS,
    _CLAUSE_WORDS,
    _CONTINUING,
    _CUE_WORDS,
    _DASH_RE,
    _DECLARE,
    _ETO_RE,
    _GERUND_THAT_RE,
    _IMPERSONAL,
    _KAK_RE,
    _NAMESAKE,
    _NAMING,
    _OB_ETOM_RE,
    _OBLIQUE_PRON,
    _PO_BARE_RE,
    _PO_END_RE,
    _PO_LEAD_RE,
    _PO_RE,
    _PO_REL_RE,
    _PREPS,
    _PRONOUNS,
    _RELATIVE,
    _RELATIVE_SAYS_RE,
    _ROLE_WORDS,
    _SOGL_RE,
    _SPEECH_DOCS,
    _SUBORDINATORS,
    _TIME_NOUNS,
    _TURN_RE,
    _WHEN_RE,
    _WITH_INFINITIVE,
    ACCUSE_VERBS,
    CITE_VERBS,
    COLON_DOC_VERBS,
    COLON_VERBS,
    CONCLUDE_VERBS,
    DESCRIBED,
    DESCRIBING,
    EVENT_NOUNS,
    FINDING_VERBS,
    INFINITIVE_ONLY,
    ISSUE_VERBS,
    JUSTIFY_VERBS,
    LEGAL_DOCS,
    NEGATED_ONLY,
    PREDICATE_VERBS,
    PUTTING_VERBS,
    REPLY_NOUNS,
    REPORTING,
    SAID_NOT_MARKS,
    SPEAKING_BODIES,
    SPEECH_NOUNS,
)
from .ru_words import (
    _bare,
    _belief_gender,
    _finite,
    _is_verb,
    _iter_words,
    _name_runs,
    _name_word,
    _new_person,
    _opinion_verb,
    _role_case,
    _role_start,
    _sentence_ends,
    _tail_words,
    _verb_case_gender,
    _view_after,
    _words,
)

#: Pronouns of the first and second person (general vocabulary): words of speech, not of
#: a news text's narration.
_SPEECH_PRONOUNS = frozenset({
    "я", "меня", "мне", "мной", "мною", "мы", "нас", "нам", "нами", "ты", "тебя", "тебе",
    "тобой", "вы", "вас", "вам", "вами", "мой", "моя", "моё", "мое", "мои", "моего", "моей",
    "моих", "моим", "наш", "наша", "наше", "наши", "нашего", "нашей", "наших", "нашим",
    "нашими", "нашему", "твой", "твоя", "твоё", "твое", "твои", "ваш", "ваша", "ваше", "ваши",
    "вашего", "вашей", "ваших"})


def _first_person(text: str) -> bool:
    """Whether ``text`` speaks in the first or second person: such a pronoun, or a verb in
    the first or second person (``надеемся``, ``знаю``)."""
    for m in re.finditer(r"\w+", text):
        w = m.group().lower()
        if w in _SPEECH_PRONOUNS or any(
                p.tag.POS == "VERB" and ("1per" in p.tag or "2per" in p.tag)
                for p in M.parses(w)[:1]):
            return True
    return False


#: Verbs of threatening: words in marks after them are speech only when they hold what is
#: threatened to be done (``угрожал «уйти из проекта»``), not a thing (``угрожает «полным
#: разрушением»``).
_THREATS = frozenset({"угрожать"})


def _opens_infinitive(text: str, mark: int) -> bool:
    """Whether the words in the marks at ``mark`` hold an infinitive among their first two
    (``«немедленно прекратить …»``)."""
    words = [_bare(t.group()).lower() for t in _words(text, mark + 1, mark + 60)[:2]]
    return any(p.tag.POS == "INFN" for w in words for p in M.parses(w)[:1])


@dataclass
class _Event:
    start: int
    end: int
    mode: str
    cue: str | None
    who: _Speaker | None
    cue_pos: int
    direct: bool


def _nested_segments(text: str, start: int, end: int) -> list[Segment] | None:
    """The outermost quotes of one paragraph when its marks nest (``"… "Яндекс.Новости" …"``,
    ``«… «Эха» …»``): a straight mark before a word opens, after one closes. None when the
    marks do not balance (the plain pairing then decides)."""
    out: list[Segment] = []
    depth = 0
    opened = 0
    last_close = max(text.rfind(c, start, end) for c in "»“\"”")  # (-1: none)
    for i in range(start, end):
        ch = text[i]
        if ch in "«„":
            kind = "open"
        elif ch in "»“" and not (ch == "“" and depth == 0):
            kind = "close"
        elif ch in "\"”":
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if (before.isspace() or before in "(«„-—–/") and not after.isspace():
                kind = "open"
            elif not before.isspace() and (after.isspace() or after in ".,;:!?…)»-—–"):
                kind = "close"
            else:
                return None
        else:
            continue
        if kind == "open":
            if depth == 0:
                opened = i
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return None
            if depth > 0 and _CUE_AFTER.match(text, i + 1, end) and last_close <= i:
                # "«… НАК «Нафтогаз Украины», — цитирует …": one mark closes both quotes
                # (typesetters drop the second "»"), and a dash cue follows
                depth = 0
            if depth == 0:
                out.append(Segment(opened, i + 1, opened + 1, i, True))
    return out if depth == 0 else None


_CUE_AFTER = re.compile(r"[,.!?…]?\s*[—–-]{1,2}\s")


_DIALOGUE_OPEN = re.compile(r"[—–-]\s+")


_DIALOGUE_TURN = re.compile(r"[,.!?…]\s+(?:[—–]|-(?=\s))\s*")


def _attribution_line(text: str, start: int, end: int) -> bool:
    """``— пожаловалась Поризкова.`` on a line of its own: the author's words about the
    paragraph before, not speech (a short line whose first word is a verb)."""
    m = re.match(r"[—–-]\s+(\w+)", text[start:end])
    if m is None or len(text[start:end].split()) > 16:
        return False
    # a verb about someone (past or third person), not "— Знаю, — ответил он."
    return any(p.tag.POS == "VERB" and "indc" in p.tag and ("past" in p.tag or "3per" in p.tag)
               for p in M.parses(m.group(1).lower())[:2])


def _dash_dialogue(text: str, start: int, end: int) -> list[Segment] | None:
    """The speech of a paragraph that opens with a dash, without quotation marks:
    ``— Мы готовы, — сказал министр. — Но решение не принято.`` (the words between the
    dashes after the speech are the author's). None when the paragraph does not open so."""
    m = _DIALOGUE_OPEN.match(text, start, end)
    if m is None or _attribution_line(text, start, end):
        return None
    out: list[Segment] = []
    seg_start, pos = start, m.end()
    while pos < end:
        turn = _DIALOGUE_TURN.search(text, pos, end)
        if turn is None:
            out.append(Segment(seg_start, end, pos, end, True))
            break
        out.append(Segment(seg_start, turn.start() + 1, pos, turn.start() + 1, True))
        more = _DIALOGUE_TURN.search(text, turn.end(), end)  # the author's words, then?
        if more is None:
            break
        seg_start, pos = more.start() + 1, more.end()
        while seg_start < pos and text[seg_start].isspace():
            seg_start += 1
    return out


def ru_quoted(text: str) -> list[Segment]:
    """The quoted segments of a Russian text: nested marks kept inside their quote; a
    paragraph whose marks do not balance is read by the shared pairing (quotes over
    paragraphs included)."""
    plain = quoted(text)
    out: list[Segment] = []
    for ps, pe in paragraph_spans(text):
        dialogue = _dash_dialogue(text, ps, pe)
        if dialogue is not None:
            out.extend(dialogue)
            continue
        nested = _nested_segments(text, ps, pe)
        if nested is None:
            out.extend(g for g in plain if ps <= g.start < pe)
        else:
            out.extend(nested)
    return sorted(out, key=lambda g: g.start)


#: Linking words that may open a sentence before ``Как сообщает X, …``.
_OPENING_LINK_RE = re.compile(r"\s*(?:[Оо]днако|[Нн]о|[Ии]|[Аа]|[Тт]акже|[Вв]прочем|"
                              r"[Тт]ем не менее|[Кк]роме того|[Пп]ри этом)\s*,?\s*")


class _Finder:
    def __init__(self, text: str, sentences: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.sentences = sentences
        self.people = People(text=text)
        self.out: list[_Event] = []
        self.segs = ru_quoted(text)
        self.qspans = sorted((g.start, g.end) for g in self.segs)

    # --- people ---------------------------------------------------------------------------
    def collect_people(self) -> None:
        """Every person named in the text, in reading order (for pronouns and surnames)."""
        text = self.text
        paras = paragraph_spans(text)
        inside = OpenSpans(self.qspans).inside
        for k, (ps, pe) in enumerate(paras):
            if k > 0 and text[paras[k - 1][1] - 1] == ":" and text[ps] not in "«„\"“—–-":
                continue  # a quotation set apart (``set_off``): its names are the speaker's
            toks = _words(text, ps, pe)
            words = [m.group() for m in toks]
            runs_here = _name_runs(words)
            # "шерифа округа Харрис Эда Гонзалеса", "Агент Орвела Джон Браун": a name right
            # before another person's first name depends on the role, which is the other's
            after = {a: b for (a, b), (c, _d) in zip(runs_here, runs_here[1:], strict=False)
                     if b == c and _new_person(words, c)}
            owner = {b: a for a, b in after.items()}
            # where each word's sentence ends and began, and how many indicative verbs come
            # before each word: each name looks its sentence up in O(1), not by a scan
            starts = sorted(a for a, _b in runs_here)
            ends_before, ends_from = _sentence_ends(words)
            finite_upto = [0]
            if runs_here:
                for w in words:
                    finite_upto.append(finite_upto[-1] + _finite(_bare(w)))
            for i, j in runs_here:
                if inside(toks[i].start()):
                    continue
                if i > 0 and _bare(words[i - 1]).lower() in _NAMESAKE:
                    continue  # "Центр имени Хруничева": a namesake, no one in the story
                if i == 0 or words[i - 1].endswith((".", "!", "?")):
                    # a sentence's first word is capitalised anyway: a name only when known
                    w0 = _bare(words[i])
                    if not any(M.PERSON_TAGS & p.tag.grammemes for p in M.parses(w0)[:2]):
                        if j - i == 1:
                            continue
                surface = [_name_word(w) for w in words[i:j]]
                case = M.run_case(surface)
                jv = j  # the word after the name and its bracketed Latin spelling
                if jv < len(words) and words[jv].startswith("("):
                    jv = next((m + 1 for m in range(jv, min(len(words), jv + 6))
                               if words[m].rstrip(",.;:!?…").endswith(")")), jv)
                near_verb = jv < len(words) and not words[jv - 1].endswith(",") and \
                    _finite(_bare(words[jv])) or i > 0 and _is_verb(_bare(words[i - 1]))
                # (not when the verb before shows the other gender: "обвинил Петра
                # Порошенко" is Пётр's genitive, no woman's nominative)
                vg = M.verb_gender(_bare(words[i - 1]).lower()) if i > 0 else None
                if case != "nomn" and near_verb and all(M.may_be(w, "nomn") for w in surface) \
                        and not (vg in ("masc", "femn") and M.person_gender(surface, "nomn")
                                 not in (None, vg)):
                    case = "nomn"  # "— пожаловалась Поризкова": no genitive of "Поризков"
                # "В красном купальнике Мартина Биг участвовала": a name right before a verb
                # that shows a person's gender, after no noun it could depend on, is its
                # subject, whatever case the dictionary reads first
                prev_w = _bare(words[i - 1]) if i > 0 else ""
                # (nor when the name read as a nominative is of the other gender: "у …
                # лидера Константина Кинчева случился инфаркт" is no woman's)
                sure = case != "nomn" and jv < len(words) and \
                    not words[jv - 1].endswith(",") and _finite(_bare(words[jv])) and \
                    M.verb_gender(_bare(words[jv]).lower()) in ("masc", "femn") and \
                    M.person_gender(surface, "nomn") in (  # ("Константина Кинчева
                        None, M.verb_gender(_bare(words[jv]).lower())) and \
                    not (j - i == 1 and M.oblique_name(  # ("семьи Бушей сообщил")
                        surface[0], str(M.verb_gender(_bare(words[jv]).lower())))) and \
                    not M.plainly_oblique(surface, M.verb_gender(_bare(words[jv]).lower())) and \
                    prev_w.lower() not in _PREPS and not _after_preposition(words, i) and not (
                        prev_w and not M.is_person_word(prev_w) and any(
                            p.tag.POS == "NOUN" and "nomn" in p.tag
                            for p in M.parses(prev_w.lower())[:2])) and not (
                        # "отец рэпера Кирилла Толмацкого сообщил": the name agrees with the
                        # person's noun before it, in an oblique case, and depends on it
                        prev_w[:1].islower() and any(
                            p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case != "nomn"
                            and p.tag.case in M.CASES and all(
                                M.may_be_name(w, str(p.tag.case)) for w in surface)
                            for p in M.parses(prev_w.lower())[:2]))
                if sure:
                    case = "nomn"
                seen = self.people.persons.get(" ".join(surface).lower())
                if case != "nomn" and len(surface) > 1 and seen is not None and \
                        list(seen.words) == surface:
                    case = "nomn"  # "Евгения Чудновец": the text named her so before
                x = owner.get(i, i)
                lo = max(0, x - _ROLE_WORDS)  # (not a copy of every word before, per name)
                r0 = lo + _role_start(words[lo:x], nominative=False)
                head = _bare(words[i - 1]) if i > 0 else ""
                if i in after or case in ("gent", "accs") and head and any(
                        p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag
                        for p in M.parses(head.lower())[:2]) and not M.is_person_word(head) \
                        and not all(M.may_be_name(w, "nomn") for w in surface):
                    # its role is the next name's; "Адвокат Насира": the lawyer is Насир's,
                    # not Насир
                    r0 = i
                case = _role_case([_bare(w) for w in words[r0:i]], surface, case)
                name = M.nominative(surface, case)
                role_t = [_bare(w) for w in words[r0:i]]
                if role_t and case != "nomn":
                    role_t = M.role_nominative(role_t, case)
                # the gender its case shows ("Каранесу": a man's dative), else its nominative's
                gender = (M.person_gender(surface, case) if case != "nomn" else None) or \
                    M.person_gender(name, "nomn")
                # the verb right after a subject shows its gender: "Меркель заявила"
                if jv < len(words) and case == "nomn":
                    g = M.verb_gender(_bare(words[jv]).lower())
                    if g in ("masc", "femn") and gender is None:
                        gender = g
                nxt = next((_bare(w) for w in words[j:j + 3]
                            if _bare(w).lower() not in ("же", "также", "тоже", "ранее", "уже",
                                                        "вновь", "еще", "ещё", "не")), "")
                # no other name opens earlier in this sentence
                first_run = bisect_right(starts, ends_before[i]) >= bisect_left(starts, i)
                subject = case == "nomn" and first_run and (
                    i == 0 or words[i - 1].endswith((".", "!", "?", "…", "»")) or
                    # ("Но Старовойтов с этим не согласен."): after a conjunction opening it
                    any(_bare(words[c]).lower() in _OPENING_CONJ and (
                        c == 0 or words[c - 1].endswith((".", "!", "?", "…"))) and not any(
                        w.endswith((",", ";", ":")) for w in words[c:i])
                        for c in range(max(0, i - 4), i)) or
                    bool(nxt) and (_finite(nxt) or any(  # "Зюганов уверен, что …"
                        p.tag.POS == "ADJS" for p in M.parses(nxt.lower())[:1])) or
                    # "Иван Жуков, бежавший из страны, рассказал": a participle's phrase
                    # between the subject and its verb
                    bool(nxt) and words[j - 1].endswith(",") and any(
                        p.tag.POS == "PRTF" and "nomn" in p.tag and "sing" in p.tag
                        for p in M.parses(nxt.lower())[:1]) or
                    # "Как показал Сифуэнтес, он заявил …": the subject of an opening
                    # "как"-clause, the one the pronoun after its comma stands for
                    i >= 2 and words[j - 1].endswith(",") and
                    _bare(words[i - 2]).lower() == "как" and _finite(_bare(words[i - 1])) and
                    (i == 2 or words[i - 3].endswith((".", "!", "?", "…"))))
                if subject and i > 0 and _in_that_clause(words, i):
                    subject = False  # "уверен, что Дик Адвокат запоздал": a clause's topic
                s_end = ends_from[j - 1]
                dash = j < len(words) and "—" in text[toks[j - 1].end():toks[j].start()]
                if not subject and case == "nomn" and (
                        words[j - 1].endswith((".", "!", "?", "…")) or
                        (words[j - 1].endswith(",") or dash)  # ("стал X — отец …")
                        and finite_upto[s_end + 1] == finite_upto[j]):
                    # (or before an apposition: "Интервью брал Марсель Андерс, журналист.")
                    # "Сделку оценил и гендиректор сети Борис Добродеев.": a name that ends
                    # its sentence after the sentence's verb is that verb's subject
                    subject = finite_upto[i] > finite_upto[ends_before[i] + 1]
                if role_t and gender in ("masc", "femn") and \
                        _other_gender(self.people, name, gender):
                    continue  # "Представитель Лопес сообщил": her man, not a new Лопес
                self.people.add(name, gender, " ".join(role_t) or None, toks[i].start(),
                                subject=subject, sure=sure)
        self.people.sort_mentions()

    # --- cues -----------------------------------------------------------------------------
    def dash_cue(self, s: int, e: int, any_verb: bool) -> tuple[str, _Speaker | None, int] | None:
        """A cue clause starting at ``s`` (after a dialogue dash): ``сказал он``,
        ``цитирует РБК Карасина``, ``заявил 30 августа заместитель министра Анатолий
        Антонов``."""
        # a cue clause is a few words: read at most _CUE_WORDS of them, however long the
        # sentence (one sentence of many quotes asks once per quote)
        toks = list(islice(_iter_words(self.text, s, e), _CUE_WORDS))
        if len(toks) == _CUE_WORDS:
            e = toks[-1].end()
        words = [m.group() for m in toks]
        if toks and _DIGIT_RE.search(self.text, toks[0].start(), toks[-1].end()):
            toks, words = _without_dates(toks, words)
        # the clause ends at a comma that opens a relative clause, or the sentence's end
        cut = len(words)
        for k, w in enumerate(words):
            if w.endswith((",", ";", ":")) and k > 0:
                cut = k + 1
                break
            if k > 1 and re.search(r"\s[—–]\s", self.text[toks[k - 1].end():toks[k].start() + 1]):
                cut = k  # "считает Таня Марш — профессор университета": an apposition
                break
        # "…, лидер Меджлиса, народный депутат Мустафа Джемилев.": a name in apposition
        nxt = next((k + 1 for k in range(cut, len(words)) if words[k].endswith((",", ";"))),
                   len(words))
        apposition = words[cut:nxt] if cut < len(words) and not any(
            _bare(w).lower() in _CLAUSE_WORDS for w in words[cut:cut + 1]) else []
        a = nxt
        while apposition and not _name_runs(apposition) and a < len(words) and \
                not words[a - 1].endswith((".", "!", "?", "…")):
            # "…, олимпийский чемпион (1996), призер чемпионатов мира Николай Крюков.": posts
            # in apposition one after another, the name after the last (no verb among them)
            b = next((k + 1 for k in range(a, len(words))
                      if words[k].endswith((",", ";", ".", "!", "?", "…"))), len(words))
            chunk = words[a:b]
            if _bare(chunk[0]).lower() in _CLAUSE_WORDS or any(
                    _finite(_bare(w)) and M.parses(_bare(w).lower())[0].tag.POS == "VERB"
                    for w in chunk):
                break
            if _name_runs(chunk):
                apposition = chunk
            a = b
        words, toks = words[:cut], toks[:cut]
        if not words:
            return None
        vi = next((k for k, w in enumerate(words[:3]) if _is_verb(_bare(w)) or any(
            p.tag.POS == "PRTS" and p.normal_form in _IMPERSONAL
            for p in M.parses(_bare(w).lower())[:2])), None)
        if vi is None and any_verb:
            vi = next((k for k, w in enumerate(words[:2]) if _finite(_bare(w)) or any(
                p.tag.POS in ("ADJS", "PRED") for p in M.parses(_bare(w).lower())[:1])), None)
        if vi is None:
            return None
        verb = _bare(words[vi])
        gender = _verb_case_gender(verb)
        rest = [w for w in words[vi + 1:]]
        if any(p.normal_form in _IMPERSONAL and (p.tag.POS == "PRTS" or "Impe" in p.tag or
                                                 p.normal_form.endswith("ся"))
               for p in M.parses(verb.lower())[:2]):
            # "говорится в сообщении X", "сказано в обращении X"
            return verb, self.impersonal(toks[vi].end(), e), toks[vi].start()
        if verb.lower().startswith(("цитир", "процитир")):
            # "цитирует РБК Карасина": the speaker is the object, after the outlet
            pron = next((_bare(w).lower() for w in rest[:3]
                         if _bare(w).lower() in _OBLIQUE_PRON), None)
            if pron is not None:  # "процитировали ее участники заседания"
                return verb, self.people.pronoun(_OBLIQUE_PRON[pron], toks[vi].start()), \
                    toks[vi].start()
            runs = [(i, j) for i, j in _name_runs(rest)
                    if i == 0 or _bare(rest[i - 1]).lower() not in _PREPS]
            if runs:
                r0 = max(0, runs[-1][0] - 1)
            elif rest and _bare(rest[0])[:1].islower() and any(
                    p.tag.POS == "NOUN" and "accs" in p.tag and
                    p.normal_form.split("-")[-1] in SPEAKING_BODIES
                    for p in M.parses(_bare(rest[0]).lower())[:2]) and not M.can_be(
                    _bare(rest[0]).lower(), "nomn"):
                # "цитирует пресс-службу резиденции наследника короны": the body quoted,
                # right after, with its dependents as the text gives them (an accusative
                # that cannot be nominative: in "цитирует агентство X" the agency quotes X)
                n = next((m + 1 for m, w in enumerate(rest[:8]) if w.endswith((",", ":", "."))),
                         min(len(rest), 8))
                body = _Speaker(" ".join(M.nominative_phrase([_bare(rest[0])], "accs") +
                                         [_bare(w) for w in rest[1:n]]), None, None)
                return verb, body, toks[vi].start()
            else:  # "цитирует «Росбалт» канцлера": the last lower-case noun
                r0 = max((k for k, w in enumerate(rest) if _bare(w)[:1].islower()), default=0)
            who = _mention(rest[r0:], "accs", None, True, self.people, toks[0].start())
            return verb, who, toks[vi].start()
        before = words[:vi]
        if apposition and _name_runs(apposition) and not any(
                i == 0 or _bare(rest[i - 1]).lower() not in _PREPS for i, _j in _name_runs(rest)):
            # (a name after a preposition is a place's: "археолог из Новоселова, Иван Петров")
            rest = rest + apposition
        if rest and _bare(rest[0]).lower() in _OBLIQUE_PRON and any_verb and \
                not _possessive_before_subject(rest, gender):
            # "— приводит его «Росбалт»", "— цитирует её агентство": the object spoke
            got = self.people.pronoun(_OBLIQUE_PRON[_bare(rest[0]).lower()], toks[vi].start())
            if got is not None:
                return verb, got, toks[vi].start()
        if before and _bare(before[-1]).lower() in _PRONOUNS:
            rest = before[-1:]
        else:
            runs_b = _name_runs(before)
            a0 = runs_b[-1][0] if runs_b else 0
            # a name right after a noun that cannot be nominative depends on it ("активистам
            # Гринпис сообщили жители": the addressee), and one name is no plural verb's subject
            governed = a0 > 0 and _bare(before[a0 - 1])[:1].islower() and any(
                p.tag.POS == "NOUN" for p in M.parses(_bare(before[a0 - 1]).lower())[:1]) and \
                not M.can_be(_bare(before[a0 - 1]).lower(), "nomn")
            if runs_b and runs_b[-1][1] == len(before) and not governed and not (
                    gender == "plur" and len(runs_b) == 1) and all(
                    M.may_be_name(_bare(w), "nomn") for w in before[runs_b[-1][0]:]):
                # "О том, что …, Владимир Путин заявлял и …": the subject before the verb
                # speaks, not a name after it
                got = _mention(before, None, gender, False, self.people, toks[vi].start())
                if got is not None:
                    return verb, got, toks[vi].start()
        # (not a time: "сообщили в воскресенье представители полиции")
        at = next((k for k, w in enumerate(rest[:3]) if _bare(w).lower() in ("в", "во", "на")
                   and not (k + 1 < len(rest) and _date_word(rest[k + 1]))), None)
        if gender == "plur" and at is not None and not any(
                "anim" in p.tag and p.tag.POS == "NOUN" and "nomn" in p.tag
                for w in rest[:at] if _bare(w)[:1].islower()
                for p in M.parses(_bare(w).lower())[:1]):
            # (not "написали девушки в Twitter": the girls wrote)
            # "— сообщили (ТАСС) в пресс-службе «Яндекса»": the body spoke
            who = _mention(rest[at + 1:], "loct", None, True, self.people, toks[vi].start())
            if who is not None:
                return verb, who, toks[vi].start()
        ref = self.citing(toks[vi].end(), e)
        if ref is not None:  # "сообщает агентство со ссылкой на МЧС": the source cited
            return verb, ref, toks[vi].start()
        sn = next((k for k, w in enumerate(rest[:-1]) if _bare(w)[:1].islower() and
                   M.lemmas(_bare(w).lower(), frozenset({"NOUN"})) & SPEECH_NOUNS and
                   _name_runs(rest[k + 1:k + 6])), None)
        if sn is not None:
            # "приводит сайт института слова Стивена Хокинга", "приводит слова главы МИД
            # Сергея Лаврова ТАСС": the words are the person's, named in the genitive
            a, b = _name_runs(rest[sn + 1:sn + 6])[0]
            who = _mention(rest[sn + 1:sn + 1 + b], "gent", None, True, self.people,
                           toks[vi].start())
            if who is not None:
                return verb, who, toks[vi].start()
        who = _mention(rest, None, gender, True, self.people, toks[vi].start())
        return verb, who, toks[vi].start()

    def relative_antecedent(self, before: list[str], gender: str | None, pos: int
                            ) -> _Speaker | None:
        """The person a relative pronoun right after ``before`` (the words up to its comma)
        stands for: the name right before it, in any case (``… главы банка Налле Валруса,
        который заявил``), with its role, else the person the noun before names
        (``antecedent_role``)."""
        runs_a = _name_runs(before)
        if not runs_a or not all(_bare(x)[:1].isupper() for x in before[runs_a[-1][0]:]):
            # "процитировало официального представителя правительства, который заявил": no
            # name, so the person the noun before names, in the nominative
            return self.antecedent_role(before, gender)
        a = runs_a[-1][0]  # "Налле Валруса": its unknown surname too
        name = [_bare(x) for x in before[a:]]
        case = M.run_case(name)
        r0 = _role_start(before[:a], nominative=False)
        head = [p for p in M.parses(_bare(before[r0]).lower())[:1]
                if p.tag.POS == "NOUN"] if r0 < a else []
        if head and head[0].tag.case in M.CASES and all(
                M.may_be_name(x, str(head[0].tag.case)) for x in name):
            case = str(head[0].tag.case)  # a name agrees with its role's case
        nom = M.nominative(name, case)
        role_t = [_bare(x) for x in before[r0:a]]
        role = " ".join(M.nominative_phrase(role_t, case)) if role_t else None
        key = self.people.add(nom, gender if gender in ("masc", "femn") else None,
                              role, pos, mention=False, sure=True)
        return _speaker(self.people, key)

    def antecedent_role(self, words: list[str], gender: str | None) -> _Speaker | None:
        """The person a relative pronoun after ``words`` stands for when no name precedes it:
        the last animate noun among the last words, with its adjectives and dependents, in
        the nominative (``официального представителя правительства`` ->
        ``официальный представитель правительства``)."""
        for a in range(len(words) - 1, max(-1, len(words) - 5), -1):
            ps = [p for p in M.parses(_bare(words[a]).lower())[:2]
                  if p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case in M.CASES]
            if ps:
                break
        else:
            return None
        case = str(ps[0].tag.case)
        a0 = a
        while a0 > 0 and any(p.tag.POS in ("ADJF", "PRTF") and case in p.tag
                             for p in M.parses(_bare(words[a0 - 1]).lower())[:2]):
            a0 -= 1
        phrase = [_bare(w) for w in words[a0:]]
        return _mention(M.nominative_phrase(phrase, case), "nomn", gender, True, self.people,
                        0)

    def citing(self, s: int, e: int) -> _Speaker | None:
        """The source in ``со ссылкой на X`` or ``ссылаясь на X`` between ``s`` and ``e``
        (in the accusative; ``на его семью``: the family, not the man)."""
        m = re.search(r"(?:со ссылкой|ссылаясь)\s+на\s+(?P<np>[^,.;:]{2,80})", self.text[s:e])
        if m is None:
            return None
        np = m.group("np").split()
        ap = _CITED_APPOSITION_RE.match(self.text, s + m.end("np"), e)
        if ap is not None and any(p.tag.POS == "NOUN" and "inan" in p.tag and "accs" in p.tag
                                  for p in M.parses(ap.group("noun").lower())[:1]):
            # "со ссылкой на прокатчика фильма, компанию «Альфа»": the body the apposition
            # names, not the role it had
            return _mention(ap.group("np").split(), "accs", None, True, self.people, s)
        if len(np) > 1 and np[0].lower() in _OBLIQUE_PRON and any(
                p.tag.POS == "NOUN" and "accs" in p.tag for p in M.parses(np[1].lower())[:2]):
            return _Speaker(" ".join(M.nominative_phrase(np[1:2], "accs")), None, None)
        if len(np) > 1 and M.lemmas(np[0].lower(), frozenset({"NOUN"})) & _CITED_DOCS:
            # "со ссылкой на данные агентства Fitch": whose data, in the genitive
            return _mention(np[1:], "gent", None, True, self.people, s)
        return _mention(np, "accs", None, True, self.people, s)

    def antecedent(self, pos: int, genders: tuple[str, ...]) -> _Speaker | None:
        """The thing a pronoun at ``pos`` stands for: the last inanimate noun of its gender
        (or number) in the sentence before, in the nominative or accusative."""
        start = max(0, pos - 300)
        for t in reversed(_words(self.text, start, pos)):
            w = _bare(t.group()).lower()
            for p in M.parses(w)[:2]:
                if p.tag.POS == "NOUN" and "inan" in p.tag and (
                        "nomn" in p.tag or "accs" in p.tag) and (
                        ("plur" in p.tag) if genders == ("plur",) else
                        ("sing" in p.tag and p.tag.gender in genders)):
                    return _Speaker(p.normal_form, None, None)
        return None

    def impersonal(self, s: int, e: int) -> _Speaker | None:
        """Who ``говорится в сообщении департамента`` (``…, который получил РБК от X``)
        reports: X, else the genitive after the document, else the document itself."""
        seg = self.text[s:e]
        m = re.search(r"(?:^|\s)от\s+(?P<np>[^,.;:]{2,80})", seg)
        if m:
            who = _mention(m.group("np").split(), "gent", None, True, self.people, s)
            if who is not None:
                return who
        tm = _WHEN_RE.match(seg)
        if tm is not None and M.lemmas(tm.group("t").lower(), frozenset({"NOUN"})) & _TIME_NOUNS:
            # "В среду 14 декабря на заседании комиссии было объявлено": the time first,
            # then the event or document
            s, seg = s + tm.end(), seg[tm.end():]
        m = None
        for doc_re in _DOC_RES:  # "В более позднем сообщении": the modifiers before the noun
            m = doc_re.match(seg)
            if m is None or M.lemmas(m.group("doc").lower(), frozenset({"NOUN"})) or not all(
                    any(p.tag.POS in ("ADJF", "ADVB", "PRTF") for p in M.parses(w)[:1])
                    for w in m.group("mods").split() + [m.group("doc").lower()]):
                break
        if m is None or M.lemmas(m.group("doc").lower(), frozenset({"NOUN"})) & _TIME_NOUNS:
            return None  # (not "в этот раз": a time, no document)
        owner = _OBLIQUE_PRON.get(m.group("doc").lower())
        if owner == "plur":  # "говорится в их заявлении": the group named last
            got = self.people.pronoun(owner, s) or self.plural_antecedent(s)
            if got is not None:
                return got
        if owner is not None:  # "отмечается в его телеграмме": the one "его" stands for
            return self.people.pronoun(owner, s)
        # (no asides: "В заявлении также говорится")
        # (but "и" joining two: "в сообщении правительства и губернатора области")
        deps = [w for k, w in enumerate(m.group("deps").split()) if not any(
            p.tag.POS in _ADVERB_TAGS for p in M.parses(w.lower())[:1]) or
            w == "и" and k > 0]
        # (and none of the verb after them: "На пресс-конференции X было заявлено")
        cut = next((k for k, w in enumerate(deps) if w.lower() in _PREPS or any(
            p.normal_form == "быть" or p.tag.POS in ("VERB", "PRTS")
            for p in M.parses(w.lower())[:1])), len(deps))
        deps = undeferential(deps[:cut])  # "в обращении Общества к главе Минюста": the Society's
        raw = m.group("deps").split()
        if not deps and len(raw) > 2 and raw[0].lower() == "на" and any(
                (dm := r.match(self.text, s + m.start("deps"), e)) is not None and
                M.lemmas(dm.group("doc").lower(), frozenset({"NOUN"})) & _DOC_BODIES
                for r in _DOC_RES):
            # "В заявлении на официальном сайте клуба говорится": the site, with whose it is
            return self.impersonal(s + m.start("deps"), e)
        if deps and M.lemmas(m.group("doc").lower(), frozenset({"NOUN"})) & _DOC_BODIES:
            # "говорится на сайте клуба": the site with whose it is, as the text names it
            return _Speaker(" ".join(M.nominative_phrase([m.group("doc")], "loct") + deps),
                            None, None)
        if len(deps) == 1 and deps[0][:1].islower() and any(
                p.tag.case == "gent" and p.normal_form in SPEAKING_BODIES
                for p in M.parses(deps[0].lower())[:2]):
            # "Роскомнадзор подал иск …, говорится в сообщении ведомства": a bare body's
            # noun stands for the body its sentence opened with, named in capitals
            who = self.sentence_subject(s)
            if who is not None and who.name and who.name[:1].isupper():
                return who
        if deps:
            who = _mention(deps, "gent", None, True, self.people, s)
            if who is not None:
                return who
        pron = {"нем": ("masc", "neut"), "нём": ("masc", "neut"), "ней": ("femn",),
                "них": ("plur",)}.get(m.group("doc").lower())
        if pron is not None:  # "Он подписал поручение. В нём говорится …": the document
            got = self.antecedent(s, pron)
            if got is not None and got.name and M.lemmas(
                    got.name.split()[0].lower(), frozenset({"NOUN"})) & (
                    _CITED_DOCS - {"интервью"}):
                # "Партия распространила заявление. В нём говорится …": whose it is, as
                # for "В заявлении говорится" below
                who = self.previous_subject(s)
                if who is not None and who.name and not M.lemmas(
                        who.name.split()[0].lower(), frozenset({"NOUN"})) & _CITED_DOCS:
                    return who
            return got
        doc = M.nominative_phrase(m.group("mods").split() + [m.group("doc")], "loct")
        if not deps and M.lemmas(m.group("doc").lower()) & _CITED_DOCS - {"интервью"}:
            # "X выразили соболезнования. В заявлении говорится: …": whose the statement is
            # ("Об этом сообщил секретариат X. В сообщении говорится": who spoke there)
            who = self.previous_subject(s) or self.previous_speaker(s)
            if who is not None and who.name and not M.lemmas(
                    who.name.split()[0].lower(), frozenset({"NOUN"})) & _CITED_DOCS:
                return who  # (not "Сообщение появилось на сайте": the document itself)
        if not deps and "интервью" in M.lemmas(m.group("doc").lower()):
            # "…, — говорится в интервью": the words are the one interviewed (who spoke
            # last, or was brought in since)
            last = self.people.by_gender(None, s)
            if last is not None:
                return _speaker(self.people, last)
        return _Speaker(" ".join(doc + deps), None, None)

    def speaks_of(self, name: str, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` names the person ``name`` by the surname (any case): what
        someone is reported to say of that person is not theirs."""
        last = name.split()[-1].lower()
        if len(last) < 4 or not last[:1].isalpha():
            return False
        stem = last[:max(4, len(last) - 2)]
        return any(_bare(t.group()).lower().startswith(stem) and _bare(t.group())[:1].isupper()
                   for t in islice(_iter_words(self.text, s, e), 80))

    def previous_plural(self, pos: int) -> _Speaker | None:
        """The subject of a verb in the plural in the sentence right before ``pos``, before
        or after it (``О нынешнем аресте первыми сообщили южнокорейские СМИ. По их словам``):
        whom ``их`` stands for."""
        before = self.text[max(0, pos - 400):pos]
        ends = [m.end() for m in re.finditer(r"[.!?…]\s+", before)]
        if not ends or before[ends[-1]:].strip():
            return None  # (not the sentence's own start: "их" opens this one)
        start = ends[-2] if len(ends) > 1 else 0
        base = pos - len(before)
        toks = _words(self.text, base + start, base + ends[-1])
        words = [t.group() for t in toks]
        vi = next((i for i, w in enumerate(words) if _finite(_bare(w)) and
                   M.verb_gender(_bare(w).lower()) == "plur"), None)
        if vi is None:
            return None
        who = _mention(words[:vi], None, "plur", False, self.people, toks[vi].start()) \
            if vi else None
        if who is None:
            end = next((k + 1 for k in range(vi + 1, len(words))
                        if words[k].endswith((",", ";", ":", ".", "!", "?"))), len(words))
            who = _mention(words[vi + 1:end], None, "plur", True, self.people,
                           toks[vi].start())
        return who if who is not None and who.role is None and who.gender is None else None

    def plural_antecedent(self, pos: int) -> _Speaker | None:
        """The plural subject ``их`` or ``они`` at ``pos`` stands for: that of the nearest of
        the three sentences before whose plural verb has a subject that is no pronoun
        (``Родители погибшей приехали … Они умоляли … — говорится в их заявлении``)."""
        before = self.text[max(0, pos - 600):pos]
        base = pos - len(before)
        ends = [0] + [m.end() for m in re.finditer(r"[.!?…]\s+", before)]
        for a, b in list(zip(ends, ends[1:], strict=False))[::-1][:3]:
            toks = _words(self.text, base + a, base + b)
            words = [t.group() for t in toks]
            vi = next((i for i, w in enumerate(words) if _finite(_bare(w)) and
                       M.verb_gender(_bare(w).lower()) == "plur"), None)
            if not vi:
                continue
            if any(_bare(w).lower() in ("они", "их") for w in words[:vi]):
                continue
            who = _mention(words[:vi], None, "plur", False, self.people, toks[vi].start())
            if who is not None and who.role is None and who.gender is None:
                return who
        return None

    def previous_speaker(self, pos: int) -> _Speaker | None:
        """Who spoke last in the sentence just before ``pos`` (a person or a body), else
        None."""
        before = self.text[max(0, pos - 400):pos]
        ends = [m.end() for m in re.finditer(r"[.!?…]\s+", before)]
        start = pos - len(before) + (ends[-2] if len(ends) > 1 else 0)
        said = [(p, _speaker(self.people, k)) for p, k in self.people.said if start <= p < pos]
        said += [(p, w) for p, w in self.people.groups if start <= p < pos]
        return max(said, key=lambda x: x[0])[1] if said else None

    def the_latter(self, pos: int, gender: str | None) -> _Speaker | None:
        """``Последняя`` as a subject at ``pos``: the last name in marks before it in the
        sentence before, after a noun of the verb's gender (``с компанией «Альфа»``)."""
        before = self.text[max(0, pos - 300):pos]
        for m in reversed(list(re.finditer(r"(\w+)\s+«([^«»]{1,60})»", before))):
            heads = [p for p in M.parses(m.group(1).lower())[:2] if p.tag.POS == "NOUN"]
            if heads and (gender is None or any(p.tag.gender == gender for p in heads)):
                return _mention([f"«{m.group(2)}»"], None, None, False, self.people,
                                pos - len(before) + m.start(2))
        return None

    def sentence_subject(self, pos: int) -> _Speaker | None:
        """The subject of the sentence ``pos`` stands in (the words before its first verb,
        when that verb comes before ``pos``), when it names a person or a body."""
        before = self.text[max(0, pos - 400):pos]
        ends = [m.end() for m in re.finditer(r"[.!?…:]\s+", before)]
        at = pos - len(before) + (ends[-1] if ends else 0)
        if not ends and at > 0:
            return None  # (a sentence longer than the window: no start seen)
        return self.subject_between(at, pos)

    def subject_between(self, a: int, b: int) -> _Speaker | None:
        """The subject of the words ``text[a:b]`` (those before its first finite verb), when
        it names a person or a body."""
        toks = _words(self.text, a, b)
        words = [t.group() for t in toks]
        vi = next((i for i, w in enumerate(words) if _finite(_bare(w))), None)
        if not vi:
            return None
        return _mention(words[:vi], None, _verb_case_gender(_bare(words[vi])), False,
                        self.people, toks[vi].start())

    def previous_subject(self, pos: int) -> _Speaker | None:
        """The subject of the sentence before ``pos`` (the words before its first verb), when
        it names a person or a body."""
        before = self.text[max(0, pos - 400):pos]
        ends = [m.end() for m in re.finditer(r"[.!?…]\s+", before)]
        if len(ends) < 1:
            return None
        start = ends[-2] if len(ends) > 1 else 0
        at = pos - len(before) + start
        if any(a <= at < b for a, b in self.qspans) or self.text[at:at + 1] in "«„\"“":
            return None  # (a sentence of a quotation is no one's report: "«…. …», - говорится")
        return self.subject_between(at, pos - len(before) + ends[-1])

    def subject_cue(self, s: int, e: int, content_needed: bool = True, colon: bool = False
                    ) -> tuple[str, _Speaker | None, int, int] | None:
        """``X заявил, что …`` / ``X заявил: …`` / ``X подчеркнул необходимость …`` in
        ``text[s:e]``: (verb, speaker, cue position, content start). ``colon``: the words
        end in a colon before a quotation, so ``X поздравил победителей:`` is a cue too."""
        text = self.text
        toks = _words(text, s, e)
        words = [m.group() for m in toks]
        for k in range(1, min(len(words), 45) if "—" in text[s:e] or "–" in text[s:e] else 0):
            if re.fullmatch(r"\s+[—–]\s+", text[toks[k - 1].end():toks[k].start()]) and \
                    _bare(words[k])[:1].isupper() and not words[k - 1].endswith(","):
                # "Адвокат Петра — Валентин Пышкин рассказал": a dash before a name sets it
                # apart as a comma does
                words[k - 1] += ","
        for k, w in enumerate(words[:45]):
            bw = _bare(w)
            that = re.match(r",?\s*что\s", text[toks[k].end() - 1:toks[k].end() + 8]) is not None
            # (and "опубликовал заявление о том, что …", "сделал заявление о том, что …",
            # not "назвала бредом сообщения о том, что …": others' reports)
            speech_noun = bool(M.lemmas(bw.lower()) & SPEECH_NOUNS) and (that or k > 0 and re.match(
                r"\s+о\s+том,\s*что\s", text[toks[k].end():toks[k].end() + 14]) is not None and
                bool(M.lemmas(_bare(words[k - 1]).lower(), frozenset({"VERB"})) & ISSUE_VERBS))
            # "Россия уверена, что …", "Эксперты убеждены, что …": a conviction stated
            # (or before a colon: "Оппозиционеры уверены: власти …")
            belief = (that or w[-1:] == ":") and _belief_gender(bw) is not None
            # "В аннотации к книге сказано:": a short participle of saying
            prts = any(p.tag.POS == "PRTS" and p.normal_form in _IMPERSONAL
                       for p in M.parses(bw.lower())[:2])
            # "Путин поздравил победителей:": a verb that brings in a quotation at a colon
            at_colon = colon and bool(M.lemmas(bw.lower(), frozenset({"VERB"})) & COLON_VERBS or
                                      self.publishes_words(words, k))
            # "дал понять, что …": to give to understand is to say
            understand = k + 1 < len(words) and _bare(words[k + 1]).lower() == "понять" and \
                re.match(r",?\s*что\s", text[toks[k + 1].end() - 1:toks[k + 1].end() + 8]) \
                is not None and \
                bool(M.lemmas(bw.lower(), frozenset({"VERB"})) & {"дать", "давать"})
            # "Комиссия пришла к выводу, что …", "Следствие установило, что …": a finding
            # stated is said as "считает" is
            finding = that and bool(M.lemmas(bw.lower(), frozenset({"VERB"})) & FINDING_VERBS)
            # "оправдывал своё решение тем, что …": a justification stated
            finding = finding or bool(M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) &
                                      JUSTIFY_VERBS) and re.match(
                r"[^,.;:!?]{0,80}?\sтем,\s*что\s",
                text[toks[k].end():toks[k].end() + 90]) is not None
            conclude = k + 2 < len(words) and any(
                (_bare(words[k + 1]).lower(), _bare(words[k + 2]).lower()) in CONCLUDE_VERBS[v]
                for v in M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) & CONCLUDE_VERBS.keys()
            ) and re.match(r",?\s*что\s", text[toks[k + 2].end() - 1:toks[k + 2].end() + 8]) \
                is not None
            # "обвинил власти в нарушении …", "заподозрили его в …": the charge is said
            accuse = bool(M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) & ACCUSE_VERBS) and \
                any(_bare(x).lower() in ("в", "во") for x in words[k + 1:k + 6]) and \
                not any(x.endswith((",", ";", ":", ".", "!", "?"))
                        for x in words[k:next((i for i in range(k + 1, min(len(words), k + 6))
                                               if _bare(words[i]).lower() in ("в", "во")),
                                              k + 1)])
            # "Газета приводит слова адвоката X, что …": the words are X's, named in the
            # genitive after the noun of speech
            cites = bw[:4] in ("прив", "Прив") and k + 2 < len(words) and bool(
                M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) & CITE_VERBS) and bool(
                M.lemmas(_bare(words[k + 1]).lower(), frozenset({"NOUN"})) & SPEECH_NOUNS)
            # "Министр уверен, бюджет выдержит …", "X считает — …": a view with no "что"
            ve = toks[k].start() + len(w.rstrip(",.;:!?…»\"”)"))
            view = _view_after(text, ve, e) if k and not that and \
                text.startswith((",", " —", " –"), ve) and _opinion_verb(bw) else None
            belief = belief or view is not None and _belief_gender(bw) is not None
            if k == 0 or not (_is_verb(bw, gerund=True) or speech_noun or belief or prts or
                              at_colon or understand or finding or conclude or accuse or cites):
                continue
            if M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) & NEGATED_ONLY and not (
                    that and _bare(words[k - 1]).lower() == "не"):
                continue  # "исключил его из партии": no saying
            # what follows: "что …", ": …", a noun object, or nothing we read
            vend = toks[k].start() + len(w.rstrip(",.;:!?…»\"”)"))
            after = text[vend:e]
            # (a full stop inside a word is no clause break: ", пишет NEWSru.com, что")
            # (and a date set off by commas: "подтвердил в среду, 20 апреля 2016 года что")
            m = re.match(r"\s*,?\s*(?:[\w\s\-«»\"'’()]|\.(?=\w)|,(?=\s*\d)){0,80}?,?\s*что,?\s+|"
                         r"\s*:\s*", after)
            if m and ":" not in m.group() and re.match(r"\s+об?\s(?!том\W)", after) and \
                    M.lemmas(bw.lower(), frozenset({"VERB"})) & _DECLARE:
                m = None  # "объявил о переименовании страны (…), что означает …": what was
                # declared is the noun after "о"; the "что" after it is a relative's
            predicate: int | None = None
            if not content_needed:
                content = vend
            elif view is not None and m is None:
                content = view
            elif m and (":" in m.group() or re.search(r"(?:^|\s|,)что,?\s+$", m.group())):
                content = vend + m.end()
                if len(after[m.end():].split()) < 2:
                    continue

            else:
                if bw.lower().startswith(("цитир", "процитир")) or cites:
                    continue  # "цитирует пресс-службу": whom it quotes, not what
                rel = _RELATIVE_SAYS_RE.match(after)
                if rel is not None and _is_verb(rel.group("v")):
                    # "Агентство передаёт слова журналистки, которая жалуется, что …": the
                    # relative clause's verb of saying has the words; its antecedent speaks
                    continue
                nxt = _bare(words[k + 1]).lower() if k + 1 < len(words) else ""
                # (and their gerunds: "…, пообещав упростить налоговый кодекс")
                infinitive = bool(M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) &
                                  _WITH_INFINITIVE) and any(
                    p.tag.POS == "INFN" for p in M.parses(nxt)[:1]) if nxt else False
                inf_at = None
                if nxt and not infinitive and M.lemmas(bw.lower(),
                                                       frozenset({"VERB", "GRND"})) & \
                        _WITH_INFINITIVE:
                    # "призвал Верховный суд вынести постановление": whom it asks, then
                    # what (an infinitive after a short object)
                    for m3 in range(k + 1, min(len(words) - 1, k + 5)):
                        p3 = M.parses(_bare(words[m3 + 1]).lower())[:1]
                        # (whom, or from whom: "требовал от компании предоставить …")
                        # (or when: "пообещал с 1 июня снизить", "уже в июне", "100 раз")
                        if words[m3].endswith((",", ";", ":", ".")) or not (any(
                                p.tag.POS in ("NOUN", "ADJF", "NPRO", "PRTF", "PREP", "ADVB",
                                              "NUMR") for p in
                                M.parses(_bare(words[m3]).lower())[:1]) or
                                _bare(words[m3]).isdigit()):
                            break
                        if any(p.tag.POS == "INFN" for p in p3):
                            inf_at = m3 + 1
                            break
                        if _bare(words[m3 + 1]).lower() == "не" and m3 + 2 < len(words) and \
                                any(p.tag.POS == "INFN"
                                    for p in M.parses(_bare(words[m3 + 2]).lower())[:1]):
                            inf_at = m3 + 1  # "призвал жителей не выходить на улицу"
                            break
                    infinitive = inf_at is not None
                if not infinitive and M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) & \
                        INFINITIVE_ONLY:
                    continue  # "потребовали отставки": a demand of a thing, no words
                # "заявила о приостановке карьеры": what was declared, a noun after "о"
                # "сообщил о 14 погибших", "сообщают об около 300 ордерах"
                # ("…, заявив о приверженности единству страны": its gerund too)
                # ("сообщил сегодня в Инстаграме о разводе", "сообщало 13 января о …": a
                # time, a date or where it was said between the verb and "о")
                # ("В сообщении говорилось только о ранении …": a document's too)
                declare = _DECLARE | _SAID_IN if _reflexive(bw) else _DECLARE
                at_o = _about_at(words, k + 1) if nxt not in ("о", "об") and M.lemmas(
                    bw.lower(), frozenset({"VERB", "GRND"})) & declare else \
                    k + 1 if k + 1 < len(words) else None
                about = at_o is not None and _bare(words[at_o]).lower() in ("о", "об") and bool(
                    M.lemmas(bw.lower(), frozenset({"VERB", "PRTS", "GRND"})) & declare) and \
                    at_o + 1 < len(words) and (
                    _bare(words[at_o + 1])[:1].isdigit() or
                    _bare(words[at_o + 1]).lower() in _ABOUT_NUMBERS or any(
                        p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR")
                        for p in M.parses(_bare(words[at_o + 1]).lower())[:1]))
                if about and at_o is not None and at_o > k + 1:
                    nxt = _bare(words[at_o]).lower()
                # "Многие считают X недостаточно твёрдой", "СМИ связывают рост цен с
                # приходом …": an object and its predicate
                predicate = _predicate_after(words, k)
                c0 = max((m2 + 1 for m2 in range(k) if words[m2].endswith((",", ";", ":"))),
                         default=0)
                if predicate is not None and _bare(words[c0]).lower() in _PREPS:
                    predicate = None  # ("В ТСЖ считают основной версией …": whose view?)
                if predicate is None and M.lemmas(bw.lower(), frozenset({"VERB", "GRND"})) & {
                        v for v, prep in PREDICATE_VERBS.items() if prep}:
                    continue  # "связали руки": no view
                # "высказался против идеи …", "высказалась за право …": a stance stated
                stance = nxt in ("за", "против") and bool(M.lemmas(
                    bw.lower(), frozenset({"VERB", "GRND"})) & _STANCE_VERBS)
                charge = accuse and bool(nxt) and len(words) - k >= 4 or \
                    predicate is not None or stance
                if not charge and (not nxt or not (infinitive or about or any(
                        p.tag.POS == "NOUN" and "accs" in p.tag for p in M.parses(nxt)[:2])) or
                        len(words) - k < (3 if infinitive else 4 if about else 5)):
                    continue
                if not about and bw.lower().startswith(("сказ", "сообщ", "говор", "рассказ",
                                                        "написа")):
                    continue
                content = toks[inf_at if inf_at is not None else
                               at_o if about and at_o is not None else k + 1].start()
            before = words[:k]
            # the subject: the words since the last clause break before the verb
            b0 = 0
            for m2, x in enumerate(before):
                if x.endswith("»,") and m2 + 1 < len(before) and before[m2 + 1].startswith("«"):
                    continue  # "автор «…», «…» и «…» сказал": a list of titles, one phrase
                if x.endswith((",", ";", ":")) or _bare(x).lower() in ("что", "который",
                                                                         "которая", "которые"):
                    b0 = m2 + 1
            # "Она болела и в конце ноября врачи посоветовали …": a clause of its own before
            # "и" (its finite verb) is no part of the subject; nor a title in marks before it
            # ("для требований «пакета Яровой» ФСБ предложила")
            cut = max((m2 + 2 for m2 in range(b0, k - 2) if _bare(before[m2 + 1]).lower() == "и"
                       and _finite(_bare(before[m2])) and M.parses(
                           _bare(before[m2]).lower())[0].tag.POS == "VERB"), default=b0)
            cut = max([cut] + [m2 + 1 for m2 in range(b0, k - 1)
                               if before[m2].endswith("»") and not before[m2 + 1].startswith("«")
                               and _bare(before[m2 + 1])[:1].isupper() and (
                                   _bare(before[m2 + 1]).isupper() or
                                   M.can_be(_bare(before[m2 + 1]), "nomn"))])
            subj = before[cut:] if any(_name_runs(before[cut:])) or any(
                M.can_be(_bare(x).lower(), "nomn", "NOUN") for x in before[cut:]) else before[b0:]
            subj = subj[_time_lead(subj):]  # "Во вторник Белый дом объявил": no subject
            # (not "Актёр также признался": a bare role, who just spoke)
            bare_role = len(subj) == 2 and any(p.tag.POS == "NOUN" and "anim" in p.tag
                                               for p in M.parses(_bare(subj[0]).lower())[:1])
            while len(subj) > 1 and not bare_role and _bare(subj[-1])[:1].islower() and any(
                    p.tag.POS in ("ADVB", "PRCL") for p in M.parses(_bare(subj[-1]).lower())[:1]):
                subj = subj[:-1]  # "Первый канал также сообщил": the adverb is no part of it
            if len(subj) > 1 and _bare(subj[0]).lower() in _OPENING_CONJ | _SUBORDINATORS:
                subj = subj[1:]  # "…, однако многие связывают это с …": no part of it
            if 0 < b0 < k and re.search(r"\s[—–]\s",
                                        text[toks[b0 - 1].end():toks[b0].start() + 1]) and \
                    re.search(r"\s[—–]\s", text[toks[b0].end():toks[k].start()]):
                # "Круз, ставший сенатором, — один из фаворитов движения — намекал, что": an
                # apposition between dashes is no subject; the clause before it has one
                subj = []
            if b0 > 1 and _bare(before[b0 - 1]).lower() in _RELATIVE and \
                    any(_finite(_bare(x)) for x in subj):
                # "X, который в среду посетил Белград заявил": the relative clause has its
                # own verb and subject, so the one who speaks is the word it qualifies
                a0 = max((m2 + 1 for m2 in range(b0 - 2) if before[m2].endswith((",", ";", ":"))),
                         default=0)
                subj = before[a0:b0 - 1]
            gender = _belief_gender(bw) if belief else _verb_case_gender(bw)
            who = None
            if len(subj) == 1 and "последний" in M.lemmas(_bare(subj[0]).lower(),
                                                           frozenset({"ADJF"})):
                # "… с компанией «Альфа». Последняя обвиняет …": the latter
                who = self.the_latter(toks[k].start(), gender)
            if not subj and b0 > 1 and _bare(before[b0 - 1]).lower() in _RELATIVE and \
                    before[b0 - 2].endswith(","):
                # "… со словами главы банка Налле Валруса, который заявил, что …": the
                # relative pronoun's antecedent, the name right before it, in any case
                who = self.relative_antecedent(before[:b0 - 1], gender, toks[k].start())
            impersonal = prts or (gender == "neut" or bw.lower().endswith(("ся", "сь"))) and any(
                p.normal_form in _IMPERSONAL for p in M.parses(bw.lower())[:2])
            doc_at = next((m2 for m2 in range(len(before) - 1)
                           if _bare(before[m2]).lower() in ("в", "во") and
                           M.lemmas(_bare(before[m2 + 1]).lower(), frozenset({"NOUN"})) &
                           _CITED_DOCS), None) if impersonal else None
            if doc_at is not None and doc_at < b0:
                # "В заявлении МВД, опубликованном в Facebook, говорится, что …": the
                # document the sentence opens with, not the place of the clause after it
                d_end = next((m2 + 1 for m2 in range(doc_at + 1, k)
                              if before[m2].endswith((",", ";", ":"))), k)
                who = self.impersonal(toks[doc_at].start(), toks[d_end - 1].end())
            elif subj and _bare(subj[0]).lower() in ("в", "во", "на") and impersonal and \
                    not _bare(subj[1:2] and subj[1] or "").lower().startswith("котор"):
                # "В статье газеты X утверждалось, что …": the paper, in the nominative
                who = self.impersonal(toks[b0].start(), toks[k].start())
            elif not subj and impersonal:
                # "В сообщении, в частности, говорится, что …": the document before the
                # asides
                at = next((m2 for m2 in range(len(before) - 1, -1, -1)
                           if _bare(before[m2]).lower() in ("в", "во") and m2 + 1 < len(before)
                           and _bare(before[m2 + 1]).lower() not in _ASIDES), None)
                if at is not None:
                    who = self.impersonal(toks[at].start(), toks[k].start())
            if who is None and impersonal and (prts or bw.lower().endswith(("ся", "сь"))) and (
                    not subj or _bare(subj[0]).lower() in ("в", "во", "на", "о", "об")):
                # "В этот раз о рождении было объявлено также в твиттере X": the document
                # after the verb (past adverbs), when no subject stands before it
                a = k + 1
                while a < len(words) and any(p.tag.POS in _ADVERB_TAGS
                                             for p in M.parses(_bare(words[a]).lower())[:1]):
                    a += 1
                if a < len(words) and _bare(words[a]).lower() in ("в", "во", "на"):
                    who = self.impersonal(toks[a].start(), e)
            if who is None and impersonal and len(subj) > 1 and b0 > 0 and \
                    _bare(subj[0]).lower() in ("в", "во", "на") and \
                    _bare(subj[1]).lower().startswith("котор"):
                # "пресс-конференция президента Бориса Тадича, на которой было сообщено":
                # the person whose event (or document) the relative pronoun stands for
                c0 = max((m2 + 1 for m2 in range(b0 - 1) if before[m2].endswith((",", ";"))),
                         default=0)
                v = next((m2 for m2 in range(c0, b0) if _finite(_bare(before[m2])) and
                          M.parses(_bare(before[m2]).lower())[0].tag.POS == "VERB"), None)
                ante = M.lemmas(_bare(before[b0 - 1]).lower(), frozenset({"NOUN"}))
                if v is not None and any(M.lemmas(_bare(x).lower(), frozenset({"NOUN"})) &
                                         _CITED_DOCS for x in before[v + 1:b0]):
                    # "Канцелярия X распространила заявление, в котором говорится": whoever
                    # issued the document, its clause's subject (or the sentence's, when the
                    # clause opens with its verb: "Комитет …, …, распространил сообщение")
                    c1 = next((m2 + 1 for m2 in range(v) if before[m2].endswith(",")), v)
                    who = _mention(before[c0:v] if v > c0 else before[:c1], None, None, False,
                                   self.people, toks[k].start())
                elif ante & EVENT_NOUNS or _bare(before[b0 - 1])[:1].isupper():
                    if _name_runs(before[c0:b0]):
                        who = _mention(before[c0:b0], "gent", None, True, self.people,
                                       toks[k].start())
                elif ante:
                    # "конституции, в которой сказано, что …": the text the pronoun stands for
                    ps = [p for p in M.parses(_bare(before[b0 - 1]).lower())
                          if p.tag.POS == "NOUN" and "inan" in p.tag]
                    if ps:
                        who = _Speaker(ps[0].normal_form, None, None)
            if subj and _bare(subj[0]).lower() in ("в", "во", "на") and gender == "plur":
                # "В пресс-службе банка сообщили, что …": the body spoke
                who = _mention(subj[1:], "loct", None, True, self.people, toks[k].start())
            at = next((m2 for m2 in range(len(subj) - 2, 0, -1)
                       if _bare(subj[m2]).lower() in ("в", "во")), None) \
                if who is None and gender == "plur" and len(subj) > 2 else None
            if at is not None and not any(
                    p.tag.POS == "NOUN" and "plur" in p.tag and "nomn" in p.tag
                    for x in subj[:at] for p in M.parses(_bare(x).lower())[:1]):
                # "Несмотря на это 26 февраля в российском Минфине заявили о …": the body
                # after "в", the sentence's words before it no subject
                who = _mention(subj[at + 1:], "loct", None, True, self.people,
                               toks[k].start())
            if who is None and len(subj) == 1 and b0 > 1 and before[b0 - 1].endswith(":") and \
                    subj[0][:1] in "«„\"“" and _bare(subj[0]).lower() in ("я", "мы"):
                # "Она не хочет …: «Я думаю, что …»": the one who says "я" in the marks is
                # the subject of the clause before the colon
                pg = _PRONOUNS.get(_bare(before[0]).lower())
                who = self.people.pronoun(pg, toks[0].start()) if pg else \
                    self.subject_between(toks[0].start(), toks[b0 - 1].end())
            if who is None and gender in ("masc", "femn") and _interview_addressee(subj):
                # "В интервью журналу FLAUNT призналась, что …": the outlet is whom she
                # told; the one who spoke is the verb's unnamed subject
                who = self.people.pronoun(gender, toks[k].start())
            if who is None and subj and not all(_bare(x).lower() in _CLAUSE_WORDS for x in subj):
                who = _mention(subj, None, gender, False, self.people, toks[k].start())
            if who is None and b0 > 0:
                # "X раскритиковал …, но признал, что …", "X, который …, указал, что …",
                # "В свою очередь, X …, заявив, что …": the first clause with a subject
                # (a chunk that names a person wins over one that gives only a role:
                # "Бывший спикер палаты, Нэнси Пелоси, которая …, отметила, что …")
                c = 0
                found: list[_Speaker] = []
                while c < b0:
                    c1 = next((m2 + 1 for m2 in range(c, b0) if before[m2].endswith(",")), b0)
                    if any(_bare(x).lower().startswith("котор") for x in before[c:min(c + 3, c1)]) \
                            or _bare(before[c]).lower() in _SUBORDINATORS or c > 0 and any(
                                p.tag.POS == "PRTF"
                                for p in M.parses(_bare(before[c]).lower())[:1]):
                        # (nor a participle's phrase: "Врачи, лечащие X, говорят, что …")
                        # ("Хотя X родился в Канаде, двое юристов …, недавно написали":
                        # a subordinate clause's subject is no one speaking)
                        c = c1  # "…, в котором актёр играет …,": a relative clause's own
                        continue  # subject, not the one who speaks
                    # "Суд отклонил довод Магуайр, отметив, что …": the clause's subject,
                    # the words before its verb, not its object
                    v = next((m2 for m2 in range(c + 1, c1) if _finite(_bare(before[m2])) and
                              M.parses(_bare(before[m2]).lower())[0].tag.POS == "VERB"), c1)
                    at_body = _bare(before[c]).lower() in ("в", "во", "на") and v < c1 and \
                        _verb_case_gender(_bare(before[v])) == "plur"
                    # "в министерстве юстиции опровергли эту информацию, напомнив, что": the
                    # body the clause's plural verb speaks for
                    got = _mention(before[c + 1:v], "loct", None, True, self.people,
                                   toks[k].start()) if at_body else \
                        _mention(before[c:v], None, gender, False, self.people,
                                 toks[k].start()) if v < c1 else None
                    if got is None:
                        got = _mention(before[c:c1], None, gender, False, self.people,
                                       toks[k].start())
                    if got is not None and got.name and v < c1 and not any(
                            M.run_case([_bare(x) for x in before[c + a:c + b]]) == "nomn"
                            for a, b in _name_runs(before[c:v])) and \
                            self.speaks_of(got.name, content, e):
                        # "Из обвинений Зюганову автор петиции указал …, отметив, что
                        # Зюганов …": a post, not the main figure its content speaks of
                        got = self.antecedent_role(before[c:v], gender) or got
                    if got is not None:
                        found.append(got)
                        if self.people.key_of((got.name or "").split()) is not None:
                            break
                    c = c1
                who = next((f for f in reversed(found)
                            if self.people.key_of((f.name or "").split()) is not None),
                           found[0] if found else None)
            # "СМИ со ссылкой на агентство Fitch сообщили, что …": the source cited spoke
            ref = self.citing(toks[b0].start() if b0 < k else s, vend + 40) \
                if "ссыл" in text[s:vend + 40] else None
            if ref is not None and (who is None or not who.name or
                                    self.people.key_of(who.name.split()) is None):
                who = ref  # (not "X, ссылаясь на Y, заявил": a person named speaks himself)
            if who is None and b0 == 0 and gender in ("masc", "femn") and \
                    text[:toks[0].start()].rstrip()[-1:] in ("", ".", "!", "?", "…") and \
                    re.match(r"\s*,\s*что\s", after) is not None and all(
                    any(p.tag.POS in _ADVERB_TAGS for p in M.parses(_bare(x).lower())[:1])
                    for x in subj):
                # "Также заявлял, что готов вернуться": a sentence with no subject (the verb
                # right before "что": no subject after it), the one the text goes on about
                # (as "он" would be), of the verb's gender
                who = self.people.pronoun(gender, toks[k].start())
            if who is None and 0 < b0 < 4 and gender not in ("masc", "femn") and \
                    text[:toks[0].start()].rstrip()[-1:] in (".", "!", "?", "…") and \
                    re.match(r"\s*,\s*что\s", after) is not None and all(
                        any(p.tag.POS in _ADVERB_TAGS for p in M.parses(_bare(x).lower())[:1])
                        for x in subj) and all(
                        _bare(x).lower() in _PREPS or _bare(x).lower() in _ASIDES or any(
                            p.tag.POS in _ADVERB_TAGS | {"NPRO"}
                            for p in M.parses(_bare(x).lower())[:1]) for x in before[:b0]):
                # "Следствие рассматривает версии. В том числе, не исключает, что …": a
                # sentence with no subject after an aside, its verb of no gender: the
                # subject of the sentence before
                who = self.previous_subject(toks[0].start())
            if who is None:
                continue
            if cites:
                # the genitive words up to the comma, colon or "о том", whose words they are
                np = []
                for x in words[k + 2:k + 10]:
                    if _bare(x).lower() in ("о", "об"):
                        break
                    np.append(x)
                    if x.endswith((",", ":", ";")):
                        break
                bare = [_bare(x) for x in np]
                p0 = M.parses(bare[0].lower())[:1] if bare else []
                p1 = M.parses(bare[1].lower())[:1] if len(bare) > 1 else []
                # "слова знакомого семьи": an adjective used as a noun, with a genitive of
                # another gender after it, is the head (not "знакомая семья")
                subx = bool(p0 and p1 and "Subx" in p0[0].tag and p1[0].tag.POS == "NOUN"
                            and p1[0].tag.gender != p0[0].tag.gender)
                cited = None if subx else _mention(np, "gent", None, True, self.people,
                                                   toks[k].start())
                if cited is None and np and np[0][:1].islower():
                    # "слова знакомого семьи": a person's noun with its dependents (a noun
                    # first: only it changes case)
                    head = 1 if subx or any(p.tag.POS == "NOUN" and p.tag.case == "gent"
                                            for p in M.parses(bare[0].lower())[:2]) \
                        else len(bare)
                    nom = p0[0].inflect({"nomn"}) if subx else None
                    cited = _Speaker(" ".join(([nom.word] if nom is not None else
                                               M.nominative_phrase(bare[:head], "gent")) +
                                              bare[head:]), None, None)
                if cited is not None:
                    who = cited
            if content_needed and who.name and subj and not _name_runs(subj) and any(
                    p.tag.POS in ("NOUN", "ADJF") for x in subj
                    for p in M.parses(_bare(x).lower())[:1]) and not any(
                    _bare(x).lower() in _PRONOUNS or _bare(x).lower() in _CLAUSE_WORDS
                    for x in subj) and self.speaks_of(who.name, content, e):
                # "Венесуэльский министр информации объявил, что у Чавеса …": the post is
                # not the man the content speaks of (the text's main figure)
                who = _Speaker(" ".join(_bare(x) for x in subj), None, None)
            return bw, who, toks[k].start(), content
        return None

    def tail_cue(self, s: int, e: int) -> tuple[int, str, _Speaker | None, int] | None:
        """``…, сообщил на брифинге вице-премьер Владимир Гройсман.``: (content end, verb,
        speaker, cue position)."""
        text = self.text
        # "…, считает X, пишут «Ведомости».": X said it; the outlet reports it
        # ("… уголовное дело - сообщил прокурор X.": a dash as a comma)
        for m in list(re.finditer(r",\s+|\s[—–-]\s+", text[s:e]))[-3:]:
            at = s + m.start()
            if len(text[s:at].split()) < 4:
                continue
            # ("…, продолжает издание.": going on with what it says is saying too)
            c0 = re.match(r"\w+", text[s + m.end():e])
            cont = c0 is not None and bool(M.lemmas(c0.group().lower()) & _CONTINUING)
            rest = text[s + m.end():e].split()[1:]
            if cont and not (0 < len(rest) <= 4 and M.can_be(_bare(rest[0]).lower(), "nomn")):
                continue  # (the subject alone after it: not "продолжает работу штаб")
            got = self.dash_cue(s + m.end(), e, any_verb=cont)
            if got is not None and got[1] is not None:
                verb, who, pos = got
                if pos - (s + m.end()) > 25:
                    continue
                return at, verb, who, pos
        return None

    # --- the text -------------------------------------------------------------------------
    def interview(self, ps: int, pe: int) -> _Event | None:
        """``Мустафа Джемилев: Да, всё верно.``: a paragraph that opens with a speaker's
        label (a name, an outlet) and a colon is that speaker's answer or question."""
        m = _TURN_RE.match(self.text, ps, pe)
        if m is None:
            return None
        label = m.group("label").split()
        if not all(w[:1].isupper() for w in label) or any(_is_verb(_bare(w), False)
                                                          for w in label):
            return None
        runs = _name_runs(label)
        if runs and runs[0] == (0, len(label)):
            who = _mention(label, None, None, False, self.people, ps)
        else:
            who = _Speaker(" ".join(label), None, None)
        return _Event(m.start("rest"), pe, "direct", ":", who, ps, True)

    def run(self) -> list[QuoteFind]:
        text = self.text
        self.collect_people()
        out: list[_Event] = []
        prev_sent: tuple[int, int] | None = None
        para = -1
        turns = {}
        for k, (ps, pe) in enumerate(paragraph_spans(text)):
            ev = self.interview(ps, pe)
            if ev is not None:
                turns[k] = ev
        labels = Counter(ev.who.name for ev in turns.values() if ev.who)
        # a label is a speaker's when it names a person or comes back (an interview's
        # "Голос Америки:"), not a lone "Москва:" before a paragraph
        turns = {k: ev for k, ev in turns.items() if ev.who and (
            labels[ev.who.name] >= 2
            or self.people.key_of((ev.who.name or "").split()) is not None)}
        lines = {k: (ps, pe) for k, (ps, pe) in enumerate(paragraph_spans(text))
                 if _attribution_line(text, ps, pe)}
        last: dict[int, tuple[int, int]] = {}  # each paragraph's last sentence
        for k, ss, se, segs in by_sentence(text, self.segs, "ru", self.sentences):
            last[k] = (ss, se)
            if k in turns:
                if k != para:
                    self.emit(out, turns[k])
                    para = k
                continue
            if k != para:
                para = k  # (the last sentence before stays: "…\nОб этом сообщил X:")
            if k in lines:
                continue
            n = len(out)
            self.note_described(ss, se)
            self.sentence(ss, se, segs, out, prev_sent)
            # "Об этом заявил X" reports the sentence before when it has no cue of its own
            prev_sent = (ss, se) if len(out) == n else None
        self.attribution_lines(lines, out)
        self.set_off(last, out)
        return self.attribute(out)

    def note_described(self, ss: int, se: int) -> None:
        """Record a sentence opening with a person named only by a description: its subject
        (``33-летний мужчина вышел …``, up to three modifiers before the noun, then its
        verb) or the object of a plural verb of no subject (``Нападавшего задержали``)."""
        words = [t.group() for t in islice(_iter_words(self.text, ss, se), 16)]
        passive = passive_described(words)
        if passive is not None:  # "был задержан 27-летний житель …"
            self.people.described.append((ss, passive))
            return
        words = words[:7]
        k = 0
        while k < min(3, len(words) - 1) and not words[k].endswith((",", ";", ":")) and any(
                p.tag.POS in ("ADJF", "NUMR") for p in M.parses(_bare(words[k]).lower())[:1]):
            k += 1
        if k + 1 >= len(words) or words[k].endswith((",", ";", ":", ".", "!", "?")):
            return
        head = _bare(words[k]).lower()
        for p in M.parses(head)[:2]:
            case = str(p.tag.case)
            if p.tag.POS not in ("NOUN", "PRTF") or "sing" not in p.tag or \
                    case not in ("nomn", "accs", "gent"):
                continue
            nom = M.nominative_phrase([_bare(w).lower() for w in words[:k + 1]], case) \
                if case != "nomn" else [_bare(w).lower() for w in words[:k + 1]]
            if nom[-1] not in DESCRIBED and not (  # ("Компания извинилась. Она заявила")
                    case == "nomn" and "inan" in p.tag and p.normal_form in SPEAKING_BODIES):
                continue
            verb = _bare(words[k + 1]).lower()
            if not _finite(verb) or case != "nomn" and M.verb_gender(verb) != "plur":
                continue
            if re.search(r"(?<!\w)(?:его|ему|им|её|ее|ей|ним|нему|нему|неё|нее|ней)(?!\w)",
                         self.text[ss:se]):
                return  # "Мужчина спросил его …": whom it acted on may be the one who answers
            gender = "femn" if "femn" in p.tag else "masc"
            self.people.described.append((ss, _Speaker(" ".join(nom), None, gender)))
            return

    def attribution_lines(self, lines: dict[int, tuple[int, int]], out: list[_Event]) -> None:
        """Give each paragraph followed by an attribution line (``— пожаловалась
        Поризкова.``) that line's speaker: its quotes with no cue of their own, or the whole
        paragraph when it is a quotation set off without marks."""
        paras = paragraph_spans(self.text)
        for k, (ls, le) in sorted(lines.items()):
            if k == 0:
                continue
            ps, pe = paras[k - 1]
            cue = self.dash_cue(ls + 2, le, any_verb=True)
            if cue is None or cue[1] is None:
                continue
            verb, who, pos = cue
            mine = [ev for ev in out if ps <= ev.start < pe]
            uncued = [ev for ev in mine if ev.direct and ev.cue is None]
            for ev in uncued:
                ev.who, ev.cue, ev.cue_pos = who, verb, pos
            if not mine:
                self.emit(out, _Event(ps, pe, "direct", verb, who, pos, True))

    def sentence(self, ss: int, se: int, segs: list, out: list[_Event],
                 prev: tuple[int, int] | None) -> None:
        text = self.text
        covered: list[tuple[int, int]] = []
        uncued: list = []
        prev_end = ss  # where the quote before this one in the sentence ends
        for k, g in enumerate(segs):
            if k > 0:
                prev_end = max(prev_end, segs[k - 1].end)
            inner = text[g.inner_start:g.inner_end]
            nwords = len(inner.split())
            cue = None
            # "«…, — пояснила она, — …»": the cue inside the marks
            for m in re.finditer(r"[,.!?…]\s+[—–-]{1,2}\s+(?P<c>[^—–«»]{3,120}?)(?=[,.]\s+"
                                 r"[—–-]{1,2}\s+)", inner):
                cue = self.dash_cue(g.inner_start + m.start("c"),
                                    g.inner_start + m.end("c") + 1, any_verb=True)
                if cue is not None and cue[1] is not None:
                    break
                cue = None
            if cue is None:
                after = text[g.end:min(se, g.end + _AFTER_QUOTE)]
                dm = _DASH_RE.match(after) or re.match(r"\s*,\s+(?=\w)", after)
                if dm and "—" not in dm.group() and "-" not in dm.group() and "–" not in \
                        dm.group():
                    # '"…", заявил X': no dash, so speech, and a verb of saying right there
                    first = re.match(r"\w+", after[dm.end():])
                    if (nwords >= 3 or re.search(r"[.!?…,]$", inner.rstrip())) and first and \
                            _is_verb(first.group()):
                        cue = self.dash_cue(g.end + dm.end(), se, any_verb=False)
                    dm = None
                if dm:
                    # «…», — сказал он: speech ends with punctuation; «Эха Москвы» - собираются
                    # … is a name before a dash
                    spoken = re.search(r"[,.!?…]$", inner.rstrip()) or \
                        after.lstrip()[:1] in ",.!?…" or nwords >= 4
                    cue = self.dash_cue(g.end + dm.end(), se, any_verb=bool(spoken))
                    if cue is not None and not spoken and re.match(
                            r"\w+\s*(?:,\s*что|:)\s", text[cue[2]:se]):
                        # "… фаворитов «Движения чаепития» — намекал, что …": a name in
                        # marks before an apposition's dash; the verb brings in its own words
                        cue = None
            colon = None
            if cue is None and text[ss:g.start].rstrip().endswith(":"):
                # "он крикнул: «…», украинцы в зале ответили: «…»": the words since the quote
                # before have their own cue
                colon = self.colon_cue(prev_end, g.start) if prev_end > ss else None
                if colon is None or colon[1] is None:
                    colon = self.colon_cue(ss, g.start)
            if cue is None and colon is None and nwords >= 2 and \
                    not re.match(r"\s*,\s*что\s", text[g.end:se]):
                # "мужчина кричит «…»": no colon (not "заявил «Ведомостям», что": whom to)
                colon = self.said_marks(ss, g.start)
            if cue is None and colon is None:
                naming = self.naming_cue(ss, g.start) or self.call_cue(ss, g.start)
                if naming is not None:  # (the sentence's reported speech is read whole)
                    self.emit(out, _Event(g.start, g.end, "mixed", *naming, True))
                    continue
            if cue is not None:
                verb, who, pos = cue
                self.emit(out, _Event(g.start, g.end, "direct", verb, who, pos, True))
                covered.append((g.start, g.end))
            elif colon is not None:
                verb, who, pos = colon[0], colon[1], colon[2]
                self.emit(out, _Event(g.start, g.end, "direct", verb, who, pos, True))
                covered.append((g.start, g.end))
            elif nwords >= 3 and re.search(r"[.!?…,]$", inner.rstrip()) or \
                    nwords >= 4 and (g.end - g.start) * 10 >= (se - ss) * 7:
                uncued.append(g)
        # reported speech in the text outside those quotes
        spans = _outside(ss, se, covered)
        n = len(out)
        for x, y in spans:
            if len(text[x:y].split()) < 5:
                continue
            self.reported(x, y, out, prev if (x, y) == (ss, se) else None)
        for g in uncued:
            # "X пишут, что …, когда «…»": the marks end what X is reported to say
            ind = next((ev for ev in out[n:] if not ev.direct and ev.start < g.start and
                        ev.end >= g.start - 2), None)
            if ind is not None:
                ind.end = max(ind.end, g.end)
                ind.mode = "mixed"
                continue
            self.emit(out, _Event(g.start, g.end, "direct", None, None, g.start, True))

    def naming_cue(self, s: int, e: int, colon: bool = False
                   ) -> tuple[str, _Speaker | None, int] | None:
        """``X назвал его «…»``, ``…, назвав его «…»``: the words in marks right after a verb
        of naming (and its object) are the subject's: (verb, speaker, its position).
        ``colon``: the words end in a colon before a quotation set apart (``X назвал её
        серьёзным ударом по правительству:``), so the verb may stand further back."""
        reach = 14 if colon else 9  # ("назвал решение X о переезде в Бельгию «…»")
        naming = _NAMING | DESCRIBING
        if not any(M.lemmas(_bare(t.group()).lower(), frozenset({"VERB", "GRND"})) & naming
                   for t in _tail_words(self.text, s, e, reach - 1)):
            return None  # (no verb of naming among the last words: the sentence is not read)
        toks = _words(self.text, s, e)
        words = [t.group() for t in toks]
        k = next((k for k in range(len(words) - 1, max(-1, len(words) - reach), -1)
                  if M.lemmas(_bare(words[k]).lower(), frozenset({"VERB", "GRND"})) & naming),
                 None)
        if k is None or any(w.endswith((",", ";", ":", ".", "!", "?"))
                            for w in words[k:len(words) - colon]):
            return None
        if not colon and M.lemmas(_bare(words[k]).lower(), frozenset({"VERB", "GRND"})) & \
                DESCRIBING and not (k + 1 < len(words) and _bare(words[-1]).lower() == "как"):
            return None  # (not "описал в «Исчезновении мужчин»": a title, no one's words)
        b0 = max((m + 1 for m in range(k) if words[m].endswith((",", ";", ":"))), default=0)
        if b0 < k and _bare(words[b0]).lower() in ("который", "которое", "которую",
                                                   "которые") and b0 + 1 < k:
            b0 += 1  # "документ, который ряд СМИ назвали «…»": the relative's own subject
        if any(_bare(w).lower().startswith("котор") for w in words[b0:k]):
            return None  # "Шкрели, которого когда-то называли «…»": no one in particular
        verb = _bare(words[k])
        gender = _verb_case_gender(verb)
        pos = toks[k].start()
        b1 = b0 + _lead_phrase(words[b0:k])  # "В своём блоге Иванов назвал …": no subject
        who = _mention(words[b1:k], None, gender, False, self.people, pos) if b1 < k else None
        c = 0
        while who is None and c < b0:  # "Президент, выступая …, назвал …": the first subject
            c1 = next((m + 1 for m in range(c, b0) if words[m].endswith(",")), b0)
            who = _mention(words[c:c1], None, gender, False, self.people, pos)
            c = c1
        return (verb, who, pos) if who is not None else None

    def said_marks(self, s: int, e: int) -> tuple[str, _Speaker | None, int, int] | None:
        """``мужчина кричит «…»``, ``спросил у неё «…»``: a verb of saying (not of writing)
        right before the marks at ``e``, with no colon, and its subject before it: (verb,
        speaker, its position, ``e``)."""
        last = re.search(r"(\w+)\s*$", self.text[max(s, e - 40):e])
        if last is None or not _finite(last.group(1)) or not _is_verb(last.group(1)) or \
                M.lemmas(last.group(1).lower(), frozenset({"VERB"})) & SAID_NOT_MARKS:
            return None  # (nothing but a verb of saying between it and the marks)
        if M.lemmas(last.group(1).lower(), frozenset({"VERB"})) & _THREATS and \
                not _opens_infinitive(self.text, e):
            return None  # "Ураган угрожает «полным разрушением»": a threat of a thing
        toks = _tail_words(self.text, s, e, 12)
        verb = _bare(toks[-1].group())
        words = [t.group() for t in toks[:-1]]
        b0 = max((m + 1 for m, w in enumerate(words) if w.endswith((",", ";", ":"))),
                 default=0)
        b0 = max(b0, max((m + 1 for m, w in enumerate(words)
                          if _bare(w).lower() in ("как", "что")), default=0))
        who = _mention(words[b0:], None, _verb_case_gender(verb), False, self.people,
                       toks[-1].start()) if b0 < len(words) else None
        return (verb, who, toks[-1].start(), e) if who is not None else None

    def call_cue(self, s: int, e: int) -> tuple[str, _Speaker | None, int] | None:
        """``Активисты вышли на площадь с призывом «…»``: words in marks right after ``с
        призывом``, ``с требованием``, ``с лозунгом``, ``со словами`` are the subject's of
        the verb before: (the cue, speaker, its position)."""
        m = _CALL_RE.search(self.text, s, e)
        if m is None:
            return None
        toks = _words(self.text, s, m.start())
        words = [t.group() for t in toks]
        k = next((k for k in range(len(words) - 1, -1, -1) if _finite(_bare(words[k])) and
                  M.parses(_bare(words[k]).lower())[0].tag.POS == "VERB"), None)
        if k is None or any(w.endswith((",", ";", ":", ".", "!", "?")) for w in words[k:]):
            return None
        b0 = max((j + 1 for j in range(k) if words[j].endswith((",", ";", ":"))), default=0)
        if b0 >= k or any(_bare(w).lower().startswith("котор") for w in words[b0:k]):
            return None
        pos = toks[k].start()
        gender = _verb_case_gender(_bare(words[k]))
        who = _mention(words[b0:k], None, gender, False, self.people, pos)
        if who is None and k + 1 < len(words):
            # "На площади собрались около 100 демонстрантов с криками «…»": after the verb
            who = _mention(words[k + 1:], None, gender, True, self.people, pos)
        cue = " ".join(m.group().split()[:2]).lower()
        return (cue, who, pos) if who is not None else None

    def colon_cue(self, s: int, e: int) -> tuple[str, _Speaker | None, int, int] | None:
        """The cue of words ending in a colon before a quotation (``X заявил:``, ``Как
        сообщил X:``, ``…, отметил X:``, ``Слова X:``)."""
        got = self.subject_cue(s, e, content_needed=False, colon=True) or self.kak_cue(s, e)
        if got is None or M.lemmas(got[0].lower(), frozenset({"VERB"})) & COLON_VERBS:
            got = self.inverted_colon_verb(s, e) or got
        if got is not None and got[0].lower().startswith(("цитир", "процитир")):
            # "The Guardian цитирует пресс-службу резиденции:": whom it quotes speaks
            obj = self.dash_cue(got[2], e, any_verb=False)
            if obj is not None and obj[1] is not None:
                got = (got[0], obj[1], got[2], got[3])
        tc = self.tail_cue(s, e) if got is None or "," in self.text[s:got[2]] else None
        if tc is not None and (got is None or tc[3] == got[2]):
            # "…, отметил Чистов:": the name after the verb, not a clause before the comma
            got = (tc[1], tc[2], tc[3], tc[0])
        if got is None:
            nm = self.naming_cue(s, e, colon=True)
            got = (*nm, e) if nm is not None else None
        return got or self.noun_cue(s, e) or self.inverted_cue(s, e) or self.label_cue(s, e)

    def label_cue(self, s: int, e: int) -> tuple[str, _Speaker | None, int, int] | None:
        """Words before a colon and a quotation that name who speaks with no verb of saying:
        a lone name with its role (``Глава ведомства Иван Петров: «…»``), a reply's noun and
        whose it is (``Ответ министра был краток: «…»``), a verb and the words it is put in
        (``X отшучивается словами: «…»``, ``X отреагировал так: «…»``)."""
        toks = _words(self.text, s, e)
        words = [t.group() for t in toks]
        if not words or not words[-1].endswith(":"):
            return None
        who = self.label(words, s)
        if who is not None:
            return ":", who, s, e
        m = _PUT_IN_RE.search(self.text, s, e)
        if m is not None:
            n = len(_words(self.text, s, m.start()))
            k = next((k for k in range(n - 1, max(-1, n - 6), -1)
                      if _finite(_bare(words[k])) and
                      M.parses(_bare(words[k]).lower())[0].tag.POS == "VERB"), None)
            if k is not None and (m.group("words") or M.lemmas(
                    _bare(words[k]).lower(), frozenset({"VERB"})) & (REPORTING | PUTTING_VERBS)) \
                    and not any(w.endswith((",", ";", ":", ".", "!", "?")) for w in words[k:n]):
                b0 = max((j + 1 for j in range(k) if words[j].endswith((",", ";", ":"))),
                         default=0)
                gender = _verb_case_gender(_bare(words[k]))
                if b0 == k - 1 and b0 > 0 and _bare(words[b0]).lower() in _RELATIVE and \
                        words[b0 - 1].endswith(","):
                    # "… Петрова, который отшучивается словами:": the relative's antecedent
                    who = self.relative_antecedent(words[:b0], gender, toks[k].start())
                    if who is not None:
                        return _bare(words[k]), who, toks[k].start(), e
                elif b0 < k and not any(_bare(w).lower().startswith("котор")
                                        for w in words[b0:k]):
                    who = _mention(words[b0:k], None, gender, False, self.people,
                                   toks[k].start())
                    if who is not None:
                        return _bare(words[k]), who, toks[k].start(), e
        for k, w in enumerate(words[:6]):
            if not M.lemmas(_bare(w).lower(), frozenset({"NOUN"})) & REPLY_NOUNS or \
                    w.endswith((",", ";", ".")):
                continue
            pos = toks[k].start()
            if k > 0 and _bare(words[k - 1]).lower() in _OBLIQUE_PRON:
                who = self.people.pronoun(_OBLIQUE_PRON[_bare(words[k - 1]).lower()], pos)
            else:
                j = k + 1  # whose: the words after it, up to a verb or a stop
                while j < len(words) and j < k + 7 and not words[j - 1].endswith(
                        (",", ";", ":", ".")) and not any(
                        p.tag.POS in ("VERB", "ADJS", "PRTS", "PREP", "CONJ")
                        for p in M.parses(_bare(words[j]).lower())[:1]):
                    j += 1
                who = _mention(words[k + 1:j], "gent", None, True, self.people, pos) \
                    if j > k + 1 else None
            if who is not None:
                return _bare(w), who, pos, e
            return None
        return None

    def label(self, words: list[str], pos: int) -> _Speaker | None:
        """A lone name, with its role, standing for who speaks (``Владелец магазина Иван
        Петров:``): at most eight words, no finite verb, a name that ends them."""
        runs = _name_runs(words)
        if len(words) <= 8 and runs and runs[-1][1] == len(words) and not any(
                _finite(_bare(w)) for w in words):
            return _mention(words, "nomn", None, False, self.people, pos)
        return None

    @staticmethod
    def publishes_words(words: list[str], k: int) -> bool:
        """Whether ``words[k]`` publishes a text of someone's words, its object among the few
        words after it (``распространил следующее видеообращение к Президенту``)."""
        if not M.lemmas(_bare(words[k]).lower(), frozenset({"VERB"})) & COLON_DOC_VERBS:
            return False
        return any(lem in _SPEECH_DOCS or lem.endswith(("обращение", "заявление"))
                   for w in words[k + 1:k + 5] for lem in M.lemmas(_bare(w).lower(),
                                                                   frozenset({"NOUN"})))

    def inverted_colon_verb(self, s: int, e: int) -> tuple[str, _Speaker | None, int, int] | None:
        """``Также X поздравил его учитель Y:``, ``Гостей приветствовал губернатор Y:``: whom
        a verb that brings in a quotation greets comes first, not in the nominative; the one
        who speaks after the verb."""
        toks = _words(self.text, s, e)
        k = next((k for k, t in enumerate(toks[:20]) if M.lemmas(
            _bare(t.group()).lower(), frozenset({"VERB"})) & COLON_VERBS), None)
        if k is None or self.nominative_before(s, toks[k].start()):
            return None
        after = [t.group() for t in toks[k + 1:]]
        if after and _bare(after[0]).lower() in _OBLIQUE_PRON:
            after = after[1:]  # "его учитель": whose teacher, not who
        verb = _bare(toks[k].group())
        who = _mention(after, None, _verb_case_gender(verb), True, self.people,
                       toks[k].start()) if after else None
        return (verb, who, toks[k].start(), e) if who is not None else None

    def nominative_before(self, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` holds a capitalised word that may be a subject: a name whose
        run of words is in the nominative, or another word that may be."""
        words = [_bare(w.group()) for w in _words(self.text, s, e)]
        runs = _name_runs(words)
        in_run = {i for a, b in runs for i in range(a, b)}
        return any(M.run_case(words[a:b]) == "nomn" for a, b in runs) or any(
            w[:1].isupper() and i not in in_run and M.may_be(w, "nomn")
            for i, w in enumerate(words))

    def inverted_cue(self, s: int, e: int) -> tuple[str, _Speaker | None, int, int] | None:
        """``Впечатления от концерта резюмировал журналист X, …:``: a verb of saying after
        its object, its subject after it."""
        for t in _words(self.text, s, e)[1:12]:
            w = _bare(t.group())
            if _finite(w) and _is_verb(w):
                got = self.dash_cue(t.start(), e, any_verb=False)
                if got is not None and got[1] is not None:
                    return got[0], got[1], got[2], e
                return None
        return None

    def set_off(self, last: dict[int, tuple[int, int]], out: list[_Event]) -> None:
        """``Он сказал:`` ending a paragraph and the quotation in the next one, set apart
        without marks (as long quotations are set in many news sites): the next paragraph
        is the speaker's direct speech. The speaker is the one the colon's sentence named
        (its cue, ``По его словам, …:``, or a lone ``Хозяин плантации Джино Дескальси:``);
        a next paragraph that opens with quotation marks keeps its own quotes."""
        text, paras = self.text, paragraph_spans(self.text)
        for k, (ss, se) in sorted(last.items()):
            colon = se
            while colon > ss and text[colon - 1].isspace():
                colon -= 1
            if k + 1 >= len(paras) or colon <= ss or text[colon - 1] != ":":
                continue
            ps, pe = paras[k + 1]
            if text[ps] in "—–-":
                continue  # a dialogue line reads itself
            if text[pe - 1] == ":":
                continue  # another cue line ("В заявлении говорится:"): the quotation after it
            mine = [ev for ev in out if ps <= ev.start < pe]
            marked = text[ps] in "«„\"“"
            if marked and any(ev.direct and ev.cue is not None for ev in mine):
                continue  # the paragraph's quotes have cues of their own
            own = [ev for ev in out if ss <= ev.cue_pos < se and ev.who is not None
                   and not ps <= ev.start < pe]
            got: tuple[str | None, _Speaker | None, int] | None = None
            if own and (own[-1].cue or "") in ("по данным", "по информации", "по сообщениям"):
                # "По данным канала X, водитель Y объясняет аварию так:": the subject of
                # the colon's verb speaks, X only reports it
                cc = self.colon_cue(ss, colon - 1)
                if cc is not None and cc[1] is not None and cc[2] > own[-1].cue_pos:
                    got = cc[0], cc[1], cc[2]
            if got is not None:
                pass
            elif own:
                got = own[-1].cue, own[-1].who, own[-1].cue_pos
            else:
                cc = self.colon_cue(ss, colon - 1)
                if cc is not None and cc[1] is not None:
                    got = cc[0], cc[1], cc[2]
                else:
                    words = [w.group() for w in _words(text, ss, colon - 1)]
                    who = self.label(words, ss)
                    if who is not None:
                        got = (":", who, ss)
                    elif not marked and _first_person(text[ps:pe]):
                        # "Певица X присоединилась к поздравлениям:" and a paragraph in the
                        # first or second person: the colon's subject speaks, whatever its verb
                        # (a person the sentence names in the nominative: not "Сделка нашла
                        # одобрение X:", nor a role that stands for someone named before)
                        who = self.sentence_subject(colon - 1)
                        key = self.people.key_of(who.name.split()) if who is not None and \
                            who.name else None
                        got = (":", who, ss) if who is not None and key is not None and \
                            self.people.persons[key].gender is not None and any(re.search(
                                r"(?<!\w)" + re.escape(part) + r"(?!\w)",
                                text[ss:colon].lower()) is not None
                                for part in key.split()) else None  # (or "Владислав" alone)
            if got is None:
                continue
            verb, who, pos = got
            if not marked and not _first_person(text[ps:pe]) and any(
                    ev.cue is not None and ev.who is not None and who is not None and
                    bool(ev.who.name) and ev.who.name != who.name and (
                        self.speaks_of(ev.who.name or "", ps, pe) or
                        # ("Как говорят знакомые артиста, …": a group named as the text has it)
                        len((ev.who.name or "").split()) > 1 and
                        (ev.who.name or "") in text[ps:pe] or
                        # ("СМИ тогда писали, что …": a body's short name in capitals)
                        (ev.who.name or "").isupper() and re.search(
                            r"\b" + re.escape(ev.who.name or "") + r"\b", text[ps:pe]) is not None)
                    for ev in mine):
                # a paragraph in the third person that reports the words of others it names
                # ("По словам главы ведомства X, …") is narration, not the quotation (not
                # "Он говорил, что …": the speaker retelling another's words)
                continue
            if marked:
                for ev in mine:
                    if ev.direct and ev.cue is None:
                        ev.who, ev.cue, ev.cue_pos = who, verb, pos
                continue
            # the whole paragraph is the quotation: what it reports others to say
            # ("Как-то он сказал: «…»") is inside it
            for ev in mine:
                out.remove(ev)
            self.emit(out, _Event(ps, pe, "direct", verb, who, pos, True))
            # the quotation goes on in the paragraphs after it that speak in the first or
            # second person ("Наши мысли – с семьями тех, кто пострадал. Тебя всегда будет
            # не хватать."), as the narration of a news text does not
            for ns, ne in paras[k + 2:k + 6]:
                if text[ns] in "«„\"“—–-=" or text[ne - 1] == ":" or \
                        any(ns <= ev.start < ne for ev in out) or \
                        not _first_person(text[ns:ne]):
                    break
                self.emit(out, _Event(ns, ne, "direct", verb, who, pos, True))

    def noun_cue(self, s: int, e: int) -> tuple[str, _Speaker | None, int, int] | None:
        """``Слова Сагдеева из интервью: «…»``, ``отрывок из его интервью: «…»``: a noun of
        speech or of a text before a colon, and whose words they are (a name in the genitive
        after it, or a possessive pronoun before it)."""
        toks = _words(self.text, s, e)
        words = [m.group() for m in toks]
        for k, w in enumerate(words):
            if not M.lemmas(_bare(w).lower(), frozenset({"NOUN"})) & _SPEECH_DOCS:
                continue
            pos = toks[k].start()
            if k > 0 and _bare(words[k - 1]).lower() in _OBLIQUE_PRON:
                got = self.people.pronoun(_OBLIQUE_PRON[_bare(words[k - 1]).lower()], pos)
                if got is not None:
                    return _bare(w), got, pos, e
            runs = _name_runs(words[k + 1:k + 5])
            if runs and runs[0][0] == 0:
                who = _mention(words[k + 1:k + 1 + runs[0][1]], "gent", None, True,
                               self.people, pos)
                if who is not None:
                    return _bare(w), who, pos, e
        return None

    def kak_cue(self, s: int, e: int) -> tuple[str, _Speaker | None, int, int] | None:
        m = _KAK_RE.search(self.text, s, e)
        if m is None or not _is_verb(m.group("verb")):
            return None
        verb = m.group("verb").lower()
        if verb.endswith(("ся", "сь")) and M.lemmas(verb) & _IMPERSONAL and \
                re.match(r"[Вв]о?\s", m.group("np")):
            # "Как отмечается в материалах банка:": the document, or whose it is
            who = self.impersonal(m.start("np"), m.end())
            if who is not None:
                return m.group("verb"), who, m.start(), m.end()
        gender = _verb_case_gender(m.group("verb"))
        np = m.group("np").split()
        at = next((k for k, w in enumerate(np) if w.lower() in ("в", "во", "на")), None)
        if at is not None and at > 0 and gender != "plur" and any(
                i > at + 1 for i, _j in _name_runs(_unbracketed(np))):
            at = None  # "куратор музея По в Балтиморе Джефф Джером": a place inside the post
        who = None
        if at is not None and at > 0:  # "как заявили наблюдатели от ОБСЕ в Европе"
            who = _mention(np[:at], None, gender, True, self.people, m.start())
            if who is not None and (who.name or "").startswith(("«", '"')):
                who = None  # "как уточнили «Интерфаксу» в ведомстве": the addressee
        if who is None and at is not None and (at == 0 or gender == "plur"):
            # "как рассказали в пресс-службе", "как уточнили «Интерфаксу» в ведомстве"
            who = _mention(np[at + 1:], "loct", None, True, self.people, m.start())
        if who is None and gender == "plur" and len(np) > 1 and np[0].lower() in ("из", "от"):
            # "Как сообщили из федеральной прокуратуры, …": the body the words came from
            who = _mention(np[1:], "gent", None, True, self.people, m.start())
        if who is None:
            who = _mention(np, None, gender, True, self.people, m.start())
            if who is not None and who.name and not _name_runs(np) and not any(
                    w.lower() in _PRONOUNS for w in np) and self.speaks_of(who.name, m.end(), e):
                who = _Speaker(" ".join(_bare(w) for w in np), None, None)  # (as in
                # ``subject_cue``: "Как заявил министр, у Чавеса …" is not Чавес's)
        ref = self.citing(m.start(), m.end())
        return (m.group("verb"), ref or who, m.start(), m.end()) if (ref or who) else None

    def second_speaker(self, cs: int, e: int) -> tuple[int, _Event | None]:
        """``Петров заявил, что …, а Смирнова добавила, что …`` (``Как сообщило агентство,
        …, однако врач добавил, что …``): where the first speaker's words end, and the
        second speaker's, when a clause after ``а``, ``но``, ``и``, ``однако`` has a cue."""
        for cm in re.finditer(r",\s+(?:а|но|и|однако)\s+", self.text[cs:e]):
            nxt = self.subject_cue(cs + cm.end(), e)
            if nxt is not None and nxt[2] - (cs + cm.end()) < 60:
                return cs + cm.start(), _Event(nxt[3], e, "indirect", nxt[0], nxt[1], nxt[2],
                                               False)
        # "Критики говорят, что …, сторонники пишут, что …": a clause of its own after a
        # comma, a short subject and its verb of saying before "что"
        for cm in re.finditer(r",\s+(?=[а-яё])(?!(?:что|чтобы|котор|как|когда|если|где|"
                              r"чем|пока|хотя|то|и|а|но|или)\b)", self.text[cs:e]):
            at = cs + cm.end()
            nxt = self.subject_cue(at, e)
            if nxt is not None and nxt[1] is not None and nxt[2] - at < 40 and \
                    "," not in self.text[at:nxt[2]] and \
                    re.fullmatch(r"\w+,\s*что\s*", self.text[nxt[2]:nxt[3]]):
                return cs + cm.start(), _Event(nxt[3], e, "indirect", nxt[0], nxt[1], nxt[2],
                                               False)
        return e, None

    def ob_etom(self, s: int, e: int, out: list[_Event], prev: tuple[int, int] | None) -> bool:
        """``Об этом заявил X`` (``Это сообщила X``) in ``text[s:e]``: X said the sentence
        before (``prev``, when it has no cue of its own); True when that was kept."""
        m = _OB_ETOM_RE.match(self.text, s, e)
        eto = m is None
        if m is None:  # "Это сообщила мать спортсменки …": "это" and a verb of saying
            m = _ETO_RE.match(self.text, s, e)
            if m is None or not _is_verb(m.group("verb")):
                return False
        got = self.dash_cue(m.start("rest"), e, any_verb=False)
        if not eto and (got is None or got[1] is None):
            # "Об этом в интервью телеканалу CNN заявил госсекретарь X": the cue after
            # the circumstances
            v = next((t for t in _words(self.text, m.start("rest"), e)[:10]
                      if _is_verb(_bare(t.group()))), None)
            if v is not None:
                got = self.dash_cue(v.start(), e, any_verb=False) or got
        sv = None if eto else self.subject_cue(m.start("rest"), e, content_needed=False)
        if sv is not None and (got is None or got[1] is None or sv[2] < got[2]):
            got = sv[:3]
        if got is not None and got[1] is not None and prev is not None:
            self.emit(out, _Event(prev[0], prev[1], "indirect", got[0], got[1], got[2], False))
            # "Об этом сообщил X, отметив, что …": what the gerund of saying brings in is his
            g = re.search(r",\s+(?P<g>\w+),?\s+что,?\s+", self.text[m.start("rest"):e])
            if g is not None and _is_verb(g.group("g"), gerund=True) and any(
                    p.tag.POS == "GRND" for p in M.parses(g.group("g").lower())[:1]) and \
                    len(self.text[m.start("rest") + g.end():e].split()) >= 2:
                self.emit(out, _Event(m.start("rest") + g.end(), e, "indirect", g.group("g"),
                                      got[1], m.start("rest") + g.start("g"), False))
            return True
        if got is not None and got[1] is not None:
            # the sentence before had a cue of its own ("Соседи считают, что …"): the one
            # named here said it all the same, and is the one a role or pronoun after means
            key = self.people.key_of(got[1].name.split()) if got[1].name else None
            if key is not None:
                self.people.spoke(got[2], key)
        return False

    def participle_cue(self, s: int, e: int, out: list[_Event]) -> bool:
        """``…, прокомментировал Олег Смирнов, отметивший, что …``: a participle of saying
        set off by commas after a name speaks for it (the name in the participle's case and
        gender); True when kept."""
        text = self.text
        for m in re.finditer(r",\s+(?P<p>\w+),\s+что,?\s+", text[s:e]):
            ps = [p for p in M.parses(m.group("p").lower())[:2]
                  if p.tag.POS == "PRTF" and "actv" in p.tag and p.normal_form in REPORTING]
            if not ps:
                continue
            lead = text[s:s + m.start()]
            clause = re.split(r"[,;:—]\s+|\s+и\s+", lead)[-1].split()[-6:]
            case = ps[0].tag.case
            gender = str(ps[0].tag.gender) if ps[0].tag.number == "sing" else "plur"
            case = str(case)
            who = _mention(clause, None if case == "nomn" else case, gender, True,
                           self.people, s + m.start("p"))
            if who is None or not who.name or not who.name[:1].isupper():
                continue
            self.emit_reported(out, s + m.end(), e, m.group("p"), who, s + m.start("p"))
            return True
        return self.participle_about(s, e, out)

    def participle_about(self, s: int, e: int, out: list[_Event]) -> bool:
        """``…лидеров движения, заявлявшего о необходимости …``: a participle of declaring
        with ``о`` after a comma reports what the noun phrase before the comma, which it
        agrees with (a body's noun, a person's, or a name in marks), declared; True when
        kept."""
        text = self.text
        for m in re.finditer(r"(?P<np>(?:\S+\s+){0,3}\S+),\s+(?P<p>\w+)\s+(?:о|об)\s+\w",
                             text[s:e]):
            ps = [p for p in M.parses(m.group("p").lower())[:2]
                  if p.tag.POS == "PRTF" and "actv" in p.tag and p.normal_form in _DECLARE]
            if not ps:
                continue
            case, number = str(ps[0].tag.case), ps[0].tag.number
            genders = {p.tag.gender for p in M.parses(m.group("p").lower())
                       if p.tag.POS == "PRTF" and case in p.tag}
            words = m.group("np").split()
            if _name_runs(words[-3:]) and _name_runs(words[-3:])[-1][1] == len(words[-3:]):
                # "Министр Иван Петров, заявивший о …": the person, in the participle's case
                who = _mention(words, None if case == "nomn" else case,
                               "plur" if number == "plur" else None, True, self.people,
                               s + m.start("p"))
                if who is None or not who.name:
                    continue
                cs = s + m.end("p") + 1
                end = text.find(",", cs, e)
                self.emit(out, _Event(cs, end if end > 0 else e, "indirect", m.group("p"),
                                      who, s + m.start("p"), False))
                return True
            a = len(words) - 1
            if words[a].endswith("»"):  # a name in marks: from its opening mark
                while a > 0 and not words[a].startswith("«"):
                    a -= 1
                if not words[a].startswith("«"):
                    continue
            last = _bare(words[-1]).lower()
            head = [p for p in M.parses(last)[:2] if p.tag.POS == "NOUN" and case in p.tag and
                    number in p.tag and (number == "plur" or p.tag.gender in genders)]
            if not head or not (words[a].startswith("«") or "anim" in head[0].tag or
                                head[0].normal_form in SPEAKING_BODIES):
                continue
            while a > 0 and any(p.tag.POS == "ADJF" and case in p.tag for p in
                                M.parses(_bare(words[a - 1]).lower())[:1]):
                a -= 1
            np = words[a:]
            if np[0].startswith("«") and np[-1].endswith("»"):
                name = "«" + " ".join(M.nominative_phrase([_bare(w) for w in np], case)) + "»"
            else:
                name = " ".join(M.nominative_phrase([_bare(w) for w in np], case))
            cs = s + m.end("p") + 1
            end = text.find(",", cs, e)
            self.emit(out, _Event(cs, end if end > 0 else e, "indirect", m.group("p"),
                                  _Speaker(name, None, None), s + m.start("p"), False))
            return True
        return False

    def tail_then_gerund(self, s: int, e: int, out: list[_Event]) -> bool:
        """``…, сообщило агентство X, добавив, что …``: the words before the cue clause and
        those after the gerund's ``что`` are both the cue's subject's; True when kept."""
        text = self.text
        for m in re.finditer(r",\s+", text[s:e]):
            at = s + m.start()
            if len(text[s:at].split()) < 4:
                continue
            got = self.dash_cue(s + m.end(), e, any_verb=False)
            if got is None or got[1] is None or got[2] - (s + m.end()) > 25:
                continue
            g = _GERUND_THAT_RE.match(text, s + m.end(), e)
            if g is None or not any(p.tag.POS == "GRND"
                                    for p in M.parses(g.group("g").lower())[:1]) or \
                    not _is_verb(g.group("g"), gerund=True):
                return False
            verb, who, pos = got
            self.emit(out, _Event(s, at, "indirect", verb, who, pos, False))
            self.emit(out, _Event(g.end(), e, "indirect", g.group("g"), who, s + g.start("g"),
                                  False))
            return True
        return False

    def fronted_about(self, s: int, e: int, out: list[_Event]) -> bool:
        """``О смерти актёра сообщила его дочь.``: what was declared (a noun phrase in the
        prepositional case) fronted after ``о``, then a verb of declaring (not of telling:
        ``О встрече рассказал X`` names a topic) and its subject; True when kept."""
        toks = _words(self.text, s, e)[:10]
        if len(toks) < 4 or _bare(toks[0].group()).lower() not in ("о", "об", "обо") or \
                _bare(toks[1].group()).lower() in ("этом", "чём", "чем", "том", "нём", "нем",
                                                    "ней", "них"):
            return False
        np_end = toks[1].end()  # where the noun phrase ends (adverbs may follow it)
        adverbs = False
        pp = 0  # the words left of a prepositional phrase after it ("О пропаже в полицию")
        for k in range(2, len(toks) - 1):
            w = toks[k - 1].group()
            if w.endswith((",", ";", ":", ".", "!", "?", "…")):
                return False
            bw = _bare(toks[k].group()).lower()
            if pp:
                pp -= 1
                continue
            if bw in ("в", "во", "на") and k + 2 < len(toks) and \
                    not _bare(toks[k + 1].group())[:1].isupper():
                adverbs, pp = True, 1  # (where it was said to: no part of what was)
                continue
            if k > 2 and _bare(toks[k].group())[:1].isupper() and k + 1 < len(toks) and \
                    M.lemmas(_bare(toks[k + 1].group()).lower(), frozenset({"VERB"})) & \
                    _DECLARE and not re.search(r"(?:^|\W)что\W", self.text[toks[k].end():e]):
                # (not "…, сообщив, что …": the words the sentence goes on to report)
                # "О её назначении Мадуро объявил …": a name right before the verb is its
                # subject
                who = _mention([_bare(toks[k].group())], None,
                               _verb_case_gender(_bare(toks[k + 1].group())), False,
                               self.people, toks[k + 1].start())
                if who is not None:
                    self.emit(out, _Event(s, np_end, "indirect", _bare(toks[k + 1].group()),
                                          who, toks[k + 1].start(), False))
                    return True
            if not _is_verb(bw):
                # the fronted words are one noun phrase in the prepositional case and its
                # genitive dependents (not "О нынешнем аресте первыми сообщили"), then
                # adverbs ("О кончине певца только сейчас сообщили")
                if any(p.tag.POS in ("ADVB", "PRCL") for p in M.parses(bw)[:1]):
                    adverbs = True
                elif not adverbs and (M.can_be(bw, "loct") or M.can_be(bw, "gent") or
                                      not M.known(bw)):
                    np_end = toks[k].end()
                else:
                    return False
                continue
            if not M.lemmas(bw, frozenset({"VERB"})) & _DECLARE:
                return False
            got = self.dash_cue(toks[k].start(), e, any_verb=False)
            if got is None or got[1] is None:
                return False
            self.emit(out, _Event(s, np_end, "indirect", got[0], got[1], got[2], False))
            return True
        return False

    def po_no_comma(self, s: int, e: int) -> tuple[_Speaker, int] | None:
        """The source after ``По словам`` with no comma after it (``По словам Роналду ни
        одна …``): the words from ``s`` that can stand in the genitive (at most six), and
        where the words that follow them start, when at least three follow."""
        toks = list(islice(_iter_words(self.text, s, e), 10))
        n = 0
        while n < min(6, len(toks)):
            w = toks[n].group()
            b = _bare(w)
            if w.endswith((",", ";", ":")):
                return None  # the comma is there: ``_PO_RE`` reads it
            if n == 0 and b.lower() in _OBLIQUE_PRON and len(toks) > 1:
                n += 1  # "По словам его супруги Анны Ивановой он …": his wife's words
                continue
            if n > 0 and b[:1].isupper() and _bare(toks[n - 1].group())[:1].islower() and (
                    M.is_first_name(b) and M.may_be_name(b, "nomn") or
                    # ("По сведениям некоторых изданий Кинчев находится …")
                    M.is_person_word(b) and M.may_be_name(b, "nomn") and n + 1 < len(toks) and
                    _finite(_bare(toks[n + 1].group()))):
                break  # "По словам врачей Ричард Бах находился …": the subject after them
            if not b or w.endswith((".", "!", "?", "…")) or b.lower() in _PREPS or \
                    b.lower() in _CLAUSE_WORDS or \
                    not (M.can_be(b.lower(), "gent") and not any(
                        p.tag.POS in _ADVERB_TAGS or p.tag.POS == "NPRO"
                        for p in M.parses(b.lower())[:1]) or
                         M.is_person_word(b)):
                break
            n += 1
        if n == 0 or n == len(toks) or len(self.text[toks[n].start():e].split()) < 3 or \
                toks[n - 1].group().endswith((",", ".", ";", ":")):
            return None
        own = int(_bare(toks[0].group()).lower() in _OBLIQUE_PRON)  # ("его супруги")
        if n <= own:
            return None
        who = _mention([t.group() for t in toks[own:n]], "gent", None, True, self.people,
                       toks[own].start())
        return (who, toks[n].start()) if who is not None else None

    def po_relative(self, s: int, e: int, out: list[_Event], prev: tuple[int, int] | None
                    ) -> bool:
        """``…, с Анной Ивановой, по словам которой, переговоры …``: the relative's
        antecedent (the name or person's noun right before its comma) said what follows, and
        the words before keep their own cue; ``По словам последнего, …``: the person named
        last before, of the pronoun's gender."""
        sent = self.text[s:e]
        m = _PO_REL_RE.search(sent)
        if m is None or len(sent[m.end():].split()) < 2:
            return False
        pos = s + m.start()
        gender = "femn" if (m.group("rel") or m.group("last")).endswith(("ой", "ей")) else "masc"
        head = sent[:m.start()].rstrip()
        if m.group("rel"):
            if not head.endswith(","):
                return False
            who = self.relative_antecedent([t.group() for t in _words(self.text, s, s + len(head))],
                                           gender, pos)
        else:
            people = self.people
            key = next((k for p, k, _s in people.before(pos) if pos - p < 400 and
                        people.full(k).gender in (None, gender)), None)
            who = _speaker(people, key) if key is not None else None
        if who is None:
            return False
        cue = " ".join(m.group().split()[:3]).rstrip(",").lower()
        self.emit_reported(out, s + m.end(), e, cue, who, pos)
        if m.group("rel") and len(head.split()) >= 5:
            self.reported(s, s + len(head) - 1, out, prev)  # "X заявил, что …, по словам которой"
        return True

    def reported(self, s: int, e: int, out: list[_Event], prev: tuple[int, int] | None) -> None:
        text = self.text
        sent = text[s:e]
        if self.po_relative(s, e, out, prev):
            return
        m = _PO_RE.search(sent) or _PO_BARE_RE.search(sent)
        po_lead = _PO_LEAD_RE.match(sent)
        if po_lead is not None and (m is None or m.start() == po_lead.start() and
                                    m.group("np") and any(
                _finite(_bare(w)) and M.parses(_bare(w).lower())[0].tag.POS == "VERB"
                for w in m.group("np").split())):
            # "По мнению правоохранительных органов преступление было …" (no comma): the
            # source is the genitive words after the noun, what they say starts after them
            no_comma = self.po_no_comma(s + po_lead.end(), e)
            if no_comma is not None:
                cue = " ".join(po_lead.group().split()[:2]).lower()
                self.emit(out, _Event(no_comma[1], e, "indirect", cue, no_comma[0],
                                      s + po_lead.start(), False))
                return
        # "Об этом она рассказала …, где, по её словам, …": the sentence before is hers, and
        # so is what follows "по её словам"
        ob_etom = m is not None and self.ob_etom(s, e, out, prev)
        if m and m.start() > 3:
            # "Японская полиция, по данным газеты, отметила, что …": the subject speaks
            sc = self.subject_cue(s, e)
            if sc is not None and sc[2] >= s + m.end():
                verb, who, pos, cs = sc
                self.emit(out, _Event(cs, e, "indirect", verb, who, pos, False))
                return
            if sc is not None and m.group("pron") and sc[2] < s + m.start() and \
                    sc[3] < s + m.start() and sc[1] is not None:
                # "Адвокат признал, что …, но, по его словам, …": "его" is the subject's,
                # and all the words after "что" are his
                verb, who, pos, cs = sc
                self.emit(out, _Event(cs, e, "indirect", verb, who, pos, False))
                return
        if m and m.start() <= 3:
            # "По их словам, канцлер напомнила, что …": what the subject right after the
            # source is reported to have said is the subject's
            sc = self.subject_cue(s + m.end(), e)
            if sc is not None and sc[1] is not None and sc[2] - (s + m.end()) < 60 and \
                    "," not in self.text[s + m.end():sc[2]]:
                self.emit_reported(out, sc[3], e, sc[0], sc[1], sc[2])
                return
        if m:
            pron = m.group("pron")
            pos = s + m.start()
            if pron:
                who = self.previous_plural(pos) if pron.lower() == "их" else None
                if who is None and m.start() > 3 and pron.lower() != "их":
                    # "Мотивом Петров назвал …, или, по его словам, …": the person the
                    # sentence opened with, of the pronoun's gender
                    subj = self.sentence_subject(pos)
                    key = self.people.key_of(subj.name.split()) if subj and subj.name \
                        else None
                    g = self.people.persons[key].gender if key is not None else None
                    if key is not None and g in (None, _OBLIQUE_PRON[pron.lower()]):
                        who = subj
                if who is None:
                    who = self.people.pronoun(_OBLIQUE_PRON[pron.lower()], pos)
            else:
                # "главного редактора (news.rambler.ru) Максима Токарева": no brackets
                np = undeferential(re.sub(r"\([^)]*\)|\(.*$", " ", m.group("np") or "").split())
                runs = _name_runs(np)
                cut = next((a for a, b in runs if a > 0 and b - a > 1 and
                            np[a - 1][:1].islower() and M.run_case(np[a:b]) == "nomn"), None)
                if cut is not None:
                    np = np[:cut]  # "По данным следствия Ахмад Рахами, …": the subject after
                who = _mention(np, "gent", None, True, self.people, pos) if np else None
                if len(np) > 1 and _bare(np[0]).lower() in ("с", "со", "из") and any(
                        p.tag.POS == "NOUN" and "inan" in p.tag and "gent" in p.tag
                        for p in M.parses(_bare(np[1]).lower())[:1]):
                    # "По информации с сайта мэра города, …": where it was read (the site,
                    # with whose it is), not the one the site belongs to
                    who = _Speaker(" ".join(M.nominative_phrase([_bare(x) for x in np[1:]],
                                                                "gent")), None, None)
                if who is not None and who.name and np and not _name_runs(np) and \
                        np[0][:1].islower() and self.speaks_of(who.name, s + m.end(), e):
                    # "По мнению автора петиции, Петров «…»": a post is not the main figure
                    # its content speaks of
                    who = _Speaker(" ".join(M.nominative_phrase([_bare(x) for x in np], "gent")),
                                   None, None)
            if who is not None:
                cs = s + m.end()
                rel = re.match(r"котор\w+\s[^,.;:!?]*,\s*", text[cs:e])
                if rel is not None and len(text[cs + rel.end():e].split()) >= 3:
                    cs += rel.end()  # "по словам X, который возил его, агенты …": the
                    # relative clause is part of who X is
                lead_words = re.findall(r"\w+", sent[:m.start()])
                if m.start() > 0 and sent[:m.start()].strip(" ,(") and \
                        not re.match(r"\W*$", sent[:m.start()]) and not all(
                            any(p.tag.POS in ("CONJ", "PRCL", "INTJ") for p in
                                M.parses(w.lower())[:1]) for w in lead_words):
                    # (not "Однако, по словам X, …": a conjunction before it opens no words)
                    cs = s  # "Их первой жертвой, по словам президента, …": the whole sentence
                n_cue = (3 if pron else 2) + bool(m.groupdict().get("adj"))
                cue = " ".join(m.group().split()[:n_cue]).rstrip(",").lower()
                # "По данным ФБР, …, а Тан сказал сослуживцу, что …": the second's own words
                self.emit_reported(out, cs, e, cue, who, pos)
                return
        m = _PO_END_RE.search(sent)
        if m and len(sent[:m.start()].split()) >= 3:
            who = _mention(m.group("np").split(), "gent", None, True, self.people,
                           s + m.start())
            if who is not None:
                cue = " ".join(re.sub(r"^\W+", "", m.group()).split()[:2]).lower()
                self.emit(out, _Event(s, s + m.start(), "indirect", cue, who, s + m.start(),
                                      False))
                return
        m = _SOGL_RE.search(sent)
        # (or set off by commas inside the sentence: "…, в результате чего, согласно
        # материалам следствия, было найдено …": the whole sentence)
        inside = m is not None and m.start() >= 3 and sent[:m.start()].rstrip().endswith(",") \
            and self.subject_cue(s, e) is None and self.kak_cue(s, e) is None and \
            self.tail_cue(s, e) is None  # (a cue of its own speaks: "…, сообщает X.")
        if m and (m.start() < 3 or inside):
            np = m.group("np").split()
            who = _mention(np, "gent", None, True, self.people, s + m.start())
            if who is None and np and M.lemmas(np[0].lower(), frozenset({"NOUN"})) & \
                    (_CITED_DOCS - {"данные", "информация", "сведения"} | {"документ"} |
                     LEGAL_DOCS) and any(
                    p.tag.case == "datv" for p in M.parses(np[0].lower())[:2]):
                # "Согласно материалам уголовного дела, …": the document (in the dative)
                # itself, with its dependents
                who = _Speaker(" ".join(M.nominative_phrase(np[:4], "datv")), None, None)
            if who is None and np and np[0][:1].isupper() and any(
                    p.tag.case == "gent" and p.normal_form in SPEAKING_BODIES
                    for p in M.parses(np[0].lower())[:2]):
                # "Согласно данным Организации Объединённых наций": a body's name of words
                # in capitals, its head in the nominative
                who = _Speaker(" ".join(M.nominative_phrase(np[:6], "gent")), None, None)
            if who is not None:
                cue = "согласно" if m.group()[:1] in "Сс" else "в соответствии с"
                self.emit(out, _Event(s if inside else s + m.end(), e, "indirect", cue,
                                      who, s + m.start(), False))
                return
        k = self.kak_cue(s, e)
        if k is not None and (k[2] - s < 3 or _OPENING_LINK_RE.fullmatch(text, s, k[2])):
            # ("Однако как сообщают СМИ, …": a linking word before it)
            inner = self.subject_cue(k[3], e)
            if inner is not None and inner[1] is not None and inner[2] - k[3] < 60 and \
                    "," not in text[k[3]:inner[2]] and \
                    re.fullmatch(r'\w+(?:,\s*что|:)\s*[«"„]?', text[inner[2]:inner[3]]):
                # "Как передаёт агентство, министр заявил, что …": the outlet reports
                # the words of one with a cue of his own, who said them
                self.emit_reported(out, inner[3], e, inner[0], inner[1], inner[2])
                return
            self.emit_reported(out, k[3], e, k[0], k[1], k[2])
            return
        if k is not None and text[k[2] - 2:k[2]].strip() == ",":
            # "В Mail.ru, как рассказали в пресс-службе, автоматически работает …"
            self.emit(out, _Event(s, e, "indirect", k[0], k[1], k[2], False))
            return
        if not ob_etom and self.ob_etom(s, e, out, prev):
            return
        if self.fronted_about(s, e, out):
            return
        if self.tail_then_gerund(s, e, out):
            return
        sc = self.subject_cue(s, e)
        tc = None
        if sc is None or any(p.tag.POS == "INFN" for p in M.parses(sc[0].lower())[:1]) and \
                not re.search(r"(?:^|\W)что\W|:", text[sc[2]:sc[3]]):
            tc = self.tail_cue(s, e)  # (read only when it may be needed)
        if sc is not None and tc is not None and tc[3] > sc[3]:
            # "Администрация будет убеждать губернатора уйти в отставку, сообщает РБК.": a
            # saying still to come is no one's words yet; the outlet at the end reports the
            # whole sentence (not "X заявил, что …, пишет газета", "X хотел подчеркнуть,
            # что …": X's words)
            sc = None
        if sc is not None:
            self.emit_reported(out, sc[3], e, sc[0], sc[1], sc[2])
            return
        if tc is not None:
            at, verb, who, pos = tc
            if re.match(r"\w+\s[^,.;:!?«»]{1,60},\s*что\s", text[pos:e]):
                # "Из этих цифр следует, отмечает министерство, что …": the cue set off
                # inside the sentence, which goes on with what was said
                at = e
            self.emit(out, _Event(s, at, "indirect", verb, who, pos, False))
            return
        if self.participle_cue(s, e, out):
            return
        # "Одна из групп, уточняет газета «Труд», пришла …": a cue between commas
        lead = len(sent) - len(sent.lstrip())  # (no words before it: no cue between commas)
        for m in re.finditer(r",\s+(?P<c>[^,]{3,80}?),\s+", sent):
            if m.start() <= lead:
                continue
            c0 = re.match(r"\w+", m.group("c"))
            # ", продолжал он, …": between commas "continued" is a verb of saying too
            cont = c0 is not None and bool(M.lemmas(c0.group().lower()) & _CONTINUING)
            got = self.dash_cue(s + m.start("c"), s + m.end("c") + 1, any_verb=cont)
            if got is not None and got[1] is not None and got[2] - (s + m.start("c")) < 3:
                self.emit(out, _Event(s, e, "indirect", got[0], got[1], got[2], False))
                return

    def emit_reported(self, out: list[_Event], cs: int, e: int, verb: str | None,
                      who: _Speaker | None, pos: int) -> None:
        """Emit the reported speech from ``cs`` to ``e``, and a second speaker's after ``, а
        X добавил, что …`` inside it as its own."""
        end, second = self.second_speaker(cs, e)
        self.emit(out, _Event(cs, end, "indirect", verb, who, pos, False))
        if second is not None:
            self.emit(out, second)

    def emit(self, out: list[_Event], ev: _Event) -> None:
        """Keep an event; its speaker is the last one for the pronouns that follow."""
        if len(self.text[ev.start:ev.end].split()) < 2 and not (
                ev.mode == "mixed" and self.text[ev.start:ev.start + 1] in "«„\"“" and
                self.text[ev.start + 1:ev.start + 2].islower()):
            # ("назвал его «параноиком»": one word in marks a verb of naming gives him; not
            # a title or a name: "в «Исчезновении»")
            return  # "Как сообщил X: «…»": the words are the quote's, already kept
        out.append(ev)
        if ev.who is not None and ev.who.name:
            key = self.people.key_of(ev.who.name.split())
            if key is not None:
                self.people.spoke(ev.cue_pos, key)
            else:
                self.people.groups.append((ev.cue_pos, ev.who))

    def attribute(self, events: list[_Event]) -> list[QuoteFind]:
        events.sort(key=lambda ev: ev.start)
        paras = paragraph_spans(self.text)
        where = _paragraphs_of([ev.start for ev in events], paras)
        # the next event of the same paragraph that has a speaker, for each event
        ahead: list[_Event | None] = [None] * len(events)
        seen: dict[int, _Event] = {}
        for k in range(len(events) - 1, -1, -1):
            ahead[k] = seen.get(where[k])
            if events[k].who:
                seen[where[k]] = events[k]

        out: list[QuoteFind] = []
        last: tuple[int, _Speaker] | None = None  # (paragraph, speaker) of the last quote
        for k, ev in enumerate(events):
            who = ev.who
            p = where[k]
            score = 0.8 if ev.cue else 0.5
            if who is None and ev.direct:
                nxt = ahead[k]
                if last is not None and (last[0] == p or last[0] == p - 1 and
                                         self.text[paras[p][0]] in "«„\"“"):
                    who = last[1]
                elif nxt is not None and nxt.cue_pos < ev.start + 400 and nxt.direct:
                    who = nxt.who
                else:
                    # a quote with no cue and no speaker near: the person brought in as a
                    # subject since the last speaker, else who spoke last
                    key = self.people.by_gender(None, ev.start)
                    who = _speaker(self.people, key) if key else None
                score = 0.4
            if who is None and not ev.direct:
                continue
            if who is not None:
                last = (p, who)
            name = who.name.replace("''", "").strip() or None if who and who.name else None
            name = self.people.final_form(name)
            out.append(QuoteFind(ev.start, ev.end, name,
                                 who.role if who else None, ev.cue, ev.mode, score))
        return out


#: ``с призывом «…»``, ``с требованием «…»``, ``со словами «…»``: a call or slogan in marks
_CALL_RE = re.compile(r"(?<!\w)(?:[Сс]|[Сс]о)\s+(?:призыв(?:ом|ами)|требовани(?:ем|ями)|"
                      r"лозунг(?:ом|ами)|словами|крик(?:ом|ами)|возглас(?:ом|ами))\s*:?\s*$")


#: The words a quotation is put in before its colon (``отшучивается словами:``, ``ответил
#: фразой:``, ``отреагировал так:``, ``высказался следующим образом:``).
_PUT_IN_RE = re.compile(r"(?<!\w)(?:(?P<words>(?:(?:следующими|такими|этими)\s+)?словами|"
                        r"(?:следующей\s+)?фразой)|так|следующим\s+образом)\s*:\s*$")


#: Verbs of speaking out whose stance follows ``за`` or ``против`` (``высказался против
#: идеи …``).
_STANCE_VERBS = frozenset({"высказаться", "высказываться"})


#: Conjunctions that may open a sentence before its subject (``Но X не согласен``).
_OPENING_CONJ = frozenset({"но", "а", "и", "однако", "зато", "впрочем"})


#: ``В сообщении X``, ``В этом контракте``, ``В более позднем сообщении``: a document after
#: ``в``/``на`` with none, one or two modifiers before it.
_DOC_RES = [re.compile(r"\s*(?:[Вв]|[Вв]о|[Нн]а)\s+(?:(?:этом|этой|том|той|этих|данном|данной)"
                       r"\s+)?(?P<mods>(?:[а-яё]+\s+){" + str(n) + r"})(?P<doc>[\w-]+)\s*"
                       r"(?P<deps>[^,.;:]{0,80})") for n in range(3)]


_DIGIT_RE = re.compile(r"\d")


#: Impersonal verbs of what a document says (``говорилось о ранении``), as ``_DECLARE``.
_SAID_IN = frozenset({"говориться", "сообщаться"})


def _reflexive(w: str) -> bool:
    """Whether ``w`` is a reflexive verb form (``говорилось``, ``сообщается``)."""
    return w.lower().endswith(("ся", "сь"))


def _about_at(words: list[str], j: int) -> int | None:
    """Where ``о``/``об`` stands in ``words`` from ``j`` after at most four words of when or
    where something was said (``сегодня в Инстаграме``, ``13 января``), else None."""
    for i in range(j, min(len(words), j + 5)):
        b = _bare(words[i]).lower()
        if b in ("о", "об"):
            return i
        if i > j and words[i - 1].endswith((",", ";", ":", ".", "!", "?")):
            return None
        if not (_date_word(words[i]) or b in ("в", "во", "на") or i > j and
                _bare(words[i - 1]).lower() in ("в", "во", "на") or any(
                    p.tag.POS in ("ADVB", "PRCL") for p in M.parses(b)[:1])):
            return None
    return None


def _date_word(w: str) -> bool:
    """A word of a date: a number, a month or ``год`` (``5``, ``марта``, ``2015``, ``года``)."""
    b = _bare(w)
    return b.isdigit() or b.lower() in ("г", "гг") or bool(
        M.lemmas(b.lower(), frozenset({"NOUN"})) & _TIME_NOUNS)


def _lead_phrase(words: list[str]) -> int:
    """How many of ``words`` open them with a time (``_time_lead``) or a prepositional
    phrase whose words cannot be a subject (``В своём блоге``, ``На сайте газеты``) before
    more words; 0 when they open otherwise."""
    n = _time_lead(words)
    if n or len(words) < 3 or _bare(words[0]).lower() not in _PREPS:
        return n
    k = 1
    while k < len(words) - 1 and not words[k - 1].endswith(",") and \
            not M.can_be(_bare(words[k]).lower(), "nomn"):
        k += 1
    return k if k > 1 and k < len(words) else 0


def _predicate_after(words: list[str], k: int) -> int | None:
    """Where the predicate of a verb of view at ``words[k]`` stands among the few words after
    it, before a clause break: a word in the instrumental (``считают X недостаточно
    твёрдой``) or, for ``связывать``, "с" before one (``связывают рост цен с приходом …``);
    None when there is none."""
    low = _bare(words[k]).lower()
    preps = {PREDICATE_VERBS[v] for v in M.lemmas(low, frozenset({"VERB", "GRND"})) &
             PREDICATE_VERBS.keys()}
    if not preps or "с" in preps and not any("pres" in p.tag for p in M.parses(low)[:1]):
        return None  # ("связал свою жизнь с армией": a deed; "связывают это с": a view)
    for j in range(k + 1, min(len(words), k + 8)):
        w = _bare(words[j]).lower()
        if "с" in preps:  # ("со" too, below: the same preposition)
            if w in ("с", "со") and j > k + 1 and j + 1 < len(words):
                return j
        elif j > k + 1 and any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and "ablt" in p.tag
                               for p in M.parses(w)[:1]):
            return j
        if words[j].endswith((",", ";", ":", ".", "!", "?")):
            break
    return None


#: ``, компанию «Альфа»`` / ``, агентство Reuters``: an apposition naming the source cited.
_CITED_APPOSITION_RE = re.compile(r",\s+(?P<np>(?P<noun>[а-яё]+)\s+(?:«[^«»]{1,60}»|[A-Z][\w&.-]*"
                                  r"(?:\s+[A-Z][\w&.-]*){0,3}))(?=[\s.,;:!?]|$)")


#: Nouns of a talk given to an outlet (``в интервью журналу X``, ``в беседе с газетой X``).
_TALK_NOUNS = frozenset({"интервью", "беседа", "разговор"})
#: A word of an outlet's own name: Latin letters or quotation marks.
_OUTLET_NAME_RE = re.compile(r"[«\"„“]|^[A-Za-z]")


def _interview_addressee(subj: list[str]) -> bool:
    """Whether ``subj`` (after a time) is only the talk and whom it was given to (``в
    интервью журналу FLAUNT``, ``в беседе с изданием «Новости»``): an outlet's noun in the
    dative (or after ``с``) and its name in Latin letters or marks, no subject of its own."""
    subj = subj[_time_lead(subj):]
    if len(subj) < 4 or _bare(subj[0]).lower() not in ("в", "во") or \
            not M.lemmas(_bare(subj[1]).lower(), frozenset({"NOUN"})) & _TALK_NOUNS:
        return False
    at = 3 if _bare(subj[2]).lower() == "с" else 2
    case = "ablt" if at == 3 else "datv"
    if at >= len(subj) - 1 or not any(
            p.tag.POS == "NOUN" and "inan" in p.tag and case in p.tag
            for p in M.parses(_bare(subj[at]).lower())[:2]):
        return False
    rest = subj[at + 1:]
    return len(rest) <= 4 and all(_OUTLET_NAME_RE.search(x) for x in rest)


def _time_lead(words: list[str]) -> int:
    """How many of ``words`` open them with a time (``Во вторник``, ``В мае``, ``На прошлой
    неделе``, ``В 2010 году``): a preposition, at most two adjectives or numbers, a time's
    noun in lower case, and the numbers of its date; 0 when they open otherwise."""
    if len(words) < 3 or _bare(words[0]).lower() not in ("в", "во", "на"):
        return 0
    for k in range(1, min(len(words) - 1, 4)):
        b = _bare(words[k])
        if b.lower() == "время" and k == 1:
            # "Во время допроса задержанный": the event, words no subject can be
            k += 1
            while k < len(words) - 1 and not words[k - 1].endswith(",") and \
                    not M.can_be(_bare(words[k]).lower(), "nomn"):
                k += 1
            return k if k > 2 else 0
        if b[:1].islower() and M.lemmas(b.lower(), frozenset({"NOUN"})) & _TIME_NOUNS:
            k += 1
            while k < len(words) - 1 and _date_word(words[k]) and not words[k - 1].endswith(","):
                k += 1
            return k
        if words[k].endswith(",") or not (b.isdigit() or any(
                p.tag.POS in ("ADJF", "NUMR") for p in M.parses(b.lower())[:1])):
            return 0
    return 0


def _without_dates(toks: list, words: list[str]) -> tuple[list, list[str]]:
    """``toks`` and ``words`` without a date set off by commas after a verb's time
    (``сообщили в пятницу, 5 марта 2015 года, турецкие СМИ`` reads ``сообщили в пятницу
    турецкие СМИ``): the date is no clause of its own; the word before it loses its comma."""
    out_t: list = []
    out_w: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        j = next((j for j in range(k + 1, min(len(words), k + 6)) if words[j].endswith(",")),
                 None) if w.endswith(",") and k > 0 else None
        if j is not None and all(_date_word(x) for x in words[k + 1:j + 1]) and any(
                _bare(x).isdigit() for x in words[k + 1:j + 1]):
            out_t.append(toks[k])
            out_w.append(w[:-1])
            k = j + 1
            continue
        out_t.append(toks[k])
        out_w.append(w)
        k += 1
    return out_t, out_w


def _after_preposition(words: list[str], i: int) -> bool:
    """Whether the name at ``i`` follows a preposition over adjectives only (``над
    53-летним Лебедевым``): the object of a prepositional phrase, no subject."""
    k = i - 1
    while k >= 0 and k > i - 4 and any(p.tag.POS in ("ADJF", "PRTF", "NUMR")
                                       for p in M.parses(_bare(words[k]).lower())[:1]):
        k -= 1
    return k < i - 1 and k >= 0 and _bare(words[k]).lower() in _PREPS


def _outside(s: int, e: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``[s, e)`` outside every one of ``covered`` (half-open spans), in
    order; one pass over them sorted."""
    out = []
    at = s
    for a, b in sorted(covered):
        if b <= at or a >= b:
            continue
        if a >= e:
            break
        if a > at:
            out.append((at, a))
        at = b
    if at < e:
        out.append((at, e))
    return out


def _paragraphs_of(positions: list[int], paras: list[tuple[int, int]]) -> list[int]:
    """For each of ``positions`` (ascending): the index of the first paragraph ``(a, b)``
    with ``a <= pos <= b``, else -1; one walk over both lists."""
    out = []
    k = 0
    for pos in positions:
        while k < len(paras) and paras[k][1] < pos:
            k += 1
        out.append(k if k < len(paras) and paras[k][0] <= pos else -1)
    return out


#: A wiki page's external link, ``[https://… сообщает]``: its words are read, its address and
#: brackets are not (bounded: an address of at most 2,000 characters, words of at most 200)
_WIKI_LINK_RE = re.compile(r"\[(?:https?://|www\.)[^\s\[\]]{1,2000}\s+([^\[\]\n]{1,200})\]")


def _unlinked(text: str) -> str:
    """``text`` with each wiki link's address and brackets blanked, its words moved right by
    one so they touch what follows (``[https://… сообщает], что`` -> ``… сообщает, что``): the
    same length, so every offset stays the text's."""
    if "[" not in text:
        return text
    return _WIKI_LINK_RE.sub(lambda m: " " * (len(m.group()) - len(m.group(1))) + m.group(1),
                             text)


def find_quotes_ru(text: str, sentences: list[tuple[int, int]] | None = None
                   ) -> list[QuoteFind]:
    """Every quote of a Russian ``text``, attributed, in reading order (``sentences``: its
    ``line_sentences`` when already known)."""
    return _Finder(_unlinked(text), sentences).run()
