"""The names index's pure helpers are cached: what a caller does with a result never changes
what the next caller gets."""
from annotations.suggest.names import parse_np, split_name


def test_split_name_gives_each_caller_its_own_lists() -> None:
    tokens = ["Defence", "Minister", "Hanno", "Pevkur"]
    role, name, org = split_name(tokens)
    assert (role, name, org) == (["Defence", "Minister"], ["Hanno", "Pevkur"], False)
    role.append("said")  # a caller extends its role, as speakers.py does
    name.clear()
    tokens.append("Jr.")  # and the list it passed is the caller's too
    assert split_name(["Defence", "Minister", "Hanno", "Pevkur"]) == (
        ["Defence", "Minister"], ["Hanno", "Pevkur"], False)


def test_parse_np_is_the_same_mention_when_asked_again() -> None:
    first = parse_np("Defence Minister Hanno Pevkur")
    assert first is not None and (first.name, first.role) == ("Hanno Pevkur", "Defence Minister")
    assert parse_np("Defence Minister Hanno Pevkur") == first
