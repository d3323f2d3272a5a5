"""``threadmark story|outlet|compare`` on the tagged seeds; the HTML page in Chromium."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from tests.compare_kit import tagged_store
from tui.cli import main


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "store.db"
    store, arts = tagged_store(path)
    store.close()
    return path, arts


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _setup(capsys, path, arts):
    s = str(path)
    assert _run(capsys, "story", "add", "valdai", arts["ru"].id, arts["us"].id,
                "--store", s)[0] == 0
    assert _run(capsys, "outlet", "set", "Voennoye Obozreniye", "--country", "RU",
                "--language", "en", "--group", "Russian media", "--article", arts["ru"].id,
                "--store", s)[0] == 0
    assert _run(capsys, "outlet", "set", "Newsweek", "--country", "US", "--language", "en",
                "--group", "US press", "--store", s)[0] == 0


def test_story_list_and_remove(capsys, store_path):
    path, arts = store_path
    _setup(capsys, path, arts)
    code, out, _ = _run(capsys, "story", "list", "--store", str(path))
    assert code == 0 and out.splitlines()[0] == "valdai\t2 article(s)"
    code, out, _ = _run(capsys, "story", "remove", "valdai", arts["us"].id, "--store", str(path))
    code, out, _ = _run(capsys, "story", "list", "--store", str(path))
    assert out.splitlines()[0] == "valdai\t1 article(s)"
    code, _, err = _run(capsys, "story", "add", "x", "0123456789abcdef", "--store", str(path))
    assert code == 2 and "no article 0123456789abcdef" in err


def test_compare_json_shows_putins_remark_once_accepted(capsys, store_path):
    path, arts = store_path
    _setup(capsys, path, arts)
    code, out, _ = _run(capsys, "compare", "valdai", "--json", "--store", str(path))
    assert code == 0
    rep = json.loads(out)
    assert set(rep) >= {"story", "articles", "speakers", "shared", "claims", "readers", "words"}
    assert rep["story"] == "valdai"
    assert rep["articles"][0] | {} == {**rep["articles"][0], "id": arts["ru"].id,
                                        "outlet": "Voennoye Obozreniye",
                                        "group": "Russian media", "language": "en"}
    # the field names, at every level
    assert {"id", "title", "outlet", "group", "language"} <= set(rep["articles"][0])
    sp = rep["speakers"][0]
    assert {"speaker", "role", "articles"} <= set(sp)
    assert set(next(iter(sp["articles"].values()))) == {"quotes", "words", "direct",
                                                        "indirect", "mixed"}
    assert {"speaker", "accepted", "members"} <= set(rep["shared"][0])
    assert {"article_id", "tag_id", "exact"} <= set(rep["shared"][0]["members"][0])
    assert set(rep["claims"][0]) == {"article_id", "claim_type", "count"}
    assert {"article_id", "comments", "tagged", "stances"} <= set(rep["readers"][0])
    assert {"target", "favor", "against", "neutral"} <= set(rep["readers"][0]["stances"][0])
    assert {"group", "language", "word", "z", "count"} <= set(rep["words"][0])
    putin = next(s for s in rep["shared"] if s["speaker"] == "Vladimir Putin")
    assert putin["accepted"] is False
    assert sorted(m["article_id"] for m in putin["members"]) == sorted(
        [arts["ru"].id, arts["us"].id])
    code, _, err = _run(capsys, "compare", "valdai", "--accept", putin["id"], "--json",
                        "--store", str(path))
    assert code == 0 and "2 tags linked" in err
    code, out, _ = _run(capsys, "compare", "valdai", "--json", "--store", str(path))
    after = next(s for s in json.loads(out)["shared"] if s["speaker"] == "Vladimir Putin")
    assert after["accepted"] is True and after["id"] == putin["id"]
    code, _, err = _run(capsys, "compare", "valdai", "--accept", "nope", "--store", str(path))
    assert code == 2 and "no shared statement 'nope'" in err


def test_compare_csv_and_unknown_story(capsys, store_path, tmp_path):
    path, arts = store_path
    _setup(capsys, path, arts)
    code, _, _ = _run(capsys, "compare", "valdai", "--csv", str(tmp_path / "out"),
                      "--store", str(path))
    assert code == 0
    with open(tmp_path / "out" / "stances.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows == [["article_id", "outlet", "target", "favor", "against", "neutral"],
                    [arts["ru"].id, "Voennoye Obozreniye", "military alliance", "0", "2", "1"],
                    [arts["ru"].id, "Voennoye Obozreniye", "Putin's foreign policy", "1", "0",
                     "0"]]
    code, _, err = _run(capsys, "compare", "no-such", "--store", str(path))
    assert code == 2 and "no story or article 'no-such'" in err


def test_html_report_in_chromium(capsys, store_path, tmp_path):
    if shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    path, arts = store_path
    _setup(capsys, path, arts)
    from annotations.model.models import Anchor, Stance
    from annotations.store import AnnotationStore

    hostile = '<img src="http://127.0.0.1:9/x"><script>alert(1)</script>'
    with AnnotationStore(path) as store:  # hostile text: a stance target that is markup
        ru = store.article(arts["ru"].id)
        store.add(Stance(anchor=Anchor.for_span(ru, "1", 0, 10), annotator="ana",
                         holder="x", target=hostile, polarity="favor"))
    page_file = tmp_path / "report.html"
    code, _, _ = _run(capsys, "compare", "valdai", "--html", str(page_file), "--store", str(path))
    assert code == 0
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"),
                                     args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: requests.append("dialog:" + d.message))
            page.goto(page_file.as_uri())
            assert page.title() == "How outlets framed valdai"
            cells = page.eval_on_selector_all(
                'table[data-table="stances"] tbody tr',
                "rows => rows.map(r => [...r.cells].map(c => c.textContent))")
            assert cells[0] == [arts["ru"].id, "Voennoye Obozreniye", "military alliance",
                                "0", "2", "1"]
            shared = page.eval_on_selector_all(
                'table[data-table="shared"] tbody tr', "rows => rows.length")
            assert shared == 4
            assert page.locator("svg").count() == 4
            assert page.locator("img").count() == 0 and page.locator("script").count() == 0
            targets = page.eval_on_selector_all(
                'table[data-table="stances"] tbody tr', "rows => rows.map(r => r.cells[2]"
                ".textContent)")
            assert targets == ["military alliance", hostile, "Putin's foreign policy"]
        finally:
            browser.close()
    assert requests == [page_file.as_uri()]


def test_compare_prints_a_summary_of_every_table(capsys, store_path):
    path, arts = store_path
    _setup(capsys, path, arts)
    code, out, _ = _run(capsys, "compare", "valdai", "--store", str(path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "story: valdai · tags of ana"
    assert "# speakers (12)" in lines  # 6 speakers x 2 articles
    assert "Li Lifan\texpert\tresearcher\t" + arts["us"].id + "\tNewsweek\t0\t0\t0\t0\t0\tomitted" \
        in lines
    assert "# shared (4)" in lines
