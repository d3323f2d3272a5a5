"""Who speaks a quote that no cue introduces, inside a sentence: the subject of the sentence
(``Carson called the political system "rotten to the core."``, ``He praised those who left
but said, "We are in a different ballgame."``)."""

from __future__ import annotations

import re

from .cues import clause_subject, det_np, opening_subject, subject_of
from .names import Mention, parse_mention, parse_np, trailing_np
from .subjects import strip_fronted
from .vocab import FUNCTION_WORDS, REPORTING, SUBORDINATE_OPENING

#: Auxiliaries and the commonest irregular past forms: a clause's verb.
_VERBISH = frozenset("""is are was were will would could can may might must has had have do
    does did should shall made took gave went came saw knew thought found got felt left kept
    held brought began became ran won lost paid met sent built spent led meant told said
    wrote spoke broke chose stood sold bought""".split())


#: A name, then the body or the place it is of, before the clause's verb (``commentator Ann
#: Lee of the anti-tax Weekly Review imagined …``): the body is no part of the subject.
_OF_BODY = re.compile(r"^(?P<np>(?:[\w'’-]+\s+){0,3}?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)"
                      r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?=[a-z]{3,}ed\s)")


def partial_subject(before: str, inner: str) -> Mention | None:
    """The subject of the clause ``before`` a quote whose words are ``inner``, when the quote
    holds three words or more and ``before`` reads as a clause (a subject and a verb)."""
    lead = before.strip()
    if len(inner.split()) < 3 or not lead:
        return None
    clause = strip_fronted(lead)
    words = clause.split()
    if len(words) < 3 or not any(w.islower() and (w.endswith(("ed", "s")) or w in _VERBISH)
                                 for w in words[1:]):
        return None
    main = _main_clause(clause)
    if main is not None:  # 'As Lee tried … — … — Reed responded with a phrase: "…"': Reed
        return main
    head = parse_np(clause.split(",", 1)[0]) if "," in clause else None
    pair = _apposed_pair(clause) if head is not None and head.role and not head.name else None
    if pair is not None:  # "Two analysts, Ann Lee and Sam Cole, found …": the two of them
        return pair
    # "Tom Reed, a party operative who …, said …": the name that opens the clause; "Cruz
    # is praising Jeb Bush, who …, as": the name before the clause's verb
    m = head if head is not None and head.name and not head.org else \
        opening_subject(clause) or opening_subject(
            _OF_BODY.sub(r"\g<np> ", clause.rsplit(", ", 1)[-1], 1)) or \
        clause_subject(clause)
    if m is None or m.pronoun in ("i", "we") or not (m.name or m.pronoun or m.role):
        return None
    return _modified_noun(clause, m) or m


#: The comma or the dash that ends a subordinate clause opening a sentence (``As``,
#: ``When`` …), or an aside inside it.
_CLAUSE_BREAK = re.compile(r",\s+|\s+[—–]\s*|\s*[—–]\s+")


def _apposed_pair(clause: str) -> Mention | None:
    """Two people named together, set apart after the unnamed group that opens ``clause``
    (``Two military analysts, Ann Lee and Sam Cole, found``): the pair, not its first
    name."""
    parts = clause.split(",")
    if len(parts) < 3 or " and " not in parts[1]:
        return None
    pair = parse_mention(f"{parts[0]},{parts[1]}")
    return pair if pair is not None and pair.name and " and " in pair.name else None


def _main_clause(clause: str) -> Mention | None:
    """The subject of the main clause after a subordinate clause that opens ``clause``
    (``As Lee tried to discuss it — especially where … — Reed responded:``: Reed, not
    Lee), when the words after its last comma or dash open with a name and a verb."""
    if not SUBORDINATE_OPENING.match(clause):
        return None
    parts = _CLAUSE_BREAK.split(clause)
    if len(parts) < 2:
        return None
    m = opening_subject(parts[-1])
    return m if m is not None and (m.name or m.role) else None


def _modified_noun(clause: str, m: Mention) -> Mention | None:
    """``Corporate lobbyists describe …``, ``Multiple outlets reported …``: a capitalised
    word that opens the clause before a lower-case noun and then a verb modifies that noun;
    who speaks is the phrase (``corporate lobbyists``), not a person named ``Corporate``."""
    if not m.name or " " in m.name or m.role:
        return None
    words = strip_fronted(clause).split()
    k = 1 if words[:1] and words[0].lower() in ("a", "an", "the") else 0
    if len(words) < k + 3 or words[k] != m.name:
        return None
    noun, after = words[k + 1], words[k + 2].strip(",").lower()
    if not noun.isalpha() or not noun.islower() or noun in _VERBISH or noun in REPORTING or \
            noun.endswith(("ed", "ly")) or noun in FUNCTION_WORDS or len(noun) < 4:
        return None
    verb = after in REPORTING or after in _VERBISH or after.endswith("ed") or after in (
        "just", "also", "now")
    return Mention(role=f"{m.name.lower()} {noun}", definite=k > 0) if verb else None


