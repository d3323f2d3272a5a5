"""Sensible defaults for the tag form: who is speaking, who holds a stance.

Heuristics, not NLP: an attribution line after a set-off quote (``- said the Russian
president.``), a reporting verb next to the span (``"...," Zhao said``, ``Putin said:``),
``according to ...``, and pronouns (``he told reporters``) resolved to the last person named
before the span. Short names are expanded to the fullest form the article uses (``Zhao`` ->
``Zhao Lijian``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .article import Article

VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|explained|argued|stressed|responded|"
    "emphasized|emphasised|wrote|writes|stated|claimed|warned|insisted|declared|asked|replied|"
    "continued|concluded|suggested|acknowledged|admitted|announced|hinted"
)
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_PRONOUN = r"(?:he|she|they|He|She|They)"
_AFTER_RE = re.compile(
    rf"^[,.!?…]?[\"”’]?[,]?\s*(?:(?P<verb1>{VERBS})\s+(?P<name1>{_NAME}|{_PRONOUN})"
    rf"|(?P<name2>{_NAME}|{_PRONOUN})\s+(?:(?:also|then|later)\s+)?(?P<verb2>{VERBS}))\b"
)
_BEFORE_RE = re.compile(
    rf"(?P<name>{_NAME}|{_PRONOUN})\s+(?:(?:also|then|later)\s+)?(?P<verb>{VERBS})"
    rf"(?:\s+\w+)?\s*[:,]?\s*[\"“]?$"
)
_LEADING_RE = re.compile(rf"^(?P<name>{_NAME}|{_PRONOUN})\s+(?P<verb>{VERBS})\b(?P<that>\s+that)?")
_ACCORDING_RE = re.compile(r"[Aa]ccording to (?P<who>[^,.;]+)")
_PERSON_RE = re.compile(r"\b([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,5})\b")
_INSIDE_RE = re.compile(
    rf"[,.!?…][\"”’]\s+(?:(?P<name1>{_NAME}|{_PRONOUN})\s+(?P<verb1>{VERBS})"
    rf"|(?P<verb2>{VERBS})\s+(?P<name2>{_NAME}))\b"
)
_NOT_PERSON = set(
    "The A An On In At According Chinese Russian American China Russia United States Beijing "
    "Moscow Washington Foreign Ministry Club Post University Academy Sciences Council "
    "Federation Movement Defense Department Valdai Discussion Morning South North East West "
    "Cold War Soviet Union Belt Road Initiative Eurasian Economic Liberation Army Atlantic "
    "Pacific Asia Security Dialogue Treaty Nuclear Forces Western Military Alliance Getty "
    "Images Friday Monday Tuesday Wednesday Thursday Saturday Sunday January February March "
    "April May June July August September October November December Kremlin Non Aligned "
    "Intermediate Relations International State Social Shanghai Renmin Editor Picks President "
    "Secretary Minister Professor Councilor Spokesperson Mr Mrs Ms Dr General Chairman "
    "Premier Prime Senator Governor Mayor Ambassador".split()
)
_ROLE_RE = re.compile(
    r"^-\s*(?:(?:this|the) \w+ (?:was|were) (?:expressed|stated|voiced) by |"
    rf"(?:{VERBS}) )?(?P<role>.*?)(?:\s+(?:{VERBS}))?[.,]?$"
)


@dataclass(frozen=True)
class SpeakerGuess:
    """A guessed speaker with the evidence for it."""

    speaker: str | None
    role: str | None = None
    cue: str | None = None
    mode: str = "direct"


def person_names(text: str) -> list[str]:
    """Person-like names (2-3 capitalised words, no place/organisation words), in order."""
    out = []
    for m in _PERSON_RE.finditer(text):
        words = [w.removesuffix("'s").removesuffix("’s") for w in m.group(1).split()]
        while words and words[0] in _NOT_PERSON:
            words = words[1:]
        while words and words[-1] in _NOT_PERSON:
            words = words[:-1]
        # keep the run of non-stop words at the end: "Social Sciences Li Lifan" -> "Li Lifan"
        tail: list[str] = []
        for w in reversed(words):
            if w in _NOT_PERSON:
                break
            tail.insert(0, w)
        if 2 <= len(tail) <= 3:
            out.append(" ".join(tail))
    return out


def full_name(article: Article, name: str) -> str:
    """Expand ``Zhao`` to ``Zhao Lijian`` when the article names him in full somewhere."""
    if " " in name:
        return name
    best = None
    for cand in person_names(article.body):
        parts = cand.split()
        if name in parts and (best is None or len(cand) > len(best)):
            best = cand
    return best or name


def _most_named(article: Article) -> str | None:
    names = person_names(article.body)
    if not names:
        return None
    counts: Counter[str] = Counter()
    for n in set(names):
        counts[n] = len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", article.body))
    return counts.most_common(1)[0][0]


def _last_person_before(article: Article, pos: int) -> str | None:
    text = article.body[:pos]
    last: tuple[int, str] | None = None
    for n in set(person_names(article.body)):
        for form in (n, n.split()[-1], n.split()[0]):
            i = text.rfind(form)
            if i >= 0 and (last is None or i > last[0]):
                last = (i, n)
    return last[1] if last else None


def _resolve(article: Article, name: str, pos: int) -> str:
    if re.fullmatch(_PRONOUN, name):
        return _last_person_before(article, pos) or name
    return full_name(article, name)


def _from_attribution(article: Article, line: str, pos: int) -> SpeakerGuess:
    verb = re.search(rf"\b({VERBS})\b", line)
    cue = f"- {verb.group(1)}" if verb else "-"
    names = person_names(line)
    m = _ROLE_RE.match(line.strip())
    role = m.group("role").strip() if m else None
    if names:
        name = names[0]
        if role:
            role = role.split(name)[0].strip(" ,") or None
        return SpeakerGuess(name, role, cue)
    # no name on the line: "according to X" just before, or the article's main figure
    before = article.body[max(0, pos - 600) : pos]
    acc = list(_ACCORDING_RE.finditer(before))
    if acc:
        named = person_names(acc[-1].group("who"))
        if named:
            return SpeakerGuess(named[-1], role, cue)
    if role and re.search(r"\b(president|leader|head of state)\b", role, re.I):
        main = _most_named(article)
        if main:
            return SpeakerGuess(main, role, cue)
    return SpeakerGuess(role, None, cue)


def guess_speaker(article: Article, part: str, start: int, end: int) -> SpeakerGuess:
    """Who probably said the text at ``start:end`` of ``part``."""
    if part != "body":
        c = article.comment(part)
        return SpeakerGuess(c.author if c else None, None, None)
    body = article.body
    # 1. a set-off quote followed by an attribution line
    for i, b in enumerate(article.blocks):
        if b.start <= start < b.end + 1 and b.kind == "quote":
            nxt = article.blocks[i + 1] if i + 1 < len(article.blocks) else None
            if nxt is not None and nxt.kind == "attribution":
                return _from_attribution(article, nxt.text, b.start)
    # 2. a reporting verb right after the span: '..." Zhao said', '," he told reporters'
    m = _AFTER_RE.match(body[end : end + 80])
    if m:
        name = m.group("name1") or m.group("name2")
        verb = m.group("verb1") or m.group("verb2")
        return SpeakerGuess(_resolve(article, name, start), None, verb, "direct")
    # 3. reported speech: 'He said that anything was possible'
    m = _LEADING_RE.match(body[start:end])
    if m:
        mode = "indirect" if m.group("that") else "mixed" if '"' in body[start:end] else "direct"
        return SpeakerGuess(_resolve(article, m.group("name"), start), None, m.group("verb"),
                            mode)
    # 3b. the span holds its own attribution: '"...," Putin responded when asked'
    m = _INSIDE_RE.search(body[start:end])
    if m:
        name = m.group("name1") or m.group("name2")
        verb = m.group("verb1") or m.group("verb2")
        return SpeakerGuess(_resolve(article, name, start + m.start()), None, verb)
    # 4. or right before it: 'Putin said: "...'
    m = _BEFORE_RE.search(body[max(0, start - 80) : start])
    if m:
        return SpeakerGuess(_resolve(article, m.group("name"), start), None, m.group("verb"))
    # 5. "according to ..." in the same sentence
    sent_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
    acc = _ACCORDING_RE.search(body[sent_start:end])
    if acc:
        named = person_names(acc.group("who"))
        if named:
            return SpeakerGuess(named[-1], None, "according to", "indirect")
    return SpeakerGuess(None)


def default_holder(article: Article, part: str) -> str:
    """A stance's default holder: the comment's author, or the outlet for article text;
    empty (for the analyst to fill) when the outlet is unknown: never a placeholder."""
    if part != "body":
        c = article.comment(part)
        if c is not None:
            return c.author
    return article.source or ""
