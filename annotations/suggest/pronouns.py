"""Whom ``he said`` / ``she said`` refers back to, in a text indexed by ``speakers.People``:
a person named since the last speaker (in the pronoun's sentence, opening a sentence or a
clause after ``, but``, first in the sentence before, or presented by it), the subject of
the sentence the last speaker was quoted in, the last speaker the text shows the pronoun
fits, a person named since it fits, the last speaker (``resolve``); who ``they`` are
(``they_referent``) and what ``it`` is (``it_referent``) when they speak."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from annotations.text.nav import LONGEST_SENTENCE

from .clause_end import ends_abbreviation
from .fallbacks import TEXT_NOUNS, it_source, they_source, unquoted
from .first_names import first_name_sign
from .names import agent_noun
from .vocab import (
    CONTINUING,
    FEMALE_WORDS,
    FUNCTION_WORDS,
    MALE_WORDS,
    NOT_PLURAL,
    REPORTING,
    TITLES,
)

if TYPE_CHECKING:
    from .speakers import People, Speaker

_LEN_MAX = 1 << 62
#: A name followed by "and" and another name, or after one and "and": one of a pair.
_BEFORE_AND = re.compile(r"(?:[A-Z][\w.'’-]*[ \u00a0]+)*[A-Z][\w.'’-]*[ \u00a0]+and[ \u00a0]+[A-Z]")
_AFTER_AND = re.compile(r"[A-Z][\w.'’-]*[ \u00a0]+and[ \u00a0]+$")
#: A pronoun before a name in its sentence: someone else is that sentence's subject.
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|[Hh]is|[Hh]er)\b")
#: A verb's or a preposition's object (``forcing X to``, ``a debate with X``): no antecedent of a
#: pronoun in its sentence while a speaker before it fits.
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]+ing|to|of|for|with|by|against|about|from|at|on|into|"
                            r"toward|over|like|than)[ \u00a0]+$")
#: A participle's object, a title between at most (``forcing X to``, ``One pastor supporting
#: Mr. X, Y, said``): not who the sentence is about.
_OBJECT_OF = re.compile(r"(?<![\w'’-])[a-z]{2,}ing[ \u00a0]+(?:[A-Z][a-z]{0,3}\.[ \u00a0]+)?$")
#: An indefinite article, a lower-case word between at most, before a capitalised word: a
#: modifier or a noun (``a 33-year-old African American``, ``a Trump supporter``), no one
#: (not ``a worker named Sam Cole``).
_INDEFINITE = re.compile(r"(?<![\w'’-])[Aa]n?[ \u00a0]+(?:(?!(?:of|for|from|with|by|to|in|on|at|"
                         r"about|and|or|who|that|named|called)[ \u00a0])[a-z0-9][\w'’-]*"
                         r"[ \u00a0]+)?$")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*)[ \u00a0]+$")
#: Words after which a name opens a clause (its subject): ``because X``, ``and X``.
_OPENS_CLAUSE = frozenset({"and", "or", "but", "nor", "that", "because", "while", "when",
                           "whereas", "if", "unless", "whether", "where", "though", "although",
                           "as", "since", "until", "once", "after", "before", "than", "whom",
                           "who", "which", "how", "why", "what"})
#: A relative pronoun right before a pronoun subject: ``X, who he said was …``.
_RELATIVE_BEFORE = re.compile(r",[ \u00a0]+(?:who|whom)[ \u00a0]+$")
#: A name's words from where it stands: capitalised words (initials, titles) in a row.
_NAME_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*[ \u00a0]+){0,6}[A-Z][\w'’-]*")
#: Right after a name, its reporting verb set apart or ending the sentence: ``X, Ann Lee
#: said, …``, ``… the best candidate, Ann Lee argues.``
_REPORTS_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z]+)(?=[,.;]|[ \u00a0]*$)")
#: A verb right after a quote's closing mark before a name, its titles between: ``…," said
#: Gov. Terry E. Branstad`` (not ``never mentioned Trump``, ``…, praised Obama``).
_VERB_BEFORE = re.compile(r"[”\"’'][ \u00a0]*([a-z]+)[ \u00a0]+"
                          r"(?:[A-Z][\w'’-]*\.?[ \u00a0]+){0,3}$")
#: How many speakers back a pronoun's last speaker is looked for (a paragraph of thousands
#: of '"…," he told X' whose speakers the pronoun may not be stays linear).
_SPEAKERS_BACK = 200
#: How far back (characters) a pronoun with no speaker before it looks for names.
_CHARS_BACK = 5000
#: Cues that say the last speaker goes on (not ``recalled``, ``joked``: anyone may).
_GOES_ON = frozenset({"added", "adds", "continued", "continues", "went on", "goes on"})
#: Verbs whose object follows them: the name after them is spoken to or of (``told X``).
_TO_WHOM = frozenset({"told", "tells", "tell", "asked", "asks", "ask", "thought", "thinks"})


class Referent(NamedTuple):
    """Whom a pronoun refers to: a name (or an unnamed speaker's description) and a role."""

    name: str
    role: str | None
    named: bool = True


def fits(p: People, name: str, pronoun: str) -> bool:
    """Whether what the text shows of ``name`` and their first name (``People.sex``: a
    ``Karen`` is no ``he`` unless the text says so) do not make them of the other gender
    than ``pronoun``, nor a place the text shows (``_a_place``) a ``he`` or a ``she``."""
    g = p.sex(name)
    if pronoun in {"she", "sie"}:
        return g >= 0 and not _a_place(p, name)
    if pronoun in {"he", "er"}:
        return g <= 0 and not _a_place(p, name)
    return True


#: Capitalised words after a preposition of place (``near Elm Creek School``, ``in the Bay
#: Area``), the last not a possessive's (``in Ann Lee's case``).
_AT_PLACE = re.compile(r"(?<![\w'’-])(?:(?:in|near|across|throughout|outside|inside)[ \u00a0]+"
                       r"(?:the[ \u00a0]+)?|at[ \u00a0]+the[ \u00a0]+|(?:at|in)[ \u00a0]+"
                       r"(?:last|this|next)[ \u00a0]+(?:week|month|year)['’]s[ \u00a0]+)"
                       r"((?:[A-Z][\w.'’-]*[ \u00a0]+){0,4}[A-Z][\w'’-]*)")
#: A lower-case word right after a name (``… rally``, ``… where``).
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z][\w'’-]*)")
#: Lower-case words after a place that are no noun it modifies.
_NOT_A_NOUN = FUNCTION_WORDS | _OPENS_CLAUSE


@lru_cache(maxsize=4)  # asked for each name a pronoun reads, of the same few texts
def _places(text: str) -> frozenset[str]:
    """The names ``text`` writes after a preposition of place, and each run of their words
    (``near Elm Creek School``: ``Elm Creek``, ``Creek School`` …; ``at last month's Elm
    Creek Fair``), not one that modifies a noun after it (``at the Tom Reed rally``)."""
    out: set[str] = set()
    for m in _AT_PLACE.finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        if after is not None and after.group(1) not in _NOT_A_NOUN:
            continue
        words = m.group(1).split()
        if words[-1].endswith(("'s", "’s", "'", "’")):
            words.pop()
        out.update(" ".join(words[i:k]) for i in range(len(words))
                   for k in range(i + 1, len(words) + 1))
    return frozenset(out)


def _a_place(p: People, name: str) -> bool:
    """Whether ``name`` is a place the text shows, never a ``he`` or a ``she``: written
    after a preposition of place (``entered Elm Hook`` is not, ``near Elm Hook`` is),
    with no first name of the table, no role and at most one gendered word the text ties to
    it (``in Tom Reed's`` is a possessive)."""
    return name in _places(p.text) and not first_name_sign(name) and name not in p.roles \
        and abs(p.gender.get(name, 0)) < 2


#: A role in lower case right after a name, before another name: ``Elm Creek developer Sam
#: Cole``, ``Lee spokesman Sam Cole`` (the name a modifier of the next one's role).
_ROLE_THEN_NAME = re.compile(r"[ \u00a0]+([a-z]+)[ \u00a0]+(?=[A-Z])")


def _modifies_role(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` modifies the role of a name right after it (``Elm Creek
    developer Sam Cole``: Sam Cole is the person the sentence names; ``Lee spokesman Sam
    Cole said``: the spokesman speaks)."""
    name = _NAME_WORDS.match(p.text, pos)
    role = _ROLE_THEN_NAME.match(p.text, name.end()) if name is not None else None
    if role is None or not (role.group(1) in TITLES or agent_noun(role.group(1))):
        return False
    k = bisect_left(p.mentions, (role.end(), ""))
    return k < len(p.mentions) and p.mentions[k][0] == role.end()


def resolve(p: People, pronoun: str, pos: int, earlier: list[Speaker],
            verb: str | None, chained: bool = False) -> Referent | None:
    """Whom ``pronoun`` (``he``, ``she`` …) at ``pos`` refers to, ``earlier`` being the
    speakers so far and ``verb`` its reporting verb; None for ``I``/``we`` or no one.
    ``chained``: called for the same pronoun opening the sentence before (once)."""
    if pronoun in {"i", "we"}:
        return None
    # a cue of reported speech read from its sentence's start ("Lee's fate is unclear, but
    # she said …"): the pronoun is resolved where it stands, after the names before it
    own = re.compile(rf"\b{re.escape(pronoun)}\b", re.I).search(p.text, pos, pos + 200)
    if own is not None and ". " in p.text[pos:own.start()]:
        own = None  # another sentence's
    if own is not None and not _CLOSES.search(p.text, max(0, pos - 3), pos):
        pos = own.start()
    if verb in CONTINUING and earlier and not earlier[-1].named \
            and pos - earlier[-1].pos < 400:
        # 'a spokesperson said "…". He added that …': the unnamed speaker goes on, also
        # one reported indirectly ('A spokesman for X said the …. He added …')
        prev = earlier[-1]
        return Referent(prev.name, prev.role, named=False)
    if earlier and _unnamed_goes_on(p, earlier[-1], pronoun, pos):
        # '"…," said the woman, who did not give her name. "Too much hate," she said': the
        # unnamed person just quoted, when no one the pronoun fits is named since
        return Referent(earlier[-1].name, earlier[-1].role, named=False)
    # the names the pronoun's own clause gives after it are not it ('"…," he told Ann Lee':
    # he is not Ann Lee)
    bound = _bound(p, own.end()) if own is not None else frozenset()
    # '"… whether Senator Lee's message could go toe to toe …," he said': one who speaks
    # does not name themself in the third person
    spoken = _spoken_of(p, pos)
    # the last named speaker the pronoun fits (read from the end: one paragraph of thousands
    # of '"…," he said' stays linear)
    last = next((s for s in islice(reversed(earlier), _SPEAKERS_BACK) if s.named and not s.org
                 and s.name not in bound and s.name.rsplit(" ", 1)[-1] not in spoken and
                 fits(p, s.name, pronoun)), None)
    sign = 1 if pronoun in {"she", "sie"} else -1 if pronoun in {"he", "er"} else 0
    sent = sentence_start(p, pos)
    lo = bisect_right(p.mentions, (last.pos, "\uffff")) if last is not None else \
        bisect_left(p.mentions, (pos - _CHARS_BACK, ""))  # no speaker: the recent names
    hi = bisect_left(p.mentions, (pos, ""))  # mentions are sorted: those between, at once
    after_last = [(q, n) for q, n in p.mentions[lo:hi]
                  if q < pos and (last is None or q > last.pos) and n not in bound and
                  n.rsplit(" ", 1)[-1] not in spoken and fits(p, n, pronoun) and
                  not _INDEFINITE.search(p.text, max(0, q - 40), q) and
                  not _modifies_role(p, q)]
    if _RELATIVE_BEFORE.search(p.text, max(0, pos - 12), pos) and after_last:
        # "… by President Obama, who he noted was …": the name the relative stands for
        # is what the pronoun's verb is about, never the pronoun
        after_last.pop()
    going_on = verb in CONTINUING  # "he added": not a name merely mentioned in its sentence
    if verb in _GOES_ON and last is not None and earlier[-1] is last and \
            pos - last.pos < 500 and not _someone_else(p, last, pronoun, pos):
        # a run of quotes: '"…," X said. In that sense, Y was … "…," he added': X goes on
        return Referent(last.name, last.role)
    # 1. a person named since the last speaker in this sentence, or opening a sentence
    lead = _first_named_before(p, after_last, sent, pronoun)
    before = _sentence_before(p, sent)
    same = _clause_before_same(p, after_last, before - 1, sent, pronoun)
    if same < before:
        same = -1
    else:
        lead = same  # 'Lee held a rally while Ann Cole hosted one, during which she …'
    told = _told_from(p, sent, pos)  # 'Clinton "caused havoc," he said': what he said
    near = [(q, n) for q, n in reversed(after_last) if not sent < q < told
            if not before <= q < same
            if q > sent and not going_on and (
                q not in p.possessive or p.gender.get(n, 0) * sign > 0) and not (
                last is not None and _acted_on(p, q))
            or q not in p.possessive and (
                _subject(p, q) and (q > sent or not _reported_in(p, q, _end_of(p, q), n))
                or q in p.introduced or q == lead or q < sent and (
                    _opens_clause(p, q) or _presented(p, q)))
            or q in p.possessive and _sentence_before(p, sent) <= q < sent and
            _owns_subject(p, q)]
    cands = [n for q, n in near if not _coordinated(p, q)]
    if sign and last is None and cands and p.sex(cands[0]) == 0:
        # no speaker before: 'when I asked Tom Reed if he would endorse Ann Lee, he …': one
        # the text shows the pronoun fits, in this sentence or the one before, before a
        # nearer one it says nothing of
        shown = _shown_fit(p, near, before, sign)
        if shown is not None:
            cands.insert(0, shown)
    # the subject of this sentence ("X hit Y on guns, and she claimed"), else the
    # nearest (gender evidence only rules candidates out: a man shown to be one further
    # back is not nearer for it; one of a pair joined by "and" is no candidate)
    mention = next((n for q, n in reversed(after_last) if q > sent and n in cands and
                    _subject(p, q) and not q < told), None) or (cands[0] if cands else None)
    if not chained and (mention is None or last is not None and mention == last.name):
        # (the last speaker's own name after their quote is no one named since them)
        mention = _as_before(p, pronoun, sent, earlier, {
            n for _q, n in after_last if last is None or n != last.name}) or mention
    if mention is not None:
        return Referent(mention, p.roles.get(mention))
    # 1b. the subject of the sentence the last speaker was quoted inside, who is not
    # them ("X, a host, recalled that Y's listeners wondered if "…." "…," he said": X)
    host = _host(p, last, pronoun, sent) if last is not None else None
    if host is not None:
        return Referent(host, p.roles.get(host))
    # 2. the last speaker, when the text has shown the pronoun fits them
    if last is not None and p.gender.get(last.name, 0) * sign > 0:
        return Referent(last.name, last.role)
    # 3. else a person named since, whom the text has shown the pronoun fits
    # (with no speaker before, only from the sentence before on: not a man shown three
    # paragraphs back over one named just before whom the text says nothing of)
    sure = next((n for q, n in reversed(after_last)
                 if q not in p.possessive and p.gender.get(n, 0) * sign > 0 and
                 (last is not None or q >= _sentence_before(p, sent))), None)
    if sure is not None:
        return Referent(sure, p.roles.get(sure))
    if last is not None:
        return Referent(last.name, last.role)
    mention = next((n for q, n in reversed(p.mentions[lo:hi])
                    if q not in p.possessive and fits(p, n, pronoun) and
                    not _INDEFINITE.search(p.text, max(0, q - 40), q)), None)
    return Referent(mention, p.roles.get(mention)) if mention else None


#: Gendered words for what someone does (``the actor``, ``the congressman``): most often a
#: named person's role, not an unnamed person of their own.
_OCCUPATIONS = frozenset({"actor", "actress", "businessman", "businesswoman", "chairman",
                          "chairwoman", "congressman", "congresswoman", "king", "queen",
                          "prince", "princess", "duke", "duchess", "lord", "lady", "sir",
                          "dame", "mr", "mrs", "ms", "miss"})


def _unnamed_goes_on(p: People, prev: Speaker, pronoun: str, pos: int) -> bool:
    """Whether ``pronoun`` at ``pos`` goes on with ``prev``, an unnamed person just quoted
    (``the woman``, ``a spokesman``): within 400 characters, one person whose description
    says the pronoun's gender, or, for ``he``/``she`` in the sentence right after theirs, a
    role that says no gender (``"…," the host said. But he wanted to know``), and no one it
    fits named between."""
    if prev.named or prev.org or not 0 <= pos - prev.pos < 400 or _plural(prev.name):
        return False
    said = {w.lower().strip(".,") for w in prev.name.split()}
    if not said - _OCCUPATIONS & (FEMALE_WORDS if pronoun in {"she", "sie"} else
                                  MALE_WORDS if pronoun in {"he", "er"} else frozenset()) \
            and not _next_to_role(p, prev, said, pronoun, pos):
        return False
    k = bisect_left(p.mentions, (sentence_start(p, prev.pos), ""))
    while k < len(p.mentions) and p.mentions[k][0] < pos:
        if fits(p, p.mentions[k][1], pronoun):
            return False
        k += 1
    return True


def _next_to_role(p: People, prev: Speaker, said: set[str], pronoun: str, pos: int) -> bool:
    """Whether ``pronoun`` (``he``, ``she``) at ``pos`` is in the sentence ``prev`` was quoted
    in or the next, ``prev`` being an unnamed role (its last word a title or a noun for what
    someone does) whose words (``said``, lower case) say no gender (``the host``; not ``the
    actor``: most often a named person's role), and whose verb is no reply to them
    (``He replied``: the one answering)."""
    return pronoun in {"he", "she"} and prev.name.split()[-1].lower() in TITLES and \
        not said & (MALE_WORDS | FEMALE_WORDS) and \
        _sentence_before(p, sentence_start(p, pos)) <= prev.pos and \
        _REPLIES.match(p.text, pos) is None


#: A pronoun whose verb answers the one just quoted (``He smiled and replied``, ``She shot
#: back``): someone else than the one quoted.
_REPLIES = re.compile(r"(?:he|she)\b[^.!?\"“”:]{0,40}?\b(?:replied|responded|answered|"
                      r"retorted|countered|shot[ \u00a0]+back)\b", re.I)


#: The same pronoun opening a sentence, outside quotes: ``He has challenged …``.
_OPENS_WITH = re.compile(r"[ \u00a0\n]*(?:(?:But|And|Yet|So|Still|Then|Now)[ \u00a0,]+)?(He|She)\b")


def _as_before(p: People, pronoun: str, sent: int, earlier: list[Speaker],
               named: set[str]) -> str | None:
    """Whom ``pronoun`` refers to when the sentence before the one opening at ``sent``
    opens with it (``Ann Lee's message is …. She has challenged …. Her critique is moral, as
    she laments …``): that pronoun's referent, when it is one of ``named`` (people named since
    the last speaker)."""
    start = _sentence_before(p, sent)
    m = _OPENS_WITH.match(p.text, start, sent)
    if m is None or m.group(1).lower() != pronoun:
        return None
    at = m.start(1)
    k = len(earlier)
    while k and earlier[k - 1].pos >= at:
        k -= 1
    ref = resolve(p, pronoun, at, earlier[:k], None, chained=True)
    return ref.name if ref is not None and ref.name in named else None


#: A word of a name in a quote: a capitalised word that no sentence opens, not one that
#: modifies a group (``the peaceful Trump supporters``).
_QUOTED_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]+(?![ \u00a0]+[a-z]+(?:ers|ists)\b)")


def _spoken_of(p: People, pos: int) -> frozenset[str]:
    """The capitalised words (possessive ending dropped) inside the quote a pronoun's cue at
    ``pos`` follows (``"…," he said``) that open no sentence nor modify a group: whom the
    quote speaks of."""
    close = _CLOSES.search(p.text, max(0, pos - 3), pos)
    if close is None:
        return frozenset()
    line = p.text.rfind("\n", 0, close.start()) + 1
    opening = max(p.text.rfind("“", line, close.start()), p.text.rfind('"', line, close.start()))
    if opening < 0 or close.start() - opening > 1500:
        return frozenset()
    return frozenset(re.sub(r"['’]s$", "", w)
                     for w in _QUOTED_NAME.findall(p.text, opening + 1, close.start()))


#: Where a pronoun's clause ends: a sentence's or clause's end, a quotation mark, a clause
#: or a phrase set after it (``he said after X read …``, ``according to X``: X may be him).
_CLAUSE_END = re.compile(r"[;:!?\n“”\"]|\.(?:[ \u00a0\n]|$)|\b(?:after|before|when|while|as|"
                         r"because|since|until|if|although|though|whereas|where|once|unless|"
                         r"according)\b")


def _bound(p: People, after: int) -> frozenset[str]:
    """The people named in a pronoun's own clause after it (it ends at ``after``): ``"…," he
    told Ann Lee``, ``He accused Ann Lee of …``: a pronoun is never a name its own clause goes
    on to give."""
    k = bisect_left(p.mentions, (after, ""))
    if k >= len(p.mentions) or p.mentions[k][0] >= after + 200:
        return frozenset()  # no name after it (most pronouns): no clause to read
    stop = after + 200
    for end in _CLAUSE_END.finditer(p.text, after, stop):
        at = end.start()
        if not end.group().startswith(".") or not ends_abbreviation(p.text[max(0, at - 40):at]):
            stop = at  # not the period of "Mr." or of an initial
            break
    out = set()
    while k < len(p.mentions) and p.mentions[k][0] < stop:
        out.add(p.mentions[k][1])
        k += 1
    return frozenset(out)


#: A clause or a phrase set before a sentence's subject: ``Although it was …, X took``.
_FRONTED = re.compile(r"(?:(?:But|And|Yet|So)[ \u00a0]+)?(?:Although|Though|Because|Since|If|When|"
                      r"While|As|After|Before|Once|Until|Despite|Unlike|Following|With|Without|"
                      r"In|On|At|During|For|Even|"
                      r"(?:(?:A[ \u00a0]+few|Two|Three|Several|Some|Many)[ \u00a0]+)?(?:Days|Weeks|"
                      r"Months|Years|Hours|Minutes|Moments|Shortly|Soon|Just|Long|Right|days|weeks|"
                      r"months|years|hours|minutes|moments)[ \u00a0]+(?:after|before|later|"
                      r"earlier))\b")
#: From the comma that closes it to the subject's name, a role at most (``…," the network's
#: news anchor X``, ``…, Attorney General X``): no verb, no preposition.
_AFTER_FRONTED = re.compile(r",[”\"]?[ \u00a0]+((?:[\w'’.-]+[ \u00a0]+){0,5})$")
#: A sentence ending inside a quote the sentence bounds did not cut at: ``… "in the game."
#: Ryan led …``.
_QUOTE_ENDS = re.compile(r"[.!?][”\"][ \u00a0]+[A-Z]")


def _someone_else(p: People, last: Speaker, pronoun: str, pos: int) -> bool:
    """Whether the text between the sentence ``last`` spoke in and the pronoun's at ``pos``
    brings in someone the pronoun may be: the pronoun itself outside quotation marks, or a
    person it fits as a possessor or a sentence's subject (``In Ann Lee's case, she decided
    to stay. "…," she continued``, ``Ann Lee is keenly aware …. "…," she went on``)."""
    start = _end_of(p, last.pos)
    sent = sentence_start(p, pos)
    if re.search(rf"\b{re.escape(pronoun)}\b", unquoted(p.text[start:sent]), re.I):
        return True
    k = bisect_left(p.mentions, (start, ""))
    while k < len(p.mentions) and p.mentions[k][0] < sent:
        q, n = p.mentions[k]
        if n != last.name and (q in p.possessive or _subject(p, q)) and fits(p, n, pronoun):
            return True
        k += 1
    return False


#: A closing quotation mark right after a word (no punctuation inside it), before a name:
#: ``to "recognize" Trump``.
_QUOTED_WORD_BEFORE = re.compile(r"[a-z][”\"][ \u00a0]+$")


def _opens(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` opens its sentence (``People.opens_sentence``), but not
    after a word quoted inside it (``to "recognize" Trump in that passage``; a quote ending
    a sentence, ``… harder." Trump said``, does open one)."""
    return p.opens_sentence(pos) and not _quoted_word_before(p, pos)


def _quoted_word_before(p: People, pos: int) -> bool:
    """Whether a word quoted inside a sentence (``to "recognize"``) comes right before
    ``pos``."""
    return _QUOTED_WORD_BEFORE.search(p.text, max(0, pos - 40), pos) is not None


def _subject(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` is its sentence's subject: it opens it
    (``People.opens_sentence``) or comes right after a clause set before it, a role between
    at most (``After a host was fired over …, the network's anchor Ann Lee reacted``)."""
    if p.opens_sentence(pos):
        return not _quoted_word_before(p, pos)
    start = _period_start(p, pos) + 1
    lead = p.text[start:pos].lstrip()
    if len(lead) > 300 or not _FRONTED.match(lead) or _QUOTE_ENDS.search(lead):
        return False  # '… is "still in the game." Ryan led …': a sentence the bounds missed
    m = _AFTER_FRONTED.search(lead, max(0, lead.rfind(",")))
    if m is None:
        return False
    words = m.group(1).split()
    return not any(w.lower() in FUNCTION_WORDS and w.lower() not in ("the", "a", "an") or
                   w in REPORTING or w.endswith(("ing", "ed")) for w in words)


def sentence_start(p: People, pos: int) -> int:
    """Where the sentence holding ``pos`` opens: the last ``. `` or line break before it
    that is no title's, initial's or abbreviation's period (``C. Boyden Gray, who served
    under Mr. Bush's father, …, he said``: one sentence, whose subject is Gray), nor one
    inside the quote a cue at ``pos`` follows (``"… a week out. Just do it," he wrote``)."""
    for _ in range(30):  # bounded: quotes in a row, each ending where the next one's cue is
        start = _period_start(p, pos)
        close = _CLOSES.search(p.text, max(start, pos - 3), pos)
        if close is None or start <= 0:
            return start
        line = p.text.rfind("\n", 0, pos)
        opening = max(p.text.rfind("“", line + 1, close.start()),
                      p.text.rfind('"', line + 1, close.start()))
        if not line < opening < start:
            return start
        pos = opening
    return _period_start(p, pos)


def _period_start(p: People, pos: int) -> int:
    """The last ``. `` or line break before ``pos`` that is no title's, initial's or
    abbreviation's period. A sentence is read back at most ``LONGEST_SENTENCE`` characters (a
    text with no full stops is read in stretches: the suggester's sentences)."""
    lo = max(0, pos - LONGEST_SENTENCE)
    line = max(p.text.rfind("\n", lo, pos), lo - 1)
    at = _full_stop(p.text, lo, pos)
    for _ in range(30):  # bounded: a run of titles is no sentence of its own
        if at <= line or not ends_abbreviation(p.text[max(0, at - 40):at]):
            break
        at = _full_stop(p.text, lo, at)
    return max(at, line)


def _full_stop(text: str, lo: int, hi: int) -> int:
    """The last period before a space or a no-break space (``administration.\u00a0He``) in
    ``text[lo:hi]``, -1 when there is none."""
    return max(text.rfind(". ", lo, hi), text.rfind(".\u00a0", lo, hi))


def _reports(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` is the subject of its sentence's reporting verb set apart
    or ending the sentence (``Cruz is the best, Ann Lee argues.``, ``Trump, Ann Lee said,
    has …``), or after it (``…, said Mr. Bartels``): the one who speaks that sentence."""
    name = _NAME_WORDS.match(p.text, pos)
    if name is None or name.group().endswith(("'s", "’s", "s'", "s’")):
        return False  # "Lee's remarks,": a possessor
    after = _REPORTS_AFTER.match(p.text, name.end(), name.end() + 30)
    if after is not None and after.group(1) in REPORTING and after.group(1) not in _TO_WHOM:
        return True
    before = _VERB_BEFORE.search(p.text, max(0, pos - 40), pos)
    return before is not None and before.group(1) in REPORTING and \
        before.group(1) not in _TO_WHOM


#: A quote's closing mark right before a pronoun's cue: ``…," he said``.
_CLOSES = re.compile(r"[”\"][ \u00a0]*$")
#: After a possessor, the thing it owns as a clause's subject, before its verb: ``'s renewed
#: endorsement of the team came``, ``'s article also attacked``, ``'s lawsuit demands``.
_OWNED_SUBJECT = re.compile(r"['’]s?[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}?(?P<head>[a-z][\w-]*)"
                            r"(?:[ \u00a0]+(?:of|on|about|for)[ \u00a0]+[^,.;:\"“”]{1,40}?)?"
                            r"(?:[ \u00a0]+(?:also|again|then|later|[a-z]+ly))?[ \u00a0]+"
                            r"(?:[a-z]+ed|[a-z]{3,}s|came|went|said|says|made|took|gave|drew|was|"
                            r"had|has|is)\b")
#: Heads of what a person's possessor may own that are people, not things: ``X's aide``.
_PERSON_HEAD = re.compile(r"(?:[a-z]+(?:er|or|ist|ian|ant|(?<!m)ent|man|woman|men|women|ee)s?|"
                          r"staff|team|campaign|family|people|allies|aides?|wife|husband|son|"
                          r"daughter|children|friends?|brother|sister|mother|father|counsel)")


def _owns_subject(p: People, pos: int) -> bool:
    """Whether the name at ``pos``, a possessor opening its sentence, owns a thing that is
    the sentence's subject (``Ann Lee's article also attacked …. He calls …``: Lee wrote it;
    not ``Ann Lee's aide said``): the next ``he``/``she`` may be them, as a subject."""
    if not _opens(p, pos):
        return False
    name = _NAME_WORDS.match(p.text, pos)
    if name is None:
        return False
    end = name.end() - 2 if name.group().endswith(("'s", "’s")) else \
        name.end() - 1 if name.group().endswith(("s'", "s’")) else name.end()
    m = _OWNED_SUBJECT.match(p.text, end)
    return m is not None and not _PERSON_HEAD.fullmatch(m.group("head")) and \
        m.group("head") not in FUNCTION_WORDS and m.group("head") not in _BODIES


def _sentence_before(p: People, sent: int) -> int:
    """Where the sentence before the one opening at ``sent`` opens."""
    k = bisect_right(p.bounds, (sent, _LEN_MAX)) - 1
    return p.bounds[k][0] if k >= 0 else 0


#: Capitalised words alone (a name, its titles): ``Sam Cole``, ``Gov. Sam Cole``.
_NAME_ONLY = re.compile(r"[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*")


#: A name alone opening a sentence, set apart by a comma before a pronoun's cue: ``Ann Lee, he
#: said, …``.
_NAME_SET_APART = re.compile(r"[.\s]*(?:[A-Z][\w.'’-]*[ \u00a0]+){0,4}[A-Z][\w'’-]*,[ \u00a0]+")
#: A pronoun's cue set apart as an aside: ``he said,``, ``she argued,``.
_ASIDE = re.compile(r"[A-Za-z]+[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+,")


def _told_from(p: People, sent: int, pos: int) -> int:
    """Where the words a pronoun's cue at ``pos`` reports open, when the quote goes on from a
    name that opens its sentence (``Clinton "caused havoc," he said``: Clinton is what he
    said, not who said it), or a name set apart by a comma before an aside cue opens it
    (``Ann Lee, he said, was …``); ``sent`` otherwise."""
    if _ASIDE.match(p.text, pos):
        ended = max(p.text.rfind('." ', sent, pos), p.text.rfind(".” ", sent, pos)) + 2
        if _NAME_SET_APART.fullmatch(p.text, max(sent, ended), pos):
            return pos  # 'Trump, he said, was …': Trump is what he said
    close = _CLOSES.search(p.text, max(sent, pos - 3), pos)
    if close is None or p.text[close.start() - 1:close.start()] not in (",", "!", "?"):
        return sent  # '"…." He said …': a sentence of its own
    opening = max(p.text.rfind("“", sent, close.start()), p.text.rfind('"', sent, close.start()))
    # a period before a no-break space ends a sentence too (``….\u00a0Clinton "…"``)
    lead = p.text[max(sent, p.text.rfind(".\u00a0", sent, opening) + 1):opening].strip()
    if opening <= sent or not _NAME_ONLY.fullmatch(lead):
        return sent  # 'X admitted that they had "…," he said': words of their own
    return opening


#: A coordinated clause's start before its subject: ``…, but a hoarse-voiced X got …``.
_CLAUSE_BEFORE = re.compile(r"[,;][ \u00a0]+(?:and|but|yet|so|while|whereas)[ \u00a0]+"
                            r"(?:(?:a|an|the)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2})?$")
_VERB_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+(?:[a-z]+ed|[a-z]+s|got|had|was|"
                         r"said|told|made|took|gave|went|came|won|lost|did)\b")


def _opens_clause(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` is the subject of a clause joined to its sentence's first
    (``X put Y on the defensive, but a hoarse-voiced Y got in digs``): a subject, as the
    sentence's own."""
    if not _CLAUSE_BEFORE.search(p.text, max(0, pos - 40), pos):
        return False
    name = _NAME_WORDS.match(p.text, pos)
    return name is not None and _VERB_AFTER.match(p.text, name.end()) is not None


#: A name a sentence presents: ``Then there's X.``, ``In the back was X, a worker.``
_PRESENTS = re.compile(r"(?:\b[Tt]here(?:['’]s|[ \u00a0]+(?:is|was))|(?<=[ \u00a0])was)[ \u00a0]+$")
_ENDS_NAME = re.compile(r"(?:[ \u00a0]+[A-Z][\w.'’-]*)*[ \u00a0]*"
                        r"(?:[.!?]|,[ \u00a0]+(?:a|an|the)\b)")


def _presented(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` is what its sentence presents, at its end (``Then there's
    Ann Lee.``, ``There in the back was Ann Lee, a worker.``): the next sentence's topic."""
    if not _PRESENTS.search(p.text, max(0, pos - 20), pos):
        return False
    name = _NAME_WORDS.match(p.text, pos)
    return name is not None and _ENDS_NAME.match(p.text, name.end()) is not None


def _end_of(p: People, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (``People.bounds``)."""
    k = bisect_right(p.bounds, (pos, _LEN_MAX)) - 1
    return p.bounds[k][1] if k >= 0 else len(p.text)


def _reported_in(p: People, pos: int, end: int, name: str) -> bool:
    """Whether someone other than ``name`` (at ``pos``) reports the sentence it opens
    (before ``end``): ``Cruz is the best, Ann Lee argues.``: Cruz is what is reported."""
    k = bisect_right(p.mentions, (pos, name))
    while k < len(p.mentions) and p.mentions[k][0] < end:
        q, n = p.mentions[k]
        if n != name and _reports(p, q):
            return True
        k += 1
    return False


def _acted_on(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` follows a preposition or a verb that acts on it
    (``forcing X to``, ``a debate with X``, ``likes X``), not a reporting verb it is
    the subject of (``said X``) or a word that opens a clause (``because X``)."""
    m = _WORD_BEFORE.search(p.text, max(0, pos - 30), pos)
    if m is None:
        return False
    w = m.group(1)
    return _OBJECT_BEFORE.search(p.text, max(0, pos - 30), pos) is not None or (
        w not in FUNCTION_WORDS and w not in REPORTING and w not in _OPENS_CLAUSE)


def _shown_fit(p: People, near: list[tuple[int, str]], since: int, sign: int) -> str | None:
    """The nearest of ``near`` (nearest first) named after ``since`` whom the text shows the
    pronoun of gender ``sign`` fits (``People.sex``), not one of a pair."""
    return next((n for q, n in near if q >= since and p.sex(n) * sign > 0 and
                 not _coordinated(p, q)), None)


def _coordinated(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` is one of two joined by ``and`` (``Pat Quinn and Tom
    Reed followed``): a pair, no antecedent of he or she."""
    return bool(_BEFORE_AND.match(p.text, pos) or
                _AFTER_AND.search(p.text, max(0, pos - 60), pos))


#: A sentence opening with a definite description as its subject, before its verb (``The
#: former ambassador also discussed …``, ``This impostor spoke …``): a name after it is none.
_DESCRIBED_SUBJECT = re.compile(
    r"[ \u00a0\n]*(?:(?:But|And|Still|Yet)[ \u00a0,]+)?(?:The|This|That)[ \u00a0]+"
    r"(?:[A-Za-z][\w'’.-]*[ \u00a0]+){0,3}[a-z][\w'’-]*[ \u00a0]+"
    r"(?:[a-z]+ly[ \u00a0]+|also[ \u00a0]+)?"
    r"(?:[a-z]+(?:ed|s)|was|had|took|made|gave|spoke|went|came|said|told|got|won|lost|did|led|"
    r"met|saw|sent|thought|felt|kept|left|put|ran|set|sat|stood)\b")


#: A sentence's subject set apart after a description that opens it, a possessive in that
#: description (``The other man, his cousin Tom Reed, 40, said``, ``Her husband, Tom Reed,
#: has``): the name is the subject, the possessor someone else.
_APPOSED_SUBJECT = re.compile(
    r"[ \u00a0\n]*(?:(?:But|And|Still|Yet)[ \u00a0,]+)?(?:The|His|Her|Their|One|Another|A|An)"
    r"[ \u00a0]+[^,.;:!?\"“”()]{0,80},[ \u00a0]+(?:[\w'’.-]+[ \u00a0]+){0,4}")


def _first_named_before(p: People, after_last: list[tuple[int, str]], sent: int,
                        pronoun: str) -> int:
    """Where the first person named in the sentence before the one opening at ``sent``
    stands (``a worker named Ann Lee has …``; ``…, say experts like Ann Lee, …``),
    of ``after_last``; -1 when a pronoun of a person comes before it there (``She compares
    him to Trump.``, ``during her interview with Winfrey``: the subject is someone else; not
    ``their``, ``its``), someone else ``pronoun`` fits is named before it there (the last
    speaker: ``Still, Ann Lee, who …, called it better than No Child Left Behind``), it is
    acted on in a sentence a definite description opens as its subject (``The former envoy
    also discussed the policies of Tom Reed.``) or that sentence names no one."""
    prev = _sentence_before(p, sent)
    at = next((q for q, _n in after_last if q >= prev), -1)
    if not prev < at < sent or _SUBJECT_PRONOUN.search(p.text, prev, at) and \
            not _APPOSED_SUBJECT.fullmatch(p.text, prev, at) or \
            _OBJECT_OF.search(p.text, max(0, at - 40), at) or \
            _DESCRIBED_SUBJECT.match(p.text, prev, at) and _acted_on(p, at):
        return -1
    k = bisect_right(p.mentions, (prev, "\uffff"))
    while p.mentions[k][0] < at:
        if fits(p, p.mentions[k][1], pronoun):
            return -1
        k += 1
    return at


#: A gendered pronoun (``him``, ``her`` …): someone the one after it may be.
_GENDERED = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]ers?)\b")
#: The same pronoun within a sentence, not opening it: ``…, during which she gave …``.
_MID_PRONOUN = {w: re.compile(rf"(?<=[a-z,;—–] ){w}\b") for w in ("he", "she")}


def _clause_before_same(p: People, after_last: list[tuple[int, str]], at: int, sent: int,
                        pronoun: str) -> int:
    """``at`` (just before the sentence before, which ends at ``sent``), unless ``pronoun``
    recurs in that sentence, outside quotes, after a later person who opens a clause (``Lee
    held a rally while Ann Cole hosted an event, during which she …``): then where that
    person stands, the one the pronoun there and here refers to."""
    word = _MID_PRONOUN.get(pronoun)
    start = max(at, 0)
    m = word.search(unquoted(p.text[start:sent])) if word is not None else None
    if m is None:
        return at
    r = start + m.start()
    later = [q for q, n in after_last if at < q < r and fits(p, n, pronoun)]
    if not later or not _opens_clause_word(p, later[-1]) or \
            _GENDERED.search(p.text, later[-1], r):
        return at  # 'when Ann Cole confronted him about remarks he …': him is he
    return later[-1]


def _opens_clause_word(p: People, pos: int) -> bool:
    """Whether the name at ``pos`` follows a word that opens a clause (``while X``)."""
    m = _WORD_BEFORE.search(p.text, max(0, pos - 30), pos)
    return m is not None and m.group(1) in _OPENS_CLAUSE


def _host(p: People, last: Speaker, pronoun: str, sent: int) -> str | None:
    """The person who opens the sentence (before ``sent``) in which ``last`` was quoted,
    when that is someone else the pronoun fits: the sentence's subject."""
    k = bisect_right(p.bounds, (last.pos, _LEN_MAX)) - 1
    if k < 0 or p.bounds[k][1] > sent + 1 or not p.bounds[k][0] <= last.pos:
        return None
    s, e = p.bounds[k]
    m = bisect_right(p.mentions, (s, ""))
    if m >= len(p.mentions) or p.mentions[m][0] >= last.pos:
        return None
    at, name = p.mentions[m]
    same = name == last.name or last.name.endswith(" " + name) or \
        name.endswith(" " + last.name)  # "Abu Hatab" is "Walid Abu Hatab"
    if same or at in p.possessive or not _opens(p, at) or \
            not fits(p, name, pronoun) or _reported_in(p, at, e, name):
        return None  # "Trump, Ann Lee said, has …": the one quoted reports that sentence
    return name


#: Irregular plural nouns that head a group: ``People briefed on the talks were …``.
_IRREGULAR_PLURALS = r"(?:[Pp]eople|[Mm]en|[Ww]omen|[Cc]hildren|[Pp]olice)"
_GROUP_VERBS = frozenset({"are", "were", "do", "did", "have", "had", "can", "could", "will",
                          "would", "should", "must", "may", "might", "paid", "made", "took",
                          "gave", "went", "came", "found", "felt", "knew", "saw", "want",
                          "need", "hope", "fear", "expect", "agree", "believe", "think"})
#: A group that acts: two names joined by ``and`` (``Ann Lee and Sam Cole of X suggest``), or a
#: plural (``…s``, ``people``) opening a clause, before a verb a group does (a bare or past
#: form: ``were``, ``did``, ``paid``, ``expect``, any reporting verb).
_GROUP_SUBJECT = re.compile(
    r"(?P<np>(?:[A-Z][\w.'’-]*[ \u00a0]+){0,3}[A-Z][\w'’-]+[ \u00a0]+and[ \u00a0]+"
    r"(?:[A-Z][\w.'’-]*[ \u00a0]+){0,3}[A-Z][\w'’-]+"
    r"|(?<![\w'’-])(?:[A-Za-z][\w'’-]*[ \u00a0]+){0,2}?(?:[A-Za-z][a-z-]{2,}s|" +
    _IRREGULAR_PLURALS +
    r"))(?:[ \u00a0]+(?:of|from|at|in|on|briefed|close|familiar)[ \u00a0]+[^,.;:]{1,60}?)?"
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+|also[ \u00a0]+)?(?P<verb>[a-z]+ed|" +
    "|".join(sorted(_GROUP_VERBS | REPORTING, key=len, reverse=True)) + r")\b")
_NOT_GROUP = NOT_PLURAL | {"as", "analysis", "status", "campus", "bus", "virus", "process"}
#: Words that open a clause set before the main one: its subject is no part of what a
#: trailing cue reports (``As X and Y stumped …, they were …, they said``).
_SUBORDINATE = frozenset({"as", "when", "while", "because", "if", "after", "before", "since"})
#: What opens a clause before its subject: a sentence's end, a comma, a conjunction.
_CLAUSE_LEAD = re.compile(r"(?:[.!?:;,”\"]|^|\n|(?<![\w'’-])(?i:and|but|while|as|because|when|"
                          r"if))[ \u00a0]+$")
_THEY = re.compile(r"\b[Tt]hey\b")


def they_referent(text: str, pos: int, earlier: list[Speaker] | None = None) -> str | None:
    """Who ``they`` at ``pos`` are when they speak: the group quoted just before (``earlier``,
    the speakers so far: ``His advisers say …, and they say …``), else the last plural that
    speaks or acts (``fallbacks.they_source``), else the last group that opens a clause before
    a verb in the paragraph, or in the one before when the pronoun opens its own (``People
    briefed on the talks were …``, ``Ann Lee and Sam Cole suggest …``), never one named
    person; None when there is none."""
    own = _THEY.search(text, pos, min(len(text), pos + 200))  # a cue read from its sentence's
    if own is not None and ". " not in text[pos:own.start()]:  # start: from the pronoun on
        pos = own.start()
    if earlier and not earlier[-1].named and 0 <= pos - earlier[-1].pos < 400 and \
            "\n" not in text[earlier[-1].pos:pos] and _plural(earlier[-1].name):
        return earlier[-1].name
    who = they_source(text, pos)
    if who is not None and text.find(f",{who}", max(0, pos - 400), pos) < 0:
        return who  # not "the 2,383 delegates needed": a figure's digits
    para = text.rfind("\n", 0, pos) + 1
    start = max(para, pos - 300)
    # "X can do that, they said": what they said is not who said it, but for a clause set
    # before it ("As X and Y stumped …, they were …, they said")
    said_from = max(text.rfind(". ", 0, pos), start) if re.search(
        r",[ \u00a0]*$", text[max(0, pos - 3):pos]) else pos
    found = _group_before(text, start, pos, said_from)
    if found is None and start == para > 0 and not text[para:pos].count(". "):
        # 'But the protesters paid tribute …' then a paragraph 'As they made their way …,
        # they chanted': the paragraph before
        end = len(text[max(0, para - 400):para].rstrip()) + max(0, para - 400)
        prev = text.rfind("\n", 0, end) + 1
        found = _group_before(text, max(prev, end - 300), end, end)
    if found is None:
        return None
    words = found.split()
    det = next((k for k, w in enumerate(words) if w.lower() in ("the", "a", "an")), -1)
    return " ".join(words[det + 1:]) if det >= 0 and det + 1 < len(words) else found


def one_person(p: People, name: str) -> bool:
    """Whether ``name`` is one person the text names (``Ann Lee``), not a group (``Senate
    Democrats``, ``Lee and Cole``) nor a body: what ``they`` and ``it`` never stand for."""
    return name in p.names and " and " not in name and not _plural(name) and \
        p.fullest(name) in p.names


def may_stand_for(p: People, pronoun: str, name: str) -> bool:
    """Whether ``name``, a speaker taken from elsewhere (a paragraph's voice, the person
    named before), may be whom a quote's own cue ``pronoun`` that resolved to no one stands
    for: ``they`` and ``it`` never one person; ``he`` and ``she`` no one the text shows to be
    of the other gender (``"…," she said`` is no ``Ted Cruz``)."""
    if pronoun in {"they", "it"}:
        return not one_person(p, name)
    return fits(p, name, pronoun)


def _plural(name: str) -> bool:
    """Whether an unnamed speaker's description reads as a plural (``senior advisers``,
    ``people close to him``), not one person (``a source``, ``the campaign``)."""
    words = name.split()
    head = next((w for w in words if w.lower() in ("of", "from", "at", "in", "close", "familiar",
                                                     "with", "who", "for")), None)
    head_words = words[:words.index(head)] if head is not None and words.index(head) else words
    last = head_words[-1].lower() if head_words else ""
    return re.fullmatch(_IRREGULAR_PLURALS, head_words[-1] if head_words else "") is not None \
        or len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us",
                                                                           "is")) \
        and last not in _NOT_GROUP


def _group_before(text: str, start: int, pos: int, said_from: int) -> str | None:
    """The last group that opens a clause before a verb a group does between ``start`` and
    ``pos`` (not after ``said_from``, in what a trailing cue reports, but for a clause set
    before it)."""
    found = None
    for m in _GROUP_SUBJECT.finditer(unquoted(text[start:pos])):
        words = m.group("np").split()
        if words[-1].lower() in _NOT_GROUP or words[-1].endswith(("ss", "'s", "’s")) or \
                start + m.start() >= said_from and words[0].lower() not in _SUBORDINATE:
            continue
        cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.lower() in FUNCTION_WORDS
                   and w.lower() not in ("the", "a", "an", "and", "some", "many", "most", "all")),
                  default=0)
        at = start + m.start() + len(" ".join(words[:cut])) + (1 if cut else 0)
        lead = text[max(0, at - 40):at].rstrip()
        if at > start and not (_CLAUSE_LEAD.search(lead + " ") and not (
                lead.endswith(".") and ends_abbreviation(lead[:-1]))):
            continue  # not a clause's subject ("criticism from Democrats and …", "that X")
        found = " ".join(words[cut:])
    return found


#: Nouns for a body that speaks as ``it``: ``the company``, ``the Business Council``.
_BODIES = frozenset({
    "council", "committee", "commission", "company", "corporation", "group", "party",
    "association", "institute", "foundation", "agency", "department", "board", "court",
    "campaign", "network", "union", "organization", "organisation", "center", "centre",
    "bureau", "office", "ministry", "government", "administration", "firm", "coalition",
    "alliance", "movement", "league", "federation", "panel", "newspaper", "website"})
#: A body (``the Business Council of British Columbia``, ``Trump's campaign``, ``the
#: company``) or a text after a possessive (``Thursday's memo``), as a clause's subject.
_BODY = re.compile(
    r"(?<![\w'’-])(?P<np>(?:[Tt]he|(?:[A-Z][\w.&'’-]*[ \u00a0]+){0,3}[A-Z][\w.&-]*['’]s)"
    r"[ \u00a0]+(?:[A-Z][\w.&'’-]*[ \u00a0]+){0,5}?(?P<head>[A-Za-z]+)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:[A-Z][\w.'’-]*[ \u00a0]?){1,4}|[ \u00a0]+(?:of|from)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?[\w.'’-]+(?:[ \u00a0]+[A-Z][\w.'’-]*){0,3})?)"
    r"(?=[ \u00a0]+(?:[a-z]+ly[ \u00a0]+|also[ \u00a0]+)?(?P<verb>[a-z]+ed|[a-z]+s|said|wrote|"
    r"made|took|put|sent|gave|began|had|was)\b)")


def it_referent(text: str, pos: int) -> str | None:
    """What ``it`` at ``pos`` stands for when it speaks: the last body that spoke as a
    clause's subject in the 400 characters before (``The company said in a statement …. "…,"
    it added``: the company), else the last text named there (``fallbacks.it_source``: ``The
    council sent a letter …. It added``), else the last body or text that was a clause's
    subject (``Thursday's memo from the panel seemed …``: the memo)."""
    spoke = acted = None
    start = max(0, pos - 400)
    for m in _BODY.finditer(unquoted(text[start:pos])):
        head = m.group("head").lower()
        lead = text[max(0, start + m.start() - 40):start + m.start()].rstrip()
        if (head in _BODIES or head in TEXT_NOUNS) and (
                not lead or _CLAUSE_LEAD.search(lead + " ")):  # not "most of the party has"
            # "Thursday's memo from the panel": the memo
            np = re.sub(r"[ \u00a0]+from[ \u00a0].*$", "", m.group("np"))
            if head in _BODIES and m.group("verb") in REPORTING:
                spoke = np
            acted = np
    found = spoke or it_source(text, pos) or acted
    return re.sub(r"^[Tt]he[ \u00a0]+", "", found) if found else None