_LABEL_RE = re.compile(r"\b(?:called|calls|calling|dubbed|dubbing|labeled|labelled|labeling|"
                       r"branded|branding|(?:describ|portray|characteriz|mock|derid|dismiss)"
                       r"(?:e[ds]?|ing|s)?\s+(?:\S+\s+){1,4}as)\s+(?:\S+\s+){0,3}(?:an?\s+)?$")


def labels(before: str) -> bool:
    """Whether the words before a quote name what someone calls something (``called him a``,
    ``described the protests as``): the short quote after them is that person's word."""
    return bool(_LABEL_RE.search(before))


def reported_words(inner: str, around: str) -> bool:
    """Whether a short quote reads as words someone said: its words end a clause (a comma
    or a period inside the closing mark: ``was "rigged,"``) and the rest of its sentence
    (``around``) reports speech (``He said the plan was "dead on arrival."``)."""
    if not re.search(r"[,.!?]$", inner.rstrip("’'\"”")):
        return False
    return any(w.strip(",.;:—").lower() in REPORTING for w in around.split())


def _opening_name(clause: str) -> Mention | None:
    """The name opening ``clause`` before an apposition (``Sam Cole, the party's leader,
    on Tuesday called``: Sam Cole)."""
    if "," not in clause:
        return None
    head = parse_np(clause.split(",", 1)[0])
    return head if head is not None and head.name and not head.org else None


def reporting_subject(before: str) -> Mention | None:
    """Who speaks a quote inside reported speech: the subject of the last reporting verb of
    the words ``before`` it in its sentence (``Lee described the ruling as a "rigged
    game."``, ``The mayor said Monday that the plan was "dead."``)."""
    words = list(re.finditer(r"\S+", before))
    for k in range(len(words) - 1, 0, -1):
        w = words[k].group().strip(",.;:").lower()
        if w in REPORTING and words[k].group()[:1].islower():
            head = _AUX_RE.sub("", before[: words[k].start()])
            if _NOUN_BEFORE.fullmatch(words[k - 1].group()):
                # 'Lee on Tuesday called Reed's remarks "racist,"': the noun's phrase is
                # the object of the clause's verb, whose subject speaks; when the phrase
                # opens the sentence ('Lee's answer was that "…"') its possessor does
                j = k - 1
                while j > 0 and words[j - 1].group()[:1].isupper():
                    j -= 1
                if j > 0 and _NOUN_BEFORE.fullmatch(words[j - 1].group()):
                    j -= 1
                outer = _AUX_RE.sub("", before[: words[j].start()]) if j > 0 else ""
                m = _opening_name(strip_fronted(outer)) or subject_of(outer) or \
                    clause_subject(strip_fronted(outer)) if outer.strip() else None
                if m is not None and (m.name or m.role or m.pronoun in ("he", "she", "they")) \
                        and not outer.rstrip().endswith(m.name or m.role or "\0"):
                    return m  # (a subject, not the object's first words: 'denounced Sen.')
            m = subject_of(head) or clause_subject(strip_fronted(head))
            if m is not None and (m.name or m.role or m.pronoun in ("he", "she", "they", "it")):
                return m
            return None
    return None


#: A possessive or a determiner: a reporting word after it is a noun (``called Reed's
#: remarks "racist,"``, ``that the agency's report "…"``), not the verb whose subject speaks.
_NOUN_BEFORE = re.compile(r"(?!(?:he|she|it|that|who|what|there|here|where|everyone)['’]s$)"
                          r"[\w.-]+(?:['’]s|s['’])|(?i:the|an?|his|its|their|our|my|your|this|"
                          r"these|those)")


_AUX_RE = re.compile(r"(?:\s+(?:has|had|have|also|then|later|once|would|had\s+previously|"
                     r"\w+ly))+\s*$")


#: A verb that makes someone speak, its object, and ``to`` and a reporting verb before a
#: quote: ``led Ann Lee to declare, "…"``, ``prompted the Atlas, which …, to state, "…"``.
_CAUSED = re.compile(
    r"\b(?:led|leads|lead|leading|prompted|prompts|prompting|caused|causing|forced|forcing|"
    r"pushed|pushing|urged|urging|asked|invited|encouraged|allowed|inspired|inspiring|"
    r"spurred|spurring|moved|compelled)\s+(?P<np>[^,;:“”\"]{2,80}?)"
    r"(?:,\s+(?:which|who)\s[^,;:“”\"]{1,120},)?\s+to\s+(?P<verb>[a-z]+)(?:\s+that)?[\s,:]*$")


#: A passive question and its asker before a quote: ``X was asked by moderator Ann Lee
#: whether his plan would risk "…"``.
_ASKED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|got|gets)\s+(?:asked|pressed|"
                            r"questioned)\s+by\s+(?P<np>[^,;:\"“”]{2,80}?)\s+(?:whether|if|why|"
                            r"how|what|about)\s[^;:\"“”]{0,300}$")


def asked_agent(before: str) -> Mention | None:
    """Who asks the question a quote stands in (``Reed was asked by moderator Ann Lee
    whether his plan would risk "…"``): the agent after ``by``, not the one asked."""
    m = _ASKED_PASSIVE.search(before)
    if m is None:
        return None
    who = parse_mention(trailing_np(m.group("np")))
    return who if who is not None and (who.name or who.role) else None


