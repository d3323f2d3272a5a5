"""Real material in (#10): saved news pages, Reddit and Hacker News threads, a Disqus export,
told apart by content; ``threadmark fetch`` against a local HTTP server."""

from __future__ import annotations

import html
import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from annotations import AnnotationStore, InputError, load_article
from annotations.sources.fetch import resolve
from tests.conftest import RU_SEED
from tui.cli import main

FIX = Path(__file__).parents[1] / "fixtures"
PAGES = sorted(p for p in (FIX / "pages").glob("*.html") if "scmp" not in p.name)
REDDIT = FIX / "reddit" / "thread_more_deleted.json"
LINK_POST = FIX / "reddit" / "thread_link_post.json"
HN = FIX / "hn" / "item_story.json"
DISQUS = FIX / "disqus" / "export.xml"
TRAM = FIX / "handmade" / "tram_article.html"


def check_offsets(a):
    assert all(a.body[b.start:b.end] == b.text for b in a.blocks)


# -- pages ------------------------------------------------------------------------------------


def test_ten_real_pages_of_nine_outlets_in_three_languages():
    assert len(PAGES) == 10
    outlets, languages = set(), set()
    for p in PAGES:
        loaded = load_article(p)
        a = loaded.article
        assert loaded.kind == "html" and a.title and a.source and a.url.startswith("http")
        check_offsets(a)
        words = sum(len(b.text.split()) for b in a.blocks if b.kind == "paragraph")
        assert words >= 200, p.name
        assert a.blocks[-1].kind == "boilerplate"  # the page's furniture, kept and hidden
        outlets.add(a.source)
        languages.add(a.language)
    assert len(outlets) == 10 and languages == {"en", "de", "fr"}


def test_reuters_page_metadata_exact():
    a = load_article(FIX / "pages" / "reuters.com.parasite.html").article
    assert a.title == "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"
    assert (a.source, a.authors, a.published_at, a.language) == (
        "Reuters", ["Jill Serjeant"], "2020-01-20", "en")
    assert a.url == "https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH"
    assert a.blocks[0].text.startswith("LOS ANGELES (Reuters) - South Korean thriller")


def test_page_blocks_headings_quotes_captions():
    a = load_article(FIX / "pages" / "franceculture.fr.idees.html").article
    kinds = {b.kind for b in a.blocks}
    assert {"heading", "quote", "caption", "paragraph", "boilerplate"} <= kinds
    t = load_article(TRAM).article
    assert [(b.kind, b.text[:22]) for b in t.blocks[:6]] == [
        ("heading", "City council votes to "), ("paragraph", "The city council voted"),
        ("quote", '"Construction starts n'), ("heading", "Opposition"),
        ("paragraph", "Opposition councillors"), ("caption", "A tram at the central ")]
    assert t.blocks[-1].text == ("Home\nPolitics\nSport\nA tram at the central station.\n"
                                 "© City News 2024. All rights reserved.\nPrivacy")
    assert (t.source, t.authors, t.language) == ("City News", ["Ann Reporter"], "en")


def test_page_in_a_declared_legacy_encoding():
    a = load_article(FIX / "handmade" / "latin1_page.html").article
    assert a.title == "Grüne Welle für die Straßenbahn" and a.language == "de"
    assert "nördlichen Vororte" in a.body


