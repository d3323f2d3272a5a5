"""A speaker's role as the tag form proposes it: a role noun phrase, never a courtesy title
alone (``Mr.``), a clause's first word (``When President``), a dangling word or trailing
punctuation (``authors,``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .first_names import is_first_name
from .vocab import DETERMINERS, TITLES

#: Courtesy titles and abbreviated ones: part of how a name is written, not a role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "sen",
                        "rep", "gov", "gen", "capt", "lt", "col", "sgt", "prof", "rev", "st",
                        # the other abbreviations and plurals (``Sens.``, ``Adm.``, ``Mme``)
                        "sens", "reps", "govs", "gens", "capts", "lts", "cols", "sgts", "drs",
                        "revs", "adm", "adms", "maj", "majs", "cmdr", "mme", "mmes"})
#: Words that open a clause or a phrase before the role, or dangle after it.
_EDGE = frozenset({"when", "while", "after", "before", "as", "if", "since", "because", "so",
                   "but", "and", "or", "yet", "then", "in", "on", "at", "of", "for", "to",
                   "with", "by", "from", "that", "which", "who", "last", "this", "week",
                   "friends", "though", "although", "once", "until", "unless", "where"})
_CLAUSE_AFTER = re.compile(r"(?:\s(?:who|who['’]s|whom|whose|which|that)|(?:^|\s)(?:is|was|are|"
                           r"were|has|have|had|said|says|would|will))\s")
_SENTENCE_END = re.compile(r"(\S*)[.!?]+[\s\"“”]+(?=\S)")
#: What a role never ends in: a word that waits for the next one (``such as former``, ``experts
#: like``, ``deputy leader under``, ``a man calling himself``), beside ``_EDGE``'s.
_DANGLING = frozenset({"former", "such", "like", "under", "himself", "herself", "themselves"})
#: First words of a clause, never of a role (``whose husband``, ``Is President …?``).
_CLAUSE_FIRST = frozenset({"whose", "whom", "which", "is", "was", "are", "were"})
#: Where the words after a role become a clause or a list of names: ``… at the time the tax
#: was passed``, ``… by the time her husband won``, ``aides to governors such as …``.
_CLAUSE_PHRASE = re.compile(r"\s(?:at the time|by the time|such as)\s")
#: A clause's verb inside a role and what follows it: a past form before its object
#: (``marchers honored the …``), a present one after ``and`` (``historian and runs the …``).
_VERB_CLAUSE = re.compile(r"(?:^|\s)[a-z]+ed\s(?:the|a|an|his|her|their|its)\s|"
                          r"\sand\s(?:now\s|also\s)?[a-z]+s\s(?:the|a|an|as(?!\swell\sas\s))\s")
_DOING = re.compile(r"[a-z]+ing\s+to\s")  # "vying to be …"
_NAMED_AS = re.compile(r"(?:named|appointed|elected|chosen|picked|tapped|hired|nominated)\s"
                       r"(?:[\w'’-]+\s){0,3}?as\s")
#: A word left out of the middle of a role (``president of Parents For of Elmland``, when a
#: capitalised word of the body's name was read as the person's): its part before any ``of``.
_HOLE = re.compile(r"\s(?:of|for|the|a|an|and|at|to|in|on)\s+of\s", re.I)
_COMPLEMENT = re.compile(r"\s(?:of|for|at)\s")
_PREPOSITIONS = frozenset({"of", "for", "at", "to", "under", "during", "from", "with", "in"})
#: A quotation that begins inside a role and ends past it (``host of “The Late Hour``), or
#: ends inside one and began before it (``Late Hour” host``): the role is outside it.
_OPENS = re.compile(r"\s[“\"]")
_CLOSES = re.compile(r"[”\"]\s")
_CLOSING = re.compile(r"[”\"]")
_MARK = re.compile(r"[“”\"]")


def _bare(word: str) -> str:
    return word.strip(".,;:()[]\"“”'’‘—–").lower()


@lru_cache(maxsize=4096)  # a story's roles repeat (``Russian President`` in each paragraph)
def clean_role(role: str | None) -> str | None:
    """The role part of ``role``, or None when nothing of a role is left."""
    if not role:
        return None
    text = role.strip()
    ends = [m.end() for m in _SENTENCE_END.finditer(text)  # "emerged. Trump's chairman,"
            if len(m.group(1)) > 1 and _bare(m.group(1)) not in HONORIFICS]
    text = text[ends[-1]:] if ends else text
    text = re.sub(r"\([^()]*\)?", " ", text)  # "(R-Fla.)"
    if _MARK.search(text):
        text = _outside_quotation(text)
    if " of " in text and _HOLE.search(text):
        text = _COMPLEMENT.split(text, maxsplit=1)[0]
    pieces = [p for p in (x.strip() for x in text.split(",")) if p]
    if not pieces:
        return None
    # "the convention, his top aide,": the piece that holds a role noun, the last first
    text = next((p for p in reversed(pieces) if any(_bare(w) in TITLES for w in p.split())),
                pieces[-1])
    # "a party operative who played a major role …": the noun phrase, not its clause; nor
    # the clause's verb and what follows ("… for the party said in a statement")
    text = _CLAUSE_AFTER.split(text, maxsplit=1)[0]
    if " " in text:  # a role of one word holds no clause
        text = _CLAUSE_PHRASE.split(text, maxsplit=1)[0]
        named = _NAMED_AS.match(text)  # "named last week as a leader of …": what it names
        text = text[named.end():] if named else text
        if _DOING.match(text):
            return None  # "vying to be the next mayor": what the person does, no role
        text = _VERB_CLAUSE.split(text, maxsplit=1)[0]  # "… historian and runs the …"
    words = text.split()
    if words and _bare(words[0]) in _CLAUSE_FIRST:
        return None  # "whose husband", "Is President …?": a clause, no one's role
    while words and (_bare(words[0]) in _EDGE or _bare(words[0]) in HONORIFICS
                     or _bare(words[0]) == "such" or _bare(words[0]) == "under" and
                     _bare(words[1:2][0] if words[1:] else "") != "secretary"):
        words.pop(0)  # "Under Chancellor X, …": a fronted phrase's (not "Under Secretary")
    while words and (_bare(words[-1]) in _EDGE or _bare(words[-1]) in HONORIFICS
                     or _bare(words[-1]) in {"the", "a", "an"} or not _bare(words[-1])
                     or _bare(words[-1]) in _DANGLING or _participle_after_title(words)):
        words.pop()
    if words and len(words[-1].strip(".,")) == 1 and words[-1][:1].isupper():
        # "a professor of economics at R" (R.T.I. cut at its first period): the role
        # without the complement it cut short
        cut = max((k for k, w in enumerate(words) if w in _PREPOSITIONS), default=0)
        words = words[:cut] if cut else words
    if not any(_bare(w) in TITLES or _bare(w).rsplit("-", 1)[-1] in TITLES for w in words):
        return None  # "former", "Epstein", "6:00p.m": no role noun ("president-elect" is one)
    joined = " ".join(words)
    out = joined.strip(".,;:—–-\"“”‘’'()[] ")  # "aide —", "“spokesman"
    return _closed_title(out, joined) or None


def _closed_title(out: str, joined: str) -> str:
    """``out`` with the closing mark the strip took back, when it closes a title the role
    quotes (``author of “The Long Road”``, not ``… “The Long Road``)."""
    for opening, closing in (("“", "”"), ("‘", "’"), ('"', '"')):
        k = out.rfind(opening)
        if k > 0 and closing not in out[k + 1:] and joined.rstrip(".,;: ").endswith(closing):
            return out + closing
    return out


def _participle_after_title(words: list[str]) -> bool:
    """Whether the last of ``words`` is a participle after a role noun, the start of what
    the person does (``a pastor supporting`` Reed, ``a man calling`` himself X)."""
    last = words[-1]
    return len(words) > 1 and last.islower() and last.endswith("ing") and \
        _bare(last) not in TITLES and _bare(words[-2]) in TITLES


def _outside_quotation(text: str) -> str:
    """``text`` without a quotation that runs past either of its ends: the part after one
    it closes first (before a space), the part before one it opens and never closes."""
    opened, closed = _OPENS.search(text), _CLOSES.search(text)
    if closed is not None and (opened is None or closed.start() < opened.start()):
        text = text[closed.end():]
    opens = [m.start() for m in _OPENS.finditer(text)]
    if opens and not _CLOSING.search(text, opens[-1] + 2):
        text = text[:opens[-1]]
    return text


#: A role set apart before a name: a determiner or a possessor, then up to six words, then
#: the comma before the name (``the previous Republican presidential nominee, Mitt …``).
_APPOSED = re.compile(r"(?:^|\s)((?:the|a|an|his|her|its|their|our|[A-Z][\w.-]*['’]s)\s+"
                      r"(?:[\w'’.-]+\s+){0,5}[\w'’.-]+,)\s*$", re.I)
#: Words that open a clause or are its verb: no role's.
_CLAUSE = frozenset({"that", "which", "who", "whom", "whose", "when", "while", "as", "because",
                     "if", "and", "but", "or", "said", "says", "told", "has", "have", "had",
                     "is", "are", "was", "were"})


def _ends_in_name(words: list[str]) -> bool:
    """Whether ``words`` end in a person's full name: a first name of the table, then
    capitalised words that are no titles (``Chancellor Ann Lee``)."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and _bare(words[k - 1]) not in TITLES:
        k -= 1
    return len(words) - k >= 2 and is_first_name(words[k])


