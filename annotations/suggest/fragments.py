"""Speakers that are fragments, cut to the phrase that names someone or refused: a clause
swallowed with an unnamed speaker (``some students may``, ``others could be heard calling
friends``), a verb phrase read as a subject (``taking the stage``, ``again for X``, ``for
someone``), a pronoun with its verb contracted (``She's a supporter``), words from inside a
quotation (``Marco!``), a capitalised word that names no one (``Contrary``, ``Why``); the
head of a long noun phrase that speaks (``A spokesman for the office … of X``: spokesman);
a word for what was said after its verb (``tweeted a warning``), no speaker at all."""

from __future__ import annotations

import re
from dataclasses import replace

from .names import Mention, party_word, people_noun
from .vocab import FUNCTION_WORDS, IRREGULAR_PAST, ORG_WORDS, TEXT_NOUNS, TITLES

#: Auxiliaries and modals: a speaker's phrase ends before them (``some students may``).
_AUX = frozenset("""may might could would will can should must shall has have had is are was
    were did does do""".split())
#: Words that never open a speaker's phrase: prepositions and adverbs of a verb phrase
#: (``for someone``, ``never …``).
_NO_OPENER = frozenset("""for to from by with without against into onto upon never ever""".split())
#: Adverbs of focus before a phrase: no part of who speaks (``even his own supporters``).
_FOCUS = frozenset("even also just only again then still".split())
#: A subject pronoun with its verb contracted (``She's``, ``They’re``, ``I'm``).
_CONTRACTED = re.compile(r"(?i)(he|she|they|we|i)['’](?:s|re|m|ve|d|ll)")
#: Capitalised words that open a sentence and name no one (an adjective or an interjection
#: before a comma or a preposition: ``Contrary to X's claims``, ``Wait, it gets better:``).
_NOT_NAMES = frozenset("""contrary wait why what how who where when do does did yes no well
    oh indeed perhaps maybe sure thanks please""".split())


#: Words that are never a speaker on their own: time nouns left of a fronted phrase
#: (``Earlier this week, …``), a relative pronoun.
_NO_ONE = frozenset("""week weekend month year day night morning afternoon evening today
    yesterday tonight which who whom whose that""".split())


#: One word that only modifies a noun: ``pro-Trump`` (``the organizer of a pro-Trump
#: rally``), ``anti-tax``, ``Democratic``.
_MODIFIER_ONLY = re.compile(r"(?i:pro|anti|non|ex)-[\w'’]+|Democratic")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})
#: Prepositions and conjunctions that open a sentence's fronted phrase, never a name.
#: Words that open a clause before its subject's name (``What Ann Lee wrote …``).
_WH_OPENERS = frozenset({"What", "How", "Why", "Where", "Whatever"})
_PREPOSITIONS = frozenset("""despite unlike amid amidst among following including after
    before when while if although though because since until without with for from by
    under against toward towards unless whereas""".split())


def _verb_opener(words: list[str]) -> bool:
    """Whether lower-case ``words`` open with a verb phrase, not a modifier of a noun: a past
    form, an auxiliary or a preposition (``left Sen. X``, ``for someone``), or a word in -ed
    or -ing before a determiner or a preposition (``taking the stage``, ``rallied for X``;
    not ``retired neurosurgeon``, ``recently hacked documents``)."""
    w = words[0].lower().strip(",.;:")
    if w in _AUX or w in IRREGULAR_PAST or w in _NO_OPENER:
        return True
    if len(w) <= 4 or not w.endswith(("ing", "ed", "ly")) or len(words) < 2:
        return False
    return not w.endswith("ly") and words[1].lower().strip(",.;:") in _OBJECT_OPENERS


def _verb_and_object(words: list[str]) -> bool:
    """Whether ``words`` open with a past form and its object's determiner (``quoted the
    president``, ``gave his …``; not ``compiled by X``, ``filed in court``)."""
    w = words[0].lower()
    return len(words) > 1 and (w in IRREGULAR_PAST or len(w) > 4 and w.endswith("ed")) and \
        words[1].lower() in _DETERMINERS


