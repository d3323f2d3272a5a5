"""The import rules of the design (GUIDE.md, #27), read statically from every module's source:
the core (``annotations/``) never imports textual, rich or the UI; the UI imports no private
module or name of the core (a module or name starting with ``_``, and the store's parts,
which are the facade's own); the core's import graph has no cycle, not even through imports
inside functions.

Kept as a test rather than import-linter contracts: the rules need what a contract cannot
say (TYPE_CHECKING imports are free, private means a leading ``_`` at any level, the store's
parts are found from the facade's constructor), it runs in the suite CI already runs, and it
adds no dependency."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Import:
    """One imported module (and name, for ``from m import name``) at one line of a module."""

    module: str
    name: str | None
    line: int
    when: str  # "import": runs at import time; "call": inside a function (lazy);
    #            "typing": under ``if TYPE_CHECKING:`` (never runs)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: str) -> dict[str, Path]:
    """Every module of ``package`` (a folder of this repository), by dotted name."""
    return {module_name(p): p for p in sorted((ROOT / package).rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


@functools.cache
def imports_of(path: Path) -> tuple[Import, ...]:
    """Every import statement in the module, however deep (functions, TYPE_CHECKING, try)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def visit(node: ast.AST, when: str) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(alias.name, None, child.lineno, when)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[:len(package.split(".")) - child.level + 1]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                for alias in child.names:
                    yield Import(module, alias.name, child.lineno, when)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                yield from visit(child, "typing" if when == "typing" else "call")
            elif isinstance(child, ast.If) and _is_type_checking(child.test):
                for stmt in child.body:
                    yield from visit(ast.Module(body=[stmt], type_ignores=[]), "typing")
                for stmt in child.orelse:
                    yield from visit(ast.Module(body=[stmt], type_ignores=[]), when)
            else:
                yield from visit(child, when)

    return tuple(visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), "import"))


def imported_module(imp: Import, known: dict[str, Path]) -> str | None:
    """The module of ``known`` an import loads (``from pkg import mod`` is ``pkg.mod``)."""
    if imp.name and f"{imp.module}.{imp.name}" in known:
        return f"{imp.module}.{imp.name}"
    return imp.module if imp.module in known else None


def top_package(module: str) -> str:
    return module.split(".")[0]


def test_the_core_never_imports_textual_rich_or_the_ui():
    found = [f"{name}:{imp.line} imports {imp.module}"
             for name, path in modules("annotations").items() for imp in imports_of(path)
             if top_package(imp.module) in ("textual", "rich", "tui")]
    assert found == []


def store_parts() -> set[str]:
    """The modules of the classes ``AnnotationStore.__init__`` builds its parts from (each
    ``self._x = Part(...)``): private to the store, whatever their names."""
    facade = ROOT / "annotations" / "store" / "facade.py"
    tree = ast.parse(facade.read_text(encoding="utf-8"))
    init = next(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                and node.name == "__init__")
    built = {node.value.func.id for node in ast.walk(init)
             if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
             and isinstance(node.value.func, ast.Name)
             and any(isinstance(t, ast.Attribute) and t.attr.startswith("_")
                     for t in node.targets)}
    return {imp.module for imp in imports_of(facade)
            if imp.name in built and imp.module.startswith("annotations.store.")
            and not imp.module.startswith("annotations.store.file.")}  # the file: its own


def test_the_store_parts_are_found():
    assert store_parts() == {f"annotations.store.{m}" for m in (
        "records", "articles", "tag_index", "history", "queries", "writes",
        "adding_articles", "rejections", "seen_files")}


def test_only_the_store_imports_its_parts():
    """The store's parts are the facade's (``AnnotationStore``): the rest of the core and the
    UI use the facade, so a part can change its interface with the facade alone."""
    parts = store_parts()
    found = [f"{name}:{imp.line} imports {target}"
             for package in ("annotations", "tui")
             for name, path in modules(package).items()
             if not name.startswith("annotations.store.") or name.startswith(
                 "annotations.store.file")
             for imp in imports_of(path)
             if (target := imported_module(imp, modules("annotations"))) in parts]
    assert found == []


