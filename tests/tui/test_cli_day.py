"""An analyst's first day at the command line (issue 29): pipes, options, imports, lock files."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from tests.conftest import ROOT, RU_SEED
from tui.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_output_into_a_closed_pipe_ends_quietly(tmp_path, capsys):
    """`threadmark inspect BIG --json | head -1`: no "Broken pipe" line, SIGPIPE's status."""
    from annotations.model.article import article_from_obj
    from annotations.model.identity import canonical_article_id

    main(["inspect", str(RU_SEED), "--json"])
    doc = json.loads(capsys.readouterr()[0])
    doc["body"] *= 40  # far more than a pipe's buffer
    del doc["blocks"]
    doc["id"] = canonical_article_id(article_from_obj(json.loads(json.dumps(doc))))
    big = tmp_path / "big.json"
    big.write_text(json.dumps(doc), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "inspect", str(big), "--json"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline() == b"{\n"
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 128 + signal.SIGPIPE
    assert err == b""


def test_global_options_work_after_the_subcommand_too(tmp_path):
    from tui.cli import build_parser

    store = str(tmp_path / "s.db")
    for argv in (["--store", store, "--annotator", "ana", "--read-only", "sync"],
                 ["sync", "--store", store, "--annotator", "ana", "--read-only"],
                 ["--store", "elsewhere.db", "sync", "--annotator", "ana", "--read-only",
                  "--store", store]):
        args = build_parser().parse_args(argv)
        assert (args.store, args.as_annotator, args.read_only) == (store, "ana", True)
    args = build_parser().parse_args(["open", "a.txt", "--read-only", "--annotator", "bo"])
    assert (args.read_only, args.as_annotator) == (True, "bo")
    # export's own --annotator still selects whose tags to export
    args = build_parser().parse_args(["export", "--annotator", "bo", "--read-only"])
    assert (args.annotator, args.read_only) == ("bo", True)


def test_read_only_after_the_subcommand_refuses_to_write(tmp_path, capsys):
    store = tmp_path / "s.db"
    assert run(capsys, "import", str(RU_SEED), "--store", str(store))[0] == 0
    before = store.read_bytes()
    code, out, err = run(capsys, "import", str(ROOT / "seeds" / "003_323cdfd3a9a87bbb.txt"),
                         "--store", str(store), "--read-only")
    assert (code, out) == (2, "")
    assert err == "threadmark: import writes the store; --read-only refuses it\n"
    assert store.read_bytes() == before


def test_inspect_takes_a_stored_article_id(tmp_path, capsys, ru_article):
    store = str(tmp_path / "s.db")
    assert run(capsys, "import", str(RU_SEED), "--store", store)[0] == 0
    code, by_id, err = run(capsys, "inspect", ru_article.id, "--store", store, "--json")
    assert code == 0 and err == ""
    _, by_file, _ = run(capsys, "inspect", str(RU_SEED), "--json")
    assert by_id == by_file
    code, out, err = run(capsys, "inspect", "0123456789abcdef", "--store", store)
    assert (code, out) == (2, "")
    assert err == (f"threadmark: 0123456789abcdef: no such file, and no article with this id "
                   f"in {tmp_path / 's.db'}\n")
    code, out, err = run(capsys, "inspect", "nothing-here.txt", "--store", store)
    assert (code, err) == (2, "threadmark: nothing-here.txt: no such file\n")


def _store_with_a_quote(path, article):
    from annotations import Anchor, AnnotationStore, Quote

    with AnnotationStore(path) as s:
        s.add_article(article)
        s.add(Quote(anchor=Anchor.for_span(article, "body", 324, 499), annotator="ana",
                    speaker="Vladimir Putin"))


def test_import_without_articles_says_how_and_exits_2(tmp_path, capsys, ru_article):
    _store_with_a_quote(tmp_path / "a.db", ru_article)
    exp = tmp_path / "e.json"
    assert run(capsys, "export", "--store", str(tmp_path / "a.db"), "-o", str(exp))[0] == 0
    code, out, err = run(capsys, "import-annotations", str(exp), "--store",
                         str(tmp_path / "b.db"))
    assert code == 2 and out == "added 0, skipped 0, conflicts 0, rejected 1\n"
    assert err.splitlines()[1] == (
        "threadmark: the store does not hold the tags' articles: an export made with "
        "`threadmark export --with-articles` carries them (or import the articles first)")
    # with its articles, everything comes in; importing it again skips it all: both exit 0
    assert run(capsys, "export", "--store", str(tmp_path / "a.db"), "--with-articles", "-o",
               str(exp), "--force")[0] == 0
    for summary in ("added 1, skipped 0, conflicts 0, rejected 0, articles 1\n",
                    "added 0, skipped 1, conflicts 0, rejected 0\n"):
        assert run(capsys, "import-annotations", str(exp), "--store",
                   str(tmp_path / "b.db")) == (0, summary, "")


def test_import_of_a_csv_export_says_csv_cannot_be_imported(tmp_path, capsys, ru_article):
    _store_with_a_quote(tmp_path / "a.db", ru_article)
    csv = tmp_path / "tags.csv"
    assert run(capsys, "export", "--store", str(tmp_path / "a.db"), "--format", "csv", "-o",
               str(csv))[0] == 0
    renamed = tmp_path / "tags.txt"
    renamed.write_bytes(csv.read_bytes())
    for f in (csv, renamed):
        code, out, err = run(capsys, "import-annotations", str(f), "--store",
                             str(tmp_path / "b.db"))
        assert (code, out) == (2, "")
        assert err == (f"threadmark: {f}: a CSV export cannot be imported (it is for "
                       "spreadsheets); import the json, jsonl or w3c export (nothing imported)\n")


def test_no_lock_file_is_left_after_a_clean_exit(tmp_path, capsys):
    from annotations import AnnotationStore
    from annotations.errors import StoreLockedError

    store = tmp_path / "s.db"
    assert run(capsys, "import", str(RU_SEED), "--store", str(store))[0] == 0
    assert sorted(p.name for p in tmp_path.glob("*.lock")) == []
    with AnnotationStore(store) as s:
        assert (tmp_path / "s.db.lock").read_text() == str(__import__("os").getpid())
        try:  # a second writer still learns who holds it
            AnnotationStore(store)
        except StoreLockedError as e:
            assert f"(pid {__import__('os').getpid()})" in str(e)
        else:
            raise AssertionError("a second writer opened the store")
        s.compact()  # the lock moves to the new file; still one pid file
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".lock")) == []


def test_a_failed_fetch_leaves_no_store_behind(tmp_path, capsys):
    store = tmp_path / "data" / "s.db"
    code, out, err = run(capsys, "fetch", "--store", str(store), "ftp://example.org/x")
    assert (code, out, err) == (2, "", "threadmark: ftp://example.org/x: not an http(s) URL\n")
    assert not store.exists() and not (tmp_path / "data").exists()


def test_an_import_of_nothing_importable_leaves_no_store_behind(tmp_path, capsys):
    store = tmp_path / "data" / "s.db"
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    code, out, err = run(capsys, "import", "--store", str(store), str(bad))
    assert (code, out) == (2, "added 0, already there 0, failed 1\n")
    assert err == f"threadmark: {bad}: empty file\n"
    assert not store.exists() and not (tmp_path / "data").exists()
    # a good file then makes the store as before
    assert run(capsys, "import", "--store", str(store), str(RU_SEED))[1] == (
        "added 1, already there 0, failed 0\n")
