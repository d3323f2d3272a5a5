"""Check-worthy sentences: figures and statistics, comparisons, causes and predictions, each
with a guessed ClaimBuster-style ``claim_type`` and a score to rank by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.text.nav import sentence_bounds

from .suggestion import Suggestion

_NUMBER = re.compile(
    r"(?<![\w.])(?:\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|thousand|"
    r"km|kilomet\w+|miles?|tons?|tonnes?|degrees?|years?|people|times)|[$€£¥]\s?\d[\d,.]*|"
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                   r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                   r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\b\d{1,2}:\d\d\b")
#: The word patterns, matched on the sentence in lower case (a third of the time of re.I).
_STAT_WORDS = re.compile(r"\b(?:percent|per cent|average|median|rate|majority|half|third|"
                         r"quarter|doubled|tripled|increase[ds]?|decrease[ds]?|rose|fell|"
                         r"grew|dropped|declined|surged)\b")
_COMPARE = re.compile(r"\b(?:more|less|fewer|greater|larger|smaller|higher|lower|bigger|"
                      r"worse|better)\s+than\b|\b(?:largest|biggest|highest|lowest|"
                      r"smallest|first|only|most|least|record|ever|never before|"
                      r"unprecedented)\b")
_CAUSAL = re.compile(r"\b(?:because|due to|caused|causes|causing|led to|leads to|result(?:ed)? "
                     r"(?:of|in)|as a result|thanks to|contributed to|responsible for|"
                     r"blamed|triggered|linked to|so that)\b")
_PREDICT = re.compile(r"\b(?:is expected to|are expected to|forecasts?|predicts?|projected|"
                      r"likely to|set to|on track to|by (?:the end of )?20\d\d|next (?:year|"
                      r"month|week|decade))\b")
_MAYBE = re.compile(r"\b(?:will|won't|would|could|may|might|going to)\b")
_OPINION = re.compile(r"\b(?:i think|i believe|in my opinion|should|must|ought to|shameful|"
                      r"pathetic|wonderful|terrible)\b")


def classify(sentence: str) -> tuple[str, float]:
    """(claim_type, score) of one sentence; score 0 when it is not worth checking."""
    words = sentence.split()
    if len(words) < 6 or sentence.rstrip().endswith("?"):
        return "factual", 0.0
    numbers = [m.group() for m in _NUMBER.finditer(_DATE.sub(" ", sentence))]
    figures = [n for n in numbers if not _YEAR.match(n.strip())]
    score = 0.0
    kind = "factual"
    sentence = sentence.lower()
    if figures:
        score += 0.45 + 0.1 * min(len(figures), 3)
        kind = "statistical"
    if _STAT_WORDS.search(sentence):
        score += 0.15
        kind = "statistical" if figures else kind
    if _COMPARE.search(sentence):
        score += 0.35
    if _CAUSAL.search(sentence):
        score += 0.4
        if not figures:
            kind = "causal"
    strong, maybe = _PREDICT.search(sentence), _MAYBE.search(sentence)
    if strong or maybe:
        score += 0.35 if strong else 0.15
        if not figures and kind == "factual":
            kind = "prediction"
    if _OPINION.search(sentence):
        score -= 0.3
        if score > 0 and kind == "factual":
            kind = "opinion"
    return kind, max(0.0, min(1.0, score))


def find_claims(text: str, part: str, quotes: list[Suggestion], threshold: float = 0.35,
                bounds: list[tuple[int, int]] | None = None,
                skip: Sequence[tuple[int, int]] = ()) -> list[Suggestion]:
    """Check-worthy sentences of ``text``, best first; a claim inside a quote is its
    speaker's."""
    out: list[Suggestion] = []
    for s, e in sentence_bounds(text) if bounds is None else bounds:
        sent = text[s:e]
        if "\n" in sent or any(a <= s < b for a, b in skip):
            continue  # captions, tag lines, attribution lines, boilerplate: not claims
        kind, score = classify(sent)
        if score < threshold:
            continue
        q = next((q for q in quotes if q.start <= s < q.end or s <= q.start < e), None)
        claimant = q.fields.get("speaker") if q else None
        out.append(Suggestion("claim", part, s, e, sent,
                              {"claimant": claimant, "claim_type": kind}, score))
    return sorted(out, key=lambda c: -c.score)
