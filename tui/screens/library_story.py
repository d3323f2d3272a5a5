"""The library's story and outlet actions: what ``C`` compares, the "Add to story" and
outlet forms, their writes through the app's queue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.store_bridge.bridge import never

if TYPE_CHECKING:
    from tui.screens.library import LibraryScreen


def compare_targets(store: Any, marked: list[str], cursor: str | None) -> list[str]:
    """The marked articles; else the first story holding the cursor's article; else it."""
    from annotations.compare import registry

    if marked:
        return list(marked)
    if cursor is None:
        return []
    reg = registry.read(store)
    story = next((name for name, ids in reg.stories.items() if cursor in ids), None)
    return [story] if story is not None else [cursor]


def _write(screen: LibraryScreen, job: Any, said: str) -> None:
    def done(result: object) -> None:
        screen.app.say(said)
        refresh = getattr(screen, "refresh_rows", None)
        if refresh is not None:
            refresh()

    if screen.app.readonly:
        screen.app.say("The store is open read-only", severity="warning")
        return
    screen.app.bridge.write(job, done, changes_tags=never)  # stories and outlets


def ask_story(screen: LibraryScreen, ids: list[str]) -> None:
    """Ask for a story's name, then add ``ids`` to it."""
    from annotations.compare import registry
    from tui.screens.fields_form import FieldsForm

    store = screen.app.store
    names = ", ".join(registry.read(store).stories) or "none yet"

    def got(values: dict[str, str] | None) -> None:
        if not values or not values["name"].strip():
            return
        name = values["name"]
        _write(screen, lambda: registry.add_to_story(store, name, ids),
               f"Added {len(ids)} article(s) to story {' '.join(name.split())[:40]}")
        marked = getattr(screen, "marked", None)
        if isinstance(marked, list):
            marked.clear()

    screen.app.push_screen(FieldsForm(f"Add {len(ids)} article(s) to a story (stories: "
                                      f"{names})", [("name", "Story", "")]), got)


def ask_outlet(screen: LibraryScreen, article_id: str) -> None:
    """The outlet form for the article's outlet (its source, or a name to give it)."""
    from annotations.compare import registry
    from tui.screens.fields_form import FieldsForm

    store = screen.app.store
    reg = registry.read(store)
    summary = next((s for s in store.article_summaries() if s.id == article_id), None)
    source = summary.source if summary is not None else None
    o = reg.outlet_of(article_id, source)

    def got(values: dict[str, str] | None) -> None:
        if not values or not values["name"].strip():
            return
        name = values["name"]
        assign = [article_id] if " ".join(name.split()) != (source or "") else None
        _write(screen, lambda: registry.set_outlet(
            store, name, values["country"], values["language"], values["group"], assign),
            f"Outlet {' '.join(name.split())[:40]} saved")

    screen.app.push_screen(FieldsForm("Outlet of this article", [
        ("name", "Outlet", o.name), ("country", "Country", o.country or ""),
        ("language", "Language", o.language or ""), ("group", "Group", o.group or "")]), got)
