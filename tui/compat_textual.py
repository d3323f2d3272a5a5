"""Every use of Textual's private API, in one place (tested against the pinned version).

threadmark's big-data widgets reach into a few internals for speed (each measured; see the
README's benchmarks): TextArea's line cache and theme, the size hook that otherwise triggers a
screen-wide layout pass, ScrollView's scroll update, the scrollbar a widget creates on first
use, the compositor's partial repaint (only the widgets it writes), the rows a widget keeps
drawn (the comment tree puts back rows it drew before when it scrolls), and (for tests) the
compositor's rendered lines and the app's notifications.
``tests/core/test_compat.py`` fails with a clear message when an upgrade moves any of them.
"""

from __future__ import annotations

import inspect
from typing import Any, Protocol, TypeVar

import textual
from textual.app import App
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.widget import Widget
from textual.widgets import TextArea

#: The Textual release this module was written against (``pyproject.toml`` pins it).
TESTED_VERSION = "8.2.8"


def text_area_theme(view: TextArea) -> Any:
    """The TextArea's resolved theme object (``TextArea._theme``)."""
    return view._theme


def clear_line_cache(view: TextArea) -> None:
    """Drop TextArea's cached rendered lines (after restyling its text)."""
    view._line_cache.clear()


def set_virtual_size_quietly(widget: Widget, size: Size) -> None:
    """Set a scrolling widget's virtual size without the screen-wide layout pass that
    assigning ``virtual_size`` runs (``ScrollView._scroll_update``). The caller repaints."""
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)


class SizesItself(Protocol):
    """A TextArea with its own ``refresh_size()``."""

    def refresh_size(self) -> None: ...


TextAreaT = TypeVar("TextAreaT", bound=type[TextArea])


def routes_refresh_size(cls: TextAreaT) -> TextAreaT:
    """Class decorator for a TextArea subclass with a ``refresh_size()`` method: TextArea's
    private ``_refresh_size`` hook calls it instead (``default_refresh_size`` runs
    TextArea's own)."""

    def _refresh_size(self: SizesItself) -> None:
        self.refresh_size()

    cls._refresh_size = _refresh_size  # type: ignore[method-assign,assignment]  # the private hook, replaced on purpose
    return cls


def default_refresh_size(view: TextArea) -> None:
    """TextArea's own size update (``TextArea._refresh_size``)."""
    TextArea._refresh_size(view)


class DrawsRows(Protocol):
    """A TextArea with its own ``render_row(y)``."""

    def render_row(self, y: int) -> Any: ...


def routes_render_row(cls: TextAreaT) -> TextAreaT:
    """Class decorator for a TextArea subclass with a ``render_row(y)`` method: TextArea's
    private ``_render_line`` (what its ``render_line`` calls when its line cache misses)
    calls it instead (``default_render_row`` runs TextArea's own)."""

    def _render_line(self: DrawsRows, y: int) -> Any:
        return self.render_row(y)

    cls._render_line = _render_line  # type: ignore[method-assign,assignment]  # the private hook, replaced on purpose
    return cls


def default_render_row(view: TextArea, y: int) -> Any:
    """TextArea's own drawing of screen row ``y`` (``TextArea._render_line``)."""
    return TextArea._render_line(view, y)


def wrapped_line_info(view: TextArea, y: int) -> tuple[int, int] | None:
    """(document line, section of it) shown on virtual row ``y`` of a wrapped TextArea
    (``WrappedDocument._offset_to_line_info``); None past the end."""
    info = view.wrapped_document._offset_to_line_info
    return info[y] if 0 <= y < len(info) else None


def install_vertical_scrollbar(widget: Widget, make: Any) -> Any:
    """The widget's vertical scrollbar, created by ``make()`` on first use (what
    ``Widget.vertical_scrollbar`` does with Textual's own class)."""
    if widget._vertical_scrollbar is None:
        bar = make()
        bar.display = False
        widget._vertical_scrollbar = bar
        widget.app._start_widget(widget, bar)
    return widget._vertical_scrollbar


def frame_written(app: App) -> bool:
    """Whether the display that just ended (``App.post_display_hook``) wrote its frame,
    rather than dropping it inside a batch (as Textual does for the frame rendered in its
    mount batch)."""
    return not app._batch_count


def screen_lines(app: App) -> list[str]:
    """What the app's screen shows, as plain text lines (tests)."""
    return [s.text for s in app.screen._compositor.render_strips()]


def notifications(app: App) -> list[Any]:
    """The notifications the app has shown (tests)."""
    return list(app._notifications)


def forgets_its_worker(fn: Any) -> Any:
    """Wrap a thread worker's function so the pool thread lets go of the worker when done.

    Textual runs thread workers in asyncio's default executor and sets its ``active_worker``
    context variable in the pool thread's own context, which outlives the work: the idle
    thread keeps the last worker it ran, and through it the worker's screen, alive. Cleared
    here after the work (``textual.worker.active_worker`` is not public API)."""
    import functools

    from textual.worker import active_worker

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        finally:
            active_worker.set(None)  # type: ignore[arg-type]

    return run


