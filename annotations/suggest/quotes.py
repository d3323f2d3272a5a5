"""Quotes of one text, attributed: direct speech in marks, set-off quote paragraphs with an
attribution line, quotes over several paragraphs, partial quotes, and indirect speech; in
reading order, so that ``he said`` and ``the minister added`` refer back to the right person."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annotations.text.nav import capped_sentences, sentence_bounds

from . import mojibake
from .clause_end import runs_into_quote
from .cues import (
    Cue,
    clause_subject,
    closing_cue,
    cue_after,
    cue_before,
    cue_line,
    headline_speaker,
    introduces_quote,
    opening_subject,
    verb_first_cue,
)
from .fallbacks import bracket_source, colon_name, pronoun_at, sign_off_source
from .fragments import fragment_free, inverted_long_subject, is_poll_share, unfragment
from .lead_clause import (
    aside_source,
    asked_by,
    lead_speaker,
    passive_agent,
    subordinate_cue,
    subordinate_subject,
)
from .marks import Segment, paragraph_spans, quoted
from .names import Mention, group_subject, possessor_of_words
from .partial import (
    asked_agent,
    caused_speaker,
    inner_subject,
    labels,
    object_clause_subject,
    partial_subject,
    reported_words,
    reporting_subject,
)
from .pronouns import may_stand_for
from .reported import closing_clause, reported_speech, tail_cue
from .roles import clean_role
from .speaker_clean import clean_speaker
from .speakers import People, Speaker
from .titles import names_a_work, title_case
from .transcript import cased, transcript_lines
from .typewriter import trimmed, typewriter_quotes

#: Patterns read per call, compiled once.
_SPOKEN_END = re.compile(r"[,.!?…]$")
_PUNCT_AFTER = re.compile(r"[,;:—–-]")
_STOP_END = re.compile(r"[.!?]$")
_WHOLE_END = re.compile(r"[.!?…]\W*$")
_STOP_SPACE = re.compile(r"[.!?]\s")
_HE_SHE_OPEN = re.compile(r"\s*(?:(?:But|And|Then|Later|Still),?\s+)?(He|She)\s+[a-z]")

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


def _last_char(text: str, start: int, pos: int) -> str:
    """The last character before ``pos`` that is not whitespace, back to ``start`` ("" when
    there is none): read backwards, so it costs the whitespace it skips, not the paragraph."""
    k = pos - 1
    while k >= start and text[k].isspace():
        k -= 1
    return text[k] if k >= start else ""


def _nearest(found: Sequence[tuple], at: Sequence[int], pos: int) -> tuple:
    """The item of ``found`` (in text order, ``at`` their positions) nearest ``pos``; of two
    as near, the earlier."""
    i = bisect_right(at, pos)
    if i == 0:
        return found[0]
    if i == len(at) or pos - at[i - 1] <= at[i] - pos:
        return found[i - 1]
    return found[i]


def find_quotes(text: str, set_off: Sequence[tuple[int, int, str | None]] = (),
                indirect: bool = True,
                bounds: list[tuple[int, int]] | None = None) -> list[QuoteFind]:
    """Every quote of ``text``. ``set_off``: (start, end, attribution line) of quote
    paragraphs that carry no marks (the parser's quote blocks)."""
    raw = text = typewriter_quotes(text)  # ''…'': a straight double mark, same offsets
    text = mojibake.fold(text)  # "PeÃ±a": one word, same offsets; names given back below
    # a 'sentence' of thousands of characters (a text with no full stops) is read in
    # stretches: each quote's look-back stays bounded, the whole text linear
    bounds = capped_sentences(text, sentence_bounds(text) if bounds is None else bounds)
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
        headings = people.headings
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
                    ind = reported_speech(text, comma + 2, e, people)
                    if ind is not None:
                        events.append(_Event(ind[0], "indirect", end=ind[1], cue=ind[2],
                                             cue_pos=ind[3]))
                e = min(a for a, _b in inside)
                if e <= s or len(text[s:e].split()) < 6:
                    continue
            if any(a <= s < b for a, b in headings) and s > 0:
                continue  # a title-case heading ("X Says Y"): no sentence of the text
            ind = reported_speech(text, s, e, people)
            if ind is not None and inside and ind[3] >= ind[1] and \
                    runs_into_quote(text[ind[0]:ind[1]], text[ind[1]:e]):
                continue  # 'Ann Lee, who knows him, said the plan "…': no report before
            if ind is not None:
                events.extend(_second_report(text, ind, e, people))
    events.sort(key=lambda ev: ev.pos)
    return mojibake.restore(_attribute(text, events, people, bounds, paras), text, raw)


#: Where a second clause with its own report may open inside a sentence.
_SECOND_CLAUSE = re.compile(r",\s+(?:while|but|whereas|and|though|although|after)\s+|;\s+")


def _second_report(text: str, ind: tuple[int, int, Cue, int], e: int,
                   people: People) -> list[_Event]:
    """The event of reported speech ``ind`` found in a sentence ending at ``e``, and of a
    second report that a clause of its own opens after it (``X said A, while Y said B``;
    ``When X said A, Y said B``): the first then ends where the second clause opens."""
    start, end, cue, cue_pos = ind
    more = None
    if end < e and cue_pos < end:  # "When X said A, …": the main clause after it
        more = reported_speech(text, end + 2, e, people)
    else:
        for m in _SECOND_CLAUSE.finditer(text, start, end):
            if cue_pos >= m.start():
                break  # "A, but B, according to X": one report, its cue after both
            more = reported_speech(text, m.end(), e, people)
            if more is not None and more[3] >= m.end():
                end = m.start()
                break
            more = None
    out = [_Event(start, "indirect", end=end, cue=cue, cue_pos=cue_pos)]
    if more is not None and more[3] >= end:
        out.append(_Event(more[0], "indirect", end=more[1], cue=more[2], cue_pos=more[3]))
    return out


#: A few words in marks (a slogan, a title, a nickname) inside the words after a quote.
_QUOTED_WORDS = re.compile(r'[“"]([^“”"\n]{1,40})[”"]')


def _cue_past_quoted_words(text: str, pos: int) -> Cue | None:
    """The cue after a quote ending at ``pos`` when a few words in marks stand inside it
    (``"…," Ann Lee, wearing a hat and "Vote Lee" pins, said``): read with those marks
    blanked (the marks otherwise end the cue). None when the first mark after the quote
    opens no short quoted phrase of at most four words, or the phrase comes after a
    sentence's end."""
    window = text[pos - 1:pos + 240]
    m = _QUOTED_WORDS.search(window, 1)
    if m is None or len(m.group(1).split()) > 4 or _STOP_SPACE.search(window, 1, m.start()):
        return None
    blanked = window[:m.start()] + " " + m.group(1) + " " + window[m.end():]
    return cue_after(blanked, 1)


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
    comma that introduce it; a comma that closes a name set apart, ``her husband, Tom Reed,``,
    introduces nothing): its subject, else an unnamed plural group opening it."""
    lead = text[sent:at].rstrip()
    if not lead or lead.endswith(":") or lead.endswith(",") and not _apposition_end(lead):
        return None
    opener = people.opener(sent, at)
    if opener is None:
        # 'Proponents of the bill, however, say it would act as an "umpire."': the group
        group = group_subject(text[sent:at])
        return people.resolve(group, at) if group is not None else None
    name = opener[1]
    return Speaker(name, people.roles.get(name), at)


#: A name set apart after a noun, ending the words before a quote (``… and her husband,
#: Tom Reed, "…"``): the comma closes the apposition, it does not introduce the quote.
_APPOSITION_END = re.compile(r"\b[a-z]{3,},\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+,$")


def _apposition_end(lead: str) -> bool:
    """Whether ``lead`` ends with a name set apart after a lower-case noun."""
    return _APPOSITION_END.search(lead, max(0, len(lead) - 120)) is not None


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


#: Pronouns a quote's own cue may be that, resolved to no one, still limit whom the quote's
#: speaker taken from elsewhere may be.
_NO_ONE = frozenset({"they", "it", "he", "she"})
#: Of those, the ones of one person: a quote with no cue right after theirs goes on with it.
_PERSONAL = frozenset({"he", "she"})


def _attribute(text: str, events: list[_Event], people: People,
               bounds: Sequence[tuple[int, int]],
               paras: Sequence[tuple[int, int]]) -> list[QuoteFind]:
    out: list[QuoteFind] = []
    prev_end = 0
    found: list[tuple[_Event, Speaker | None, str | None, int]] = []
    # quotes whose own cue is a pronoun that names no one, by its start: the pronoun
    plural: dict[int, str] = {}
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
            asker = asked_by(text[ev.pos:ev.end])  # 'Asked by Ann Lee whether …, X said'
            if asker is not None:
                found.append((ev, people.resolve(asker, ev.pos), "asked", 1))
                continue
            sp = people.resolve(ev.cue.mention, ev.cue_pos, ev.cue.verb)
            if sp is None and ev.cue.mention.pronoun in _NO_ONE:
                plural[ev.pos] = ev.cue.mention.pronoun
            if sp is not None and not is_poll_share(sp.name):  # (a poll's share: no antecedent)
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
        spoken = _SPOKEN_END.search(inner.rstrip("’'\"”»")) or \
            _PUNCT_AFTER.match(text, g.end) or verb_first_cue(text, g.end) or \
            len(inner.split()) >= 4 and not title_case(inner) and closing_clause(text, g.end)
        # 'as X claimed on Tuesday that "…," one of Y's lawyers said …': the verb the quote
        # is the object of speaks it, not the next clause's
        owned = _REPORTED_BEFORE.search(text, max(before_from, g.start - 60), g.start) and \
            _person_cue(cue_before(text, before_from, g.start), people)
        # '"…" ― Ann Lee, The Daily Ledger', '"…"' / '- Ann Lee.': a dash signs the quote
        sign = sign_off_source(text, g.end, text[before_from:g.start]) if g.closed else None
        # 'When Lee called Reed "a liar," the crowd cheered': the main clause's verb
        held = inner.endswith(",") and (subordinate_subject(text[sent:g.start]) is not None
                                        or subordinate_cue(text[sent:g.start]))
        after = g.closed and spoken and not owned and not held and \
            (not ended or closing_cue(text, g.end))
        cue = Cue("-", sign) if sign is not None else cue_after(text, g.end) if after \
            else None
        if cue is None and sign is None and after and not ended:
            cue = _cue_past_quoted_words(text, g.end)  # 'X, wearing "Vote" pins, said'
            inverted = inverted_long_subject(text[g.end:g.end + 240]) if cue is None else None
            if inverted is not None:  # '"…," noted a report for X on Y by Z.': report
                cue = Cue(*inverted)
        cue_at = g.end
        strength = 2
        if cue is not None and sign is None and _STOP_END.search(inner) and (
                introduces_quote(text, g.end) or inner[-1] in "!?" and
                not closing_cue(text, g.end)) and \
                text[before_from:g.start].rstrip().endswith((",", ":")):
            # 'Lee responds to Cole with, "Why now?" Cole then writes back, "…"': the verb
            # after the quote leads to the next one ('… telling her, "…!" She replied to
            # him that …': a sentence of its own); this one has its own cue before it
            lead = cue_before(text, before_from, g.start)
            if lead is None and sent < before_from:  # '…, addressing her as "Ann" and
                # telling her, "…!"': the sentence's subject, for a verb after the last quote
                lead = cue_before(text, sent, g.start)
                lead = lead if lead is not None and \
                    lead.verb in text[before_from:g.start].lower() else None
            if lead is not None and (lead.mention.name or lead.mention.role):
                cue, cue_at = lead, g.start
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
            if cue is None and (caused := caused_speaker(text[before_from:g.start])):
                cue = Cue("to", caused)  # 'The tweet led Ann Lee to declare, "…"': Ann Lee
            if cue is None and g.closed and (named := colon_name(text[before_from:g.start])):
                cue = Cue(":", named)  # 'It does not surprise pollster Ann Lee: "…"'
            if cue is not None and _naming_object(cue, text[before_from:g.start]):
                cue = None  # 'She has called China "…"': China is what she called, no speaker
            if cue is not None and cue.mention.pronoun:  # 'He said X "…"': not X
                cue_at = pronoun_at(text, before_from, g.start, cue.mention.pronoun)
            if cue is None and g.closed and (head := headline_speaker(
                    text, g.start, g.end, lambda n: people.fullest(n) in people.names)):
                cue = Cue(":", head)  # 'Tom Reed: Plan Is a ‘Disaster.’'
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
        who = unfragment(cue.mention) if cue else None  # not 'a spokesman could' nor 'Why'
        sp = people.resolve(who, cue_at, cue.verb) if cue and who else None
        if sp is None and who is not None and who.pronoun in _NO_ONE:
            plural[ev.pos] = who.pronoun
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
    # looked up per quote: the first voiced indirect speech of each sentence of a paragraph,
    # and the voiced quotes of each paragraph by position (not a scan of the paragraph each)
    inside_of: dict[tuple[int, int], tuple] = {}
    voiced: dict[int, list] = {}
    for para, fs in by_para.items():
        for f in fs:
            if f[0].kind == "indirect" and f[1] is not None:
                inside_of.setdefault((para, _sentence_start(bounds, f[0].pos)), f)
        voiced[para] = sorted((f for f in fs if f[0].kind == "seg" and f[1] is not None),
                              key=lambda f: f[0].pos)
    voiced_at = {para: [f[0].pos for f in fs] for para, fs in voiced.items()}
    for k, (ev, sp, _verb, _strength) in enumerate(found):
        if ev.kind != "seg" or sp is not None:
            continue
        g = ev.seg
        assert g is not None
        para = _para_of(paras, g.start)
        sent = _sentence_start(bounds, g.start)
        inside = inside_of.get((para, sent))
        if inside is not None:  # 'X points out that … "which necessarily contains …"'
            found[k] = (ev, inside[1], inside[2], 1)
            continue
        same = voiced.get(para, [])
        if same:
            near = _nearest(same, voiced_at[para], g.start)
            # 'Reed blamed the shootings on "sickos" …. Lee called him a "…"': the person
            # who opens the quote's sentence before the nearest voice
            # ('X, Rubio said, had been "…" and passed "…"': the cue of the same sentence)
            opener = None if _sentence_start(bounds, near[0].pos) == sent else \
                _sentence_opener(text, people, sent, g.start)
            if opener is None and near[0].seg is not None and near[0].seg.end <= g.start:
                # 'a clip that Judge Ann Lee called "distasteful," Reed expressed a desire to
                # "…"': the name opening the clause between the two quotes
                between = opening_subject(text[near[0].seg.end:g.start].strip(" ,;—–-"))
                opener = people.resolve(between, g.start) if between is not None else None
            found[k] = (ev, opener, None, 1) if opener is not None else \
                (ev, near[1], near[2], 1)
            continue
        opens_para = para >= 0 and _last_char(text, paras[para][0], g.start) == ""
        if opens_para and para > 0:
            prev = [f for f in by_para.get(para - 1, ()) if f[1] is not None
                    and f[0].pos < g.start and not is_poll_share(f[1].name)]
            if prev:
                # '"…," Reed said. Ann Lee was not convinced.' / '"…"': the subject of a
                # sentence after the last voice, right before the quote's paragraph
                pe = prev[-1][0]
                since = _previous_subject(text, people, bounds,
                                          (pe.seg.end if pe.seg is not None else pe.end, 0),
                                          g.start)
                found[k] = (ev, since, None, 1) if since is not None else \
                    (ev, prev[-1][1], prev[-1][2], 1)
                continue
            ps, pe = paras[para - 1]
            if text[ps:pe].rstrip().endswith(":"):
                cs = _sentence_start(bounds, pe - 1)
                c = cue_before(text, cs, pe)
                if c is None:  # "Ann Lee argued that:", "The foundation describes it so:"
                    subj = clause_subject(text[cs:pe].rstrip(" :"))
                    c = Cue(":", subj) if subj is not None and (
                        subj.name or subj.role or subj.pronoun in ("he", "she")) else None
                if c is not None:  # 'He told Ann Lee:': "he" resolved where it stands
                    at = pronoun_at(text, cs, pe, c.mention.pronoun) if c.mention.pronoun \
                        else pe
                    found[k] = (ev, people.resolve(c.mention, at), c.verb, 1)
    _partial_subjects(text, found, people, bounds)
    _pull_quotes(text, found)
    for ev, sp, verb, strength in found:
        if sp is not None and ev.pos in plural and \
                not may_stand_for(people, plural[ev.pos], sp.name):
            sp = None  # '"…," they said': a voice taken from elsewhere, not one person
        q = _finish(text, ev, sp, verb, strength, bounds)
        if q is not None:
            out.append(q)
    return _possessed_words(text, _voices(text, out, paras, people, bounds, plural), people)


def _possessed_words(text: str, quotes: list[QuoteFind], people: People) -> list[QuoteFind]:
    """A quote no cue gives a speaker, between a name's possessive and a noun for words, is
    that name's (``Obama's "…" promise``)."""
    for k, q in enumerate(quotes):
        if q.mode == "indirect" or q.cue not in (None, "according to") and q.speaker is not None:
            continue
        own = possessor_of_words(text[max(0, q.start - 60):q.start], text[q.end:q.end + 30])
        sp = people.resolve(own, q.start) if own is not None else None
        if sp is not None and sp.name:
            quotes[k] = replace(q, speaker=sp.name, role=clean_role(sp.role), cue="'s")
    return quotes


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
    tail = tail_cue(text[s:e].rstrip(" .!?\n"))
    if tail is not None and (tail[1].mention.name or tail[1].mention.role):
        # 'The race could tighten, consultant Sam Cole says. "…"': the sentence's cue
        return people.resolve(tail[1].mention, s + tail[0])
    lead = _HE_SHE_OPEN.match(text[s:e])
    if lead is None:
        return None
    return people.resolve(Mention(pronoun=lead.group(1).lower()), s + lead.start(1))


def _voices(text: str, quotes: list[QuoteFind], paras: Sequence[tuple[int, int]],
            people: People, bounds: Sequence[tuple[int, int]],
            plural: dict[int, str] | None = None) -> list[QuoteFind]:
    """Quotes still without a speaker take the one of the paragraph's next quote with a
    speaker (``"…" Costs rose, X said.``), else, when the paragraph has quoted no one before
    it, the subject of the sentence before it (``Ann Lee agreed. "…"``), else the last voice
    quoted in it or the paragraph before (words quoted with no cue in a run of quotes), else,
    for a quote of whole
    sentences with no cue, the last person named in them (``Ana Ruiz was blunt. "…"``; not
    for ``"…," they said``: a cue that names no one). A quote at a start of ``plural`` (its
    cue a pronoun that resolved to no one) takes only a speaker the pronoun may stand for
    (``pronouns.may_stand_for``: for ``they``, ``it`` no single person's name), and so
    does a quote with no cue right after one of ``he`` or ``she`` in its paragraph (``"…,"
    she said. "…"``: her voice goes on)."""
    plural = plural or {}
    paras_of = [_para_of(paras, q.start) for q in quotes]
    spoken_after = [len(quotes)] * (len(quotes) + 1)  # the next quote with a speaker
    for k in range(len(quotes) - 1, -1, -1):
        spoken_after[k] = k if quotes[k].speaker is not None else spoken_after[k + 1]
    out: list[QuoteFind] = []
    last: tuple[int, QuoteFind] | None = None
    for k, q in enumerate(quotes):
        para = paras_of[k]
        if q.speaker is None:
            j = spoken_after[k + 1]  # the paragraph's next quote with a speaker
            nxt = quotes[j] if j < len(quotes) and paras_of[j] == para else None
            whole = _WHOLE_END.search(text, q.start, q.end) is not None  # sentences
            before = None if nxt is not None or last is not None and last[0] == para or \
                not whole else _previous_subject(text, people, bounds, paras[para], q.start)
            if nxt is None and last is not None and 0 <= para - last[0] <= 1:
                nxt = last[1]
            said = plural.get(q.start)
            if said is None and q.cue is None and k and paras_of[k - 1] == para and \
                    out[-1].speaker is None and plural.get(out[-1].start, "") in _PERSONAL:
                said = plural[out[-1].start]  # '"…," she said. "…"': her voice goes on
            if said is not None:  # 'They say …': a group's voice, never one person's
                before = None if before is None or \
                    not may_stand_for(people, said, before.name) else before
                nxt = None if nxt is None or nxt.speaker is None or \
                    not may_stand_for(people, said, nxt.speaker) else nxt
            if before is not None:  # 'Ann Lee agreed. "…"': not the paragraph before's voice
                q = replace(q, speaker=before.name, role=clean_role(before.role))
            elif nxt is not None:
                q = replace(q, speaker=nxt.speaker, role=nxt.role)
            elif q.cue is None and para >= 0 and _last_char(text, paras[para][0], q.start) in (
                    "", ".", "!", "?", '"', "”") and whole:
                ps = paras[max(0, para - 1)][0]
                # 'Cole praised Reed's work after Hurricane Katrina.' / '"…"': the subject
                # of the sentence before, not the last name it gives
                subj = _previous_subject(text, people, bounds, (ps, ps), q.start)
                m = bisect_right(people.mentions, (q.start, "")) - 1
                if subj is not None:
                    q = replace(q, speaker=subj.name, role=clean_role(subj.role))
                elif m >= 0 and people.mentions[m][0] >= ps:  # the person named just before
                    name = people.mentions[m][1]
                    q = replace(q, speaker=name, role=clean_role(people.roles.get(name)))
            if said is not None and said in _PERSONAL and q.speaker is not None and \
                    not may_stand_for(people, said, q.speaker):
                q = replace(q, speaker=None, role=None)
        if q.speaker is not None and not (q.mode == "indirect" and is_poll_share(q.speaker)):
            last = (para, q)  # (a poll's share voices its own report only)
        out.append(q)
    return out


def _partial_subjects(text: str, found: list, people: People,
                      bounds: Sequence[tuple[int, int]]) -> None:
    """A partial quote still without a speaker takes its sentence's subject: 'Carson
    called the system "rotten to the core."'."""
    for k, (ev, sp, verb, strength) in enumerate(found):
        g = ev.seg
        if ev.kind != "seg" or sp is not None or g is None:
            continue
        sent = _sentence_start(bounds, g.start)
        lead, inner = text[sent:g.start], text[g.inner_start:g.inner_end]
        clause = inner_subject(lead, inner)  # 'It grew so big that Lee thanked them "…"'
        if clause is not None and (sp := people.resolve(clause, g.start)) is not None:
            found[k] = (ev, sp, verb, strength)
            continue
        # 'As Ann Lee puts it, Reed is "…"': the aside's; 'But as Reed pledged to confront
        # "…," many …': the subject of the clause that holds the quote
        # 'in what Sam Cole, a former treasurer, called "…"': the clause's subject
        who = object_clause_subject(lead) or aside_source(lead) or \
            passive_agent(lead, text[g.end:g.end + 80]) or \
            subordinate_subject(lead) or asked_agent(lead) or partial_subject(lead, inner) or \
            lead_speaker(lead) or reporting_subject(lead)
        who = unfragment(who)
        if who is not None:  # 'he found Trump "charming"': "he" is resolved where it stands
            at = pronoun_at(text, sent, g.start, who.pronoun) if who.pronoun else g.start
            found[k] = (ev, people.resolve(who, at), verb, 0)


def _pull_quotes(text: str, found: list) -> None:  # the working tuples
    """A quote with no speaker whose words the text quotes elsewhere with a speaker (a pull
    quote set off from the text) takes that speaker: the first such quote in reading order.
    Each quote's first three words are looked up in an index of the runs of three words of
    the quotes with a speaker (at most ``_PULL_TRIES`` of them tried), so the text is read
    once, not once per quote."""
    wanted: list[tuple[int, str, tuple[str, ...]]] = []  # (quote, key, its first run)
    for k, (ev, sp, _verb, _strength) in enumerate(found):
        if ev.kind == "indirect" or sp is not None:
            continue
        g = ev.seg
        inner = text[g.inner_start:g.inner_end] if g is not None else text[ev.pos:ev.end]
        key = inner.strip(" \"“”„«»‘’'")[:40]
        if len(key.split()) >= 4:
            wanted.append((k, key, tuple(w.strip(_WORD_EDGE) for w in key.split()[:3])))
    if not wanted:
        return  # the common case: every long quote has a speaker, no index built
    firsts = {run[0] for _k, _key, run in wanted}  # only runs opening a wanted key indexed
    spans = [(ev.pos, ev.seg.end if ev.seg is not None else ev.end) for ev, *_ in found]
    index: dict[tuple[str, ...], list[int]] = {}

    def add(i: int) -> None:
        words = [w.strip(_WORD_EDGE) for w in text[spans[i][0]:spans[i][1]].split()]
        for run in {tuple(words[j:j + 3]) for j in range(len(words) - 2) if words[j] in firsts}:
            insort(index.setdefault(run, []), i)

    for i, other in enumerate(found):
        if other[1] is not None:
            add(i)
    for k, key, run in wanted:
        ev = found[k][0]
        for i in index.get(run, [])[:_PULL_TRIES]:
            other = found[i]
            if other[0] is not ev and text.find(key, *spans[i]) >= 0:
                found[k] = (ev, other[1], other[2], 1)
                add(k)
                break


#: How many quotes sharing a quote's first three words are tried as its pull quote's source.
_PULL_TRIES = 64
#: What may cling to a word's edges inside a quote: marks, punctuation, the word joiner
#: of typewriter marks (``typewriter_quotes``) and other zero-width characters.
_WORD_EDGE = " \"“”„«»‘’'.,;:!?()[]—–-\u2060\u200b\ufeff"


def _in_heading(text: str, g: Segment) -> bool:
    """Whether the line of segment ``g`` is a headline: its words outside the quote in
    title case."""
    ls = text.rfind("\n", 0, g.start) + 1
    le = text.find("\n", g.end)
    rest = text[ls:g.start] + " " + text[g.end:le if le >= 0 else len(text)]
    return len(rest.split()) >= 2 and title_case(rest)


def _finish(text: str, ev: _Event, sp: Speaker | None, verb: str | None, strength: int,
            bounds: Sequence[tuple[int, int]]) -> QuoteFind | None:
    name = fragment_free(clean_speaker(sp.name)) if sp else None
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
    if verb == ":" and name and headline_speaker(text, g.start, g.end) is not None:
        pass  # 'Tom Reed: Plan Has ‘Gone Off the Rails’': a headline's words, title case
    elif not _SPOKEN_END.search(inner) and all(w[:1].isupper() or not w[:1].isalpha()
                                               for w in inner.split()):
        return None  # "Parasite", "CBS This Morning": a title or a name, not speech
    elif names_a_work(text[sent:g.start], inner):
        return None  # 'on NBC's "Meet the Press."': a title, whatever its punctuation
    mode = "mixed" if partial else "direct"
    score = {3: 0.95, 2: 0.9, 1: 0.75, 0: 0.55}[strength] if name else 0.4
    return QuoteFind(g.start, g.end, name, role, verb, mode, score)