def apposed_role(lead: str, np: str) -> str:
    """The role before a name's comma (``np``, the noun phrase that ends ``lead``, the words
    before the name in its sentence), whole: ``the previous Republican presidential
    nominee,`` where ``np`` is only ``nominee,``; one bare plural before the comma is no
    role but a list's item (``Reed has 400 delegates, Ann Lee 300``), and a person's full
    name is none (``Under Chancellor Ann Lee, Elmland is …``): ""."""
    if not np.endswith(",") or _bare(np.split()[0]) in DETERMINERS or \
            np.split()[0].endswith(("'s", "’s")):
        return np
    if _ends_in_name(np.rstrip(",").split()):
        return ""  # "Under Chancellor Ann Lee, Elmland is …": a person, no one's role
    m = _APPOSED.search(lead)
    words = m.group(1).split() if m else []
    if words and not any(_bare(w) in _CLAUSE for w in words) and any(
            _bare(w) in TITLES or _bare(w).rsplit("-", 1)[-1] in TITLES for w in words[1:]):
        return " ".join(words)
    # one plural noun: a list's item ("… 370 delegates, Ann Lee 300"); one singular title
    # stays ("the F.B.I. director, Ann Lee": the sentence was cut at "F.B.I.")
    one = _bare(np)
    return "" if len(np.split()) == 1 and one.endswith("s") and one[:-1] in TITLES else np


