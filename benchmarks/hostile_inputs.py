"""Hostile inputs made on the fly (for ``bench_hostile`` and the tests): threads one reply
per level in every format, a saved page of many paragraphs, a ``<p>`` with very many
attributes, an export of many tags. Written as text directly: ``json`` recurses, and the
point is depths no recursive writer survives."""

from __future__ import annotations

import json


def deep_hn(levels: int) -> bytes:
    """A Hacker News item whose thread is ``levels`` replies deep."""
    head = ('{"id":1,"type":"story","title":"Deep","author":"op","created_at_i":1600000000,'
            '"text":"The story.","children":[')
    one = '{{"id":{i},"type":"comment","author":"u{i}","created_at_i":1600000000,' \
          '"text":"Reply {i}.","children":['
    return (head + "".join(one.format(i=i) for i in range(2, levels + 2))
            + "]}" * levels + "]}").encode()


def deep_reddit(levels: int) -> bytes:
    """A Reddit thread (``<permalink>.json``) ``levels`` replies deep."""
    post = ('[{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"title":"Deep",'
            '"selftext":"The post.","created_utc":1600000000,"subreddit":"x",'
            '"permalink":"/r/x/comments/1/deep/"}}]}},{"kind":"Listing","data":{"children":[')
    one = '{{"kind":"t1","data":{{"author":"u{i}","body":"Reply {i}.",' \
          '"created_utc":1600000000,"replies":{{"kind":"Listing","data":{{"children":['
    return (post + "".join(one.format(i=i) for i in range(levels))
            + "]}}}}" * levels + "]}}]").encode()


def deep_disqus(levels: int) -> bytes:
    """A Disqus export whose posts answer each other ``levels`` deep."""
    out = ['<?xml version="1.0" encoding="utf-8"?><disqus xmlns="http://disqus.com" '
           'xmlns:dsq="http://disqus.com/disqus-internals"><thread dsq:id="t"><title>Deep'
           '</title><link>http://x.example/a</link><message>Story.</message></thread>']
    for i in range(levels):
        parent = f'<parent dsq:id="p{i - 1}"/>' if i else ""
        out.append(f'<post dsq:id="p{i}"><thread dsq:id="t"/>{parent}<message>Reply {i}.'
                   '</message><createdAt>2020-01-01T00:00:00Z</createdAt><isDeleted>false'
                   f'</isDeleted><isSpam>false</isSpam><author><name>u{i}</name></author></post>')
    out.append("</disqus>")
    return "".join(out).encode()


def deep_article(levels: int) -> bytes:
    """The ``inspect --json`` shape, ``levels`` replies deep (ids left out)."""
    from benchmarks.deep import deep_id

    aid = deep_id("Deep", ((f"u{i}", f"Reply {i}.") for i in range(levels)))
    head = ('{"id":"' + aid + '","title":"Deep","body":"The article body.",'
            '"blocks":[{"kind":"paragraph","text":"The article body.","start":0,"end":17}],'
            '"comments":[')
    one = '{{"author":"u{i}","posted_at":"2020-10-26T16:13:00","text":"Reply {i}.",' \
          '"replies":['
    return (head + "".join(one.format(i=i) for i in range(levels))
            + "]}" * levels + "]}").encode()


def big_page(paragraphs: int) -> bytes:
    """A saved news page with ``paragraphs`` distinct paragraphs and as many menu links."""
    menu = "".join(f'<li><a href="/s{i}">Section number {i}</a></li>' for i in range(paragraphs))
    body = "".join(f"<p>Paragraph {i} of the story says that the council met on day {i} and "
                   f"voted {i % 7} times on the budget line {i * 3}.</p>"
                   for i in range(paragraphs))
    return (f"<!doctype html><html><head><title>Big</title></head><body><nav><ul>{menu}</ul>"
            f"</nav><article><h1>A very long story</h1>{body}</article></body></html>").encode()


def many_attributes(n: int) -> bytes:
    """A page whose one ``<p>`` carries ``n`` attributes."""
    attrs = " ".join(f"a{i}=x" for i in range(n))
    return (f"<!doctype html><html><body><article><p {attrs}>Some text of the story, long "
            "enough to be read as one.</p></article></body></html>").encode()


def _tag_docs(n: int, article_id: str, part: str, text: str) -> list[dict]:
    return [{
        "id": f"{i:08x}-0000-4000-8000-000000000000", "kind": "quote",
        "anchor": {"article_id": article_id, "part": part, "start": 0, "end": 4,
                   "exact": text[:4], "prefix": "", "suffix": text[4:36]},
        "annotator": "ana", "created": "2024-01-01T00:00:00Z",
        "updated": "2024-01-01T00:00:00Z", "speaker": f"speaker {i}"} for i in range(n)]


def tag_export_jsonl(n: int, article_id: str, part: str = "body", text: str = "word") -> bytes:
    """``n`` quote tags on ``article_id`` as a JSONL export (all on ``text[0:4]``)."""
    rows = [json.dumps(doc) for doc in _tag_docs(n, article_id, part, text)]
    return ("\n".join(rows) + "\n").encode()


def tag_export_json(n: int, article_id: str, part: str = "body", text: str = "word") -> bytes:
    """The same tags as threadmark's JSON export (``export --format json``), one a line."""
    from annotations.exchange.export import EXPORT_FORMAT

    rows = ",\n".join(json.dumps(doc) for doc in _tag_docs(n, article_id, part, text))
    return (f'{{"format": "{EXPORT_FORMAT}", "articles": [],\n"annotations": [\n{rows}\n]}}\n'
            ).encode()


