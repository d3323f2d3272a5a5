"""Pages in any script: Japanese and Chinese pages import, the minimum-text rule counts
characters in CJK, one decoding for every text of a page, headlines over site names."""

from __future__ import annotations

import lxml.html
import pytest

from annotations import load_article
from annotations.sources.html_page import NotAnArticle, article_from_html
from annotations.sources.page_title import page_headline
from annotations.text.measure import describe_length, reading_words
from annotations.text.nav import sentence_bounds
from tests.factories import NHK, NHK_SENTENCES, XINHUA, XINHUA_SENTENCES


def article_sentences(article, n):
    body = article.body[:article.blocks[-1].start]  # the article, not the boilerplate
    return [body[s:e] for s, e in sentence_bounds(body)[:n]]


def test_japanese_page_imports_with_its_headline():
    loaded = load_article(NHK)
    a = loaded.article
    assert loaded.kind == "html"
    assert (a.title, a.source, a.published_at) == (
        "子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY", "2019-06-19")
    assert a.blocks[-1].kind == "boilerplate"
    assert article_sentences(a, 4) == NHK_SENTENCES[:4]


def test_chinese_page_imports_and_quotes_stay_whole():
    a = load_article(XINHUA).article
    assert a.title == "武汉的声音：有英勇的你，才有英雄的城！-新华网"
    assert a.published_at == "2020-02-19"
    assert article_sentences(a, 7) == XINHUA_SENTENCES
    assert "钟南山院士说：“武汉本来就是一个英雄的城市，有全国、有大家的支持，武汉肯定能过关。”" in [
        a.body[s:e] for s, e in sentence_bounds(a.body)]


def test_reading_length_counts_cjk_characters():
    assert reading_words("Putin said so, and he left.") == 6
    assert reading_words("外交部发言人表示，中方。") == 5  # 10 characters, punctuation free
    assert reading_words("東京で「会議」 NHK") == 3.5
    assert describe_length("外交部发言人表示，中方。") == "10 characters"
    assert describe_length("only a few words") == "4 words"


def _page(paragraphs: list[str], head: str = "", nav: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head>{head}</head><body><nav>{nav}</nav>"
            f"<article>{body}</article><footer>© 2024</footer></body></html>").encode()


def test_short_cjk_page_is_refused_in_characters():
    with pytest.raises(NotAnArticle, match=r"^only 29 characters of running text"):
        article_from_html(_page(["外交部发言人今天表示，中方希望通过对话解决争端，各方应保持克制。"]))


ZH80 = ["外交部发言人今天表示中方希望通过对话解决", "各方应保持克制避免局势进一步升级尽快恢复",
        "会议将于下周在北京举行各国代表将出席会议", "专家认为此次对话有望取得实质性进展和成果"]


def test_eighty_cjk_characters_are_enough_seventy_nine_are_not():
    assert [len(p) for p in ZH80] == [20, 20, 20, 20]
    a = article_from_html(_page([p + "。" for p in ZH80]))
    assert [b.text for b in a.blocks if b.kind == "paragraph"] == [p + "。" for p in ZH80]
    with pytest.raises(NotAnArticle, match=r"^only 79 characters of running text"):
        article_from_html(_page([p + "。" for p in ZH80[:3]] + [ZH80[3][:-1] + "。"]))


RU = ["Министр заявил журналистам, что переговоры продолжатся на следующей неделе в столице.",
      "По его словам, стороны согласовали большую часть вопросов, но окончательное решение "
      "пока не принято.",
      "Эксперты считают, что соглашение может быть подписано уже весной, если не помешают "
      "выборы.",
      "Оппозиция раскритиковала ход переговоров и потребовала опубликовать текст документа.",
      "В правительстве пообещали сделать это после того, как стороны завершат согласование."]


def test_boilerplate_of_an_undeclared_utf8_page_is_decoded_as_its_text():
    """A UTF-8 page with no charset: the main text was right, the boilerplate mojibake
    (lxml read it as Latin-1), so the article was repeated inside the boilerplate."""
    a = article_from_html(_page(RU, "<title>Переговоры продолжатся</title>",
                                "<a href='/'>Новости</a> <a href='/p'>Политика</a>"))
    assert a.blocks[-1].kind == "boilerplate"
    assert a.blocks[-1].text == "Новости\nПолитика\n© 2024"
    assert [b.text for b in a.blocks[:-1]] == RU