_DETERMINERS = frozenset("the a an his her their its this these those".split())
#: Words that open a verb's object or a phrase after it: ``taking the …``, ``caused concern
#: among``, ``yanked his arm``.
_OBJECT_OPENERS = frozenset("""the a an his her their its him them it us me my our this
    that these those to for with among about on in at""".split())


def unfragment(m: Mention | None, pronoun: bool = False) -> Mention | None:
    """``m`` cut to the phrase that names someone, or None when it names no one: an unnamed
    speaker up to an auxiliary or a verb and its object (``some students may`` -> ``some
    students``, ``early tweet quoted the president`` -> ``early tweet``), a contracted
    pronoun as the pronoun; None for a verb phrase, words from a quotation or a capitalised
    word that names no one. A name, a pronoun or a role that reads as one is kept. With
    ``pronoun`` (a reporting verb's subject being read), a subject pronoun that opens a
    swallowed clause is that pronoun (``She urged the council …, proposed that``: she)."""
    if m is None or m.pronoun:
        return m
    if m.name:
        if m.name[-1:] in "!?" or m.name.strip(".,").lower() in _NOT_NAMES or \
                _MODIFIER_ONLY.fullmatch(m.name):
            return None  # 'chants of "Marco! Marco!,"', "Contrary to …", "pro-Trump"
        first, _, rest = m.name.partition(" ")
        if first.lower() in _PREPOSITIONS or first in _WH_OPENERS:
            # "Despite Ann Lee('s …)", "What Ann Lee wrote next was …": Ann Lee
            return replace(m, name=rest) if rest[:1].isupper() else None
        return m
    if not m.role:
        return m
    if m.role.lower().strip(",.") in _NO_ONE or _MODIFIER_ONLY.fullmatch(m.role):
        return None  # "Earlier this week, X, who …, conceded": no "week"; ", which hits …:"
    words = m.role.split()
    contracted = _CONTRACTED.fullmatch(words[0])
    if contracted is not None:  # "She's a supporter", "They’re": she, they
        return Mention(pronoun=contracted.group(1).lower(), role=contracted.group(1))
    if pronoun and len(words) > 1 and words[0].lower() in _SUBJECT_PRONOUNS and \
            words[1].lower() not in ("and", "or", "nor"):  # not "she and her aides"
        return Mention(pronoun=words[0].lower(), role=words[0])  # "she urged the …": she
    if not words[0][:1].islower():
        return m
    if len(words) > 2 and words[0] in _AUX and words[1] in ("why", "how"):
        words = words[2:]  # "(That) is why critics say": critics
    while len(words) > 1 and words[0] in _FOCUS:
        words = words[1:]  # "according to even his own supporters": his own supporters
    if _verb_opener(words):
        return None  # "taking the stage", "for someone", "left Sen. X of Texas center"
    cut = next((k for k, w in enumerate(words) if k and (w.lower() in _AUX or _verb_and_object(
        words[k:]))), len(words))  # "early tweet quoted the …"
    left = words[:cut]
    if left == m.role.split():
        return m
    if len(left) == 1 and (left[0].endswith("ly") or left[0].lower() in FUNCTION_WORDS and
                           left[0].lower() not in ("some", "many", "most", "all", "both")):
        return None  # "roughly yanked the arm …": an adverb; "it would …": no one
    return Mention(role=" ".join(left), definite=m.definite)  # "others could be heard …"


def modifier_only(m: Mention) -> bool:
    """Whether ``m`` is one word that only modifies a noun (``pro-Trump``, ``Democratic``)."""
    return bool(_MODIFIER_ONLY.fullmatch(m.name or m.role or ""))


