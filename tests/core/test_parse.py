"""Parsing the seed articles exactly, and the thread format's edge cases."""

from __future__ import annotations

from datetime import datetime

import pytest

from annotations import parse_article
from annotations.model.identity import canonical_article_id
from tests.conftest import RU_SEED, US_SEED


def tree(comments):
    return [(c.id, c.author, c.name, c.posted_at, tree(c.replies)) for c in comments]


def test_ru_seed_thread_structure(ru_article):
    d = datetime
    assert tree(ru_article.comments) == [
        ("1", "goncharov.62", "Andrei", d(2020, 10, 26, 16, 13), [
            ("1.1", "passing by", "passing by", d(2020, 10, 26, 17, 47), []),
        ]),
        ("2", "Berkham Ali-Tyan", "Berkham Ali-Tyan", d(2020, 10, 26, 18, 17), [
            ("2.1", "boriz", "boriz", d(2020, 10, 26, 19, 35), []),
        ]),
        ("3", "Vladimir Tuzakov", "Vladimir Tuzakov", d(2020, 10, 26, 18, 35), [
            ("3.1", "Nanetta5", "Nana Disgraced", d(2020, 11, 3, 15, 9), [
                ("3.1.1", "Vladimir Tuzakov", "Vladimir Tuzakov", d(2020, 11, 3, 17, 55), []),
            ]),
        ]),
        ("4", "steelmaker", None, d(2020, 10, 26, 19, 4), [
            ("4.1", "boriz", "boriz", d(2020, 10, 26, 19, 39), [
                ("4.1.1", "Essex62", "Alexander", d(2020, 10, 28, 17, 56), []),
            ]),
            ("4.2", "Dear sofa expert.", None, d(2020, 10, 26, 20, 22), []),
        ]),
        ("5", "tanyurg56", "Yuri Gorbunov", d(2020, 10, 27, 18, 12), []),
    ]
    assert ru_article.comment_count() == 12
    assert len(ru_article.comments) == 5
    assert max(depth for _, depth in ru_article.walk()) == 2  # three levels


def test_ru_seed_comment_bodies(ru_article):
    a = ru_article
    assert a.comment("1.1").text == (
        "So they have already run over the Americans ... There are no Chinatowns in Russia."
    )
    assert a.comment("4").text == (
        '"and he stressed the theoretical possibility of such a union."\n\n'
        "What a pathetic Putin! Shameful. I found someone to offer a military alliance. "
        "I decided to make the Chinese happy, but they did not understand."
    )
    assert a.comment("4.1").text.split("\n") == [
        "He decided not to make him happy, but to warn the United States that they could bring "
        "the Russian Federation and China to the union. There are certainly agreements with Xi "
        "on possible options for action, we have met more than once.",
        "And Putin does not really want to associate himself with an alliance with China: in the "
        "near foreseeable future, Russia and China are competitors.",
    ]
    assert a.comment("4.2").text.split("\n") == [
        "Found someone to offer a military alliance",
        "",
        "Just to blurt out something?)",
        "",
        "Time will tell how our relationship will develop further. So far we have not set these "
        "goals for ourselves, but in principle we do not exclude such a possibility. So let's see",
        "",
        "Where did you see in these words, the proposal to create a military alliance?",
        "In my opinion, he dodged a good answer.",
    ]
    assert a.comment("5").text.endswith('"childish" demarches in the world political game.')
    assert a.comment("6") is None and a.comment("1.2") is None and a.comment("x") is None


def test_ru_seed_article(ru_article):
    a = ru_article
    assert a.title == (
        "China reacted to Putin's words about a possible military alliance between Moscow "
        "and Beijing"
    )
    assert a.source is None
    # the hash of its content (the scheme is pinned: changing it needs a store migration)
    assert a.id == canonical_article_id(a) == "fe3e53f66721eebc"
    assert a.body.startswith("On Friday, October 23, during a meeting of the Valdai Club")
    assert a.body.endswith("Dear reader, to leave comments on the publication, you must sign in.")
    assert [b.kind for b in a.blocks] == [
        "paragraph", "quote", "attribution", "paragraph", "quote", "attribution",
        "paragraph", "paragraph", "quote", "attribution", "boilerplate",
    ]
    quote = a.blocks[1]
    assert quote.text == (
        "Time will tell how our relationship will develop further. So far we have not set these "
        "goals for ourselves, but in principle we do not exclude such a possibility. So let's see"
    )
    assert (quote.start, quote.end) == (324, 499)
    assert a.blocks[2].text == "- said the Russian president."
    assert a.blocks[-1].text == (
        "• Used photos:\nDear reader, to leave comments on the publication, you must sign in."
    )
    for b in a.blocks:
        assert a.body[b.start : b.end] == b.text


