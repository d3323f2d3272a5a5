"""Who speaks a quote that a clause opens with a verb the cue rules do not read as a cue:
``The ad claims "…"``, ``It added, "…"``, ``The email went on to say: "…"``, ``A stunned
Oldham quipped, "…"``, ``as the prosecutor Anna Berg put it, "…"``: the subject of the
clause that ends right before the opening mark."""

from __future__ import annotations

import re

from .cues import CONJUNCTION_OPEN, opening_subject, subject_of
from .fallbacks import TEXT_NOUNS
from .names import Mention
from .vocab import FUNCTION_WORDS, REPORTING

#: Patterns read per call, compiled once.
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\(|\s[—–-]+\s")
_THAT_IT_END = re.compile(r"\s+(?:that|it)$")
_WENT_ON_TO_SAY = re.compile(r"\s+(?:went|goes|go)\s+on\s+to\s+say$")

#: A text that speaks: a determiner, up to three words, a noun for a text.
_TEXT_RE = re.compile(r"(?P<det>the|this|that|an?|its|his|her|their)\s+"
                      r"(?P<np>(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))", re.I)
#: Words between the subject and the verb that are not the subject.
_ADVERBS = frozenset("""also then again later once now simply just only still even further
    quickly flatly""".split())
_SAYING = frozenset({"read", "reads", "reading", "say", "saying", "put"})


def _verb_like(word: str) -> bool:
    """A lower-case word that can end a clause as its verb: a reporting verb, a past or
    third-person form (``quipped``, ``claims``), ``read``, ``put``."""
    if not word.islower() or word in FUNCTION_WORDS:
        return False
    return word in REPORTING or word in _SAYING or len(word) > 4 and (
        word.endswith("ed") or word.endswith("s") and not word.endswith(("ss", "ous")))


def lead_speaker(lead: str) -> Mention | None:
    """The subject of the clause ``lead`` (the words of a sentence before an opening mark)
    when that clause ends with its verb, a comma or a colon allowed after it (``on to say``,
    ``put it`` and ``that`` too): a text (``the ad``), ``it``, or a person."""
    # the clause that ends before the mark: after a sentence's end, a parenthesis or a dash
    clause = _CLAUSE_BREAK.split(lead.strip())[-1].strip().rstrip(",:—–- ")
    clause = _THAT_IT_END.sub("", clause)  # "…claims that", "…put it"
    clause = _WENT_ON_TO_SAY.sub(" says", clause)
    words = clause.split()
    if len(words) < 2 or not _verb_like(words[-1]):
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].strip(",") in _ADVERBS:
        k -= 1
    before = " ".join(words[:k]).rstrip(",")
    before = CONJUNCTION_OPEN.sub("", before)
    if before.split()[-1:] in (["it"], ["It"]) and len(before.split(",")[-1].split()) <= 4:
        return Mention(pronoun="it")  # "It added", "At the bottom it reads"
    m = _TEXT_RE.fullmatch(before)
    if m is not None and m.group("head") in TEXT_NOUNS:
        return Mention(role=m.group("np"), definite=m.group("det").lower() not in ("a", "an"))
    if len(before.split()) > 12:
        return None
    found = subject_of(before)
    if found is not None and found.name and found.name.split()[0].lower() in FUNCTION_WORDS:
        return None  # "Despite his": a fronted word, no one's name
    return found if found is not None and (found.name or found.role or found.pronoun in (
        "he", "she", "they")) else None


#: ``As X puts it,``, ``But as X noted in an op-ed Thursday,`` opening a sentence: whose
#: words the rest of the sentence quotes.
_AS_ASIDE = re.compile(r"(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+(?P<np>[^,;:\"“”]{2,80}?)\s+"
                       r"(?:(?:has|had)\s+)?(?:puts?\s+it|noted|notes|said|says|wrote|writes|"
                       r"observed|observes|argued|argues|pointed\s+out|points\s+out|"
                       r"explained|explains|reported|reports)"
                       r"(?:\s+(?:in|on|at|during|last|this|earlier)\b[^,;:\"“”]{0,60})?,\s")
