"""Who a phrase names: a person or organisation, a role, a pronoun (``Estonian Defence Minister
Hanno Pevkur``, ``Zhao Lijian, a Foreign Ministry spokesperson``, ``the minister``, ``he``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .first_names import is_first_name
from .subjects import fronted, is_calendar
from .vocab import (
    DETERMINERS,
    FEMALE_WORDS,
    FUNCTION_WORDS,
    MALE_WORDS,
    MODIFIERS,
    ORG_WORDS,
    PARTICIPLES,
    PRONOUNS,
    REPORTING,
    TEXT_NOUNS,
    TITLES,
)

_TOKEN_RE = re.compile(r"[^\s,]+")
#: Nouns for a party's member (``a Democrat``, ``another Iowa Republican``).
_MEMBERS = frozenset({"republican", "democrat", "independent", "conservative", "liberal",
                      "libertarian", "progressive"})
#: Endings of adjectives (``angry``, ``defiant``, ``tired``, ``visible``, ``jubilant``).
_ADJECTIVE = re.compile(r"(?:y|ed|ant|ent|ous|ive|ful|less|ible|able|ic|al)$")
#: Irregular past forms of reporting verbs (a clause's verb, never part of a role).
_SAID = frozenset({"said", "told", "wrote", "spoke"})
#: Past forms of verbs that take a person as object (``Elm Weekly chose German Chancellor X``):
#: a clause's verb between capitalised words, never part of a role.
_ACTS = frozenset({"chose", "named", "picked", "hired", "fired", "appointed", "elected",
                   "endorsed", "praised", "beat", "defeated", "met", "called", "made", "gave",
                   "sent", "became", "thanked", "invited"})
_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "du", "le", "la", "bin", "al", "el",
                        "ibn", "del", "dos", "das", "ter", "ten", "y", "in 't", "in ’t"})
#: Words that open a clause before its subject: "When President X's advisers said".
_LEADING = frozenset({"and", "but", "or", "then", "also", "so", "by", "when", "while", "after",
                      "before", "as", "if", "since", "because", "though", "although", "once",
                      "until", "unless", "where", "whereas"})
#: Capitalised words for a party or a camp that stand before a name, not in it.
_AFFILIATIONS = frozenset({"republican", "democrat", "democratic", "conservative", "liberal",
                           "independent", "libertarian", "socialist", "labour", "tory",
                           "progressive", "gop"})
#: A possessive ending: ``CNN’s``, ``Reuters’``.
_POSSESSIVES = ("'s", "’s", "s'", "s’")
#: A number inside a role before a name: ``Fight for $15 organizing director``, ``Local 32``.
_NUMBER = re.compile(r"\$?\d[\d,.]*")
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: A party and state tag after a name (``R-Ky.``, ``D-N.J.``): no one's name.
PARTY_TAG = re.compile(r"[RDI]-(?:[A-Z][a-z]{0,4}\.?){1,3}")
_CLAUSE_CUT = re.compile(
    r"\s+(?:who|which|when|while|whose|as|after|before|during|because|adding|referring|"
    r"speaking|noting|in an?|in the|on|at an?|at the|to|with|from|of (?:the )?(?:need|fact)|"
    r"last|this|earlier|later|yesterday|today|tonight|told|familiar|close to|briefed on|"
    r"knowledgeable)\b.*$"
)


@dataclass(frozen=True)
class Mention:
    """A parsed reference to whoever speaks."""

    name: str | None = None
    role: str | None = None
    pronoun: str | None = None
    definite: bool = False
    org: bool = False

    @property
    def head(self) -> str | None:
        """The role's head noun, lower case (``minister``)."""
        if not self.role:
            return None
        words = [_bare(w) for w in self.role.split()]
        heads = [w.rsplit("-", 1)[-1] if titled(w) else w for w in words
                 if titled(w) or w in ORG_WORDS]
        return heads[-1] if heads else words[-1]


#: Role nouns of politics and business beside the general titles: ``front-runner Ann Lee``.
RACE_ROLES = frozenset({"front-runner", "frontrunner", "hopeful", "contender", "challenger",
                        "incumbent", "billionaire", "mogul", "tycoon", "magnate", "investor",
                        "entrepreneur", "businessman", "businesswoman", "front-runners",
                        "hopefuls", "contenders", "challengers", "billionaires", "investors"})


def titled(word: str) -> bool:
    """A title or role noun, also in a compound: ``minister``, ``vice-chancellor``."""
    b = _bare(word)
    return b in TITLES or b in RACE_ROLES or "-" in b and b.rsplit("-", 1)[1] in TITLES


@lru_cache(maxsize=16384)  # pure: a text's names are asked of again and again
def _bare(word: str) -> str:
    w = word.strip(".,;:()[]").lower()
    for s in ("'s", "’s"):
        w = w.removesuffix(s)
    return w


#: Endings of nouns for what a person does (``pollster``, ``strategist``, ``consultant``,
#: ``historian``, ``lawyer``, ``organizer``).
_AGENT = re.compile(r"[a-z]{3,}(?:ster|ist|ant|ent|ian|er|or|ee)s?")


