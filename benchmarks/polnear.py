"""PolNeAR (networkdynamics/PolNeAR) read from a local copy: articles, their attributions
(brat standoff: source, cue, content) and CoreNLP's coreference chains.

The corpus states no licence to redistribute: it is never part of this repository, and no
test depends on it. Extract its ``train`` and ``dev`` splits somewhere outside the
repository (``data/train/{text,attributions,corenlp}``) and pass that path. The ``test``
split is refused: it is read once, by others, for the project's final figure.

Parsed coreference is cached beside each CoreNLP file (``*.coref.json``): the XML is 800 MB.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

SPLITS = ("train", "dev")
Span = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution: the spans of its source, cue and content (each may be
    discontinuous); ``source`` is empty for an attribution with no source."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass
class PolArticle:
    """One article: its text, attributions and coreference chains (character spans)."""

    name: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)
    chains: list[list[Span]] = field(default_factory=list)

    def span_text(self, spans: tuple[Span, ...]) -> str:
        """The text of (possibly discontinuous) spans, joined by a space."""
        return " ".join(self.text[a:b] for a, b in spans)

    def source_forms(self, att: Attribution) -> list[str]:
        """What names an attribution's source: its own text and every mention of a
        coreference chain that holds a mention overlapping it."""
        forms = [self.span_text(att.source)] if att.source else []
        for chain in self.chains:
            if any(a < e and s < b for a, b in chain for s, e in att.source):
                forms.extend(self.text[a:b] for a, b in chain)
        return forms


def _spans(field_text: str) -> tuple[Span, ...]:
    """``Content 120 211;300 400`` -> ((120, 211), (300, 400))."""
    _label, _, rest = field_text.partition(" ")
    out = []
    for part in rest.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one brat ``.ann`` file (events ``E`` tying Source, Cue,
    Content)."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            try:
                spans[parts[0]] = _spans(parts[1])
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            events.append(parts[1].split())
    out = []
    for ev in events:
        roles: dict[str, tuple[Span, ...]] = {}
        for arg in ev:
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789")
            if tid in spans:
                roles[role] = roles.get(role, ()) + spans[tid]
        if "Content" in roles and "Cue" in roles:
            out.append(Attribution(tuple(sorted(roles.get("Source", ()))),
                                   tuple(sorted(roles["Cue"])),
                                   tuple(sorted(roles["Content"]))))
    return out


def read_coref(path: Path) -> list[list[Span]]:
    """CoreNLP XML's coreference chains as lists of character spans (cached as JSON)."""
    cache = path.with_name(path.name + ".coref.json")
    if cache.is_file() and cache.stat().st_mtime >= path.stat().st_mtime:
        return [[(a, b) for a, b in chain] for chain in json.loads(cache.read_text())]
    tokens: dict[tuple[int, int], Span] = {}
    chains: list[list[tuple[int, int, int]]] = []
    sent = 0
    in_coref = 0
    chain: list[tuple[int, int, int]] = []
    mention: dict[str, int] = {}
    tok_id = 0
    begin = 0
    for event, el in ET.iterparse(path, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag == "sentence" and not in_coref and el.get("id"):
                sent = int(el.get("id", "0"))
            elif tag == "token":
                tok_id = int(el.get("id", "0"))
            elif tag == "coreference":
                in_coref += 1
                if in_coref == 2:
                    chain = []
            elif tag == "mention":
                mention = {}
            continue
        if tag == "CharacterOffsetBegin":
            begin = int(el.text or 0)
        elif tag == "CharacterOffsetEnd":
            tokens[(sent, tok_id)] = (begin, int(el.text or 0))
        elif in_coref and tag in ("sentence", "start", "end"):
            mention[tag] = int(el.text or 0)
        elif tag == "mention":
            chain.append((mention["sentence"], mention["start"], mention["end"]))
        elif tag == "coreference":
            if in_coref == 2:
                chains.append(chain)
            in_coref -= 1
        if tag in ("token", "mention", "sentence") and not (in_coref and tag == "sentence"):
            el.clear()
    out: list[list[Span]] = []
    for ch in chains:
        spans = []
        for s, a, b in ch:
            first, last = tokens.get((s, a)), tokens.get((s, b - 1))
            if first and last:
                spans.append((first[0], last[1]))
        out.append(spans)
    cache.write_text(json.dumps(out))
    return out


def load_split(root: Path, split: str, limit: int | None = None) -> list[PolArticle]:
    """The articles of ``split`` (train or dev) under ``root`` (the corpus' ``data``
    directory, or a directory holding it). One annotation per article (the first by name
    when several annotators did it)."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r}: only {', '.join(SPLITS)} are read (never test)")
    base = root / "data" if (root / "data" / split).is_dir() else root
    d = base / split
    anns: dict[str, Path] = {}
    for p in sorted((d / "attributions").glob("*.ann")):
        stem = p.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, p)
    out = []
    for t in sorted((d / "text").glob("*.txt")):
        ann = anns.get(t.stem)
        if ann is None:
            continue
        art = PolArticle(t.stem, t.read_text(encoding="utf-8"), read_ann(ann))
        xml = d / "corenlp" / f"{t.name}.xml"
        if xml.is_file():
            art.chains = read_coref(xml)
        out.append(art)
        if limit is not None and len(out) >= limit:
            break
    return out