def fragment_free(name: str | None) -> str | None:
    """A speaker's name as suggested, cut or refused as ``unfragment`` cuts a mention (a
    contracted pronoun as written without its verb: ``We’ve`` -> ``We``)."""
    if not name:
        return None
    m = unfragment(Mention(role=name) if name[:1].islower() or _CONTRACTED.match(name)
                   else Mention(name=name))
    if m is not None and m.pronoun:
        return m.role  # "We’ve": the pronoun as written, no verb
    if m is not None and m.role and (named := _ROLE_THEN_NAME.fullmatch(m.role)) and not any(
            w.lower() in FUNCTION_WORDS for w in m.role[:named.start("name")].split()):
        return named.group("name")  # "writer Ann Lee": Ann Lee (not "spokesman for X")
    return None if m is None else m.role or m.name


#: A noun phrase that opens with a determiner and a role or a group in lower case, then a
#: preposition: ``A spokesman for …``, ``The chairman of …``, ``Members of …``.
_LONG_NP = re.compile(r"(?P<det>(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|"
                      r"[Mm]any)\s+)?(?P<head>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*|"
                      r"[A-Z][a-z]+s)\s+(?:of|for|at|from|with|on|in)\s+(?P<rest>.+)", re.S)
#: Words inside a phrase that make it a clause: a relative, a verb's form.
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|said|says|told|is|are|was|were|"
                          r"has|have|had|[a-z]{3,}ed)\b")


def long_subject(core: str) -> Mention | None:
    """The head of a reporting verb's subject that is one long noun phrase (``A spokesman
    for the office of budget and management of the state of X`` -> ``spokesman``; ``The
    chairman of the committee … and a critic of the agency`` -> ``chairman``), not the
    last name inside it (``X``, ``agency``); None when the words hold a clause or a comma
    (a name and its apposition are read elsewhere)."""
    m = _LONG_NP.fullmatch(core.strip())
    if m is None or "," in core or _CLAUSE_WORD.search(core):
        return None
    head = m.group("head")
    if head.split()[-1].lower() in FUNCTION_WORDS:
        return None
    if head.split()[-1].lower() in _QUANTITIES:  # "a high percentage of voters": voters
        return None
    return Mention(role=head[0].lower() + head[1:] if head[:1].isupper() else head,
                   definite=(m.group("det") or "").strip().lower() == "the")


#: Nouns of a quantity: the group after ``of`` is who speaks (``a number of voters``).
_QUANTITIES = frozenset("""number numbers percentage percent majority majorities share
    proportion plurality minority handful lot lots third half quarter fraction dozen
    dozens hundreds thousands""".split())


#: Lower-case words of a role, then a person's name of two capitalised words or more
#: (``writer Ann Lee``, ``longtime aide Tom Reed``).
_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w'’-]*\s+){1,3}(?P<name>(?:[A-Z][a-z][\w'’-]*\s+)"
                             r"(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*)")


#: A verb, then a word for what was said as its object (``tweeted a warning``, ``tweeted
#: their approval``): the thing said, never a speaker after the verb (``said a spokesman``).
_SAID_THING = re.compile(r"[\s,]*(?:[a-z]+ly\s+)?(?!(?:said|says|wrote|writes|added|adds|asked|"
                         r"asks)\b)[a-z]+\s+(?:a|an|their|his|her|its|our)\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?:warning|statement|message|reminder|note|response|reply|question|"
                         r"link|photo|video|tweet|letter|post|comment|challenge|plea|rebuke|"
                         r"retort|threat|promise|approval|disapproval|support|opposition|thanks|"
                         r"condolences|congratulations|praise|concerns?|objections?)\b")


def said_thing(words: str) -> bool:
    """Whether ``words`` (after a comma or a quote) open with a verb and a word for what
    was said as its object (``, tweeted a warning.``): no cue naming a speaker."""
    return _SAID_THING.match(words) is not None


