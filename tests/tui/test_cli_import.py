"""`threadmark import`: files and folders into the store, one line per bad file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from annotations import AnnotationStore
from annotations.model.models import export_json_schema
from tests.conftest import RU_SEED, US_SEED
from tui.cli import main


def test_import_folder_and_bad_files(tmp_path, capsys, ru_article, us_article):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(RU_SEED, folder / "a.txt")
    shutil.copy(US_SEED, folder / "sub" / "b.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin.txt").write_bytes(b"\x00\x01" * 50)
    (folder / "image.png").write_bytes(b"\x89PNG")  # not an article suffix: skipped
    store = tmp_path / "s.db"
    # some files bad: the good ones are added, and the exit status says not all were (#15.15)
    assert main(["import", "--store", str(store), str(folder)]) == 2
    out, err = capsys.readouterr()
    assert out.strip() == "added 2, already there 0, failed 2"
    assert sorted(err.strip().splitlines()) == [
        f"threadmark: {folder / 'bin.txt'}: binary file (NUL byte at offset 0), not an article",
        f"threadmark: {folder / 'empty.txt'}: empty file",
    ]
    assert main(["import", "--store", str(store), str(RU_SEED)]) == 0
    assert capsys.readouterr().out.strip() == "added 0, already there 1, failed 0"
    with AnnotationStore(store) as s:
        assert {a.id for a in s.articles()} == {ru_article.id, us_article.id}
    assert main(["import", "--store", str(store), str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_shipped_export_schema_is_current():
    shipped = (Path(__file__).resolve().parents[2] / "annotations" / "exchange"
               / "export.schema.json")
    assert json.loads(shipped.read_text(encoding="utf-8")) == export_json_schema()


def test_import_says_what_the_app_says_of_an_updated_version(tmp_path, capsys, ru_article):
    """The app's add-files path (``add_file``): its re-anchoring line, also when every tag
    was placed."""
    from tests.factories import putin

    store = tmp_path / "s.db"
    f = tmp_path / "a.txt"
    f.write_bytes(RU_SEED.read_bytes())
    with AnnotationStore(store) as s:
        s.add_article(ru_article)
        s.add(putin(ru_article))
    f.write_text(RU_SEED.read_text(encoding="utf-8").replace("Valdai Club", "Valdai club"),
                 encoding="utf-8")
    assert main(["import", "--store", str(store), str(f)]) == 0
    out, err = capsys.readouterr()
    assert out == "added 1, already there 0, failed 0\n"
    assert err == f"threadmark: {f}: updated version; 1 tag(s) re-anchored, 0 orphaned\n"


def test_import_of_a_file_added_before_parses_nothing(tmp_path, capsys, monkeypatch):
    import annotations.sources.loader as loader

    store = tmp_path / "s.db"
    assert main(["import", "--store", str(store), str(RU_SEED)]) == 0
    capsys.readouterr()

    def no_parsing(p, *rest):
        raise AssertionError(f"parsed {p} again")

    monkeypatch.setattr(loader, "load_article", no_parsing)
    assert main(["import", "--store", str(store), str(RU_SEED)]) == 0
    assert capsys.readouterr() == ("added 0, already there 1, failed 0\n", "")
