"""Words of a text as the comparison counts them: Unicode words, each CJK character one word
(Chinese and Japanese are not spaced), lower case; content words leave out common English
function words (other languages keep every word)."""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# runs of letters (not CJK) and combining marks (casefold makes them), each run possessive:
# the same words as (?:[^\W{_CJK}]|[\u0300-\u036f])+, a quarter faster
_LETTERS = rf"(?:[^\W{_CJK}]++|[\u0300-\u036f]++)++"
_WORD = rf"[{_CJK}]|{_LETTERS}(?:['’]{_LETTERS})?"
#: Text holding none of these has exactly ``_WORD``'s words as runs of ``\w`` (no CJK
#: character, combining mark or apostrophe): ``\w+`` finds them three times as fast.
_NOT_PLAIN = rf"[{_CJK}\u0300-\u036f'’]"
_NUMBER_RE = re.compile(r"\d[\d.,]*\d|\d")
_RUN_RE = re.compile(r"\w+")
#: ``_WORD`` in ASCII text (no CJK character, combining mark or ``’`` there)
_ASCII_WORD_RE = re.compile(r"\w+(?:'\w+)?")
#: ASCII bytes: a word character (``\w``) or an apostrophe kept, anything else a space.
#: ASCII text's words never span a space, so they are the words of the pieces between
#: spaces: ``bytes.translate`` and ``split`` find them four times as fast as the pattern.
_ASCII_PIECES = bytes(c if chr(c) == "'" or _RUN_RE.match(chr(c)) else 32 for c in range(256))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(``_WORD``, ``_NOT_PLAIN``) compiled: on first use (their ranges of CJK characters
    cost every command 5 ms of CPU to compile, and ASCII text needs neither)."""
    return re.compile(_WORD), re.compile(_NOT_PLAIN)


#: English function words (articles, pronouns, auxiliaries, prepositions, conjunctions).
STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself no nor not of off on once only or other ought our ours ourselves out over own same
    shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's which while who who's whom why why's will with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves said says say
    s t just""".split()
)


def _find(text: str) -> list[str]:
    """The words of ``text`` as ``_WORD`` finds them."""
    if text.isascii():
        pieces = text.encode().translate(_ASCII_PIECES).decode().split()
        if "'" not in text:
            return pieces
        return [w for p in pieces for w in (_ASCII_WORD_RE.findall(p) if "'" in p else (p,))]
    word, not_plain = _patterns()
    return (word if not_plain.search(text) else _RUN_RE).findall(text)


def words(text: str) -> list[str]:
    """Every word of ``text``, lower case (``’`` read as ``'``)."""
    return _find(text.casefold().replace("’", "'"))


def word_count(text: str) -> int:
    """How many words ``text`` has (each CJK character one)."""
    return len(_find(text))


class _ContentMap(dict[str, str | None]):
    """word -> ``stem(word)`` if it carries content, else None; filled as words come (a dict
    look-up in C for every word seen before; emptied past ``_CONTENT_KEPT`` words; the one
    cache of ``stem``'s results)."""

    def __missing__(self, word: str) -> str | None:
        if len(self) >= _CONTENT_KEPT:
            self.clear()
        got = None if word in STOPWORDS or (len(word) == 1 and ord(word) <= 0x2fff) \
            else stem(word)
        self[word] = got
        return got


_CONTENT_KEPT = 200_000
_CONTENT = _ContentMap()


def content_words(text: str) -> set[str]:
    """The words of ``text`` that carry content (not English function words, not one
    Latin letter), each folded by ``stem``."""
    out = set(map(_CONTENT.__getitem__, words(text)))
    out.discard(None)
    return out  # type: ignore[return-value]


def stem(word: str) -> str:
    """A crude suffix fold so ``demonstrate``/``demonstrates`` and ``relation``/``relations``
    meet: a possessive and a plural or third-person ``s`` dropped, then at most six
    characters kept (a prefix match, language-blind)."""
    if word.endswith(("'s", "'")):
        word = word.removesuffix("'s").removesuffix("'")
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


def anchors(text: str) -> set[str]:
    """What survives translation: numbers (digits only) and capitalised non-initial words
    (names), for matching statements across languages."""
    out = {re.sub(r"[.,]", "", n) for n in _NUMBER_RE.findall(text)}
    toks = _find(text)
    for i, w in enumerate(toks):
        if i and w[:1].isupper() and len(w) > 1:
            out.add(w.casefold())
    return out
