"""What ``threadmark import-annotations`` tells an analyst beyond the import's own report: a
CSV file is refused by name, a missing article points at ``export --with-articles``, and an
import that took nothing exits 2."""

from __future__ import annotations

from pathlib import Path

from tui.cli.common import _CliError

#: the first cells of the CSV export's header row (annotations/exchange/export.py)
CSV_HEADER = b"id,kind,article_id,"


def refuse_csv(paths: list[Path]) -> None:
    """``_CliError`` for a CSV export among ``paths`` (by suffix or by its header row)."""
    from annotations.util.safe_files import open_regular

    for p in paths:
        try:  # a FIFO or a device is refused by open_regular, never waited on
            with open_regular(p) as f:
                head = f.read(len(CSV_HEADER) + 3).removeprefix(b"\xef\xbb\xbf")
        except (OSError, ValueError):
            head = b""  # the import itself says what is wrong with the file
        if p.suffix.lower() == ".csv" or head.startswith(CSV_HEADER):
            raise _CliError(f"{p}: a CSV export cannot be imported (it is for spreadsheets); "
                            "import the json, jsonl or w3c export (nothing imported)")


def hints(report) -> tuple[list[str], int]:  # an ImportReport
    """Lines to add after the report, and the exit status (2 when nothing could be imported
    although something was rejected)."""
    lines = []
    if any(r.endswith("is not in the store") for r in report.rejected):
        lines.append("the store does not hold the tags' articles: an export made with "
                     "`threadmark export --with-articles` carries them (or import the "
                     "articles first)")
    took_nothing = not (report.added or report.skipped or report.conflicts or report.articles)
    return lines, 2 if report.rejected and took_nothing else 0
