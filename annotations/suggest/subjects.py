"""What stands before a reporting verb but is not its subject: a fronted adverbial (``In
March, the agency announced``, ``Speaking Sunday on a show, X admitted``, ``Moreover, X
noted``) and the time words after a subject (``X later Thursday told``); and the calendar
words that never name a speaker (``Tuesday``, ``December``). General English only."""

from __future__ import annotations

import re

#: Days and months: a capitalised word that dates, never a speaker.
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split())
_TIME_WORDS = r"(?:[A-Z][a-z]+day|(?:this|last|next|that|each|every)\s+(?:week|month|year|" \
    r"morning|afternoon|evening|night|weekend)|morning|afternoon|evening|night|tonight|" \
    r"today|yesterday|earlier|later|again|also|then|once|recently|previously|" \
    r"himself|herself|themselves|itself)"
#: One time word (or an emphatic self) between a subject and its verb: "X later Thursday",
#: "X on Monday night", "X himself".
_TIME_WORD = re.compile(r"(?:[A-Z][a-z]+day|morning|afternoon|evening|night|tonight|today|"
                        r"yesterday|earlier|later|again|also|then|once|recently|previously|"
                        r"himself|herself|themselves|itself|week|month|year|weekend)")
_TIME_LEAD = frozenset({"on", "this", "last", "next", "that", "each", "every"})
#: Words that open a fronted phrase and head it: prepositions, time words, participles.
_HEADS = r"(?:In|On|At|After|Before|During|From|Since|With|Without|Under|For|By|Across|" \
    r"Throughout|Following|Despite|Amid|Within|Over|Through|Like|Unlike|Last|This|Earlier|" \
    r"Later|Late|Early|Alongside|Among|Besides|Beyond|Against|Of|About|Regarding|Along|" \
    r"Absent|Toward|Towards|Upon|Via|Including|Given|Thanks|Due|Ahead|Apart|Aside|" \
    r"Contrary|Compared|Pending|Barring|Behind|Inside|Outside|Near|Per|" \
    r"[A-Z][a-z]+day|[A-Z][a-z]+ing|" \
    r"[A-Z][a-z]{2,}ed(?=\s(?:on|in|with|by|to|at|about|from|after|for)\b)|" \
    r"Asked|Pressed|Interviewed|As\s+(?:for|to))"
#: Sentence adverbs that stand alone before a comma.
_ADVERBS = r"(?:Moreover|Furthermore|Indeed|Still|However|Instead|Separately|Similarly|" \
    r"Likewise|Additionally|Ultimately|Nevertheless|Nonetheless|Again|Then|Now|Today|" \
    r"Yesterday|Meanwhile|Overall|Finally|Previously|Recently|Elsewhere|Otherwise|Also|" \
    r"Earlier|Later|Regardless|Therefore|Thus|Hence|Consequently|Accordingly|Besides|" \
    r"Anyway|Afterward|Afterwards|Eventually|Yet|Again|Next|First|Second|Third|Last|" \
    r"[A-Z][a-z]+ly)"
#: One fronted phrase up to its comma (a comma inside a closing mark counts).
_FRONTED = re.compile(rf"^(?:(?:{_ADVERBS}|{_HEADS}\s[^,;:.!?]{{1,100}}?),[”\"’']?\s+)+")


#: A fronted phrase that ends in a place (``… in Cedar Rapids,``) and the state or country
#: after it (``Iowa,``), with a day (``on Sunday,``).
_ENDS_IN_PLACE = re.compile(r"\b(?:in|at|from|near|outside|of)[ \u00a0]+(?:[A-Z][\w.'’-]*"
                            r"[ \u00a0]?)+,[”\"’']?\s+$")
_PLACE_TAIL = re.compile(r"[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*)?,(?:[ \u00a0]+on[ \u00a0]+"
                         r"[A-Z][a-z]+,)?[ \u00a0]+(?=[^,]+$)")
_LONE_FRONTED = re.compile(r"^[A-Z][a-z]+,\s+(?=(?:the|a|an|[A-Z]|(?:he|she|they|it|we)\b)[^,]*$)")


