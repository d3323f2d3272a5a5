"""``--read-only`` means read-only for every command, and an import that says
``(nothing imported)`` left the store byte-identical (#22)."""

from __future__ import annotations

import json
import shutil

import pytest

from annotations import AnnotationStore
from tests.conftest import ROOT, RU_SEED
from tests.synckit import bare, quote
from tui.cli import main


@pytest.fixture
def store(tmp_path, ru_article):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        s.add(quote(ru_article, 324, 499, "ana"))
        s.set_meta("sync", {"remote": str(tmp_path / "remote" / "team.git")})
    return path


def test_every_writing_command_refuses_read_only(store, tmp_path, capsys):
    if shutil.which("git"):
        bare(tmp_path)
    export = tmp_path / "x.jsonl"
    assert main(["export", "--store", str(store), "--format", "jsonl", "-o", str(export)]) == 0
    capsys.readouterr()
    before = store.read_bytes()
    cases = {
        "import": ["import", str(RU_SEED)],
        "import-annotations": ["import-annotations", str(export)],
        "remote set": ["remote", "set", "/elsewhere.git"],
        "fetch": ["fetch", "http://127.0.0.1:9/x"],
        "sync": ["--annotator", "ana", "sync"],
        "check --repair": ["check", "--repair"],
    }
    for what, argv in cases.items():
        assert main(["--read-only", *argv, "--store", str(store)]) == 2, what
        err = capsys.readouterr().err
        assert err.endswith(f"{what} writes the store; --read-only refuses it\n"), err
        assert err.count("\n") == 1
        assert store.read_bytes() == before, what
    assert not (tmp_path / ".s.db.sync").exists()  # sync did not even clone
    # reading commands still work read-only
    assert main(["--read-only", "remote", "show", "--store", str(store)]) == 0
    assert main(["--read-only", "check", "--store", str(store)]) == 0


def test_nothing_imported_means_the_store_is_byte_identical(tmp_path, ru_article, us_article,
                                                            capsys):
    src = tmp_path / "src.db"
    with AnnotationStore(src) as s:
        s.add_article(us_article)
        s.add(quote(us_article, 0, 10, "ben"))
    good = tmp_path / "good.json"
    assert main(["export", "--store", str(src), "--with-articles", "-o", str(good)]) == 0
    doc = json.loads(good.read_text())
    bad = tmp_path / "bad.json"
    doc["articles"][0]["document"]["body"] = 5
    bad.write_text(json.dumps(doc))
    dest = tmp_path / "dest.db"
    with AnnotationStore(dest) as s:
        s.add_article(ru_article)
    before = dest.read_bytes()
    capsys.readouterr()
    assert main(["import-annotations", "--store", str(dest), str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "article 0: " in err and err.endswith("(nothing imported)\n")
    assert dest.read_bytes() == before
    with AnnotationStore(dest, readonly=True) as s:
        assert [a.id for a in s.articles()] == [ru_article.id]
    assert main(["import-annotations", "--store", str(dest), str(good)]) == 0
    assert capsys.readouterr().out == "added 1, skipped 0, conflicts 0, rejected 0, articles 1\n"


def test_a_failing_block_writes_nothing(tmp_path, ru_article, us_article):
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
    before = path.read_bytes()
    with AnnotationStore(path) as s:
        with pytest.raises(RuntimeError), s.all_or_nothing():
            s.add_article(us_article)
            s.add(quote(us_article, 0, 10, "ana"))
            raise RuntimeError("the second half failed")
        assert s.article(us_article.id) is None and len(s) == 0
    assert path.read_bytes() == before


def test_a_file_of_several_articles_is_imported_whole_or_not_at_all(tmp_path, capsys):
    from annotations.sources.loader import load_article

    export = ROOT / "tests" / "fixtures" / "disqus" / "export.xml"
    first, second = load_article(export).articles
    store = tmp_path / "s.db"
    with AnnotationStore(store) as s:  # the second thread's id, held with other text
        s.add_article(second.model_copy(update={"title": "Another text under its id"}))
    before = store.read_bytes()
    assert main(["import", "--store", str(store), str(export)]) == 2
    out = capsys.readouterr()
    assert f"article {second.id} is stored with different text" in out.err
    assert out.out == "added 0, already there 0, failed 1\n"
    assert store.read_bytes() == before
    with AnnotationStore(store, readonly=True) as s:
        assert s.article(first.id) is None