@pytest.mark.parametrize("name", ["pages/scmp.com.playbook.html", "handmade/home_page.html"])
def test_page_without_article_text_is_refused_in_one_line(name, capsys):
    path = FIX / name
    assert main(["inspect", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"threadmark: {path}: only ") and err.count("\n") == 1
    assert "words of running text: no article on this page" in err


# -- Reddit -----------------------------------------------------------------------------------


def _items(listing):
    """Every item of a Reddit listing, replies after their comment (pre-order)."""
    out, stack = [], [iter(listing)]
    while stack:
        c = next(stack[-1], None)
        if c is None:
            stack.pop()
            continue
        out.append(c)
        if isinstance(c["data"].get("replies"), dict):
            stack.append(iter(c["data"]["replies"]["data"]["children"]))
    return out


def _raw_comments(listing):
    return [c["data"] for c in _items(listing) if c["kind"] == "t1"]


def test_reddit_thread_tree_authors_times_entities_and_more_stubs():
    raw = json.loads(REDDIT.read_text())
    loaded = load_article(REDDIT)
    a = loaded.article
    assert loaded.kind == "reddit" and a.source == "r/self"
    assert a.url == ("https://www.reddit.com/r/self/comments/1cebxh/"
                     "my_wife_passed_away_eight_months_ago_yesterday_i/")
    flat = list(a.walk())
    expected = _raw_comments(raw[1]["data"]["children"])
    assert len(flat) == len(expected) == 199
    assert [c.author for c, _ in flat] == [d["author"] for d in expected]  # order kept
    assert sum(c.author == "[deleted]" for c, _ in flat) == 22
    first = flat[0][0]
    from datetime import UTC, datetime

    assert first.posted_at == datetime.fromtimestamp(expected[0]["created_utc"], UTC)
    assert first.posted_at.isoformat() == "2013-04-15T20:51:28+00:00"  # UTC, from created_utc
    with_entity = next(d for d in expected if "&gt;" in d["body"] or "&amp;" in d["body"])
    mine = next(c for c, _ in flat if c.posted_at.timestamp() == with_entity["created_utc"])
    assert "&gt;" not in mine.text and "&amp;" not in mine.text
    assert html.unescape(with_entity["body"]).split()[0] in mine.text
    more = sum(max(c["data"]["count"], len(c["data"]["children"]), 1)
               for c in _more_stubs(raw[1]["data"]["children"]))
    assert loaded.warnings == [f"{REDDIT}: {more} comment(s) not in this file (Reddit's 'more' "
                               "stubs); fetch the thread again with them expanded to read them"]


def _more_stubs(listing):
    return [c for c in _items(listing) if c["kind"] == "more"]


def test_reddit_link_post_points_at_its_link():
    a = load_article(LINK_POST).article
    assert (a.source, a.body, a.discusses) == ("r/holdmyredbull", "https://v.redd.it/cwx8m5iuc7ja1",
                                              "https://v.redd.it/cwx8m5iuc7ja1")
    assert a.comment_count() == 21 and a.comments[0].author == "Doc-Zoidberg"


def test_subreddit_listing_is_refused(capsys, tmp_path):
    path = FIX / "reddit" / "subreddit_listing.json"
    assert main(["import", "--store", str(tmp_path / "s.db"), str(path)]) == 2
    assert "a Reddit listing of 27 posts, not a thread" in capsys.readouterr().err


# -- Hacker News, Disqus ------------------------------------------------------------------------


def test_hacker_news_item_marks_deleted_and_dead():
    a = load_article(HN).article
    assert (a.source, a.discusses, a.url) == (
        "Hacker News", "https://news.example.org/2024/07/15/tram-network",
        "https://news.ycombinator.com/item?id=41000001")
    rows = [(c.id, c.author, c.status) for c, _ in a.walk()]
    assert rows == [("1", "tramfan", None), ("1.1", "[deleted]", "deleted"),
                    ("1.1.1", "skeptic", None), ("1.2", "spammer", "dead"),
                    ("2", "engineer_e", None)]
    assert a.comment("1").text == (
        'About time. The mayor said "construction starts next spring" & I\'ll believe it when '
        "I see it.\n\nSecond paragraph with a link to the plan and emphasis.")
    assert a.comment("1.1").text == "[deleted]"


def test_disqus_export_one_article_per_thread_with_posts():
    loaded = load_article(DISQUS)
    assert [a.title for a in loaded.articles] == [
        "City council votes to expand the tram network", "The budget, line by line"]
    a = loaded.articles[0]
    assert [(c.id, c.author, c.name) for c, _ in a.walk()] == [
        ("1", "mariak", "Maria K."), ("1.1", "taxpayer", None), ("1.2", "lee", "Lee")]
    assert a.comment("1").text == "Finally some good news for commuters.\n\nLine 4 is overdue."
    assert a.comment("1.1").text == "Who pays for it? <none of us, apparently>"
    assert loaded.warnings == [f"{DISQUS}: 2 deleted or spam post(s) skipped"]
    assert (a.source, a.discusses) == ("citynews", "https://news.example.org/2024/07/15/tram-network")


def test_seed_format_and_article_json_read_as_before(tmp_path):
    a = load_article(RU_SEED)
    assert (a.kind, a.article.id) == ("text", "fe3e53f66721eebc")  # the hash of its content
    from annotations.model.serialize import article_to_json

    p = tmp_path / "a.txt"  # article JSON is told by its content, whatever the name
    p.write_text(article_to_json(a.article))
    b = load_article(p)
    assert b.kind == "article-json" and b.article.id == a.article.id
    assert article_to_json(b.article) == article_to_json(a.article)


def test_import_folder_of_every_kind(tmp_path, capsys):
    store = tmp_path / "s.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for src in [*PAGES[:3], REDDIT, HN, DISQUS, TRAM]:
        (folder / src.name).write_bytes(src.read_bytes())
    assert main(["import", "--store", str(store), str(folder)]) == 0
    assert "added 8, already there 0, failed 0" in capsys.readouterr().out
    with AnnotationStore(store, readonly=True) as s:
        sources = sorted({a.source for a in s.articles()})
    assert "Hacker News" in sources and "r/self" in sources and "citynews" in sources


# -- fetch --------------------------------------------------------------------------------------


@pytest.fixture
def server():
    """A local HTTP server on 127.0.0.1 serving the fixtures (and a slow path)."""
    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            if self.path.startswith("/slow"):  # answers only once the test is over
                self.server.test_over.wait(60)  # type: ignore[attr-defined]
                return
            if self.path.startswith("/api/items/41000001"):
                self.path = "/hn/item_story.json"
            return super().do_GET()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(FIX)))
    httpd.daemon_threads = True
    httpd.test_over = threading.Event()  # type: ignore[attr-defined]
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.test_over.set()  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