@pytest.mark.parametrize("head, h1, found, sitename, expected", [
    # trafilatura gave the site's name; <title> joins it to the headline <h1> repeats
    ("<title>배우 인터뷰 기사 - 엔터 미디어</title>", "배우 인터뷰 기사", "엔터 미디어", None,
     "배우 인터뷰 기사"),
    # the site's name declared by og:site_name is cut off a joined title
    ('<meta property="og:site_name" content="NEWS WEB EASY">', "", "NEWS WEB EASY|法律ができる",
     "NEWS WEB EASY", "法律ができる"),
    # a headline with a dash is left whole; a shorter found title is not taken for the site
    ("<title>Putin speaks | Kremlin news portal</title>", "Other", "Putin speaks", None,
     "Putin speaks"),
    ("<title>Biden - Putin summit ends</title>", "", "Biden - Putin summit ends", None,
     "Biden - Putin summit ends"),
    # only the site's name anywhere: nothing
    ('<meta property="og:site_name" content="Site">', "", "Site", "Site", ""),
    # trafilatura's sitename only repeating its title is no evidence
    ("<title>mediaarchitecture.de // » Jens Weber</title>", "", "Jens Weber", "Jens Weber",
     "Jens Weber"),
])
def test_headline_preferred_to_site_name(head, h1, found, sitename, expected):
    doc = lxml.html.document_fromstring(
        f"<html><head>{head}</head><body><h1>{h1}</h1><p>x</p></body></html>")
    assert page_headline(doc, found, sitename) == expected


@pytest.mark.parametrize("head, body, found, sitename, expected", [
    # biathlonworld: trafilatura's title and og:title are the site's name; <title> holds the
    # headline, which the page's <h1> repeats
    ('<meta property="og:title" content="International Biathlon Union - IBU">'
     "<title>Peking 2022 – Eine große Chance</title>", "<h1>Peking 2022 – Eine große Chance</h1>",
     "International Biathlon Union - IBU", "International Biathlon Union - IBU",
     "Peking 2022 – Eine große Chance"),
    # 2gewinnt: a site name with separators of its own is cut off whole, whatever its case
    ('<meta property="og:title" content="Über uns">'
     '<meta property="og:site_name" content="2gewinnt | Kabarett | Satire">'
     "<title>Über uns – 2gewinnt | Kabarett | Satire</title>", "<h1>2gewinnt | Kabarett | "
     "Satire</h1><h1>Über uns</h1>", "2gewinnt | Kabarett | Satire",
     "2Gewinnt | Kabarett | Satire", "Über uns"),
    ('<meta property="og:site_name" content="2gewinnt | Kabarett | Satire">'
     "<title>Über uns – 2gewinnt | Kabarett | Satire</title>", "",
     "2gewinnt | Kabarett | Satire", "2Gewinnt | Kabarett | Satire", "Über uns"),
])
def test_site_names_found_on_real_pages(head, body, found, sitename, expected):
    doc = lxml.html.document_fromstring(
        f"<html><head>{head}</head><body>{body}<p>x</p></body></html>")
    assert page_headline(doc, found, sitename) == expected


@pytest.mark.parametrize("html, found, sitename, expected", [
    # modabot (archive.org copy): the first <h1> is the logo, the second the headline
    ("<title>Paris Couture: Serkan Cura | modabot</title></head><body><h1>modabot</h1>"
     "<h1>Paris Couture: Serkan Cura</h1>", "Paris Couture: Serkan Cura", "web.archive.org",
     "Paris Couture: Serkan Cura"),
    # bundespolizei.de: trafilatura's sitename is the headline itself (its <h1>)
    ("<title>Bundespolizei - Aktuelles - Illegale Migration aus Belarus</title></head><body>"
     "<h1>Illegale Migration aus Belarus</h1>", "Illegale Migration aus Belarus",
     "Illegale Migration aus Belarus", "Illegale Migration aus Belarus"),
    # maescot.de: both ends of <title> are <h1>s; trafilatura's title is one: the headline
    ("<title>Kleine Schafskunde | Mäscot das Schaf – Webcomic</title></head><body>"
     "<h1>Mäscot das Schaf – Webcomic</h1><h1>Kleine Schafskunde</h1>", "Kleine Schafskunde",
     "maescot.de", "Kleine Schafskunde"),
])
def test_h1_anchors_the_headline(html, found, sitename, expected):
    doc = lxml.html.document_fromstring(f"<html><head>{html}<p>x</p></body></html>")
    assert page_headline(doc, found, sitename) == expected


def test_a_logo_in_h1_is_not_taken_for_the_headline():
    """politico.com (a gold page): <title> is ``Headline - POLITICO``, og:title the headline,
    the only <h1> the logo."""
    doc = lxml.html.document_fromstring(
        '<html><head><meta property="og:title" content="Meadows accused of timing retirement">'
        '<meta property="og:site_name" content="POLITICO">'
        "<title>Meadows accused of timing retirement - POLITICO</title></head>"
        "<body><h1>POLITICO</h1><p>x</p></body></html>")
    assert page_headline(doc, "Meadows accused of timing retirement", "POLITICO") == (
        "Meadows accused of timing retirement")


def test_inspect_cuts_lines_by_terminal_cells(capsys):
    from tui.cli import main

    assert main(["inspect", str(NHK)]) == 0
    lines = capsys.readouterr().out.splitlines()
    # 34 wide characters (68 cells) and the ellipsis: one more would make 71
    assert lines[4] == ("paragraph         0-62     "
                        "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために…")
