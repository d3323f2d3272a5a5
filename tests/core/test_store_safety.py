"""The store against a second writer, damaged bytes, odd records and refused writes (#14)."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest

from annotations import AnnotationStore, CorruptStoreError, ForeignFileError, StoreLockedError
from annotations.errors import StoreError
from annotations.store.file.journal import encode_line, header_bytes
from tests.conftest import RU_SEED
from tests.factories import bit_flips, claim, putin, stance


@pytest.fixture
def filled(tmp_path, ru_article):
    """A store with the seed article and three tags (one edited: history too)."""
    path = tmp_path / "real" / "tags.db"
    with AnnotationStore(path) as s:
        s.add_article(ru_article)
        tags = [s.add(putin(ru_article)), s.add(stance(ru_article)), s.add(claim(ru_article))]
        s.update(tags[0].model_copy(update={"note": "checked"}))
    return path


def dump(path):
    """Everything a reader sees: each tag's JSON, and the articles."""
    with AnnotationStore(path, readonly=True) as s:
        problems = s.check()
        return ({t.sid: t.model_dump(mode="json") for t in s},
                [a.id for a in s.articles(include_superseded=True)], problems)


# -- 1, 2: one writer per file, whatever the path ----------------------------------------------


def test_second_writer_through_a_symlink_or_hard_link_is_refused(filled, tmp_path):
    alias_dir = tmp_path / "alias"
    alias_dir.mkdir()
    (alias_dir / "tags.db").symlink_to(filled)
    os.link(filled, tmp_path / "hard.db")
    with AnnotationStore(alias_dir / "tags.db"):
        for other in (filled, tmp_path / "hard.db", alias_dir / "tags.db"):
            with pytest.raises(StoreLockedError, match="in use by another threadmark"):
                AnnotationStore(other)


def test_deleting_the_lock_side_file_lets_no_second_writer_in(filled):
    with AnnotationStore(filled):
        (filled.parent / "tags.db.lock").unlink()
        with pytest.raises(StoreLockedError):
            AnnotationStore(filled)


def test_lock_follows_the_file_through_compaction(filled, tmp_path, ru_article):
    alias = tmp_path / "alias.db"
    alias.symlink_to(filled)
    with AnnotationStore(alias) as s:
        s.compact()
        with pytest.raises(StoreLockedError):
            AnnotationStore(filled)
        kept = s.add(putin(ru_article, note="after compaction"))
    assert alias.is_symlink() and os.readlink(alias) == str(filled)  # 2: the link stays a link
    with AnnotationStore(filled) as s:
        assert s.get(kept.id).note == "after compaction"


def test_second_process_through_an_alias_is_refused(filled, tmp_path):
    alias = tmp_path / "alias.db"
    alias.symlink_to(filled)
    code = (
        "import sys\nfrom annotations import AnnotationStore, StoreLockedError\n"
        "try:\n    AnnotationStore(sys.argv[1])\n"
        "except StoreLockedError as e:\n    print(e); sys.exit(3)\n"
    )
    with AnnotationStore(filled) as s:
        s.compact()  # the lock moved to the new file
        r = subprocess.run([sys.executable, "-c", code, str(alias)], capture_output=True,
                           text=True, timeout=60)
    assert r.returncode == 3 and f"pid {os.getpid()}" in r.stdout


def test_second_writer_through_a_bind_mount_is_refused(filled, tmp_path):
    import shutil

    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs root and unshare to bind-mount in a private namespace")
    view = tmp_path / "view"
    view.mkdir()
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind {filled.parent} {view}"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("bind mounts are not allowed here")
    code = ("import sys\nfrom annotations import AnnotationStore, StoreLockedError\n"
            "try:\n    AnnotationStore(sys.argv[1])\n"
            "except StoreLockedError:\n    sys.exit(3)\n")
    script = (f"mount --bind {filled.parent} {view} && "
              f"{sys.executable} -c '{code}' {view / filled.name}")
    with AnnotationStore(filled):
        r = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                           timeout=60, cwd=os.getcwd())
    assert r.returncode == 3, r.stderr


# -- 4, 5: checksums ----------------------------------------------------------------------------