#: Nouns for a relative or a person by sex (``his nephew X``): a role before a full name.
KIN = (MALE_WORDS | FEMALE_WORDS) - PRONOUNS - TITLES - {"mr", "mrs", "ms", "miss", "herr", "frau",
                                                        "monsieur", "madame", "sir", "lord",
                                                        "lady", "dame"}


def agent_noun(word: str) -> bool:
    """A lower-case noun for someone by what they do, right before a full name:
    ``Democratic pollster Peter Fenn`` (a role the list of titles need not hold)."""
    b = word.strip(".,;:()")
    return (bool(_AGENT.fullmatch(b)) or b in KIN) and b not in FUNCTION_WORDS and \
        b not in REPORTING


#: Plural nouns for people by what they are, beside the agent nouns (``proponents``,
#: ``critics``): a group that can open a sentence as its subject.
_PEOPLE_PLURALS = frozenset("""experts officials sources aides critics proponents opponents
    supporters analysts lawmakers members leaders activists voters residents groups advocates
    organizations economists scientists researchers""".split())
#: Present verbs (beside the reporting ones) after which a group's words follow.
_GROUP_VERBS = frozenset({"want", "believe", "fear", "hope", "expect", "worry", "see", "view"})
#: The words a group's verb may follow: auxiliaries and adverbs (``have long campaigned``).
_GROUP_AUX = frozenset({"have", "had", "also", "long", "now", "still", "often", "would", "will",
                        "could", "may", "might", "can", "do", "did", "does"})
#: Quantifiers that may open a group (``Many voters say``).
_GROUP_SHARES = frozenset({"many", "some", "most", "several", "other", "few"})
_GROUP_WORDS = re.compile(r"[\w'’-]+|,")


def group_subject(sentence: str) -> Mention | None:
    """An unnamed plural group opening ``sentence`` as its subject (``Proponents of the new
    bill, however, say …``, ``Nuclear experts have discounted …``), or None: the group
    speaks the quotes of its sentence, not the voice of the sentence before. At most two
    modifiers, a plural noun for people, what it is of (``of``, ``for``, ``at``, ``in``,
    ``on`` or ``from`` and up to four words), an aside (``, however,``) and its verb."""
    if not sentence[:1].isupper():
        return None
    words = _GROUP_WORDS.findall(sentence[:160])
    for k, w in enumerate(words[:3]):
        low = w.lower()
        if low in _PEOPLE_PLURALS or agent_noun(low) and low.endswith("s") and w.islower():
            break
        if w == "," or k and is_cap(w) or low in FUNCTION_WORDS and low not in _GROUP_SHARES:
            return None
    else:
        return None
    ends = [k + 1]
    if k + 2 < len(words) and words[k + 1] in ("of", "for", "at", "in", "on", "from"):
        ends += [j for j in range(k + 3, min(k + 7, len(words))) if "," not in words[k + 2:j]]
    for end in ends:
        j = end
        if words[j:j + 3][:1] == [","] and words[j + 2:j + 3] == [","]:
            j += 3  # ', however,'
        while j < len(words) and (words[j] in _GROUP_AUX or words[j].endswith("ly")):
            j += 1
        verb = words[j] if j < len(words) else ""
        if verb.islower() and (verb in REPORTING or verb.endswith("ed") or
                               verb in _GROUP_VERBS):
            return Mention(role=" ".join(words[:end]))
    return None


def _noun_before_name(role: list[str]) -> bool:
    """A lower-case noun and at most two words before it, all before a full name: ``retired
    neurosurgeon Ben Carson``, ``conservative commentator Jonah Goldberg`` (what the person
    is, though no list of titles holds the noun)."""
    head = role[-1]
    return len(role) <= 3 and head.isalpha() and head.islower() and len(head) > 3 and \
        not head.endswith(("ed", "ing", "ly")) and head not in FUNCTION_WORDS and \
        all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS and w not in REPORTING
            for w in role)


def common_word_surname(name: list[str]) -> bool:
    """Whether ``name`` is a first name of the table and one word that also names a kind of
    body or a time (``Ann Day``, ``Tom Law``, ``Joe Monday``): a person's name when
    the text gives it a role, though its last word alone reads as an organisation's."""
    return len(name) == 2 and is_first_name(name[0]) and _bare(name[1]) in ORG_WORDS and \
        name[1][1:].islower()


def people_noun(word: str) -> bool:
    """A plural noun for people (``organizers``, ``aides``, ``critics``), not for things
    (``One of Lee's earlier speeches``)."""
    b = _bare(word)
    return b.endswith("s") and (b in _PEOPLE_PLURALS or titled(b) or agent_noun(b))


def party_word(word: str) -> bool:
    """A word for a party or a camp, or its plural (``Democratic``, ``Republicans``): what
    ends no person's name (``Latino Republicans``, ``Minnesota Democratic``)."""
    b = _bare(word)
    return b in _AFFILIATIONS or b.endswith("s") and b[:-1] in _AFFILIATIONS


def is_cap(word: str) -> bool:
    """A capitalised word (a name's, a title's): ``Pevkur``, ``O'Neill``, ``al-Sisi``."""
    w = word.lstrip("(\"'“‘")
    if not w:
        return False
    if w[0].isupper():
        return True
    return "-" in w and w.split("-", 1)[1][:1].isupper()


