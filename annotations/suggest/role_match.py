"""Whether a role noun (``the spokesman``, ``Cameron's spokesman``, ``his campaign``) refers
back to someone introduced with a role: the titles must match, and a possessor must be the
same (``Cameron's spokesman`` is not the party's spokesman named before)."""

from __future__ import annotations

from .names import titled

#: Words that make a role someone's past one: ``the former president``.
PAST_QUALIFIERS = frozenset({"former", "late", "then", "previous", "outgoing", "erstwhile"})
#: Words that make a title another, lower office: a ``Vice President`` is no president, a
#: ``deputy head`` no head.
_SUBORDINATE = frozenset({"vice", "deputy", "assistant", "lieutenant", "under"})
#: Roles in a race that the holder of any office may run in: ``the candidate``.
RACE_ROLES = frozenset({"candidate", "nominee", "front-runner", "frontrunner", "hopeful",
                        "contender", "challenger"})
#: Seats whose holders run for a higher office, and their abbreviations before a name.
_SEATS = frozenset({"senator", "sen", "governor", "gov", "representative", "rep",
                    "congressman", "congresswoman"})


def possessor(role: str | None) -> str | None:
    """``Cameron's spokesman`` -> ``cameron``; None without a possessive."""
    for w in (role or "").split():
        low = w.lower().replace("’", "'")
        if low.endswith("'s") and len(low) > 2:
            return low[:-2]
    return None


def past_role(role: str | None) -> bool:
    """Whether ``role`` is someone's past one (``former New Jersey governor``, ``ex-mayor``)."""
    return any(w.lower() in PAST_QUALIFIERS or w.lower().startswith("ex-")
               for w in (role or "").split())


def _titles(role: str) -> list[tuple[str, str]]:
    """(title, the lower office word before it or "") of each title of ``role``:
    ``Vice President`` -> [("president", "vice")], ``vice-chancellor`` -> [("chancellor",
    "vice")]."""
    words = [w.lower().strip(",.") for w in role.split()]
    out = []
    for k, w in enumerate(words):
        if not titled(w):
            continue
        pre, _, last = w.rpartition("-")
        if pre in _SUBORDINATE:
            out.append((last, pre))
        else:
            below = words[k - 1] if k and words[k - 1] in _SUBORDINATE else ""
            out.append((w, below))
    return out


def same_role(role: str, group: frozenset[str], mention_role: str | None) -> bool:
    """Whether an earlier ``role`` fits a mention of ``group`` (its head's synonyms): one of
    the role's titles is in the group (``campaign manager`` is no ``campaign``) with the
    same lower office word as the mention's (``Vice President`` is not ``the president``),
    the mention's possessor, if any, is in it, and a past role (``former governor``) is
    referred to as a past one (``the former governor``, not ``the governor``), a present
    one as a present one (``President X`` is not ``the former president``)."""
    mine = _titles(mention_role or "")
    below = mine[-1][1] if mine else ""
    if not any(w in group and pre == below for w, pre in _titles(role)):
        return False
    if past_role(role) != past_role(mention_role):
        return False
    owner = possessor(mention_role)
    return (owner is None or owner in role.lower().replace("’", "'")) and \
        _modifiers_agree(role, mention_role)


def may_hold(known: str | None, group: frozenset[str], mention_role: str | None,
             offices: frozenset[str]) -> bool:
    """Whether someone whose role the text gave as ``known`` may be the one a definite role
    of ``group`` (``the senator``) refers to: no role known or the same role; not another
    role of the group (``Vice President``, ``former governor`` for ``the governor``, a
    present one for ``the former president``); not another present office (``Ohio Gov.``
    for ``the Florida senator``), except a seat its holders run from for ``the candidate``
    (``Sen.``; no ``Mayor``, no ``President``). A role that holds no office
    (``businessman``) or a past one rules no one out."""
    if not known or same_role(known, group, mention_role):
        return True
    theirs = [w for w, _pre in _titles(known)]
    if past_role(mention_role):
        return past_role(known) or not any(w in group for w in theirs)
    if any(w in group for w in theirs) or past_role(known):
        return past_role(known) and not any(w in group for w in theirs)
    held = {w for w in theirs if w in offices or w in _SEATS}
    if any(w in RACE_ROLES for w, _pre in _titles(mention_role or "")[-1:]):
        return held <= _SEATS
    return not held


def _proper_modifiers(role: str) -> set[str]:
    """The capitalised words of a role that are no title (``Florida`` of ``Florida Sen.``,
    ``Russian`` of ``the Russian president``), folded."""
    return {w.strip(",.()").lower() for w in role.split()
            if w[:1].isupper() and not titled(w) and not w.lower().endswith(("'s", "’s"))
            and w.lower() not in ("the", "a", "an", "his", "her", "their", "its")}


def _modifiers_agree(role: str, mention_role: str | None) -> bool:
    """``the Florida senator`` is not the ``Texas Sen.`` named before: when both roles carry
    a capitalised modifier (a place, a party), they share one."""
    mine = _proper_modifiers(mention_role or "")
    theirs = _proper_modifiers(role)
    return not mine or not theirs or bool(mine & theirs)
