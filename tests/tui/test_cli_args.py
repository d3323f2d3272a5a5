"""Usage errors of every ``threadmark`` command are one line on stderr, exit status 2."""

from __future__ import annotations

import pytest

from tui.cli import main


@pytest.mark.parametrize("argv, line", [
    (["--bogus"], "threadmark: unrecognized arguments: --bogus (see threadmark --help)"),
    (["export", "--kind", "nope"], "threadmark export: argument --kind: invalid choice: 'nope' "
     "(choose from 'quote', 'stance', 'claim') (see threadmark export --help)"),
    (["serve", "--port", "\x1b[2J"], "threadmark serve: argument --port: '\\x1b[2J' is not a "
     "port number (see threadmark serve --help)"),
])
def test_a_usage_error_is_one_line(argv, line, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", line + "\n")