def is_namey(word: str) -> bool:
    """Could be part of a person's name: capitalised, not a function word, title or org word."""
    b = _bare(word)
    if len(b) > 2 and word.isupper():  # JUST WATCHED, NATO: not a person's name
        return False
    return is_cap(word) and b not in FUNCTION_WORDS and b not in TITLES and b not in ORG_WORDS


def _strip_possessive(word: str) -> str:
    for s in ("'s", "’s"):
        if word.endswith(s):
            return word[: -len(s)]
    return word.rstrip("'’")


#: A word for where someone is from (``Brooklynite``, ``Vietnamese``). Not the ending ``-an``
#: (``Texan``): given names borne by both sexes end so too (``Jordan``, ``Logan``), and the
#: first-names table leaves them out.
_DEMONYM = re.compile(r"[A-Z][a-z]{2,}(?:ite|ese)")


def split_name(tokens: list[str]) -> tuple[list[str], list[str], bool]:
    """(role tokens, name tokens, is_org) of a run that ends a noun phrase."""
    role, run, org = _split_name(tuple(tokens))
    return list(role), list(run), org


@lru_cache(maxsize=16384)  # pure, and asked of the same runs again and again
def _split_name(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    tokens = list(words)
    if "in" in tokens:  # "Anna in 't Hout": one particle of two words
        for k in range(len(tokens) - 2, 0, -1):
            if tokens[k] == "in" and tokens[k + 1] in ("'t", "’t"):
                tokens[k:k + 2] = [f"in {tokens[k + 1]}"]
    # the name is the capitalised run at the end, after the last title word
    i = len(tokens)
    while i > 0 and (is_cap(tokens[i - 1]) or (_bare(tokens[i - 1]) in _PARTICLES or
                                               tokens[i - 1] == "of")
                     and i < len(tokens) and i > 1 and is_cap(tokens[i - 2])):
        i -= 1
    while i < len(tokens) and tokens[i].islower() and _bare(tokens[i]) in _PARTICLES:
        i += 1
    run = tokens[i:]
    role = tokens[:i]
    if run and role[-1:] == ["and"]:  # "of the Elm Legal Defense and Educational Fund"
        j = len(role) - 1
        while j > 0 and is_cap(role[j - 1]):
            j -= 1
        if j < len(role) - 1 and _body_after_complement(role[:j], role[j:] + run):
            return tuple(role[:j]), tuple(role[j:] + run), True
    if _body_after_complement(role, run):
        return tuple(role), tuple(run), True
    # titles inside the run belong to the role: "Defence Minister Hanno Pevkur"
    last_title = max((k for k, w in enumerate(run) if titled(w)), default=-1)
    if last_title >= 0:
        role = role + run[: last_title + 1]
        run = run[last_title + 1 :]
        if len(run) >= 4 and run[0] == "of" and is_cap(run[1]) and all(
                is_namey(w) for w in run[2:]) and (is_first_name(run[2]) or len(run) == 4):
            # "Secretary of State Jane Roe": the title, of, one word, then the full name (two
            # words when the first name is not the table's: "Secretary of State Jordan Pike")
            role, run = role + run[:2], run[2:]
        elif run and run[0] == "of":  # "Duchess of Sussex", "Secretary of State": all role
            role, run = role + run, []
    while run and _bare(run[0]) in FUNCTION_WORDS and not (
            run[0] == "New" and len(run) > 1 and is_cap(run[1])):  # "New York Times": a name
        role.append(run.pop(0))
    while len(run) > 2 and _bare(run[0]) in _AFFILIATIONS:  # "Republican Donald Trump"
        role.append(run.pop(0))
    owner = max((k for k, w in enumerate(run[:-2]) if w.endswith(_POSSESSIVES)), default=-1)
    if owner >= 0 and all(is_namey(w) and _bare(w) not in ORG_WORDS for w in run[owner + 1:]):
        # "Breitbart’s Joel Pollak", "CNN’s Dana Bash": whose person, then the person
        role, run = role + run[:owner + 1], run[owner + 1:]
    if len(run) >= 3 and run[0].isalpha() and (_AGENT.fullmatch(run[0].lower()) or
                                                 run[0].endswith(("man", "woman")) or
                                                 _DEMONYM.fullmatch(run[0])) and \
            not is_first_name(run[0]) and is_first_name(run[1]) and \
            not any(_bare(w) in ORG_WORDS for w in run):
        role.append(run.pop(0))  # "Comedian Sarah Silverman", "Brooklynite Jane Roe": what she
        # does or where she is from, then her name
    if len(run) == 2 and _bare(run[0]) in _AFFILIATIONS and not party_word(run[1]) and \
            is_namey(run[1]) and run[1][:1].isupper():
        role.append(run.pop(0))  # "over Republican Trump": the party, then the surname
    if "of" in run[1:]:  # "Alfredo Pedroza of Napa County": the name, then where from
        k = run.index("of")
        if all(is_namey(w) or re.fullmatch(r"(?:[A-Z]\.)+", w) for w in run[:k]) and \
                len(run[:k]) <= 4:  # "Peter T. King of New York" too
            role, run = role + run[k:], run[:k]
    org = any(_bare(w) in ORG_WORDS for w in run)
    if org and run:
        # "Elm Academy of Social Sciences Li Wen": a person after an organisation
        last_org = max(k for k, w in enumerate(run) if _bare(w) in ORG_WORDS)
        tail = [w for w in run[last_org + 1 :] if _bare(w) != "of"]
        of_led = last_org + 1 < len(run) and run[last_org + 1] == "of"
        if len(tail) >= (3 if of_led else 2):  # "University of West of England": a place
            role, run, org = role + run[: len(run) - len(tail)], tail[-2:] if len(tail) > 3 \
                else tail, False
            if len(tail) > 3:
                role = role + tail[:-2]
    return tuple(role), tuple(run), org


#: Words after which a capitalised run is what a role is of: ``director of``, ``for the``.
_COMPLEMENT_WORDS = frozenset({"of", "for", "at", "the"})


def _body_after_complement(role: list[str], run: list[str]) -> bool:
    """Whether ``run``, capitalised words after a role's ``of``/``for``/``at``/``the``, is one
    body's name, whole (``executive director of Elm Nurses United``, ``spokeswoman for
    the Elm Harvest Convention``): two words or more, none a first name of the
    table (not ``aide to House Speaker Tom Reed``), a title's abbreviation, a possessive
    or ``of``, and ending on the body's noun if it holds one (not ``… of the Elm
    Academy of Social Sciences Li Wen``: a person after the body)."""
    if not (len(run) >= 2 and len(role) >= 2 and _bare(role[-1]) in _COMPLEMENT_WORDS and
            any(titled(w) for w in role)) or \
            any(is_first_name(w) or w.endswith(".") or w.endswith(_POSSESSIVES) or w == "of"
                for w in run):
        return False
    # not "… of the Elm Academy of Social Sciences Li Wen": a person after the body
    return _bare(run[-1]) in ORG_WORDS or run[-1].isupper() or \
        not any(_bare(w) in ORG_WORDS for w in run)


#: Role nouns for who seeks an office: what follows their ``for`` is the office
#: (``candidate for lieutenant governor Ann Lee`` is Ann Lee).
_SEEKERS = frozenset({"candidate", "candidates", "nominee", "nominees", "contender", "hopeful",
                      "challenger", "runner"})


def _titled_complement(role: list[str]) -> bool:
    """Whether ``role``, the words before a name, is a lower-case role noun, ``for``/``to``,
    then the name's own title (``spokesman for House Speaker``, ``aide to Senate Majority
    Leader``): the name is whom the role is for, not who holds it."""
    k = max((j for j, w in enumerate(role) if w in ("for", "to")), default=0)
    return 0 < k < len(role) - 1 and titled(role[-1]) and titled(role[k - 1]) and \
        role[k - 1].islower() and _bare(role[k - 1]) not in _SEEKERS


#: A title right before a name: ``for Mr. X``, ``to President X``.
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Governor)\.?")