def forget_watches(node: Any, obj: Any) -> None:
    """Drop ``node``'s watchers of ``obj``'s reactives (``node.watch(obj, ...)``). Textual
    keeps them in ``obj``'s private ``__watchers`` lists and prunes closed nodes only when the
    reactive next changes: a TextArea watching the app's theme stays alive until a theme
    change."""
    watchers = getattr(obj, "__watchers", None)
    if not watchers:
        return
    for entries in watchers.values():
        entries[:] = [(n, cb) for n, cb in entries if n is not node]


def styled_rows(widget: Widget) -> tuple[dict[int, Any], set[int]]:
    """The rows Textual keeps drawn for ``widget`` (row -> its ``Strip`` with the widget's
    border and background, what ``StylesCache.render`` reuses) and the rows it must draw
    again (``Widget._styles_cache``: its ``_cache`` and ``_dirty_lines``). A row put in the
    first and taken out of the second is shown as it is, not drawn."""
    cache = widget._styles_cache
    return cache._cache, cache._dirty_lines


def widget_painter() -> type:
    """Textual's private ``StylesCache`` (``textual._styles_cache``): its ``render_widget``
    draws one widget's rows, so the tests count the widgets a key repaints through it."""
    from textual._styles_cache import StylesCache

    return StylesCache


def unpin_styles_caches() -> None:
    """Stop Textual's colour cache from keeping every widget's rendered lines alive.

    ``StylesCache.get_inner_outer`` (``textual._styles_cache``) is an ``lru_cache(1024)`` on
    a method, so its keys hold the ``StylesCache`` of every widget that drew a background,
    and with it that widget's cached lines, long after the widget's screen closed: 1,024 of
    them, about 100 MB, filled by opening and closing a hundred readers (Textual issue 6665,
    open). Replaced by the same cache keyed by the two colours only (the method never reads
    its first argument). Once per process; idempotent."""
    import functools

    from textual._styles_cache import StylesCache

    original = StylesCache.get_inner_outer
    if getattr(original, "keyed_by_colours", False):
        return
    body = original.__wrapped__

    @functools.lru_cache(1024)
    def by_colours(base_background: Any, background: Any) -> Any:
        return body(None, base_background, background)

    def get_inner_outer(self: Any, base_background: Any, background: Any) -> Any:
        return by_colours(base_background, background)

    get_inner_outer.keyed_by_colours = True  # type: ignore[attr-defined]
    get_inner_outer.cache_clear = by_colours.cache_clear  # type: ignore[attr-defined]
    StylesCache.get_inner_outer = get_inner_outer  # type: ignore[method-assign,assignment]  # the cache replaced on purpose (issue 6665)
    original.cache_clear()


def draw_only_dirty_widgets() -> None:
    """Let a partial repaint draw only the widgets that overlap an area to repaint.

    ``Compositor.render_partial_update`` (``textual._compositor``) draws every widget that
    overlaps the box around all areas to repaint: when ``n`` moves the comment tree (left),
    the comment pane and the status line (bottom), that box is the whole screen and the
    article's pane draws its ~40 rows for nothing (none of its cells is in an area written
    to the terminal). Replaced by the same method with a box whose ``overlaps`` asks each
    area in turn, which ``_get_renders`` is the only one to call; what reaches the terminal
    is the same (a cell is written only inside an area, and a widget with a cell there
    overlaps it). Once per process; idempotent."""
    from textual._compositor import ChopsUpdate, Compositor
    from textual.geometry import Region

    if getattr(Compositor.render_partial_update, "only_dirty_widgets", False):
        return

    class Areas(Region):
        """The box around the areas to repaint; it overlaps what one of them overlaps."""

        areas: tuple[Region, ...] = ()

        def overlaps(self, other: Region) -> bool:  # type: ignore[override]  # Region.overlaps is an lru_cache
            return any(area.overlaps(other) for area in self.areas)

    def render_partial_update(self: Any) -> Any:
        screen_region = self.size.region
        update_regions = self._dirty_regions.copy()
        self._dirty_regions.clear()
        if not update_regions:
            return None
        crop = Areas(*Region.from_union(update_regions).intersection(screen_region))
        crop.areas = tuple(update_regions)
        spans = list(self._regions_to_spans(update_regions))
        is_rendered_line = {y for y, _, _ in spans}.__contains__
        chops = self._render_chops(crop, is_rendered_line)
        chop_ends = [cut_set[1:] for cut_set in self.cuts]
        return ChopsUpdate(chops, spans, chop_ends)

    render_partial_update.only_dirty_widgets = True  # type: ignore[attr-defined]
    render_partial_update.original = Compositor.render_partial_update  # type: ignore[attr-defined]
    Compositor.render_partial_update = render_partial_update  # type: ignore[method-assign]


