"""Horizontal bar charts drawn with block characters in a ``Static`` (Textual's own widgets:
no plotting library). Labels are untrusted text: drawn as ``rich.text.Text``, never markup.
Bars take the width left after the label and the value, so a chart reads at 80 columns."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from annotations.util.safe_text import visible

#: Series colours: the 16 standard colours, which every terminal and theme shows.
COLOURS = ("blue", "yellow", "red", "green", "magenta", "cyan")
LABEL_MAX = 26


def draw_bars(title: str, labels: list[str], series: list[tuple[str, list[float]]],
              width: int, stacked: bool = False) -> Text:
    """The chart as text ``width`` cells wide."""
    out = Text()
    out.append(visible(title), style="bold")
    if not labels or not series:
        out.append("\n(nothing to draw)", style="dim")
        return out
    if len(series) > 1:
        out.append("\n")
        for k, (name, _vals) in enumerate(series):
            out.append("■ ", style=COLOURS[k % len(COLOURS)])
            out.append(visible(name) + "  ")
    lab_w = min(LABEL_MAX, max(len(visible(x)) for x in labels))
    totals = [sum(v[i] for _n, v in series) if stacked else max(v[i] for _n, v in series)
              for i in range(len(labels))]
    top = max(totals) or 1
    num_w = len(f"{top:g}") + 1
    room = max(4, width - lab_w - num_w - 2)
    for i, label in enumerate(labels):
        shown = visible(label.replace("\n", " "))
        shown = shown if len(shown) <= lab_w else shown[: lab_w - 1] + "…"
        rows = [series] if stacked else [[s] for s in series]
        for r, part in enumerate(rows):
            out.append("\n")
            out.append((shown if r == 0 else "").ljust(lab_w) + " ")
            used = 0
            for name, vals in part:
                k = series.index((name, vals))
                cells = round(vals[i] / top * room)
                out.append("█" * cells, style=COLOURS[k % len(COLOURS)])
                used += cells
            value = totals[i] if stacked else part[0][1][i]
            out.append(" " * (room - used + 1) + f"{value:g}".rjust(num_w - 1), style="bold")
    return out


class BarChart(Static):
    """A bar chart that redraws itself to its width."""

    DEFAULT_CSS = "BarChart { height: auto; padding: 0 1; margin-bottom: 1; }"

    def __init__(self, title: str, labels: list[str], series: list[tuple[str, list[float]]],
                 stacked: bool = False, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.chart_title = title
        self.labels = labels
        self.series = series
        self.stacked = stacked

    def on_mount(self) -> None:
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = (self.size.width or 78)
        self.update(draw_bars(self.chart_title, self.labels, self.series, width, self.stacked))
