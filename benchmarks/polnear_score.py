"""How the suggester's quotes are scored on PolNeAR's attributions.

- *opening*: attributions whose content opens with a quotation mark; *marked*: whose content
  holds one anywhere (partial quotes: ``the election is "rigged,"``); *indirect*: no mark,
  and a cue that is a speech verb (``said``, ``told``, ``according to``). One is *found*
  when a quote suggestion overlaps its content.
- *speaker*: of found opening, marked and indirect attributions that have a source, those
  whose best-overlapping suggestion names the source, or a mention of a CoreNLP coreference
  chain one of whose mentions stands for the source (``he`` -> ``Donald Trump``; not a
  possessor, modifier or complement inside it: ``Her aides`` is not her chain); titles,
  determiners, a possessive, a generational suffix (``Jr.``) and a place after a name (``of
  New York``) are ignored, and the words that end a name match it (``Trump``, ``Jeb Bush``
  for ``Former Florida Gov. Jeb Bush``). A source that is only a pronoun no chain names
  (``he`` alone) is not checked (counted in ``unchecked``). CoreNLP's chains are noisy for
  pronouns; ``speaker_named`` counts only sources written as a name or a noun phrase.
- *precision*: direct and mixed suggestions that overlap some attribution's content.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from annotations.suggest.quotes import find_quotes
from annotations.suggest.vocab import TITLES
from benchmarks.polnear import Attribution, PolArticle
from benchmarks.polnear_misses import miss_kind, segments_of
from benchmarks.speaker_verdicts import attribution_id

MARKS = '"“”«»'
OPENING = '"“«'
_SPEECH_LEMMAS = """add note explain argue stress respond state claim warn insist declare ask reply
    continue conclude suggest acknowledge admit announce recall remark observe comment confirm
    deny maintain predict urge caution concede complain counter lament joke quip report tweet
    post testify recount shout agree promise vow pledge assert contend allege mention describe
    exclaim answer point elaborate boast plead scream whisper demand reiterate underline
    underscore highlight indicate clarify specify propose recommend estimate accuse criticize
    criticise praise inform assure charge reveal disclose protest retort call""".split()


def _forms(lemma: str) -> set[str]:
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


#: Speech verbs, fixed here so that what is counted does not move with the finder's rules.
SPEECH_VERBS = frozenset({"said", "says", "say", "saying", "told", "tells", "tell", "telling",
                          "wrote", "writes", "write", "writing", "written", "spoke", "speaks",
                          "speaking"}.union(*(_forms(x) for x in _SPEECH_LEMMAS)))
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "who", "you", "him", "her",
                       "them", "me", "us", "which", "that", "his", "hers", "their", "its",
                       "our", "my", "your", "himself", "herself", "themselves", "whom"})
_TITLE_RE = re.compile(r"^(?:(?:the|a|an|mr|mrs|ms|dr|sen|rep|gov|gen|president|"
                       r"secretary|senator|governor|professor|prof|judge|justice|rev|"
                       r"ambassador|mayor)\.?\s+)+")
#: ``A teary-eyed Bush``: an indefinite article and lower-case words that describe the
#: person before their name.
_DESCRIBED_NAME = re.compile(r"^[Aa]n?\s+(?:(?!(?:to|of|for|with|at|in|from|by|on|and|or|"
                             r"like)\s)[a-z][\w-]*\s+){1,3}"
                             r"(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$)")


def norm(name: str) -> str:
    """A name as compared: lower case, no title, determiner, possessive or generational
    suffix (``Joseph R. Biden Jr.`` is ``Mr. Biden``), no words that describe the person
    before it after ``a`` (``A teary-eyed Bush`` is ``Bush``)."""
    s = _DESCRIBED_NAME.sub("", name.strip(" .,;:\"“”"))
    s = s.lower().replace("’", "'").strip(" .,;:\"“”")
    s = re.sub(r"(?<=s)'$|'s$", "", s)  # "Sanders's", "Sanders’"
    s = re.sub(r",?\s+(?:jr|sr|ii|iii|iv)\.?$", "", s)
    s = re.sub(r"\s+(?:himself|herself|itself|themselves)$", "", s)  # "Cruz himself"
    s = _TITLE_RE.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def _before_place(piece: str) -> str:
    """``Rep. Lee Zeldin of New York`` -> ``Rep. Lee Zeldin``: a name (two capitalised words
    or more) before ``of``/``in``/``from``/``at`` is the head, not the place after it; ``Secretary
    of State John Kerry`` and ``Former Secretary of State Ann Lee`` (a title before ``of``)
    stay whole."""
    head, *rest = re.split(r"\s(?:of|in|from|at)\s", piece, maxsplit=1)
    if head.split() and head.split()[-1].lower() in TITLES:
        return piece
    return head if rest and len(re.findall(r"\b[A-Z][\w.'’-]*", head)) >= 2 else piece


def names_source(speaker: str | None, forms: list[str]) -> bool:
    """Whether ``speaker`` names one of ``forms``: the same words, or the words that end
    the other's or one of its comma-separated parts (parentheses dropped): ``Jeb Bush`` names
    ``Former Florida Gov. Jeb Bush`` and ``A top strategist, Jeb Bush,``, ``Trump`` names
    ``Donald Trump``, but not ``Trump International Hotel``; an unnamed speaker (lower case)
    names a phrase it opens (``person``: ``A person familiar with the plan``)."""
    if not speaker:
        return False
    sp = norm(speaker).split()
    if not sp:
        return False
    for n_form, f in enumerate(forms):
        # "A top strategist, X,"; "X — a teacher from Y —"
        pieces = re.split(r",|\s[—–]\s?|\s?[—–]\s|\s-{1,2}\s",  # " - ": a typed dash
                          re.sub(r"\([^()]*\)?", " ", f))
        if any(norm(p).split() == sp for p in pieces):
            return True  # the piece as written: ``an AP survey of Democratic delegates``
        for n_piece, piece in enumerate(map(_before_place, pieces)):
            fn = norm(piece).split()
            if not fn:
                continue
            short, long_ = sorted((sp, fn), key=len)
            if long_[len(long_) - len(short):] == short:
                return True
            one_of = _ONE_OF.sub("", " ".join(sp)).split()  # "one of two witnesses"
            if (speaker[:1].islower() or one_of != sp) and _QUANTIFIED.sub(
                    "", " ".join(fn)).split()[:len(one_of)] == one_of:
                return True  # "person": "a person familiar…", "one person with …"
            if len(fn) == 1 and _person_name(speaker) and _one_of_the_names(piece, fn[0], sp):
                return True  # "Ms. Acosta", "Mr. Xi": the fuller name the text uses
            if not n_form and not n_piece and \
                    _head_np(fn) == _QUANTIFIED.sub("", " ".join(sp)).split():
                return True  # the source's own head: "three people briefed on the talks"
    return False


#: Words after a noun phrase's head that open a clause or a participle's phrase about it.
_CLAUSE_AFTER_HEAD = frozenset({"who", "whom", "whose", "which", "that", "familiar", "close",
                                "involved", "knowledgeable", "briefed", "conducted",
                                "released", "published", "reported", "authorized"})
#: Prepositions after a head (``Republicans on Capitol Hill``); ``of`` is none (``University``
#: is no name of ``the University of Michigan``).
_PREPOSITIONS = frozenset({"in", "on", "at", "from", "to", "for", "with"})


def _head_np(words: list[str]) -> list[str] | None:
    """The head noun phrase of a source (folded words): the words before the first that
    modifies the head after it, a quantifier dropped (``Some delegates at the convention``
    -> ``delegates``, ``a Quinnipiac poll conducted in February`` -> ``quinnipiac poll``);
    a preposition ends it after two words or a plural (not ``Sophie in 't Veld``). None
    when nothing modifies the head after it, or the head holds ``of``."""
    for k, w in enumerate(words):
        if not k:
            continue
        head = _QUANTIFIED.sub("", " ".join(words[:k])).split()
        if w in _CLAUSE_AFTER_HEAD or w in _PREPOSITIONS and head and (
                len(head) > 1 or head[-1].endswith("s")):
            return head if head and "of" not in head else None
    return None


#: ``one of`` opening an unnamed speaker (``One of the organizers``): the source's own
#: ``one`` is dropped as a quantifier, so the speaker's is too.
_ONE_OF = re.compile(r"^(?:one|another) (?=of )")
#: A quantifier or a conjunction before an unnamed source (``one person with …``,
#: ``another source familiar with …``, ``but a source …``).
_QUANTIFIED = re.compile(r"^(?:(?:but|and|one|another|some|several|many|two|three|four|"
                         r"five|a|an|the)\s+)+")


def _one_of_the_names(piece: str, word: str, names: list[str]) -> bool:
    """Whether a source written as one capitalised name (``piece``, ``word`` once folded)
    is one of the names of the suggester's fuller one: a middle name (``Acosta`` of ``Melba
    Acosta Febo``), or any of them after a courtesy title (``Ms. Gao``: ``Gao Junlan``)."""
    bare = piece.strip(" .,;:\"“”")
    if not bare.split() or not bare.split()[-1][:1].isupper():
        return False
    titled = re.match(r"(?:mr|mrs|ms|dr)\.?\s", bare.lower()) is not None
    return word in names[1:-1] or titled and word in names


def _person_name(speaker: str) -> bool:
    """Two to four capitalised words and nothing else: a person's full name as the suggester
    writes it (``Shen Xincheng``, ``Melba Acosta Febo``), in which one of its words, written
    alone, names the same person (the suggester's own folding of a lone name)."""
    words = speaker.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.strip(".").isalpha() or
                                        len(w) == 2 and w.endswith(".") for w in words)
    return False


