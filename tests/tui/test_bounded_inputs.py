"""Every input read in bounded time and memory, every bad one refused in one line (#23).

The hostile files are made here. Commands that could hang or eat memory on a regression run
in a child process with a time limit and an address-space cap (``capped``), so a regression
fails the test instead of taking the machine down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from annotations.errors import InputError
from annotations.settings import load_settings
from annotations.sources.loader import load_article
from tui.cli import main

#: Address-space cap of a child process (bytes): enough for Python, pydantic and lxml.
CAP = 1024 * 1024 * 1024


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def capped(*argv: str, timeout: float = 60, env: dict | None = None):
    """``threadmark ARGV`` in a child process under ``CAP`` of memory and ``timeout``."""
    code = (f"import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({CAP}, {CAP})); "
            "from tui.cli import main; sys.exit(main(sys.argv[1:]))")
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, check=False)


# -- Disqus: reply cycles ------------------------------------------------------------------------

_DSQ = 'xmlns:dsq="http://disqus.com/disqus-internals"'


def disqus(*posts: str) -> bytes:
    return (f'<?xml version="1.0"?><disqus xmlns="http://disqus.com" {_DSQ}>'
            '<thread dsq:id="t1"><title>T</title><link>http://x.example/a</link>'
            f'<message>Hello</message></thread>{"".join(posts)}</disqus>').encode()


def post(pid: str, parent: str | None = None, deleted: bool = False,
         created: str = "2020-01-01T00:00:00Z") -> str:
    par = f'<parent dsq:id="{parent}"/>' if parent else ""
    return (f'<post dsq:id="{pid}"><thread dsq:id="t1"/>{par}<message>m{pid}</message>'
            f'<createdAt>{created}</createdAt><isDeleted>{str(deleted).lower()}</isDeleted>'
            f'<isSpam>false</isSpam><author><name>a{pid}</name></author></post>')


def tree(article) -> list[tuple[int, str]]:
    return [(d, c.text) for c, d in article.walk()]


def test_deleted_post_that_is_its_own_parent(tmp_path):
    p = tmp_path / "self.xml"
    p.write_bytes(disqus(post("1", "1", deleted=True), post("2", "1")))
    loaded = load_article(p)  # looped forever before
    assert tree(loaded.article) == [(0, "m2")]
    assert loaded.warnings == [f"{p}: 1 deleted or spam post(s) skipped"]


def test_two_deleted_posts_each_others_parent(tmp_path):
    p = tmp_path / "mutual.xml"
    p.write_bytes(disqus(post("1", "2", deleted=True), post("2", "1", deleted=True),
                         post("3", "1")))
    loaded = load_article(p)
    assert tree(loaded.article) == [(0, "m3")]


def test_posts_in_a_reply_cycle_are_kept_at_top_level_and_counted(tmp_path):
    p = tmp_path / "cycle.xml"
    p.write_bytes(disqus(post("1"), post("2", "3"), post("3", "4"), post("4", "2"),
                         post("5", "4")))
    loaded = load_article(p)
    # 2, 3 and 4 were dropped without a word before
    assert tree(loaded.article) == [(0, "m1"), (0, "m2"), (0, "m3"), (0, "m4"), (1, "m5")]
    assert loaded.warnings == [f"{p}: 3 post(s) in a reply cycle, kept at top level"]


def test_duplicate_post_ids_cannot_make_a_walk_loop(tmp_path):
    p = tmp_path / "dup.xml"
    # the second post "1" answers "2", which answers the first "1": a loop by id
    p.write_bytes(disqus(post("1"), post("2", "1"), post("1", "2")))
    loaded = load_article(p)
    assert tree(loaded.article) == [(0, "m1"), (1, "m2"), (2, "m1")]


def test_a_cycle_hangs_no_command(tmp_path):
    p = tmp_path / "self.xml"
    p.write_bytes(disqus(post("1", "1", deleted=True), post("2", "1")))
    r = capped("import", "--store", str(tmp_path / "s.db"), str(p), timeout=60)
    assert (r.returncode, r.stdout) == (0, "added 1, already there 0, failed 0\n")


# -- shape errors: one line, exit 2 ----------------------------------------------------------

def _reddit(top) -> list:
    post_ = {"kind": "t3", "data": {"title": "T", "selftext": "hi", "created_utc": 1,
                                    "subreddit": "x", "permalink": "/r/x/1"}}
    return [{"kind": "Listing", "data": {"children": [post_]}}, {"kind": "Listing", "data": top}]


def _t1(**data) -> dict:
    return {"kind": "t1", "data": {"body": "b", "author": "u", "created_utc": 1, **data}}


def _hn(children, **more) -> dict:
    return {"type": "story", "title": "T", "id": 1, "created_at": "2020-01-01T00:00:00Z",
            "children": children, **more}


SHAPES = {
    "reddit_data_list.json": (
        _reddit([1]), "reddit thread: not a Reddit thread (post and comment listings)"),
    "reddit_data_string.json": (
        _reddit("x"), "reddit thread: not a Reddit thread (post and comment listings)"),
    "reddit_post_data_list.json": (
        [{"kind": "Listing", "data": [1]}, {"kind": "Listing", "data": {"children": []}}],
        "reddit thread: not a Reddit thread (post and comment listings)"),
    "reddit_more_count.json": (
        _reddit({"children": [{"kind": "more", "data": {"count": "many", "children": []}}]}),
        "reddit thread: a 'more' stub's count is not a number: 'many'"),
    "reddit_children_int.json": (
        _reddit({"children": [_t1(replies={"data": {"children": 5}})]}),
        "reddit thread: comment by 'u': replies: 'children' is not a list but int"),
    "reddit_replies_data_string.json": (
        _reddit({"children": [_t1(replies={"data": "x"})]}),
        "reddit thread: comment by 'u': replies.data is not an object but str"),
    "reddit_comment_data_int.json": (
        _reddit({"children": [{"kind": "t1", "data": 5}]}),
        "reddit thread: comment 1: 'data' is not an object"),
    "hn_children_int.json": (
        _hn(5), "hn thread: item 1: 'children' is not a list but int"),
    "hn_reply_children_int.json": (
        _hn([{"id": 2, "author": "a", "text": "x", "created_at_i": 1, "children": 7}]),
        "hn thread: item 2: 'children' is not a list but int"),
    "hn_bad_created_at.json": (
        _hn([{"author": "a", "text": "x", "created_at": "not a time", "children": []}]),
        "hn thread: comments[0].posted_at: Input should be a valid datetime or date, "
        "invalid character in year"),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape_errors_are_one_line_in_inspect(name, tmp_path, capsys):
    obj, why = SHAPES[name]
    p = tmp_path / name
    p.write_text(json.dumps(obj))
    code, out, err = run(capsys, "inspect", str(p))
    assert (code, out, err) == (2, "", f"threadmark: {p}: {why}\n")


def test_disqus_bad_created_at_is_one_line(tmp_path, capsys):
    p = tmp_path / "badtime.xml"
    p.write_bytes(disqus(post("1", created="yesterday")))
    code, out, err = run(capsys, "inspect", "--json", str(p))
    assert (code, out) == (2, "")
    assert err == (f"threadmark: {p}: Disqus export: comments[0].posted_at: Input should be a "
                   "valid datetime or date, input is too short\n")


def test_folder_import_reports_every_file_and_ends_with_its_summary(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (obj, _) in SHAPES.items():
        (folder / name).write_text(json.dumps(obj))
    (folder / "zz_good.xml").write_bytes(disqus(post("1")))  # after every bad one
    code, out, err = run(capsys, "import", "--store", str(tmp_path / "s.db"), str(folder))
    assert code == 2
    assert out == f"added 1, already there 0, failed {len(SHAPES)}\n"
    assert err.splitlines() == [f"threadmark: {folder / n}: {SHAPES[n][1]}" for n in
                                sorted(SHAPES)]


async def test_tui_open_of_a_bad_file_shows_one_line_and_keeps_running(tmp_path):
    from tests.tui.helpers import make_app, messages
    from tui.screens.library import LibraryScreen

    obj, why = SHAPES["reddit_children_int.json"]
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(obj))
    app = make_app(tmp_path / "s.db", open_paths=[p], seed_if_empty=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)  # it exited with a traceback before
        assert messages(app) == [f"{p}: {why}"]


def test_folder_import_1200_levels_deep(tmp_path, capsys):
    here = tmp_path / "deep"
    os.makedirs(here)
    fd = os.open(here, os.O_RDONLY)
    try:  # relative steps: the full path is longer than PATH_MAX
        for _ in range(1200):
            os.mkdir("d", dir_fd=fd)
            nxt = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
        with open(os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as f:
            f.write("")
    finally:
        os.close(fd)
    try:
        code, out, err = run(capsys, "import", "--store", str(tmp_path / "s.db"), str(here))
    finally:
        _remove_chain(here)  # pytest's own clean-up of tmp dirs recurses (RecursionError)
    # no RecursionError: the file 1,200 folders down is found (and its path is too long)
    assert (code, out) == (2, "added 0, already there 0, failed 1\n")
    assert err.startswith(f"threadmark: {here}/d/d/d/") and err.count("\n") == 1


def _remove_chain(top) -> None:
    """Remove a chain of folders ``top/d/d/.../a.txt`` without recursion (by relative steps:
    the full path is longer than PATH_MAX)."""
    fds = [os.open(top, os.O_RDONLY)]
    try:
        while True:
            try:
                fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
            except FileNotFoundError:
                break
        for name in os.listdir(fds[-1]):
            os.unlink(name, dir_fd=fds[-1])
        while len(fds) > 1:
            os.close(fds.pop())
            os.rmdir("d", dir_fd=fds[-1])
    finally:
        for fd in fds:
            os.close(fd)


# -- special files ---------------------------------------------------------------------------

@pytest.fixture
def fifo(tmp_path):
    p = tmp_path / "fifo"
    os.mkfifo(p)
    return p


@pytest.mark.parametrize("argv", [
    ["check"], ["export"], ["import", "{good}"], ["check", "--repair"]])
@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "dir"])
def test_special_file_as_the_store_is_refused(argv, special, tmp_path, fifo):
    good = tmp_path / "good.xml"
    good.write_bytes(disqus(post("1")))
    path = {"fifo": str(fifo), "dir": str(tmp_path)}.get(special, special)
    kind = {"fifo": "a FIFO (named pipe)", "dir": "a directory"}.get(special,
                                                                     "a character device")
    r = capped(*[a.format(good=good) for a in argv], "--store", path, timeout=60)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == f"threadmark: {path}: is {kind}, not a store file\n"


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_special_file_as_any_input_is_refused(special, tmp_path, fifo):
    path = str(fifo) if special == "fifo" else special
    kind = "a FIFO (named pipe)" if special == "fifo" else "a character device"
    store = str(tmp_path / "s.db")
    for argv in (["inspect", path], ["import-annotations", "--store", store, path],
                 ["import", "--store", store, path]):
        r = capped(*argv, timeout=60)
        assert r.returncode == 2, argv
        assert r.stderr.startswith(f"threadmark: {path}: is {kind}, not a regular file"), argv
        assert r.stderr.count("\n") == 1, argv


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_special_file_as_settings_is_ignored_with_a_warning(special, fifo):
    path = fifo if special == "fifo" else special
    kind = "a FIFO (named pipe)" if special == "fifo" else "a character device"
    settings, warning = load_settings(Path(path))
    assert settings.annotator is None
    assert warning == f"{path}: ignored (is {kind}, not a regular file)"


def test_settings_fifo_from_the_environment_does_not_block(tmp_path, fifo):
    code = (f"import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({CAP}, {CAP})); "
            "from annotations.settings import load_settings; print(load_settings()[1])"
            )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "THREADMARK_CONFIG": str(fifo)}, check=False)
    assert r.stdout == f"{fifo}: ignored (is a FIFO (named pipe), not a regular file)\n"


# -- arguments ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("argv", "message"), [
    (["fetch", "--timeout", "nan", "http://x.example/"],
     "threadmark fetch: argument --timeout: must be more than 0 and at most 86400 "
     "seconds, not 'nan'"),
    (["fetch", "--timeout", "inf", "http://x.example/"],
     "threadmark fetch: argument --timeout: must be more than 0 and at most 86400 "
     "seconds, not 'inf'"),
    (["fetch", "--timeout", "-1", "http://x.example/"],
     "threadmark fetch: argument --timeout: must be more than 0 and at most 86400 "
     "seconds, not '-1'"),
    (["fetch", "http://x.example/a\x07b"],
     "threadmark fetch: argument URL: a URL with a control character or space "
     "(U+0007); percent-encode it"),
    (["serve", "--port", "-1"], "threadmark serve: argument --port: -1 is not a port number "
                                "(1 to 65535)"),
    (["serve", "--port", "70000"], "threadmark serve: argument --port: 70000 is not a port "
                                   "number (1 to 65535)"),
    (["import", ""], "threadmark import: argument PATH: an empty path"),
    (["check", "--store", ""], "threadmark check: argument --store: an empty path"),
    (["--store", "", "check"], "threadmark: argument --store: an empty path"),
    (["import-annotations", ""], "threadmark import-annotations: argument FILE: an "
                                 "empty path"),
    (["inspect", ""], "threadmark inspect: argument FILE|ID: an empty path"),
])
def test_bad_arguments_are_refused_by_the_parser(argv, message, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    prog = message.split(": argument")[0]
    assert capsys.readouterr().err.splitlines()[-1] == f"{message} (see {prog} --help)"


# -- fetch ---------------------------------------------------------------------------------------

class _Trickle(BaseHTTPRequestHandler):
    """Sends its answer one byte a second (a server that keeps a download alive forever)."""

    def log_message(self, *a):
        pass

    def do_GET(self):
        if self.path == "/page":
            body = b"<html><body><article><p>" + b"word " * 400 + b"</p></article></body>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(100000):
                self.wfile.write(b"x")
                self.wfile.flush()
                if self.server.stopping.wait(1):  # a byte a second, until the test ends
                    return
        except OSError:
            pass


@pytest.fixture
def trickle():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    httpd.daemon_threads = True
    httpd.stopping = threading.Event()  # type: ignore[attr-defined]
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.stopping.set()  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


def test_fetch_timeout_is_a_deadline_for_the_whole_download(trickle, tmp_path):
    url = f"http://{trickle}/slow"
    started = time.monotonic()
    r = capped("fetch", "--store", str(tmp_path / "s.db"), "--timeout", "2", url, timeout=60)
    took = time.monotonic() - started
    assert (r.returncode, r.stderr) == (2, f"threadmark: {url}: timed out after 2 s\n")
    assert took < 30  # bounded (it ran until the test's own limit before)


def test_fetch_keeps_no_credentials_and_has_force(trickle, tmp_path, capsys, monkeypatch):
    import annotations.sources.fetch as fetch

    class Frozen(datetime):  # every fetch in the same second
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 1, 2, 3, 4, 5, tzinfo=tz)

    monkeypatch.setattr(fetch, "datetime", Frozen)
    url = f"http://ana:s3cret@{trickle}/page"
    store = tmp_path / "s.db"
    code, out, err = run(capsys, "fetch", "--store", str(store), url)
    saved = [p.name for p in (tmp_path / "sources").iterdir()]
    assert len(saved) == 1 and "ana" not in saved[0] and "s3cret" not in saved[0]
    assert saved[0].endswith(f"-127-0-0-1-{trickle.split(':')[1]}-page-"
                             f"{saved[0].rsplit('-', 1)[1]}")
    assert (code, err) == (0, "")
    assert out.startswith(f"http://{trickle}/page: added: ") and saved[0] in out
    # the same URL again at once: the same name; --force replaces it
    code, out, err = run(capsys, "fetch", "--store", str(store), url)
    assert (code, out) == (2, "")
    assert err == (f"threadmark: {tmp_path / 'sources' / saved[0]}: exists already (use --force "
                   "to replace it)\n")
    code, out, err = run(capsys, "fetch", "--store", str(store), "--force", url)
    assert (code, err) == (0, "")
    assert out.startswith(f"http://{trickle}/page: already there: ")
    assert [p.name for p in (tmp_path / "sources").iterdir()] == saved


# -- lxml messages ---------------------------------------------------------------------------

def test_xml_error_is_one_line(tmp_path, capsys):
    p = tmp_path / "bad.xml"  # libxml2 quotes the comment, newlines and all
    p.write_bytes(b"<disqus><!-- x\n\nthreadmark: fake -- y --></disqus>")
    code, out, err = run(capsys, "inspect", str(p))
    assert (code, out) == (2, "")
    assert err == (f"threadmark: {p}: Disqus export: not well-formed XML (Double hyphen within "
                   "comment: <!-- x threadmark: fake , line 3, column 18 (<string>, line 3))\n")


def test_load_article_refuses_a_directory(tmp_path):
    with pytest.raises(InputError) as e:
        load_article(tmp_path)
    assert str(e.value) == f"{tmp_path}: is a directory, not a regular file"




# -- saved pages: bounded by documented limits -------------------------------------------------

def test_a_p_with_300000_attributes_is_refused_at_once(tmp_path, capsys):
    from benchmarks.hostile_inputs import many_attributes

    p = tmp_path / "attrs.html"
    p.write_bytes(many_attributes(300_000))
    r = capped("inspect", str(p), timeout=120)  # over 600 s before (libxml2 is quadratic)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"threadmark: {p}: a <p> tag with 300,000 attributes (at byte 36; the "
                        "limit is 1,000): not a news page\n")


def test_page_over_the_element_limit_is_refused(tmp_path, capsys):
    from benchmarks.hostile_inputs import big_page

    p = tmp_path / "big.html"
    p.write_bytes(big_page(12_000))
    code, out, err = run(capsys, "inspect", str(p))
    assert (code, out) == (2, "")
    assert err == (f"threadmark: {p}: 36,008 elements, over the limit of 30,000 for a saved page "
                   "(news pages have about a thousand)\n")


def test_page_over_20_mb_is_refused(tmp_path, capsys):
    p = tmp_path / "huge.html"
    p.write_bytes(b"<!doctype html><html><body><article><p>" + b"word " * 4_100_000 +
                  b"</p></article></body></html>")
    code, out, err = run(capsys, "inspect", str(p))
    assert (code, out) == (2, "")
    assert err == f"threadmark: {p}: a page of 20.5 MB is over the 20 MB limit for saved pages\n"


def test_boilerplate_of_a_page_whose_pieces_are_all_main_text():
    import lxml.html

    from annotations.sources.html_page import _furniture

    paras = [f"Paragraph {i} says something about the budget." for i in range(3000)]
    doc = lxml.html.document_fromstring(
        "<html><body><nav>Home</nav><nav>Sport news</nav>" +
        "".join(f"<p>{t}</p>" for t in paras) + "<footer>Contact us</footer></body></html>")
    # every paragraph is found at the cursor: no whole search of the main text for them
    assert _furniture(doc, "\n".join(paras)) == [("boilerplate",
                                                  "Home\nSport news\nContact us")]


def test_compat_trafilatura_gives_extracts_xml_less_the_fingerprint():
    import re

    import trafilatura

    from annotations import compat_trafilatura

    assert trafilatura.__version__ == compat_trafilatura.TESTED_VERSION, (
        "trafilatura was upgraded: check annotations/compat_trafilatura.py against it")
    fix = Path(__file__).parents[1] / "fixtures" / "pages"
    for page in sorted(fix.glob("*.htm*"))[:4]:
        data = page.read_bytes()
        want = trafilatura.extract(trafilatura.load_html(data), output_format="xml",
                                   with_metadata=True, include_comments=False,
                                   include_images=True, include_tables=True)
        got = compat_trafilatura.extract_xml(trafilatura.load_html(data), len(data))
        assert got == re.sub(r' fingerprint="[^"]*"', "", want or ""), page.name


def test_a_newline_in_a_path_stays_on_one_line(tmp_path, capsys):
    p = tmp_path / "two\nlines.txt"
    code, out, err = run(capsys, "inspect", str(p))
    assert (code, out) == (2, "")
    assert err == f"threadmark: {tmp_path}/two\u240alines.txt: no such file\n"


def test_opening_a_fifo_in_the_app_does_not_block(tmp_path, fifo):
    from annotations.sources.adding import add_files
    from annotations.store import AnnotationStore

    found: list = []
    with AnnotationStore(tmp_path / "s.db") as s:
        t = threading.Thread(target=lambda: found.append(add_files(s, [fifo])), daemon=True)
        t.start()
        t.join(60)  # it waited for a writer forever before
        assert not t.is_alive()
    assert found[0].ids == []
    assert found[0].messages == [("error", f"{fifo}: is a FIFO (named pipe), not a regular file")]


def test_reading_words_counts_as_the_character_loop_did():
    import random

    from annotations.text.measure import _is_cjk_punctuation, is_cjk, reading_words

    def by_character(text: str) -> float:  # the definition, one character at a time
        cjk, rest = 0, []
        for ch in text:
            if is_cjk(ch):
                cjk += 1
                rest.append(" ")
            else:
                rest.append(" " if _is_cjk_punctuation(ch) else ch)
        return len("".join(rest).split()) + cjk / 2

    rng = random.Random(23)
    alphabet = "ab \n\t,。「」　中文日本語カナｶﾅ！ｰ\U00020001\u3400\uf900\u31f0\uff65\uff66"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        assert reading_words(text) == by_character(text), repr(text)


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_a_special_file_as_the_stores_pid_file_blocks_nothing(special, tmp_path, fifo):
    store = tmp_path / "s.db"
    good = tmp_path / "good.xml"
    good.write_bytes(disqus(post("1")))
    side = tmp_path / "s.db.lock"
    if special == "fifo":
        os.rename(fifo, side)
    else:
        os.symlink(special, side)
    r = capped("import", "--store", str(store), str(good), timeout=60)  # it hung before
    assert (r.returncode, r.stdout, r.stderr) == (0, "added 1, already there 0, failed 0\n", "")


@pytest.mark.parametrize("indent", [True, False])
def test_export_placeholders_filled_in_pieces_give_the_whole_text(indent):
    import re

    import orjson

    from annotations.exchange.export_articles import _ENTRY_INDENT, DocumentSlots
    from annotations.model.article import article_from_obj
    from annotations.model.serialize import article_to_json
    from annotations.sources.deepjson import loads
    from benchmarks.hostile_inputs import deep_article

    a = article_from_obj(loads(deep_article(300)))
    slots = DocumentSlots()
    dumped = orjson.dumps({"articles": [{"document": slots.slot(a)}, {"document": slots.slot(a)}]},
                          option=orjson.OPT_INDENT_2 if indent else 0)
    text = article_to_json(a, indent=indent)
    whole = (text.replace("\n", "\n" + _ENTRY_INDENT) if indent else text).encode()
    want = re.sub(rb'"' + re.escape(slots.token.encode()) + rb'\d+"', lambda m: whole, dumped)
    assert slots.fill(dumped, indent) == want


def test_text_thread_with_headers_out_of_step_after_a_deep_chain():
    """A header indented out of step (an odd indent) is text of the comment before it, at
    any depth; where a header goes is worked out without scanning the open comments."""
    from annotations.sources.parse import parse_article

    lines = ["Deep", "", "Body paragraph of the article.", ""]
    for i in range(300):
        lines.append("  " * (i + 1) + f"1. user{i} 26 October 2020 16: 13")
        lines.append("  " * (i + 2) + f"text {i}")
    lines += [" 1. odd 26 October 2020 16: 13", "  2. back 26 October 2020 16: 14",
              "    top again"]
    a = parse_article("\n".join(lines) + "\n")
    walked = [(d, c.author, c.text) for c, d in a.walk()]
    assert len(walked) == 301 and walked[-1] == (0, "back", "top again")
    assert walked[-2] == (299, "user299", "text 299\n1. odd 26 October 2020 16: 13")


def test_comment_html_of_unterminated_constructs_reads_in_linear_time(tmp_path):
    p = tmp_path / "hn.json"
    p.write_text(json.dumps(_hn([{"id": 2, "author": "a", "created_at_i": 1, "children": [],
                                  "text": "<p>Real words.</p>" + "x<!--" * 200_000}])))
    r = capped("inspect", str(p), timeout=60)  # HTMLParser alone: the square of 2 MB
    assert (r.returncode, r.stderr) == (0, "")
    assert "[1] a, 1970-01-01 00:00: Real words." in r.stdout


def test_counting_html_parser_hooks_are_this_pythons():
    import html.parser

    from annotations.compat_htmlparser import HOOKS, CountingHTMLParser, TooBroken
    from annotations.sources.htmltext import _text_by_lxml, html_to_text

    for name in HOOKS:
        assert callable(getattr(html.parser.HTMLParser, name, None)), (
            f"HTMLParser.{name} is gone: check annotations/compat_htmlparser.py")
    p = CountingHTMLParser(limit=3)
    with pytest.raises(TooBroken):
        p.feed("<!-- x >" * 10)
        p.close()
    # a well-formed fragment never falls back; a broken one reads the same words
    assert html_to_text("<p>a<p>b<br>c<ul><li>x</li></ul><script>bad</script>tail") == \
        "\n\na\n\nb\nc\n\n\n\n• x\n\n\n\ntail"
    # over 50 unterminated comments: lxml reads it (an unterminated comment runs to the end,
    # as in a browser); up to 50, HTMLParser as before (it keeps them as text)
    broken = "<p>Real words.</p>" + "x<!--" * 60
    assert html_to_text(broken) == _text_by_lxml(broken) == "\n\nReal words.\n\nx"
    assert html_to_text("<p>Real words.</p>" + "x<!--" * 40) == \
        "\n\nReal words.\n\n" + "x<!--" * 40
