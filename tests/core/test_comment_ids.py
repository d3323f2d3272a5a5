"""Comment ids that do not grow with depth (#23): a path for the first 64 levels, ``n`` and
the position in reading order below; old full paths still resolve, stores migrate, imports
of old files land on the same comments; a 100,000-deep thread of every format is read in
memory linear in its size."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from annotations import Anchor, AnnotationStore, Quote
from annotations.model.article import article_from_obj
from annotations.model.article_view import PATH_LEVELS, comment_id, part_sort_key
from annotations.model.build import make_article
from annotations.model.comment_ids import canonical_ids
from annotations.store.file.journal import encode_line, header_bytes, replay
from benchmarks import hostile_inputs as hi
from tui.cli import main

DEPTH = 100


def chain(levels: int = DEPTH):
    flat = [{"depth": d, "author": f"u{d}", "name": None, "posted_at": "2020-01-01T00:00:00",
             "text": f"Reply {d}."} for d in range(levels)]
    return make_article("Deep", [("paragraph", "The body.")], flat)


def path(levels: int) -> str:
    return ".".join(["1"] * levels)


def test_ids_are_paths_for_64_levels_then_positions():
    a = chain()
    ids = [c.id for c, _ in a.walk()]
    assert PATH_LEVELS == 64
    assert ids[:2] == ["1", "1.1"] and ids[63] == path(64) and ids[64:67] == ["n65", "n66", "n67"]
    assert max(len(i) for i in ids) == len(path(64))
    assert a.comment("n100").text == "Reply 99." and a.comment(path(100)).text == "Reply 99."
    assert a.comment("n101") is None and a.comment("n0") is None and a.comment("n") is None
    assert comment_id("1.2", 3, 2, 17) == "1.2.3" and comment_id("x", 3, 64, 17) == "n17"


def test_sorting_puts_deep_comments_after_paths_in_reading_order():
    parts = ["n70", "2", "body", "n65", "1.1", "1"]
    assert sorted(parts, key=part_sort_key) == ["body", "1", "1.1", "2", "n65", "n70"]


def test_article_json_with_old_full_paths_reads_the_same(tmp_path):
    a = chain()
    doc = json.loads(a.model_dump_json())

    def set_paths(c, p):
        c["id"] = p
        for k, r in enumerate(c["replies"], 1):
            set_paths(r, f"{p}.{k}")

    set_paths(doc["comments"][0], "1")  # every id its full path, as threadmark wrote before
    again = article_from_obj(doc)
    assert [c.id for c, _ in again.walk()] == [c.id for c, _ in a.walk()]
    deepest = doc["comments"][0]
    for _ in range(DEPTH - 1):
        deepest = deepest["replies"][0]
    deepest["id"] = path(DEPTH - 1) + ".2"  # out of place
    with pytest.raises(ValueError) as e:
        article_from_obj(doc)
    assert str(e.value) == f"comments[99]: id {(path(99) + '.2')[:40]!r} where 'n100' was expected"


def test_canonical_ids_in_one_pass():
    a = chain()
    flat = [{"depth": d} for _, d in a.walk()]
    wanted = [path(100), path(65), path(64), path(101), path(70) + ".2"]
    assert canonical_ids(flat, wanted) == {path(100): "n100", path(65): "n65"}


def _write_v4(path_, tables) -> None:
    lines = [header_bytes(4)]
    for table, recs in tables.items():
        for key, doc in recs.items():
            lines.append(encode_line([["p", table, key, doc]]))
    path_.write_bytes(b"".join(lines))


def test_store_migration_rewrites_old_deep_paths(tmp_path):
    store = tmp_path / "s.db"
    a = chain()
    with AnnotationStore(store) as s:
        s.add_article(a)
        deep = s.add(Quote(anchor=Anchor.for_span(a, "n100", 0, 5), annotator="ana",
                           speaker="u99"))
        shallow = s.add(Quote(anchor=Anchor.for_span(a, path(3), 0, 5), annotator="ana",
                              speaker="u2"))
    tables = replay(store, store.read_bytes()).tables
    tables = {name: dict(t) for name, t in tables.items()}
    for doc in tables["tags"].values():
        if doc["anchor"]["part"] == "n100":
            doc["anchor"]["part"] = path(100)  # as a schema-4 store holds it
    _write_v4(store, tables)
    with AnnotationStore(store) as s:
        assert s.migrated_from == 4 and s.backup_path.exists()
        assert s.get(deep.id).anchor.part == "n100"
        assert s.get(shallow.id).anchor.part == path(3)
        assert s.check() == []


def test_import_of_an_old_deep_path_lands_on_the_same_comment(tmp_path, capsys):
    store = tmp_path / "s.db"
    a = chain()
    with AnnotationStore(store) as s:
        s.add_article(a)
    f = tmp_path / "old.jsonl"
    f.write_bytes(hi.tag_export_jsonl(1, a.id, part=path(100), text="Reply 99."))
    assert main(["import-annotations", "--store", str(store), str(f)]) == 0
    assert capsys.readouterr().out == "added 1, skipped 0, conflicts 0, rejected 0\n"
    with AnnotationStore(store, readonly=True) as s:
        (t,) = list(s)
        assert t.anchor.part == "n100" and t.anchor.exact == "Repl"


# -- memory linear at 100,000 levels, every format ----------------------------------------

#: The cap the readers must fit in for a thread 100,000 replies deep (the old path ids
#: needed 10^10 characters: ~10 GB for the ids alone).
DEEP_CAP = 1536 * 1024 * 1024


@pytest.mark.parametrize("fmt", ["hn", "reddit", "disqus", "article"])
def test_a_thread_100000_deep_in_every_format(fmt, tmp_path):
    levels = 100_000
    f = tmp_path / f"deep.{'xml' if fmt == 'disqus' else 'json'}"
    f.write_bytes(getattr(hi, f"deep_{fmt}")(levels))
    code = ("import resource, sys; "
            f"resource.setrlimit(resource.RLIMIT_AS, ({DEEP_CAP}, {DEEP_CAP})); "
            "from tui.cli import main; sys.exit(main(sys.argv[1:]))")
    out = tmp_path / "out.json"
    with open(out, "wb") as sink:
        r = subprocess.run([sys.executable, "-c", code, "inspect", "--json", str(f)],
                           stdout=sink, stderr=subprocess.PIPE, text=False, timeout=600,
                           check=False, env=os.environ)
    assert (r.returncode, r.stderr) == (0, b"")
    # the deepest reply, in the printed JSON: its id does not grow with depth
    data = out.read_bytes()
    last = data.rfind(b'"id"')
    assert data[last:last + 16] == b'"id": "n100000",'
    assert b'\n  "title": "Deep",\n' in data[:200]


def test_a_deep_comment_is_found_from_its_number_without_a_walk_each_time():
    a, b = chain(), chain(70)
    assert a.comment("n100").text == "Reply 99." and b.comment("n70").text == "Reply 69."
    assert a.comment("n70").text == "Reply 69." and b.comment("n71") is None
    a.comments = chain(66).comments  # another tree: its own order, never a remembered one
    assert a.comment("n66").text == "Reply 65." and a.comment("n67") is None
