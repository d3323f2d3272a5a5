"""Reported speech in one sentence: indirect speech and its cue (``X said that …``, ``…,
X said.``, ``X, Lee said, Y``, ``X attacked Y, saying he …``, ``according to X``, a title
that reports speech), and the short clauses after a quote that name who spoke it."""

from __future__ import annotations

import re

from .cues import (
    LY_NOUNS,
    Cue,
    clause_subject,
    cue_after,
    lone_someone,
    noun_source,
    source_mention,
    subject_of,
)
from .fragments import (
    evidence_subject,
    long_subject,
    modifier_only,
    said_thing,
    share_tail,
    text_clause,
    unfragment,
    who_group,
)
from .names import Mention, apposed_name, parse_mention, trailing_np
from .speakers import People, common_noun
from .subjects import strip_fronted
from .titles import title_case
from .vocab import FUNCTION_WORDS, HEARER_VERBS, PARTICLES, REPORTING, SUBORDINATE_OPENING

#: Patterns read per call, compiled once.
_SHARE_WORD = re.compile(r"\d|percent|\bof\b")
_CONJUNCTION_TAIL = re.compile(r",\s*(?:but|and|yet)$|\s(?:but|and)$")
_STOP_OR_LINE = re.compile(r"[.!?\n]")
_ANY_MARK = re.compile(r"[\"“”«»]")
#: A conjunction and one word ending the words before a verb (``because they``).
_OPENER_AND_WORD = re.compile(r"\b(?:because|as|since|when|while|after|before|though|"
                              r"although|and|but|so|that|if)\s+\w+$")

_LEAD_RE = re.compile(r"^(?:(?:But|And|However|Yet|Still|Meanwhile|Instead|Also|Now|So|Even|though|"
                      r"although|but|and|while|Though|Although|"
                      r"In (?:a|an|the) (?:statement|interview|email|letter|post|speech)"
                      r"(?: [\w'’]+){0,6}|On (?:[A-Z][a-z]+day\b|\w+(?=,))|Later|Earlier)[,]?\s+)+")
_DATELINE_RE = re.compile(r"^(?:(?:[A-Z][A-Z .,'’-]{1,40})?\s*\([A-Za-z][\w .-]{0,20}\)|"
                          r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4})\s*[-—–―]+\s*")
_ACC_START_RE = re.compile(r"^(?:[Aa]ccording to|[Ss]elon) (?P<np>[^,]{2,140}),\s+(?P<rest>.+)$",
                           re.S)
#: A name set apart after ``according to`` and a role (``the mayor, Sam Smith,``).
_NAME_APART = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+")
#: After such a name, what shows it is the reported clause's own subject, set apart with an
#: age, a relative clause or an apposition of its own (``According to the police, Tom Reed,
#: 45, was …``, ``…, Ann Lee, who …``, ``…, Tom Reed, the mayor, knew …``).
_OWN_APPOSITION = re.compile(r"\d|(?:who|whose|whom|which)\b|[^,.;:]{1,60},")
_ACC_END_RE = re.compile(r"^(?P<rest>.+?),?\s+according to (?P<np>[^,]{2,140}?)[.]?$", re.S)
_PREP = frozenset({"about", "of", "to", "for", "with", "on", "in", "at", "from", "by", "up",
                   "into", "over", "against", "as", "what", "how", "why", "whether", "when",
                   "him", "them", "me", "us", "nothing", "little"})


_AFTER_HEARER = frozenset({"that", "how", "what", "why", "whether", "he", "she", "they", "it",
                           "we", "i", "there"})
#: A state or a country after a town's comma (``Bunkerville, Nev.,``): no clause's end.
_PLACE_AFTER = re.compile(r"[A-Z][A-Za-z.]{0,12},\s")
#: Words after which a reporting word is a noun: an article, a possessive determiner.
_NOUN_BEFORE = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"})
#: Determiners that open a reported clause after a hearer (``told the AP his firm …``,
#: ``told reporters this was …``), never the hearer's first word.
_CLAUSE_DET = frozenset({"his", "her", "their", "its", "our", "this", "these", "those"})
_CLAUSE_START = frozenset({"that", "he", "she", "they", "it", "we", "i", "the", "there",
                           "this", "his", "her", "their"})


