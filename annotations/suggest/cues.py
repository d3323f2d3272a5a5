"""Reporting cues next to a quote: ``"…," Zhao said``, ``"…," said Hanno Pevkur, …``,
``Putin said: "…``, ``a spokesman stressed that they "…``, ``according to X, "…``,
``- this opinion was expressed by X``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .clause_end import last_clause
from .fallbacks import (
    TEXT_NOUNS,
    blank_parentheses,
    definite_np,
    text_subject,
    trailing_name,
    unnamed_np,
)
from .fragments import body_role, share_subject, text_from, who_group
from .names import (
    PARTY_TAG,
    Mention,
    apposed_name,
    parse_mention,
    parse_np,
    titled,
    trailing_np,
)
from .subjects import fronted, strip_fronted, time_then_clause
from .titles import title_case
from .vocab import (
    FUNCTION_WORDS,
    HEARER_VERBS,
    IRREGULAR_PAST,
    MODIFIERS,
    ORG_WORDS,
    PARTICIPLES,
    PARTICLES,
    PRONOUNS,
    REPORTING,
    SPEECH_NOUNS,
    SUBORDINATE_OPENING,
    SUBORDINATORS,
)

#: Patterns read per call, compiled once.
_AT_PLACE = re.compile(r"^\s*(?:at|of|from|in)\s[^,]{1,40}(?=,)")
_PREP_OPEN = re.compile(r"\s*(?:in|on|at|to|for|with|from|during|after|before|about|that)\s")
_INVERTED_NEXT = re.compile(r"\s+(\w+)\s+(?:[A-Z]|(?:the|a|an|one|another)\s)")
_ARTICLE_OPEN_I = re.compile(r"^(?:the|a|an)\s+", re.I)
_PREP_SPLIT = re.compile(r"\s(?:to|from|for|on|by|of|in|at|with|about)\s")
_DASH_OR_STOP = re.compile(r"\s[-—–]\s?|[.!?]\s")
_NONSPACE = re.compile(r"\S+")
_BUT_AND_END = re.compile(r"\b(?:but|and)\s*$")
_BUT_AND_TAIL = re.compile(r"[,\s]*\b(?:but|and)\s*$")
_AS_SPLIT = re.compile(r"\b[Aa]s\s+")
_DASH_SPLIT = re.compile(r"\s[-—–―]{1,2}\s")
_DASH_OPT_SPLIT = re.compile(r"\s[-—–]\s?")
_STOP_SPLIT = re.compile(r"[.!?]\s")
_UNNAMED_END = re.compile(r"\b(?:the|this)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*$")
#: A conjunction opening a clause (``As``, ``And``, ``But``, ``So``), cut before its subject.
CONJUNCTION_OPEN = re.compile(r"^(?:[Aa]s|[Aa]nd|[Bb]ut|[Ss]o)\s+")
_THE_OPEN = re.compile(r"^(?:the|The)\s+")
_COMMA_SPLIT = re.compile(r",\s*")
_CONTRACTION_END = re.compile(r"['’](?:s|re|ll|d|ve)$")
_STATE_CODE = re.compile(r"\s*[A-Z]{2}\s*")
#: Where the clause of a subject set apart by a comma opens (``subject_of``): first at
#: ``that``, a conjunction or a subordinator before a capital, then at a conjunction only.
_CLAUSE_JOINTS = (
    re.compile(r"(?:\bthat|,\s*but|,\s*and|,\s*(?:while|whereas|when|as)|(?<!ing )"
               r"\b(?:after|before|because|since|until|once|although)(?=\s+[A-Z]))\s"),
    re.compile(r"(?:,\s*but|,\s*and|,\s*(?:while|whereas|when|as))\s"))

_WORD_RE = re.compile(r"[\w’'.-]+|[,:;.!?]")
_AUX = frozenset({"has", "had", "have", "would", "will", "also", "then", "later", "further",
                  "once", "previously", "recently", "again", "hat", "was", "is",
                  "were", "ont", "avait", "habe", "did", "does", "do", "went", "can",
                  "could", "may", "might", "must", "should"})
_STOP = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bJr)(?<!\bMrs)(?<!\bSen)(?<!\bRep)"
                   r"(?<!\bCapt)(?<!\bSgt)(?<!\bAdm)(?<!\bMaj)(?<!\bLt)(?<!\bCol)(?<!\bRev)"
                   r"(?<!\bGov)(?<!\bGen)(?<!\b[A-Z])[.](?![a-z])|[!?“”\"«»„]|;(?=\s)|\n")
_ACCORDING_RE = re.compile(r"(?:[Aa]ccording to|[Ss]elon|[Ll]aut|[Nn]ach Angaben (?:von|des|der))"
                           r"\s+(?P<np>(?:(?:Dr|Mr|Mrs|Ms|St|Sen|Rep|Gov|Gen|[A-Z])\.\s|"
                           r"[A-Z]\.(?=[A-Z]|-[A-Z])|"  # "polling by the A.F.L.-C.I.O."
                           r"[^,.;:“”\"«»„]){2,120})")
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?P<verb>\w+ed)\s+by\s+"
                         r"(?P<np>[^.;:“”\"«»„]{2,160})")


@dataclass(frozen=True)
class Cue:
    """A reporting verb and who it names."""

    verb: str
    mention: Mention
    adjacent: bool = True


_DET_NP = re.compile(r"\s*(?P<det>[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|"
                     r"[Ii]ts|[Oo]ur)[ \u00a0]+(?P<np>[^,.;:!?()]+?)(?=[ \u00a0]+(?:who|which|that|"
                     r"involved|familiar|close|with|in|at|on|from|for|about|during|after|before|"
                     r"when|while|as|to|by|of)\b|[,.;:(]|$)")
#: Verbs written before their subject after a quote (``…," said one aide``); others take
#: an object there (``…," described the impact as``).
_INVERTING = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes",
                        "continued", "explained", "recalled", "noted", "declared", "replied",
                        "answered", "remarked", "stated", "tweeted", "warned", "argued"})
#: Words that make a phrase no one who speaks: its time, a clause's verb.
_NOT_WHO = frozenset({"same", "other", "former", "latter", "following", "rest", "way", "time",
                      "day", "year", "week", "idea", "fact", "thing", "point", "case", "news"})


def det_np(np: str) -> Mention | None:
    """``one Trump confidant``, ``the printed slate card``, ``his best friend at school,
    Ann Lee,``: a determiner and up to five words after a reporting verb, cut before a
    clause or a place: someone (or a text) the sentence does not name, or the name its
    apposition gives."""
    m = _DET_NP.match(np)
    if m is None:
        return None
    words = m.group("np").split()
    if not 0 < len(words) <= 5 or words[-1].lower() in _NOT_WHO or words[-1] in PRONOUNS or \
            not words[-1].replace("-", "").replace("’", "").replace("'", "").isalnum() or \
            words[-1].lower().endswith("ly") or any(
                w.lower() in REPORTING or w.lower() in _AUX for w in words):
        return None
    rest = _AT_PLACE.sub("", np[m.end():])  # "at Lehigh"
    if rest.lstrip().startswith(","):  # "his best friend at Lehigh, Bruce Turry,"
        named = parse_mention(rest.strip(" ,").split(",")[0])
        if named is not None and named.name and not named.org:
            return Mention(name=named.name, role=" ".join(words))
    definite = m.group("det").lower() not in {"a", "an", "one", "another"}
    return Mention(role=" ".join(words), definite=definite)


#: Words that stand alone for someone unnamed (``Another said``, ``"…," said one``).
_LONE_SOMEONE = frozenset({"another", "one", "others", "some", "many", "several", "most"})


def lone_someone(np: str) -> Mention | None:
    """``another``, ``one``, ``others`` alone as a reporting verb's subject: someone the
    text does not name (never the person quoted before them)."""
    word = np.strip(" ,").lower()
    return Mention(role=word) if word in _LONE_SOMEONE else None


def _unnamed_clause(head: str) -> Mention | None:
    """The words of a clause before its reporting verb when they are only a determiner and
    a few lower-case words (``Another child``, ``One tweet``): someone or a text unnamed."""
    lead = last_clause(head).strip(" ,")
    if (alone := lone_someone(lead)) is not None:  # "Another tweeted,"
        return alone
    m = _DET_NP.fullmatch(lead)
    if m is None or len(lead.split()) > 4 or not m.group("np").islower():
        return None
    return det_np(lead)


def _is_verb(word: str) -> bool:
    return word.lower() in REPORTING


#: A party and state tag after a name: ``Mitch McConnell, R-Ky., said`` (its periods end no
#: sentence).
_PARTY_TAG = re.compile(rf"\b{PARTY_TAG.pattern}(?=[,)\s])")
#: ``ally`` ends in -ly but is no adverb between a subject and its verb (``a Lee ally
#: said``); ``rally``, ``family`` were tried too and cost a right speaker on dev.
LY_NOUNS = r"(?!ally\b)"
#: Adverbs between a subject and its reporting verb.
_ADVERB = re.compile(r"(?:now|just|still|even|again|once|soon|quickly|finally|often|always|"
                     r"sometimes|" + LY_NOUNS + r"[a-z]{3,}ly)")
#: Where a phrase after a name stops naming the person: ``in his speech``, ``of the X``.
_PLACE_OR_SETTING = re.compile(r"[ \u00a0]+(?:in|of|at|from|on|during|before|after|to)[ \u00a0]")


def blank_party_tags(seg: str) -> str:
    """``seg`` with the periods of party-state tags blanked (same length)."""
    return _PARTY_TAG.sub(lambda m: m.group().replace(".", " "), seg)


def _after_np_of_verb(rest: str) -> Mention | None:
    """``said Hanno Pevkur, Estonia's defence minister.``: the phrase after the verb."""
    np = _STOP.split(rest, maxsplit=1)[0]
    if time_then_clause(np):  # "said Tuesday that": a date, no speaker
        return None
    if _PREP_OPEN.match(np):
        return None  # "wrote in a memo to Inspector General X": X is written to; "has
        # complained that the administration …": the reported clause's subject
    m = parse_mention(np)
    head = _PLACE_OR_SETTING.split(np, maxsplit=1)[0].strip()  # "Trump in his speech", "X of Y"
    named = parse_mention(head) if head != np.strip() and head[:1].isupper() else None
    if named is not None and named.name and not named.org and len(named.name.split()) > 1 \
            and m is not None and m.name != named.name:
        return named  # "says Stu Rothenberg of the … Report": the person, not the body
    if m is not None and m.pronoun is None and m.name:
        return m
    if named is not None and named.name and named.pronoun is None:
        return named
    if m is not None and m.pronoun is None:
        return m
    described = det_np(np)
    if described is not None and described.name:  # "said his best friend at X, Ann Lee,"
        return described
    return noun_source(np) or trailing_name(np) or unnamed_np(np) or lone_someone(np)