#: A reporting verb right after a quote, then a long noun phrase as its subject (``,"
#: noted a report for a charity on energy policies by a nonprofit.``).
_INVERTED = re.compile(r"[\s,—–-]*(?P<verb>said|says|noted|notes|wrote|writes|added|adds|"
                       r"argued|argues|warned|warns|concluded|concludes|stated|states)\s+"
                       r"(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne)\s[^.;:!?“”\"]{5,200}?)\s*(?:[.;]|$)")


def inverted_long_subject(after: str) -> tuple[str, Mention] | None:
    """The reporting verb and its subject when a quote is followed by the verb, then one
    long noun phrase (``," noted a report for X on Y by Z.``: report): (verb, mention)."""
    m = _INVERTED.match(after)
    if m is None:
        return None
    who = long_subject(m.group("np"))
    return (m.group("verb"), who) if who is not None else None


#: A determiner, a lower-case noun (a role, a group, a text) and the body or person it is
#: of, for or to, ending a clause: ``a spokesman for the mayor``, ``an aide to Sen. X``.
_BODY_ROLE = re.compile(r"(?:^|\b(?:that|and|but|while|when|as|because|so)\s+|,\s+)"
                        r"(?:(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|"
                        r"[Ss]everal)\s+)?(?P<head>(?:[a-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s+"
                        r"(?P<rest>(?:for|to|of|with|at)\s+[^,;:]{2,60}?)\s*$")
#: Lower-case words of a clause after a role's complement: a verb, so no noun phrase.
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
#: Adjectives after an unnamed source's head: its own phrase (``a source familiar with
#: the talks`` is the source, read elsewhere).
_AFTER_SOURCE = frozenset({"familiar", "close", "involved", "knowledgeable", "briefed",
                           "present", "speaking", "opposed", "allied"})
_VERB_WORD = re.compile(r"[a-z]{3,}ed|[a-z]+ing|" + "|".join(sorted(IRREGULAR_PAST)))


def body_role(clause: str) -> Mention | None:
    """The role or group that ends ``clause`` before its reporting verb when it is of,
    for or to someone (``The schedule was so odd that a spokesman for the mayor`` ->
    ``spokesman for the mayor``): the phrase speaks, not the body or person after ``for``.
    None when the words after the preposition hold a verb or more than six words."""
    m = _BODY_ROLE.search(clause.strip())
    if m is None:
        return None
    head, rest = m.group("head").split(), m.group("rest").split()
    det = m.group("det") or ""
    if not det and not (len(head) == 1 and head[0].lower() in TITLES and
                        head[0].endswith("s")) or det and not head[-1].islower():
        return None  # with no determiner, a plural role alone: "Aides to the mayor"
    head = [w.lower() if not det else w for w in head]
    if any(w.lower() in FUNCTION_WORDS or w in _RELATIVES or w in _AFTER_SOURCE or
           _VERB_WORD.fullmatch(w) for w in head) or head[-1] in _QUANTITIES or \
            len(rest) > 7 or any(w.islower() and _VERB_WORD.fullmatch(w) for w in rest):
        return None  # "a number of voters": the voters; "a letter to X signed by": a clause
    return Mention(role=" ".join(head + rest),
                   definite=det.lower() == "the")


#: A share of people that speaks (``14 percent``, ``21%``), or those a poll asked (``those
#: surveyed``), ending the words before a reporting verb.
_SHARE = re.compile(r"(?:^|(?<=\s))(?P<np>\d[\d.,]*\s*(?:percent|per\s+cent|%)|[Tt]hose\s+"
                    r"(?:surveyed|polled|questioned|interviewed|asked|responding))\s*$")


def share_subject(before: str) -> Mention | None:
    """``… and 14 percent`` -> ``14 percent``, ``While those surveyed`` -> ``those
    surveyed``: the share or the people of a poll that a reporting verb follows (``of
    voters`` after a share names the group and is read elsewhere)."""
    m = _SHARE.search(before)
    return Mention(role=m.group("np")) if m is not None else None


