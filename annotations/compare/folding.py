"""One name per speaker across a story, and the kind of source a speaker is.

Names fold by the suggester's fullest-name rule (``suggest.speakers.People.fullest``): titles
and roles are dropped (``President Putin`` -> ``Putin``), then a name is replaced by the
longest, most used name of the story that holds it (``Putin`` -> ``Vladimir Putin``;
``Zhao`` -> ``Zhao Lijian``). A speaker that names nobody (``a Foreign Ministry spokesman``)
is *unnamed*: it keeps its own words, without the article.

Source kinds (the share of quoted words by role) come from the words of the tag's
``speaker_role`` and, for an unnamed speaker, of the speaker itself; the first word of one
of these lists decides (English role words; other languages count as "other"):

- official: government, state, party, military and diplomatic roles;
- expert: research, academic and analyst roles;
- citizen: people speaking for themselves (residents, voters, witnesses...);
- unnamed: a speaker with no name (whatever the role);
- other: a named speaker with no role word from these lists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..suggest.names import parse_mention
from ..suggest.speakers import People

OFFICIAL = frozenset(
    """president vice-president minister ministry secretary spokesman spokeswoman spokesperson
    spokespeople official officials ambassador envoy diplomat governor mayor senator
    congressman congresswoman lawmaker legislator representative chancellor premier
    commissioner councilor councillor government administration department kremlin cabinet
    parliament deputy general admiral colonel commander officer army military police
    prosecutor judge king queen prince emperor monarch leader""".split()
)
EXPERT = frozenset(
    """expert experts analyst analysts researcher researchers professor scholar scientist
    economist strategist fellow lecturer historian academic specialist observer observers
    think-tank""".split()
)
CITIZEN = frozenset(
    """resident residents citizen citizens voter voters witness witnesses protester
    protesters worker workers student students parent parents villager villagers shopper
    neighbour neighbor local locals reader readers commenter user users passer-by
    bystander""".split()
)
ROLE_KINDS = ("official", "expert", "citizen", "unnamed", "other")


def role_kind(role: str | None, named: bool) -> str:
    """official / expert / citizen / unnamed / other (see the module docstring)."""
    if not named:
        return "unnamed"
    for w in (role or "").replace(",", " ").split():
        b = w.strip(".;:()\"'").casefold().removesuffix("'s")
        if b in OFFICIAL:
            return "official"
        if b in EXPERT:
            return "expert"
        if b in CITIZEN:
            return "citizen"
    return "other"


def _core(speaker: str) -> tuple[str | None, str | None]:
    """(the name without titles, the role words) of a speaker as tagged."""
    text = " ".join(speaker.split())
    m = parse_mention(text)
    if m is None:
        return text, None  # not an English noun phrase (another script, a nickname)
    if m.pronoun:
        return None, text
    if m.name is None or m.org and not m.role:
        return (m.name, None) if m.org and m.name else (None, m.role or text)
    return m.name, m.role


class SpeakerFolder:
    """Folds the speakers of a story to one name each (see the module docstring)."""

    def __init__(self, speakers: Iterable[str]) -> None:
        self._core: dict[str, tuple[str | None, str | None]] = {}
        names: Counter[str] = Counter()
        for s, n in Counter(speakers).items():  # each speaker once, in the order first seen
            name = self._of(s)[0]
            if name and len(name.split()) > 1:
                names[name] += n
        self._people = People("", names=names)
        self._folded: dict[str, str] = {}

    def _of(self, speaker: str) -> tuple[str | None, str | None]:
        got = self._core.get(speaker)
        if got is None:
            got = self._core[speaker] = _core(speaker)
        return got

    def named(self, speaker: str) -> bool:
        """Whether the speaker names someone (not a bare role or a pronoun)."""
        return self._of(speaker)[0] is not None

    def fold(self, speaker: str) -> str:
        """The story's one name for this speaker (an unnamed one: its role, folded case)."""
        got = self._folded.get(speaker)
        if got is None:
            got = self._folded[speaker] = self._fold(speaker)
        return got

    def _fold(self, speaker: str) -> str:
        name, role = self._of(speaker)
        if name is None:
            words = (role or speaker).split()
            while words and words[0].casefold() in {"a", "an", "the", "one"}:
                words.pop(0)
            return " ".join(words).casefold() or speaker.casefold()
        return self._people.fullest(name)

    def role(self, speaker: str) -> str | None:
        """The role words a speaker carries (``President`` of ``President Putin``)."""
        return self._of(speaker)[1]