def tag_export_w3c(n: int, article_id: str, part: str = "body", text: str = "word") -> bytes:
    """The same tags as a W3C AnnotationCollection (``export --format w3c``)."""
    from annotations.exchange.export import w3c_annotation

    rows = ",\n".join(json.dumps(w3c_annotation({**doc, "note": "", "labels": []}, None))
                      for doc in _tag_docs(n, article_id, part, text))
    return (f'{{"type": "AnnotationCollection", "total": {n}, "first": {{"type": '
            f'"AnnotationPage", "items": [\n{rows}\n]}}}}\n').encode()


def text_out_of_step(n: int) -> bytes:
    """The outlets' text format: a chain ``n // 20`` replies deep (its indentation makes the
    file grow with the square of that), then ``n`` headers indented out of step."""
    lines = ["Deep", "", "Body paragraph of the article.", ""]
    for i in range(n // 20):
        lines.append("  " * (i + 1) + f"1. user{i} 26 October 2020 16: 13")
        lines.append("  " * (i + 2) + f"text {i}")
    lines += [f" 1. odd{j} 26 October 2020 16: 13" for j in range(n)]
    return ("\n".join(lines) + "\n").encode()


# --- text for the Russian and Chinese quote finders (tests/core/test_suggest_ru_hostile.py,
# benchmarks/bench_finder_hostile.py): ``n`` repeats of one hostile pattern, in one paragraph
# unless said otherwise

def ru_name_sentences(n: int) -> str:
    """``n`` short sentences, each opened by a two-word name, in one paragraph."""
    first = ("Иван", "Мария", "Сергей", "Анна", "Дмитрий")
    last = ("Петров", "Захарова", "Лавров", "Иванова", "Песков")
    return " ".join(f"{first[i % 5]} {last[i * 3 % 5]} заявил: «Да {i}»." for i in range(n))


def ru_dialogue_lines(n: int) -> str:
    """``n`` lines of dialogue (``— Да, — сказал он. — Нет.``), one a paragraph."""
    return "\n".join(f"— Да {i}, — сказал он. — Нет." for i in range(n))


def ru_quotes_one_sentence(n: int) -> str:
    """``n`` one-word quotes each followed by a dash and a verb, which ICU reads as one
    sentence."""
    return " ".join("«слово» — сказал он." for _ in range(n))


def ru_marks_soup(n: int) -> str:
    """``n`` words each after a random-looking quotation mark, none balanced."""
    marks = "«»„“”\""
    return "Он сказал: " + " ".join(marks[i * 7 % 6] + f"слово{i}" for i in range(n))


def ru_odd_chars(n: int) -> str:
    """``n`` cued quotes whose names carry zero-width, combining and direction marks."""
    return "\n\n".join(f"Ива\u200bн Пе\u0301тров\u200f заявил:\u202e «Слово {i} сказано.»"
                       for i in range(n))


def ru_open_marks(n: int) -> str:
    """``n`` opening marks of two families (``«„«„…``), none closed, after a cue."""
    return "Он сказал: " + "«„" * (n // 2) + " слово"


def zh_cue_chain(n: int) -> str:
    """``n`` verbs of saying (``表示``) in a row, then a quote: no clause boundary before
    any of them."""
    return "表示" * n + "“中国”"


def zh_quotes_one_sentence(n: int) -> str:
    """``n`` cued quotes whose full stops stand inside the marks, which makes them one
    sentence."""
    return "".join(f"王毅说：「中国支持和平{i}。」" for i in range(n))


def ru_people_paragraphs(n: int) -> str:
    """``n`` paragraphs, each naming one of 25 people who speaks, is then a pronoun, and
    names another by the surname alone."""
    first = ("Иван", "Мария", "Сергей", "Анна", "Дмитрий")
    last = ("Петров", "Захаров", "Лавров", "Иванов", "Песков")
    return "\n\n".join(f"{first[i % 5]} {last[i // 5 % 5]} заявил: «Да {i}». Он добавил, что "
                       f"{last[i * 3 % 5]} сказал «нет»." for i in range(n))



def en_same_quotes(n: int) -> str:
    """``n`` quotes that open with the same words and have no speaker, one sentence each:
    each is looked up as a pull quote of the others (``quotes._pull_quotes``)."""
    return "The council met. " + " ".join(f"On the wall: “The harbor plan {i} will ruin the "
                                          f"bay for good.”" for i in range(n))


def en_framed_spaces(n: int) -> str:
    """``n`` quotes each framed by ``is how`` and runs of spaces between commas before a
    verb that never ends the frame (``cues._FRAMED``: a name with commas read in one way)."""
    frame = (" is how" + " " * 58 + "," + " " * 38 + "," + " " * 38 + " put it" + " put" * 10
             + " x, then he left.")
    return " ".join(f"“We will stay {i},”{frame}" for i in range(n))


def en_shared_first_word(n: int) -> str:
    """``n`` people whose names share a first word, each then named by that word alone
    (``speakers.People._fullest``: each lone word ranked every name holding it again)."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]

    def surname(i: int) -> str:
        return "".join(syllables[i // 70 ** k % 70] for k in range(3)).capitalize() + "by"

    return "The council met. " + " ".join(
        f"Wendel {surname(i)} spoke. “The plan {i} is good,” said Wendel." for i in range(n))