#: A sentence that opens with a subordinate clause (``When X called Y "…,"``).
_SUBORDINATE = re.compile(r"(?:(?:But|And|Yet|So|Still)\s+)?(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|"
                          r"[Bb]efore|[Bb]ecause|[Ss]ince|[Oo]nce|(?:[Aa]l)?[Tt]hough)\s+"
                          r"(?P<clause>[^,;:]+)")


def aside_source(lead: str) -> Mention | None:
    """Who an aside that opens the sentence ``lead`` (its words before a quote) gives the
    sentence's words to: ``As the Post's Ann Lee puts it, Reed is trying to make them "…"``
    (Ann Lee, not Reed); ``But as the Ledger noted in an op-ed, …``."""
    m = _AS_ASIDE.match(lead.strip())
    if m is None:
        return None
    who = subject_of(m.group("np"))
    return who if who is not None and (who.name or who.role) else None


def subordinate_subject(lead: str) -> Mention | None:
    """The subject of a subordinate clause that opens a sentence and holds the quote after
    ``lead`` (no comma has closed it): ``When Lee called Reed "a liar," the crowd cheered``
    (Lee, not the crowd of the main clause); a name before the clause's verb."""
    lead = lead.strip()
    if not lead or lead.endswith((",", ":")):
        return None
    m = _SUBORDINATE.fullmatch(lead)
    return opening_subject(m.group("clause")) if m is not None else None


#: A fronted question and who asked it: ``Asked by Ann Lee whether …,``, ``When asked by a
#: host if …,``.
_ASKED_BY = re.compile(r"(?:(?:[Ww]hen|[Aa]fter)\s+(?:being\s+)?)?(?:[Aa]sked|[Pp]ressed|"
                       r"[Qq]uestioned)\s+by\s+(?P<np>[^,;:\"“”]{2,80}?)\s+(?:whether|if|to|"
                       r"about|what|why|how|on|during|at|in)\b")


def asked_by(words: str) -> Mention | None:
    """Who asks the question that reported words open with (``Asked by Ann Lee whether she
    had practised, …``): the asker, not the one who answers in the main clause."""
    m = _ASKED_BY.match(words.strip())
    if m is None:
        return None
    who = subject_of(m.group("np"))
    return who if who is not None and (who.name or who.role) else None


def subordinate_cue(lead: str) -> bool:
    """Whether ``lead`` is a subordinate clause opening a sentence that ends with its
    reporting verb and a comma: ``When someone in the audience shouted, "Cruz," Beck
    joked``: the quote is that verb's, not the main clause's after it."""
    m = _SUBORDINATE.fullmatch(lead.strip().rstrip(","))
    return m is not None and lead.rstrip().endswith(",") and \
        m.group("clause").split()[-1].lower() in REPORTING


#: A passive verb of naming right before a quote (``often labeled as a "…``, ``was called
#: "…``).
_NAMED_AS = re.compile(r"\b(?:called|labeled|labelled|dubbed|termed|described\s+as|"
                       r"branded|denounced\s+as|derided\s+as)(?:\s+as)?(?:\s+(?:an?|the))?"
                       r"\s*$")
#: The agent after the quote: ``"…" by Democrats``, ``"…" by the senator``.
_BY_AGENT = re.compile(r"[,.]?\s+by\s+(?P<np>(?:the\s+|many\s+|some\s+)?[\w'’.-]+"
                       r"(?:\s+[A-Z][\w'’.-]*){0,3})")


def passive_agent(lead: str, after: str) -> Mention | None:
    """Who named something with a quote in a passive (``a "witch hunt" by Democrats``,
    ``was called "reckless" by Ann Lee``): the agent after ``by``, not the subject."""
    if not _NAMED_AS.search(lead):
        return None
    m = _BY_AGENT.match(after)
    if m is None:
        return None
    np = m.group("np")
    who = subject_of(np)
    if who is None and np.islower() and np.endswith("s"):
        who = Mention(role=np)  # "by critics", "by many conservatives"
    return who if who is not None and (who.name or who.role) else None