#: An aside set apart by a pair of dashes after a word, before a lower-case word (``Ann Lee
#: — the mayor — said``): read as if set apart by commas.
_DASHED_ASIDE = re.compile(r"(?<=[\w.])(\s[—–]\s|\s--\s)[^—–\"“”«»\n]{1,80}?"
                           r"(\s[—–]\s|\s--\s)(?=[a-z])")


def _dashes_as_commas(seg: str) -> str:
    """``seg`` with the dashes around an aside before a lower-case word written as commas
    (the same length: offsets into it stay true)."""
    if "—" not in seg and "–" not in seg and "--" not in seg:
        return seg
    def commas(m: re.Match[str]) -> str:
        aside = m.group()[len(m.group(1)):len(m.group()) - len(m.group(2))]
        return f"{',':<{len(m.group(1))}}{aside}{',':<{len(m.group(2))}}"
    return _DASHED_ASIDE.sub(commas, seg)


_ENDS_AT_ONCE = re.compile(r"\s*[.!?]")  # the sentence ends right after the mark


def cue_after(text: str, pos: int, end: int | None = None) -> Cue | None:
    """A cue that starts at ``pos`` (just after a closing mark): ``, Zhao said`` /
    ``, said Zhao`` / ``, he told reporters``."""
    limit = min(len(text), pos + 240) if end is None else end
    seg = _dashes_as_commas(blank_party_tags(blank_parentheses(text[pos:limit])))
    seg = _STOP.split(seg, maxsplit=1)[0] if not _ENDS_AT_ONCE.match(seg) else ""
    seg = seg.lstrip(" ,—–―-\u00a0")  # "―": the quotation dash
    if seg[:1] in "'’" and seg[1:2].isspace():  # a nested mark's end: ''…'' ' said X
        seg = seg[1:].lstrip(" ,—–-\u00a0")
    if not seg:
        return None
    acc = _ACCORDING_RE.match(seg)
    if acc:  # ", according to the report": not the verb "report"
        m = source_mention(acc.group("np"))
        return Cue("according to", m) if m else None
    read = _text_reads(seg) or framed_cue(seg)
    if read is not None:
        return read
    words = seg.split()
    for k, w in enumerate(words[:30]):
        if k >= 14 and "," not in " ".join(words[:k]):
            break  # past 14 words only through appositions ("X, the director of …, said")
        bare = w.strip(",:;").lower()
        heard = bare in _SPEAKING_ING and k > 2 and words[k - 1] == "heard" and \
            words[k - 2] in _BE  # '"…?" a reporter can be heard asking X': the reporter
        if not heard and (bare not in REPORTING or k > 0 and not_a_verb(
                words[k - 1], w, " ".join(words[:k]) + " ") and not (
                k == 1 and words[0] == "a" and (not bare.isascii() or bare == "dit"))):
            continue  # (but « … », a déclaré X)
        if k == 0 and pos > 0 and w[:1].isupper():
            continue  # '"…," State spokesman X said': a name's word, not the verb "state"
        if bare in ("went", "goes", "go") and (k + 1 >= len(words) or
                                              words[k + 1].strip(",.").lower() != "on"):
            continue  # ", two days after voters went to the polls": no "went on to say"
        if k == 0 and bare not in _INVERTING and len(words) > 2 and words[1][:1].isupper() \
                and any(x.strip(",.").lower() in _INVERTING for x in words[2:8]):
            continue  # '"…," state Sen. X said': a noun before a title, the verb after
        if k == 0 or k == 1 and words[0].lower() in {"a", "ont", "avait", "hat", "haben"}:
            # said Zhao / sagte Müller / a déclaré Marie Dubois
            rest = seg[seg.index(w) + len(w):]
            if bare in PARTICLES:
                continue
            if bare in HEARER_VERBS and bare not in _INVERTING:
                return None  # ", told an audience at …": the hearer, never the speaker
            m = _after_np_of_verb(rest) or (det_np(_STOP.split(rest, maxsplit=1)[0])
                                            if bare in _INVERTING else None)
            return Cue(bare, m) if m else None
        if k > 0 and words[k - 1].lower() in {"was", "were", "is", "are", "been", "being", "be"}:
            return None  # "X was asked": X did not speak
        if k > 1 and words[0].lower() in _CLAUSE_OPENERS - {"as"}:
            return None  # '"…," and the board agreed': a clause of its own ("as X said": a cue)
        if _NEGATION & {x.lower() for x in words[max(0, k - 2):k]}:
            return None  # '"…." The group did not elaborate.': no one spoke
        # a capitalised "Will", "May" after a quote is a name, no auxiliary ('…," Will wrote')
        before = [x for x in words[:k] if x.strip(",") not in _AUX]
        while heard and before and before[-1] in ("heard", "be"):
            before.pop()
        while len(before) > 1 and _ADVERB.fullmatch(before[-1]):  # "X now said", "X quickly added"
            before.pop()
        m = parse_mention(" ".join(before)) or noun_source(" ".join(before)) or \
            definite_np(" ".join(before)) or (det_np(" ".join(before)) if len(before) <= 4
                                              else None)  # "this look-alike declared"
        if m is None and [b.lower() for b in before] == ["it"]:
            m = Mention(pronoun="it")  # '"…," it stated': the text named before
        if m is None and len(before) > 4:  # '"…," a memo from the county board said'
            m = text_from(" ".join(before))
        if m is None and len(before) == 1:
            m = lone_someone(before[0])  # '"…," another said
        if m is None:
            return None
        verb = bare
        if k + 1 < len(words) and words[k + 1].strip(",.").lower() in PARTICLES and \
                verb in {"pointed", "points", "went", "goes", "added"}:
            verb = f"{verb} {words[k + 1].strip(',.').lower()}"
        return Cue(verb, m)
    if words and words[0].lower() == "so" and len(words) > 1:  # German: „…“, so Müller.
        m = _after_np_of_verb(seg[2:])
        return Cue("so", m) if m else None
    return _any_verb(text, pos + len(text[pos:limit]) - len(text[pos:limit].lstrip(" ,—–-")),
                     seg)


