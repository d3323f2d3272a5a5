"""Issue #26's reach criteria checked over real articles, as counts: ``]``/``[`` in the
reader's order (from the top, and after accepting or rejecting each suggestion), what the
status line names being what ``A`` acts on, no suggestion in hidden boilerplate, and no role
the tag form would propose that is a title or a fragment.

    python -m benchmarks.reach_check [--polnear DIR] [--bullets] [--roles FILE]

Reads the bundled seeds and the page fixtures, and with ``--polnear`` PolNeAR's ``train``
split (never dev: its texts are not to be read; see ``benchmarks/polnear.py``); ``--bullets``
checks each PolNeAR article again with every third paragraph holding a mark made a teaser
bullet (boilerplate, hidden). The stepping is ``SuggestionMarks``' own, over the offsets
``kept_segments`` gives the view; the role test is independent of ``roles.clean_role``.
``--roles FILE`` writes every flagged role with its article (train text only)."""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from annotations.errors import InputError
from annotations.model.article import Article
from annotations.sources.loader import load_article
from annotations.sources.parse import build_blocks
from annotations.suggest import Suggestion, suggest
from annotations.suggest.vocab import TITLES
from benchmarks.polnear import load_split
from seeds import seed_paths
from tui.widgets.passage.offsets import OffsetMap, hidden_ranges, kept_segments
from tui.widgets.passage.suggestions import SuggestionMarks, SuggestionsShown, reading_order

PAGES = [Path(__file__).parent.parent / "tests" / "fixtures" / d for d in ("pages", "handmade")]
#: Abbreviated and courtesy titles: a role of these alone is a title, not a role.
_TITLES_ONLY = {"mr", "mrs", "ms", "miss", "dr", "sir", "sen", "sens", "rep", "reps", "gov",
                "govs", "gen", "adm", "capt", "lt", "col", "sgt", "prof", "rev", "maj", "cmdr"}
#: Words no role starts or ends with (a clause's or a phrase's edge).
_NO_EDGE = {"when", "while", "after", "before", "as", "if", "since", "because", "but", "and",
            "or", "in", "on", "at", "of", "for", "to", "with", "by", "from", "that", "which",
            "who", "whose", "like", "such", "under", "the", "a", "an", "is", "was"}
_NO_LAST = {"former", "himself", "herself", "his", "her", "their", "its"}
_CLAUSE = re.compile(r"\s(?:who|which|said|says|told|would|will)\s|\s[a-z]+ed\s(?:the|a|an)\s"
                     r"|\s(?:at|by) the time\s|\ssuch as\s"
                     r"|\sand\s(?:now\s)?[a-z]+s\s(?:the|as(?!\swell\sas\s))\s")
_HOLE = re.compile(r"\s(?:of|for|the|and)\s+of\s", re.I)


def _bare(word: str) -> str:
    return word.strip(".,;:()[]\"“”'’‘—–").lower()


def role_fault(role: str) -> str | None:
    """Why ``role`` is no role the form should propose (a title, a fragment), or None."""
    words = role.split()
    if not words or role != role.strip() or "\n" in role:
        return "empty or spaced"
    if all(_bare(w) in _TITLES_ONLY for w in words):
        return "title"
    half = bool(sum(role.count(m) for m in "“”") % 2 or role.count('"') % 2)
    closes_title = role[-1] in "”\"" and not half  # "author of “The Long Road”"
    if not role[0].isalnum() or role[-1] in ".,;:!?—–-\"“”‘’'«»(" and not closes_title:
        return "punctuation at an edge"
    if _bare(words[0]) in _NO_EDGE - {"the", "a", "an"} or _bare(words[-1]) in _NO_EDGE \
            | _NO_LAST:
        return "dangling word"
    if len(words[-1]) == 1 and words[-1].isupper():
        return "cut at an initial"
    if _CLAUSE.search(f" {role} ") or _HOLE.search(role):
        return "clause or hole"
    if half:
        return "half a quotation"
    if not any(_bare(w) in TITLES or _bare(w).rsplit("-", 1)[-1] in TITLES for w in words):
        return "no role noun"
    return None


