"""Wide characters (CJK, emoji) take two cells: every column of the library's table stays in
place whatever its titles and sources hold (Pilot, exact cell positions)."""

from __future__ import annotations

from rich.cells import cell_len

from tests.tui.helpers import TableApp, screen_lines
from tui.widgets.article_table import ArticleRow
from tui.widgets.cells import fit

WIDE = [
    ArticleRow("a0", "Plain English title", "Outlet", 1, 2),
    ArticleRow("a1", "🔥😆 fire and laughter", "Outlet", 3, 4),
    ArticleRow("a2", "子どもへの体罰を禁止する法律ができる、国会で成立", "NEWS WEB EASY", 5, 6),
    ArticleRow("a3", "배우 인터뷰 기사: 새 영화에 대해 이야기하다", "엔터 미디어", 7, 8),
    ArticleRow("a4", "武汉的声音：有英勇的你，才有英雄的城！", "新华网", 9, 10),
]


def cells_before(line: str, needle: str) -> int:
    return cell_len(line[:line.index(needle)])


async def test_library_columns_stay_in_place_with_wide_titles():
    app = TableApp(WIDE)
    async with app.run_test(size=(70, 10)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)[:6]
        assert [cell_len(line) for line in lines] == [70] * 6
        # Source starts at the same cell on every row; the numbers end at the right edge
        header = lines[0]
        source_at = cells_before(header, "Source")
        # mark, space, title (70 - 13 source - 17 numbers - 3 spaces = 37 cells), space
        assert source_at == 40
        for line, row in zip(lines[1:], WIDE, strict=True):
            assert cells_before(line, row.source) == source_at, line
            assert line.rstrip().endswith(f"{row.comments:>9} {row.tags:>6}")
        # titles too wide are cut by cells, with an ellipsis, never by characters
        assert lines[3][2:].startswith("子どもへの体罰を禁止する法律ができる… NEWS")
        assert lines[2][2:].startswith("🔥😆 fire and laughter ")


def test_fit_counts_cells():
    assert fit("日本語のタイトル", 6) == "日本… "  # a wide character is never split
    assert fit("🔥😆 fire", 5) == "🔥😆…"
    assert fit("e\u0301tude", 3) == "e\u0301t…"  # a combining accent takes no cell
    assert fit("42", 5, right=True) == "   42"
    assert fit("anything", 0) == ""


WIDE_ARTICLE = """子どもへの体罰を禁止する法律ができる 🔥😆

子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。

Dear reader, to leave comments on the publication, you must sign in.
  1. 山田太郎 (山田太郎) 26 October 2020 16: 13
    法律ができてよかったです。🔥😆
    1. 李明 (李明) 26 October 2020 17: 47
      我同意这个看法，这是第一步。
  2. 엔터 (엔터) 26 October 2020 18: 17
    좋은 기사입니다.
"""


async def test_reader_title_tree_and_status_keep_their_cells(tmp_path):
    from tests.tui.helpers import make_app

    art = tmp_path / "wide.txt"
    art.write_text(WIDE_ARTICLE, encoding="utf-8")
    app = make_app(tmp_path / "s.db", open_paths=[art], seed_if_empty=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        assert [cell_len(line) for line in lines] == [80] * 24
        assert lines[0].startswith(" 子どもへの体罰を禁止する法律ができる 🔥😆  unknown outlet")
        # the two panes meet at the same cell on every row, whatever the rows hold
        assert {cells_before(line, "││") for line in lines[2:11]} == {47}
        tree = [line[line.index("││") + 2:] for line in lines[2:5]]
        # after "▾ 山田太郎 ", "│   李明 ", "  엔터 "
        assert [cells_before(t, "26 Oct") for t in tree] == [11, 9, 7]
        assert tree[0].startswith("▾ 山田太郎 26 Oct 2020 16:13")
        assert lines[-2].startswith(" quotes 0 · stances 0 · claims 0")
