"""Quotes of one text, attributed: direct speech in marks, set-off quote paragraphs with an
attribution line, quotes over several paragraphs, partial quotes, and indirect speech; in
reading order, so that ``he said`` and ``the minister added`` refer back to the right person."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annotations.text.nav import sentence_bounds

from .cues import (
    Cue,
    clause_subject,
    closing_cue,
    cue_after,
    cue_before,
    cue_line,
    noun_source,
    source_mention,
    subject_of,
    verb_first_cue,
)
from .fallbacks import bracket_source, pronoun_at, sign_off_source
from .lead_clause import lead_speaker
from .marks import Segment, paragraph_spans, quoted
from .names import Mention, parse_mention, trailing_np
from .partial import labels, partial_subject, reported_words, reporting_subject
from .roles import clean_role
from .speaker_clean import clean_speaker
from .speakers import People, Speaker, common_noun, heading_spans
from .subjects import strip_fronted
from .titles import names_a_work, title_case
from .transcript import cased, transcript_lines
from .typewriter import trimmed, typewriter_quotes
from .vocab import FUNCTION_WORDS, HEARER_VERBS, PARTICLES, REPORTING

_LEAD_RE = re.compile(r"^(?:(?:But|And|However|Yet|Still|Meanwhile|Instead|Also|Now|So|though|"
                      r"although|but|and|while|Though|Although|"
                      r"In (?:a|an|the) (?:statement|interview|email|letter|post|speech)"
                      r"(?: [\w'’]+){0,6}|On (?:[A-Z][a-z]+day\b|\w+(?=,))|Later|Earlier)[,]?\s+)+")
_DATELINE_RE = re.compile(r"^(?:(?:[A-Z][A-Z .,'’-]{1,40})?\s*\([A-Za-z][\w .-]{0,20}\)|"
                          r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4})\s*[-—–―]+\s*")
_ACC_START_RE = re.compile(r"^(?:[Aa]ccording to|[Ss]elon) (?P<np>[^,]{2,140}),\s+(?P<rest>.+)$",
                           re.S)
_ACC_END_RE = re.compile(r"^(?P<rest>.+?),?\s+according to (?P<np>[^,]{2,140}?)[.]?$", re.S)
_PREP = frozenset({"about", "of", "to", "for", "with", "on", "in", "at", "from", "by", "up",
                   "into", "over", "against", "as", "what", "how", "why", "whether", "when",
                   "him", "them", "me", "us", "nothing", "little"})


_AFTER_HEARER = frozenset({"that", "how", "what", "why", "whether", "he", "she", "they", "it",
                           "we", "i", "there"})
#: Determiners that open a reported clause after a hearer (``told the AP his firm …``,
#: ``told reporters this was …``), never the hearer's first word.
_CLAUSE_DET = frozenset({"his", "her", "their", "its", "our", "this", "these", "those"})
_CLAUSE_START = frozenset({"that", "he", "she", "they", "it", "we", "i", "the", "there",
                           "this", "his", "her", "their"})


#: A reporting verb and ``that`` right before an opening mark (``claimed on Tuesday that "``).
_REPORTED_BEFORE = re.compile(r"\b[a-z]+(?:ed|s)\b(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?"
                              r"\s+that\s*$")


@dataclass(frozen=True)
class QuoteFind:
    """One quote found: its span, speaker, role, cue, mode and a confidence."""

    start: int
    end: int
    speaker: str | None
    role: str | None
    cue: str | None
    mode: str
    score: float


@dataclass(frozen=True)
class _Event:
    pos: int
    kind: str  # "seg", "block", "indirect"
    seg: Segment | None = None
    end: int = 0
    cue: Cue | None = None
    cue_pos: int = 0
    attribution: str | None = None


def _sentence_start(bounds: Sequence[tuple[int, int]], pos: int) -> int:
    k = bisect_right(bounds, (pos, len_max)) - 1
    return bounds[k][0] if k >= 0 else 0


def _sentence_end(bounds: Sequence[tuple[int, int]], pos: int, default: int) -> int:
    """The end of the sentence holding ``pos`` (``default`` when none does)."""
    k = bisect_right(bounds, (pos, len_max)) - 1
    return bounds[k][1] if k >= 0 and bounds[k][0] <= pos < bounds[k][1] else default


def _indirect(text: str, s: int, e: int, people: People | None = None
              ) -> tuple[int, int, Cue, int] | None:
    """Indirect speech in one sentence: (content start, end, cue, position of the mention)."""
    sent = text[s:e]
    dateline = _DATELINE_RE.match(sent)  # "LOS ANGELES (Reuters) - …": not the reported words
    if dateline:
        s, sent = s + dateline.end(), sent[dateline.end():]
    lead = _LEAD_RE.match(sent)
    off = lead.end() if lead else 0
    body = sent[off:]
    m = _ACC_START_RE.match(body)
    if m:
        mention = source_mention(m.group("np"))
        if mention and len(m.group("rest").split()) >= 4:
            cs = s + off + m.start("rest")
            return cs, e, Cue("according to", mention), s + off
    m = _ACC_END_RE.match(body)
    if m:
        mention = source_mention(m.group("np"))
        if mention and len(m.group("rest").split()) >= 4:
            return s + off, s + off + m.end("rest"), Cue("according to", mention), \
                s + off + m.start("np")
    words = list(re.finditer(r"\S+", body))
    headline = title_case(body)  # "Senator Claims Victory": every word capitalised
    for k, w in enumerate(words):
        verb = w.group().strip(",").lower()
        if verb not in REPORTING and verb not in _PARTICIPLE_SAYS or k == 0 or \
                words[k - 1].group().lower() in ("a", "an", "the"):
            continue  # "New York, a state that …": a noun after its article
        if w.group()[:1].isupper() and not headline:
            continue  # "the United States to …", "The Washington Post": no verb, a name's word
        subject = _AUX_END.sub("", body[: w.start()].strip()).strip()
        if headline:  # "Wow: Ann Lee Just Said", "Lee May Not Have Said": the name
            subject = _HEADLINE_AUX.sub("", subject.rsplit(": ", 1)[-1]).strip()
        after_colon = subject.rsplit(": ", 1)[-1]
        sub_at = 0  # where the subject's clause opens in the sentence
        if after_colon != subject and after_colon[:1].isupper() and \
                len(after_colon.split()) <= 4:
            sub_at = body.rfind(": ", 0, w.start()) + 2
            subject = after_colon  # "… is paying off: He said": the clause after the colon
        subject = re.sub(r"\s+[a-z]+ly$", "", subject)  # "He proudly told …"
        # "Murphy — after a knock on wood — told": the words set apart by dashes
        subject = re.sub(r"\s[—–-]{1,2}\s[^—–]{1,80}?\s[—–-]{1,2}$", "", subject).strip()
        found = _speech_after(verb, words[k + 1 :])
        if found is None and w.group().endswith(",") and verb in _SAYS_WHAT:
            # "X says, win or lose on Tuesday, he’s staying": the clause after the aside
            close = next((j for j in range(k + 1, min(len(words), k + 12))
                          if words[j].group().endswith(",")), None)
            found = _speech_after(verb, words[close + 1:]) if close is not None else None
        if verb in _PARTICIPLE_SAYS and subject.endswith(","):
            # "Rubio pushed back on the claims, saying that …": the clause's subject speaks
            found = _speech_after(_PARTICIPLE_SAYS[verb], words[k + 1:])
            who = clause_subject(subject.rstrip(", ")) if found is not None else None
            if found is not None and who is not None and (
                    who.name or who.role or who.pronoun in ("he", "she")):
                return s + off + found, e, Cue(verb, who), s + off
            continue
        apart = None
        if subject.endswith(",") and parse_mention(subject) is None:
            # "…, says X": the cue ends the sentence (below); not "The author of the book,
            # Ann Lee, said in an interview that …": the name set apart before the verb
            named = parse_mention(subject.rstrip(", ").rsplit(",", 1)[-1])
            apart = None if found is None else subject_of(strip_fronted(subject)) or (
                named if named is not None and named.name and not named.pronoun else None)
            if apart is None:
                break
        if found is None:
            continue
        core = strip_fronted(subject)  # "In March, the agency announced": not "March"
        mention = parse_mention(core) if len(core.split()) <= 14 else None
        if mention is None:
            mention = noun_source(core)  # "The joint statement said …": a text speaks
        if mention is None and _PLURAL_GROUP.fullmatch(core) and \
                not core.split()[-1].endswith(("ss", "us", "is")) and \
                core.split()[0].lower() not in FUNCTION_WORDS and \
                not re.search(r"\d|percent|\bof\b", core):  # (not "46 percent of voters")
            mention = Mention(role=core)  # "Security specialists say …": a group unnamed
        if people is not None and mention is not None and people.nobody(mention):
            # "Even after the vote, X said": not "Even"; "Companies say": companies
            mention = Mention(role=mention.role, definite=True) if mention.role else \
                Mention(role=mention.name.lower()) if mention.name and \
                common_noun(mention.name) and len(subject.split()) == 1 else None
        if mention is None and subject.endswith(","):
            # "Lance Beebe, 49, a Navy veteran who now works for the Air Force, said": the
            # name before the parenthetical, however long
            mention = subject_of(core) or apart
        if mention is None:
            # "In announcing his retirement, Meadows said …": a subject after a comma
            head, _, after = subject.rpartition(",")
            mention = parse_mention(after) if head and len(after.split()) <= 6 else None
        if mention is None and re.search(r",\s*(?:but|and|yet)$|\s(?:but|and)$", subject):
            # "Green accepts that …, but says …": the clause's first subject
            mention = clause_subject(re.sub(r"[,\s]*(?:but|and|yet)$", "", subject))
        if mention is None:
            # "… a declaration that Amnesty International said could …"; "because they said"
            near = parse_mention(trailing_np(subject))
            mention = near if near is not None and (near.name or near.pronoun and re.search(
                r"\b(?:because|as|since|when|while|after|before|though|although|and|but|so|"
                r"that|if)\s+\w+$", subject)) else None
        if mention is None or mention.pronoun and verb in HEARER_VERBS and \
                body[found:].split(None, 1)[0].lower() in _CLAUSE_DET:
            continue  # ("he told the AP his …": left to a cue the pronoun rules read)
        end = e
        if re.match(r"(?:When|While|After|Before|As|If|Since|Because|Though|Although|Once)\b",
                    body):  # "When X said Y, the market fell": Y ends at the main clause
            comma = text.find(", ", s + off + found, e)
            end = comma if comma > 0 else e
        return s + off + found, end, Cue(verb, mention), s + off + sub_at
    # "…, Zhao said." / "…, says Zhiqiang Shen, director of …" at the end of the sentence
    tail = tail_cue(body)
    if tail is not None:
        at, c = tail
        if _aside(body, at) and not c.mention.pronoun and \
                len(body.split()) - len(body[at:].split()) >= 2 and \
                len(body.split()) >= 8:  # "In the end, Lee said, voters …": all of it
            # (from the last clause set apart by a dash or a colon before the aside)
            cut = max((x.end() for x in re.finditer(r"\s[-—–―]+\s|[;:]\s", body[:at])),
                      default=0)
            return s + off + cut, e, c, s + off + at
        if len(body[:at].split()) >= 5:
            return s + off, s + off + at, c, s + off + at
    return None


#: Participles that report what the clause's subject said, and the finite form whose
#: reported clause they take (``…, saying that …``, ``…, noting he …``).
_PARTICIPLE_SAYS = {"saying": "says", "noting": "notes", "arguing": "argues",
                    "adding": "added", "warning": "warns", "insisting": "insists",
                    "claiming": "claims", "explaining": "explained", "stressing": "stressed",
                    "acknowledging": "acknowledged", "admitting": "admitted",
                    "predicting": "predicted", "asserting": "asserted"}
#: A group no name is given: modifiers (capitalised or not) and a plural noun in lower case
#: (``security specialists``, ``Iowa biofuels advocates``, ``local GOP leaders``).
_PLURAL_GROUP = re.compile(r"(?:[\w'’.-]+\s+){0,3}[a-z][a-z-]{2,}s")


#: Words between a headline's subject and its verb, all capitalised there.
_HEADLINE_AUX = re.compile(r"(?:\s+(?:just|now|finally|also|still|again|reportedly|may|might|"
                           r"will|would|could|has|have|had|not|is|was|never))+\s*$", re.I)
_AUX_END = re.compile(r"\b(?:also|has|had|have|then|later|once|would|previously|recently)\s*$")
_SAYS_WHAT = frozenset({
    "said", "says", "say", "added", "adds", "noted", "argued", "believes", "claimed", "claims",
    "stressed", "warned", "insisted", "explained", "acknowledged", "admitted", "announced",
    "confirmed", "denied", "wrote", "writes", "stated", "suggested", "predicted", "emphasized",
    "emphasised", "maintained", "contended", "asserted", "alleged", "estimated", "thinks",
    "believe", "argue", "argues", "notes", "insists", "warns", "agreed", "countered",
    "conceded", "hinted", "revealed", "recalled", "reported", "reiterated"})
_FINITE = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "may",
                     "might", "must", "has", "had", "have", "do", "does", "did", "should",
                     "shall", "isn't", "wasn't", "won't", "wouldn't", "can't", "couldn't",
                     # the commonest irregular past forms
                     "hurt", "put", "set", "cut", "made", "took", "gave", "went", "came", "saw",
                     "knew", "thought", "found", "got", "felt", "left", "kept", "held",
                     "brought", "began", "became", "ran", "won", "lost", "paid", "met", "sent",
                     "built", "spent", "fell", "rose", "grew", "led", "meant", "told", "said",
                     "understood", "stood", "sold", "bought", "caught", "taught", "fought",
                     "drove", "wrote", "spoke", "broke", "chose", "forgot", "hid", "let", "shut",
                     "struck", "threw", "wore", "woke", "ate", "drank", "flew", "swore"})
_SETTING = frozenset({"in", "on", "at", "during", "after", "before", "to", "last", "this",
                      "earlier", "later", "yesterday", "today", "recently", "privately",
                      "publicly", "repeatedly", "again", "also", "backstage", "separately"})


#: A pronoun and a contracted verb (``she’s``, ``they're``, ``I'm``, ``it'll``).
_CONTRACTED = re.compile(r"^(he|she|it|they|we|i|you|there|that)'(?:s|re|m|ll|ve|d)$")


def _speech_after(verb: str, rest: list[re.Match[str]]) -> int | None:
    """Where the reported words start after a reporting verb (offset in the sentence body):
    ``said that …``, ``told reporters that …``, ``told King she …``, ``said in a statement
    … that …``, ``said the …``; None when what follows is no clause."""
    j = 0
    # "said she’s", "told reporters they're": a pronoun and its verb in one word
    low = [w if "’" not in w and "'" not in w else _CONTRACTED.sub(r"\1", w.replace("’", "'"))
           for w in (r.group().strip(",").lower() for r in rest)]
    if low and low[0] in PARTICLES and verb in {"points", "pointed", "point"}:
        low, rest = low[1:], rest[1:]  # "points out that …"
    if verb in HEARER_VERBS:  # told reporters that …, told the jury how …, told King she …
        units = 0  # words before ``that``, a run of capitalised ones (an outlet's name) one
        while j < len(rest) and low[j] not in _AFTER_HEARER and not (
                j and low[j] in _CLAUSE_DET):  # "told the AP his firm …": not "told his staff"
            units += not (j and rest[j].group()[:1].isupper() and
                          rest[j - 1].group()[:1].isupper() and
                          not rest[j - 1].group().endswith(","))
            if units > 4:
                return None
            j += 1
        if j >= len(rest):
            return None
        if low[j] == "that":
            j += 1
    elif low and low[0] in _SETTING:
        j = next((i + 1 for i in range(min(len(low), 14)) if low[i] == "that"), -1)
        if j < 0:
            return None
    elif low and low[0] == "that":
        j = 1
    elif not low or low[0] in _PREP or verb not in _SAYS_WHAT:
        return None
    elif not (low[0] in _CLAUSE_START - {"the", "this", "his", "her", "their"} or any(
            w in _FINITE or w.endswith(("ed", "n't")) for w in low[1:10])):  # "can’t"
        return None  # "stressed the theoretical possibility of …": a noun, not a clause
    if len(rest) - j < 4:
        return None
    return rest[j].start()


#: Words that open a clause or a phrase of its own after a quote: no closing cue.
_NOT_CUE_START = frozenset({"and", "but", "or", "while", "as", "when", "because", "if", "for",
                            "of", "to", "in", "on", "at", "with", "by", "from", "that", "which",
                            "who", "is", "was", "are", "were", "will", "would"})


def _closing_clause(text: str, pos: int) -> bool:
    """Whether the words after a quote that ends with no punctuation of its own are a
    short clause that says who spoke it and ends the sentence (``"… today" the paper's
    editor Tom Ford responded.``, ``"…" Lee said after the vote.``): a subject of up to
    eight words, a reporting verb, at most a setting after it."""
    rest = text[pos:pos + 160]
    end = re.search(r"[.!?\n]", rest)
    words = rest[:end.start() if end else len(rest)].split()
    if not 2 <= len(words) <= 14 or words[0].lower() in _NOT_CUE_START:
        return False
    verb = next((k for k, w in enumerate(words[:9]) if k and w.strip(",") in REPORTING), None)
    return verb is not None and (verb == len(words) - 1 or words[verb + 1] in _SETTING and
                                 len(words) - verb <= 8)


def tail_cue(sentence: str) -> tuple[int, Cue] | None:
    """A cue after one of the last three commas of a sentence: (comma offset, cue)."""
    commas = [m.start() for m in re.finditer(r",\s", sentence)][-3:]
    for at in reversed(commas):
        c = cue_after(sentence, at + 1)
        if c is None or c.mention.pronoun not in (None, "he", "she", "they"):
            continue
        words = sentence[at + 1:].split()
        k = next((i for i, w in enumerate(words) if w.strip(",.").lower() in REPORTING), 0)
        after = [w.strip(",.") for w in words[k + 1:]]
        aside = words[k].endswith(",") and _aside(sentence, at)  # "X, Lee said, Y"
        if k > 0 and after and not aside and not (
                after[0].lower() in _SETTING or after[0][:1].isupper()
                or words[k].strip(",.").lower() in HEARER_VERBS):
            continue  # ", and he stressed the possibility …": the verb has its own object
        return at, c
    return None


def _aside(sentence: str, at: int) -> bool:
    """Whether the cue after the comma at ``at`` is set apart in the middle of its
    sentence (``The argument would be aided, Lee said, by the calendar.``), which holds no
    quotation mark: the reported words are the whole sentence, not only those before the
    cue."""
    m = re.search(r",\s", sentence[at + 1:])
    if m is None or len(sentence[at + 1 + m.end():].split()) < 3 or \
            re.search(r"[\"“”«»]", sentence):
        return False  # (words in marks: the marks' rules read the sentence)
    raw = sentence[at + 1:at + 1 + m.start()].split()
    words = [w.lower() for w in raw]
    # the cue alone between the commas: a short subject and its verb, or the verb and a
    # name or "the" role (not "said their stump speeches": the verb's own object)
    return 2 <= len(words) <= 6 and (words[-1] in REPORTING or words[0] in REPORTING and (
        raw[1][:1].isupper() or words[1] == "the"))


def find_quotes(text: str, set_off: Sequence[tuple[int, int, str | None]] = (),
                indirect: bool = True,
                bounds: list[tuple[int, int]] | None = None) -> list[QuoteFind]:
    """Every quote of ``text``. ``set_off``: (start, end, attribution line) of quote
    paragraphs that carry no marks (the parser's quote blocks)."""
    text = typewriter_quotes(text)  # ''…'': a straight double mark, same offsets
    bounds = sentence_bounds(text) if bounds is None else bounds
    people = People.of(text, bounds)
    segs = [trimmed(text, g) for g in quoted(text)]
    paras = paragraph_spans(text)
    lines = transcript_lines(text, paras, people.names)  # "TRUMP: …", "Q: …"
    block_ranges = [(a, b) for a, b, _ in set_off] + [(t.start, t.end) for t in lines]
    in_quote = [(g.start, g.end) for g in segs] + block_ranges
    speechy = [(g.start, g.end) for g in segs
               if len(text[g.inner_start:g.inner_end].split()) > 3] + block_ranges
    quoted_at = _holder(in_quote)
    people.mentions = [(p, n) for p, n in people.mentions if not quoted_at(p)]
    events: list[_Event] = []
    for a, b, line in set_off:
        events.append(_Event(a, "block", end=b, attribution=line))
    for t in lines:
        events.append(_Event(t.start, "block", end=t.end, cue=Cue(":", t.speaker)))
    for g in segs:
        if any(a <= g.start < b for a, b in block_ranges):
            continue
        events.append(_Event(g.start, "seg", seg=g))
    if indirect:
        headings = heading_spans(text)
        speechy.sort()
        starts = [a for a, _b in speechy]
        longest = max((b - a for a, b in speechy), default=0)
        for s, e in bounds:
            inside = [(a, b) for a, b in speechy[bisect_left(starts, s - longest):
                                                 bisect_left(starts, e)] if s < b]
            if inside:
                # '"…," Woodard said, though he stressed he had no proof …': after the cue
                last_end = max(b for _a, b in inside)
                comma = text.find(", ", last_end, e)
                if comma > 0 and len(text[comma:e].split()) >= 6:
                    ind = _indirect(text, comma + 2, e, people)
                    if ind is not None:
                        events.append(_Event(ind[0], "indirect", end=ind[1], cue=ind[2],
                                             cue_pos=ind[3]))
                e = min(a for a, _b in inside)
                if e <= s or len(text[s:e].split()) < 6:
                    continue
            if any(a <= s < b for a, b in headings) and s > 0:
                continue  # a title-case heading ("X Says Y"): no sentence of the text
            ind = _indirect(text, s, e, people)
            if ind is not None:
                events.append(_Event(ind[0], "indirect", end=ind[1], cue=ind[2], cue_pos=ind[3]))
    events.sort(key=lambda ev: ev.pos)
    return _attribute(text, events, people, bounds, paras)


def _holder(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether one of ``spans`` (start, end) holds a position, in O(log n)."""
    ordered = sorted(spans)
    starts = [a for a, _b in ordered]
    reach: list[int] = []  # the furthest end of the spans that start at or before each
    for _a, b in ordered:
        reach.append(max(b, reach[-1]) if reach else b)

    def holds(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and reach[k] > pos
    return holds


def _sentence_opener(text: str, people: People, sent: int, at: int) -> Speaker | None:
    """The person who opens the sentence that holds a quote at ``at`` (from ``sent``), when
    the quote stands inside the sentence after words of its own (not after a colon or a
    comma that introduce it): its subject."""
    lead = text[sent:at].rstrip()
    if not lead or lead.endswith((":", ",")):
        return None
    opener = people.opener(sent, at)
    if opener is None:
        return None
    name = opener[1]
    return Speaker(name, people.roles.get(name), at)


#: Verbs of naming: the name after them is their object (``called China "a rival"``).
_NAMING = frozenset({"called", "calls", "call", "dubbed", "dubs", "labeled", "labelled",
                     "labels", "termed", "terms"})


def _naming_object(cue: Cue, before: str) -> bool:
    """Whether ``cue``, read in the words ``before`` a quote, is a verb of naming and its
    name is written after the verb: the object named, not the speaker (``She has often
    called China "…"``; ``"…," called China`` is read after the quote, never here)."""
    name = cue.mention.name
    if cue.verb not in _NAMING or not name:
        return False
    at = before.rfind(cue.verb)
    return at >= 0 and name.split()[0] in before[at + len(cue.verb):]


def _person_cue(cue: Cue | None, people: People) -> bool:
    """Whether ``cue`` names a person the text knows, or he, she or they."""
    if cue is None:
        return False
    m = cue.mention
    return m.pronoun in ("he", "she", "they") or bool(
        m.name and not m.org and people.fullest(m.name) in people.names)


def _para_of(paras: Sequence[tuple[int, int]], pos: int) -> int:
    k = bisect_right(paras, (pos, len_max)) - 1
    if k >= 0 and paras[k][0] <= pos <= paras[k][1]:
        return k
    return -1


len_max = 1 << 62


def _attribute(text: str, events: list[_Event], people: People,
               bounds: Sequence[tuple[int, int]],
               paras: Sequence[tuple[int, int]]) -> list[QuoteFind]:
    out: list[QuoteFind] = []
    prev_end = 0
    found: list[tuple[_Event, Speaker | None, str | None, int]] = []
    for ev in events:
        if ev.kind == "block":  # a set-off quote, or a transcript line and its label
            cue = cue_line(ev.attribution) if ev.attribution else ev.cue
            sp = people.resolve(cue.mention, ev.end, cue.verb.lstrip("- ")) if cue else None
            if sp is not None:
                sp.direct = True
                people.said(sp)
            found.append((ev, sp, cue.verb if cue else None, 3))
            prev_end = ev.end
            continue
        if ev.kind == "indirect":
            assert ev.cue is not None
            sp = people.resolve(ev.cue.mention, ev.cue_pos, ev.cue.verb)
            if sp is not None:
                # names inside the reported words come before the speaker, for what follows
                people.said(replace(sp, pos=max(ev.end, ev.cue_pos)))
            found.append((ev, sp, ev.cue.verb, 1))
            continue
        g = ev.seg
        assert g is not None
        sent = _sentence_start(bounds, g.start)
        para = _para_of(paras, g.start)
        before_from = max(sent, prev_end if _para_of(paras, prev_end) == para else 0)
        inner = text[g.inner_start:g.inner_end].rstrip()
        # '"… in the end." On Monday, X told …': a new sentence, not this quote's cue
        ended = inner.endswith(".") and not inner.endswith("..")
        # '"Parasite" director X said': a title before a noun, not speech before its cue
        spoken = re.search(r"[,.!?…]$", inner.rstrip("’'\"”»")) or \
            re.match(r"[,;:—–-]", text[g.end:g.end + 1]) or verb_first_cue(text, g.end) or \
            len(inner.split()) >= 4 and not title_case(inner) and _closing_clause(text, g.end)
        # 'as X claimed on Tuesday that "…," one of Y's lawyers said …': the verb the quote
        # is the object of speaks it, not the next clause's
        owned = _REPORTED_BEFORE.search(text, max(before_from, g.start - 60), g.start) and \
            _person_cue(cue_before(text, before_from, g.start), people)
        # '"…" ― Ann Lee, The Daily Ledger', '"…"' / '- Ann Lee.': a dash signs the quote
        sign = sign_off_source(text, g.end, text[before_from:g.start]) if g.closed else None
        cue = Cue("-", sign) if sign is not None else cue_after(text, g.end) if \
            g.closed and spoken and not owned and (not ended or closing_cue(text, g.end)) \
            else None
        cue_at = g.end
        strength = 2
        if cue is None and g.closed and text[before_from:g.start].rstrip().endswith(":"):
            # '- Philip Bump: “…” [WaPo.]': the writer the colon names, not the outlet after
            colon = cue_before(text, before_from, g.start)
            if colon is not None and colon.verb == ":" and colon.adjacent and \
                    colon.mention.name:
                cue, cue_at = colon, g.start
        if cue is None and g.closed:  # a digest's '“…” [WaPo.]': the bracket names the source
            src = bracket_source(text, g.end)
            cue = Cue("[]", src) if src is not None else None
        if cue is None:
            cue = cue_before(text, before_from, g.start)
            cue_at = g.start
            if cue is not None and _naming_object(cue, text[before_from:g.start]):
                cue = None  # 'She has called China "…"': China is what she called, no speaker
            if cue is not None and cue.mention.pronoun:  # 'He said X "…"': not X
                cue_at = pronoun_at(text, before_from, g.start, cue.mention.pronoun)
        if cue is None:  # '… the "impressive sensitivity" will help, says X, …'
            # the sentence the quote closes in (a quote of several sentences: '"… money.
            # They have no choice" but to lead, says X')
            se = _sentence_end(bounds, g.end - 1, len(text))
            tail = tail_cue(text[sent:se])
            if tail is not None and sent + tail[0] >= g.end - 1:
                cue, cue_at, strength = tail[1], sent + tail[0], 1
        if cue is not None and cue.verb == ":" and (name := cue.mention.name) and \
                name.isupper():  # 'TOM FORD: "…"': Tom Ford
            cue = replace(cue, mention=replace(cue.mention, name=cased(name, people.names)))
        sp = people.resolve(cue.mention, cue_at, cue.verb) if cue else None
        if sp is not None:
            sp.direct = True
            people.said(sp)
        if cue is not None and not cue.adjacent:
            strength = 0
        found.append((ev, sp, cue.verb if cue else None, strength if cue else 0))
        prev_end = g.end
    # chains: a quote with no cue of its own takes its paragraph's speaker, or the speaker
    # of the quote that ends the paragraph before when it opens its paragraph
    by_para: dict[int, list] = {}
    for f in found:
        by_para.setdefault(_para_of(paras, f[0].pos), []).append(f)
    for k, (ev, sp, _verb, _strength) in enumerate(found):
        if ev.kind != "seg" or sp is not None:
            continue
        g = ev.seg
        assert g is not None
        para = _para_of(paras, g.start)
        sent = _sentence_start(bounds, g.start)
        inside = next((f for f in by_para.get(para, ()) if f[0].kind == "indirect"
                       and f[1] is not None and _sentence_start(bounds, f[0].pos) == sent), None)
        if inside is not None:  # 'X points out that … "which necessarily contains …"'
            found[k] = (ev, inside[1], inside[2], 1)
            continue
        same = [f for f in by_para.get(para, ()) if f[0].kind == "seg" and f[1] is not None]
        if same:
            near = min(same, key=lambda f: abs(f[0].pos - g.start))
            # 'Reed blamed the shootings on "sickos" …. Lee called him a "…"': the person
            # who opens the quote's sentence before the nearest voice
            # ('X, Rubio said, had been "…" and passed "…"': the cue of the same sentence)
            opener = None if _sentence_start(bounds, near[0].pos) == sent else \
                _sentence_opener(text, people, sent, g.start)
            found[k] = (ev, opener, None, 1) if opener is not None else \
                (ev, near[1], near[2], 1)
            continue
        opens_para = para >= 0 and text[paras[para][0]:g.start].strip() == ""
        if opens_para and para > 0:
            prev = [f for f in by_para.get(para - 1, ()) if f[1] is not None
                    and f[0].pos < g.start]
            if prev:
                found[k] = (ev, prev[-1][1], prev[-1][2], 1)
                continue
            ps, pe = paras[para - 1]
            if text[ps:pe].rstrip().endswith(":"):
                cs = _sentence_start(bounds, pe - 1)
                c = cue_before(text, cs, pe)
                if c is not None:  # 'He told Ann Lee:': "he" resolved where it stands
                    at = pronoun_at(text, cs, pe, c.mention.pronoun) if c.mention.pronoun \
                        else pe
                    found[k] = (ev, people.resolve(c.mention, at), c.verb, 1)
    _partial_subjects(text, found, people, bounds)
    _pull_quotes(text, found)
    for ev, sp, verb, strength in found:
        q = _finish(text, ev, sp, verb, strength, bounds)
        if q is not None:
            out.append(q)
    return _voices(text, out, paras, people, bounds)


def _previous_subject(text: str, people: People, bounds: Sequence[tuple[int, int]],
                      para: tuple[int, int], pos: int) -> Speaker | None:
    """The person who opens the sentence before a quote that opens its own, in the same
    paragraph (``Ann Lee agreed. "…"``, ``She touted her record. "…"``): its subject."""
    k = bisect_right(bounds, (pos, len_max)) - 1
    if k < 1 or text[bounds[k][0]:pos].strip() or bounds[k - 1][0] < para[0]:
        return None
    s, e = bounds[k - 1]
    opener = people.opener(s, e)
    if opener is not None:
        return Speaker(opener[1], people.roles.get(opener[1]), pos)
    lead = re.match(r"\s*(?:(?:But|And|Then|Later|Still),?\s+)?(He|She)\s+[a-z]", text[s:e])
    if lead is None:
        return None
    return people.resolve(Mention(pronoun=lead.group(1).lower()), s + lead.start(1))


def _voices(text: str, quotes: list[QuoteFind], paras: Sequence[tuple[int, int]],
            people: People, bounds: Sequence[tuple[int, int]]) -> list[QuoteFind]:
    """Quotes still without a speaker take the one of the paragraph's next quote with a
    speaker (``"…" Costs rose, X said.``), else, when the paragraph has quoted no one before
    it, the subject of the sentence before it (``Ann Lee agreed. "…"``), else the last voice
    quoted in it or the paragraph before (words quoted with no cue in a run of quotes), else,
    for a quote of whole
    sentences with no cue, the last person named in them (``Ana Ruiz was blunt. "…"``; not
    for ``"…," they said``: a cue that names no one)."""
    paras_of = [_para_of(paras, q.start) for q in quotes]
    out = []
    last: tuple[int, QuoteFind] | None = None
    for k, q in enumerate(quotes):
        para = paras_of[k]
        if q.speaker is None:
            j = k + 1  # the paragraph's next quote with a speaker
            while j < len(quotes) and paras_of[j] == para and quotes[j].speaker is None:
                j += 1
            nxt = quotes[j] if j < len(quotes) and paras_of[j] == para else None
            whole = re.search(r"[.!?…]\W*$", text[q.start:q.end]) is not None  # sentences
            before = None if nxt is not None or last is not None and last[0] == para or \
                not whole else _previous_subject(text, people, bounds, paras[para], q.start)
            if nxt is None and last is not None and 0 <= para - last[0] <= 1:
                nxt = last[1]
            if before is not None:  # 'Ann Lee agreed. "…"': not the paragraph before's voice
                q = replace(q, speaker=before.name, role=clean_role(before.role))
            elif nxt is not None:
                q = replace(q, speaker=nxt.speaker, role=nxt.role)
            elif q.cue is None and para >= 0 and text[paras[para][0]:q.start].rstrip()[
                    -1:] in ("", ".", "!", "?", '"', "”") and whole:
                ps = paras[max(0, para - 1)][0]
                m = bisect_right(people.mentions, (q.start, "")) - 1
                if m >= 0 and people.mentions[m][0] >= ps:  # the person named just before
                    name = people.mentions[m][1]
                    q = replace(q, speaker=name, role=clean_role(people.roles.get(name)))
        if q.speaker is not None:
            last = (para, q)
        out.append(q)
    return out


def _partial_subjects(text: str, found: list, people: People,
                      bounds: Sequence[tuple[int, int]]) -> None:
    """A partial quote still without a speaker takes its sentence's subject: 'Carson
    called the system "rotten to the core."'."""
    for k, (ev, sp, verb, _strength) in enumerate(found):
        g = ev.seg
        if ev.kind != "seg" or sp is not None or g is None:
            continue
        sent = _sentence_start(bounds, g.start)
        who = partial_subject(text[sent:g.start], text[g.inner_start:g.inner_end]) or \
            lead_speaker(text[sent:g.start]) or reporting_subject(text[sent:g.start])
        if who is not None:  # 'he found Trump "charming"': "he" is resolved where it stands
            at = pronoun_at(text, sent, g.start, who.pronoun) if who.pronoun else g.start
            found[k] = (ev, people.resolve(who, at), verb, 0)


def _pull_quotes(text: str, found: list) -> None:  # the working tuples
    """A quote with no speaker whose words the text quotes elsewhere with a speaker (a pull
    quote set off from the text) takes that speaker."""
    for k, (ev, sp, _verb, _strength) in enumerate(found):
        if ev.kind == "indirect" or sp is not None:
            continue
        g = ev.seg
        inner = text[g.inner_start:g.inner_end] if g is not None else text[ev.pos:ev.end]
        key = inner.strip(" \"“”„«»‘’'")[:40]
        if len(key.split()) < 4:
            continue
        for other in found:
            o = other[0]
            o_end = o.seg.end if o.seg is not None else o.end
            if other[1] is not None and o is not ev and text.find(key, o.pos, o_end) >= 0:
                found[k] = (ev, other[1], other[2], 1)
                break


def _in_heading(text: str, g: Segment) -> bool:
    """Whether the line of segment ``g`` is a headline: its words outside the quote in
    title case."""
    ls = text.rfind("\n", 0, g.start) + 1
    le = text.find("\n", g.end)
    rest = text[ls:g.start] + " " + text[g.end:le if le >= 0 else len(text)]
    return len(rest.split()) >= 2 and title_case(rest)


def _finish(text: str, ev: _Event, sp: Speaker | None, verb: str | None, strength: int,
            bounds: Sequence[tuple[int, int]]) -> QuoteFind | None:
    name = clean_speaker(sp.name) if sp else None
    role = clean_role(sp.role) if sp else None
    if ev.kind == "block":
        return QuoteFind(ev.pos, ev.end, name, role, verb, "direct", 0.9 if name else 0.5)
    if ev.kind == "indirect":
        return QuoteFind(ev.pos, ev.end, name, role, verb, "indirect", 0.6)
    g = ev.seg
    assert g is not None
    inner = text[g.inner_start:g.inner_end].strip()
    n_words = len(inner.split())
    sent = _sentence_start(bounds, g.start)
    lead = text[sent:g.start].strip()
    partial = bool(lead) and not lead.endswith((":", ",")) and inner[:1].islower()
    se = _sentence_end(bounds, g.end - 1, len(text))
    # '… said the plan was "dead on arrival."': a clause's end quoted in reported speech
    reported = strength == 0 and n_words < 6 and not title_case(inner) and \
        reported_words(inner, text[sent:g.start] + text[g.end:se])
    if strength == 0 and sp is None and not reported:
        # no cue at all: six words or more read as speech, fewer as a scare quote; words
        # in title case as a title ("Once Upon A Time in the West,"), unless their whole
        # line is (a headline)
        if n_words < 6 or title_case(inner) and not _in_heading(text, g):
            return None
    labelled = name is not None and labels(text[sent:g.start]) or reported
    if strength == 0 and n_words < 3 and partial and not labelled:
        return None
    if n_words <= 2 and strength < 1 and not labelled:
        return None
    if not re.search(r"[,.!?…]$", inner) and all(w[:1].isupper() or not w[:1].isalpha()
                                                 for w in inner.split()):
        return None  # "Parasite", "CBS This Morning": a title or a name, not speech
    if names_a_work(text[sent:g.start], inner):
        return None  # 'on NBC's "Meet the Press."': a title, whatever its punctuation
    mode = "mixed" if partial else "direct"
    score = {3: 0.95, 2: 0.9, 1: 0.75, 0: 0.55}[strength] if name else 0.4
    return QuoteFind(g.start, g.end, name, role, verb, mode, score)