_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_FOLLOWS_HEAD = re.compile(r"(?:[,(—–-]|(?:who|whose|which|that|of|from|at|in|on|and|or)\b)")
_LEADS_COMPLEMENT = re.compile(r"(?:\b(?:of|at|in|from|for|with|by|to|on|about|against)\s+"
                               r"(?:the\s+)?|['’]s?\s+)$")


def _mention_is_source(text: str, source: tuple[tuple[int, int], ...],
                       mention: tuple[int, int]) -> bool:
    """Whether a chain's mention stands for the source itself, not for a word inside it: it
    is the source, holds it (``Ann Lee, a plaintiff who …``; a pronoun only as itself, a
    relative ``who`` as the phrase it opens: ``X, who said …``), or is the source's name
    before an apposition, a clause or a place (``Christie`` in ``Christie, the state's
    governor,``), never a possessor, a modifier or
    a complement inside it (``Clinton`` in ``an aide of Clinton's campaign``, ``GOP`` in
    ``The GOP candidate``, ``New York`` in ``Rep. X of New York``)."""
    a, b = mention
    for s, e in source:
        if not (a < e and s < b):
            continue
        word = text[s:e].strip().lower()
        if a <= s and e <= b:  # "he" only as itself; "who" in "X, who said …" stands for X
            if len(word.split()) > 1 or word in _RELATIVES or text[a:b].strip().lower() == word:
                return True
            continue
        if s <= a and b <= e:
            rest = text[b:e].strip()
            if _LEADS_COMPLEMENT.search(text[s:a]) or rest[:2] in ("'s", "’s") or rest[:1] in "'’":
                continue
            if not rest or _FOLLOWS_HEAD.match(rest):
                return True
    return False