class Tally:
    """The counts, and the flagged roles with where they are."""

    def __init__(self) -> None:
        self.n: Counter[str] = Counter()
        self.roles: list[tuple[str, str, str]] = []

    def article(self, art: Article, where: str) -> None:
        """Check one article's suggestions."""
        found = suggest(art)
        self.n["articles"] += 1
        self.n["suggestions"] += len(found)
        junk = [(b.start, b.end) for b in art.blocks if b.kind == "boilerplate"]
        hidden = hidden_ranges(art.body, art.blocks)
        body_map = OffsetMap(kept_segments(art.body, art.blocks))
        for s in found:
            role = s.fields.get("speaker_role") if s.kind == "quote" else None
            if role:
                self.n["roles"] += 1
                why = role_fault(role)
                if why:
                    self.n[f"roles: {why}"] += 1
                    self.roles.append((where, why, role))
            if s.part == "body" and any(a < s.end and s.start < b for a, b in junk + hidden):
                self.n["suggestions in hidden text"] += 1
        parts: dict[str, list[Suggestion]] = {}
        for s in found:
            parts.setdefault(s.part, []).append(s)
        for part, items in parts.items():
            if part == "body":
                omap = body_map
            else:
                c = art.comment(part)
                omap = OffsetMap([(0, 0, len(c.text) if c else 0)])
            marks = SuggestionMarks(SuggestionsShown())
            marks.set(items, part)
            self.steps(marks.visible(lambda src, m=omap: m.to_display(src) is not None), omap)

    def steps(self, items: list[Suggestion], omap: OffsetMap) -> None:
        """``]`` and ``[`` over ``items`` as the view steps: from the top, and after each one
        is accepted or rejected (the reader's refresh drops it, the cursor stays)."""
        if not items:
            return
        self.n["suggestion lists"] += 1

        def cursor(s: Suggestion) -> int:
            d = omap.to_display(s.start)
            return omap.to_source(d if d is not None else 0)

        if len({reading_order(s) for s in items}) < len(items):
            self.n["lists with a tie in reading order"] += 1
        for step, expect in ((1, items), (-1, items[::-1])):
            marks, src, seen = SuggestionMarks(SuggestionsShown()), 0, []
            marks.set(items, items[0].part)
            for _ in items:
                target = marks.step(items, src, step)
                marks.current, src = target, cursor(target)
                seen.append(target)
                self.n["steps from the top"] += 1
                if marks.at(items, src) is not target:
                    self.n["steps: the one named is not the one A acts on"] += 1
            self.n["steps from the top, out of order"] += sum(
                a is not b for a, b in zip(seen, expect, strict=True))
        for k, s in enumerate(items):
            for how in ("reject", "accept"):
                gone = {k} if how == "reject" else {
                    j for j, o in enumerate(items)
                    if o.kind == s.kind and o.start < s.end and s.start < o.end}
                rest = [o for j, o in enumerate(items) if j not in gone]
                if not rest:
                    continue
                after = [o for j, o in enumerate(items) if j > k and j not in gone]
                before = [o for j, o in enumerate(items) if j < k and j not in gone]
                for step, expect in ((1, (after or before)[0]), (-1, (before or after)[-1])):
                    marks = SuggestionMarks(SuggestionsShown())
                    marks.set(items, s.part)
                    marks.current = s
                    marks.set(rest, s.part)
                    self.n[f"steps after {how}"] += 1
                    if marks.step(rest, cursor(s), step) is not expect:
                        self.n[f"steps after {how}, out of order"] += 1


def _polnear(root: str, bullets: bool) -> Iterator[tuple[Article, str]]:
    for pa in load_split(Path(root), "train"):
        body = pa.text.strip("\n")
        yield _article(pa.name, body), pa.name
        if bullets:
            paras = body.split("\n")
            marked = [i for i, t in enumerate(paras) if t.strip() and any(
                m in t for m in "\"“”")]
            for i in marked[::3]:
                paras[i] = "• " + paras[i]
            yield _article(pa.name + "+bullets", "\n".join(paras)), pa.name + "+bullets"


def _article(name: str, body: str) -> Article:
    return Article(id=hashlib.sha1(name.encode()).hexdigest()[:16], title=name, body=body,
                   blocks=build_blocks(body), language="en")


def _bundled() -> Iterator[tuple[Article, str]]:
    paths = seed_paths() + sorted(p for d in PAGES for p in d.glob("*.html"))
    for p in paths:
        try:
            arts = load_article(p).articles
        except InputError:  # a page with no article on it (a home page fixture)
            continue
        for a in arts:
            yield a, p.name


def run(sources: list[Callable[[], Iterator[tuple[Article, str]]]]) -> Tally:
    """The tally over every article of ``sources``."""
    tally = Tally()
    for source in sources:
        for art, where in source():
            tally.article(art, where)
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", help="PolNeAR's data directory (train is read, never dev)")
    ap.add_argument("--bullets", action="store_true", help="also with teaser bullets")
    ap.add_argument("--roles", help="write the flagged roles here")
    args = ap.parse_args()
    sources: list[Callable[[], Iterator[tuple[Article, str]]]] = [_bundled]
    if args.polnear:
        sources.append(lambda: _polnear(args.polnear, args.bullets))
    tally = run(sources)
    for key, n in sorted(tally.n.items()):
        print(f"{key:<52} {n:>8,}")
    if args.roles:
        Path(args.roles).write_text("".join(f"{w}\t{why}\t{r}\n" for w, why, r in tally.roles),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