_BRACKETED = re.compile(r"\s*\([^()]*\)?")


@lru_cache(maxsize=16384)  # pure: a text's names are asked of again and again
def parse_np(text: str) -> Mention | None:
    """One noun phrase (no commas): a name, a role, a role and a name, or a pronoun."""
    # "Ann Lee - who …": the dash that set the clause apart goes with it
    text = _CLAUSE_CUT.sub("", text.strip(" ,;:—–-\u00a0")).rstrip(" ,;:—–-\u00a0")
    text = _BRACKETED.sub(" ", text).strip()  # "Bobby Scott (D-Va.)": no name
    tokens = _TOKEN_RE.findall(text)
    while tokens and (_bare(tokens[0]) in _LEADING or len(tokens) > 1 and tokens[0] in (
            "which", "whom", "that")):  # "the changes, which officials said will …"
        tokens.pop(0)
    if not tokens or len(tokens) > 16:
        return None
    if len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0].endswith("ing") and \
            tokens[1][:1].islower():
        return None  # "Walking into the office": a participle's phrase, not a name
    if tokens[0].endswith("ing") and tokens[0].isalpha() and tokens[0].islower() and (
            tokens[0] in PARTICIPLES or tokens[0] == "including" or len(tokens) > 1 and
            _bare(tokens[1]) in DETERMINERS | {"his", "her", "their", "its", "some"}):
        # "saying the agreement", "telling reporters": no one; "including Sen. X": X
        rest = parse_np(" ".join(tokens[1:])) if len(tokens) > 1 else None
        return rest if rest is not None and rest.name else None
    if tokens[0] in ("of", "to"):
        return None  # "said of the senator", "to the drafting committee": not who speaks
    if len(tokens) == 1 and _bare(tokens[0]) in PRONOUNS:
        return Mention(pronoun=_bare(tokens[0]))
    definite = False
    first = _bare(tokens[0])
    if first in ("one", "another") and len(tokens) > 2 and tokens[1] == "of" and \
            people_noun(tokens[-1]):
        pass  # "one of the organizers": the whole phrase says who, not "of the organizers"
    elif first in DETERMINERS:
        definite = first not in {"a", "an", "one", "another", "ein", "eine", "un", "une"}
        tokens = tokens[1:]
    elif tokens[0].endswith(("'s", "’s")) and len(tokens) > 1:
        definite = True  # "Russia's foreign minister"
    if not tokens:
        return None
    if first == "the" and (body := _body_name(tokens)) is not None:
        return Mention(name=body, org=True)  # "the University of Michigan": one body
    if tokens.count("and") == 1 and not definite:
        both = _coordinated(tokens)
        if both is not None:
            return both
    if first in ("a", "an", "one", "another") and len(tokens) <= 4 and \
            _bare(tokens[-1]).rstrip("s") in _MEMBERS and all(is_cap(w) for w in tokens):
        # "another New Hampshire Republican", "a Democrat": someone unnamed of a party
        return Mention(role=" ".join(tokens), definite=False)
    of = tokens.index("of") if "of" in tokens[2:] else 0
    if of and all(is_cap(w) and not titled(w) for w in tokens[:of]) and \
            first not in DETERMINERS and tokens[of + 1:of + 2] == ["the"] and \
            2 <= len(tokens) - of - 1 <= 4 and _bare(tokens[-1]) in ORG_WORDS and \
            all(is_cap(w) or _bare(w) in MODIFIERS for w in tokens[of + 2:-1]):
        # "Sam Cole of the Reed campaign": the person before the body they work for
        return Mention(name=" ".join(tokens[:of]))
    role_t, name_t, org = split_name(tokens)
    if first in ("a", "an", "the") and name_t and not org and len(role_t) == 1 and \
            role_t[0].isalpha() and role_t[0].islower() and _ADJECTIVE.search(role_t[0]) \
            and not agent_noun(role_t[0]) and _bare(role_t[0]) not in FUNCTION_WORDS:
        # "an angry Hollande", "a tired Quill": a mood before the name, no role
        return Mention(name=" ".join(_strip_possessive(w) for w in name_t))
    name_t = [_strip_possessive(w) if k == len(name_t) - 1 else w for k, w in enumerate(name_t)]
    # "science advisers", "Clinton's top foreign policy aide Jake Sullivan": a role noun
    # with its modifiers, before a name or alone
    if not name_t and _named_text(role_t):  # "A 2014 House Intelligence Committee report"
        return Mention(role=" ".join(role_t), definite=definite)
    headed = bool(role_t) and (titled(role_t[-1]) or not name_t and _bare(role_t[-1]) in
                               ORG_WORDS or len(name_t) >= 2 and (agent_noun(role_t[-1]) or
                                                                  _noun_before_name(role_t))
                               or not name_t and _someones(role_t)) and len(role_t) <= 8
    if any(k and is_cap(role_t[k - 1]) and not titled(role_t[k - 1]) and w.islower() and
           _bare(role_t[k - 1]) not in PRONOUNS and (
            _bare(w) in REPORTING and (w.endswith("ed") or w in _SAID) or
            w in _ACTS and k + 1 < len(role_t) and is_cap(role_t[k + 1]) or
            w.endswith("s") and not w.endswith("ss") and k + 1 < len(role_t) and
            _bare(role_t[k + 1]) in DETERMINERS) for k, w in enumerate(role_t)):
        # "Mr. Ubben called the firm's chief executive", "Reed remembers the day a man": a
        # clause, no role (not "Reed supporters")
        return None
    for k, w in enumerate(role_t):
        b = _bare(w)
        if not (is_cap(w) or titled(w) or b in MODIFIERS or b in ORG_WORDS or b in _PARTICLES
                or w.endswith(("'s", "’s")) or b in {"of", "for", "at", "and", "the", "to"}
                or b in DETERMINERS or "-" in w
                or headed and w.isalpha() and b not in FUNCTION_WORDS
                or headed and name_t and _number_in_role(role_t, k)):
            return None  # a clause, not a noun phrase ("science advisers" is one)
    if name_t and not all(is_cap(w) or _bare(w) in _PARTICLES for w in name_t):
        return None
    if name_t and len(name_t) > (8 if org else 5):  # a body's name may be longer
        return None
    role = " ".join(role_t).strip() or None
    if role and not any(titled(w) or _bare(w) in ORG_WORDS for w in role_t) \
            and not name_t and not _someones(role_t):
        return None
    name = " ".join(name_t) or None
    if is_calendar(name):  # "said Tuesday that": a date, not a name
        name = None
        if role is None or not any(titled(w) for w in role_t):
            return None
    if name is None and role is None:
        return None
    before = role_t[:-1] if role_t and _COURTESY.fullmatch(role_t[-1]) else role_t
    if name and not org and len(before) >= 2 and (_bare(before[-1]) in {"of", "for", "to"} or
                                                  _titled_complement(before)):
        # "Friends of Mr. Clinton", "Attorneys for Clinton", "A spokeswoman for President
        # X", "a spokesman for House Speaker X": the name is a complement; who speaks is the
        # phrase's head (not "Secretary of State Ann Lee": a place between)
        return Mention(role=" ".join([*role_t, *name_t]), definite=definite)
    cut = next((k for k, w in enumerate(role_t) if _bare(w) in {"of", "at", "from"}), 0)
    if org and name and cut >= 2 and all(is_cap(w) or titled(w) for w in role_t[:cut]):
        # "David French of the National Retail Federation": the person before the body
        person = parse_np(" ".join(role_t[:cut]))
        if person is not None and person.name and not person.org:
            return person
    if org and name and role_t and _bare(role_t[-1 - (_bare(role_t[-1]) == "the")]) in {
            "for", "of", "at"} and any(titled(w) for w in role_t):
        # "a spokesperson for Sheffield University": an unnamed person of the organisation
        return Mention(role=" ".join([*role_t, *name_t]), definite=definite)
    if name and role is None and not org and all(_bare(w) in ORG_WORDS for w in name_t):
        org = True
    return Mention(name=name, role=role, definite=definite and not name, org=org)