#: A text and who it is from: a determiner, up to two words, a noun for a text, ``from``,
#: ``by`` or ``of`` and a short phrase (``a memo from the county board``).
_TEXT_FROM = re.compile(r"(?P<det>[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
                        r"[Oo]ne)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,2}(?P<head>[a-z][a-z-]*)\s+"
                        r"(?:from|by|of)\s+[^,;:\"“”]{2,60})")


def text_from(np: str) -> Mention | None:
    """``the memo from the county board`` -> the role ``memo from the county board``: a text named
    with who it is from or by, the subject of a reporting verb after a quote (``"…," a
    memo from the county board said``); None for any other phrase or one holding a verb."""
    m = _TEXT_FROM.fullmatch(np.strip(" ,"))
    if m is None or m.group("head") not in TEXT_NOUNS or any(
            w in IRREGULAR_PAST or w.endswith("ed") for w in m.group("np").split()[1:]):
        return None
    return Mention(role=m.group("np"), definite=m.group("det").lower() not in ("a", "an", "one"))


_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|"
                r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                r"eighteen|nineteen|a\s+hundred)")
#: The pattern of a share of those polled, read whole (``_POLL_SHARE``) and at the end of
#: words (``_SHARE_TAIL``).
_SHARE_TEXT = (
    r"(?i:(?:(?:only|just|about|nearly|almost|roughly|some|around|over|under|a\s+mere|a\s+full|"
    r"as\s+many\s+as|more\s+than|fewer\s+than|less\s+than|at\s+least|shy\s+of)\s+)*"
    r"(?:\d[\d.]*\s*(?:percent|per\s+cent|%)|" + _NUMBER_WORD + r"\s+percent|"
    r"(?:\d+|" + _NUMBER_WORD + r")\s+in\s+(?:\d+|" + _NUMBER_WORD + r")|half|"
    r"(?:a|one|two|three|four)[\s-]+(?:thirds?|quarters?|fourths?|fifths?)|"
    r"(?:a\s+)?majorit(?:y|ies)|those\s+(?:surveyed|polled|questioned|interviewed|responding)))"
    r"(?:\s+of\s+(?:all\s+|the\s+|those\s+)?(?:[\w'’-]+\s+){0,3}[A-Za-z][\w'’-]*s|"
    r"\s+of\s+those\s+(?:surveyed|polled|questioned|interviewed|asked)|"
    r"\s+of\s+those\s+who\s+[a-z]+(?:\s+[\w'’-]+){0,4}|"
    r"(?:\s+[\w'’-]+){0,3}\s+[a-z][a-z-]+s)?"
    r"(?:\s+(?:polled|surveyed|questioned|interviewed|overall))?"
    r"(?:\s+in\s+(?:a|an|the|this|that)\s+(?:[\w'’/.-]+\s+){0,5}(?:poll|survey))?")
#: A share of those polled that opens a sentence as the whole subject of its reporting verb:
#: an optional hedge, a figure (``67 percent``, ``Twenty-four percent``, ``Six in 10``,
#: ``Nearly half``, ``a third``), then at most ``of`` and a short group or a plural group
#: (``of Democratic registered voters``, ``Republican voters``), ``polled``, ``overall``,
#: and the poll (``in a recent CBS News poll``).
_POLL_SHARE = re.compile(_SHARE_TEXT)
#: The same share ending words after a clause's opening (``In Virginia, 85% of Democrats``,
#: ``an electorate in which 67 percent of voters``, ``…, with 50 percent``).
_SHARE_OPENING = (r"(?:^|[,:;]\s+|\s[—–-]\s|\b(?i:which|whom|while|whereas|and|but|though|"
                  r"although|with|after|that)\s+)")
_SHARE_TAIL = re.compile(_SHARE_OPENING + r"(?P<share>" + _SHARE_TEXT + r")$")
#: A share and its figure set apart after it (``about two-thirds, 67 percent,``, ``A third
#: of independents, 33%,``), ending the words before a reporting verb.
_SHARE_APPOSED = re.compile(_SHARE_OPENING + r"(?P<share>" + _SHARE_TEXT + r",\s+"
                            r"\d[\d.]*\s*(?:percent|per\s+cent|%)),$")


