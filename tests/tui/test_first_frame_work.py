"""What the reader's first frame waits for (#28): no module it does not need is imported
before it, and the suggestions' finder (a thread importing pydantic, sharing the
interpreter) starts only once a frame is written, not two refreshes after the mount (those
come before Textual writes the reader's first frame)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, RU_SEED
from tests.tui.helpers import wait_until
from tui.app import ThreadmarkApp
from tui.compat_textual import frame_written
from tui.screens.reader import ReaderScreen

FIRST_FRAME_IMPORTS = """
import sys
import tui.app, tui.screens.reader, tui.widgets.passage.view, tui.widgets.passage.select
print(sorted(m for m in ("annotations.text.segment", "annotations.compat_icu", "icu4py",
                         "annotations.suggest.finder", "annotations.suggest.speakers",
                         "pydantic") if m in sys.modules))
"""


def test_the_first_frames_modules_leave_icu_the_finder_and_pydantic_unimported():
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME_IMPORTS], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr[-2000:]


def test_the_reader_keys_import_the_segmenter_when_used():
    from annotations.text.nav import sentence_at, snap_to_words, word_left, word_right

    text = "Putin said so. Then he left."
    assert sentence_at(text, 16) == (15, 28)
    assert (word_left(text, 9), word_right(text, 6)) == (6, 10)
    assert snap_to_words(text, 7, 12) == (6, 13)


class _Watched(ThreadmarkApp):
    """Records the frames Textual displays and when the reader starts its suggestions."""

    def on_mount(self) -> None:
        self.events: list[str] = []

    def post_display_hook(self) -> None:
        if isinstance(self.screen, ReaderScreen):
            self.events.append("written" if frame_written(self) else "dropped")
        super().post_display_hook()


async def test_the_suggestions_start_after_the_readers_first_written_frame(tmp_path,
                                                                            monkeypatch):
    started = ReaderScreen.start_suggestions

    def start(screen: ReaderScreen) -> None:
        screen.app.events.append("suggestions")
        started(screen)

    monkeypatch.setattr(ReaderScreen, "start_suggestions", start)
    app = _Watched(store_path=tmp_path / "s.db", open_paths=[RU_SEED], annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: "suggestions" in app.events, "the suggestions")
        first = app.events.index("suggestions")
        assert "written" in app.events[:first], app.events
        await wait_until(pilot, lambda: app.screen.suggestions.known(app.screen.article_ids[0])
                         is not None, "the finder's suggestions")