def source_forms(art: PolArticle, att: Attribution) -> list[str]:
    """What names an attribution's source: its own text and every mention of each
    coreference chain one of whose mentions stands for the source
    (``_mention_is_source``)."""
    forms = [art.span_text(att.source)] if att.source else []
    for chain in art.chains:
        if any(_mention_is_source(art.text, att.source, m) for m in chain):
            forms.extend(art.text[a:b] for a, b in chain)
    return forms


_FEMALE = frozenset({"she", "her", "hers", "herself", "mrs", "ms"})
_MALE = frozenset({"he", "him", "his", "himself", "mr"})
_FIRST_PERSON = frozenset({"i", "me", "my"})


def chain_check(text: str, source: str, forms: list[str]) -> str | None:
    """Whether CoreNLP's chain can check the speaker of a pronoun source that stands for one
    person (``he``, ``she``, ``I``; any other is checked as before), from the article's
    ``text`` and the source's ``forms`` (``source_forms``) alone: None when one of the
    chain's mentions is a person's name (``_names_a_person``) and the chain's other gendered
    words (pronouns, ``Mr.``, ``Mrs.``) are not all of the pronoun's other gender; else why
    not: ``no person`` (the chain holds only pronouns, roles or words that name no one: ``the
    Vermont senator``, ``Kickstarter``, a first name alone) or ``other gender`` (``he``
    joined to ``Hillary Clinton`` and ``her``)."""
    word = norm(source)
    sign = 1 if word in _FEMALE else -1 if word in _MALE else 0
    if not sign and word not in _FIRST_PERSON:
        return None  # "they", "it", "who": a group or a thing the chain may name as written
    mentions = forms[1:]
    if not any(_names_a_person(text, piece) for f in mentions if norm(f) not in _PRONOUNS
               for piece in re.split(r",|\s[—–]\s?|\s?[—–]\s|\s-{1,2}\s", f)):
        return "no person"
    female = sum(_gendered(f, _FEMALE) for f in mentions) - (sign > 0)
    male = sum(_gendered(f, _MALE) for f in mentions) - (sign < 0)
    same, other = (female, male) if sign > 0 else (male, female)
    if sign and other > 0 and same <= 0:
        return "other gender"
    return None


_NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt",
                          "col", "adm", "president", "senator", "governor", "secretary",
                          "judge", "justice", "rev", "prof"})


def _names_a_person(text: str, piece: str) -> bool:
    """Whether a chain mention (or a comma-separated part of one, a place and a bracket
    after it dropped) ends in a person's name: capitalised words after its titles, two or
    more (``FBI general counsel James Baker``), or one after a title
    (``Mr. Trump``) or that the article also writes after another capitalised word
    (``a confident-seeming Manafort``: ``Paul Manafort``)."""
    bare = norm_case(_before_place(re.sub(r"\([^()]*\)?", " ", piece)))
    run: list[str] = []
    for w in reversed(bare.split()):
        if not (w[:1].isupper() and (w[1:2].islower() or re.fullmatch(r"[A-Z]\.", w))):
            break
        run.insert(0, w)
    titled = False
    while run and run[0].lower().rstrip(".") in _NAME_TITLES:
        titled, run = True, run[1:]
    if not run:
        return False
    return len(run) > 1 or titled or re.search(
        rf"\b[A-Z][\w.'’-]*[ \u00a0]+{re.escape(run[0])}\b", text) is not None


def norm_case(piece: str) -> str:
    """A mention as written, less its possessive, an emphatic ``himself`` and the
    punctuation around it (``Mr. Obama himself`` -> ``Mr. Obama``)."""
    s = piece.strip(" .,;:\"“”'’")
    s = re.sub(r"\s+(?:himself|herself|themselves)$", "", s)
    return re.sub(r"['’]s?$", "", s)


def _gendered(mention: str, words: frozenset[str]) -> int:
    """How many of ``words`` (a gender's pronouns and titles) a chain mention holds."""
    return sum(w.strip(".,;:\"“”'’").lower() in words for w in mention.split())


def is_speech_cue(cue: str) -> bool:
    """A cue that reports speech or writing (not thought, perception or opinion)."""
    low = cue.lower()
    if "according to" in low:
        return True
    return any(w in SPEECH_VERBS for w in re.findall(r"[a-z]+", low))