def poll_share(core: str) -> Mention | None:
    """``67 percent of voters``, ``Six in 10``, ``Nearly half``, ``a third of GOP primary
    voters``: a share of those polled that is the whole subject of a reporting verb (an
    unnamed source: the share as written); None for any other phrase."""
    core = core.strip(" ,")
    if _POLL_SHARE.fullmatch(core) is None or len(core.split()) > 12:
        return None
    return Mention(role=core)


def is_poll_share(speaker: str | None) -> bool:
    """Whether a suggested speaker is a share of those polled (``poll_share``): the voice of
    its own report only, never of a later quote with no cue of its own."""
    return speaker is not None and _POLL_SHARE.fullmatch(speaker) is not None


def share_tail(words: str) -> Mention | None:
    """A share of those polled (``poll_share``) that ends ``words`` right after a comma, a
    colon, a relative pronoun or a conjunction (``In Virginia, 85% of Democrats``, ``in
    which 67 percent of voters``, ``while nine in 10``, ``after half``): the subject of the
    verb after it, or a share with its figure set apart (``about two-thirds, 67 percent,``);
    None when another comma closes ``words`` (``Tom Reed, who finished with 55 percent,``:
    the share is inside words set apart, and the subject is before them)."""
    if words.rstrip().endswith(","):
        apposed = _SHARE_APPOSED.search(words.rstrip(), max(0, len(words) - 200))
        return None if apposed is None else Mention(role=apposed.group("share"))
    words = words.strip(" ,")
    m = _SHARE_TAIL.search(words)
    if m is None:
        return None
    before = words[:m.start("share")].split()[-2:]
    if len(before) == 2 and before[1] == "and" and before[0][:1].isupper():
        return None  # "Tom Reed and 40 percent of the members": one subject of two
    return poll_share(m.group("share"))


#: Texts and records in the plural or as a mass (``public records``, ``ratings data``).
_TEXT_PLURALS = frozenset("""records data figures statistics numbers results documents files
    filings emails polls surveys studies reports memos letters transcripts""".split())
#: Conjunctions that open the clause a reporting verb may end.
_CLAUSE_OPENERS = frozenset("but though although while when and as because since so yet if".split())
_TEXT_DETERMINERS = frozenset("the a an this that these those its their his her".split())


def text_clause(before: str) -> Mention | None:
    """A text or records opening the clause that ``before`` (the words before a reporting
    verb) ends: ``though public records`` (indicate …), ``But early ratings data``
    (suggests …), ``but the 50-state poll``: who reports the clause's words."""
    words = before.split()
    k = max((i + 1 for i, w in enumerate(words) if w.endswith(",") or
             w.lower() in _CLAUSE_OPENERS), default=0)
    np = words[k:]
    det = np[0].lower() if np and np[0].lower() in _TEXT_DETERMINERS else ""
    np = np[1:] if det else np
    if not 1 <= len(np) <= 4 or np[-1] not in TEXT_NOUNS and np[-1] not in _TEXT_PLURALS or \
            any(w.lower() in FUNCTION_WORDS or not w[:1].isalnum() for w in np):
        return None
    return Mention(role=" ".join(np), definite=det in ("the", "this", "that", "these", "those"))


#: Texts put up to be seen (``the sign read: "…"``): they show words, they report no
#: findings, so they are no subject of a verb of evidence.
_SHOWN = frozenset({"sign", "signs", "banner", "banners", "caption", "captions", "headline",
                    "headlines", "poster", "posters", "placard", "placards"})
#: What studies and rules set down, besides the texts of ``TEXT_NOUNS``: findings that a
#: verb of evidence reports (``Research suggests``, ``Projections suggest``).
_FINDINGS = frozenset("""research work evidence findings projections estimates forecasts
    analyses calculations regulations rules guidelines""".split())