#: The words after a quote up to a comma or a colon and the next quote's opening mark.
_INTRODUCES = re.compile(r"[^.!?\"“”«»\n]{1,120}?[,:]\s*[\"“«]\s*[A-Z]")


def introduces_quote(text: str, pos: int) -> bool:
    """Whether the clause after a closing mark at ``pos`` leads to another quote (``"…?"
    Cole then writes back, "You look cute."``) rather than ending the sentence."""
    return _INTRODUCES.match(text, pos) is not None


def verb_first_cue(text: str, pos: int) -> bool:
    """Whether a verb that goes before its subject follows a closing mark at once, then the
    subject (``"… anonymity" said Nick Merrill``): the quote's cue, though no comma or period
    ends the quoted words (not ``"Parasite" director X said``)."""
    m = _INVERTED_NEXT.match(text[pos:pos + 60])
    return m is not None and m.group(1) in _INVERTING


_NEGATION = frozenset({"not", "never", "didn't", "don't", "doesn't", "won't", "wouldn't"})


def closing_cue(text: str, pos: int) -> bool:
    """Whether the words after a quote that ends with its own period are a short sentence
    that only says who spoke it (``"… emails." Dana Pike said.``): a name and its verb, a
    few words at most, nothing reported after them (not ``"… end." On Monday, X told the
    board that …``)."""
    rest = text[pos:pos + 120]
    rest = rest[len(rest) - len(rest.lstrip(" \u00a0—–―-")):]  # '"…." — Ann Lee said.'
    end = _STOP.search(rest)  # not the period of "Gov."
    if end is None or rest[end.start()] not in ".!?":
        return False
    words = [w.strip(",").lower() for w in rest[:end.start()].split()]
    verb = next((k for k, w in enumerate(words) if w in REPORTING), None)
    return 2 <= len(words) <= 6 and verb is not None and (
        verb == 0 or len(words) - verb <= 2 and rest.lstrip()[:1].isupper()) and \
        not _NEGATION & set(words)


#: Words that open a clause of its own after a quote: no cue follows them.
_CLAUSE_OPENERS = frozenset({"while", "whereas", "and", "but", "or", "as", "when", "because",
                             "though", "although", "if", "after", "before", "since", "until",
                             "so", "yet", "where", "unless", "once", "which", "who"})
_READS_AFTER = re.compile(r"(?P<verb>reads?)\s+(?P<np>.+)$")
_READ_BEFORE = re.compile(r"(?P<np>.+?)\s+(?P<verb>reads?)$")


#: Who a quote's words are from, framed after it: ``came the reply from X``, ``is how X put
#: it``, ``was how X described it``; a name's words and its commas end on a character that
#: is no space, and the spaces around a comma are taken whole (no run of spaces read in
#: many ways: linear in the words after the quote).
_FRAMED = re.compile(r"(?:came\s+(?:the|a|an)\s+(?:[a-z]+\s+)?(?P<noun>reply|response|answer|"
                     r"retort|rejoinder|verdict)\s+from\s+(?P<np1>[^,;:]{2,80}?)(?:,[^;:]{0,80})?|(?:is|was)\s+how"
                     r"\s+(?P<np2>[^,;:]{1,59}?[^,;:\s](?:\s*+,\s*+[^,;:]{0,39}?[^,;:\s]){0,2}?)"
                     r"(?:\s*+,)?\s++(?:put|puts|described|describes|summed|sums|"
                     r"phrased|phrases)\b[^,;:]{0,40}+)[\s,]*$")


#: Where a reply came from rather than who gave it: a preposition of place (``from within
#: the campaign``, ``from across the room``) or a part of a place (``from the back of the
#: hall``).
_FROM_PLACE = re.compile(r"(?:within|across|inside|outside|behind|beyond|among|amid|around|"
                         r"near|throughout|under|over|below|above)\s|(?:the|a|an)\s+(?:[a-z]+\s+)?"
                         r"(?:back|front|rear|side|end|middle|corner|floor|top|bottom|edge)\s+of\s",
                         re.I)


#: A headline's speaker before its colon: ``Tom Reed: Harbor Plan Is a ‘Disaster.’``.
_HEADLINE_LEAD = re.compile(r"(?P<np>[A-Z][^:;\n“”\"‘’!?]{0,60}?):\s+(?=\S)")
#: A sentence's end inside the words before a headline's colon (not ``Dr.``, ``U.S.``).
_WORD_STOP = re.compile(r"[a-z]{3}\.\s")
#: A headline's length at most, in words and in characters.
_HEADLINE_WORDS = 30
_HEADLINE_CHARS = 300


def headline_speaker(text: str, start: int, end: int,
                     known: Callable[[str], bool] | None = None) -> Mention | None:
    """The one a headline names before its colon, for words in marks after it (``Tom Reed:
    Harbor Plan Is a ‘Disaster for Families’``, ``Ann Lee: Budget ‘not fit for purpose.’``):
    a line of its own, the text's first or one in title case, of one sentence; None when the
    words before the colon name no one or a clause ends between the colon and the marks
    (``Report: …; campaign says ‘…’``), or ``known`` (whether the text names someone so)
    refuses the name (``UPDATE:``, ``Watch:``, ``Opinion:``: a label)."""
    lo, hi = max(0, start - _HEADLINE_CHARS), end + _HEADLINE_CHARS
    ls, le = text.rfind("\n", lo, start), text.find("\n", end, hi)
    if ls < 0 < lo or le < 0 and hi < len(text):
        return None  # a line longer than a headline (each look bounded)
    ls, le = ls + 1, len(text) if le < 0 else le
    if le - ls > _HEADLINE_CHARS or len(text[ls:le].split()) > _HEADLINE_WORDS:
        return None
    m = _HEADLINE_LEAD.match(text, ls, start)
    if m is None or _HEADLINE_BREAK.search(text, m.end(), start) or \
            _WORD_STOP.search(m.group("np")):
        return None
    said = _outside_marks(text[m.end():le])
    if ls > 0 and not title_case(said):
        return None  # a line of the body, not the text's first, in sentence case
    if any(w.strip(_EDGE_PUNCT).lower() in REPORTING for w in said.split()):
        return None  # "Ann Lee: Critics Call Plan ‘A Disaster’": another's words
    np = _HEADLINE_AFTER_NP.split(m.group("np"), maxsplit=1)[0]  # "Ann Lee to Voters:"
    words = np.split()
    if not 1 <= len(words) <= 4 or "," in np or _HEADLINE_LABEL.fullmatch(np) or \
            words[-1].lower() in _HEADLINE_THINGS or any(
            _HEADLINE_VERB.fullmatch(w) for w in words[:-1]):
        return None  # "The Latest:", "Man Comes Forward With New Claim:"
    who = parse_mention(np)
    if who is None or who.pronoun or not (who.name or who.role) or \
            known is not None and not (who.name and known(who.name)):
        return None
    return who


#: After a headline's speaker, a hearer, a topic or a place (``Ann Lee to Voters:``,
#: ``Ann Lee on the Budget:``, ``Former AG Tom Reed at the Convention:``).
_HEADLINE_AFTER_NP = re.compile(r"\s+(?:to|on|at|in)\s", re.I)
#: A thing before a headline's colon, not who speaks (``Ann Lee Interview:``, ``… Plan:``).
_HEADLINE_THINGS = TEXT_NOUNS | {"interview", "speech", "remarks", "profile", "debate"}
#: A label, not a speaker: an article and one word (``The Latest:``).
_HEADLINE_LABEL = re.compile(r"(?:The|A|An)\s+\S+")
#: A verb in title case before a headline's last word (``Man Comes Forward``, ``Cash
#: Debunks X``): the words before the colon are a clause, not who speaks.
_HEADLINE_VERB = re.compile(r"[A-Z][a-z]{2,}[^s’'\W]s")


#: Punctuation around a headline's word.
_EDGE_PUNCT = ",.;:!?’'\"()"
#: What ends a clause inside a headline: a semicolon, a sentence's end, a colon.
_HEADLINE_BREAK = re.compile(r"[;:]|[.!?]\s")
#: Words in marks, left out when a headline's case is read.
_IN_MARKS = re.compile(r"[“‘\"][^”’\"\n]*[”’\"]")


def _outside_marks(line: str) -> str:
    """``line`` without its words in marks."""
    return _IN_MARKS.sub(" ", line)


