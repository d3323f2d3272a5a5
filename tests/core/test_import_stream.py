"""import-annotations streams (#23): memory about the tags' JSON once, the same results as
the merge it replaced, all or nothing across a kill -9 in the middle of the write."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotations import Anchor, AnnotationStore, Quote
from annotations.exchange.importer import (
    ImportFileError,
    ImportReport,
    MergePlan,
    import_files,
    read_tag_docs,
)
from benchmarks import hostile_inputs as hi

ROOT = Path(__file__).resolve().parents[2]

#: Address space of the importing child. The merge that held every tag as a model and as
#: the store's record (and the whole file parsed) needed 550 MB for 50,000 tags; the stream
#: about 100 MB.
CAP = 300 * 1024 * 1024
MEMORY_CHILD = (
    "import resource, sys\n"
    f"resource.setrlimit(resource.RLIMIT_AS, ({CAP}, {CAP}))\n"
    "from tui.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _store_with(tmp_path: Path, *articles) -> Path:
    path = tmp_path / "s.db"
    with AnnotationStore(path) as s:
        for a in articles:
            s.add_article(a)
    return path


@pytest.mark.parametrize(("make", "suffix"), [(hi.tag_export_jsonl, ".jsonl"),
                                               (hi.tag_export_json, ".json"),
                                               (hi.tag_export_w3c, ".json")])
def test_fifty_thousand_tags_import_under_a_memory_cap(tmp_path, ru_article, make, suffix):
    n = 50_000
    store = _store_with(tmp_path, ru_article)
    f = tmp_path / f"tags{suffix}"
    f.write_bytes(make(n, ru_article.id, text=ru_article.body))
    proc = subprocess.run([sys.executable, "-c", MEMORY_CHILD, "import-annotations",
                           "--store", str(store), str(f)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout == f"added {n}, skipped 0, conflicts 0, rejected 0\n"
    with AnnotationStore(store, readonly=True) as s:
        assert s.tag_count(ru_article.id) == n
        for i in (0, 1, n // 2, n - 1):
            tag = s.get(f"{i:08x}-0000-4000-8000-000000000000")
            assert (tag.speaker, tag.anchor.exact) == (f"speaker {i}", ru_article.body[:4])
        assert s.peek().action == "import" and len(s.peek().ids) == n


# -- the same results as the merge it replaced ------------------------------------------------

T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _versions(ru, us, rng: random.Random) -> list[dict]:
    """Tag documents with a few ids given many times: newer, older, the same time with other
    content, the same content, moved to another article, or broken."""
    out = []
    for _ in range(rng.randint(1, 40)):
        n = rng.randrange(8)
        art = ru if rng.random() < 0.7 else us
        start = 100 + 40 * rng.randrange(3)
        q = Quote(id=f"{n:08x}-0000-4000-8000-000000000000",
                  anchor=Anchor.for_span(art, "body", start, start + 25), annotator="ana",
                  speaker=rng.choice(["A", "B"]), note=rng.choice(["", "x", "y"]),
                  created=T0, updated=T0 + timedelta(hours=rng.randrange(3)))
        doc = q.model_dump(mode="json")
        if rng.random() < 0.1:
            doc["anchor"]["start"] += 1  # the text no longer matches: rejected
        out.append(doc)
    return out


def _merge_as_before(store: AnnotationStore, paths: list[Path]) -> ImportReport:
    """The merge import-annotations did before it streamed: every tag planned as a model."""
    report, plan = ImportReport(), MergePlan()
    with store.all_or_nothing():
        for path in paths:
            for i, doc in enumerate(read_tag_docs(path)):
                where = f"{path}: tag {doc.get('id', i) if isinstance(doc, dict) else i}"
                if plan.offer(store, doc, where, report) is True:
                    report.skipped += 1
        store.merge(list(plan.adds.values()), list(plan.replaces.values()))
    report.added = len(plan.adds)
    return report


def _state(store: AnnotationStore) -> dict:
    return {t.sid: t.model_dump(mode="json") for t in store}


@pytest.mark.parametrize("seed", range(12))
def test_the_streamed_merge_gives_what_the_planned_merge_gave(tmp_path, ru_article,
                                                             us_article, monkeypatch, seed):
    from annotations.exchange import import_merge

    monkeypatch.setattr(import_merge, "GROUP_SIZE", 3)  # versions in closed groups too
    rng = random.Random(seed)
    stored = [d for d in _versions(ru_article, us_article, rng) if d["anchor"]["start"] % 20 == 0]
    files = []
    for k in range(2):
        f = tmp_path / f"in{k}.jsonl"
        f.write_text("".join(json.dumps(d) + "\n" for d in _versions(ru_article, us_article,
                                                                     rng)))
        files.append(f)
    results = []
    for name in ("streamed", "planned"):
        with AnnotationStore(tmp_path / f"{name}.db") as s:
            s.add_article(ru_article)
            s.add_article(us_article)
            seen = set()
            for d in stored:
                if d["id"] not in seen:
                    seen.add(d["id"])
                    s.add(d)
            before = _state(s)
            report = import_files(s, files) if name == "streamed" else \
                _merge_as_before(s, files)
            after = _state(s)
            counts = (s.tag_count(ru_article.id), s.tag_count(us_article.id))
        with AnnotationStore(tmp_path / f"{name}.db") as s:  # as written, read back
            assert _state(s) == after
            assert (s.tag_count(ru_article.id), s.tag_count(us_article.id)) == counts
            if after != before:
                assert s.undo().action == "import"
            assert _state(s) == before
        results.append((report.added, report.skipped, report.conflicts, report.rejected,
                        after))
    assert results[0] == results[1]


# -- all or nothing ---------------------------------------------------------------------------

KILL_CHILD = r"""
import os, signal, sys
from annotations.exchange import import_merge
from annotations.store.file import journal
journal.LINE_PIECE = 4096  # the import's line in many pieces
import_merge.GROUP_SIZE = 20  # in 15 group records
calls = 0
real = journal._write_all
def write_then_die(fd, data):
    global calls
    calls += 1
    if sys.argv[3] == "newline" and bytes(data) == b"\n":
        real(fd, data)
        os.kill(os.getpid(), signal.SIGKILL)
    if sys.argv[3] != "newline" and calls == int(sys.argv[3]):
        real(fd, data[: len(data) // 2])  # half of this piece reached the file
        os.kill(os.getpid(), signal.SIGKILL)
    real(fd, data)
journal._write_all = write_then_die
from tui.cli import main
main(["import-annotations", "--store", sys.argv[1], sys.argv[2]])
"""


@pytest.mark.parametrize("when", ["1", "2", "12", "newline"])
def test_kill_9_while_the_import_is_written(tmp_path, ru_article, when):
    n = 300
    path = _store_with(tmp_path, ru_article)
    with AnnotationStore(path) as s:
        s.add(Quote(anchor=Anchor.for_span(ru_article, "body", 324, 499), annotator="ana",
                    speaker="Vladimir Putin"))
    f = tmp_path / "tags.jsonl"
    f.write_bytes(hi.tag_export_jsonl(n, ru_article.id, text=ru_article.body))
    before = path.read_bytes()
    proc = subprocess.run([sys.executable, "-c", KILL_CHILD, str(path), str(f), when],
                          cwd=ROOT, timeout=300, capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert len(path.read_bytes()) > len(before)  # the kill came while the line was written
    whole = when == "newline"  # written whole: on disk, if not yet fsync'd
    with AnnotationStore(path, readonly=True) as s:
        assert s.check() == []
        assert s.tag_count(ru_article.id) == (1 + n if whole else 1)
    with AnnotationStore(path) as s:  # a writer drops the cut line
        assert s.tag_count(ru_article.id) == (1 + n if whole else 1)
        assert (s.get(f"{n - 1:08x}-0000-4000-8000-000000000000") is not None) == whole
    if not whole:
        assert path.read_bytes() == before
        with AnnotationStore(path) as s:
            assert import_files(s, [f]).added == n  # the next import works


def test_a_line_bigger_than_a_piece_is_read_back(tmp_path, ru_article, monkeypatch):
    from annotations.store.file import journal

    monkeypatch.setattr(journal, "LINE_PIECE", 1000)
    path = _store_with(tmp_path, ru_article)
    f = tmp_path / "tags.jsonl"
    f.write_bytes(hi.tag_export_jsonl(50, ru_article.id, text=ru_article.body))
    size = path.stat().st_size
    with AnnotationStore(path) as s:
        assert import_files(s, [f]).added == 50
    assert path.read_bytes().count(b"\n") == 1 + 1 + 1  # the header, the article, the import
    assert path.stat().st_size > size + 10 * 1000
    with AnnotationStore(path) as s:
        assert s.tag_count(ru_article.id) == 50 and s.check() == []


# -- JSON read as a stream --------------------------------------------------------------------


def _docs(ru, n=3):
    return [json.loads(line) for line in
            hi.tag_export_jsonl(n, ru.id, text=ru.body).decode().splitlines()]


def test_the_fields_of_an_export_in_any_order(tmp_path, ru_article):
    """The tags may come before the field that says what the file is."""
    docs = _docs(ru_article)
    w3c = json.loads(hi.tag_export_w3c(3, ru_article.id, text=ru_article.body))
    files = {
        "export.json": {"annotations": docs, "articles": [], "format": "threadmark-export"},
        "page.json": {"items": w3c["first"]["items"], "type": "AnnotationPage"},
        "collection.json": {"first": {"items": w3c["first"]["items"], "type": "AnnotationPage"},
                            "total": 3, "type": "AnnotationCollection"},
    }
    for name, doc in files.items():
        f = tmp_path / name
        f.write_text(json.dumps(doc, indent=1))
        with AnnotationStore(tmp_path / f"{name}.db") as s:
            s.add_article(ru_article)
            rep = import_files(s, [f])
            assert (rep.added, rep.skipped, rep.rejected) == (3, 0, []), name
            assert sorted(t.speaker for t in s) == ["speaker 0", "speaker 1", "speaker 2"]


def test_a_key_given_twice_keeps_its_last_value_as_json_does(tmp_path, ru_article):
    docs = _docs(ru_article)
    f = tmp_path / "twice.json"
    f.write_text('{"format": "threadmark-export", "annotations": ' + json.dumps(docs[:1])
                 + ', "annotations": ' + json.dumps(docs[1:]) + "}")
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        assert import_files(s, [f]).added == 2
        assert sorted(t.speaker for t in s) == ["speaker 1", "speaker 2"]


@pytest.mark.parametrize(("text", "message"), [
    ('{"format": "threadmark-export", "annotations": [{}, {} {}]}',
     "invalid JSON (expected ',' or ']' after an array item at line 1 (character 56))"),
    ('[{"id": 1},\n {"id": 2},\n {"id": NaN}]',
     "invalid JSON (NaN is not JSON, in the value at line 3 (character 26))"),
    ('{"type": "AnnotationPage", "items": []} []',
     "invalid JSON (unexpected data after the JSON value at line 1 (character 41))"),
    ('[{"id": "\\ud800"}]', "invalid JSON (a lone surrogate in a string at line 1 "
                            "(character 2))"),
    ("  \n ", "empty file"),
    ('{"items": [1], "type": "AnnotationPage", "next": "p2"}',
     "the collection continues on further pages (next: p2); import every page file"),
    ('[{"type": "Annotation"}]', "item 0: not a threadmark W3C annotation (missing 'target')"),
])
def test_a_bad_json_file_is_one_line_and_nothing_is_imported(tmp_path, ru_article, text,
                                                             message):
    good = tmp_path / "good.jsonl"
    good.write_bytes(hi.tag_export_jsonl(3, ru_article.id, text=ru_article.body))
    bad = tmp_path / "bad.json"
    bad.write_text(text)
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        with pytest.raises(ImportFileError) as e:
            import_files(s, [good, bad])
        assert str(e.value) == f"{bad}: {message}"
        assert len(s) == 0


def test_a_tag_nested_past_the_parsers_stack_is_rejected_not_crashed(tmp_path, ru_article):
    docs = _docs(ru_article, 1)
    text = json.dumps(docs)[:-1] + ', {"id": "x", "note": ' + "[" * 5000 + "]" * 5000 + "}]"
    f = tmp_path / "deep.json"
    f.write_text(text)
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        rep = import_files(s, [f])
        assert (rep.added, len(rep.rejected)) == (1, 1)
        assert rep.rejected[0].startswith(f"{f}: tag x: ")


def test_a_special_file_is_refused_before_anything(tmp_path, ru_article):
    fifo = tmp_path / "tags.json"
    os.mkfifo(fifo)
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        with pytest.raises(ImportFileError, match="not a regular file"):
            import_files(s, [fifo])


# -- threadmark import of a deep article: one copy of the thread --------------------------------


def test_an_article_added_without_keeping_it_is_read_back_equal(tmp_path):
    from annotations.model.article import article_to_doc
    from annotations.sources.loader import load_article

    f = tmp_path / "deep.json"
    f.write_bytes(hi.deep_article(300))
    article = load_article(f).article
    doc = article_to_doc(article)  # flat: models 300 deep compare by recursion
    with AnnotationStore(tmp_path / "s.db") as s:
        assert s.add_article(article, keep=False).new
        assert not s._articles.holds(article.id)  # the store holds its record only
        assert article_to_doc(s.article(article.id)) == doc
        assert not s.add_article(article, keep=False).new  # idempotent all the same
    with AnnotationStore(tmp_path / "s.db") as s:
        assert article_to_doc(s.article(article.id)) == doc


def test_a_big_article_is_written_in_pieces(tmp_path, monkeypatch):
    """The store's line for an article of 10,000 comments is never made whole in memory:
    no write is much bigger than a piece, and the line reads back."""
    from annotations.model.article import article_to_doc
    from annotations.sources.loader import load_article
    from annotations.store.file import journal

    f = tmp_path / "deep.json"
    f.write_bytes(hi.deep_article(10_000))
    article = load_article(f).article
    monkeypatch.setattr(journal, "LINE_PIECE", 64 * 1024)
    monkeypatch.setattr(journal, "_BATCH", 200)  # comments encoded 200 at a time
    sizes = []
    real = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: sizes.append(len(data)) or real(fd, data))
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(article)
    line = sum(sizes)
    assert line > 10 * 64 * 1024 and max(sizes) < 2 * 64 * 1024
    monkeypatch.undo()
    with AnnotationStore(tmp_path / "s.db") as s:
        assert article_to_doc(s.article(article.id)) == article_to_doc(article)
        assert s.check() == []


def test_import_of_a_deep_article_from_the_command(tmp_path, capsys):
    from tui.cli import main

    f = tmp_path / "deep.json"
    f.write_bytes(hi.deep_article(2000))
    assert main(["import", "--store", str(tmp_path / "s.db"), str(f)]) == 0
    assert capsys.readouterr().out == "added 1, already there 0, failed 0\n"
    with AnnotationStore(tmp_path / "s.db") as s:
        (aid,) = s.article_ids()
        article = s.article(aid)
        assert article.comment_count() == 2000
        assert [c.text for c, _ in article.walk()][-1] == "Reply 1999."
    assert main(["import", "--store", str(tmp_path / "s.db"), str(f)]) == 0
    assert capsys.readouterr().out == "added 0, already there 1, failed 0\n"
