"""Write docs/reader.svg: the reader on a bundled seed, drawn by the app itself.

Opens the Russian seed (translated into English, with its comment thread) in a fresh store (the
app in Textual's headless test mode, 120 x 36 cells), waits for the suggestion worker, saves the
first suggestion as a quote (``]`` then ``A``), moves the comment tree's cursor and exports the
screen as SVG. Run ``python docs/make_screenshot.py`` from the repository root after a change
to the reader's look.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "000_8f589049fa7ccfa5.txt"
SIZE = (120, 36)


async def reader_svg(store: Path) -> str:
    """The SVG of the reader on the Russian seed with one saved quote and the suggestions marked."""
    from annotations.settings import Settings
    from tui.app import ThreadmarkApp

    app = ThreadmarkApp(store_path=store, open_paths=[SEED], annotator="ana",
                        settings=Settings(annotator="ana"), seed_if_empty=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("right_square_bracket", "A")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("tab", "j", "j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.store.tags()) == 1, "the first suggestion was not saved"
        return app.export_screenshot(title="threadmark: the reader")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        svg = asyncio.run(reader_svg(Path(tmp) / "store.db"))
    (HERE / "reader.svg").write_text(svg, encoding="utf-8")


if __name__ == "__main__":
    main()