def framed_cue(seg: str) -> Cue | None:
    """``"…," came the reply from Ann Lee.``, ``"…," is how Ann Lee put it.``: the one the
    words after a quote say they are from (not where they came from: ``from the back of the
    hall``); a name may hold a comma (``is how Tom Reed, Jr., put it``, ``Ann Lee, the
    mayor,``)."""
    m = _FRAMED.fullmatch(seg.strip(" ,"))
    if m is None:
        return None
    np = m.group("np1") or m.group("np2")
    if _FROM_PLACE.match(np):
        return None
    who = parse_mention(np) or det_np(np)
    if who is None or not (who.name or who.role or who.pronoun in ("he", "she", "they")):
        return None
    return Cue(m.group("noun") or "put", who)


def _text_reads(seg: str) -> Cue | None:
    """``"…," the email read`` / ``"…," reads a Wednesday editorial in The Register``: a
    text whose words a quote gives (``read`` is no cue of a person)."""
    m = _READ_BEFORE.fullmatch(seg.strip(" ,")) or _READS_AFTER.fullmatch(seg.strip(" ,"))
    if m is None or len(m.group("np").split()) > 10:
        return None
    if m.group("np").lower() == "it":
        return Cue(m.group("verb"), Mention(pronoun="it"))  # '"…," it read.': the text before
    if (one := lone_someone(m.group("np"))) is not None and one.role in ("one", "another"):
        return Cue(m.group("verb"), one)  # '"…," read one.': one of the texts, unnamed
    who = noun_source(m.group("np")) or det_np(m.group("np"))
    if who is None or who.role is None or who.role.split()[-1].lower() not in TEXT_NOUNS:
        return None
    return Cue(m.group("verb"), who)


_ANY_VERB_RE = re.compile(r"(?P<np>[^;:]{1,80}?)\s+(?P<verb>[a-z]{3,}ed|shot|spat|swore|struck)"
                          r"(?:\s+(?:back|again|out|on|up|[a-z]+ly))?"
                          r"(?:\s+with\s+an?\s+[a-z]+)?[\s,]*$")  # "shot back with a laugh"
_PAST_FORM = re.compile(r"ed\b|\b(?:shot|spat|swore|struck)\b")
_VERB_FIRST_RE = re.compile(r"(?P<verb>[a-z]{3,}ed)(?:\s+(?:back|again|out|on|up))?\s+"
                            r"(?P<np>[^,;:]{1,60}?(?:,[^;:]{1,80}?)?)[\s,]*$")


def _any_verb(text: str, at: int, seg: str) -> Cue | None:
    """``"Go register," Trump implored.``: a speaker and any past-tense verb that end the
    sentence right after a quote are its cue, though the verb is not a reporting one."""
    end = at + len(seg)
    if text[max(0, at - 4):at].rstrip(" ,—–-\u00a0")[-1:] not in ("”", '"', "’", "'", "»"):
        return None  # "…, a recommendation X adopted.": no quote right before, no cue
    if text[end:end + 1] not in (".", "!", ",") or "\n" in seg or len(seg.split()) > 14 \
            or not _PAST_FORM.search(seg) or seg.split(None, 1)[0].lower() in _CLAUSE_OPENERS:
        return None  # '"…," while others disagreed': a clause of its own, no cue
    m = _ANY_VERB_RE.match(seg)
    if m:
        who = parse_mention(m.group("np")) or noun_source(m.group("np")) or \
            definite_np(m.group("np"))
    else:
        m = _VERB_FIRST_RE.match(seg)
        who = _after_np_of_verb(m.group("np")) or noun_source(m.group("np")) if m else None
    if m is None or who is None or who.pronoun in ("i", "we"):
        return None
    return Cue(m.group("verb"), who)


#: Participles whose subject speaks the words they lead to (``…, calling him a "loser."``).
_SPEAKING_ING = PARTICIPLES | {"calling", "describing", "labeling", "labelling", "dubbing",
                               "declaring", "stating", "accusing", "urging", "branding",
                               "promising", "vowing", "claiming", "suggesting", "predicting",
                               "chanting", "shouting", "yelling", "tweeting", "reading",
                               "quipping", "joking", "replying", "responding", "recalling"}
_ADVERBS_END = re.compile(r"(?:\s+(?:then|also|later|again|once|further|previously|recently|"
                          r"simply|just|finally|" + LY_NOUNS + r"[a-z]+ly))+\s*$")
_NOUN_DETS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their",
                        "our", "one", "another"})
#: Nouns for what speaks without being a person: ``the joint statement said``.
SOURCE_NOUNS = frozenset({"statement", "report", "study", "survey", "poll", "memo", "letter",
                          "email", "complaint", "lawsuit", "filing", "ad", "advert", "release",
                          "document", "analysis", "website", "tweet", "book", "editorial",
                          "article", "column", "ruling", "indictment", "narrator", "message",
                          "announcement", "notice", "sign", "banner", "caption", "headline",
                          "verdict", "order", "review", "note", "blog", "video", "post",
                          "petition", "resolution", "motion", "brief", "transcript"})


def not_a_verb(before: str, word: str, lead: str = "") -> bool:
    """A reporting word used as a name or a noun: ``The Washington Post``, ``the report``,
    ``Trump's remarks``, ``secretary of state``; ``the State Department report``
    (``lead``: the words before it)."""
    det = before.strip(",").lower()
    if det in ("another", "one") and (word.strip(",:").endswith("ed") or
                                      word.strip(",:") in ("said", "wrote", "told")):
        return False  # "Another tweeted,", '"…," one said': someone unnamed speaks
    return word[:1].isupper() or det in _NOUN_DETS | {"of"} or \
        before.endswith(("'s", "’s", "s'", "s’")) or (  # "Trump's remarks": a noun
            word in SOURCE_NOUNS and _NAMED_BEFORE_NOUN.search(lead) is not None)


def state_before_noun(word: str, after: str) -> bool:
    """Whether ``state`` is a noun's modifier, not the verb: a lower-case word that no
    clause or object opens follows it (``GOP state leaders``, ``state lawmakers``; not
    ``Officials state that``, ``The documents state the plan …``)."""
    nxt = after.strip(",.;:")
    return word == "state" and nxt.isalpha() and nxt.islower() and \
        nxt not in FUNCTION_WORDS and nxt not in PRONOUNS


#: A determiner or a year, then capitalised words: what names a text before its noun (``A
#: 2014 House Intelligence Committee report found``: ``report`` is no verb).
_NAMED_BEFORE_NOUN = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|"
                                r"[Tt]heir)|\b\d{4})(?:\s+[A-Z][\w.'’&-]*)+\s+$")


#: A determiner and up to four lower-case words (``noun_source``).
_DET_NOUNS = re.compile(r"\s*(?P<det>(?i:the|a|an|one|another|this|its|their|his|her))\s+"
                        r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})[\s,]*")


def noun_source(np: str) -> Mention | None:
    """A determiner and a few lower-case words, the last a noun for a text or a teller
    (``the narrator``, ``the joint statement``): an unnamed source."""
    m = _DET_NOUNS.fullmatch(np)
    if m is None or m.group("np").split()[-1] not in SOURCE_NOUNS:
        return None
    return Mention(role=m.group("np"), definite=m.group("det").lower() not in {"a", "an", "one"})


#: Where the phrase ``according to`` names stops naming its source: a parenthesis, a
#: relative clause, ``at the time``.
_SOURCE_TAIL = re.compile(r"\s*\(|\s+(?:who|which|whose|that)\s|\s+at\s+the\s+time\b")


def source_mention(np: str) -> Mention | None:
    """Who ``according to`` names: a person or, failing that, the phrase itself (``an
    investigation by …``, ``the Health Ministry in Gaza``)."""
    m = parse_mention(np)
    if m is not None:
        return m
    text = _ARTICLE_OPEN_I.sub("", np.strip(" ,.;"))
    text = _SOURCE_TAIL.split(text, maxsplit=1)[0]  # "polls at the time", "X who asked …"
    if len(text.split()) > 10:  # "a letter to X from the chairman of …": the letter
        head = _PREP_SPLIT.split(text, maxsplit=1)[0]
        text = head if head.split()[-1].lower() in TEXT_NOUNS else text
    return Mention(role=text) if 0 < len(text.split()) <= 10 else None