#: Patterns read per quote, compiled once.
_WORD = re.compile(r"\S+")
_COMMA_WHO = re.compile(r",\s+who$")
_LY_ADVERB_END = re.compile(r"\s+" + LY_NOUNS + r"[a-z]+ly$")
_DASHED_ASIDE_END = re.compile(r"\s[—–-]{1,2}\s[^—–]{1,80}?\s[—–-]{1,2}$")
_CONJUNCTION_END = re.compile(r"[,\s]*(?:but|and|yet)$")
_CLAUSE_SEPARATOR = re.compile(r"\s[-—–―]+\s|[;:]\s")
_COMMA = re.compile(r",\s")


def reported_speech(text: str, s: int, e: int, people: People | None = None
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
        rest_at = m.start("rest")
        apposed = _NAME_APART.match(m.group("rest"))
        if mention is not None and mention.role and not mention.name and apposed is not None \
                and _OWN_APPOSITION.match(m.group("rest"), apposed.end()) is None \
                and apposed_name(m.group("np"), apposed.group("name")):
            # "According to the mayor, Sam Smith, the plan …": the name set apart
            mention = parse_mention(f"{m.group('np')}, {apposed.group('name')}") or mention
            rest_at += apposed.end()
        if mention and len(m.group("rest").split()) >= 4:
            cs = s + off + rest_at
            return cs, e, Cue("according to", mention), s + off
    m = _ACC_END_RE.match(body)
    if m:
        mention = source_mention(m.group("np"))
        if mention and len(m.group("rest").split()) >= 4:
            return s + off, s + off + m.end("rest"), Cue("according to", mention), \
                s + off + m.start("np")
    words = list(_WORD.finditer(body))
    headline = title_case(body)  # "Senator Claims Victory": every word capitalised
    for k, w in enumerate(words):
        verb = w.group().strip(",").lower()
        if verb not in REPORTING and verb not in _PARTICIPLE_SAYS or k == 0 or \
                words[k - 1].group().lower() in _NOUN_BEFORE:
            continue  # "New York, a state that …", "with his calls to end": a noun
        if w.group()[:1].isupper() and not headline:
            continue  # "the United States to …", "The Washington Post": no verb, a name's word
        subject = _AUX_END.sub("", body[: w.start()].strip()).strip()
        if headline:  # "Wow: Ann Lee Just Said", "Lee May Not Have Said": the name
            subject = _HEADLINE_AUX.sub("", subject.rsplit(": ", 1)[-1]).strip()
        subject = _COMMA_WHO.sub("", subject)  # "…, Ann Lee, who told POLITICO he'll"
        after_colon = subject.rsplit(": ", 1)[-1]
        sub_at = 0  # where the subject's clause opens in the sentence
        if after_colon != subject and after_colon[:1].isupper() and \
                len(after_colon.split()) <= 4:
            sub_at = body.rfind(": ", 0, w.start()) + 2
            subject = after_colon  # "… is paying off: He said": the clause after the colon
        subject = _LY_ADVERB_END.sub("", subject)  # "He proudly told …"
        # "Murphy — after a knock on wood — told": the words set apart by dashes
        subject = _DASHED_ASIDE_END.sub("", subject).strip()
        if verb in _TEXT_SAYS and w.group().endswith(","):
            continue  # "The documents indicate, he said, that …"
        found = _speech_after(verb, words[k + 1 :])
        if found is None and w.group().endswith(",") and verb in _SAYS_WHAT:
            # "X says, win or lose on Tuesday, he’s staying": the clause after the aside
            close = next((j for j in range(k + 1, min(len(words), k + 12))
                          if words[j].group().endswith(",")), None)
            found = _speech_after(verb, words[close + 1:]) if close is not None else None
        quoted = _QUOTED_AS.fullmatch(subject) if verb == "saying" else None
        if quoted is not None:  # "X was quoted (by the paper) as saying (that) …": X
            found = _speech_after("says", words[k + 1:])
            who = parse_mention(strip_fronted(quoted.group("np")))
            if found is not None and who is not None and (who.name or who.role):
                return s + off + found, e, Cue("quoted", who), s + off
            continue
        share = share_tail(subject)  # "In Virginia, 85% of Democrats said …"
        if share is not None and found is None and k + 1 < len(words) and \
                _SHORT_ANSWER.match(body, words[k + 1].start()) is not None:
            found = words[k + 1].start()  # "46 percent said yes", "half said so"
        if share is not None and verb in _PARTICIPLE_SAYS:
            # "…, with 50 percent saying she is prepared": the share says it
            found = found if found is not None else \
                _speech_after(_PARTICIPLE_SAYS[verb], words[k + 1:])
            if found is not None:
                return s + off + found, e, Cue(verb, share), s + off + w.start()
            continue
        if verb in _PARTICIPLE_SAYS and subject.endswith(","):
            # "Rubio pushed back on the claims, saying that …": the clause's subject speaks
            found = _speech_after(_PARTICIPLE_SAYS[verb], words[k + 1:])
            who = clause_subject(subject.rstrip(", ")) if found is not None else None
            if found is not None and who is not None and (
                    who.name or who.role or who.pronoun in ("he", "she")):
                return s + off + found, e, Cue(verb, who), s + off
            continue
        apart = None
        if subject.endswith(",") and share is None and parse_mention(subject) is None:
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
        # "Lee thanked the voters who said …": the group the relative clause is of (not when
        # the main clause's subject reports later, "…, saying …": the words run into it)
        mention = share or (who_group(core) if _LATER_PARTICIPLE.search(body, w.end()) is None
                            else None) or (
            unfragment(parse_mention(core), pronoun=True) if len(core.split()) <= 14 else None)
        if mention is None:
            # "The joint statement said …": a text speaks; "Another said …": someone
            mention = noun_source(core) or lone_someone(core)
        if mention is None and _PLURAL_GROUP.fullmatch(core) and \
                not core.split()[-1].endswith(("ss", "us", "is")) and \
                core.split()[0].lower() not in FUNCTION_WORDS and \
                not _SHARE_WORD.search(core):  # (not "46 percent of voters")
            mention = Mention(role=core)  # "Security specialists say …": a group unnamed
        if mention is None:
            # "… among the 30 percent of voters who said …", "independent voters who said
            # …": the group the relative clause is of
            mention = who_group(core)
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
            after = after.lstrip(" \"”’")  # '"Marco!," the senator said': after the mark
            mention = parse_mention(after) if head and len(after.split()) <= 6 else None
        if mention is None and _CONJUNCTION_TAIL.search(subject):
            # "Green accepts that …, but says …": the clause's first subject
            mention = clause_subject(_CONJUNCTION_END.sub("", subject))
        if mention is None:  # "A spokesman for the office … of New Jersey said": spokesman
            mention = long_subject(core)
        if mention is None:  # "…, though public records indicate …": the records
            mention = text_clause(subject)
        if mention is None:
            # "… a declaration that Amnesty International said could …"; "because they said"
            near = parse_mention(trailing_np(subject))
            mention = near if near is not None and (near.name or near.pronoun and
                                                     _OPENER_AND_WORD.search(subject)) else None
        # "some students may" -> some students; a lone modifier ("pro-Trump") is kept here
        # so the words stay found, and no one is named for them (``fragment_free``)
        mention = unfragment(mention, pronoun=True) or (
            mention if mention is not None and modifier_only(mention) else None)
        if mention is not None and verb in _TEXT_SAYS and not evidence_subject(
                core, mention, people is not None and mention.name is not None and
                people.fullest(mention.name) in people.names):
            continue  # "Signs along the road indicate …": no one's words
        if mention is None or mention.pronoun and verb in HEARER_VERBS and \
                body[found:].split(None, 1)[0].lower() in _CLAUSE_DET:
            continue  # ("he told the AP his …": left to a cue the pronoun rules read)
        end = e
        # "When X said Y, the market fell": Y ends at the main clause
        if SUBORDINATE_OPENING.match(sent.lstrip()):
            comma = text.find(", ", s + off + found, e)
            while comma > 0 and _PLACE_AFTER.match(text, comma + 2):
                comma = text.find(", ", comma + 2, e)  # "in Bunkerville, Nev., others …"
            end = comma if comma > 0 else e
        return s + off + found, end, Cue(verb, mention), s + off + sub_at
    # "…, Zhao said." / "…, says Zhiqiang Shen, director of …" at the end of the sentence
    tail = tail_cue(body)
    if tail is not None and _apposed_name(body, tail[0]):
        # "The head of the agency, Ann Lee, said:" reports nothing before it; "…, the head
        # of the agency, Ann Lee, said": the words before the subject's comma
        before = body.rfind(", ", 0, tail[0])
        c = cue_after(body, before + 1) if before > 0 else None
        tail = (before, c) if c is not None else tail if before > 0 else None
    if tail is not None:
        at, c = tail
        if _aside(body, at) and not c.mention.pronoun and \
                len(body[:at].split()) >= (1 if c.verb == "according to" else 2) and \
                len(body.split()) >= 8:  # "In the end, Lee said, voters …": all of it
            # (from the last clause set apart by a dash or a colon before the aside)
            cut = max((x.end() for x in _CLAUSE_SEPARATOR.finditer(body[:at])),
                      default=0)
            return s + off + cut, e, c, s + off + at
        if len(body[:at].split()) >= 5:
            return s + off, s + off + at, c, s + off + at
    return None


#: A poll's short answer after a share's verb, up to a comma or the end: ``yes``, ``so``, ``the
#: same of X``, a pronoun and up to three words (``they were angry``, ``she does not``).
_SHORT_ANSWER = re.compile(r"(?:(?:yes|no|so)(?:\s+(?:in|on|at|last|this)\s+[\w’' -]{1,30}?)?|"
                           r"the\s+same(?:\s+(?:of|about|for)\s+[^,.;]{1,40})?|"
                           r"(?:he|she|they|it|we)(?:\s+[\w'’-]+){1,3})\s*(?:[,.;]|$)")


#: The passive of quoting before ``saying``: ``X was quoted (by Y) as``.
_QUOTED_AS = re.compile(r"(?P<np>.+?),?\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)"
                        r"\s+(?:\w+ly\s+)?quoted(?:\s+[\w.'’-]+){0,8}?\s+as", re.S)


#: Participles that report what the clause's subject said, and the finite form whose
#: reported clause they take (``…, saying that …``, ``…, noting he …``).
_PARTICIPLE_SAYS = {"saying": "says", "noting": "notes", "arguing": "argues",
                    "adding": "added", "warning": "warns", "insisting": "insists",
                    "claiming": "claims", "explaining": "explained", "stressing": "stressed",
                    "acknowledging": "acknowledged", "admitting": "admitted",
                    "predicting": "predicted", "asserting": "asserted"}
#: A participle of saying after a comma: the main clause's subject reports (``Reed rebuked
#: critics who say …, saying …``).
_LATER_PARTICIPLE = re.compile(r",[\"”’']?\s+(?:" + "|".join(_PARTICIPLE_SAYS) + r")\b")
#: A group no name is given: modifiers (capitalised or not) and a plural noun in lower case
#: (``security specialists``, ``Iowa biofuels advocates``, ``local GOP leaders``).
_PLURAL_GROUP = re.compile(r"(?:[\w'’.-]+\s+){0,3}[a-z][a-z-]{2,}s")


#: Words between a headline's subject and its verb, all capitalised there.
_HEADLINE_AUX = re.compile(r"(?:\s+(?:just|now|finally|also|still|again|reportedly|may|might|"
                           r"will|would|could|has|have|had|not|is|was|never))+\s*$", re.I)
_AUX_END = re.compile(r"\b(?:also|has|had|have|then|later|once|would|previously|recently)\s*$")
#: Verbs by which a text or a record reports a clause (``the poll suggests she could …``,
#: ``public records indicate he did not …``); never before an aside (``The documents
#: indicate, he said, that …``: the aside's speaker).
_TEXT_SAYS = frozenset({"suggest", "suggests", "indicate", "indicates", "indicated", "reveal",
                        "reveals"})
_SAYS_WHAT = frozenset({
    "said", "says", "say", "added", "adds", "noted", "argued", "believes", "claimed", "claims",
    "stressed", "warned", "insisted", "explained", "acknowledged", "admitted", "announced",
    "confirmed", "denied", "wrote", "writes", "stated", "suggested", "predicted", "emphasized",
    "emphasised", "maintained", "contended", "asserted", "alleged", "estimated", "thinks",
    "believe", "argue", "argues", "notes", "insists", "warns", "agreed", "countered",
    "conceded", "hinted", "revealed", "recalled", "reported", "reiterated"}) | _TEXT_SAYS
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
#: Days after a reporting verb (``said Tuesday that …``): the verb's, not the words'.
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday"})


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
    if len(low) > 1 and low[0] in _DAYS and low[1] == "that":
        low, rest = low[1:], rest[1:]  # "said Tuesday that …": the words after "that"
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
        if j < 0 or any(rest[i].group().endswith(",") and any(
                low[k] in REPORTING and low[k - 1] != "to" for k in range(i + 2, min(i + 5, j - 1)))
                for i in range(j - 1)):
            return None  # "pledged to work with X, Y insisted that …": the later verb's
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


def closing_clause(text: str, pos: int) -> bool:
    """Whether the words after a quote that ends with no punctuation of its own are a
    short clause that says who spoke it and ends the sentence (``"… today" the paper's
    editor Tom Ford responded.``, ``"…" Lee said after the vote.``): a subject of up to
    eight words, a reporting verb, at most a setting after it."""
    rest = text[pos:pos + 160]
    end = _STOP_OR_LINE.search(rest)
    words = rest[:end.start() if end else len(rest)].split()
    if not 2 <= len(words) <= 14 or words[0].lower() in _NOT_CUE_START:
        return False
    verb = next((k for k, w in enumerate(words[:9]) if k and w.strip(",") in REPORTING), None)
    return verb is not None and (verb == len(words) - 1 or words[verb + 1] in _SETTING and
                                 len(words) - verb <= 8)


def tail_cue(sentence: str) -> tuple[int, Cue] | None:
    """A cue after one of the last three commas of a sentence: (comma offset, cue)."""
    commas = [m.start() for m in _COMMA.finditer(sentence)][-3:]
    for at in reversed(commas):
        c = cue_after(sentence, at + 1)
        if c is None or c.mention.pronoun not in (None, "he", "she", "they") or \
                unfragment(c.mention) is None or said_thing(sentence[at + 1:]):
            continue  # ", called again for X to …", ", tweeted a warning": no speaker
        words = sentence[at + 1:].split()
        k = 0 if c.verb == "according to" else \
            next((i for i, w in enumerate(words) if w.strip(",.").lower() in REPORTING), 0)
        after = [w.strip(",.") for w in words[k + 1:]]
        aside = words[k].endswith(",") and _aside(sentence, at)  # "X, Lee said, Y"
        if k > 0 and after and not aside and not (
                after[0].lower() in _SETTING or after[0][:1].isupper()
                or words[k].strip(",.").lower() in HEARER_VERBS):
            continue  # ", and he stressed the possibility …": the verb has its own object
        return at, c
    return None


def _apposed_name(sentence: str, at: int) -> bool:
    """Whether the cue after the comma at ``at`` is a name set apart by commas right before
    its verb, which ends the sentence (``The head of the agency, Ann Lee, said: …``): the
    words before the comma are the verb's subject, not words it reports."""
    words = sentence[at + 1:].split()
    k = next((i for i, w in enumerate(words) if w.strip(",.:").lower() in REPORTING), 0)
    return 0 < k == len(words) - 1 and words[k - 1].endswith(",")


def _aside(sentence: str, at: int) -> bool:
    """Whether the cue after the comma at ``at`` is set apart in the middle of its
    sentence (``The argument would be aided, Lee said, by the calendar.``), which holds no
    quotation mark: the reported words are the whole sentence, not only those before the
    cue."""
    m = _COMMA.search(sentence[at + 1:])
    if m is None or len(sentence[at + 1 + m.end():].split()) < 3 or \
            _ANY_MARK.search(sentence):
        return False  # (words in marks: the marks' rules read the sentence)
    raw = sentence[at + 1:at + 1 + m.start()].split()
    words = [w.lower() for w in raw]
    if words[:2] == ["according", "to"] and len(words) <= 9:
        return True  # "Fundraising, according to the campaign, has surged"
    # the cue alone between the commas: a short subject and its verb, or the verb and a
    # name or "the" role (not "said their stump speeches": the verb's own object)
    return 2 <= len(words) <= 6 and (words[-1] in REPORTING or words[0] in REPORTING and (
        raw[1][:1].isupper() or words[1] == "the"))