def is_calendar(name: str | None) -> bool:
    """Whether every word of ``name`` is a day or a month (``Tuesday``, ``Tuesday that``'s
    capitalised part)."""
    if not name or name.split(None, 1)[0].strip(".,;:'’").lower() not in CALENDAR:
        return False
    words = [w.strip(".,;:'’").lower() for w in name.split() if w[:1].isupper()]
    return bool(words) and all(w in CALENDAR for w in words)


#: A span of time before ``later``/``after``/``ago`` opening a sentence: ``Hours later,``,
#: ``Years after`` (the clause after it holds the subject).
_TIME_FRONT = re.compile(r"^(?:(?:Years|Months|Weeks|Days|Hours|Minutes|Moments|Decades|"
                         r"Seconds|Shortly|Soon|Not\s+long|Long|Just)\s+(?:later|earlier|ago|"
                         r"afterwards?|after|before)\b,?\s+|(?:Many|Some|Most|Other|On\s+some)"
                         r"\s+(?:days|nights|weeks|mornings|evenings|times),\s+|"
                         r"(?:Sure|Granted|True|Yes|No|Oh|"
                         r"Well|Of\s+course),\s+)")


def fronted(part: str) -> bool:
    """Whether ``part`` (the words before a comma) is a fronted phrase, not a subject:
    ``Along with the photo``, ``Likewise``, ``Hours later``."""
    return bool(_FRONTED.match(part.strip() + ", ") or _TIME_FRONT.match(part.strip() + ", "))


#: A dateline before a story's first sentence: ``NEW YORK, Dec. 22 (UPI) —``, ``LA CROSSE,
#: Wisc. —``: a place in capitals, a date or a state, an agency, a dash.
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ \u00a0][A-Z][A-Z.'’-]+)*,?(?:[ \u00a0]+[A-Z][a-z]{1,4}"
                      r"\.?(?:[ \u00a0]+\d{1,2})?)?(?:[ \u00a0]*\([\w .-]{1,20}\))?"
                      r"[ \u00a0]*[-—–]+[ \u00a0]*")


def strip_fronted(subject: str) -> str:
    """``subject`` without a fronted adverbial and trailing time words: ``In March, the
    agency`` -> ``the agency``; ``Priebus later Thursday`` -> ``Priebus``; ``Hours later,
    Intel`` -> ``Intel``. Unchanged when nothing would be left."""
    dateline = DATELINE.match(subject)
    if dateline and dateline.end() < len(subject):
        subject = subject[dateline.end():]
    time = _TIME_FRONT.match(subject)
    if time and time.end() < len(subject):
        subject = subject[time.end():]
    m = _FRONTED.match(subject) if "," in subject else None
    if m is None:  # "Regardless, the agency": one word before a comma, then a comma-free
        m = _LONE_FRONTED.match(subject)  # subject (not "Smith, the director of X,")
    core = subject[m.end():] if m else subject
    if m and _ENDS_IN_PLACE.search(m.group()):  # "In Ames, Iowa, on Sunday, X": the state too
        tail = _PLACE_TAIL.match(core)
        core = core[tail.end():] if tail and tail.end() < len(core) else core
    words = core.split()
    cut = len(words)
    while cut > 1 and _TIME_WORD.fullmatch(words[cut - 1]):  # "X later Thursday", "X himself"
        cut -= 1
    # "this week", "on Monday": the word before a time noun goes with it
    if cut < len(words) and cut > 1 and words[cut - 1].lower() in _TIME_LEAD:
        cut -= 1
    core = " ".join(words[:cut]).strip()
    return core if core else subject


_LEADING_TIME = re.compile(rf"^\s*(?:on\s+)?{_TIME_WORDS}(?:\s+(?:morning|afternoon|evening|"
                           r"night))?\b[\s,]*")


def time_then_clause(rest: str) -> bool:
    """Whether the words after a reporting verb are a time and the reported clause, with no
    speaker between (``said Tuesday that …``, ``said on Monday: …``)."""
    m = _LEADING_TIME.match(rest)
    if m is None:
        return False
    after = rest[m.end():]
    return not after.strip() or bool(re.match(r"(?:that\b|[:“\"‘'])", after))