def cue_before(text: str, start: int, pos: int) -> Cue | None:
    """A cue in ``text[start:pos]``, the sentence before an opening mark: ``Putin said: "``,
    ``a spokesman stressed that they "``, ``According to X, "``."""
    seg = _dashes_as_commas(text[start:pos])  # "Ann Lee — the mayor — said:"
    taken = _taken_from(_DASH_OR_STOP.split(seg.rstrip())[-1]) \
        if seg.rstrip().endswith(":") else None
    if taken is not None:  # "Pollsters agree - More from Jones:": Jones
        return taken
    label = _dash_label(seg)
    if label is not None:  # "Pollsters agree - Ann Lee:": Ann Lee, not the pollsters
        return Cue(":", label)
    # the phrases below end right before the mark: only the sentence's last words are read
    end = seg if len(seg) <= 200 else seg[seg.find(" ", len(seg) - 200) + 1:]
    put = _put_it(end) if " it" in end[-16:] else None
    if put is not None:  # "As Ann Lee, the party's No. 2, put it:": Ann Lee
        return put
    passive = _TOLD_BY.search(end) if " by " in end else None
    if passive is not None:  # "Lee was told by Reed:": Reed, not Lee
        by = parse_mention(passive.group("np")) or det_np(passive.group("np"))
        if by is not None and (by.name or by.role):
            return Cue(passive.group("verb"), by)
    shown = _TEXT_SAYING.search(end) if end.rstrip(" ,:").endswith(
        ("said", "says", "saying", "read", "reads", "reading")) else None
    if shown is not None and shown.group("head") in _SHOWN:
        # "Lee held up a sign saying", "a headline that said,": the text, not its holder
        return Cue(shown.group("verb"), Mention(role=shown.group("np"), definite=shown.group(
            "det").lower() not in ("a", "an", "one")))
    words_of = list(_WORDS_OF.finditer(seg)) if " in " in seg.lower() or seg[:3] == "In " \
        else []
    if words_of and (len(seg[words_of[-1].end():].split()) <= 1 or
                     _short_clause(seg[words_of[-1].end() - 1:])):
        # "was, in the words of a senior adviser, "…"", "In Ann Lee's view, the plan "…"
        m = source_mention(words_of[-1].group("np") or words_of[-1].group("pos"))
        if m:
            return Cue("in the words of", m)
    acc = list(_ACCORDING_RE.finditer(seg))
    if acc and (len(seg[acc[-1].end():].split()) <= 2 or _short_clause(seg[acc[-1].end():])):
        # "According to X, "…"; "According to X, the plan "…": X
        m = source_mention(acc[-1].group("np"))
        if m:
            return Cue("according to", m)
    words = list(_NONSPACE.finditer(seg))
    for k in range(len(words) - 1, max(-1, len(words) - 16), -1):
        w = words[k].group().strip(",:;").lower()
        after_comma = k > 0 and words[k - 1].group().endswith(",")
        if w in _SPEAKING_ING and (len(words) - k <= 3 or k + 1 < len(words) and words[
                k + 1].group().lower() == "that" and text[pos + 1:pos + 2].islower()
                or (after_comma or _WITH_SUBJECT.search(seg[: words[k].start()]))
                and len(words) - k <= 10):  # "…, with Cole noting the absurdity of …"
            # he declined, saying "…"; X backs this up, saying that most of it is "…": the
            # clause's subject speaks; "…, with Trump reportedly yelling:": the one after "with"
            absolute = _WITH_SUBJECT.search(seg[: words[k].start()])
            subj = parse_mention(absolute.group("np")) if absolute else None
            subj = subj if subj is not None and (subj.name or subj.role) else \
                clause_subject(seg[: words[k].start()])
            if subj is not None:
                return Cue(w, subj)
            continue
        shot_back = w in _BACK_VERBS and k + 1 < len(words) and \
            words[k + 1].group().strip(",:").lower() == "back"  # "X shot back, "…": X
        if w not in REPORTING and not shot_back or k > 0 and not_a_verb(
                words[k - 1].group(), words[k].group(), seg[:words[k].start()]) or \
                state_before_noun(w, words[k + 1].group() if k + 1 < len(words) else ""):
            continue
        tail = words[k + 1 :]
        after = [t.group().strip(",:;").lower() for t in tail[:2]]
        if w in ("went", "goes", "go") and after[:1] == ["on"] and after[1:] not in ([], ["to"]):
            continue  # "once the Senate goes on recess": no "went on to say"
        if w in ("went", "goes", "go") and not after and not words[k].group().endswith(":"):
            continue  # 'saying the agreement goes "…"': no cue ("the saying goes:" is one)
        partial = text[pos + 1:pos + 2].islower()
        long_ok = (seg.rstrip().endswith(",") or partial) and w in {
            "said", "says", "added", "told", "argued", "wrote", "noted", "stressed"}
        # 'Beck joked, again using an exaggerated accent, "…': an aside between the verb
        # and the quote
        aside = words[k].group().endswith(",") and seg.rstrip().endswith(",") and \
            len(tail) <= 12
        if len(tail) > 4 and not (w in HEARER_VERBS and len(tail) <= 6) and not long_ok \
                and not aside:
            return None
        # "Wallace then asked", "she quickly added": the subject before the adverbs
        head = _ADVERBS_END.sub("", seg[: words[k].start()])
        # "X, asked about Y, had said": the subject before the auxiliary and the aside
        head = _ADVERBS_END.sub("", _AUX_END.sub("", head))
        # "a post from Ann Lee who wrote,", "Ann Lee was prompted to say,": Ann Lee (not
        # "a candidate who promised mass deportation:": the verb's own clause)
        head = _BEFORE_VERB.sub("", head) if not tail else _TO_VERB.sub("", head)
        # "a spokesman for the mayor said:"; 'Lee thanked the voters who said it was "…"':
        # the voters, the group the relative clause is of
        m = who_group(head.rstrip()) or body_role(head) or subject_of(head)
        if m is None and _BUT_AND_END.search(head):
            # "Carson did not mention his rivals by name, but told his supporters, "…";
            # "Hayek confirmed she had been and said": the clause's opening name
            first = _BUT_AND_TAIL.sub("", head)
            m = opening_subject(last_clause(first)) or clause_subject(first)
        if m is None and tail and w not in HEARER_VERBS and w in _INVERTING:  # said X: "
            m = _after_np_of_verb(seg[words[k].end():].rstrip(" :,"))
        if m is None:  # "Another child responded,", "One tweet said:": someone unnamed
            m = _unnamed_clause(head) or noun_source(last_clause(head))  # "One tweet said:"
        if m is None:
            return _colon_cue(seg)  # "The email goes on to say:": the clause before the colon
        return Cue(w, m, adjacent=len(tail) <= 2)
    return _colon_cue(seg)


#: ``in the words of X,``, ``in X's words,``, ``In X's view,``: whose words or view a quote
#: after it gives.
_WORDS_OF = re.compile(r"\b[Ii]n\s+(?:the\s+words\s+of\s+(?P<np>[^,.;:“”\"«»]{2,80}?)|"
                       r"(?P<pos>[^,.;:“”\"«»]{2,60}?)(?:['’]s|(?<=s)['’])\s+(?:own\s+)?(?:words|view|"
                       r"telling|account|estimation))\s*,")


def _short_clause(words: str) -> bool:
    """Whether ``words`` (after ``according to X``, up to a quote's mark) are a comma,
    then the opening of one short clause with no verb that reports (``, the plan``,
    ``, Smith is``): the quote goes on the clause the source is given for."""
    rest = words.lstrip()
    if not rest.startswith(","):
        return False
    tail = rest[1:].split()
    return 0 < len(tail) <= 6 and "," not in rest[1:] and not any(
        w.lower() in REPORTING for w in tail)


#: Past forms that report a retort with ``back`` (``X shot back, "…``), not reporting verbs
#: alone.
_BACK_VERBS = frozenset({"shot", "hit", "struck", "spat", "snapped"})
#: A perfect's auxiliary right before a reporting verb (``X, asked about Y, had said``; not
#: ``Rubio will continue to be``, where ``continue`` reports nothing).
_AUX_END = re.compile(r"(?<=[\w,])\s+(?:had|has|have)\s*$")


#: A passive reporting verb and its agent before a quote: ``Lee was told by Reed: "…``.
_TOLD_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?P<verb>told|asked|"
                      r"warned|reminded|informed|assured|questioned|pressed)\s+by\s+"
                      r"(?P<np>[^,;:\"“”]{2,60}?)\s*[:,]\s*$")
#: A text, then ``saying``, ``that said``, ``which read`` right before its quote: ``a sign
#: saying "…``, ``a headline that said, "…``, ``a shirt that read "…``.
_TEXT_SAYING = re.compile(r"\b(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                          r"(?P<np>(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][\w-]*))"
                          r"(?:\s+(?:at|on|in|from|outside|near)\s+[^,;:\"“”]{1,40})?,?\s+"
                          r"(?:(?:that|which)\s+)?(?P<verb>said|says|saying|read|reads|reading)"
                          r"[,:]?\s*$")