def caused_speaker(before: str) -> Mention | None:
    """Who a verb of causing makes speak in the words ``before`` a quote: its object
    (``The tweet led Ann Lee to declare, "…"``: Ann Lee, not the tweet; ``leading advisers
    like Ann Lee to counter that "…"``: Ann Lee), when ``to`` and a reporting verb follow."""
    m = _CAUSED.search(before)
    if m is None or m.group("verb") not in REPORTING:
        return None
    who = parse_mention(trailing_np(m.group("np")))
    return who if who is not None and (who.name or who.role) else None


#: Words that open a clause of its own inside a sentence (``… such a presence that``,
#: ``… last week when``): the words after the last of them are the clause a quote stands in.
_CLAUSE_OPEN = re.compile(r"(?<![\w'’-])(?:that|when|while|whereas|after|because|since|"
                          r"although|though|until|once|where)\s+(?=[A-Z]|(?:he|she|they)\s)")
#: ``so big that``, ``such a presence that``: ``that`` opens a clause of its own (after a
#: verb it opens what was said: ``X sniped that …``).
_SO_THAT = re.compile(r"\b(?:so\s+[\w-]+|such\s+(?:an?\s+)?[\w-]+)\s*$")
#: Verbs of a speech act whose clause holds the quote (``accused him of a "…"``).
_SPEECH_ACTS = frozenset("""accused accuses thanked thanks praised praises criticized
    criticizes blasted blasts slammed slams mocked mocks called calls described describes
    dubbed labeled labelled urged urges warned warns promised promises vowed vows pledged
    pledges""".split())


def inner_subject(before: str, inner: str) -> Mention | None:
    """The subject of the clause a partial quote stands in when a conjunction opens that
    clause inside the sentence and its verb reports or names a speech act (``It had become
    such a presence that Lee thanked its members "…"``; ``that`` only after ``so``/``such``;
    ``It started when Mrs. Lee, in response to …, accused him of a "…"``): a name or he,
    she or they; None when a reporting verb before the clause reports it (``Lee said that
    Ruiz was "…"``), when the clause opens the sentence (the main clause follows) or holds
    no one subject (``…, and the crowd …``, ``X and other leaders``)."""
    opens = [m for m in _CLAUSE_OPEN.finditer(before) if not m.group().startswith("that") or
             _SO_THAT.search(before, 0, m.start())]  # not 'X sniped that Y was "…"': X's
    if not opens:
        return None
    head, clause = before[:opens[-1].start()], before[opens[-1].end():]
    if len(head.split()) < 3 or re.search(
            r",\s+(?:and|but|or|yet)\s|;|\s(?:and|or)\s|,\s+[a-z]+ing\s", clause):
        return None
    if any(w.strip(",.;:").lower() in REPORTING for w in head.split()) or not any(
            w.strip(",.;:") in REPORTING or w.strip(",.;:") in _SPEECH_ACTS
            for w in clause.split()):
        return None
    m = partial_subject(clause, inner)
    if m is None or not (m.name and not m.org or m.pronoun in ("he", "she", "they")):
        return None
    return m


#: What opens a clause whose object a quote names: ``in what``, ``, which``, ``a trend
#: that`` (``that`` only after a determiner and a noun: ``X said that Y …`` reports).
_OBJECT_OPEN = re.compile(r"\b(?:[Ww]hat|which|(?:a|an|the)\s+[a-z-]{3,}\s+that)\s+(?=\S)")
#: Verbs of naming that are no reporting verbs: ``what Lee dubbed "…"``.
#: A word: a run of non-space characters.
_WORD = re.compile(r"\S+")
_NAMING = frozenset("dubbed dubs termed terms labeled labelled labels branded brands deemed"
                    " deems".split())


def object_clause_subject(lead: str) -> Mention | None:
    """Who speaks a quote inside a clause whose object it names, after the words ``lead``:
    the clause's subject, a name or an unnamed phrase (``in what Sam Cole, a former
    treasurer, called "…"``, ``a trend that the club predicts will continue "…"``), not the
    sentence's subject; None for a pronoun or when no such clause holds the quote."""
    opens = list(_OBJECT_OPEN.finditer(lead))
    if not opens:
        return None
    clause = lead[opens[-1].end():]
    if len(clause) > 200 or any(c in clause for c in ";:\"“”()"):
        return None
    words = list(_WORD.finditer(clause))
    k = next((i for i, w in enumerate(words[:12]) if i and w.group().islower() and (
        w.group().strip(",") in REPORTING or w.group().strip(",") in _NAMING)), None)
    if k is None or len(words) - k > 8 or "," in clause[words[k].start():]:
        return None
    np = _AUX_RE.sub("", clause[:words[k].start()]).strip()
    if not np or np.split()[-1].lower() in FUNCTION_WORDS:
        return None
    who = parse_mention(np) or det_np(np)
    return who if who is not None and (who.name or who.role) and not who.pronoun else None
