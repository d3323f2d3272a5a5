"""`threadmark inspect` and bad input: one-line errors, exit status 2, never a traceback."""

from __future__ import annotations

import json

import pytest

from annotations.sources.loader import MAX_BYTES, InputError, load_article
from tests.conftest import RU_SEED, US_SEED
from tui.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_inspect_json_shape(capsys, ru_article):
    code, out, err = run(capsys, "inspect", str(RU_SEED), "--json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert list(doc) == ["id", "title", "source", "url", "authors", "published_at", "language",
                         "discusses", "body", "blocks", "comments"]
    assert (doc["url"], doc["authors"], doc["published_at"]) == (None, [], None)
    assert doc["id"] == ru_article.id and doc["source"] is None
    assert doc["blocks"][1] == {"kind": "quote", "text": ru_article.blocks[1].text,
                                "start": 324, "end": 499}
    first = doc["comments"][0]
    assert {k: first[k] for k in ("id", "author", "name", "posted_at")} == {
        "id": "1", "author": "goncharov.62", "name": "Andrei", "posted_at": "2020-10-26T16:13:00"}
    assert first["replies"][0]["author"] == "passing by"
    assert list(first) == ["id", "author", "name", "posted_at", "text", "status", "replies"]


def test_inspect_outline(capsys):
    code, out, _ = run(capsys, "inspect", str(US_SEED))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("China Calls Russia's Talk of Possible Military Alliance")
    assert "source: Newsweek" in lines[1] and "comments: 0" in lines[1]
    assert any(line.startswith("tags ") and "russia, china, caucasus" in line for line in lines)
    code, out, _ = run(capsys, "inspect", str(RU_SEED))
    assert "    [3.1] Nanetta5 (Nana Disgraced), 2020-11-03 15:09: Wow!" in out
    assert "      [3.1.1] Vladimir Tuzakov, 2020-11-03 17:55: Look in I-net" in out


def test_json_output_is_accepted_back_as_input(tmp_path, capsys, ru_article):
    _, out, _ = run(capsys, "inspect", str(RU_SEED), "--json")
    p = tmp_path / "article.json"
    p.write_text(out, encoding="utf-8")
    assert load_article(p).article == ru_article
    code, out2, _ = run(capsys, "inspect", str(p), "--json")
    assert code == 0 and out2 == out


def put(name: str, data: bytes | str):
    def make(d):
        p = d / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode())
        return p
    return make


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (put("e.txt", b""), "empty file"),
        (put("w.txt", " \n\n\t "), "empty file (only whitespace)"),
        (put("b.bin", b"\x7fELF\x00\x01\x02" * 50),
         "binary file"),
        (put("bad.json", "{not json"), "invalid JSON"),
        (put("x.json", '{"id": "00000000000000a1"}'),
         "not an article: title: Field required"),
        (put("l.json", "[1, 2]"), "expected a JSON object"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path, capsys, make, message):
    path = make(tmp_path)
    code, out, err = run(capsys, "inspect", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"threadmark: {path}: ") and message in err


def test_huge_file_refused(tmp_path, capsys):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: cheap to make
    code, _, err = run(capsys, "inspect", str(p))
    assert code == 2 and "over the 50 MB limit" in err


def test_cp1251_fallback_with_warning(tmp_path, capsys):
    p = tmp_path / "ru.txt"
    p.write_bytes("Заголовок\n\nТекст статьи.\n".encode("cp1251"))
    code, out, err = run(capsys, "inspect", str(p), "--json")
    assert code == 0
    assert json.loads(out)["title"] == "Заголовок"
    assert "warning" in err and "not UTF-8" in err and "cp1251" in err


def test_block_offsets_checked_in_json_input(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"id": "0" * 16, "title": "t", "body": "hello", "blocks": [
        {"kind": "paragraph", "text": "hellp", "start": 0, "end": 5}], "comments": []}))
    with pytest.raises(InputError, match="blocks.0|blocks\\[0\\]"):
        load_article(p)


def test_control_characters_shown_not_sent(tmp_path, capsys):
    p = tmp_path / "esc.txt"
    p.write_text("Title \x1b]52;c;cHduZWQ=\x07\n\nBody \x1b[31mred\n", encoding="utf-8")
    code, out, _ = run(capsys, "inspect", str(p))
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "␛]52;c;cHduZWQ=␇" in out