def test_damaged_complete_line_is_corruption_naming_the_line(filled):
    data = bytearray(filled.read_bytes())
    second_nl = data.index(b"\n", data.index(b"\n") + 1)
    data[second_nl] ^= 0x01  # the end of line 2 (the article)
    filled.write_bytes(bytes(data))
    with pytest.raises(CorruptStoreError) as ei:
        AnnotationStore(filled)
    msg = str(ei.value)
    assert msg.startswith(f"{filled}: line 2 is damaged (checksum mismatch)") and "\n" not in msg
    assert filled.read_bytes() == bytes(data)


def test_damaged_last_newline_is_not_taken_for_a_torn_write(filled):
    data = bytearray(filled.read_bytes())
    data[-1] ^= 0x20
    filled.write_bytes(bytes(data))
    n = data.count(b"\n") + 1
    with pytest.raises(CorruptStoreError, match=f"line {n} is damaged \\(its end is damaged\\)"):
        AnnotationStore(filled)


def test_check_repair_keeps_every_good_line_after_a_backup(filled, ru_article):
    before = dump(filled)[0]
    lines = filled.read_bytes().split(b"\n")
    # damage the last change line (the edit of the Putin quote)
    lines[-2] = lines[-2].replace(b"checked", b"chucked")
    damaged = b"\n".join(lines)
    filled.write_bytes(damaged)
    r = subprocess.run([sys.executable, "-m", "tui.cli", "check", "--store", str(filled)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert f"line {len(lines) - 1} is damaged (checksum mismatch)" in r.stderr
    r = subprocess.run([sys.executable, "-m", "tui.cli", "check", "--repair", "--store",
                        str(filled)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    bak = filled.with_name("tags.db.repair.bak")
    assert bak.read_bytes() == damaged
    assert f"line {len(lines) - 1} dropped (checksum mismatch)" in r.stdout
    after, articles, problems = dump(filled)
    assert articles == [ru_article.id] and problems == []
    # the three tags are there; the quote as it was before the damaged edit
    assert sorted(after) == sorted(before)
    qid = next(k for k, v in before.items() if v["kind"] == "quote")
    assert after[qid]["note"] == "" and before[qid]["note"] == "checked"


def test_300_bit_flips_no_silent_change_no_traceback(filled):
    assert bit_flips(filled, dump, 300, 1414) == (0, 300)


# -- 9: records of the wrong shape, headers that are not ours ----------------------------------


def _raw_store(path, *ops_lines, version=3):
    lines = [header_bytes(version)]
    for ops in ops_lines:
        lines.append(encode_line(ops) if version >= 3 else orjson.dumps(ops) + b"\n")
    path.write_bytes(b"".join(lines))


def _tag_doc(ru_article, **over):
    doc = putin(ru_article).model_dump(mode="json")
    doc.update(over)
    return doc


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda a: [["p", "history", "x7", {"action": "add", "ids": [], "before": []}]],
         "history record 'x7' has a position that is not a whole number"),
        (lambda a: [["p", "history", "000000000000", {"action": 3, "ids": []}]],
         "is not an undo record"),
        (lambda a: [["p", "history", "000000000000", {"action": "add", "ids": ["a"],
                                                      "before": "oops"}]],
         "before does not match ids"),
        (lambda a: [["p", "tags", "k", _tag_doc(a, id="k", anchor={"article_id": {"x": 1}})]],
         "has no anchor with a text article_id"),
        (lambda a: [["p", "tags", "other-key", _tag_doc(a)]],
         "stored under a key that differs from its id"),
        (lambda a: [["p", "meta", "undo", {"pos": "7"}]],
         "undo position that is not a whole number"),
        (lambda a: [["p", "tags", "k", "a string"]],
         "line 2 is damaged \\(a put operation holds no record\\)"),
    ],
)
def test_records_of_the_wrong_shape_are_one_line_corruption(tmp_path, ru_article, make, message):
    path = tmp_path / "s.db"
    _raw_store(path, make(ru_article))
    before = path.read_bytes()
    with pytest.raises(CorruptStoreError, match=message) as ei:
        AnnotationStore(path)
    assert "\n" not in str(ei.value) and path.read_bytes() == before
    r = subprocess.run([sys.executable, "-m", "tui.cli", "export", "--store", str(path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1


def test_v1_tag_that_is_a_string_is_refused_before_any_backup(tmp_path):
    path = tmp_path / "s.db"
    _raw_store(path, [["p", "tags", "k", "a v1 tag that is a string"]], version=1)
    with pytest.raises(CorruptStoreError, match="a put operation holds no record"):
        AnnotationStore(path)
    assert not list(tmp_path.glob("*.bak"))


def test_failed_migration_leaves_one_backup_however_often_tried(tmp_path):
    path = tmp_path / "s.db"
    art = {"article": {"id": "a" * 16, "title": "t", "body": "b",
                       "comments": [{"id": "1", "replies": "not a list"}]},
           "added": "2020-01-01T00:00:00+00:00", "superseded_by": None}
    _raw_store(path, [["p", "articles", "a" * 16, art]], version=2)
    content = path.read_bytes()
    for _ in range(3):
        with pytest.raises(CorruptStoreError, match="replies of '1' are not a list") as ei:
            AnnotationStore(path)
        assert "\n" not in str(ei.value)
    assert [p.name for p in tmp_path.glob("*.bak")] == ["s.db.v2.bak"]
    assert path.read_bytes() == content


def test_a_good_v2_store_migrates_once_with_one_backup(tmp_path, ru_article):
    path = tmp_path / "s.db"
    from annotations.model.article import article_to_doc

    nested = {**article_to_doc(ru_article), "comments": orjson.loads(
        orjson.dumps([c.model_dump(mode="json") for c in ru_article.comments]))}
    art = {"article": nested, "added": "2020-01-01T00:00:00+00:00", "superseded_by": None}
    tag = _tag_doc(ru_article)
    _raw_store(path, [["p", "articles", ru_article.id, art]], [["p", "tags", tag["id"], tag]],
               version=2)
    v2 = path.read_bytes()
    with AnnotationStore(path) as s:
        assert s.migrated_from == 2 and s.backup_path.read_bytes() == v2
        assert s.article(ru_article.id).comment_count() == 12 and len(s) == 1
    with AnnotationStore(path) as s:
        assert s.migrated_from is None
    assert [p.name for p in tmp_path.glob("*.bak")] == ["s.db.v2.bak"]


@pytest.mark.parametrize("header", [
    b'{"threadmark_store": true}', b'{"threadmark_store": 0}', b'{"threadmark_store": -1}',
    b'{"threadmark_store": 2, "extra": 1}', b'{"threadmark_store": "2"}',
])
def test_header_not_exactly_ours_is_refused_not_migrated(tmp_path, header):
    path = tmp_path / "s.db"
    content = header + b"\n" + orjson.dumps([["p", "tags", "k", {}]]) + b"\n"
    path.write_bytes(content)
    with pytest.raises(ForeignFileError, match="not a threadmark store"):
        AnnotationStore(path)
    assert path.read_bytes() == content and not list(tmp_path.glob("*.bak"))


def test_article_id_with_different_text_is_refused(tmp_path, ru_article):
    forged = ru_article.model_copy(update={"body": ru_article.body.replace("Putin", "Pútin")})
    with AnnotationStore(tmp_path / "s.db") as s:
        s.add_article(ru_article)
        with pytest.raises(StoreError, match="stored with different text"):
            s.add_article(forged)
        assert s.article(ru_article.id).body == ru_article.body


# -- 8: refused writes are one line, and leave nothing half-written -----------------------------


def _limited(args, fsize, **kw):
    """Run the CLI with files limited to ``fsize`` bytes (a full disk: EFBIG on write)."""
    import resource
    import signal

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True,
                          text=True, timeout=120, preexec_fn=limit, **kw)


def _one_line_2(r):
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith("threadmark: ")


def _no_temp_files(folder):
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_disk_full_on_import_and_store_creation(tmp_path):
    store = tmp_path / "s.db"
    r = _limited(["import", "--store", str(store), str(RU_SEED)], 10)  # cannot even create it
    _one_line_2(r)
    assert "cannot create the store (File too large)" in r.stderr and not store.exists()
    _no_temp_files(tmp_path)
    r = _limited(["import", "--store", str(store), str(RU_SEED)], 3000)  # created, no room
    _one_line_2(r)
    assert "could not save (File too large); nothing was saved" in r.stderr
    with AnnotationStore(store, readonly=True) as s:
        assert s.articles() == []
    _no_temp_files(tmp_path)


def test_disk_full_on_import_annotations(filled, tmp_path):
    export = tmp_path / "e.json"
    assert subprocess.run([sys.executable, "-m", "tui.cli", "export", "--store", str(filled),
                           "-o", str(export)], capture_output=True).returncode == 0
    target = tmp_path / "t.db"
    assert subprocess.run([sys.executable, "-m", "tui.cli", "import", "--store", str(target),
                           str(RU_SEED)], capture_output=True).returncode == 0
    size = target.stat().st_size
    r = _limited(["import-annotations", "--store", str(target), str(export)], size + 100)
    _one_line_2(r)
    assert target.stat().st_size == size
    _no_temp_files(target.parent)


def test_disk_full_when_open_needs_compaction(filled, ru_article):
    with AnnotationStore(filled) as s:  # many lines for few records: compaction is due
        t = s.get(next(iter(s)).id)
        s._db.journal.change_lines = 0
        for i in range(1100):
            s.update(t.model_copy(update={"note": f"n{i}"}))
    size = filled.stat().st_size
    r = _limited(["import", "--store", str(filled), str(RU_SEED)], size)
    assert r.returncode == 0 and "Traceback" not in r.stderr  # compaction skipped, store fine
    assert filled.stat().st_size == size
    _no_temp_files(filled.parent)


@pytest.mark.parametrize("where", ["dir", "missing", "devfull", "unwritable"])
def test_export_to_bad_places_is_one_line(filled, tmp_path, where):
    target = {"dir": tmp_path, "missing": tmp_path / "no" / "x.json", "devfull": "/dev/full",
              "unwritable": "/proc/version"}[where]
    r = subprocess.run([sys.executable, "-m", "tui.cli", "export", "--store", str(filled),
                        "--force", "-o", str(target)], capture_output=True, text=True,
                       timeout=60)
    _one_line_2(r)
    assert {"dir": "is a directory", "missing": "no such directory",
            "devfull": "No space left on device", "unwritable": "cannot write"}[where] in r.stderr


def test_export_on_a_full_disk_keeps_the_old_file(filled, tmp_path):
    out = tmp_path / "old.csv"
    out.write_bytes(b"id\r\nold export\r\n")
    r = _limited(["export", "--store", str(filled), "--format", "json", "--force",
                  "-o", str(out)], 200)
    _one_line_2(r)
    assert "the old file is unchanged" in r.stderr
    assert out.read_bytes() == b"id\r\nold export\r\n"
    _no_temp_files(tmp_path)


def test_store_in_an_unwritable_place_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for store in (blocker / "s.db", "/proc/threadmark/s.db"):
        r = subprocess.run([sys.executable, "-m", "tui.cli", "import", "--store", str(store),
                            str(RU_SEED)], capture_output=True, text=True, timeout=60)
        _one_line_2(r)
        assert "cannot create the store" in r.stderr


def test_a_worker_thread_and_the_ui_thread_share_the_store(filled, ru_article):
    import threading

    from annotations.exchange.export import export_text

    errors, counts = [], []
    with AnnotationStore(filled) as s:  # fresh: the lazy caches fill while both threads read

        def worker():
            try:
                for _ in range(20):
                    counts.append(export_text(s, "jsonl").count("\n"))
            except Exception as e:  # noqa: BLE001 - collected for the assertion
                errors.append(e)

        t = threading.Thread(target=worker)
        t.start()
        for i in range(20):
            s.tags(article_id=ru_article.id)
            s.add(putin(ru_article, note=f"while exporting {i}"))
        t.join()
        assert errors == [] and all(3 <= c <= 23 for c in counts) and len(s) == 23
