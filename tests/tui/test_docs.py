"""The documentation stays true to the code: docs/keys.md is what the app's bindings generate,
the API page has an entry for every public name of ``annotations``, the README and the docs
home page give the same set-up commands, and the README's links lead to files that exist."""

from __future__ import annotations

import importlib
import importlib.util
import re

import annotations
from tests.conftest import ROOT

DOCS = ROOT / "docs"


def _make_keys():
    spec = importlib.util.spec_from_file_location("make_keys", DOCS / "make_keys.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_keys_page_is_what_the_bindings_generate():
    make_keys = _make_keys()
    page = (DOCS / "keys.md").read_text(encoding="utf-8")
    assert page == make_keys.render(), "a binding changed: run python docs/make_keys.py"


def test_every_binding_id_of_the_app_is_on_the_keys_page():
    _make_keys().load_tui()
    from tui.app import known_binding_ids

    page = (DOCS / "keys.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| [^|]+ \| [^|]* \| `([^`]+)` \|", page, re.M))
    ids = known_binding_ids()
    assert len(ids) > 80  # every screen's and widget's, not one module's
    assert ids - documented == set()
    assert "reader.tags" in documented and "tree.parent" in documented


def test_key_display_keeps_modifiers_and_names_symbols():
    make_keys = _make_keys()
    assert make_keys.key_display("question_mark,f1") == "`?` `f1`"
    assert make_keys.key_display("ctrl+r") == "`ctrl+r`"
    assert make_keys.key_display("left_square_bracket") == "`[`"


def test_api_page_documents_every_public_name_where_it_lives():
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    entries = {name: module for module, name in
               re.findall(r"^::: (annotations(?:\.\w+)*)\.(\w+)$", page, re.M)}
    assert set(annotations.__all__) - set(entries) == set()
    for name, module in entries.items():
        assert getattr(importlib.import_module(module), name) is getattr(annotations, name), name


def _install_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "python3 -m venv .venv" in line]


def test_docs_home_gives_the_readmes_set_up_commands():
    readme = _install_lines((ROOT / "README.md").read_text(encoding="utf-8"))
    home = _install_lines((DOCS / "index.md").read_text(encoding="utf-8"))
    assert len(readme) == 2 and home == readme


def test_readme_links_lead_to_files_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = [t.split("#", 1)[0] for t in re.findall(r"\]\(([^)\s]+)\)", readme)
               if "://" not in t]
    assert targets
    missing = [t for t in targets if t and not (ROOT / t).is_file()]
    assert missing == []


def test_site_is_strict_and_every_nav_page_exists():
    conf = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "strict: true" in conf
    listed = re.findall(r"([\w-]+\.md)$", conf, re.M)
    assert "keys.md" in listed and "api.md" in listed
    assert [p for p in listed if not (DOCS / p).is_file()] == []


async def test_screenshot_script_draws_the_reader_with_a_saved_quote(tmp_path):
    spec = importlib.util.spec_from_file_location("make_screenshot",
                                                  DOCS / "make_screenshot.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    svg = await module.reader_svg(tmp_path / "s.db")
    assert svg.startswith("<svg") and "threadmark:&#160;the&#160;reader" in svg
    # the article's title, a commenter of the tree, the status line's count of saved quotes
    assert "China&#160;reacted" in svg and "goncharov.62" in svg
    assert "quotes&#160;1" in svg
    assert (DOCS / "reader.svg").read_text(encoding="utf-8").startswith("<svg")


def test_architecture_names_every_package():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    packages = sorted("/".join(p.parent.relative_to(ROOT).parts) + "/"
                      for top in ("annotations", "tui") for p in (ROOT / top).rglob("__init__.py"))
    assert "annotations/suggest/lang/" in packages
    missing = [p for p in packages
               if p not in text and p.split("/", 1)[1] not in text]
    assert missing == []


def test_readme_is_short_with_the_screenshot_and_a_link_to_every_guide():
    data = (ROOT / "README.md").read_bytes()
    assert len(data) < 8 * 1024
    text = data.decode("utf-8")
    assert "](docs/reader.svg)" in text
    for page in ("user-guide", "keys", "command-line", "inputs", "formats", "suggestions",
                 "team", "team-sync", "compare", "text-segmentation", "api", "benchmarks"):
        assert f"](docs/{page}.md)" in text, page
    for doc in ("ARCHITECTURE.md", "CONTRIBUTING.md", "CHANGELOG.md"):
        assert f"]({doc})" in text, doc