def test_the_ui_imports_no_private_module_or_name_of_the_core():
    found = [f"{name}:{imp.line} imports {imp.module}" + (f".{imp.name}" if imp.name else "")
             for name, path in modules("tui").items() for imp in imports_of(path)
             if top_package(imp.module) == "annotations"
             and any(part.startswith("_") and part != "__init__"
                     for part in [*imp.module.split("."), imp.name or ""])]
    assert found == []


def cycles(package: str, when: set[str]) -> list[list[str]]:
    """The strongly connected components (of more than one module) of the package's graph of
    imports made ``when`` (see ``Import``), each sorted, in sorted order."""
    known = modules(package)
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for imp in imports_of(path):
            target = imported_module(imp, known)
            if target and target != name and imp.when in when:
                graph[name].add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:  # Tarjan; the depth is bounded by the number of modules
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return sorted(found)


def test_the_core_has_no_import_cycle_at_import_time():
    assert cycles("annotations", {"import"}) == []


def test_the_core_has_no_import_cycle_through_lazy_imports():
    assert cycles("annotations", {"import", "call"}) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path, monkeypatch):
    """``cycles`` is not vacuous: two modules importing each other inside functions are one
    cycle."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from pkg import b\n")
    (pkg / "b.py").write_text("from pkg.a import f\n")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path, raising=False)
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    imports_of.cache_clear()
    try:
        assert cycles("pkg", {"import", "call"}) == [["pkg.a", "pkg.b"]]
        assert cycles("pkg", {"import"}) == []
    finally:
        imports_of.cache_clear()


def test_the_import_reader_sees_what_it_must():
    """The checks above are not vacuous: the reader finds lazy, relative and TYPE_CHECKING
    imports in a module it knows."""
    def seen(module: str, name: str | None, when: str, path: Path) -> bool:
        return any((i.module, i.name, i.when) == (module, name, when) for i in imports_of(path))

    core = ROOT / "annotations"
    report = core / "team" / "agreement_report.py"
    assert seen("annotations.team.agreement", "Report", "import", report)
    assert seen("nltk.metrics.agreement", "AnnotationTask", "call", core / "team" / "agreement.py")
    assert seen("annotations.model.article", "Article", "typing", core / "model" / "models.py")
    assert len(modules("annotations")) > 40 and "annotations.suggest.finder" in modules(
        "annotations")


#: The only modules directly in ``annotations/`` and ``tui/`` (#27): shared ground every package
#: uses, and the compatibility modules the GUIDE names. Every other module lives in the package of
#: its concern (ARCHITECTURE.md); a new flat module fails here: put it in its package instead.
TOP_LEVEL_MODULES = {
    "annotations": {"__init__", "errors", "settings", "compat_htmlparser", "compat_icu",
                    "compat_pydantic", "compat_tinydb", "compat_trafilatura"},
    "tui": {"__init__", "app", "bindings", "commands", "startup", "gc_session", "kind_colours",
            "compat_textual", "compat_textual_serve"},
}


def test_no_flat_module_beyond_the_listed_ones():
    for package, allowed in TOP_LEVEL_MODULES.items():
        assert {p.stem for p in (ROOT / package).glob("*.py")} == allowed, package


def test_every_test_module_lives_in_a_tier():
    """tests/core, tests/tui or tests/e2e (conftest marks each by its folder); none at the top."""
    assert sorted(p.name for p in (ROOT / "tests").glob("test_*.py")) == []
    tiers = {p.parent.name for p in (ROOT / "tests").rglob("test_*.py")
             if "fixtures" not in p.parts}
    assert tiers == {"core", "tui", "e2e"}


def test_a_core_test_carries_the_core_marker(request):
    assert request.node.get_closest_marker("core") is not None
    assert request.node.get_closest_marker("tui") is None
