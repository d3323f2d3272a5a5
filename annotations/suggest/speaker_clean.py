"""A last check on a speaker's name: a clause swallowed with it (``Carson again criticized the
news media``, ``Trump did post``) is cut at its verb; what is left must still name someone."""

from __future__ import annotations

from .vocab import FUNCTION_WORDS, IRREGULAR_PAST, PRONOUNS

#: Double quotation marks: a speaker that starts or ends with one was read from inside a
#: quotation, a title or a nickname.
_MARKS = frozenset('"“”«»„')
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
_AUX = frozenset("""did does do has have had may might could would will can should must is are
    was were been being again also then later still even just never now once""".split())


#: The commonest irregular past forms: a clause's verb after a name (``Mrs. Clinton shook
#: her head``).
_PAST = IRREGULAR_PAST | {"shook"}


#: Nouns ending in -ly: no adverb (``CNN tally``, ``a Trump rally``).
_LY_NOUNS = frozenset("""tally rally ally family assembly supply monopoly anomaly jelly belly
    bully homily melancholy""".split())


#: Participles that, before a noun, describe a group (``registered voters``, ``elected
#: officials``): no clause's verb before a plural noun in lower case.
_ADJECTIVAL = frozenset({"registered", "elected", "undecided", "retired", "unaffiliated"})
#: Participles that end a poll's group (``31 percent of those surveyed``, ``voters polled``).
_POLLED = frozenset({"surveyed", "polled", "questioned", "interviewed"})


def _verbish(word: str, after: str = "", before: str = "") -> bool:
    w = word.strip(",.;:").lower()
    nxt = after.strip(",.;:")
    if w in _ADJECTIVAL and nxt.islower() and nxt.endswith("s") and len(nxt) > 3 and \
            nxt not in FUNCTION_WORDS or w in _POLLED and not nxt and (
                before.lower() == "those" or
                before.endswith("s") and (before.islower() or "-" in before)):
        return False  # "Nine in 10 Democratic registered voters", "those surveyed": no verb
    return w in _AUX or w in _PAST or len(w) > 4 and (
        w.endswith("ed") or w.endswith("ly") and w not in _LY_NOUNS)


def clean_speaker(name: str | None) -> str | None:
    """``name`` without a closing bracket it never opened or a trailing comma, cut before
    the first auxiliary, past form or adverb that follows its first word (``Trump did
    post`` -> ``Trump``); None when the words left are a pronoun or a
    function word (``He fiercely protected …``) or it opens or ends with a double
    quotation mark (``“Guccifer``: words from inside a quotation)."""
    if name:
        name = _unbalanced(name.rsplit(": ", 1)[-1])  # "Correction: An": a label before it
        name = " ".join(name.split())  # "its\xa0Amazon\xa0summary": one plain space a gap
    if name and name.lower() in _DANGLING:
        return None  # "the": no one
    if name and (name[:1] in _MARKS or name[-1:] in _MARKS):
        return None  # '“Guccifer', '“We Swiss': words from inside quotation marks
    if name and name.split(None, 1)[0] in _LEADING_CUT:
        # "and her defenders", "for someone", "which": the words after a conjunction or
        # a preposition its head was cut from, or no one
        words = name.split()
        while words and words[0] in _LEADING_CUT:
            words.pop(0)
        name = " ".join(words) if words and words[0] not in PRONOUNS else None
    if not name or not name[:1].isupper():
        return name or None  # an unnamed speaker ("elected officials") is a phrase of its own
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k > 0 and w[:1].islower() and _verbish(
        w, words[k + 1] if k + 1 < len(words) else "", words[k - 1])), None)
    if cut is None:
        return _untitled(name)
    left = words[:cut]
    while left and _verbish(left[-1]):
        left.pop()
    if not left or all(w.lower() in PRONOUNS or w.lower() in FUNCTION_WORDS for w in left):
        return None
    return _untitled(" ".join(left))


def _untitled(name: str) -> str:
    """``Mrs. Clinton`` -> ``Clinton``: a courtesy title before a name is no part of it."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].strip(".").lower() in _COURTESY:
        k += 1
    return " ".join(words[k:]) if k and words[k][:1].isupper() else name


def _unbalanced(name: str) -> str:
    """``Factcheck.org)`` -> ``Factcheck.org``; ``West Point,`` -> ``West Point``: a closing
    bracket the name never opened, and a trailing comma or semicolon, are the sentence's."""
    name = name.strip().rstrip(",;:—–- ")
    while name[-1:] in ")]" and name.count("(") + name.count("[") < \
            name.count(")") + name.count("]"):
        name = name[:-1].rstrip().rstrip(",;:")
    words = name.split()
    while len(words) > 1 and words[-1] in _DANGLING:  # "spokesman for the Mayor of": a cut
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


#: Words that never open an unnamed speaker's phrase: a preposition, a conjunction, a
#: relative pronoun or an adverb its head was cut from (``of`` stays: ``of the
#: signatories`` is what ``one of the signatories`` leaves, and names that group).
_LEADING_CUT = frozenset({"and", "or", "but", "for", "again", "which", "who", "that", "to",
                          "with", "by", "from"})


#: Words that never end a name or a role: a phrase cut after them (``Court of Appeals for
#: the``, ``Former secretary of``).
_DANGLING = frozenset({"of", "for", "the", "and", "to", "by", "from", "in", "at", "a", "an",
                       "on", "with", "or"})
