"""Shared test data: tags on the seed articles, planned annotators' tags, fixture pages, a
bit-flipping reader. Imported by tests of every tier (no test imports another test module)."""

from __future__ import annotations

import random
from pathlib import Path

from annotations import Anchor, Claim, Quote, Stance
from annotations.errors import StoreError
from annotations.model.build import make_article
from annotations.suggest import suggest

# -- one tag of each kind on the Russian seed article ----------------------------------------------

def putin(article, **kw):
    return Quote(anchor=Anchor.for_span(article, "body", 324, 499), speaker="Vladimir Putin",
                 annotator="ana", **kw)


def stance(article):
    return Stance(anchor=Anchor.for_span(article, "4", 65, 84), holder="steelmaker",
                  target="Russia-China military alliance", polarity="against", annotator="ana")


def claim(article):
    return Claim(anchor=Anchor.for_span(article, "body", 1266, 1380), annotator="bo",
                 claimant="Li Lifan", labels=["alliance"])


# -- three annotators' planned tags (agreement, review) --------------------------------------------

def q(article, start, end, who, speaker, mode="direct"):
    return Quote(anchor=Anchor.for_span(article, "body", start, end), annotator=who,
                 speaker=speaker, mode=mode)


def planned(ru, us):
    """Q1 (the Putin quote): all three, cyd's span shorter (overlap 156/175 = 0.89), cyd says
    "indirect" and "Putin"; Q2 (the expert's quote): ana and ben; Q3: ana alone. Stances on
    comment 4: ana and ben, same span, polarity against / favor. A claim in the US article:
    all three, identical."""
    b = ru.body
    s2, e2 = b.index("Tensions between"), b.index("important concessions") + 21
    s3 = b.index("Putin's words may be")
    steel = ru.comment("4").text
    claim_s = us.body.index("China") if "China" in us.body else 0
    tags = [
        q(ru, 324, 499, "ana", "Vladimir Putin"), q(ru, 324, 499, "ben", "vladimir  Putin"),
        q(ru, 324, 480, "cyd", "Putin", mode="indirect"),
        q(ru, s2, e2, "ana", "Shi Yinhong"), q(ru, s2, e2, "ben", "Shi Yinhong"),
        q(ru, s3, s3 + 60, "ana", "Shi Yinhong"),
        *[Stance(anchor=Anchor.for_span(ru, "4", 0, len(steel)), annotator=w, holder="steelmaker",
                 target="the alliance", polarity=p) for w, p in (("ana", "against"),
                                                                 ("ben", "favor"))],
        *[Claim(anchor=Anchor.for_span(us, "body", claim_s, claim_s + 30), annotator=w,
                claim_type="factual") for w in ("ana", "ben", "cyd")],
    ]
    return tags


# -- the tags an export carries --------------------------------------------------------------------

HOSTILE_NOTE = 'He said, "no"\nthen =HYPERLINK("x") and ; tabs\tend'


def make_tags(ru, us):
    steel = ru.comment("4").text
    return [
        Quote(anchor=Anchor.for_span(ru, "body", 324, 499), speaker="Vladimir Putin",
              speaker_role="Russian president", cue="- said", annotator="ana",
              labels=["valdai", "alliance"]),
        Stance(anchor=Anchor.for_span(ru, "4", 0, steel.index("What a pathetic") + 22),
               holder="steelmaker", target="Russia-China military alliance",
               polarity="against", intensity=2, annotator="bo", note=HOSTILE_NOTE),
        Claim(anchor=Anchor.for_span(ru, "body", 2254, 2278), annotator="ana",
              claim_type="opinion", checkworthy="unimportant", note="=1+1"),
        Claim(anchor=Anchor.for_span(us, "body", 2942, 3155), annotator="ana",
              claimant="Newsweek", claim_type="statistical", evidence="https://example.org/x"),
    ]


# -- damaged files ---------------------------------------------------------------------------------

def bit_flips(path, read, n: int, seed: int) -> tuple[int, int]:
    """Flip one random bit of the file ``n`` times (from the original each time): (how often
    ``read`` saw something else without an error, how often it raised one-line errors)."""
    original = path.read_bytes()
    want = read(path)
    rng = random.Random(seed)
    silent = errors = 0
    for _ in range(n):
        data = bytearray(original)
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        try:
            got = read(path)
        except StoreError as e:
            assert "\n" not in str(e) and str(path) in str(e)
            errors += 1
            continue
        silent += got != want
    return silent, errors


# -- saved Japanese and Chinese pages --------------------------------------------------------------

CJK = Path(__file__).parent / "fixtures" / "pages" / "cjk"


NHK = CJK / "nhk.or.jp.k100.html"


XINHUA = CJK / "xinhuanet.com.c_1125597921.html"

#: the first sentences of those two pages' articles, as ``v`` selects them
NHK_SENTENCES = [
    "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたり蹴ったり"
    "する体罰を禁止することになりました。",
    "最近、親に虐待された子どもを児童相談所が守ることができなくて、子どもが亡くなる事件が"
    "続いています。",
    "このため、法律では児童相談所の力を強くしました。",
    "医者や保健師が児童相談所で意見を言ったり相談を聞いたりするようにしました。",
    "児童相談所は、相談する弁護士を決めておかなければなりません。",
    "法律では虐待をした親に専門家が子どもの育て方を教えたり、子どもを守る仕事をする専門の"
    "職員を増やしたりすることも決まりました。",
    "日本に前からある法律では、親には子どもを叱る権利があると決めています。",
    "このため、虐待したときに叱っていただけだと言う親がいます。",
    "新しい法律では、親の叱る権利をなくしたり変えたりすることも話し合うと決めています。",
]
XINHUA_SENTENCES = [
    "“妈妈，为什么还不能出去？”",
    "“宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！”",
    "“妈妈，什么时候才能回我们自己的家？",
    "“孩子，我们再等等，等到春暖花开，就可以回家了。”",
    "在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。",
    "即便日常已改变了模样，但生活依然要继续。",
    "纵然已有焦虑煎熬，但内心仍需要坚强。",
]


def body_speakers(*paras: str) -> list[tuple[str, str | None]]:
    """(first 14 characters, speaker) of each quote suggested in the body of an article made
    of ``paras``."""
    a = make_article("t", [("paragraph", p) for p in paras], [])
    return [(s.exact[:14], s.fields["speaker"])
            for s in suggest(a, claims=False) if s.part == "body"]


def count_fits(monkeypatch) -> list[int]:
    """Count the calls of ``pronouns.fits`` (how many names a pronoun reads) while a test
    runs: the returned list's one item."""
    from annotations.suggest import pronouns

    calls = [0]
    real = pronouns.fits

    def counting(p, name, pronoun):
        calls[0] += 1
        return real(p, name, pronoun)

    monkeypatch.setattr(pronouns, "fits", counting)
    return calls