#: Words that join the capitalised words of one body's name: ``Division of Gaming
#: Enforcement``, ``Science and Technology Directorate of the Department of …``.
_JOINERS = frozenset({"of", "and", "for", "the", "on", "&"})


def _number_in_role(role: list[str], k: int) -> bool:
    """Whether ``role[k]`` is a number that belongs to a role before a name (``Fight for $15
    organizing director``, ``Local 32 union president``): not a share (``60 percent of``)
    nor a date (``Dec 29``)."""
    before = role[k - 1].strip(".").lower() if k else ""
    return bool(_NUMBER.fullmatch(role[k])) and "percent" not in role and not (
        before in _MONTH_ABBREVIATIONS or is_calendar(before))


def _body_name(tokens: list[str]) -> str | None:
    """The name of a body after ``the`` (``the University of Michigan``, ``the state
    Division of Gaming Enforcement``): capitalised words joined by ``of``/``and``/``the``
    (one ``of`` at least), lower-case modifiers before them, no title among them; None
    otherwise (a person is never ``the``: ``the Secretary of State`` is a role)."""
    k = 0
    while k < len(tokens) - 1 and tokens[k] in MODIFIERS:
        k += 1
    words = tokens[k:]
    if len(words) < 3 or "of" not in words or not is_cap(words[0]) or not is_cap(words[-1]) \
            or words[-1].endswith(("'s", "’s")):
        return None
    if not all(w in _JOINERS or is_cap(w) and not titled(w) and w.isascii() for w in words):
        return None
    if any(w.endswith(".") and w.count(".") == 1 and len(w) > 2 for w in words[:-1]):
        return None  # "Freedom of Information Act. Judicial Watch": a sentence's end
    return " ".join(words)