@dataclass
class PolScore:
    """Counts over some PolNeAR articles."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {
        k: [0, 0] for k in ("opening", "marked", "indirect")})
    #: sources written as a name whose speaker is counted wrong: (article, its text, source,
    #: speaker, where the source starts), for ``speaker_reading``'s second figure
    named_wrong: list[tuple[str, str, str, str | None, int]] = field(default_factory=list)
    speaker: list[int] = field(default_factory=lambda: [0, 0])
    speaker_marked: list[int] = field(default_factory=lambda: [0, 0])
    #: of sources written as a name or a noun phrase (no pronoun: no coreference needed)
    speaker_named: list[int] = field(default_factory=lambda: [0, 0])
    #: of sources written as a pronoun (``he said``: right when it names the chain's entity)
    speaker_pronoun: list[int] = field(default_factory=lambda: [0, 0])
    #: of those, the ones whose chain can check the speaker (``chain_check``): a second,
    #: labelled figure, not the official one
    speaker_pronoun_checked: list[int] = field(default_factory=lambda: [0, 0])
    #: pronoun sources whose chain cannot check the speaker, by why (``chain_check``) and
    #: whether the speaker was counted right: ("no person", False) …
    chain_unchecked: Counter[tuple[str, bool]] = field(default_factory=Counter)
    #: every speaker counted in ``speaker``: (``speaker_verdicts.attribution_id``, the
    #: suggested speaker, official verdict), for the adjudicated figure of
    #: ``benchmarks/speaker_verdicts``
    speaker_records: list[tuple[str, str | None, bool]] = field(default_factory=list)
    direct: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)
    #: missed attributions holding a mark, by kind (``polnear_misses.miss_kind``)
    kinds: Counter[str] = field(default_factory=Counter)
    unchecked: int = 0

    def add(self, art: PolArticle) -> None:
        """Run the finder on one article and count."""
        quotes = find_quotes(art.text)
        text = art.text
        contents = [att.content for att in art.attributions]
        marked = segments_of(text)
        for att in art.attributions:
            if not self._one(art, att, quotes) and any(m in art.span_text(att.content)
                                                        for m in MARKS):
                self.kinds[miss_kind(*marked, att.content)] += 1
        for q in quotes:
            if q.mode == "indirect":
                continue
            self.direct[1] += 1
            if any(a < q.end and q.start < b for spans in contents for a, b in spans):
                self.direct[0] += 1
            else:
                self.misses.append(f"{art.name}: NOT A QUOTE {text[q.start:q.end][:70]!r}")

    def _one(self, art: PolArticle, att: Attribution, quotes: list) -> bool:
        """Count one attribution; False when it is counted and missed."""
        content = art.span_text(att.content)
        cue = art.span_text(att.cue)
        kinds = []
        if content.lstrip()[:1] in OPENING:
            kinds.append("opening")
        if any(m in content for m in MARKS):
            kinds.append("marked")
        elif is_speech_cue(cue):
            kinds.append("indirect")
        if not kinds:
            return True
        hits = [q for q in quotes for a, b in att.content if q.start < b and a < q.end]
        for k in kinds:
            self.counts[k][1] += 1
            self.counts[k][0] += bool(hits)
        if not hits:
            self.misses.append(f"{art.name}: MISSED {kinds[0]} {content[:70]!r} "
                               f"({art.span_text(att.source)!r} {cue!r})")
            return False
        if not att.source:
            return True
        best = max(hits, key=lambda q: max(min(b, q.end) - max(a, q.start)
                                           for a, b in att.content))
        forms = source_forms(art, att)
        if all(norm(f) in _PRONOUNS for f in forms):
            self.unchecked += 1  # "he" with no chain naming him: nothing to compare with
            return True
        right = names_source(best.speaker, forms)
        self.speaker[1] += 1
        self.speaker[0] += right
        self.speaker_records.append((attribution_id(art.name, att), best.speaker, right))
        by_name = norm(art.span_text(att.source)) not in _PRONOUNS
        kind = self.speaker_named if by_name else self.speaker_pronoun
        kind[1] += 1
        kind[0] += right
        if not by_name:
            why = chain_check(art.text, forms[0], forms)
            if why is None:
                self.speaker_pronoun_checked[1] += 1
                self.speaker_pronoun_checked[0] += right
            else:
                self.chain_unchecked[(why, right)] += 1
        if kinds[-1] == "marked":
            self.speaker_marked[1] += 1
            self.speaker_marked[0] += right
        if not right:
            self.misses.append(f"{art.name}: SPEAKER {kinds[0]} {content[:50]!r} gold "
                               f"{art.span_text(att.source)!r} got {best.speaker!r}")
            if by_name:
                self.named_wrong.append((art.name, art.text, art.span_text(att.source),
                                         best.speaker, att.source[0][0]))
        return True

    def rate(self, key: str) -> float:
        """found / total of ``opening``, ``marked``, ``indirect``, ``speaker``, ``direct``."""
        got, n = self.counts[key] if key in self.counts else getattr(self, key)
        return got / n if n else 0.0

    def total(self, key: str) -> int:
        """How many were counted for ``key``."""
        return (self.counts[key] if key in self.counts else getattr(self, key))[1]


def score(articles: list[PolArticle]) -> PolScore:
    """Score the finder on ``articles``."""
    sc = PolScore()
    for art in articles:
        sc.add(art)
    return sc