#: Amounts whose ``of`` gives what they are of (``a large body of work``, ``a trove of
#: documents``).
_AMOUNT = frozenset("body series number set range host wealth pile stack batch trove".split())
#: Heads that are people: a doer's suffix (``analysts``, ``advisers``, ``spokesman``) or a
#: word for people (``experts``, ``aides``, ``officials``).
_PERSON_WORD = re.compile(r"[a-z]+(?:er|or|ist|ian|ant|(?<!m)ent|man|woman|men|women|ee)s?|"
                          r"(?:expert|aide|official|staff|team|campaign|people|source|insider|"
                          r"witness|critic|voter|supporter|ally|allies|friend|family)s?|"
                          r"[a-z]+(?:crats|cans)|diplomats|authorities|locals")
#: Words for people that stand alone as a subject (``Many suggest``).
_SOME_PEOPLE = frozenset("many some others most few several both all".split())
#: Where the head of a subject ends: a preposition, a relative word, an aside after it.
_HEAD_END = re.compile(r"\s(?:of|to|in|on|at|along|near|by|from|for|with|across|around|"
                       r"inside|outside|over|under|behind|beside|who|that|which)\s|[,(;:]")
#: An amount and what it is of (``body of work``).
_AMOUNT_OF = re.compile(r"(?P<amount>[a-z]+)\s+of\s+(?P<what>[a-z]+)")


def evidence_subject(subject: str, m: Mention, known: bool) -> bool:
    """Whether the ``subject`` of a verb of evidence (``suggests``, ``indicate``,
    ``reveals``), read as ``m``, may report the clause after it: a person or a body (a name;
    ``known``: the text names them so), a pronoun, or a text, a record or findings (``the
    poll suggests``, ``public records indicate``, ``Research suggests``); not a thing that
    is evidence of no one's words (``Signs along the road indicate``, ``Footprints in the
    snow suggest``)."""
    if m.pronoun or m.org or known or m.name and " " in m.name.strip():
        return True
    phrase = m.role if m.role and not m.name else subject
    words = _HEAD_END.split(f" {phrase} ", maxsplit=1)[0].split()
    if not words:
        return True
    word = words[-1].strip(",.")
    if word[:1].isupper() and len(words) > 1:
        return True  # a name heads it ("Ann Lee and Sam Cole of the institute suggest")
    word = word.lower()
    if word in _AMOUNT:  # "a large body of work": work
        of = next((x for x in _AMOUNT_OF.finditer(subject) if x.group("amount") == word), None)
        word = of.group("what") if of is not None else word
    if word in _SHOWN:
        return False
    return word in TEXT_NOUNS or word in _TEXT_PLURALS or word in _FINDINGS or \
        word.rstrip("s") in TEXT_NOUNS or word in ORG_WORDS or \
        _PERSON_WORD.fullmatch(word) is not None or not word.isalpha() or \
        people_noun(word) or party_word(word) or word in _SOME_PEOPLE


#: An unnamed group and ``who`` right before a reporting verb (``independent voters who``,
#: ``the 30 percent of voters who``): the group reports the clause.
_GROUP_WHO = re.compile(r"(?:^|\s)(?P<np>(?:(?:the|those|many|some|most|"
                        r"\d[\d.]*\s*(?:percent|%)\s+of)\s+)?(?:(?![a-z]+(?:ly|ed)\s)[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,}s)"
                        r"\s+who$")


def who_group(core: str) -> Mention | None:
    """The group a subject's last words name before ``who`` (``Lee thanked the voters
    who``, ``Reed met nurses who``, ``the 30 percent of voters who``), a verb before it
    left out; None when it ends otherwise."""
    rel = _GROUP_WHO.search(core)
    if rel is None:
        return None
    words = rel.group("np").split()
    while len(words) > 1 and words[0] in IRREGULAR_PAST:
        words = words[1:]  # "met the nurses": the nurses
    np = " ".join(words)
    return poll_share(np) or Mention(role=np)