def test_us_seed_article(us_article):
    a = us_article
    assert a.title == (
        "China Calls Russia's Talk of Possible Military Alliance 'Positive,' with 'No Limit' "
        "to Their Ties"
    )
    assert a.source == "Newsweek"
    assert a.comments == []
    kinds = [b.kind for b in a.blocks]
    assert kinds.count("tags") == 2 and kinds.count("caption") == 2
    assert kinds.count("quote") == 0 and kinds.count("attribution") == 0
    tags = [b.text for b in a.blocks if b.kind == "tags"]
    assert tags == [
        "russia, china, caucasus, joint, military, exercise",
        "vladimir, putin, xi, jinping, russia, china",
    ]
    captions = [b for b in a.blocks if b.kind == "caption"]
    assert captions[0].text.startswith("Chinese and Russian personnel participate")
    assert captions[0].text.endswith("Russian Ministry of Defense")
    assert captions[1].text.endswith("Mikhail Svetlov/Getty Images")
    # the caption directly follows its tag line
    for t in (b for b in a.blocks if b.kind == "tags"):
        nxt = a.blocks[a.blocks.index(t) + 1]
        assert nxt.kind == "caption" and nxt.start == t.end + 1
    boiler = [b.text for b in a.blocks if b.kind == "boilerplate"]
    assert boiler[0] == "Editor's Picks"
    assert boiler[1].startswith("Newsweek cover\n  • Newsweek magazine delivered to your door")
    assert boiler[1].endswith("All newsletters + podcasts")
    assert kinds[-2:] == ["boilerplate", "boilerplate"]
    assert sum(1 for k in kinds if k == "paragraph") == 27


def test_same_text_same_id_crlf_too():
    text = RU_SEED.read_text(encoding="utf-8")
    a = parse_article(text)
    b = parse_article(text.replace("\n", "\r\n"))
    assert a.id == b.id
    assert a.model_dump() == b.model_dump()
    assert parse_article(text + "\nextra line").id != a.id


THREAD = """Title

Body paragraph one.
1. A numbered list item in the article
2. Another item

  1. alpha Online alpha
    alpha (Alpha A.) 1 March 2021 9: 05
    1. a numbered line inside a body
    2. another, not a reply

    quoted text after a blank line
    1. broken header 41 Smarch 2021 10: 00
    1. Бета (Бета) 2 March 2021 10: 00
      Ответ 🙂
        1. zeta 2 March 2021 11: 00
      deeper indentation above was not a reply (no parent two spaces up)
  2. gamma 3 March 2021 12: 30
    last
"""


def test_thread_edge_cases():
    a = parse_article(THREAD)
    assert a.body == (
        "Body paragraph one.\n1. A numbered list item in the article\n2. Another item"
    )
    assert tree(a.comments) == [
        ("1", "alpha", "Alpha A.", datetime(2021, 3, 1, 9, 5), [
            ("1.1", "Бета", "Бета", datetime(2021, 3, 2, 10, 0), []),
        ]),
        ("2", "gamma", None, datetime(2021, 3, 3, 12, 30), []),
    ]
    assert a.comment("1").text.split("\n") == [
        "1. a numbered line inside a body",
        "2. another, not a reply",
        "",
        "quoted text after a blank line",
        "1. broken header 41 Smarch 2021 10: 00",
    ]
    assert a.comment("1.1").text.split("\n") == [
        "Ответ 🙂",
        "  1. zeta 2 March 2021 11: 00",
        "deeper indentation above was not a reply (no parent two spaces up)",
    ]


def test_impossible_date_is_kept_as_text():
    a = parse_article("T\n\nbody\n  1. x 26 October 2020 16: 13\n    hi\n"
                      "    1. y 31 February 2020 10: 00\n    bye\n")
    assert a.comment_count() == 1
    assert a.comment("1").text == "hi\n1. y 31 February 2020 10: 00\nbye"


def test_file_without_thread_and_whitespace_only():
    a = parse_article("\n\n  Just a title  \n\nOne paragraph.\n")
    assert (a.title, a.body, a.comments) == ("Just a title", "One paragraph.", [])
    with pytest.raises(ValueError):
        parse_article(" \n\t\n")


def test_us_seed_parses_identically_from_file(us_article):
    assert parse_article(US_SEED.read_text(encoding="utf-8")) == us_article