#: Things with words on them that no one is quoted through (not ``a statement saying``,
#: ``the caption which reads``: whoever issued or wrote it speaks).
_SHOWN = frozenset({"sign", "banner", "headline", "placard", "poster", "shirt",
                    "t-shirt", "hat", "cap", "button", "billboard", "sticker"})


#: ``As X put it:`` / ``as X put it,`` right before a quote.
_PUT_IT = re.compile(r"\b[Aa]s\s+(?P<np>[^:;!?]{2,120}?)\s+(?:(?:has|had)\s+)?puts?\s+it"
                     r"(?:\s+[a-z]+ly)?[:,]\s*$")


def _put_it(seg: str) -> Cue | None:
    """``As Ann Lee, the party's No. 2, put it: "…``: who puts it is the speaker (the
    name before an apposition; ``put`` is no reporting verb of its own)."""
    m = _PUT_IT.search(seg)
    if m is None:
        return None
    np = _AS_SPLIT.split(m.group("np"))[-1].strip(" ,")  # the last "as"
    first = parse_mention(np.split(",")[0]) if "," in np else None
    who = first if first is not None and first.name else subject_of(np)
    return Cue("put it", who) if who is not None and (who.name or who.role or who.pronoun) \
        else None


def _dash_label(seg: str) -> Mention | None:
    """``Pollsters agree - Ann Lee:``, ``… the caucus — Ledger Polling:``: a name of up to
    six words, alone between a dash and the colon that opens a quote, labels it (a
    digest's source line)."""
    if not seg.rstrip().endswith(":"):
        return None
    parts = _DASH_SPLIT.split(seg.rstrip()[:-1])
    if len(parts) < 2 or not 1 <= len(parts[-1].split()) <= 6:
        return None
    m = parse_mention(parts[-1])
    return m if m is not None and m.name and not m.pronoun else None


#: Words between a subject and its reporting verb that are not its subject: a relative
#: pronoun (``a post from Ann Lee who wrote``), a verb or a state and ``to`` (``Ann Lee was
#: prompted to say``, ``… was quick to add``, ``… decided to write``).
_TO_VERB = re.compile(r"(?<=\w)\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
                      r"(?:[a-z]+ed|quick|eager|ready|able|happy|careful|keen|had|has|have)"
                      r"\s+to\s*$")  # "what X had to say:"
_BEFORE_VERB = re.compile(r"(?<=\w),?\s+(?:who|which)\s*$|" + _TO_VERB.pattern)


_FROM_SOURCE = re.compile(r"(?:More\s+from|From)\s+(?P<np>[^,;:]{2,60}):")


#: An absolute phrase's subject before its participle: ``, with Trump reportedly``.
_WITH_SUBJECT = re.compile(r"\bwith\s+(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                           r"(?:\s+[a-z]+ly)?\s*$")


def _taken_from(head: str) -> Cue | None:
    """``More from Jones:``, ``From the report:`` (the words before a colon, after a dash or
    a sentence's end): who the quote after them is taken from."""
    source = _FROM_SOURCE.fullmatch(head.strip())
    if source is None:
        return None
    m = parse_mention(source.group("np")) or noun_source(source.group("np"))
    return Cue(":", m) if m is not None and (m.name or m.role) else None


#: Whose words a colon gives: a possessor and a noun for what they said (``Lee's message to
#: voters``, ``Here is the mayor's full statement``, ``Her response``), or someone and the
#: topic (``The mayor on the plan``).
_OWNED_WORDS = re.compile(r"(?:(?:Here(?:['’]s|\s+is|\s+was)|From|This\s+is|That\s+was)\s+)?"
                          r"(?:(?P<who>[^,;:\"“”]{2,40}?)(?:['’]s|(?<=s)['’])|(?P<pron>[Hh]er|"
                          r"[Hh]is|[Tt]heir))\s+(?:[a-z][\w-]*\s+){0,2}(?:statement|message|"
                          r"response|reply|answer|verdict|reaction|remarks|speech|tweet|post|"
                          r"letter|email|advice|explanation|words)(?:\s+(?:to|for|on|about|in)"
                          r"\s+[^:,]{1,40})?")
_ON_TOPIC = re.compile(r"(?P<who>(?:[Tt]he|[Aa]n?)\s+[^,;:\"“”]{2,40}?)\s+on\s+[^:,]{1,40}")


def _words_owner(head: str) -> Mention | None:
    """Whose words the clause ``head`` before a colon names (``Lee's message to voters``,
    ``Her response``, ``The mayor on the plan``): a name, a role or a pronoun; None for any
    other clause."""
    m = _OWNED_WORDS.fullmatch(head.strip())
    if m is not None and m.group("pron"):
        return Mention(pronoun={"her": "she", "his": "he"}.get(m.group("pron").lower(), "they"))
    m = m or _ON_TOPIC.fullmatch(head.strip())
    who = parse_mention(m.group("who")) if m is not None else None
    return who if who is not None and (who.name or who.role) and not who.pronoun else None


#: A thing someone owns, all capitalised (``Ann Lee’s Plan``, ``Voters’ Verdict``): no one
#: speaks in the words a colon after it opens.
_OWNED_THING = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*(?:['’]s|(?<=s)['’])"
                          r"(?:\s+[A-Z][\w-]*){1,4}")


def _colon_cue(seg: str) -> Cue | None:
    """``Peggy Drexler, CNN: "…``: a name (and what it writes for) before a colon that
    opens the quote, all of the sentence before it; else the subject of the sentence a
    colon ends (``She then addressed the supporters again: "…``)."""
    head = seg.rstrip()
    if not head.endswith(":"):
        return None
    head = _DASH_OPT_SPLIT.split(head)[-1]  # "A HEADLINE - Frank Newport:": after the dash
    head = _STOP_SPLIT.split(head)[-1]  # the sentence the colon ends
    taken = _taken_from(head)
    if taken is not None:
        return taken
    owner = _words_owner(head[:-1]) if len(head.split()) <= 10 else None
    if owner is not None:  # "Lee's message to voters:", "Here is the mayor's statement:"
        return Cue(":", owner)
    if _OWNED_THING.fullmatch(head[:-1].strip()):
        return None  # "Ann Lee’s Plan:": a thing of hers; the words judge it, hers or not
    if len(head.split()) <= 8:
        m = parse_mention(head[:-1])
        if m is not None and m.name and (not m.org or " and " in m.name) and \
                len(m.name) > 1:  # not "Q:"; two people joined by "and" too
            return Cue(":", m)
    words = head[:-1].split()
    if len(words) < 2 or not any(w.islower() for w in words[1:4]):
        return None  # a label ("BREAKING NEWS:"), not a clause with a subject and a verb
    last = words[-1].lower()
    if len(words) > 2 and (last in REPORTING or last.endswith("ed")) and words[-1].islower():
        # "X said as the heckler yelled:": the subject of the verb the colon follows
        clause = _ADVERBS_END.sub("", head[:-1].rsplit(None, 1)[0])
        unnamed = _UNNAMED_END.search(clause)
        near = body_role(clause) or subject_of(clause) or (
            definite_np(unnamed.group()) if unnamed else None)
        if near is not None and (near.name or near.role or near.pronoun):
            return Cue(":", near, adjacent=False)
    m = clause_subject(head[:-1])
    if m is None or not (m.name or m.pronoun):
        m = text_subject(head[:-1])  # "The email goes on to say:", "The ad ends with …:"
    if m is None:
        m = _named_opener(head[:-1])  # "Article 12 affirms:", "The X Board was clear:"
    if m is None:
        m = _unnamed_opener(head[:-1])  # "A familiar voice celebrated it on Twitter:"
    if m is None:
        # "The surge does not surprise pollster Ann Lee:", "… drew a rebuke from Ann Lee:":
        # no one opens the clause; the person it ends with is who the colon gives
        last = parse_mention(trailing_np(head[:-1]))
        m = last if last is not None and last.name and not last.org and \
            len(last.name.split()) > 1 else None
    return Cue(":", m, adjacent=False) if m is not None and (m.name or m.pronoun or m.role) \
        else None


