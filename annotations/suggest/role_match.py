"""Whether a role noun (``the spokesman``, ``Cameron's spokesman``, ``his campaign``) refers
back to someone introduced with a role: the titles must match, and a possessor must be the
same (``Cameron's spokesman`` is not the party's spokesman named before)."""

from __future__ import annotations

from .names import titled


def possessor(role: str | None) -> str | None:
    """``Cameron's spokesman`` -> ``cameron``; None without a possessive."""
    for w in (role or "").split():
        low = w.lower().replace("’", "'")
        if low.endswith("'s") and len(low) > 2:
            return low[:-2]
    return None


def same_role(role: str, group: frozenset[str], mention_role: str | None) -> bool:
    """Whether an earlier ``role`` fits a mention of ``group`` (its head's synonyms): one of
    the role's titles is in the group (``campaign manager`` is no ``campaign``), and the
    mention's possessor, if any, is in it."""
    words = [w.lower().strip(",.") for w in role.split()]
    if not any(w in group and titled(w) for w in words):
        return False
    owner = possessor(mention_role)
    return (owner is None or owner in role.lower().replace("’", "'")) and \
        _modifiers_agree(role, mention_role)


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
