"""The two seed articles in a store, tagged as an analyst would for issue #24's tests
(speakers, claims and comment stances). Offsets are found from the text, never hard-coded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotations import parse_article
from annotations.model.models import Anchor, Claim, Quote, Stance
from annotations.store import AnnotationStore
from tests.conftest import RU_SEED, US_SEED

#: (seed, text, speaker, role, mode) of the body quotes tagged in the tests
QUOTES = [
    ("ru", "Time will tell how our relationship will develop further. So far we have not set "
           "these goals for ourselves, but in principle we do not exclude such a possibility. "
           "So let's see", "Vladimir Putin", "Russian president", "direct"),
    ("ru", "demonstrate the high level and special nature of our bilateral ties.",
     "a Foreign Ministry spokesman", None, "direct"),
    ("ru", "Both China and Russia are objects of criticism in the presidential elections in "
           "the United States", "Li Lifan", "researcher", "direct"),
    ("ru", "the chances of a military alliance between Russia and China are still slim",
     "Li Lifan", "researcher", "indirect"),
    ("ru", "Putin's words may be an attempt to set Washington and Beijing against each other",
     "Shi Yinhong", "Professor of International Relations", "indirect"),
    ("us", "You can imagine everything", "Putin", None, "direct"),
    ("us", "We have always assumed that our relations have reached such a degree of "
           "interaction and trust that we do not need it, but theoretically it is quite "
           "possible to imagine such a thing", "Vladimir Putin", None, "direct"),
    ("us", "but, in principle, we are not going to exclude this, so let's see.",
     "President Putin", "Russian President", "direct"),
    ("us", "China noted President Putin's positive remarks on China-Russia relations at the "
           "annual meetings of the Valdai Discussion Club in recent years, which demonstrates "
           "the high level and specialty of our bilateral ties,", "Zhao Lijian",
     "Foreign Ministry spokesperson", "direct"),
    ("us", "There is no limit to China-Russia traditional friendship and no restricted area for "
           "expanding our cooperation", "Zhao", None, "direct"),
    ("us", "Our primary competitors—China and Russia—are rapidly modernizing their armed forces",
     "U.S. Defense Secretary Mark Esper", "Defense Secretary", "direct"),
]
#: (seed, text, claim_type, verdict)
CLAIMS = [
    ("ru", "China is still part of the Non-Aligned Movement", "factual", "true"),
    ("us", "The two nations announced last year that they are seeking to double the trade "
           "between them", "statistical", "unverified"),
    ("us", "China and Russia launched a new joint Siberian pipeline in December", "factual",
     "unverified"),
]
#: (comment id on the Russian seed, target, polarity)
STANCES = [
    ("4", "military alliance", "against"),
    ("4.1", "Military  Alliance", "against"),
    ("2", "military alliance", "neutral"),
    ("5", "Putin's foreign policy", "favor"),
]


def articles() -> dict[str, Any]:
    return {"ru": parse_article(RU_SEED.read_text(encoding="utf-8")),
            "us": parse_article(US_SEED.read_text(encoding="utf-8"))}


def anchor(art: Any, text: str, part: str = "body") -> Anchor:
    whole = art.part_text(part)
    start = whole.find(text)
    assert start >= 0 and whole.find(text, start + 1) < 0, text
    return Anchor.for_span(art, part, start, start + len(text))


def tagged_store(path: Path, annotator: str = "ana", quotes: bool = True) -> tuple[
        AnnotationStore, dict[str, Any]]:
    """A store holding both seeds and the tags above (the caller closes it)."""
    arts = articles()
    store = AnnotationStore(path)
    for a in arts.values():
        store.add_article(a)
    tags: list[Any] = []
    if quotes:
        for seed, text, speaker, role, mode in QUOTES:
            tags.append(Quote(anchor=anchor(arts[seed], text), speaker=speaker,
                              speaker_role=role, mode=mode, annotator=annotator))
    for seed, text, ctype, verdict in CLAIMS:
        tags.append(Claim(anchor=anchor(arts[seed], text), claim_type=ctype, verdict=verdict,
                          annotator=annotator))
    ru = arts["ru"]
    for cid, target, pol in STANCES:
        c = ru.comment(cid)
        tags.append(Stance(anchor=Anchor.for_span(ru, cid, 0, len(c.text)), holder=c.author,
                           target=target, polarity=pol, annotator=annotator))
    store.add_many(tags)
    return store, arts


def story_store(path: Path) -> tuple[Path, dict[str, Any]]:
    """``tagged_store`` closed, with both outlets described and the story ``valdai``."""
    from annotations.compare import registry

    store, arts = tagged_store(path)
    try:
        registry.set_outlet(store, "Voennoye Obozreniye", country="RU", language="en",
                            group="Russian media", articles=[arts["ru"].id])
        registry.set_outlet(store, "Newsweek", country="US", language="en", group="US press")
        registry.add_to_story(store, "valdai", [arts["ru"].id, arts["us"].id])
    finally:
        store.close()
    return path, arts