#: A determiner or a possessor, a few lower-case words and a place or a setting, then a
#: verb: someone unnamed who opens a clause (``A familiar voice celebrated``, ``One voter in
#: the town put``, ``The senator's first five questioners ranged``).
_UNNAMED_OPENER = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|"
    r"(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s)\s+(?P<np>(?:(?!(?:in|at|from|of|on|with|to|for|by)\s)[a-z][\w'’-]*\s+){0,3}"
    r"[a-z][\w'’-]*)(?:\s+(?:in|at|from|of|on|with)\s+(?:the\s+|a\s+)?[\w'’-]+)?\s+"
    r"(?P<verb>[a-z]{3,}(?:ed|s)|put|said|told|wrote|made|took|gave|had|was|were)\b")


#: Words inside no unnamed speaker's noun phrase: a determiner or a pronoun of a clause
#: (``The rationale these proven …``).
_NOT_IN_NP = frozenset("""these those this that such its his her their our my your the a an
    and or but to of for it they he she we""".split())


def _unnamed_opener(clause: str) -> Mention | None:
    """Someone unnamed who opens ``clause`` before its verb, the clause a colon ends: the
    noun phrase after a determiner or a possessor (``a familiar voice``, ``first five
    questioners``); None for a verb, an adverb or a word that names no one."""
    clause = clause.strip()
    m = _UNNAMED_OPENER.match(clause) or _UNNAMED_OPENER.match(clause.rsplit(", ", 1)[-1])
    if m is None:  # "Hours after the attack, a familiar voice …": after the fronted phrase
        return None
    words = m.group("np").split()
    last = words[-1].lower()
    if m.group("owner") and len(words) == 1 and last in SPEECH_NOUNS | {"response", "reply",
                                                                         "answer"}:
        named = parse_mention(m.group("owner"))  # "Ann Lee's response was:": Ann Lee
        return named if named is not None and named.name else None
    if last in FUNCTION_WORDS or last in _NOT_WHO or last in TEXT_NOUNS or any(
            w in _NOT_IN_NP or w in REPORTING or w in _AUX or
            w.endswith(("ly", "ing", "ed")) for w in words):
        return None  # "The email goes on": a text, read elsewhere
    return Mention(role=" ".join(words), definite=m.group().lower().startswith("the "))


#: A capitalised noun phrase that opens a clause (a body, a document, a possessor's text),
#: then its verb: ``Article 12 affirms``, ``The Ohio Board of Elections was``, ``Lee's letter
#: makes``.
_NAMED_OPENER = re.compile(
    r"(?:[Tt]he\s+)?(?P<np>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the|\d+))*"
    r"(?:\s+[a-z]+)?)\s+(?P<verb>[a-z]+)\b")


def _named_opener(clause: str) -> Mention | None:
    """The capitalised noun phrase that opens ``clause`` before its verb (a third person's
    ``-s``, a past ``-ed``, ``was``): a body or a document (its last lower-case word a noun
    for a text) that speaks before a colon."""
    clause = CONJUNCTION_OPEN.sub("", strip_fronted(clause.strip()))
    m = _NAMED_OPENER.fullmatch(clause) or _NAMED_OPENER.match(clause)
    if m is None or m.group("np").split()[0].lower() in FUNCTION_WORDS and "," in clause:
        # "As if addressing the board, the Ohio Board of Elections was …": after the comma
        clause = _THE_OPEN.sub("", clause.rsplit(", ", 1)[-1])
        m = _NAMED_OPENER.match(clause)
    if m is None:
        return None
    np, verb = m.group("np"), m.group("verb")
    if np.split()[-1].islower() and np.split()[-1] not in TEXT_NOUNS:
        np, verb = np.rsplit(" ", 1)  # "The Ohio Board of Elections was conclusive"
    if np.endswith(("'s", "’s")):
        return None  # "Reed's remarks drew …": a possessor, neither a body nor a text
    if not (verb in _PAST or verb.endswith("ed") or verb.endswith("s") and
            not verb.endswith(("ss", "us"))) or verb in PRONOUNS:
        return None
    if np.split()[0].lower() in FUNCTION_WORDS:
        return None  # "At his news conference …": a fronted phrase, no subject
    if np.split()[-1].islower():
        return Mention(role=np, definite=True) if np.split()[-1] in TEXT_NOUNS else None
    named = parse_mention(np)  # else a body or a text by its name: "Article 12"
    return named if named is not None and named.name else Mention(name=np, org=True)


#: A reporting clause set in a sentence between commas: ``X, Rubio said,``.
_ASIDE = re.compile(r",\s+(?P<np>[^,]{1,60}?)\s+(?:said|says|added|noted|wrote|argued|"
                    r"claimed|insisted|recalled|explained)\s*,$")


#: A subject, then a participle or a setting before ``to``/``with`` and whom it addresses:
#: ``Another source speaking to Ann Lee``, ``Tom Ford in a letter to Ann Lee`` (the one
#: addressed is no speaker).
_HEARD = re.compile(r"(?P<head>\S.*?)[\s,]+(?:[a-z]{2,}ing|in\s+(?:an?|his|her|their)\s+"
                    r"[a-z]+)\s+(?:to|with)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*")


#: An unnamed source's adjective and preposition before the one it is close to (``Sources
#: close to the mayor``, ``a person familiar with Ann Lee's thinking``).
_CLOSE_TO = re.compile(r"\b(?:close|familiar|involved|allied|knowledgeable|briefed)\s+"
                       r"(?:to|with|in|on|about)\s*$")


#: A phrase that ends in a place after a preposition (``… University in Berea``).
_IN_PLACE = re.compile(r"\b(?:in|at|from|near|of)\s+(?:[A-Z][\w.'’-]*\s?)+$")


def subject_of(before: str) -> Mention | None:
    """Who the words ``before`` a reporting verb name as its subject: the noun phrase right
    before it, or, when a parenthetical comes between (``X, a director of …, who runs …,
    says``; ``James Townsend, prosecuting, said``), the noun phrase that opens the clause."""
    before = strip_fronted(before.rstrip())  # "In March, the agency", "X later Thursday"
    aside = _ASIDE.search(before)
    if aside:  # "CNN, Cruz said, called it …": who the aside says reports it
        m = parse_mention(aside.group("np"))
        if m is not None and (m.name or m.pronoun in ("he", "she", "they")):
            return m
    if before.endswith(","):
        # a clause after "…, and"; not "and" inside the apposition ("Paul Begala, a former
        # adviser to Mr. Clinton and a friend of the couple's,")
        # (a period of "D.C." or "Sen." ends no clause)
        # "X signed an order, while Ann Lee, a governor,": the clause the conjunction opens
        # (then, when the clause after "that" names no one, before it: "Ann Lee, clad in
        # lights that formed the name Trump," is Ann Lee's apposition, no reported clause)
        # ("… came up after Mr. Reed, asked about Y,": the clause after the conjunction)
        # ("Ann Lee, speaking after Tom Reed,": a participle's preposition, no clause)
        for joints in _CLAUSE_JOINTS:
            clause = joints.split(last_clause(before))[-1].strip()
            parts = clause.split(",")
            for k, head in enumerate(parts[:4]):  # past a fronted phrase the clause opens with
                if not head.strip() or fronted(head) or len(head.split()) == 1 and (
                        k and _IN_PLACE.search(parts[k - 1]) or
                        _STATE_CODE.fullmatch(head)):
                    continue  # "Tuesday in Berea, OH, after winning, Gov. X,": a town's state
                m = parse_mention(head)
                if m is not None and m.role and not m.name and k + 1 < len(parts) and \
                        apposed_name(head, parts[k + 1]):
                    # "The chief of staff, Tom Reed,": the role's name set apart after it
                    m = parse_mention(f"{head}, {parts[k + 1]}") or m
                if m is not None and (m.name or m.role or m.pronoun):
                    return m
                if head.strip()[:1].isupper():
                    return None  # a capitalised phrase that names no one is the subject
        return None
    heard = _HEARD.fullmatch(last_clause(before))
    if heard is not None:  # "Another source speaking to Ann Lee said": not Ann Lee
        head = heard.group("head").strip(" ,")
        return parse_mention(head) or definite_np(head) or det_np(head)
    subject = trailing_np(last_clause(before))  # "… with donors; aides say": aides
    if subject and _CLOSE_TO.search(before.rstrip()[: -len(subject)]):
        subject = ""  # "Sources close to the mayor said": the sources, not the mayor
    m = parse_mention(subject) if subject else None
    clause = last_clause(before)
    if m is None and _COORDINATED.fullmatch(clause):  # "She endorsed the mayor, but said"
        return _coordinated_subject(clause)
    if m is None and len(clause.split()) <= 8:  # "Another source familiar with … said"
        m = parse_mention(clause)
    return m or share_subject(clause)  # "… and 14 percent said", "those surveyed said"


