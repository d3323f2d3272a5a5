"""A second, labelled figure for PolNeAR's sources written as a name or a noun phrase: the
speakers the official scorer (``polnear_score``) rejects although the article's own words
show they are right. It never changes the official figure; it only counts what that figure's
matching (source text and CoreNLP chains) cannot see:

- *role*: a definite role (``the president``, ``The New Jersey governor``, ``his brother``)
  whose chain holds no name, and the speaker is the person the article last gave that role
  before the source: the role's head (or its abbreviation, ``Sen.``) written before their
  name (``President Barack Obama``) or an apposition giving it after their name (``Ben
  Carson, a retired neurosurgeon``), its capitalised modifiers with it (``Florida Sen.``);
  an indefinite role (``a friend``) is a new person and is never credited;
- *lone name*: a source written as one capitalised word that opens the speaker's fuller
  name of two to four words with no organisation word (``Xi`` / ``Xi Jinping``, ``Ban`` /
  ``Ban Ki-moon``, ``Betsy`` / ``Betsy Ebeling``).

    python -m benchmarks.speaker_reading DIR   (PolNeAR's data directory: train and dev)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from annotations.suggest.vocab import ORG_WORDS, TITLES
from benchmarks.polnear import load_split
from benchmarks.polnear_score import norm, score

#: Nouns for someone by what they do (``pollster``, ``neurosurgeon``), beside the titles.
_AGENT = re.compile(r"[a-z]{3,}(?:ster|ist|ant|ent|ian|er|or|ee|eon)s?")
#: A title's abbreviation before a name.
_ABBREVIATED = {"senator": "sen", "governor": "gov", "representative": "rep",
                "congressman": "rep", "congresswoman": "rep", "general": "gen",
                "secretary": "sec", "professor": "prof"}
#: Words after a role's head that open what modifies it (``The senator from Vermont``).
_AFTER_HEAD = frozenset({"of", "who", "for", "at", "in", "with", "on", "from"})


def role_head(source: str) -> str | None:
    """The head noun of a definite role written in lower case (``The Florida senator`` ->
    ``senator``), None for a name, an indefinite phrase or a noun no one holds."""
    src = source.strip(" ,.\u00a0")
    first = src.split()[0].lower() if src.split() else ""
    if not src or first in ("a", "an") or src[:1].isupper() and first != "the":
        return None
    words = re.sub(r"^the\s+", "", src.lower()).split()
    cut = next((k for k, w in enumerate(words) if k and w in _AFTER_HEAD), len(words))
    head = words[cut - 1] if cut else None
    return head if head and (head in TITLES or _AGENT.fullmatch(head)) else None


def last_holder(text: str, head: str, pos: int, modifiers: list[str]) -> str | None:
    """The last word of the name the text last gave the role ``head`` before ``pos``, its
    capitalised ``modifiers`` written with it (``Florida Sen. Marco Rubio`` -> ``Rubio``)."""
    alts = "|".join(re.escape(a) for a in {head, _ABBREVIATED.get(head, head)})
    found: list[tuple[int, str]] = []
    for m in re.finditer(rf"\b(?i:{alts})\.?\s+((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]*)",
                         text[:pos]):
        if all(x in text[max(0, m.start() - 40):m.start()] for x in modifiers):
            found.append((m.start(), re.sub(r"['’]s$", "", m.group(1).split()[-1])))
    for m in re.finditer(rf"\b([A-Z][\w'’-]*),\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){{0,4}}"
                         rf"(?i:{alts})\b", text[:pos]):
        if all(x in m.group() for x in modifiers):
            found.append((m.start(), m.group(1)))
    return max(found)[1] if found else None


def by_reading(text: str, source: str, speaker: str | None, pos: int) -> str | None:
    """Why a speaker the official scorer rejected is right by the article's words (``role``,
    ``lone name``), or None. ``pos``: where the source starts in ``text``."""
    if not speaker or not speaker[:1].isupper():
        return None
    words = speaker.split()
    head = role_head(source)
    if head is not None:
        modifiers = [w for w in source.split()[1:] if w[:1].isupper()]
        return "role" if last_holder(text, head, pos, modifiers) == words[-1] else None
    lone = norm(source).split()
    if len(lone) == 1 and len(source.split()) <= 2 and 2 <= len(words) <= 4 and \
            words[0].lower() == lone[0] and \
            not any(w.lower().strip(".") in ORG_WORDS for w in words):
        return "lone name"
    return None


def main() -> None:
    """Print, per split, the official named figure and the one read from the text."""
    root = Path(sys.argv[1])
    print(f"{'split':<6} {'named (official)':>18} {'named (by reading)':>20}  credited")
    for split in ("train", "dev"):
        sc = score(load_split(root, split))
        kinds: dict[str, int] = {}
        for _name, text, source, speaker, pos in sc.named_wrong:
            kind = by_reading(text, source, speaker, pos)
            if kind:
                kinds[kind] = kinds.get(kind, 0) + 1
        right, n = sc.speaker_named
        more = sum(kinds.values())
        print(f"{split:<6} {right / n:>12.3f} ({n:>4}) {(right + more) / n:>14.3f} ({n:>4})  "
              + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