#: Nouns for someone on a person's side (``a Lee ally``): no title, yet a role.
_SIDE_NOUNS = frozenset({"ally", "allies", "surrogate", "surrogates", "confidant",
                         "confidante", "loyalist", "loyalists", "backer", "backers"})


def _someones(words: list[str]) -> bool:
    """A capitalised name before a noun for someone on their side: ``Lee ally``, ``Trump
    loyalists`` (an unnamed person, not the one the name gives)."""
    return len(words) >= 2 and words[-1] in _SIDE_NOUNS and is_cap(words[-2])


def _coordinated(tokens: list[str]) -> Mention | None:
    """``Dunn and John``, ``Sens. Ann Lee of Ohio and Tom Reed of Iowa``: two named people
    (or bodies) who speak together, as written; a group, no antecedent of he or she."""
    k = tokens.index("and")
    left, right = tokens[:k], tokens[k + 1:]
    if not (0 < len(left) <= 6 and 0 < len(right) <= 6):
        return None
    sides = [parse_np(" ".join(side)) for side in (left, right)]
    if not all(m is not None and m.name and not m.pronoun for m in sides):
        return None
    if right[0].islower() and right[0] not in DETERMINERS and len(left) <= 2 and \
            not any(titled(w) for w in left):
        return None  # "Popular Christian and corporate speaker X": two words before a role
    return Mention(name=" ".join(tokens).rstrip(".,;:"), org=True)


def _named_text(words: list[str]) -> bool:
    """A text named by capitalised words before its noun (``2014 House Intelligence
    Committee report``, ``Club for Growth ad``, ``Rove ad``): a document that speaks as
    written, not the body or the person its modifiers name."""
    if not 2 <= len(words) <= 7 or words[-1] not in TEXT_NOUNS:
        return False
    lead = words[:-1]
    return is_cap(lead[0]) or lead[0].isdigit() and len(lead) > 1 and is_cap(lead[1]) if all(
        is_cap(w) or w.isdigit() or w in ("of", "for", "and") and 0 < k < len(lead) - 1
        for k, w in enumerate(lead)) else False


#: A capitalised name, then a setting: ``South Carolina at the close of the day``.
_SETTING_AFTER = re.compile(r"^(?:[A-Z][\w.'’-]*\s+)+(?:at|in|on|during|after|before|near)\s+"
                            r"(?:the|a|an|his|her|their)\s")


_RELATIVE = re.compile(r"(?:who|whom|whose|which|and who|and whom)\b")