_PAST_BEFORE = re.compile(r"\b(?:former|late|then|previous|outgoing|erstwhile)[ \u00a0]+$", re.I)


def past_led(text: str, start: int, role: str) -> str:
    """``role``, a capitalised title run starting at ``start`` (``Florida Gov.``), with the
    lower-case word that makes it a past one right before it (``former Florida Gov.``)."""
    m = _PAST_BEFORE.search(text, max(0, start - 12), start)
    return f"{m.group().strip()} {role}" if m and role else role


#: A role set apart after a name with no article: a possessor's (``, Reed's spokeswoman,``,
#: ``, his lawyer,``) or a bare title and what it is of (``, spokeswoman for the mayor,``).
_APPOSED_AFTER = re.compile(
    r",[ \u00a0]+((?:his|her|their|its|[A-Z][\w.-]*['’]s)[ \u00a0]+[^,.;:()\"“”]{3,80}|"
    r"[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*){0,2}"
    r"(?:[ \u00a0]+(?:of|for|at|to|with)[ \u00a0]+[^,.;:()\"“”]{2,60})?)(?=[,;:)]|\.(?!\w))")
_OF = re.compile(r"[ \u00a0](?:of|for|at|to|with)[ \u00a0]")
_POSSESSORS = frozenset({"his", "her", "their", "its"})


def apposed_after(text: str, end: int) -> str | None:
    """The role set apart right after a name ending at ``end`` with no article (``Ann Dunn,
    Reed's spokeswoman, said``; ``Ann Dunn, spokeswoman for the mayor,``): its words up to
    the comma, when a title ends the phrase before its ``of``/``for``; else None."""
    m = _APPOSED_AFTER.match(text, end)
    if m is None:
        return None
    role = m.group(1).strip()
    head = _OF.split(role, maxsplit=1)[0].split()
    first = _bare(head[0])
    if first in _EDGE or first in DETERMINERS and first not in _POSSESSORS or \
            not any(_bare(w) in TITLES for w in head[-1:]) or len(role.split()[-1]) == 1:
        return None  # not "… the Thomas B" (an initial's period)
    return role


def whole_phrase(role: str, text: str, end: int) -> str:
    """``role``, read up to ``end`` in ``text`` by a pattern of bounded length, without the
    phrase its bound cut short (``… Preparedness at Columbia Uni`` -> ``…
    Preparedness``): a role never ends in a piece of a word."""
    if end >= len(text) or not text[end].isalnum() or _CLAUSE_AFTER.search(role):
        return role  # whole, or cut in a clause ``clean_role`` leaves out
    cut = max(role.rfind(f" {w} ") for w in ("of", "at", "in", "for", "and", "to", "with"))
    return role[:cut] if cut > 0 else role


#: Words that may go on an apposition after its title: a complement, a second title, a
#: relative clause.
_AFTER_TITLE = frozenset({"of", "for", "at", "in", "to", "with", "and", "from", "on", "who",
                          "whose", "since", "under", "until", "during", "turned", "or", "&"})


def closed_apposition(phrase: str) -> bool:
    """Whether ``phrase``, read after a name's comma (``the party's candidate, said``), is
    set apart as the name's apposition: nothing after its title but a complement, another
    title or a relative clause; not a verb (``Sam Cole, the party's candidate stated that
    …``: the subject after a phrase that ends on a name)."""
    words = [_bare(w) for w in phrase.split()]
    k = next((i for i, w in enumerate(words) if w in TITLES or w.rsplit("-", 1)[-1] in TITLES),
             None)
    if k is None:
        return True
    while k + 1 < len(words) and (words[k + 1] in TITLES or
                                  words[k + 1].rsplit("-", 1)[-1] in TITLES):
        k += 1
    after = phrase.split()[k + 1] if k + 1 < len(words) else ""
    return not after or words[k + 1] in _AFTER_TITLE or not after[:1].islower()