def test_fetch_pages_and_threads_keeps_sources(server, tmp_path, capsys, monkeypatch):
    store = tmp_path / "data" / "s.db"
    monkeypatch.setenv("THREADMARK_HN_API", f"{server}/api")
    urls = [f"{server}/pages/reuters.com.parasite.html", f"{server}/reddit/thread_link_post.json",
            "https://news.ycombinator.com/item?id=41000001"]
    # the Hacker News item URL goes to the (local) items API
    assert resolve(urls[2]) == f"{server}/api/items/41000001"
    assert main(["fetch", "--store", str(store), *urls]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [ln.split(": ")[1] for ln in out] == ["added"] * 3
    kept = sorted(p.suffix for p in (store.parent / "sources").iterdir())
    assert kept == [".html", ".json", ".json"]
    with AnnotationStore(store, readonly=True) as s:
        assert sorted(a.source for a in s.articles()) == ["Hacker News", "Reuters",
                                                          "r/holdmyredbull"]


def test_fetch_failures_are_one_line_each(server, tmp_path, capsys):
    store = tmp_path / "s.db"
    urls = [f"{server}/missing.html", f"{server}/slow/x", f"{server}/pages/scmp.com.playbook.html",
            "ftp://example.org/x"]
    # the slow page never answers: the timeout need not be short to be reached, and the
    # others have 2 s each on a loaded machine (0.5 s was within reach of a 404 under load)
    assert main(["fetch", "--store", str(store), "--timeout", "2", *urls]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"threadmark: {urls[0]}: HTTP 404 File not found"
    assert err[1] == f"threadmark: {urls[1]}: timed out after 2 s"
    assert err[2].startswith(f"threadmark: {urls[2]}: only 24 words of running text")
    assert err[3] == "threadmark: ftp://example.org/x: not an http(s) URL"
    assert len(err) == 4


def test_reddit_url_is_fetched_as_json():
    assert resolve("https://old.reddit.com/r/self/comments/1cebxh/my_wife/?sort=top") == (
        "https://www.reddit.com/r/self/comments/1cebxh/my_wife.json?raw_json=1")


def test_inputerror_for_bad_json_shapes(tmp_path):
    p = tmp_path / "x.json"
    p.write_text('{"kind": "t3", "data": {}}')
    with pytest.raises(InputError, match="not an article"):
        load_article(p)
