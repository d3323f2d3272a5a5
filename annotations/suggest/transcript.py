"""Transcript lines: a paragraph that a speaker's label in capitals opens (``TRUMP: We will
win.``, ``SEN. ANN LEE (D-OHIO): …``) and whose words carry no quotation mark of their own:
the label's speaker says all of it.

A label is read as a speaker only when the text shows it is one: a name in capitals whose
words the text also writes as a person's name (``TAPPER`` for ``Jake Tapper``), or a label
in a run of labelled paragraphs with at least two speakers, one of them a name the text
writes (an exchange). ``CORRECTION:``, ``UPDATE:`` or ``BOOM:`` name no one, and an
interview's ``Q:`` and ``A:`` are left out: they name no one either, and an answer holds
the reports of others (``The polls show …``) that would lose their own speakers."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .names import Mention
from .vocab import TITLES

#: A label at a paragraph's start: up to five words in capitals (a title among them; two
#: letters at least: not an interview's ``Q``), a short parenthesis (a party tag, a role),
#: then a colon and the words spoken (``Ann Lee: …`` in mixed case may be a place's or a
#: list's heading: not read).
_CAPS = r"(?:[A-Z][A-Z'’.-]*[ \u00a0]+){0,4}[A-Z][A-Z'’-]+"
_LABEL_RE = re.compile(rf"(?P<label>{_CAPS})(?:[ \u00a0]*\([^()\n]{{1,30}}\))?"
                       r"[ \t\u00a0]*:[ \t\u00a0]+(?=[^\s\"“”«„'‘])")
#: A quotation mark: a line that holds one is read by the marks, not as a transcript's.
_MARK_RE = re.compile(r"[\"“”«»„]")


#: Lower-case words a list of names or numbers holds.
_LIST_WORDS = frozenset({"and", "or", "of", "de", "van", "von", "der", "da", "la", "le", "du"})


@dataclass(frozen=True)
class Line:
    """One transcript line: the span of its words (after the label) and who says them."""

    start: int
    end: int
    speaker: Mention


def _bare_label(label: str) -> str:
    """The label's name without its titles: ``SEN. ANN LEE`` -> ``ANN LEE``."""
    words = label.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _written_name(label: str, names: Collection[str]) -> str | None:
    """The name the text writes for a label in capitals: the longest of ``names`` whose
    words end with the label's (``TAPPER`` -> ``Jake Tapper``); None when none does."""
    want = _bare_label(label).upper().split()
    found = [n for n in names if n.upper().split()[-len(want):] == want]
    return max(found, key=len) if found else None


def transcript_lines(text: str, paras: Sequence[tuple[int, int]],
                     names: Collection[str]) -> list[Line]:
    """The transcript lines of ``text`` (its paragraphs ``paras``), given the person
    names the text writes (``names``)."""
    found: list[tuple[int, str, int, int]] = []  # (paragraph, label, start, end)
    for k, (s, e) in enumerate(paras):
        m = _LABEL_RE.match(text, s, e)
        if m is None or _MARK_RE.search(text, m.end(), e):
            continue
        words = set(re.findall(r"(?<![\w.])[a-z][a-z'’-]+\b", text[m.end():e])) - _LIST_WORDS
        if not words:
            continue  # "Ann Lee: 1,501.", "Ohio: Ann Lee, Tom Ford and Jo Park": no speech
        found.append((k, m.group("label"), m.end(), e))
    written = {label: _written_name(label, names) for label in {f[1] for f in found}}
    out = []
    for i, (k, label, s, e) in enumerate(found):
        # an exchange around it: the labelled paragraphs at most two before or after
        run = {lab for kk, lab, _s, _e in found[max(0, i - 2):i + 3] if abs(kk - k) <= 2}
        # two speakers at least, one of them a name the text writes (not "CORRECTION:"
        # then "UPDATE:")
        exchange = len({_bare_label(x) for x in run}) >= 2 and any(written[x] for x in run)
        if written[label] is None and not exchange:
            continue  # "CORRECTION:", "BOOM:": no one the text names
        out.append(Line(s, e, Mention(name=cased(label, names, written[label]))))
    return out


def cased(label: str, names: Collection[str], written: str | None = None) -> str:
    """A name written in capitals as the text writes it elsewhere (``TAPPER`` -> ``Jake
    Tapper``), else, of two words or more, each word capitalised (``ANN LEE`` -> ``Ann
    Lee``; one word may be an acronym: ``CNN``); ``written``: the first, when already
    looked up."""
    bare = _bare_label(label).split()
    return written or _written_name(label, names) or (
        " ".join(w.capitalize() for w in bare) if len(bare) > 1 else label)