_COMMA_SPLIT = re.compile(r",\s*")


@lru_cache(maxsize=16384)  # pure: a text's names are asked of again and again
def parse_mention(text: str) -> Mention | None:
    """A mention with its appositions: ``Zhao Lijian, a Foreign Ministry spokesperson``."""
    parts = [p.strip() for p in _COMMA_SPLIT.split(text.strip(" ,"))
             if p.strip() and not PARTY_TAG.fullmatch(p.strip())]  # "X, R-Ky.,": no one
    rel = next((k for k, p in enumerate(parts) if k and _RELATIVE.match(p)), len(parts))
    parts = parts[:rel]  # "X, who endorsed Mr. Y on Tuesday": a clause about X, not a name
    while len(parts) > 1 and fronted(parts[0]) and not (
            re.fullmatch(r"[A-Z][a-z]+ly", parts[0]) and parse_np(parts[1]) is None):
        parts.pop(0)  # "Along with the photo, he": the subject after the fronted phrase
        # (not "Skelly, explaining …": a name ending in -ly before no subject)
    if not parts:
        return None
    if len(parts) > 1 and _SETTING_AFTER.search(parts[0]):
        # "(Speaking in Columbia,) South Carolina at the close of the day, Cruz": the name
        # before a setting is the place a fronted phrase ends with; the name after it speaks
        last = parse_np(parts[-1])
        if last is not None and last.name and not last.org and not last.role and \
                all(is_cap(w) for w in parts[-1].split()):
            return last
    mentions = [m for m in (parse_np(p) for p in parts[:3]) if m is not None]
    if not mentions:
        return None
    first = parse_np(parts[0])
    if first is None:
        return None
    if first.pronoun or len(mentions) == 1:
        return first
    named = next((m for m in mentions if m.name and not m.org), None) or \
        next((m for m in mentions if m.name), None)
    roles = [m.role or (m.name if m.org else None) for m in mentions if m is not named]
    role = (named.role if named else None) or next((r for r in roles if r), None)
    if named is None:
        return first
    return Mention(name=named.name, role=role, org=named.org)


def _pair_opens(tokens: list[str], k: int) -> bool:
    """Whether the ``and`` at ``tokens[k]`` joins two names that open their clause: the
    capitalised words before it follow the text's start or a comma after a lower-case word
    (``Tom Reed and Ann Lee``; not ``Reed attacked Lee and Cole``: an object, then a clause
    of its own)."""
    j = k
    while j > 0 and is_cap(tokens[j - 1]) and \
            not tokens[j - 1].endswith((",", "'s", "’s")):
        j -= 1
    # (after a comma, not a list's last two: 'of Sciences, Engineering and Medicine')
    return j < k and (j == 0 or tokens[j - 1].endswith(",") and not is_cap(tokens[j - 1]))


_ROLE_OPENS = re.compile(r"\s*(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[A-Z][\w.-]*\s+){0,2}"
                         r"[A-Z][\w.-]*['’]s)\s+)"
                         r"(?:[\w'’.-]+\s+){0,5}[a-z][\w-]*\s*$")


#: Where a role's head ends: before what it is of (``The chief of staff``: ``chief``).
_HEAD_END = re.compile(r"\s+(?:of|for|at|to|in|on|with)\s")
_INITIAL = re.compile(r"[A-Z]\.")


def apposed_name(role: str, name: str) -> bool:
    """Whether ``name``, the words after the comma that ends ``role`` (``The chief of
    staff``, ``Ann Lee's spokesman``), is the name set apart after that role: the role opens
    with a determiner or a possessor and ends on a lower-case noun, not a body's unless the
    name is a body's too (``the police, Tom Reed, and …``: a list), and the name is two to
    four capitalised words (not ``Millbrook Falls, N.Y.``: a place's state)."""
    words = name.split()
    head = _HEAD_END.split(role, maxsplit=1)[0].split()[-1:]
    if head and words and _bare(head[0]) in ORG_WORDS and is_first_name(words[0]):
        return False  # "the police, Tom Reed, and …": a body, then a person, not its name
    return bool(_ROLE_OPENS.fullmatch(role)) and 2 <= len(words) <= 4 and \
        all(is_namey(w) and not w.endswith(".") or w in ("Jr.", "Sr.") or
            _INITIAL.fullmatch(w) for w in words)