#: A clause, then the conjunction that joins the reporting verb's clause to it.
_COORDINATED = re.compile(r"(?P<clause>.+?),?\s+(?:but|and)\s*")
def _coordinated_subject(clause: str) -> Mention | None:
    """Who speaks after ``, but said`` or ``and said`` when the clause before is a
    subject, a verb and its object (``She endorsed the mayor``): the subject (a pronoun,
    a name or a role), never the whole clause."""
    m = _COORDINATED.fullmatch(clause)
    words = m.group("clause").split() if m else []
    k = next((i for i, w in enumerate(words[:7]) if i and w.islower() and (
        w.endswith("ed") or w in _PAST or w in REPORTING)), None)
    if k is None or not 1 <= len(words) - k - 1 <= 4 or any(
            w.endswith(",") or w.islower() and (w.endswith("ed") or w in REPORTING or w in _PAST)
            for w in words[k + 1:]):
        return None  # no plain object after one verb
    subj = " ".join(words[:k])
    if subj.lower() in PRONOUNS:
        return Mention(pronoun=subj.lower())
    who = parse_mention(subj) or definite_np(subj)
    return who if who is not None and (who.name or who.role) else None


_DETS = ("the", "a", "an", "his", "her", "their", "its")
#: The commonest irregular past forms and auxiliaries: a clause's verb.
_PAST = frozenset("""is are was were has had have did made took gave went came saw knew
    thought found got felt left kept held brought began became ran won lost paid met sent
    built spent led meant told said wrote spoke broke chose stood sold bought""".split())


def _bare_name(words: list[str]) -> bool:
    """Words that are a name and nothing else (``J. Michael Pearson``)."""
    return all(w[:1].isupper() or w in ("of", "de", "and") for w in words)


def _has_verb(part: str) -> bool:
    """Whether the words after the first of ``part`` hold a verb (``Mr. Ubben called …``)."""
    return any(w.islower() and (w.endswith("ed") or w in REPORTING or w in _PAST)
               for w in part.split()[1:])




def _named_before_role(part: str, before: str) -> Mention | None:
    """When ``part`` is a role set apart after a name (``before``): the name it describes
    when ``before`` is that name alone (``76-year-old Jane Roe, founder of X,``); an empty
    mention (read on before it) when the name ends a clause with a verb (``Lee criticized
    Smith, the front-runner,``: the object's role) or is another role set apart; None
    otherwise."""
    tail = before.split()
    if not tail or not tail[-1][:1].isupper() or fronted(before) or \
            SUBORDINATE_OPENING.match(before):
        return None  # "As the paper noted on Thursday, the candidate": the clause's subject
    role = parse_mention(part)
    if role is None or not role.role or role.name and not role.org or role.pronoun:
        return None
    if _has_verb(before):
        return Mention()
    name = parse_mention(before)
    if name is None or name.pronoun:
        return None
    if name.org or not name.name or name.role and " " in name.role:
        return Mention()  # "X, founder of the Y Institute, a member of …,": read on to X
    return name


_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
_MODALS = frozenset("will would could can may might must do does should shall".split())


def opening_subject(clause: str) -> Mention | None:
    """The person a clause opens with, up to its verb: ``Cruz is praising Jeb Bush``,
    ``Former Florida governor Jeb Bush called …`` (a name, no organisation, no possessor)."""
    words = clause.split()
    k = next((i for i, w in enumerate(words) if i and w.islower() and (
        w in _PAST or w in _MODALS or w in REPORTING or len(w) > 4 and w.endswith("ed"))), None)
    if k is None or k > 8 or any(w.endswith((",", ";", ":")) or w in ("and", "or")
                                 for w in words[:k]) or words[0].lower() in SUBORDINATORS:
        return None  # "Cruz and Trump have …", "When X criticized Y, …": no one subject
    if words[k] in _BE and k + 1 < len(words) and words[k + 1].endswith("ed"):
        return None  # "Sanders was asked by X": a passive's subject does not speak
    m = parse_np(" ".join(words[:k]))
    return m if m is not None and m.name and not m.org and not m.pronoun else None


def clause_subject(text: str) -> Mention | None:
    """The subject of the clause ``text`` ends: its first pronoun or name."""
    clause = last_clause(text)
    parts = [p for p in _COMMA_SPLIT.split(clause) if p.strip()]
    for k in range(len(parts) - 1, -1, -1):  # nearest first
        part = parts[k]
        words = part.split()
        if words[0] == "who" and k > 0:  # "… would involve Attorney General X, who told"
            m = parse_mention(trailing_np(parts[k - 1]))
            if m is not None and m.name:
                return m
        if k and words[0] in ("as", "while", "whereas", "when") and len(words) > 2 and \
                words[1][:1].isupper():  # "…, as Ann Lee echoed the criticism, saying"
            words = words[1:]
        if words[0].islower() and words[0] not in PRONOUNS and not titled(words[0]) and \
                words[0] not in _DETS or len(parts) > 1 and fronted(part):
            continue  # "emailed supporters on Monday": a verb phrase; "Likewise": no subject
        if k > 0 and _bare_name(words) and _has_verb(parts[k - 1]):
            continue  # "X called Y's chief, Ann Lee,": an apposition to the object
        if k > 0 and words[0] in ("a", "an") and parts[k - 1].split()[-1][:1].isupper() \
                and not fronted(parts[k - 1]):
            continue  # "X said that Fiorina, a first-time chief executive,": Fiorina's
        named = _named_before_role(part, parts[k - 1]) if k > 0 else None
        if named is not None:  # "Jane Roe, founder of X, endorsed Y": Jane Roe, not founder
            if named.name:
                return named
            continue  # "Lee criticized Smith, the front-runner, saying": the object's role
        for w in words[:3]:  # "She's a supporter but concedes": she (a third person only)
            bare = _CONTRACTION_END.sub("", w.lower())
            if w.lower() in PRONOUNS or bare in ("he", "she", "they"):
                return Mention(pronoun=bare)
        # the noun phrase that opens the part, up to its verb
        np: list[str] = []
        body = words[0] in ("the", "The")  # a body's name may run on: "the X and Y of Z"
        for j, w in enumerate(words[:12 if body else 8]):
            if j >= 8 and not (w[:1].isupper() or w in ("of", "the", "and")):
                break
            if body and w == "and" and np and np[-1][:1].isupper() and j + 1 < len(words) \
                    and words[j + 1][:1].isupper() and not titled(words[j + 1]):
                np.append(w)  # "the Science and Technology Directorate of …"
                continue
            if np and w.islower() and not titled(w) and w not in ("for", "of", "at", "the") \
                    and not (len(np) == 1 and np[0].lower() in _DETS) \
                    and w not in ORG_WORDS and w not in MODIFIERS:  # "Clinton campaign spokesman"
                # "Republican presidential candidate X took": modifiers before a role noun
                if w in SOURCE_NOUNS and np[-1][:1].isupper() and len(np) > 1:
                    np.append(w)  # "A 2014 House Committee report found": the text
                    break
                if not any(titled(x) for x in words[j + 1:j + 3]) or w.endswith("ed") or \
                        w in IRREGULAR_PAST and j + 1 < len(words) and words[j + 1].islower() \
                        or w in REPORTING or w.endswith("s") and not w.endswith("ss"):
                    # ("met survivors": a past verb and its object; not "chose German
                    # Chancellor Ann Lee", read by the names' rules)
                    break
            np.append(w)
        if np and np[-1].endswith(("'s", "’s")) and len(words) > len(np):
            continue  # "Mr. Trump's private club": a place or a thing, no subject
        m = parse_mention(" ".join(np)) if np else None
        if m is None and np:
            m = noun_source(" ".join(np))  # "The ad targets a …": a text that speaks
        if m is not None and (m.name or m.role):
            return m
    return None


def cue_line(line: str) -> Cue | None:
    """An attribution line after a set-off quote: ``- said the Russian president.``,
    ``- this opinion was expressed by X, connecting …``, ``- the expert emphasized.``"""
    text = line.strip().lstrip("-—–― ").rstrip(".")
    pas = _PASSIVE_RE.search(text)
    if pas:
        m = parse_mention(pas.group("np"))
        if m:
            return Cue(f"- {pas.group('verb')}", m)
    c = cue_after(text, 0)
    if c is not None:
        return Cue(f"- {c.verb}", c.mention)
    return None
