"""The colours of tag kinds, search matches and block kinds, derived from the theme.

One place for them: the passage views, the tags panel, the tree's marks and the tag form all
read ``palette(app)``. Each theme gets its own: a kind's background is the theme's background
tinted toward the kind's hue, as strongly as keeps the theme's text readable on it (WCAG
contrast ≥ 4.5:1) and every kind distinct from the others and from the plain background in
256 colours too (tmux, many SSH terminals), where near colours collapse into one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.style import Style
from textual.color import Color

#: The hue each kind is tinted toward.
HUES = {"quote": "#2fa866", "stance": "#3f7fe0", "match": "#e08a00", "suggestion": "#9a7fb8"}
CLAIM_HUES_DARK = ("#ffd75f", "#ffaf00", "#ffe08a")
CLAIM_HUES_LIGHT = ("#8a5a00", "#7a4c00", "#663d00", "#4d2e00")
BLOCK_HUES = {"quote": "#d7af87", "caption": "#87afaf", "tags": "#af87af"}
_ALPHAS = (0.3, 0.35, 0.4, 0.25, 0.45, 0.5, 0.2, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
MIN_CONTRAST = 4.5


def luminance(c: Color) -> float:
    """WCAG relative luminance."""
    def ch(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def eight_bit(c: Color) -> int:
    """The xterm-256 colour a terminal without true colour shows for ``c``."""
    return RichColor.from_rgb(c.r, c.g, c.b).downgrade(ColorSystem.EIGHT_BIT).number or 0


@dataclass(frozen=True)
class Palette:
    """Styles for one theme."""

    tags: dict[str, Style]  # quote, stance, claim
    marks: dict[str, str]  # a kind's colour as text (tags panel, tree marks, form border)
    match: Style
    cursor_line: Style
    blocks: dict[str, Style]
    background: Color | None  # None: an ANSI theme (the terminal's own colours)
    foreground: Color | None
    #: a suggested (not yet saved) span: a faint tint, italic; the one at hand also underlined
    suggestion: Style = Style(italic=True, dim=True)
    suggestion_current: Style = Style(italic=True, underline=True)


def _text_on(bg: Color, fg: Color, dark: bool) -> Color | None:
    """The theme's text colour, or one moved toward white (dark) or black (light) until it is
    readable on ``bg``; None when even that is not."""
    target = Color(255, 255, 255) if dark else Color(0, 0, 0)
    for k in range(11):
        c = fg.blend(target, k / 10)
        if contrast(c, bg) >= MIN_CONTRAST:
            return c
    return None


def _tint(bg: Color, fg: Color, hue: str, taken: set[int], dark: bool) -> tuple[Color, Color]:
    """(background, text colour) for a kind: distinct in 256 colours, readable."""
    best = None
    for alpha in _ALPHAS:
        c = bg.blend(Color.parse(hue), alpha)
        text = _text_on(c, fg, dark)
        if text is None:
            continue
        if eight_bit(c) not in taken:
            return c, text
        best = best or (c, text)
    return best or (bg.blend(Color.parse(hue), 0.3), fg)


def _readable(bg: Color, hues: tuple[str, ...], fg: Color) -> Color:
    """The first hue readable on ``bg``, else the hue moved toward the text colour until it is."""
    for h in hues:
        c = Color.parse(h)
        if contrast(c, bg) >= MIN_CONTRAST:
            return c
    c = Color.parse(hues[0])
    for k in range(1, 11):
        mixed = c.blend(fg, k / 10)
        if contrast(mixed, bg) >= MIN_CONTRAST:
            return mixed
    return fg


@lru_cache(maxsize=64)
def palette_for(background: str, foreground: str, dark: bool) -> Palette:
    """The palette for a theme with these colours (cached)."""
    if background.startswith("ansi_") or foreground.startswith("ansi_"):
        return _ansi_palette(dark)
    bg, fg = Color.parse(background), Color.parse(foreground)
    cursor = next((c for a in (0.12, 0.16, 0.2, 0.25, 0.3) if eight_bit(
        c := bg.blend(fg, a)) != eight_bit(bg)), bg.blend(fg, 0.12))
    taken = {eight_bit(bg), eight_bit(cursor)}  # plain text, the reading cursor's line
    tints = {}
    for kind in ("quote", "stance", "match", "suggestion"):
        tints[kind] = _tint(bg, fg, HUES[kind], taken, dark)
        taken.add(eight_bit(tints[kind][0]))
    # a suggestion is fainter than any saved tag: a weak tint, distinct in 256 colours too
    faint, faint_text = next(
        ((c, t) for a in (0.08, 0.1, 0.12, 0.15, 0.18, 0.22, 0.26, 0.3)
         if eight_bit(c := bg.blend(Color.parse(HUES["suggestion"]), a)) not in taken
         and (t := _text_on(c, fg, dark)) is not None), tints["suggestion"])
    claim = _readable(bg, CLAIM_HUES_DARK if dark else CLAIM_HUES_LIGHT, fg)
    tags = {
        "quote": Style(bgcolor=tints["quote"][0].hex, color=tints["quote"][1].hex),
        "stance": Style(bgcolor=tints["stance"][0].hex, color=tints["stance"][1].hex),
        "claim": Style(underline=True, bold=True, color=claim.hex),
    }
    marks = {"quote": _readable(bg, (HUES["quote"],), fg).hex,
             "stance": _readable(bg, (HUES["stance"],), fg).hex, "claim": claim.hex}
    blocks = {
        "quote": Style(italic=True, color=_readable(bg, (BLOCK_HUES["quote"],), fg).hex),
        "attribution": Style(italic=True, dim=True),
        "caption": Style(italic=True, color=_readable(bg, (BLOCK_HUES["caption"],), fg).hex),
        "tags": Style(color=_readable(bg, (BLOCK_HUES["tags"],), fg).hex),
        "boilerplate": Style(dim=True, strike=False),
    }
    match = Style(bgcolor=tints["match"][0].hex, color=tints["match"][1].hex)
    return Palette(tags, marks, match, Style(bgcolor=cursor.hex), blocks, bg, fg,
                   Style(bgcolor=faint.hex, color=faint_text.hex, italic=True),
                   Style(bgcolor=tints["suggestion"][0].hex, color=tints["suggestion"][1].hex,
                         italic=True, underline=True))


def _ansi_palette(dark: bool) -> Palette:
    """ANSI themes use the terminal's own 16 colours: named colours, no contrast to compute."""
    claim = "yellow" if dark else "magenta"
    tags = {"quote": Style(bgcolor="green", color="black"),
            "stance": Style(bgcolor="blue", color="white"),
            "claim": Style(underline=True, bold=True, color=claim)}
    blocks = {"quote": Style(italic=True), "attribution": Style(italic=True, dim=True),
              "caption": Style(italic=True, color="cyan"), "tags": Style(color="magenta"),
              "boilerplate": Style(dim=True, strike=False)}
    return Palette(tags, {"quote": "green", "stance": "blue", "claim": claim},
                   Style(bgcolor="yellow", color="black"), Style(underline=True), blocks,
                   None, None)


def theme_colours(theme) -> tuple[str, str, bool]:  # a textual Theme
    """(background, foreground, dark) of a Textual theme, defaults filled in."""
    variables = theme.to_color_system().generate()
    return variables["background"], variables["foreground"], theme.dark


_BY_THEME: dict[str, Palette] = {}


def palette(app) -> Palette:  # a textual App
    """The palette of the app's current theme (computed once per theme; looked up by the
    theme's name, which is cheap: ``current_theme`` builds the theme anew on each call)."""
    p = _BY_THEME.get(app.theme)
    if p is None:
        p = _BY_THEME[app.theme] = palette_for(*theme_colours(app.current_theme))
    return p
