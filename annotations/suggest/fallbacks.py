"""Speakers a cue names in ways the main rules miss: a party-and-state tag inside the cue
(``Sen. X (R-Fla.) said``), a plain definite noun phrase (``the newspaper admitted``, ``the
businessman replied``), a name at the end of a longer phrase after the verb (``said Cruz
constituent Dan Golvach``), and ``it`` for a text the sentence before names (``the memo …
"…," it stated``)."""

from __future__ import annotations

import re

from .names import Mention, is_namey, parse_mention, titled
from .vocab import NOT_PLURAL, TEXT_NOUNS

#: A short parenthesis inside a cue: "(R-Fla.)", "(D)", "(pictured)".
_PAREN_RE = re.compile(r"\([^()\n]{1,30}\)")
_DEFINITE_NP = re.compile(r"(?:the|this|that)\s+(?P<np>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,3})")
#: Lower-case words that end a phrase but are no one who speaks.
_NOT_SPEAKERS = frozenset("""same other former latter following above below rest first last
    next one ones idea point fact thing things way time day year week result reason case
    problem question answer issue news truth""".split())
_TEXT_NP = re.compile(r"\b(?P<det>[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                      r"(?P<np>(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))\b")


def blank_parentheses(seg: str) -> str:
    """``seg`` with short parentheses blanked (same length), so that their periods end no
    sentence: ``Sen. Tom Reed (R-Fla.) said``."""
    return _PAREN_RE.sub(lambda m: " " * len(m.group()), seg)


def definite_np(words: str) -> Mention | None:
    """``the newspaper``, ``the businessman``, ``this look-alike``: a definite noun phrase of
    lower-case words standing alone before a reporting verb: an unnamed speaker."""
    m = _DEFINITE_NP.fullmatch(words.strip(" ,"))
    if m is None or m.group("np").split()[-1] in _NOT_SPEAKERS:
        return None
    return Mention(role=m.group("np"), definite=True)


def trailing_name(np: str) -> Mention | None:
    """The name (two to four capitalised words) that ends ``np`` after a reporting verb when
    the words before it are no title: ``Cruz constituent Dan Golvach``."""
    np = re.split(r"\s+(?:when|who|as|after|while|in|at|on|during|of)\s", np.strip(" ,"))[0]
    words = np.split()
    k = len(words)
    while k > 0 and is_namey(words[k - 1]):
        k -= 1
    name = words[k:]
    if not 2 <= len(name) <= 4 or k == 0:
        return None
    return Mention(name=" ".join(name))


def it_source(text: str, pos: int) -> str | None:
    """What ``it`` at ``pos`` stands for when it speaks: the last text named in the 400
    characters before (``the memo``, ``a letter``), else None."""
    window = text[max(0, pos - 400):pos]
    found = [m for m in _TEXT_NP.finditer(window) if m.group("head") in TEXT_NOUNS]
    if not found:
        return None
    return found[-1].group("np")


_QUOTED_RE = re.compile(r"[“\"«„][^“”\"«»„]*[”\"»“]")


def unquoted(text: str) -> str:
    """``text`` without its quoted words (blanked, same length): what the writer says."""
    return _QUOTED_RE.sub(lambda m: " " * len(m.group()), text)


def pronoun_at(text: str, start: int, end: int, pronoun: str) -> int:
    """Where the last ``pronoun`` of ``text[start:end]`` stands (``end`` if nowhere): the
    point a cue's ``he`` is resolved from, before the names that follow it."""
    found = list(re.finditer(rf"\b{re.escape(pronoun)}\b", text[start:end], re.I))
    return start + found[-1].start() if found else end


#: A bracketed source that ends a paragraph: '“…” [WaPo.]', '“…” Tune in tonight. [AP.]'.
_BRACKET_RE = re.compile(r"\[(?P<src>[A-Z][^\[\]\n]{1,40}?)\.?\][ \t]*$")


def bracket_source(text: str, pos: int) -> Mention | None:
    """The source a digest names in brackets after a quote, at the end of its paragraph and
    at most 200 characters on (``“…” [WaPo.]``): a name of up to five words."""
    if text.find("[", pos, pos + 200) < 0:
        return None
    end = text.find("\n", pos, pos + 201)
    tail = text[pos:end if end >= 0 else pos + 201]
    m = _BRACKET_RE.search(tail) if len(tail) <= 200 else None
    if m is None or len(m.group("src").split()) > 5 or any(c in tail[:m.start()]
                                                          for c in "\"“”«»"):
        return None
    return Mention(name=m.group("src").strip(), org=True)


#: A dash that signs a quote: an em dash, a horizontal bar (the quotation dash), an en
#: dash, two hyphens, or one hyphen set apart by a space.
_SIGN_DASH = r"(?:[—―–]+|-{2,}|-(?=[ \t\u00a0]))"
#: The signature itself: a capitalised line up to its end or the next opening mark.
_SIGNATURE = r"(?P<line>[A-Z][^\n“\"«]{0,160}?)[ \t\u00a0]*(?=\n|$|[“\"«]\S)"
_SIGN_OFF_RE = re.compile(r"[ \t]*\n[ \t]*\n?[ \t]*[-—–―]+[ \t]*" + _SIGNATURE)
_SIGN_SAME_LINE_RE = re.compile(r"[ \t\u00a0]*" + _SIGN_DASH + r"[ \t\u00a0]*" + _SIGNATURE)
#: Words before a quote on its line that leave it opening the line: a bullet, or the
#: signature of the quote before it (``"…" ― Ann Lee "…" ― Tom Ford``).
_OPENS_LINE_RE = re.compile(r"[ \t\u00a0•*·>-]*|(?:.*[”\"»])?[ \t\u00a0]*" + _SIGN_DASH +
                            r"[ \t\u00a0]*[A-Z][^\n“\"«]{0,160}", re.S)
#: Where the signer's name ends: a parenthesis (``(@handle)``, ``(D-Ohio)``), a comma
#: before a role or an outlet, a semicolon, a bar.
_SIGNER_END = re.compile(r"\s*\(|\s*[,;|]\s*")


def sign_off_source(text: str, pos: int, lead: str | None = None) -> Mention | None:
    """The speaker a dash after a quote signs it with: on a line of its own after the
    quote's paragraph (``"…"`` / ``— Ann Lee, Philadelphia.``) or, when the quote opens its
    line (``lead``, the words before it in its sentence, ends in a line that holds nothing
    but a bullet or the signature of the quote before it), on the quote's own line (``"…" ―
    Ann Lee, The Daily Ledger``, ``"…" -- Sen. Ann Lee (D-Ohio)``, a pull quote, an
    epigraph, a quoted post): a name of up to six words before a parenthesis, a comma (a
    role or an outlet after it) or the end."""
    m = _SIGN_OFF_RE.match(text, pos)
    if m is None and lead is not None:
        m = _SIGN_SAME_LINE_RE.match(text, pos)
        if m is not None and not _OPENS_LINE_RE.fullmatch(lead.rsplit("\n", 1)[-1]):
            m = None
    if m is None:
        return None
    line = m.group("line").rstrip(" .")
    if line.endswith(("-", "—", "–", "―")):
        return None  # "– Ready for the debate –": a heading set between dashes
    head, *rest = _SIGNER_END.split(line, maxsplit=1)
    if not 1 <= len(head.split()) <= 6:
        return None
    who = parse_mention(head)
    if who is None or not who.name or who.pronoun or not head.endswith(who.name):
        return None  # "Ready to quiz the candidate": no name that ends the phrase
    if rest and rest[0]:  # "Ann Lee, a state senator": her role as well
        full = parse_mention(f"{head}, {rest[0]}")
        if full is not None and full.name == who.name and full.role:
            return full
    return who


_UNNAMED_RE = re.compile(
    r"(?:[Aa]n?|[Oo]ne(?: of (?:the|those|these|his|her|their|its))?|[Aa]nother|[Ss]ome|"
    r"[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any)\s+(?P<np>(?:[\w'’.-]+\s+){0,4}?[a-z][a-z-]+)"
    r"(?=\s*(?:$|,|\s(?:who|that|which|for|of|at|from|in|with|speaking|familiar|close)\b))")


def unnamed_np(np: str) -> Mention | None:
    """``one of those advisers``, ``a 2008 campaign veteran``, ``One official who …``: a
    person the text does not name, by what they are (up to a comma or a clause)."""
    m = _UNNAMED_RE.match(np.strip())
    if m is None:
        return None
    words = m.group("np").split()
    if not titled(words[-1]) or words[-1].endswith("ly") or any(
            w.lower() in ("said", "says", "told", "and", "or", "but") for w in words):
        return None
    return Mention(role=re.sub(r"^(?:[Aa]n?)\s+", "", m.group(0)))


_TEXT_SUBJECT_RE = re.compile(r"\s*(?P<det>[Tt]he|[Tt]his|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                              r"(?P<np>(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))\s+"
                              r"(?:[a-z]+s|[a-z]+ed)\b")


def text_subject(clause: str) -> Mention | None:
    """A text that opens a clause and speaks in it: ``The email goes on to say``, ``The
    60-second ad ends with a voice saying`` (a noun for a text, then a verb)."""
    m = _TEXT_SUBJECT_RE.match(clause)
    if m is None or m.group("head") not in TEXT_NOUNS:
        return None
    return Mention(role=m.group("np"), definite=m.group("det").lower() not in ("a", "an"))


_PLURAL_SUBJECT_RE = re.compile(
    r"(?P<np>\b(?:[\w'’-]+[ \u00a0]+){0,3}?(?P<head>\b[A-Za-z][a-z-]{2,}s))"
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+|also[ \u00a0]+)?(?:say|said|argue|argued|believe|believed|"
    r"note|noted|warn|warned|contend|contended|claim|claimed|insist|insisted|have|"
    r"had|[a-z]{3,}ed)\b")
_DETS_RE = re.compile(r"^(?:(?:the|a|an|and|but|that|which|while|when|as|so|yet|or|if|"
                      r"because|after|before|since)\s+)+", re.I)


#: Words inside a matched phrase after which the plural noun phrase starts.
_NP_BREAK = frozenset({"for", "of", "to", "in", "on", "at", "with", "whether", "that", "if",
                       "about", "from", "by", "than", "like", "what"})


def they_source(text: str, pos: int) -> str | None:
    """Who ``they`` at ``pos`` are when they speak: the last plural noun phrase that is a
    verb's subject in the 300 characters before, within the paragraph (``Military analysts
    say …, they said``); None when there is none (never one named person)."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    found = [m for m in _PLURAL_SUBJECT_RE.finditer(text, start, pos)
             if m.group("head").lower() not in NOT_PLURAL
             and not m.group("head").lower().endswith(("us", "ss", "is"))]  # "stimulus"
    if not found:
        return None
    np = _DETS_RE.sub("", found[-1].group("np")).strip()
    words = np.split()
    # "arguments for more stimulus", "whether users' comments": after the last function
    # word, the noun phrase
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.lower() in _NP_BREAK), default=0)
    words = words[cut:]
    # the noun phrase: from its last capitalised or determiner word on ("Several Democrats")
    return " ".join(words[-3:]) if words else None


#: A person's name of two capitalised words or more that ends the words before a colon,
#: and the word before it (``does not surprise pollster Ann Lee:``).
_NAME_BEFORE_COLON = re.compile(r"(?P<before>[\w'’]+)\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}"
                                r"[A-Z][\w'’-]+)\s*:\s*$")
#: Words before a name that make it a hearer or a complement, never the speaker.
_NOT_BEFORE_SPEAKER = frozenset("""told tells tell asked asks ask to for with from by of about
    at in on into against wrote writes interviewed""".split())


def colon_name(before: str) -> Mention | None:
    """The person the words before a colon end with, when a quote follows the colon and
    no cue reads it (``The surge does not surprise pollster Ann Lee: "…"``): not a hearer
    or a complement (``He told Ann Lee:``, ``a letter to Ann Lee:``)."""
    m = _NAME_BEFORE_COLON.search(before[-200:])
    if m is None or m.group("before").lower() in _NOT_BEFORE_SPEAKER or \
            not m.group("before")[:1].islower():
        return None  # (a headline's "X Praises Editor Ann Lee:": its object, in title case)
    who = parse_mention(m.group("name"))
    return who if who is not None and who.name and not who.org and \
        len(who.name.split()) >= 2 else None