def repaint_both_ways(app: App, regions: list[Any]) -> tuple[str, str]:
    """What the terminal gets when ``regions`` of the app's screen are repainted by
    ``draw_only_dirty_widgets``' method and by Textual's own (for tests: they must agree)."""
    from textual._compositor import Compositor

    compositor = app.screen._compositor
    writes = []
    for method in (Compositor.render_partial_update,
                   getattr(Compositor.render_partial_update, "original", None)):
        assert method is not None, "draw_only_dirty_widgets was not installed"
        compositor._dirty_regions.update(regions)
        update = method(compositor)
        assert update is not None, "nothing to repaint"
        writes.append(update.render_segments(app.console))
    return writes[0], writes[1]


def check() -> list[str]:
    """Problems with the private API this module relies on (empty when all is as tested)."""
    problems = []
    if textual.__version__ != TESTED_VERSION:
        problems.append(f"textual {textual.__version__} installed; compat_textual was written "
                        f"for {TESTED_VERSION}: re-check every function in tui/compat_textual.py")
    wanted = [(TextArea, "_refresh_size", ["self"]), (ScrollView, "_scroll_update",
                                                      ["self", "virtual_size"]),
              (App, "_start_widget", ["self", "parent", "widget"]),
              (TextArea, "_render_line", ["self", "y"])]
    for cls, name, params in wanted:
        fn = getattr(cls, name, None)
        if fn is None:
            problems.append(f"{cls.__name__}.{name} no longer exists")
        elif list(inspect.signature(fn).parameters) != params:
            problems.append(f"{cls.__name__}.{name} changed its signature")
    if "if self._batch_count:" not in inspect.getsource(App._display):
        problems.append("App._display no longer drops frames while _batch_count is set: "
                        "re-check frame_written")
    source = inspect.getsource(TextArea.__init__) + inspect.getsource(Widget.__init__)
    for attr in ("_line_cache", "_vertical_scrollbar"):
        if f"self.{attr}" not in source:
            problems.append(f"the attribute {attr} is no longer set in __init__")
    if "_theme" not in inspect.getsource(TextArea):
        problems.append("TextArea._theme is gone")
    if "self._render_line(y)" not in inspect.getsource(TextArea.render_line):
        problems.append("TextArea.render_line no longer draws through _render_line: re-check "
                        "routes_render_row")
    from textual.document._wrapped_document import WrappedDocument

    if "self._offset_to_line_info" not in inspect.getsource(WrappedDocument.__init__):
        problems.append("WrappedDocument._offset_to_line_info is gone: re-check "
                        "wrapped_line_info")
    from textual import reactive, worker

    if '"__watchers"' not in inspect.getsource(reactive._watch):
        problems.append("reactive._watch no longer keeps watchers in __watchers: re-check "
                        "forget_watches")

    if "active_worker.set(self)" not in inspect.getsource(worker.Worker._run_threaded):
        problems.append("Worker._run_threaded no longer sets active_worker in the pool thread: "
                        "re-check forgets_its_worker")
    from textual import _styles_cache

    inner_outer = _styles_cache.StylesCache.get_inner_outer
    if not (getattr(inner_outer, "keyed_by_colours", False)
            or hasattr(inner_outer, "__wrapped__")):
        problems.append("StylesCache.get_inner_outer is no longer an lru_cache: re-check "
                        "unpin_styles_caches")
    painter = _styles_cache.StylesCache
    if ("self._cache: dict[int, Strip] = {}" not in inspect.getsource(painter.__init__)
            or "self._dirty_lines: set[int] = set()" not in inspect.getsource(painter.__init__)
            or "if is_dirty(y) or y not in self._cache:" not in inspect.getsource(painter.render)
            or "self._styles_cache = StylesCache()" not in inspect.getsource(Widget.__init__)):
        problems.append("Widget._styles_cache no longer keeps its drawn rows in _cache and the "
                        "rows to draw in _dirty_lines: re-check styled_rows")
    if "def render_widget" not in inspect.getsource(_styles_cache.StylesCache):
        problems.append("StylesCache.render_widget is gone: re-check widget_painter (the "
                        "reader's tests count the widgets a key draws through it)")
    from textual._compositor import Compositor

    partial = Compositor.render_partial_update
    partial = getattr(partial, "original", partial)
    if ("chops = self._render_chops(crop, is_rendered_line)" not in inspect.getsource(partial)
            or "renders = self._get_renders(crop)" not in inspect.getsource(
                Compositor._render_chops)
            or "crop_overlaps = crop.overlaps" not in inspect.getsource(
                Compositor._get_renders)):
        problems.append("Compositor.render_partial_update no longer draws through "
                        "_render_chops and _get_renders' crop.overlaps: re-check "
                        "draw_only_dirty_widgets")
    for cls, attr in ((Screen, "_compositor"), (App, "_notifications")):
        if attr not in inspect.getsource(cls.__init__):
            problems.append(f"{cls.__name__}.{attr} is gone")
    return problems
