"""Who is who in one text: the names it uses (fullest form first), what the text says of each
one's gender (titles, kin words, the pronouns that follow), and the speakers a pronoun or a
role noun (``he said``, ``the minister added``) refers back to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from annotations.text.nav import sentence_bounds

from .clause_end import ends_abbreviation
from .fallbacks import unquoted
from .first_names import first_name_sign, is_first_name
from .modifiers import modifier_pairs, role_led
from .names import (
    Mention,
    agent_noun,
    common_word_surname,
    is_namey,
    lone_first_name_subject,
    party_word,
    split_name,
    trailing_np,
)
from .pronouns import fits, it_referent, resolve, they_referent
from .role_match import may_hold, past_role, possessor, same_role
from .roles import apposed_after, apposed_role, closed_apposition, past_led, whole_phrase
from .vocab import FEMALE_WORDS, FUNCTION_WORDS, MALE_WORDS, ROLE_GROUPS, TITLES

_RUN_RE = re.compile(r"(?<![\w’'])([A-Z][\w'’.-]*(?:[ \u00a0]+(?:(?:de|van|von|der|bin|al|da|of|"
                     r"in ['’]t)[ \u00a0]+)?[A-Z][\w'’.-]*)*)")
_INITIAL = re.compile(r"^(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Capt|Sgt|Adm"
                      r"|Maj|Cmdr|Rev|Hon|Supt|Det|Insp|Sens|Reps|Govs|Drs|Messrs)\.$")
#: Role nouns for someone the text does not name: never resolved to a named person.
ANONYMOUS = frozenset({"source", "sources", "person", "people", "someone", "somebody",
                       "insider", "insiders", "witness", "witnesses", "resident", "residents",
                       "voter", "voters", "supporter", "supporters", "critic", "critics",
                       "man", "woman", "men", "women", "boy", "girl", "crowd", "audience",
                       "protester", "protesters", "demonstrator", "demonstrators", "commenter",
                       "commenters", "reader", "readers", "viewer", "viewers", "caller"})
#: Offices a story's main figure is referred to by (``the president said``): a leading role
#: of one person, not a role beside someone (spokesman, lawyer, aide, adviser).
OFFICES = frozenset({"president", "leader", "premier", "chancellor", "king", "queen",
                     "minister", "candidate", "nominee", "governor", "senator", "mayor",
                     "president-elect", "frontrunner", "front-runner", "chairman",
                     "chairwoman", "pope", "prince", "princess", "congressman",
                     "congresswoman", "ceo"})
_PARTS = frozenset({"de", "van", "von", "der", "bin", "al", "da", "in 't", "in ’t"})
_APPOSITION = re.compile(r",[ \u00a0]+(?:a|an|the|who is|who was)[ \u00a0]+([^,.;:()]{3,90})")
#: A reporting verb and its subject's pronoun right after a name: "X said she", "X told
#: reporters that he".
_SAID_PRONOUN = re.compile(r"(?:['’]s?)?[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:said|says|"
                           r"told[ \u00a0]+\w+|added|argued|noted|insisted|explained|wrote|"
                           r"stressed|acknowledged|admitted|claimed|warned)[ \u00a0]+"
                           r"(?:that[ \u00a0]+)?(he|she)\b")
#: "X is a senator", "X was the mayor of …": a role said of a name (its head last).
_PREDICATE = re.compile(r"[ \u00a0]+(?:is|was|has been|had been)[ \u00a0]+(?:a|an|the)"
                        r"[ \u00a0]+((?:[\w'’-]+[ \u00a0]+){0,3}[\w'’-]+)"
                        r"(?=[,.;]|[ \u00a0]+(?:of|at|for|in)\b)")
_PRONOUN_RE = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.I)
#: What follows an object pronoun, not a possessive one: ``backed her up``, ``told her
#: that``, ``gave her a``, ``thanked her.`` (``her record``: a possessive).
_OBJECT_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:!?)\"”]|$|(?:to|up|that|and|but|or|as|at|in|on|"
                           r"of|for|from|by|with|about|out|down|off|back|into|over|the|a|an|"
                           r"this|if|when|while|because|since|after|before|so|how|what|why|"
                           r"whether|it|again|too|directly|personally)\b)")
#: Before a place, not a person: "the primary in South Carolina".
_LOCATIVE = re.compile(r"\b(?:in|at|across|near|throughout|outside|inside)[ \u00a0]+"
                       r"(?:the[ \u00a0]+)?$")

#: A possessive ending (``Lee’s``, ``Jones'``), cut before a word is compared as a name.
_POSSESSIVE_END = re.compile(r"['’]s?$")
#: A courtesy or an abbreviated title right before a name (``Mr``, ``Sen.``).
_TITLE_END = re.compile(r"(?:^|(?<=\s))(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Sen|Rep|Gov|Gen|Adm|Lt|"
                        r"Col|Capt|Sgt|Rev)\.?$")
_NON_SPACE = re.compile(r"\S+")


#: A preposition (and a title) right before a name: ``with Sen.``, ``to``, ``against``.
_AFTER_PREPOSITION = re.compile(r"\b(?:with|to|by|for|against|from|beside|behind|toward|"
                                r"towards|alongside)[ \u00a0]+(?:[A-Z][a-z]{1,3}\.[ \u00a0]+)?"
                                r"$")
#: What a first name weighs as gender evidence: more than one pronoun, less than a title.
_FIRST_NAME_WEIGHT = 2
len_max = 1 << 62
#: A lone capitalised word before a reporting verb: ``Carson said``.
_SPEAKING_SINGLE = re.compile(r"(?<![\w.'’-])([A-Z][a-z][\w'’-]+)[ \u00a0]+(?:said|says|told|"
                              r"added|argued|wrote|noted)\b")
_PRONOUN_WORDS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_LONE_MARK = re.compile(r'[“”«»"]')
#: Capitalised words and a lower-case role noun (one word before it at most) before a name:
#: "Foreign Ministry spokesman", "Democratic presidential candidate".
_ROLE_LEAD = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w'’-]*[ \u00a0]+)+(?:[a-z][\w-]*[ \u00a0]+)?"
                        r"[a-z][\w-]*$")
#: Someone's role before a name set apart by commas: ``Mr. Reed's campaign chairman,``,
#: ``Lee's chief Democratic rival,``.
_POSSESSOR_ROLE = re.compile(r"(?:^|(?<=\s))(?:(?:[A-Z][\w.'’-]*[ \u00a0]+)*[A-Z][\w.'’-]*['’]s?"
                             r"|[Hh]is|[Hh]er|[Tt]heir)[ \u00a0]+(?:[A-Za-z][\w-]*[ \u00a0]+){0,3}"
                             r"[a-z][\w-]*,$")
#: A lower-case noun right before a name, a comma between at most: ``her husband, X``.
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+),?[ \u00a0]+$")
_GENDERED_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_LONG_LOWER = re.compile(r"(?<![\w'’-])[a-z][\w'’-]{4,}")
#: A lower-case word of four letters or more: no title case, where a sentence ends.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]{3,}")


def common_noun(word: str) -> bool:
    """Whether a capitalised word the text also writes in lower case reads as a noun that
    can speak (``Companies``, ``Opponents``, ``Research``), not an adverb or a participle."""
    low = word.lower()
    return low.isalpha() and not low.endswith(("ly", "ing")) and low not in FUNCTION_WORDS


def _speaking_singles(text: str, lower: set[str]) -> set[str]:
    """The lone capitalised words a text has speak (``Carson said``, with no fuller name for
    Carson anywhere): a person the text names by surname alone; not a pronoun or a word the
    text also writes in lower case (``Officials said``)."""
    return {w for w in (m.group(1) for m in _SPEAKING_SINGLE.finditer(text))
            if w.lower() not in lower and w.lower() not in _PRONOUN_WORDS}


def _outside_quotes(sentence: str) -> str:
    """A sentence's words outside quotation marks, also when a quote opens in it and closes
    in a later sentence (``Beck wrote: "I couldn't disagree with her more.``) or opened in an
    earlier one (``… for years," she said.``): a lone mark after punctuation closes a quote,
    any other opens one."""
    seg = unquoted(sentence)
    start = 0  # the words before a closing mark are quoted
    for m in _LONE_MARK.finditer(seg):
        if m.group() in "”»" or m.group() == '"' and \
                seg[max(0, m.start() - 8):m.start()].rstrip()[-1:] in ",.!?…":
            start = m.end()
            continue
        return " " * start + seg[start:m.start()]
    return " " * start + seg[start:]


#: Patterns of the index and of sentence openings, compiled once (run per name and quote).
_HEADING_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LOWER_CASE_WORD = re.compile(r"\b[a-z][\w'’-]*")
_ARTICLE_END = re.compile(r"\b(?:the|a|an)[ \u00a0]$", re.I)
_CLAUSE_BREAK = re.compile(r"[.!?:;\n]\s")
#: A dateline opening a paragraph: a place in capitals, its state, an agency, a dash
#: (``WASHINGTON (AP) —``, ``DES MOINES, Iowa —``).
_DATELINE = re.compile(r"(?:^|\n)[ \u00a0]*[A-Z][A-Z.'’ \u00a0-]*[A-Z.]"
                       r"(?:,[ \u00a0]+[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)?"
                       r"(?:[ \u00a0]+\([A-Za-z. ]+\))?[ \u00a0]*[—–-]{1,2}$")
_OPENING_LINK = re.compile(r"(?:^|(?<=\s))(?:But|And|Yet|So|Still|However,|Meanwhile,|Now|Then)$")
_CAPS_RUN_END = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w'’-]*[ \u00a0]+)*[A-Z][\w'’-]*$")
_SHORT_FRONT = re.compile(r"(?:^|[.\n]\s*)(?:[A-Z]\w+ )?[A-Z][\w ]{0,20},$")
_FRONTED_PHRASE = re.compile(r"(?:^|[.\n]\s*)(?:On|In|At|After|Before|During|Asked|When|As|"
                             r"While|Later|Earlier|[A-Z][a-z]+ing)\b[^.!?\n\"“”]{0,80},$")


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Lines set in title case (``Glenn Beck Blasts Drudge for Mocking His Fast.``): a
    heading, whose capitalised words are no names. Only short words may be lower case."""
    out = []
    pos = 0
    for line in text.split("\n"):
        body = line.rstrip().rstrip(".")
        if len(line) > 250 or _LONG_LOWER.search(line) or ". " in body and \
                _LOWER_WORD.search(line):  # prose, at once (not "Gov. Hears About Obama")
            pos += len(line) + 1
            continue
        words = _HEADING_WORD.findall(line)
        long = [w for w in words if len(w) > 4]
        if len(words) >= 4 and len(long) >= 3 and not line.isupper() and \
                not body.endswith((",", ";")):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@dataclass
class Speaker:
    """A resolved speaker: the fullest name (or a role, for unnamed ones) and a role."""

    name: str
    role: str | None
    pos: int
    named: bool = True
    direct: bool = False
    #: an organisation or an outlet (``the Associated Press``): no antecedent of he or she
    org: bool = False
    #: the role an unnamed speaker was written with (``a U.S. official familiar with …``),
    #: so that ``the official`` refers back to them; not proposed as their role
    unnamed_role: str | None = None


#: Prepositions and conjunctions a sentence may open with that never open a name
#: (``Despite Santilli's …``), even when the text never writes them in lower case.
_NEVER_FIRST = frozenset({"despite", "unlike", "amid", "amidst", "following", "although",
                          "whereas", "upon", "via", "toward", "towards", "throughout",
                          "regarding", "concerning", "including", "besides",
                          # closed-class words: no name opens with a conjunction, a
                          # determiner, a wh-word or an auxiliary ("Neither Cruz nor …",
                          # "Like Rove, …", "“What Trump did …”", "Given Sanders' …")
                          "neither", "nor", "either", "like", "between", "given", "whatever",
                          "whoever", "whichever", "absent", "what", "which", "who",
                          "whom", "whose", "how", "why", "where", "whether", "is", "are",
                          "was", "were", "does", "did", "has", "have", "had", "both", "each",
                          "every", "such", "any", "against", "about", "across", "among",
                          "within", "without", "beyond", "except",
                          # adjectives before a role or a group ("Top Sanders strategists")
                          "top", "senior", "other", "current", "interim", "acting", "longtime",
                          "outgoing", "incoming", "unnamed", "anonymous"})
#: What a sentence or a quoted phrase opens after: a capitalised word right after one may
#: be capitalised only for its place (``“What Trump did …``, ``(See Sexton’s …``).
_OPENERS = ".\n!?\"”:“‘([–—"


def _runs(text: str, lower: set[str]) -> list[tuple[int, list[str]]]:
    """Capitalised runs, cut where a sentence ends inside one (``Spotify. Meghan``); a
    sentence's first words are dropped when the text uses them in lower case too
    (``Read More Harry``: ``lower``, the text's lower-case words)."""
    out = []
    for m in _RUN_RE.finditer(text):
        pos = m.start(1)
        cur: list[str] = []
        start = pos
        dropped = -1
        for tm in _NON_SPACE.finditer(m.group(1)):
            w = tm.group()
            if len(w) > 2 and w.isupper():  # headline capitals break a run
                if cur:
                    out.append((start, cur))
                cur = []
                continue
            if cur and cur[-1].endswith(("'s", "’s", "s'", "s’")):  # "Sheffield's Residence
                # Life", "Sanders’ California supporters": two
                out.append((start, cur))
                cur = []
            if not cur:
                start = pos + tm.start()
                at = pos + tm.start()
                lead = text[max(0, at - 3):at].rstrip(" \t\u00a0")
                if (not lead or lead[-1] in _OPENERS or dropped == at) and (
                        w.endswith(("ing", "ed", "ly")) and not is_first_name(w) or
                        w.lower() in lower or w.lower() in _NEVER_FIRST):
                    dropped = pos + tm.end() + 1
                    continue  # "Countering China …": a sentence's first word, not a name
            cur.append(w)
            if w.endswith(".") and not _INITIAL.match(w):
                cur[-1] = w.rstrip(".")
                out.append((start, cur))
                cur = []
        if cur:
            out.append((start, cur))
    return out


def _titled_after(text: str, end: int) -> bool:
    """Whether a role with a title is set apart right after a name ending at ``end`` (``,
    executive director of …``, ``, a former aide``): the name is a person's."""
    app = _APPOSITION.match(text, end)
    return app is not None and any(w.lower().strip(",.") in TITLES
                                   for w in app.group(1).split()) or \
        apposed_after(text, end) is not None


def _ending(cands: list[str], word: str) -> list[str]:
    """The names of ``cands`` whose last word is ``word``."""
    return [n for n in cands if n.rsplit(None, 1)[-1] == word]


def _word_within(text: str, pos: int, word: str) -> int:
    """Where ``word`` ends when it is written as a whole word at ``pos`` or after at most
    three words there (``Ann Lee``'s ``Lee``, ``Sen. Ann Lee``'s), else -1."""
    at = pos
    for k in range(4):
        end = at + len(word)
        if text.startswith(word, at) and _BOUNDARY.match(text, end) is not None:
            return end
        m = _WORD_AND_SPACE.match(text, at) if k < 3 else None
        if m is None:
            return -1
        at = m.end()
    return -1


#: A word boundary (``\\b``), matched at a position.
_BOUNDARY = re.compile(r"\b")
#: A word of a name and the spaces after it (``_word_within``).
_WORD_AND_SPACE = re.compile(r"[\w.'’-]+[ \u00a0]+")


def _last_before(positions: list[int], pos: int) -> int:
    """The last of sorted ``positions`` before ``pos``; -1 when none is."""
    k = bisect_right(positions, pos - 1)
    return positions[k - 1] if k else -1


@dataclass
class People:
    """The names of one text and the speakers seen so far in reading order."""

    text: str
    names: Counter[str] = field(default_factory=Counter)
    roles: dict[str, str] = field(default_factory=dict)
    mentions: list[tuple[int, str]] = field(default_factory=list)
    possessive: set[int] = field(default_factory=set)
    introduced: set[int] = field(default_factory=set)
    frozen: bool = False
    _full: dict[str, str] = field(default_factory=dict)
    bounds: list[tuple[int, int]] = field(default_factory=list)  # the text's sentences
    #: each word of the names of two words or more -> those names (built with the names)
    _by_word: dict[str, list[str]] | None = None
    #: each lone word looked up -> its fullest name ending in it, and holding it (``_fullest``)
    _best: dict[str, list[str | None]] = field(default_factory=dict)
    #: each tail of the names -> the fullest name it ends (``_tails``, once the counts are final)
    _tail_index: dict[str, str] | None = None
    speakers: list[Speaker] = field(default_factory=list)
    #: the speakers' positions, while they were said in text order (then ``earlier`` is a
    #: slice, not a scan: one paragraph of thousands of quotes stays near-linear)
    _said_at: list[int] | None = field(default_factory=list)
    #: while in text order, each speaker's name -> where it was said with a role, the roles
    _roles_said: dict[str, tuple[list[int], list[str]]] = field(default_factory=dict)
    #: each full name a role was matched against -> where it is first mentioned, and first
    #: other than after a preposition (``_only_complement``)
    _acts_at: dict[str, tuple[int, int]] = field(default_factory=dict)
    gender: Counter[str] = field(default_factory=Counter)  # > 0 female, < 0 male
    lower: set[str] = field(default_factory=set)  # the words the text writes in lower case
    first: dict[str, int] = field(default_factory=dict)  # where each full name first shows
    #: the text's title-case lines (``heading_spans``), whose capitalised words are no names
    headings: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, bounds: list[tuple[int, int]] | None = None) -> People:
        """Index every person-like name of ``text`` (two or more capitalised words, or one
        after a title), with the role written before it."""
        p = cls(text)
        p.lower = set(_LOWER_CASE_WORD.findall(text))
        headings = p.headings = heading_spans(text)
        singles: list[tuple[int, str, bool, str]] = []
        for pos0, tokens in _runs(text, p.lower):
            if any(a <= pos0 < b for a, b in headings):
                continue
            role_t, name_t, org = split_name(tokens)
            name_t = [_POSSESSIVE_END.sub("", w) for w in name_t]
            # "Ann Day, executive director of …": a person, though "Day" names a time
            person = org and common_word_surname(name_t) and \
                _titled_after(text, pos0 + len(" ".join(tokens)))
            if not person and (org or not name_t or
                               not all(is_namey(w) or w in _PARTS for w in name_t)):
                continue
            if party_word(name_t[-1]):
                continue  # "Latino Republicans", "the Minnesota Democratic primary": no one
            if not role_t and _ARTICLE_END.search(text[max(0, pos0 - 4):pos0]):
                continue  # "the Las Vegas debate": a place or a thing, not a person
            if not role_t and _LOCATIVE.search(text[max(0, pos0 - 16):pos0]) and \
                    not tokens[-1].endswith(("'s", "’s")):
                continue  # "in South Carolina": a place
            # the words before it in its own sentence ("…thanked her staff. Pat Quinn": no)
            lead = _CLAUSE_BREAK.split(text[max(0, pos0 - 160):pos0] + " ")[-1]
            before = apposed_role(lead, trailing_np(lead)) if not role_t and lead.strip() \
                else ""
            if before:
                role_t = before.split() + role_t
            titles = [w for w in role_t if w.lower().strip(",.") in TITLES]
            # the name's first word: a place after it is no part of it ("Gov. John Kasich of
            # Ohio" starts at John)
            lead_n = next((k for k, w in enumerate(tokens) if _POSSESSIVE_END.sub("", w) ==
                           name_t[0] and k + len(name_t) <= len(tokens)),
                          len(tokens) - len(name_t))
            start = pos0 + sum(len(w) + 1 for w in tokens[:lead_n])
            poss = tokens[-1].endswith(("'s", "’s", "'", "’"))
            if len(name_t) == 1:  # "Zhao", "Mr Anderson": the fuller name, once all are known
                singles.append((start, name_t[0], poss, titles[-1] if titles else ""))
                if titles:
                    p.roles.setdefault(name_t[0], past_led(text, pos0, " ".join(role_t)))
                continue
            name = " ".join(name_t)
            p.names[name] += 1
            p.mentions.append((start, name))
            if poss:
                p.possessive.add(start)
            if titles and name not in p.roles:
                p.roles[name] = past_led(text, pos0, " ".join(role_t))
            end = start + len(" ".join(name_t))
            app = _APPOSITION.match(text, end + (1 if text[end:end + 2] in ("'s", "’s") else 0))
            if app and any(w.lower().strip(",.") in TITLES for w in app.group(1).split()) and \
                    closed_apposition(app.group(1)):
                p.roles.setdefault(name, whole_phrase(app.group(1).strip(), text, app.end()))
                p.introduced.add(start)
            elif (bare := apposed_after(text, end)) is not None:  # ", his lawyer,"
                p.roles.setdefault(name, bare)
                p.introduced.add(start)
            pred = _PREDICATE.match(text, end)  # "Tom Reed is a senator": his role
            if pred and pred.group(1).split()[-1].lower() in TITLES:
                p.roles.setdefault(name, pred.group(1).strip())
            for w in role_t[-2:]:
                b = w.lower().strip(".,")
                if b not in _GENDERED_PRONOUNS:  # "told her Sam Cole": no word about Cole
                    p.gender[name] += (b in FEMALE_WORDS) - (b in MALE_WORDS)
        for pos, name in p.mentions:
            p.first.setdefault(name, pos)
        parts = {w: n for n in p.names for w in n.split() if w not in _PARTS}
        p._by_word = {}
        for n in p.names:
            words = n.split()
            if len(words) > 1:
                for w in dict.fromkeys(words):
                    p._by_word.setdefault(w, []).append(n)
        titled_singles: list[tuple[int, str, int]] = []
        speaking = _speaking_singles(text, p.lower)
        untitled: set[int] = set()
        for pos, word, poss, own in singles:
            if word in parts or word in p.roles or word in speaking or \
                    lone_first_name_subject(text, pos, word):
                full = p.fullest(word)
                p._count(full)
                p.mentions.append((pos, full))
                if poss:
                    p.possessive.add(pos)
                # the title before this mention ("Mrs. Clinton" after "Mr. Clinton"), else
                # the first one the text gives the word
                title = [own] if own else (p.roles.get(word) or "").split()[-1:]
                if not own:
                    untitled.add(pos)
                b = title[0].lower().strip(".,") if title else ""
                sign = 1 if b in FEMALE_WORDS else -1 if b in MALE_WORDS else 0
                if sign:
                    titled_singles.append((pos, word, sign))
        p.mentions.sort()
        for mod, head in modifier_pairs(text, p.mentions):  # "Obama consultant Cornell Belcher"
            p.possessive.add(mod)
            p.introduced.add(head)
        p.introduced.update(pos for pos, _n in p.mentions if role_led(text, pos))
        p.bounds = bounds if bounds is not None else sentence_bounds(text)
        titled_singles = p._split_couples(titled_singles, untitled)
        p._learn_gender(p.bounds)
        p._learn_said_pronouns()
        p._learn_kin()
        if titled_singles:  # "Mr Anderson": the Anderson the text shows to be a man
            at = {pos: k for k, (pos, _n) in enumerate(p.mentions)}
            for pos, word, sign in titled_singles:
                alike = list(p._by_word.get(word, ()))
                cands = [n for n in alike if p.gender.get(n, 0) * sign >= 0] or \
                    alike[:1] * (len(alike) == 1)  # one full name: the title says more
                if cands:
                    best = max(cands, key=lambda n: (p.gender.get(n, 0) * sign, p.names[n]))
                    p.mentions[at[pos]] = (pos, best)
                    p.gender[best] += 3 * sign  # "Mr. Daley": a title outweighs pronouns
                elif not alike:  # "Mr. Obama" with no fuller name: the one word is the name
                    p.gender[word] += 3 * sign
        p.frozen = True
        return p

    def _split_couples(self, titled: list[tuple[int, str, int]],
                       untitled: set[int]) -> list[tuple[int, str, int]]:
        """``Mrs. Clinton`` and ``Mr. Clinton`` in one text are two people. Each full name
        holding the word (``Hillary Clinton``, ``Bill Clinton``) is of the gender the words
        before it show (``her son Eric Reed``), else of the title that first follows it; a
        titled mention goes to the full name of its title written in full last before it,
        else it is a person of its own, named by the word, of its title's gender (a mention
        with no title of its own, ``Clinton``, is left as it is). The titled mentions left
        to resolve by gender are returned."""
        signs: dict[str, set[int]] = {}
        for pos, word, sign in titled:
            if pos not in untitled:
                signs.setdefault(word, set()).add(sign)
        by_word = self._by_word or {}
        couples = {w for w, ss in signs.items() if len(ss) == 2}
        if not couples:
            return titled
        own: dict[str, int] = {}
        for w in couples:
            for full in by_word.get(w, ()):
                first = self.first.get(full, -1)
                g = self.gender.get(full, 0)  # "her son Eric Reed": the words before it
                own[full] = (g > 0) - (g < 0) if g else next(
                    (s for q, ww, s in titled if ww == w and q > first and q not in untitled), 0)
        at = {pos: k for k, (pos, _n) in enumerate(self.mentions)}
        singles = {pos for pos, _w, _s in titled} | untitled
        written: dict[str, list[int]] = {}  # where each of those full names is written in full
        for q, n in self.mentions:
            if n in own and q not in singles:
                written.setdefault(n, []).append(q)
        rest = []
        for pos, word, sign in titled:
            if word not in couples:
                rest.append((pos, word, sign))
                continue
            if pos in untitled:
                continue
            of_title = [f for f in by_word.get(word, ()) if own.get(f) == sign]
            name = max(of_title, key=lambda f: _last_before(written.get(f, []), pos)) \
                if of_title else word  # the one written in full last before it
            self.mentions[at[pos]] = (pos, name)
            self.gender[name] += 3 * sign
        return rest

    def _learn_gender(self, bounds: list[tuple[int, int]]) -> None:
        """A sentence that names one person outside quotation marks, as its subject, and says
        ``she``/``her`` outside them is evidence she is a woman (and ``he``/``his`` a man); so
        is the next sentence when it names nobody. An object ``him``/``her`` (``credited
        him``, ``backed her up``) is someone else, no evidence."""
        k = 0
        named: list[set[str]] = []  # the names of each sentence
        said: list[set[str]] = []  # of those, the ones outside quotation marks
        firsts: list[int] = []
        for s, e in bounds:
            here: set[str] = set()
            out: set[str] = set()
            first = -1
            outside: str | None = None
            while k < len(self.mentions) and self.mentions[k][0] < e:
                q, n = self.mentions[k]
                if q >= s:
                    here.add(n)
                    if outside is None:  # a sentence with no mark quotes no one
                        seg = self.text[s:e]
                        outside = _outside_quotes(seg) if _LONE_MARK.search(seg) else seg
                    # '"Ann Lee should ask …," he wrote': a quoted name is no subject
                    if outside[q - s:q - s + 1].strip():
                        if not out:
                            first = q
                        out.add(n)
                k += 1
            named.append(here)
            said.append(out)
            firsts.append(first)
        for i, (s, e) in enumerate(bounds):
            if len(said[i]) != 1 or not self.opens_sentence(firsts[i]):
                continue  # "Ginsburg called Trump a faker, and she…": only a subject's pronouns
            (who,) = said[i]
            seg = _outside_quotes(self.text[s:e])
            if not _PRONOUN_RE.search(seg) and i + 1 < len(bounds) and not named[i + 1]:
                seg = _outside_quotes(self.text[bounds[i + 1][0]:bounds[i + 1][1]])
            for m in _PRONOUN_RE.finditer(seg):
                w = m.group(1).lower()
                if w == "him" or w == "her" and _OBJECT_AFTER.match(seg, m.end()):
                    continue  # "X credited him", "X backed her up": someone else
                self.gender[who] += (w in FEMALE_WORDS) - (w in MALE_WORDS)

    def _learn_kin(self) -> None:
        """``her husband, Sam Cole,``, ``his daughter Ann``: a gendered noun right before a
        name (a comma between at most) tells that person's gender."""
        for pos, name in self.mentions:
            m = _NOUN_BEFORE.search(self.text, max(0, pos - 30), pos)
            w = m.group(1) if m is not None else ""
            if w not in _GENDERED_PRONOUNS:  # not "told her Sam Cole was …"
                self.gender[name] += (w in FEMALE_WORDS) - (w in MALE_WORDS)

    def _learn_said_pronouns(self) -> None:
        """``Ann Lee said she …``, ``Reed told reporters that he …``: the pronoun of a name's
        own reporting verb is evidence of that person's gender."""
        for pos, name in self.mentions:
            end = _word_within(self.text, pos, name.split()[-1])
            said = _SAID_PRONOUN.match(self.text, end) if end >= 0 else None
            if said:
                w = said.group(1).lower()
                self.gender[name] += (w == "she") - (w == "he")

    def sex(self, name: str) -> int:
        """``name``'s gender (> 0 a woman, < 0 a man) from what the text shows and their
        first name (``first_names``), which outweighs a pronoun of the sentence they open or
        the next (``Karen Holt arrived. "…," he said.``: the pronoun being resolved) but not
        a title (``Mr. Holt``) or three pronouns."""
        return self.gender.get(name, 0) + _FIRST_NAME_WEIGHT * first_name_sign(name)

    def fullest(self, name: str) -> str:
        """``Zhao`` -> ``Zhao Lijian``; ``Pevkur`` -> ``Hanno Pevkur`` (the longest form this
        text uses that holds the word; the commonest on a tie)."""
        if self.frozen and name in self._full:
            return self._full[name]
        full = self._fullest(name)
        if self.frozen:
            self._full[name] = full
        return full

    def _fullest(self, name: str) -> str:
        parts = name.split()
        if len(parts) > 1:
            if self.frozen:  # the counts are final: one index of every name's tails
                return self._tails().get(name, name)
            longer = [n for n in self.names if len(n) > len(name) and n.endswith(" " + name)]
            return max(longer, key=lambda n: (self.names[n], len(n))) if longer else name
        if self._by_word is None:
            cands = [n for n in self.names if len(n.split()) > 1 and parts[0] in n.split()]
            return max(_ending(cands, parts[0]) or cands, key=self._rank) if cands else name
        # a name the word ends before one it opens ("Jack": Brian Jack, not Jack Dalrymple;
        # "Bundy": Ammon Bundy, not Bundy Ranch); then the commonest, on a tie the one named
        # first (the story's own), then the longest. Worked out once per word and kept up to
        # date as the counts grow (``_count``): thousands of names sharing a word stay linear
        best = self._best.get(parts[0])
        if best is None:
            cands = self._by_word.get(parts[0], [])
            ending = _ending(cands, parts[0])
            best = self._best[parts[0]] = [max(ending, key=self._rank) if ending else None,
                                           max(cands, key=self._rank) if cands else None]
        return best[0] or best[1] or name

    def _rank(self, n: str) -> tuple[int, int, int]:
        """How a full name ranks for a lone word it holds (``_fullest``)."""
        return self.names[n], -self.first.get(n, len_max), len(n)

    def _count(self, full: str) -> None:
        """One more mention of ``full``; each word's fullest name kept as the counts grow
        (only ``full``'s rank rises: it replaces a word's name it now outranks)."""
        self.names[full] += 1
        if " " not in full:
            return  # a lone word is no word's fuller name
        last = full.rsplit(None, 1)[-1]
        for w in dict.fromkeys(full.split()):
            best = self._best.get(w)
            if best is None:
                continue
            if w == last and (best[0] is None or self._rank(full) > self._rank(best[0])):
                best[0] = full
            if best[1] is None or self._rank(full) > self._rank(best[1]):
                best[1] = full

    def _tails(self) -> dict[str, str]:
        """Each tail of the names after a space (``Ann Lee`` of ``Sam Ann Lee``) ->
        the commonest name it ends, on a tie the longest, then the first indexed (built
        once, when the counts are final)."""
        if self._tail_index is None:
            index: dict[str, str] = {}
            for n in self.names:
                at = n.find(" ")
                while at >= 0:
                    tail, had = n[at + 1:], index.get(n[at + 1:])
                    if had is None or (self.names[n], len(n)) > (self.names[had], len(had)):
                        index[tail] = n
                    at = n.find(" ", at + 1)
            self._tail_index = index
        return self._tail_index

    def _surname(self, word: str) -> bool:
        """Whether ``word``, one word, ends a person's full name the text indexes."""
        return " " not in word and any(n.rsplit(None, 1)[-1] == word
                                       for n in (self._by_word or {}).get(word, ()))

    def nobody(self, m: Mention | None) -> bool:
        """A lone capitalised word the text knows as no one's name: one it also writes in
        lower case, or a participle or adverb (``Even``, ``Soon``, ``Appearing``)."""
        if m is None or not m.name or m.org or " " in m.name:
            return False
        if m.name in self.names or m.name in self.roles or self.fullest(m.name) != m.name:
            return False
        return m.name.lower() in self.lower or m.name.endswith(("ing", "ly"))

    def resolve(self, m: Mention, pos: int, verb: str | None = None) -> Speaker | None:
        """The speaker a mention at ``pos`` refers to; None when it names nobody."""
        if self.nobody(m):  # "Appearing on a show, the senator said": the role speaks
            if m.role:
                m = Mention(role=m.role, definite=True)
            elif m.name and common_noun(m.name):  # "Companies say …": unnamed, not a name
                return Speaker(m.name.lower(), None, pos, named=False)
            else:
                return None
        if self._said_at is not None:
            earlier = self.speakers[:bisect_right(self._said_at, pos)]
        else:
            earlier = [s for s in self.speakers if s.pos <= pos]
        if m.pronoun == "they":  # "Military analysts say … they said": a group, no one person
            who = they_referent(self.text, pos, earlier)
            return Speaker(who, None, pos, named=False) if who else None
        if m.pronoun == "it":  # '"…," it stated': the memo, the letter named before
            what = it_referent(self.text, pos)
            return Speaker(what, None, pos, named=False) if what else None
        if m.pronoun:
            ref = resolve(self, m.pronoun, pos, earlier, verb)
            return Speaker(ref.name, ref.role, pos, named=ref.named) if ref else None
        if m.name:
            # "Day said" after "Ann Day, executive director …": the person, no body
            org = m.org and not self._surname(m.name)
            name = m.name if org else self.fullest(m.name)
            role = m.role or self.roles.get(name) or self._role_said(name, pos, earlier)
            return Speaker(name, role, pos, org=org)
        if m.role:
            return self._role(m, pos, earlier)
        return None

    def opens_sentence(self, pos: int) -> bool:
        """Whether the name at ``pos`` opens its sentence (after a conjunction, a fronted
        phrase or a capitalised role): the sentence's subject."""
        raw = self.text[max(0, pos - 120):pos]
        before = raw.rstrip()
        if "\n" in raw[len(before):]:
            return True  # a paragraph's first word ('… harder.")' then a new paragraph)
        # "But Yamey is angry": still the sentence's start
        before = _OPENING_LINK.sub("", before).rstrip()
        before = _TITLE_END.sub("", before).rstrip()  # "… night. Sen. Sam Cole": it opens
        if _DATELINE.search(before):
            return True  # after its paragraph's dateline ("WASHINGTON (AP) — Sen. Sam Cole")
        if before.endswith(".") and ends_abbreviation(before[:-1]):
            return False  # "… or Vermont Sen. Bernie Sanders": a title's period
        # "Mr. Reed's campaign chairman, Sam Cole, …", "His lawyer, Sam Cole, …": the name
        # set apart after someone's role is the sentence's subject
        if self._opens_after(before):
            return True
        if not before.endswith(","):
            return False
        bare = _POSSESSOR_ROLE.sub("", before).rstrip()
        return bare != before and self._opens_after(bare)

    @staticmethod
    def _opens_after(before: str) -> bool:
        """Whether a name after ``before`` (the words before it, stripped) opens its
        sentence."""
        # "House Intelligence Republican Mike Pompeo": the capitalised role before the name
        lead = _CAPS_RUN_END.search(before)
        if lead and not any(w.lower() in FUNCTION_WORDS for w in lead.group().split()):
            before = before[:lead.start()].rstrip()  # not "When Winfrey asked"
        # "Chinese Foreign Ministry spokesman Lu Kang": a role noun after capitalised words
        elif (role := _ROLE_LEAD.search(before)) and \
                (role.group().split()[-1] in TITLES or agent_noun(role.group().split()[-1])) and \
                not any(w.lower() in FUNCTION_WORDS - {"former"} for w in role.group().split()):
            before = before[:role.start()].rstrip()
        return not before or before.endswith((".", "\n", "?", "!", "”", '"')) or \
            bool(_SHORT_FRONT.search(before)) or \
            bool(_FRONTED_PHRASE.search(before))

    def _role(self, m: Mention, pos: int, earlier: list[Speaker]) -> Speaker:
        head = m.head
        if head in ANONYMOUS:  # "the source said": not the last person named
            return Speaker(self._described(m.role), None, pos, named=False)
        if m.definite and head:
            group = next((g for g in ROLE_GROUPS if head in g), frozenset({head}))
            like = "she" if head in FEMALE_WORDS else "he" if head in MALE_WORDS else "they"
            subject = self._subject_in_role(m, group, pos, like)
            if subject is not None:
                return subject
            for s in reversed(earlier):
                if s.role and same_role(s.role, group, m.role) and \
                        (like == "they" or fits(self, s.name, like)):
                    return Speaker(s.name, s.role, pos, s.named)
                if s.unnamed_role and s.unnamed_role.split()[-1].lower() == head and \
                        " of " not in s.unnamed_role and same_role(s.unnamed_role, group, m.role):
                    # "A U.S. official familiar with … said …. The official said": them
                    return Speaker(s.name, None, pos, False, unnamed_role=s.unnamed_role)
            for name, role in reversed(list(self.roles.items())):
                if same_role(role, group, m.role) and self.text.find(name) < pos and \
                        not self._only_complement(name, pos) and \
                        (like == "they" or fits(self, name, like)):
                    return Speaker(name, role, pos)
            past = past_role(m.role)
            if head in OFFICES and not possessor(m.role):  # "the Russian president"
                before = self._last_subject(pos)  # "X blasted Y. '…,' the senator said"
                if before is not None and not past and fits(self, before, like) and \
                        self._may_hold(before, group, m.role):
                    return Speaker(before, self.roles.get(before) or m.role, pos)
                top = Counter(n for p, n in self.mentions if p < pos).most_common(2)
                # the text's main figure; for a past office ("the former mayor") only one
                # named far more often than anyone else (a story about them)
                if top and top[0][1] >= 2 and fits(self, top[0][0], like) and \
                        self._may_hold(top[0][0], group, m.role) and (
                        not past or top[0][1] >= 3 * (top[1][1] if len(top) > 1 else 0)):
                    return Speaker(top[0][0], self.roles.get(top[0][0]) or m.role, pos)
        # "the spokesman", "the lawyers", "the former president" with no one introduced in
        # that role: the role as written, not the last name (most often someone else's)
        return Speaker(self._described(m.role), None, pos, named=False,
                       unnamed_role=None if m.definite else m.role)

    def _subject_in_role(self, m: Mention, group: frozenset[str], pos: int,
                         like: str) -> Speaker | None:
        """The subject of the sentence before, for a present office (``Sen. Ann Lee blasted
        the plan. "…," the senator said``) when the text gave them that role: of two
        people given it, the one named last, the sentence before."""
        if m.head not in OFFICES or possessor(m.role) or past_role(m.role):
            return None
        before = self._last_subject(pos)
        if before is None or not fits(self, before, like):
            return None
        known = self.roles.get(before) or self.roles.get(self.fullest(before))
        if known is None or not same_role(known, group, m.role):
            return None
        return Speaker(before, known, pos)

    def _may_hold(self, name: str, group: frozenset[str], role: str | None) -> bool:
        """Whether the role the text gave ``name`` (as written or its fullest form) leaves
        them the one a definite ``role`` of ``group`` refers to (``role_match.may_hold``)."""
        known = self.roles.get(name) or self.roles.get(self.fullest(name))
        return may_hold(known, group, role, OFFICES)

    def _only_complement(self, name: str, pos: int) -> bool:
        """Whether every mention of ``name`` outside quotes before ``pos`` follows a
        preposition (``an appearance with Sen. Ann Lee``): someone the text met or spoke
        of, never shown to act, who is not who a role (``the Florida senator``) refers back
        to."""
        full = self.fullest(name)  # mentions are of the fullest names
        if full not in self._acts_at:  # (first mention, first not after a preposition)
            at_all = [at for at, n in self.mentions if n == full]
            self._acts_at[full] = (at_all[0] if at_all else len_max, next(
                (at for at in at_all
                 if not _AFTER_PREPOSITION.search(self.text, max(0, at - 40), at)), len_max))
        first, acts = self._acts_at[full]
        return first < pos <= acts

    def _last_subject(self, pos: int) -> str | None:
        """The person who opens the sentence before the one holding ``pos`` (a story's
        next sentence names them by their office: ``Ann Lee blasted the plan. "…," the
        senator said``), when no one else opens a sentence or clause between."""
        k = bisect_right(self.bounds, (pos, len_max)) - 1
        opener = self.opener(self.bounds[k - 1][0], pos) if k >= 1 else None
        if opener is None:
            return None
        at, name = opener
        i = bisect_right(self.mentions, (at, name))
        while i < len(self.mentions) and self.mentions[i][0] < pos:
            p, n = self.mentions[i]
            if n != name and p not in self.possessive and self.opens_sentence(p):
                return None  # someone else opens a sentence or clause between
            i += 1
        return name

    def opener(self, start: int, before: int) -> tuple[int, str] | None:
        """(position, name) of the first person named from ``start`` (before ``before``)
        when they open their sentence and are no possessor: its subject."""
        m = bisect_right(self.mentions, (start, ""))
        if m >= len(self.mentions) or self.mentions[m][0] >= before:
            return None
        at, name = self.mentions[m]
        if at in self.possessive or not self.opens_sentence(at):
            return None
        return at, name

    def _described(self, role: str | None) -> str:
        """An unnamed speaker as a description, in lower case when a sentence's start
        capitalised it (``Senior campaign advisers`` -> ``senior campaign advisers``: the
        text writes ``senior`` in lower case elsewhere; no other word capitalised)."""
        if not role:
            return ""
        first, *rest = role.split()
        if first[:1].isupper() and not first.isupper() and first.lower() in self.lower and \
                not any(w[:1].isupper() for w in rest):  # not "Foreign Ministry spokesman"
            return first.lower() + role[len(first):]
        return role

    def said(self, s: Speaker) -> None:
        """Remember a speaker for later pronouns and role nouns."""
        if self._said_at is not None:
            if self._said_at and s.pos < self._said_at[-1]:
                self._said_at = None  # out of text order: ``resolve`` scans them all
            else:
                self._said_at.append(s.pos)
                if s.role:
                    at, roles = self._roles_said.setdefault(s.name, ([], []))
                    at.append(s.pos)
                    roles.append(s.role)
        self.speakers.append(s)

    def _role_said(self, name: str, pos: int, earlier: list[Speaker]) -> str | None:
        """The role of the last speaker ``name`` said by ``pos`` (``earlier``) with one."""
        if self._said_at is None:  # out of text order: the scan
            return next((s.role for s in reversed(earlier) if s.name == name and s.role), None)
        at, roles = self._roles_said.get(name, ([], []))
        k = bisect_right(at, pos)
        return roles[k - 1] if k else None