def trailing_np(text: str) -> str:
    """The noun phrase that ends ``text`` (the subject before a reporting verb)."""
    tokens = text.rstrip().split(" ")
    out: list[str] = []
    for k in range(len(tokens) - 1, -1, -1):
        w = tokens[k]
        b = _bare(w)
        if not w:
            continue
        if w.endswith(",") and out:
            # an apposition: "Zhao Lijian, a Foreign Ministry spokesperson," said; not an
            # organisation before a role ("by the Aspen Times, the former mayor"), nor a
            # phrase before it ("At the same time, the person")
            # a title before a name is a full name, no apposition ("in Las Vegas, Mr. Trump")
            full = _bare(out[0]) in TITLES and len(out) > 1 and is_namey(out[1])
            # (not two roles: "attacked the mayor, the attendees chanted"; nor a plural,
            # no one person's apposition: "As X attacked Lee, the attendees chanted")
            plural = out[-1].islower() and out[-1].endswith("s") and \
                not out[-1].endswith(("ss", "us", "is"))
            # (not an object before a subject: "In an interview with Ann Lee, the candidate
            # stated": an apposition closes with its comma)
            open_np = _bare(out[0]) in DETERMINERS and not tokens[-1].endswith(",")
            if (_bare(out[0]) in DETERMINERS or _bare(out[0]) in TITLES) and not full and \
                    not plural and not open_np and \
                    _bare(w) not in ORG_WORDS and (is_cap(w) or titled(w) and not (
                        k > 0 and _bare(tokens[k - 1]) in DETERMINERS)):
                out.insert(0, w)
                continue
            break
        if w == "and" and out and is_namey(out[0]) and _pair_opens(tokens, k):
            out.insert(0, w)  # 'Tom Reed and Ann Lee said': the two, not the last
            continue
        if b in DETERMINERS:
            out.insert(0, w)
            if k > 0 and tokens[k - 1].endswith(","):
                continue
            if k > 1 and tokens[k - 1] == "of" and is_cap(tokens[k - 2]) and \
                    not titled(tokens[k - 2]):
                continue  # "George Zornick of The Nation": the person before the outlet
            break
        if is_cap(w) or titled(w) or b in MODIFIERS or b in PRONOUNS or b in _PARTICLES \
                or b in ORG_WORDS or w.endswith(("'s", "’s")) or (b in {"of", "at", "for"}
                                                                  and out):
            out.insert(0, w)
            if b in PRONOUNS and len(out) == 1:
                break
            continue
        break
    while out and _bare(out[0]) in {"of", "at", "for", "and"}:
        out.pop(0)
    return " ".join(out)


#: A name's possessive right before a quote: ``Obama's "…" promise``.
_POSSESSOR_END = re.compile(r"(?<![\w'’.-])(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*?)"
                            r"(?:['’]s|(?<=s)['’])\s*$")
#: A noun for words someone said right after a quote: ``"…" remark``, ``"…" campaign line``.
_SAYING_NOUN = re.compile(r"\s*(?:[a-z-]+\s+)?(?:promise|pledge|claim|remark|comment|slogan|vow|"
                          r"line|assertion|quip|warning|mantra|refrain|boast|catchphrase|"
                          r"catch\s+phrase|motto|joke|declaration|insistence)s?\b")


def possessor_of_words(before: str, after: str) -> Mention | None:
    """Whose words a quote is when a name's possessive opens it and a noun for something
    said closes it (``Obama's "if you like your plan, you can keep it" promise``, ``Ann
    Lee's "…" line``): the name, whatever cue the sentence has."""
    if not before.endswith(("s ", "’ ", "' ")) or _SAYING_NOUN.match(after) is None:
        return None
    m = _POSSESSOR_END.search(before)
    who = parse_np(m.group("np")) if m is not None else None
    return who if who is not None and who.name and not who.org else None


#: What a lone first name opening its sentence is followed by when it is the subject: an
#: apposition or an aside (``Dan, a student, …``, ``Dan (not his real name) …``), not a
#: place's (``Dayton, a town in Ohio``).
_SUBJECT_AFTER = re.compile(r"\s*(?:,\s+(?:a|an|the)\s+(?!(?:\w+\s+){0,2}(?:city|town|village|"
                            r"state|county|country|region|suburb|district|borough|province|"
                            r"island|port|capital)\b)|\()")


#: A noun and a word that gives it its name right before it: ``a woman named Mary``.
_NAMED_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[a-z]+)[ \u00a0]+(?:named|called|nicknamed)"
                           r"[ \u00a0]+$")
#: Nouns for a person that neither the titles, the words for kin nor a doer's suffix give.
_PERSON_NOUNS = frozenset("""person child kid friend guy individual victim witness nurse
    aide veteran cousin colleague""".split())


def _person_noun(word: str) -> bool:
    """Whether ``word`` (lower case, singular) names a person (``resident``, ``woman``), not
    an animal or a thing (``a cat named Bella``, ``a hurricane named Maria``)."""
    return word in KIN or word in _PERSON_NOUNS or titled(word) or agent_noun(word)


def lone_first_name_subject(text: str, pos: int, word: str) -> bool:
    """Whether the lone first name ``word`` at ``pos`` (``Dan``, no surname anywhere) opens
    its sentence as someone set apart by an apposition or an aside (``Dan (not his real
    name), a student at …, has just returned home``), or is given as a person's name (``a
    woman named Mary``, not ``a cat named Bella``): a person, though never seen to speak."""
    if not is_first_name(word):
        return False
    named = _NAMED_BEFORE.search(text, max(0, pos - 40), pos)
    if named is not None and _person_noun(named.group("noun")):  # not "a cat named Bella"
        return True
    if _SUBJECT_AFTER.match(text, pos + len(word)) is None:
        return False
    before = text[max(0, pos - 3):pos].rstrip(" \u00a0")
    return not before or before[-1] in ".!?\n\"”"
